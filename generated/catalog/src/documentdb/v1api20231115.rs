//! `documentdb.azure.com/v1api20231115`.
/// `DatabaseAccount`: ARM type `Microsoft.DocumentDB/databaseAccounts`, api-version `2023-11-15`.
pub static DATABASE_ACCOUNT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "DatabaseAccount",
    plural: "databaseaccounts",
    arm_type: "Microsoft.DocumentDB/databaseAccounts",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9]+(-[a-z0-9]+)*"),
        min_length: Some(3u64),
        max_length: Some(50u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S15,
    status: &super::shapes::S16,
    exports: &[
        aso_runtime::Export {
            key: "documentEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["documentEndpoint"]),
        },
        aso_runtime::Export {
            key: "primaryMasterKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "primaryReadonlyMasterKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryMasterKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryReadonlyMasterKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/DatabaseAccount.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `MongodbDatabase`: ARM type `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases`, api-version `2023-11-15`.
pub static MONGODB_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "MongodbDatabase",
    plural: "mongodbdatabases",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/mongodbDatabases",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "DatabaseAccount",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/MongodbDatabase.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `MongodbDatabaseCollection`: ARM type `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/collections`, api-version `2023-11-15`.
pub static MONGODB_DATABASE_COLLECTION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "MongodbDatabaseCollection",
    plural: "mongodbdatabasecollections",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/collections",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "MongodbDatabase",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/MongodbDatabaseCollection.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `MongodbDatabaseCollectionThroughputSetting`: ARM type `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/collections/throughputSettings`, api-version `2023-11-15`.
pub static MONGODB_DATABASE_COLLECTION_THROUGHPUT_SETTING: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "MongodbDatabaseCollectionThroughputSetting",
    plural: "mongodbdatabasecollectionthroughputsettings",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/collections/throughputSettings",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/collections/{collectionName}/throughputSettings/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "MongodbDatabaseCollection",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!(
        "arm/MongodbDatabaseCollectionThroughputSetting.2023-11-15.json"
    ),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `MongodbDatabaseThroughputSetting`: ARM type `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/throughputSettings`, api-version `2023-11-15`.
pub static MONGODB_DATABASE_THROUGHPUT_SETTING: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "MongodbDatabaseThroughputSetting",
    plural: "mongodbdatabasethroughputsettings",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/throughputSettings",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/mongodbDatabases/{databaseName}/throughputSettings/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "MongodbDatabase",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!("arm/MongodbDatabaseThroughputSetting.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlDatabase`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlDatabases`, api-version `2023-11-15`.
pub static SQL_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlDatabase",
    plural: "sqldatabases",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "DatabaseAccount",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/SqlDatabase.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlDatabaseContainer`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers`, api-version `2023-11-15`.
pub static SQL_DATABASE_CONTAINER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlDatabaseContainer",
    plural: "sqldatabasecontainers",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "SqlDatabase",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/SqlDatabaseContainer.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlDatabaseContainerStoredProcedure`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/storedProcedures`, api-version `2023-11-15`.
pub static SQL_DATABASE_CONTAINER_STORED_PROCEDURE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlDatabaseContainerStoredProcedure",
    plural: "sqldatabasecontainerstoredprocedures",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/storedProcedures",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/storedProcedures/{storedProcedureName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "SqlDatabaseContainer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!("arm/SqlDatabaseContainerStoredProcedure.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlDatabaseContainerThroughputSetting`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/throughputSettings`, api-version `2023-11-15`.
pub static SQL_DATABASE_CONTAINER_THROUGHPUT_SETTING: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlDatabaseContainerThroughputSetting",
    plural: "sqldatabasecontainerthroughputsettings",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/throughputSettings",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/throughputSettings/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "SqlDatabaseContainer",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!(
        "arm/SqlDatabaseContainerThroughputSetting.2023-11-15.json"
    ),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlDatabaseContainerTrigger`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/triggers`, api-version `2023-11-15`.
pub static SQL_DATABASE_CONTAINER_TRIGGER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlDatabaseContainerTrigger",
    plural: "sqldatabasecontainertriggers",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/triggers",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/triggers/{triggerName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "SqlDatabaseContainer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!("arm/SqlDatabaseContainerTrigger.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlDatabaseContainerUserDefinedFunction`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/userDefinedFunctions`, api-version `2023-11-15`.
pub static SQL_DATABASE_CONTAINER_USER_DEFINED_FUNCTION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlDatabaseContainerUserDefinedFunction",
    plural: "sqldatabasecontaineruserdefinedfunctions",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/userDefinedFunctions",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/containers/{containerName}/userDefinedFunctions/{userDefinedFunctionName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "SqlDatabaseContainer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!(
        "arm/SqlDatabaseContainerUserDefinedFunction.2023-11-15.json"
    ),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlDatabaseThroughputSetting`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/throughputSettings`, api-version `2023-11-15`.
pub static SQL_DATABASE_THROUGHPUT_SETTING: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlDatabaseThroughputSetting",
    plural: "sqldatabasethroughputsettings",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/throughputSettings",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlDatabases/{databaseName}/throughputSettings/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "SqlDatabase",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!("arm/SqlDatabaseThroughputSetting.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// `SqlRoleAssignment`: ARM type `Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments`, api-version `2023-11-15`.
pub static SQL_ROLE_ASSIGNMENT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "documentdb",
    api_group: "documentdb.azure.com",
    version: "v1api20231115",
    kind: "SqlRoleAssignment",
    plural: "sqlroleassignments",
    arm_type: "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments",
    api_version: "2023-11-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}/sqlRoleAssignments/{roleAssignmentId}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "documentdb.azure.com",
        kind: "DatabaseAccount",
    }),
    azure_name: aso_runtime::AzureName::UuidFromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S11,
    status: &super::shapes::S12,
    exports: &[],
    arm_schema: include_str!("arm/SqlRoleAssignment.2023-11-15.json"),
    aso_versions: &["v1api20210515", "v1api20231115"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &DATABASE_ACCOUNT,
    &MONGODB_DATABASE,
    &MONGODB_DATABASE_COLLECTION,
    &MONGODB_DATABASE_COLLECTION_THROUGHPUT_SETTING,
    &MONGODB_DATABASE_THROUGHPUT_SETTING,
    &SQL_DATABASE,
    &SQL_DATABASE_CONTAINER,
    &SQL_DATABASE_CONTAINER_STORED_PROCEDURE,
    &SQL_DATABASE_CONTAINER_THROUGHPUT_SETTING,
    &SQL_DATABASE_CONTAINER_TRIGGER,
    &SQL_DATABASE_CONTAINER_USER_DEFINED_FUNCTION,
    &SQL_DATABASE_THROUGHPUT_SETTING,
    &SQL_ROLE_ASSIGNMENT,
];

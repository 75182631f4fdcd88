//! `storage.azure.com/v1api20230101`.
/// `StorageAccount`: ARM type `Microsoft.Storage/storageAccounts`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccount",
    plural: "storageaccounts",
    arm_type: "Microsoft.Storage/storageAccounts",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9]+$"),
        min_length: Some(3u64),
        max_length: Some(24u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[
        aso_runtime::Export {
            key: "blobEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "blob"]),
        },
        aso_runtime::Export {
            key: "dfsEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "dfs"]),
        },
        aso_runtime::Export {
            key: "fileEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "file"]),
        },
        aso_runtime::Export {
            key: "key1",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "key2",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "queueEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "queue"]),
        },
        aso_runtime::Export {
            key: "tableEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "table"]),
        },
        aso_runtime::Export {
            key: "webEndpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "web"]),
        },
        aso_runtime::Export {
            key: "blobEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "blob"]),
        },
        aso_runtime::Export {
            key: "dfsEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "dfs"]),
        },
        aso_runtime::Export {
            key: "fileEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "file"]),
        },
        aso_runtime::Export {
            key: "queueEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "queue"]),
        },
        aso_runtime::Export {
            key: "tableEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "table"]),
        },
        aso_runtime::Export {
            key: "webEndpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["primaryEndpoints", "web"]),
        },
    ],
    arm_schema: include_str!("arm/StorageAccount.2023-01-01.json"),
};
/// `StorageAccountsBlobService`: ARM type `Microsoft.Storage/storageAccounts/blobServices`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_BLOB_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsBlobService",
    plural: "storageaccountsblobservices",
    arm_type: "Microsoft.Storage/storageAccounts/blobServices",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S12,
    status: &super::shapes::S13,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsBlobService.2023-01-01.json"),
};
/// `StorageAccountsBlobServicesContainer`: ARM type `Microsoft.Storage/storageAccounts/blobServices/containers`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "storage",
        api_group: "storage.azure.com",
        version: "v1api20230101",
        kind: "StorageAccountsBlobServicesContainer",
        plural: "storageaccountsblobservicescontainers",
        arm_type: "Microsoft.Storage/storageAccounts/blobServices/containers",
        api_version: "2023-01-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/blobServices/default/containers/{containerName}",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "storage.azure.com",
            kind: "StorageAccountsBlobService",
        }),
        azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
            pattern: None,
            min_length: Some(3u64),
            max_length: Some(63u64),
        }),
        payload: aso_runtime::Payload::ExplicitCollections,
        spec: &super::shapes::S14,
        status: &super::shapes::S16,
        exports: &[],
        arm_schema: include_str!("arm/StorageAccountsBlobServicesContainer.2023-01-01.json"),
    };
/// `StorageAccountsFileService`: ARM type `Microsoft.Storage/storageAccounts/fileServices`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_FILE_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsFileService",
    plural: "storageaccountsfileservices",
    arm_type: "Microsoft.Storage/storageAccounts/fileServices",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S17,
    status: &super::shapes::S18,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsFileService.2023-01-01.json"),
};
/// `StorageAccountsFileServicesShare`: ARM type `Microsoft.Storage/storageAccounts/fileServices/shares`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_FILE_SERVICES_SHARE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsFileServicesShare",
    plural: "storageaccountsfileservicesshares",
    arm_type: "Microsoft.Storage/storageAccounts/fileServices/shares",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/fileServices/default/shares/{shareName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccountsFileService",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(3u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S20,
    status: &super::shapes::S21,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsFileServicesShare.2023-01-01.json"),
};
/// `StorageAccountsManagementPolicy`: ARM type `Microsoft.Storage/storageAccounts/managementPolicies`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_MANAGEMENT_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsManagementPolicy",
    plural: "storageaccountsmanagementpolicies",
    arm_type: "Microsoft.Storage/storageAccounts/managementPolicies",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/managementPolicies/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S26,
    status: &super::shapes::S27,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsManagementPolicy.2023-01-01.json"),
};
/// `StorageAccountsQueueService`: ARM type `Microsoft.Storage/storageAccounts/queueServices`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_QUEUE_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsQueueService",
    plural: "storageaccountsqueueservices",
    arm_type: "Microsoft.Storage/storageAccounts/queueServices",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S28,
    status: &super::shapes::S29,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsQueueService.2023-01-01.json"),
};
/// `StorageAccountsQueueServicesQueue`: ARM type `Microsoft.Storage/storageAccounts/queueServices/queues`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsQueueServicesQueue",
    plural: "storageaccountsqueueservicesqueues",
    arm_type: "Microsoft.Storage/storageAccounts/queueServices/queues",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/queueServices/default/queues/{queueName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccountsQueueService",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9]([a-z0-9]|(-(?!-))){1,61}[a-z0-9]$"),
        min_length: Some(3u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S30,
    status: &super::shapes::S31,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsQueueServicesQueue.2023-01-01.json"),
};
/// `StorageAccountsTableService`: ARM type `Microsoft.Storage/storageAccounts/tableServices`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_TABLE_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsTableService",
    plural: "storageaccountstableservices",
    arm_type: "Microsoft.Storage/storageAccounts/tableServices",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccount",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S28,
    status: &super::shapes::S29,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsTableService.2023-01-01.json"),
};
/// `StorageAccountsTableServicesTable`: ARM type `Microsoft.Storage/storageAccounts/tableServices/tables`, api-version `2023-01-01`.
pub static STORAGE_ACCOUNTS_TABLE_SERVICES_TABLE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "storage",
    api_group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsTableServicesTable",
    plural: "storageaccountstableservicestables",
    arm_type: "Microsoft.Storage/storageAccounts/tableServices/tables",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}/tableServices/default/tables/{tableName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "storage.azure.com",
        kind: "StorageAccountsTableService",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[A-Za-z][A-Za-z0-9]{2,62}$"),
        min_length: Some(3u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S32,
    status: &super::shapes::S33,
    exports: &[],
    arm_schema: include_str!("arm/StorageAccountsTableServicesTable.2023-01-01.json"),
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &STORAGE_ACCOUNT,
    &STORAGE_ACCOUNTS_BLOB_SERVICE,
    &STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER,
    &STORAGE_ACCOUNTS_FILE_SERVICE,
    &STORAGE_ACCOUNTS_FILE_SERVICES_SHARE,
    &STORAGE_ACCOUNTS_MANAGEMENT_POLICY,
    &STORAGE_ACCOUNTS_QUEUE_SERVICE,
    &STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE,
    &STORAGE_ACCOUNTS_TABLE_SERVICE,
    &STORAGE_ACCOUNTS_TABLE_SERVICES_TABLE,
];

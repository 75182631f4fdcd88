//! `documentdb.azure.com/v1api20231115`: [`DatabaseAccount`], [`MongodbDatabase`], [`MongodbDatabaseCollection`], [`MongodbDatabaseCollectionThroughputSetting`], [`MongodbDatabaseThroughputSetting`], [`SqlDatabase`], [`SqlDatabaseContainer`], [`SqlDatabaseContainerStoredProcedure`], [`SqlDatabaseContainerThroughputSetting`], [`SqlDatabaseContainerTrigger`], [`SqlDatabaseContainerUserDefinedFunction`], [`SqlDatabaseThroughputSetting`], [`SqlRoleAssignment`].
pub mod spec;
pub mod status;
pub use spec::{
    DatabaseAccountSpec, MongodbDatabaseSpec, MongodbDatabaseCollectionSpec,
    MongodbDatabaseCollectionThroughputSettingSpec, MongodbDatabaseThroughputSettingSpec,
    SqlDatabaseSpec, SqlDatabaseContainerSpec, SqlDatabaseContainerStoredProcedureSpec,
    SqlDatabaseContainerThroughputSettingSpec, SqlDatabaseContainerTriggerSpec,
    SqlDatabaseContainerUserDefinedFunctionSpec, SqlDatabaseThroughputSettingSpec,
    SqlRoleAssignmentSpec,
};
pub use status::{
    DatabaseAccountStatus, MongodbDatabaseStatus, MongodbDatabaseCollectionStatus,
    MongodbDatabaseCollectionThroughputSettingStatus,
    MongodbDatabaseThroughputSettingStatus, SqlDatabaseStatus,
    SqlDatabaseContainerStatus, SqlDatabaseContainerStoredProcedureStatus,
    SqlDatabaseContainerThroughputSettingStatus, SqlDatabaseContainerTriggerStatus,
    SqlDatabaseContainerUserDefinedFunctionStatus, SqlDatabaseThroughputSettingStatus,
    SqlRoleAssignmentStatus,
};
/// Parameters to create and update Cosmos DB database accounts.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: DatabaseAccount` (resource `databaseaccounts`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts`, api-version `2023-11-15` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]+(-[a-z0-9]+)*`, 3 to 50 characters) |
/// | Exports | `spec.operatorSpec`: `documentEndpoint`, `primaryMasterKey`, `primaryReadonlyMasterKey`, `secondaryMasterKey`, `secondaryReadonlyMasterKey` |
///
/// Spec: [`DatabaseAccountSpec`]; status: [`DatabaseAccountStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::DATABASE_ACCOUNT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DatabaseAccount {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DatabaseAccountSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DatabaseAccountStatus>,
}
aso_runtime::impl_azure_resource!(
    DatabaseAccount, spec::DatabaseAccountSpec, status::DatabaseAccountStatus,
    ::aso_catalog::documentdb::v1api20231115::DATABASE_ACCOUNT
);
/// Parameters to create and update Cosmos DB MongoDB database.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: MongodbDatabase` (resource `mongodbdatabases`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases`, api-version `2023-11-15` |
/// | Owner | a `DatabaseAccount` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`MongodbDatabaseSpec`]; status: [`MongodbDatabaseStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct MongodbDatabase {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::MongodbDatabaseSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::MongodbDatabaseStatus>,
}
aso_runtime::impl_azure_resource!(
    MongodbDatabase, spec::MongodbDatabaseSpec, status::MongodbDatabaseStatus,
    ::aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE
);
/// Parameters to create and update Cosmos DB MongoDB collection.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: MongodbDatabaseCollection` (resource `mongodbdatabasecollections`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/collections`, api-version `2023-11-15` |
/// | Owner | a `MongodbDatabase` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`MongodbDatabaseCollectionSpec`]; status: [`MongodbDatabaseCollectionStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE_COLLECTION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct MongodbDatabaseCollection {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::MongodbDatabaseCollectionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::MongodbDatabaseCollectionStatus>,
}
aso_runtime::impl_azure_resource!(
    MongodbDatabaseCollection, spec::MongodbDatabaseCollectionSpec,
    status::MongodbDatabaseCollectionStatus,
    ::aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE_COLLECTION
);
/// Parameters to update Cosmos DB resource throughput.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: MongodbDatabaseCollectionThroughputSetting` (resource `mongodbdatabasecollectionthroughputsettings`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/collections/throughputSettings`, api-version `2023-11-15` |
/// | Owner | a `MongodbDatabaseCollection` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`MongodbDatabaseCollectionThroughputSettingSpec`]; status: [`MongodbDatabaseCollectionThroughputSettingStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE_COLLECTION_THROUGHPUT_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct MongodbDatabaseCollectionThroughputSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::MongodbDatabaseCollectionThroughputSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::MongodbDatabaseCollectionThroughputSettingStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    MongodbDatabaseCollectionThroughputSetting,
    spec::MongodbDatabaseCollectionThroughputSettingSpec,
    status::MongodbDatabaseCollectionThroughputSettingStatus,
    ::aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE_COLLECTION_THROUGHPUT_SETTING
);
/// Parameters to update Cosmos DB resource throughput.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: MongodbDatabaseThroughputSetting` (resource `mongodbdatabasethroughputsettings`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/mongodbDatabases/throughputSettings`, api-version `2023-11-15` |
/// | Owner | a `MongodbDatabase` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`MongodbDatabaseThroughputSettingSpec`]; status: [`MongodbDatabaseThroughputSettingStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE_THROUGHPUT_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct MongodbDatabaseThroughputSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::MongodbDatabaseThroughputSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::MongodbDatabaseThroughputSettingStatus>,
}
aso_runtime::impl_azure_resource!(
    MongodbDatabaseThroughputSetting, spec::MongodbDatabaseThroughputSettingSpec,
    status::MongodbDatabaseThroughputSettingStatus,
    ::aso_catalog::documentdb::v1api20231115::MONGODB_DATABASE_THROUGHPUT_SETTING
);
/// Parameters to create and update Cosmos DB SQL database.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlDatabase` (resource `sqldatabases`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlDatabases`, api-version `2023-11-15` |
/// | Owner | a `DatabaseAccount` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SqlDatabaseSpec`]; status: [`SqlDatabaseStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_DATABASE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlDatabase {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlDatabaseSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SqlDatabaseStatus>,
}
aso_runtime::impl_azure_resource!(
    SqlDatabase, spec::SqlDatabaseSpec, status::SqlDatabaseStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_DATABASE
);
/// Parameters to create and update Cosmos DB container.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlDatabaseContainer` (resource `sqldatabasecontainers`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers`, api-version `2023-11-15` |
/// | Owner | a `SqlDatabase` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SqlDatabaseContainerSpec`]; status: [`SqlDatabaseContainerStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlDatabaseContainer {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlDatabaseContainerSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SqlDatabaseContainerStatus>,
}
aso_runtime::impl_azure_resource!(
    SqlDatabaseContainer, spec::SqlDatabaseContainerSpec,
    status::SqlDatabaseContainerStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER
);
/// Parameters to create and update Cosmos DB storedProcedure.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlDatabaseContainerStoredProcedure` (resource `sqldatabasecontainerstoredprocedures`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/storedProcedures`, api-version `2023-11-15` |
/// | Owner | a `SqlDatabaseContainer` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SqlDatabaseContainerStoredProcedureSpec`]; status: [`SqlDatabaseContainerStoredProcedureStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_STORED_PROCEDURE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlDatabaseContainerStoredProcedure {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlDatabaseContainerStoredProcedureSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::SqlDatabaseContainerStoredProcedureStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    SqlDatabaseContainerStoredProcedure, spec::SqlDatabaseContainerStoredProcedureSpec,
    status::SqlDatabaseContainerStoredProcedureStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_STORED_PROCEDURE
);
/// Parameters to update Cosmos DB resource throughput.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlDatabaseContainerThroughputSetting` (resource `sqldatabasecontainerthroughputsettings`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/throughputSettings`, api-version `2023-11-15` |
/// | Owner | a `SqlDatabaseContainer` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`SqlDatabaseContainerThroughputSettingSpec`]; status: [`SqlDatabaseContainerThroughputSettingStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_THROUGHPUT_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlDatabaseContainerThroughputSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlDatabaseContainerThroughputSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::SqlDatabaseContainerThroughputSettingStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    SqlDatabaseContainerThroughputSetting,
    spec::SqlDatabaseContainerThroughputSettingSpec,
    status::SqlDatabaseContainerThroughputSettingStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_THROUGHPUT_SETTING
);
/// Parameters to create and update Cosmos DB trigger.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlDatabaseContainerTrigger` (resource `sqldatabasecontainertriggers`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/triggers`, api-version `2023-11-15` |
/// | Owner | a `SqlDatabaseContainer` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SqlDatabaseContainerTriggerSpec`]; status: [`SqlDatabaseContainerTriggerStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_TRIGGER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlDatabaseContainerTrigger {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlDatabaseContainerTriggerSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SqlDatabaseContainerTriggerStatus>,
}
aso_runtime::impl_azure_resource!(
    SqlDatabaseContainerTrigger, spec::SqlDatabaseContainerTriggerSpec,
    status::SqlDatabaseContainerTriggerStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_TRIGGER
);
/// Parameters to create and update Cosmos DB userDefinedFunction.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlDatabaseContainerUserDefinedFunction` (resource `sqldatabasecontaineruserdefinedfunctions`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/userDefinedFunctions`, api-version `2023-11-15` |
/// | Owner | a `SqlDatabaseContainer` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SqlDatabaseContainerUserDefinedFunctionSpec`]; status: [`SqlDatabaseContainerUserDefinedFunctionStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_USER_DEFINED_FUNCTION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlDatabaseContainerUserDefinedFunction {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlDatabaseContainerUserDefinedFunctionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::SqlDatabaseContainerUserDefinedFunctionStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    SqlDatabaseContainerUserDefinedFunction,
    spec::SqlDatabaseContainerUserDefinedFunctionSpec,
    status::SqlDatabaseContainerUserDefinedFunctionStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_DATABASE_CONTAINER_USER_DEFINED_FUNCTION
);
/// Parameters to update Cosmos DB resource throughput.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlDatabaseThroughputSetting` (resource `sqldatabasethroughputsettings`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlDatabases/throughputSettings`, api-version `2023-11-15` |
/// | Owner | a `SqlDatabase` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`SqlDatabaseThroughputSettingSpec`]; status: [`SqlDatabaseThroughputSettingStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_DATABASE_THROUGHPUT_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlDatabaseThroughputSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlDatabaseThroughputSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SqlDatabaseThroughputSettingStatus>,
}
aso_runtime::impl_azure_resource!(
    SqlDatabaseThroughputSetting, spec::SqlDatabaseThroughputSettingSpec,
    status::SqlDatabaseThroughputSettingStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_DATABASE_THROUGHPUT_SETTING
);
/// Parameters to create and update an Azure Cosmos DB SQL Role Assignment.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: documentdb.azure.com/v1api20231115`, `kind: SqlRoleAssignment` (resource `sqlroleassignments`) |
/// | Azure | `Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments`, api-version `2023-11-15` |
/// | Owner | a `DatabaseAccount` of `documentdb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else a UUID derived from the object's identity |
///
/// Spec: [`SqlRoleAssignmentSpec`]; status: [`SqlRoleAssignmentStatus`]; what the operator knows of it: [`aso_catalog::documentdb::v1api20231115::SQL_ROLE_ASSIGNMENT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SqlRoleAssignment {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SqlRoleAssignmentSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SqlRoleAssignmentStatus>,
}
aso_runtime::impl_azure_resource!(
    SqlRoleAssignment, spec::SqlRoleAssignmentSpec, status::SqlRoleAssignmentStatus,
    ::aso_catalog::documentdb::v1api20231115::SQL_ROLE_ASSIGNMENT
);

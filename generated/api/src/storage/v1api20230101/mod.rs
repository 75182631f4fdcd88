//! `storage.azure.com/v1api20230101`: [`StorageAccount`], [`StorageAccountsBlobService`], [`StorageAccountsBlobServicesContainer`], [`StorageAccountsFileService`], [`StorageAccountsFileServicesShare`], [`StorageAccountsManagementPolicy`], [`StorageAccountsQueueService`], [`StorageAccountsQueueServicesQueue`], [`StorageAccountsTableService`], [`StorageAccountsTableServicesTable`].
pub mod spec;
pub mod status;
pub use spec::{
    StorageAccountSpec, StorageAccountsBlobServiceSpec,
    StorageAccountsBlobServicesContainerSpec, StorageAccountsFileServiceSpec,
    StorageAccountsFileServicesShareSpec, StorageAccountsManagementPolicySpec,
    StorageAccountsQueueServiceSpec, StorageAccountsQueueServicesQueueSpec,
    StorageAccountsTableServiceSpec, StorageAccountsTableServicesTableSpec,
};
pub use status::{
    StorageAccountStatus, StorageAccountsBlobServiceStatus,
    StorageAccountsBlobServicesContainerStatus, StorageAccountsFileServiceStatus,
    StorageAccountsFileServicesShareStatus, StorageAccountsManagementPolicyStatus,
    StorageAccountsQueueServiceStatus, StorageAccountsQueueServicesQueueStatus,
    StorageAccountsTableServiceStatus, StorageAccountsTableServicesTableStatus,
};
/// The parameters used when creating a storage account.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccount` (resource `storageaccounts`) |
/// | Azure | `Microsoft.Storage/storageAccounts`, api-version `2023-01-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]+$`, 3 to 24 characters) |
/// | Exports | `spec.operatorSpec`: `blobEndpoint`, `dfsEndpoint`, `fileEndpoint`, `key1`, `key2`, `queueEndpoint`, `tableEndpoint`, `webEndpoint`, `blobEndpoint`, `dfsEndpoint`, `fileEndpoint`, `queueEndpoint`, `tableEndpoint`, `webEndpoint` |
///
/// Spec: [`StorageAccountSpec`]; status: [`StorageAccountStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccount {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccount, spec::StorageAccountSpec, status::StorageAccountStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNT
);
/// The properties of a storage account’s Blob service.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsBlobService` (resource `storageaccountsblobservices`) |
/// | Azure | `Microsoft.Storage/storageAccounts/blobServices`, api-version `2023-01-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsBlobServiceSpec`]; status: [`StorageAccountsBlobServiceStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_BLOB_SERVICE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsBlobService {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsBlobServiceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsBlobServiceStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsBlobService, spec::StorageAccountsBlobServiceSpec,
    status::StorageAccountsBlobServiceStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_BLOB_SERVICE
);
/// Properties of the blob container, including Id, resource name, resource type, Etag.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsBlobServicesContainer` (resource `storageaccountsblobservicescontainers`) |
/// | Azure | `Microsoft.Storage/storageAccounts/blobServices/containers`, api-version `2023-01-01` |
/// | Owner | a `StorageAccountsBlobService` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (3 to 63 characters) |
///
/// Spec: [`StorageAccountsBlobServicesContainerSpec`]; status: [`StorageAccountsBlobServicesContainerStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsBlobServicesContainer {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsBlobServicesContainerSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::StorageAccountsBlobServicesContainerStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsBlobServicesContainer, spec::StorageAccountsBlobServicesContainerSpec,
    status::StorageAccountsBlobServicesContainerStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER
);
/// The properties of File services in storage account.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsFileService` (resource `storageaccountsfileservices`) |
/// | Azure | `Microsoft.Storage/storageAccounts/fileServices`, api-version `2023-01-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsFileServiceSpec`]; status: [`StorageAccountsFileServiceStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_FILE_SERVICE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsFileService {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsFileServiceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsFileServiceStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsFileService, spec::StorageAccountsFileServiceSpec,
    status::StorageAccountsFileServiceStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_FILE_SERVICE
);
/// Properties of the file share, including Id, resource name, resource type, Etag.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsFileServicesShare` (resource `storageaccountsfileservicesshares`) |
/// | Azure | `Microsoft.Storage/storageAccounts/fileServices/shares`, api-version `2023-01-01` |
/// | Owner | a `StorageAccountsFileService` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (3 to 63 characters) |
///
/// Spec: [`StorageAccountsFileServicesShareSpec`]; status: [`StorageAccountsFileServicesShareStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_FILE_SERVICES_SHARE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsFileServicesShare {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsFileServicesShareSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsFileServicesShareStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsFileServicesShare, spec::StorageAccountsFileServicesShareSpec,
    status::StorageAccountsFileServicesShareStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_FILE_SERVICES_SHARE
);
/// The Get Storage Account ManagementPolicies operation response.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsManagementPolicy` (resource `storageaccountsmanagementpolicies`) |
/// | Azure | `Microsoft.Storage/storageAccounts/managementPolicies`, api-version `2023-01-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsManagementPolicySpec`]; status: [`StorageAccountsManagementPolicyStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_MANAGEMENT_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsManagementPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsManagementPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsManagementPolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsManagementPolicy, spec::StorageAccountsManagementPolicySpec,
    status::StorageAccountsManagementPolicyStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_MANAGEMENT_POLICY
);
/// The properties of a storage account’s Queue service.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsQueueService` (resource `storageaccountsqueueservices`) |
/// | Azure | `Microsoft.Storage/storageAccounts/queueServices`, api-version `2023-01-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsQueueServiceSpec`]; status: [`StorageAccountsQueueServiceStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_QUEUE_SERVICE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsQueueService {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsQueueServiceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsQueueServiceStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsQueueService, spec::StorageAccountsQueueServiceSpec,
    status::StorageAccountsQueueServiceStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_QUEUE_SERVICE
);
/// StorageAccountsQueueServicesQueue
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsQueueServicesQueue` (resource `storageaccountsqueueservicesqueues`) |
/// | Azure | `Microsoft.Storage/storageAccounts/queueServices/queues`, api-version `2023-01-01` |
/// | Owner | a `StorageAccountsQueueService` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]([a-z0-9]|(-(?!-))){1,61}[a-z0-9]$`, 3 to 63 characters) |
///
/// Spec: [`StorageAccountsQueueServicesQueueSpec`]; status: [`StorageAccountsQueueServicesQueueStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsQueueServicesQueue {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsQueueServicesQueueSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsQueueServicesQueueStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsQueueServicesQueue, spec::StorageAccountsQueueServicesQueueSpec,
    status::StorageAccountsQueueServicesQueueStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE
);
/// The properties of a storage account’s Table service.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsTableService` (resource `storageaccountstableservices`) |
/// | Azure | `Microsoft.Storage/storageAccounts/tableServices`, api-version `2023-01-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsTableServiceSpec`]; status: [`StorageAccountsTableServiceStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_TABLE_SERVICE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsTableService {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsTableServiceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsTableServiceStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsTableService, spec::StorageAccountsTableServiceSpec,
    status::StorageAccountsTableServiceStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_TABLE_SERVICE
);
/// Properties of the table, including Id, resource name, resource type.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20230101`, `kind: StorageAccountsTableServicesTable` (resource `storageaccountstableservicestables`) |
/// | Azure | `Microsoft.Storage/storageAccounts/tableServices/tables`, api-version `2023-01-01` |
/// | Owner | a `StorageAccountsTableService` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[A-Za-z][A-Za-z0-9]{2,62}$`, 3 to 63 characters) |
///
/// Spec: [`StorageAccountsTableServicesTableSpec`]; status: [`StorageAccountsTableServicesTableStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_TABLE_SERVICES_TABLE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct StorageAccountsTableServicesTable {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::StorageAccountsTableServicesTableSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::StorageAccountsTableServicesTableStatus>,
}
aso_runtime::impl_azure_resource!(
    StorageAccountsTableServicesTable, spec::StorageAccountsTableServicesTableSpec,
    status::StorageAccountsTableServicesTableStatus,
    ::aso_catalog::storage::v1api20230101::STORAGE_ACCOUNTS_TABLE_SERVICES_TABLE
);

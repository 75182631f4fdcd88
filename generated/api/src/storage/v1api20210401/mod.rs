//! `storage.azure.com/v1api20210401`: [`StorageAccount`], [`StorageAccountsBlobService`], [`StorageAccountsBlobServicesContainer`], [`StorageAccountsManagementPolicy`], [`StorageAccountsQueueService`], [`StorageAccountsQueueServicesQueue`].
pub mod spec;
pub mod status;
pub use spec::{
    StorageAccountSpec, StorageAccountsBlobServiceSpec,
    StorageAccountsBlobServicesContainerSpec, StorageAccountsManagementPolicySpec,
    StorageAccountsQueueServiceSpec, StorageAccountsQueueServicesQueueSpec,
};
pub use status::{
    StorageAccountStatus, StorageAccountsBlobServiceStatus,
    StorageAccountsBlobServicesContainerStatus, StorageAccountsManagementPolicyStatus,
    StorageAccountsQueueServiceStatus, StorageAccountsQueueServicesQueueStatus,
};
/// The parameters used when creating a storage account.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20210401`, `kind: StorageAccount` (resource `storageaccounts`) |
/// | Azure | `Microsoft.Storage/storageAccounts`, api-version `2021-04-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (3 to 24 characters) |
/// | Exports | `spec.operatorSpec`: `blobEndpoint`, `dfsEndpoint`, `fileEndpoint`, `key1`, `key2`, `queueEndpoint`, `tableEndpoint`, `webEndpoint`, `blobEndpoint`, `dfsEndpoint`, `fileEndpoint`, `queueEndpoint`, `tableEndpoint`, `webEndpoint` |
///
/// Spec: [`StorageAccountSpec`]; status: [`StorageAccountStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20210401::STORAGE_ACCOUNT`].
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
    ::aso_catalog::storage::v1api20210401::STORAGE_ACCOUNT
);
/// The properties of a storage account’s Blob service.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20210401`, `kind: StorageAccountsBlobService` (resource `storageaccountsblobservices`) |
/// | Azure | `Microsoft.Storage/storageAccounts/blobServices`, api-version `2021-04-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsBlobServiceSpec`]; status: [`StorageAccountsBlobServiceStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_BLOB_SERVICE`].
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
    ::aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_BLOB_SERVICE
);
/// Properties of the blob container, including Id, resource name, resource type, Etag.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20210401`, `kind: StorageAccountsBlobServicesContainer` (resource `storageaccountsblobservicescontainers`) |
/// | Azure | `Microsoft.Storage/storageAccounts/blobServices/containers`, api-version `2021-04-01` |
/// | Owner | a `StorageAccountsBlobService` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (3 to 63 characters) |
///
/// Spec: [`StorageAccountsBlobServicesContainerSpec`]; status: [`StorageAccountsBlobServicesContainerStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER`].
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
    ::aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_BLOB_SERVICES_CONTAINER
);
/// The Get Storage Account ManagementPolicies operation response.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20210401`, `kind: StorageAccountsManagementPolicy` (resource `storageaccountsmanagementpolicies`) |
/// | Azure | `Microsoft.Storage/storageAccounts/managementPolicies`, api-version `2021-04-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsManagementPolicySpec`]; status: [`StorageAccountsManagementPolicyStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_MANAGEMENT_POLICY`].
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
    ::aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_MANAGEMENT_POLICY
);
/// The properties of a storage account’s Queue service.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20210401`, `kind: StorageAccountsQueueService` (resource `storageaccountsqueueservices`) |
/// | Azure | `Microsoft.Storage/storageAccounts/queueServices`, api-version `2021-04-01` |
/// | Owner | a `StorageAccount` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`StorageAccountsQueueServiceSpec`]; status: [`StorageAccountsQueueServiceStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_QUEUE_SERVICE`].
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
    ::aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_QUEUE_SERVICE
);
/// StorageAccountsQueueServicesQueue
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: storage.azure.com/v1api20210401`, `kind: StorageAccountsQueueServicesQueue` (resource `storageaccountsqueueservicesqueues`) |
/// | Azure | `Microsoft.Storage/storageAccounts/queueServices/queues`, api-version `2021-04-01` |
/// | Owner | a `StorageAccountsQueueService` of `storage.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]([a-z0-9]|(-(?!-))){1,61}[a-z0-9]$`, 3 to 63 characters) |
///
/// Spec: [`StorageAccountsQueueServicesQueueSpec`]; status: [`StorageAccountsQueueServicesQueueStatus`]; what the operator knows of it: [`aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE`].
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
    ::aso_catalog::storage::v1api20210401::STORAGE_ACCOUNTS_QUEUE_SERVICES_QUEUE
);

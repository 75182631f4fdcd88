//! `dataprotection.azure.com/v1api20231101`: [`BackupVault`], [`BackupVaultsBackupInstance`], [`BackupVaultsBackupPolicy`].
pub mod spec;
pub mod status;
pub use spec::{
    BackupVaultSpec, BackupVaultsBackupInstanceSpec, BackupVaultsBackupPolicySpec,
};
pub use status::{
    BackupVaultStatus, BackupVaultsBackupInstanceStatus, BackupVaultsBackupPolicyStatus,
};
/// Backup Vault Resource
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dataprotection.azure.com/v1api20231101`, `kind: BackupVault` (resource `backupvaults`) |
/// | Azure | `Microsoft.DataProtection/backupVaults`, api-version `2023-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `principalId` |
///
/// Spec: [`BackupVaultSpec`]; status: [`BackupVaultStatus`]; what the operator knows of it: [`aso_catalog::dataprotection::v1api20231101::BACKUP_VAULT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct BackupVault {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::BackupVaultSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::BackupVaultStatus>,
}
aso_runtime::impl_azure_resource!(
    BackupVault, spec::BackupVaultSpec, status::BackupVaultStatus,
    ::aso_catalog::dataprotection::v1api20231101::BACKUP_VAULT
);
/// BackupInstance Resource
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dataprotection.azure.com/v1api20231101`, `kind: BackupVaultsBackupInstance` (resource `backupvaultsbackupinstances`) |
/// | Azure | `Microsoft.DataProtection/backupVaults/backupInstances`, api-version `2023-11-01` |
/// | Owner | a `BackupVault` of `dataprotection.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`BackupVaultsBackupInstanceSpec`]; status: [`BackupVaultsBackupInstanceStatus`]; what the operator knows of it: [`aso_catalog::dataprotection::v1api20231101::BACKUP_VAULTS_BACKUP_INSTANCE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct BackupVaultsBackupInstance {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::BackupVaultsBackupInstanceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::BackupVaultsBackupInstanceStatus>,
}
aso_runtime::impl_azure_resource!(
    BackupVaultsBackupInstance, spec::BackupVaultsBackupInstanceSpec,
    status::BackupVaultsBackupInstanceStatus,
    ::aso_catalog::dataprotection::v1api20231101::BACKUP_VAULTS_BACKUP_INSTANCE
);
/// BaseBackupPolicy resource
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dataprotection.azure.com/v1api20231101`, `kind: BackupVaultsBackupPolicy` (resource `backupvaultsbackuppolicies`) |
/// | Azure | `Microsoft.DataProtection/backupVaults/backupPolicies`, api-version `2023-11-01` |
/// | Owner | a `BackupVault` of `dataprotection.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`BackupVaultsBackupPolicySpec`]; status: [`BackupVaultsBackupPolicyStatus`]; what the operator knows of it: [`aso_catalog::dataprotection::v1api20231101::BACKUP_VAULTS_BACKUP_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct BackupVaultsBackupPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::BackupVaultsBackupPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::BackupVaultsBackupPolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    BackupVaultsBackupPolicy, spec::BackupVaultsBackupPolicySpec,
    status::BackupVaultsBackupPolicyStatus,
    ::aso_catalog::dataprotection::v1api20231101::BACKUP_VAULTS_BACKUP_POLICY
);

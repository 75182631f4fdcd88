//! `dataprotection.azure.com/v1api20230101`: [`BackupVault`], [`BackupVaultsBackupPolicy`].
pub mod spec;
pub mod status;
pub use spec::{BackupVaultSpec, BackupVaultsBackupPolicySpec};
pub use status::{BackupVaultStatus, BackupVaultsBackupPolicyStatus};
/// Backup Vault Resource
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dataprotection.azure.com/v1api20230101`, `kind: BackupVault` (resource `backupvaults`) |
/// | Azure | `Microsoft.DataProtection/backupVaults`, api-version `2023-01-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `principalId` |
///
/// Spec: [`BackupVaultSpec`]; status: [`BackupVaultStatus`]; what the operator knows of it: [`aso_catalog::dataprotection::v1api20230101::BACKUP_VAULT`].
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
    ::aso_catalog::dataprotection::v1api20230101::BACKUP_VAULT
);
/// BaseBackupPolicy resource
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dataprotection.azure.com/v1api20230101`, `kind: BackupVaultsBackupPolicy` (resource `backupvaultsbackuppolicies`) |
/// | Azure | `Microsoft.DataProtection/backupVaults/backupPolicies`, api-version `2023-01-01` |
/// | Owner | a `BackupVault` of `dataprotection.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`BackupVaultsBackupPolicySpec`]; status: [`BackupVaultsBackupPolicyStatus`]; what the operator knows of it: [`aso_catalog::dataprotection::v1api20230101::BACKUP_VAULTS_BACKUP_POLICY`].
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
    ::aso_catalog::dataprotection::v1api20230101::BACKUP_VAULTS_BACKUP_POLICY
);

//! `dataprotection.azure.com/v1api20230101`.
/// `BackupVault`: ARM type `Microsoft.DataProtection/backupVaults`, api-version `2023-01-01`.
pub static BACKUP_VAULT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dataprotection",
    api_group: "dataprotection.azure.com",
    version: "v1api20230101",
    kind: "BackupVault",
    plural: "backupvaults",
    arm_type: "Microsoft.DataProtection/backupVaults",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataProtection/backupVaults/{vaultName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[
        aso_runtime::Export {
            key: "principalId",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["identity", "principalId"]),
        },
    ],
    arm_schema: include_str!("arm/BackupVault.2023-01-01.json"),
    aso_versions: &["v1api20230101", "v1api20231101"],
};
/// `BackupVaultsBackupPolicy`: ARM type `Microsoft.DataProtection/backupVaults/backupPolicies`, api-version `2023-01-01`.
pub static BACKUP_VAULTS_BACKUP_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dataprotection",
    api_group: "dataprotection.azure.com",
    version: "v1api20230101",
    kind: "BackupVaultsBackupPolicy",
    plural: "backupvaultsbackuppolicies",
    arm_type: "Microsoft.DataProtection/backupVaults/backupPolicies",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataProtection/backupVaults/{vaultName}/backupPolicies/{backupPolicyName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dataprotection.azure.com",
        kind: "BackupVault",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S14,
    status: &super::shapes::S15,
    exports: &[],
    arm_schema: include_str!("arm/BackupVaultsBackupPolicy.2023-01-01.json"),
    aso_versions: &["v1api20230101", "v1api20231101"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &BACKUP_VAULT,
    &BACKUP_VAULTS_BACKUP_POLICY,
];

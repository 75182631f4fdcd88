//! `keyvault.azure.com/v1api20230701`.
/// `Vault`: ARM type `Microsoft.KeyVault/vaults`, api-version `2023-07-01`.
pub static VAULT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "keyvault",
    api_group: "keyvault.azure.com",
    version: "v1api20230701",
    kind: "Vault",
    plural: "vaults",
    arm_type: "Microsoft.KeyVault/vaults",
    api_version: "2023-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z0-9-]{3,24}$"),
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S11,
    exports: &[],
    arm_schema: include_str!("arm/Vault.2023-07-01.json"),
    aso_versions: &["v1api20210401preview", "v1api20230701"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&VAULT];

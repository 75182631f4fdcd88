//! `batch.azure.com/v1api20210101`.
/// `BatchAccount`: ARM type `Microsoft.Batch/batchAccounts`, api-version `2021-01-01`.
pub static BATCH_ACCOUNT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "batch",
    api_group: "batch.azure.com",
    version: "v1api20210101",
    kind: "BatchAccount",
    plural: "batchaccounts",
    arm_type: "Microsoft.Batch/batchAccounts",
    api_version: "2021-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Batch/batchAccounts/{accountName}",
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
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S4,
    status: &super::shapes::S5,
    exports: &[],
    arm_schema: include_str!("arm/BatchAccount.2021-01-01.json"),
    aso_versions: &["v1api20210101"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&BATCH_ACCOUNT];

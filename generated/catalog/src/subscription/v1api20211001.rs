//! `subscription.azure.com/v1api20211001`.
/// `Alias`: ARM type `Microsoft.Subscription/aliases`, api-version `2021-10-01`.
pub static ALIAS: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "subscription",
    api_group: "subscription.azure.com",
    version: "v1api20211001",
    kind: "Alias",
    plural: "aliases",
    arm_type: "Microsoft.Subscription/aliases",
    api_version: "2021-10-01",
    arm_uri: "/providers/Microsoft.Subscription/aliases/{aliasName}",
    scope: aso_runtime::Scope::Tenant,
    owner: aso_runtime::OwnerRule::None,
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[],
    arm_schema: include_str!("arm/Alias.2021-10-01.json"),
    aso_versions: &["v1api20211001"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&ALIAS];

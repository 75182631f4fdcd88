//! `resources.azure.com/v1api20200601`.
/// `ResourceGroup`: ARM type `Microsoft.Resources/resourceGroups`, api-version `2020-06-01`.
pub static RESOURCE_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "resources",
    api_group: "resources.azure.com",
    version: "v1api20200601",
    kind: "ResourceGroup",
    plural: "resourcegroups",
    arm_type: "Microsoft.Resources/resourceGroups",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}",
    scope: aso_runtime::Scope::Location,
    owner: aso_runtime::OwnerRule::None,
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: Some(90u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[],
    arm_schema: include_str!("arm/ResourceGroup.2020-06-01.json"),
    aso_versions: &["v1api20200601"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&RESOURCE_GROUP];

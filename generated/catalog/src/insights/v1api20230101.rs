//! `insights.azure.com/v1api20230101`.
/// `ActionGroup`: ARM type `Microsoft.Insights/actionGroups`, api-version `2023-01-01`.
pub static ACTION_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "insights",
    api_group: "insights.azure.com",
    version: "v1api20230101",
    kind: "ActionGroup",
    plural: "actiongroups",
    arm_type: "Microsoft.Insights/actionGroups",
    api_version: "2023-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/actionGroups/{actionGroupName}",
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
    spec: &super::shapes::S25,
    status: &super::shapes::S26,
    exports: &[],
    arm_schema: include_str!("arm/ActionGroup.2023-01-01.json"),
    aso_versions: &["v1api20230101"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&ACTION_GROUP];

//! `insights.azure.com/v1api20221001`.
/// `AutoscaleSetting`: ARM type `Microsoft.Insights/autoscalesettings`, api-version `2022-10-01`.
pub static AUTOSCALE_SETTING: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "insights",
    api_group: "insights.azure.com",
    version: "v1api20221001",
    kind: "AutoscaleSetting",
    plural: "autoscalesettings",
    arm_type: "Microsoft.Insights/autoscalesettings",
    api_version: "2022-10-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Insights/autoscalesettings/{autoscaleSettingName}",
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
    spec: &super::shapes::S20,
    status: &super::shapes::S21,
    exports: &[],
    arm_schema: include_str!("arm/AutoscaleSetting.2022-10-01.json"),
    aso_versions: &["v1api20221001"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&AUTOSCALE_SETTING];

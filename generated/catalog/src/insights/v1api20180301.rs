//! `insights.azure.com/v1api20180301`.
/// `MetricAlert`: ARM type `Microsoft.Insights/metricAlerts`, api-version `2018-03-01`.
pub static METRIC_ALERT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "insights",
    api_group: "insights.azure.com",
    version: "v1api20180301",
    kind: "MetricAlert",
    plural: "metricalerts",
    arm_type: "Microsoft.Insights/metricAlerts",
    api_version: "2018-03-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/metricAlerts/{ruleName}",
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
    spec: &super::shapes::S5,
    status: &super::shapes::S7,
    exports: &[],
    arm_schema: include_str!("arm/MetricAlert.2018-03-01.json"),
    aso_versions: &["v1api20180301"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&METRIC_ALERT];

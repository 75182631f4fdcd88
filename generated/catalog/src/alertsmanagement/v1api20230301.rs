//! `alertsmanagement.azure.com/v1api20230301`.
/// `PrometheusRuleGroup`: ARM type `Microsoft.AlertsManagement/prometheusRuleGroups`, api-version `2023-03-01`.
pub static PROMETHEUS_RULE_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "alertsmanagement",
    api_group: "alertsmanagement.azure.com",
    version: "v1api20230301",
    kind: "PrometheusRuleGroup",
    plural: "prometheusrulegroups",
    arm_type: "Microsoft.AlertsManagement/prometheusRuleGroups",
    api_version: "2023-03-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.AlertsManagement/prometheusRuleGroups/{ruleGroupName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[^:@/#{}%&+*<>?]+$"),
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[],
    arm_schema: include_str!("arm/PrometheusRuleGroup.2023-03-01.json"),
    aso_versions: &["v1api20230301"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&PROMETHEUS_RULE_GROUP];

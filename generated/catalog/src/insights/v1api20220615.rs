//! `insights.azure.com/v1api20220615`.
/// `ScheduledQueryRule`: ARM type `Microsoft.Insights/scheduledQueryRules`, api-version `2022-06-15`.
pub static SCHEDULED_QUERY_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "insights",
    api_group: "insights.azure.com",
    version: "v1api20220615",
    kind: "ScheduledQueryRule",
    plural: "scheduledqueryrules",
    arm_type: "Microsoft.Insights/scheduledQueryRules",
    api_version: "2022-06-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/scheduledQueryRules/{ruleName}",
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
    spec: &super::shapes::S15,
    status: &super::shapes::S16,
    exports: &[],
    arm_schema: include_str!("arm/ScheduledQueryRule.2022-06-15.json"),
    aso_versions: &["v1api20220615"],
};
/// `Webtest`: ARM type `Microsoft.Insights/webtests`, api-version `2022-06-15`.
pub static WEBTEST: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "insights",
    api_group: "insights.azure.com",
    version: "v1api20220615",
    kind: "Webtest",
    plural: "webtests",
    arm_type: "Microsoft.Insights/webtests",
    api_version: "2022-06-15",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/webtests/{webTestName}",
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
    spec: &super::shapes::S8,
    status: &super::shapes::S9,
    exports: &[],
    arm_schema: include_str!("arm/Webtest.2022-06-15.json"),
    aso_versions: &["v1api20180501preview", "v1api20220615"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&SCHEDULED_QUERY_RULE, &WEBTEST];

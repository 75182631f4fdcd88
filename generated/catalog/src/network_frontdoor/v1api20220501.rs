//! `network.frontdoor.azure.com/v1api20220501`.
/// `WebApplicationFirewallPolicy`: ARM type `Microsoft.Network/FrontDoorWebApplicationFirewallPolicies`, api-version `2022-05-01`.
pub static WEB_APPLICATION_FIREWALL_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network.frontdoor",
    api_group: "network.frontdoor.azure.com",
    version: "v1api20220501",
    kind: "WebApplicationFirewallPolicy",
    plural: "webapplicationfirewallpolicies",
    arm_type: "Microsoft.Network/FrontDoorWebApplicationFirewallPolicies",
    api_version: "2022-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/FrontDoorWebApplicationFirewallPolicies/{policyName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: Some(128u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[],
    arm_schema: include_str!("arm/WebApplicationFirewallPolicy.2022-05-01.json"),
    aso_versions: &["v1api20220501"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&WEB_APPLICATION_FIREWALL_POLICY];

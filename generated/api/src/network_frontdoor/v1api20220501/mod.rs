//! `network.frontdoor.azure.com/v1api20220501`: [`WebApplicationFirewallPolicy`].
pub mod spec;
pub mod status;
pub use spec::WebApplicationFirewallPolicySpec;
pub use status::WebApplicationFirewallPolicyStatus;
/// Defines web application firewall policy.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.frontdoor.azure.com/v1api20220501`, `kind: WebApplicationFirewallPolicy` (resource `webapplicationfirewallpolicies`) |
/// | Azure | `Microsoft.Network/FrontDoorWebApplicationFirewallPolicies`, api-version `2022-05-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (at most 128 characters) |
///
/// Spec: [`WebApplicationFirewallPolicySpec`]; status: [`WebApplicationFirewallPolicyStatus`]; what the operator knows of it: [`aso_catalog::network_frontdoor::v1api20220501::WEB_APPLICATION_FIREWALL_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct WebApplicationFirewallPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::WebApplicationFirewallPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::WebApplicationFirewallPolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    WebApplicationFirewallPolicy, spec::WebApplicationFirewallPolicySpec,
    status::WebApplicationFirewallPolicyStatus,
    ::aso_catalog::network_frontdoor::v1api20220501::WEB_APPLICATION_FIREWALL_POLICY
);

//! `network.azure.com/v1api20220701`: [`ApplicationGateway`], [`BastionHost`], [`DnsForwardingRuleSetsForwardingRule`], [`DnsForwardingRuleset`], [`DnsResolver`], [`DnsResolversInboundEndpoint`], [`DnsResolversOutboundEndpoint`], [`NatGateway`], [`PrivateEndpoint`], [`PrivateEndpointsPrivateDnsZoneGroup`], [`PrivateLinkService`], [`PublicIPPrefix`].
pub mod spec;
pub mod status;
pub use spec::{
    ApplicationGatewaySpec, BastionHostSpec, DnsForwardingRuleSetsForwardingRuleSpec,
    DnsForwardingRulesetSpec, DnsResolverSpec, DnsResolversInboundEndpointSpec,
    DnsResolversOutboundEndpointSpec, NatGatewaySpec, PrivateEndpointSpec,
    PrivateEndpointsPrivateDnsZoneGroupSpec, PrivateLinkServiceSpec, PublicIpPrefixSpec,
};
pub use status::{
    ApplicationGatewayStatus, BastionHostStatus,
    DnsForwardingRuleSetsForwardingRuleStatus, DnsForwardingRulesetStatus,
    DnsResolverStatus, DnsResolversInboundEndpointStatus,
    DnsResolversOutboundEndpointStatus, NatGatewayStatus, PrivateEndpointStatus,
    PrivateEndpointsPrivateDnsZoneGroupStatus, PrivateLinkServiceStatus,
    PublicIpPrefixStatus,
};
/// Application gateway resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: ApplicationGateway` (resource `applicationgateways`) |
/// | Azure | `Microsoft.Network/applicationGateways`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ApplicationGatewaySpec`]; status: [`ApplicationGatewayStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::APPLICATION_GATEWAY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ApplicationGateway {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ApplicationGatewaySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ApplicationGatewayStatus>,
}
aso_runtime::impl_azure_resource!(
    ApplicationGateway, spec::ApplicationGatewaySpec, status::ApplicationGatewayStatus,
    ::aso_catalog::network::v1api20220701::APPLICATION_GATEWAY
);
/// Bastion Host resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: BastionHost` (resource `bastionhosts`) |
/// | Azure | `Microsoft.Network/bastionHosts`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`BastionHostSpec`]; status: [`BastionHostStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::BASTION_HOST`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct BastionHost {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::BastionHostSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::BastionHostStatus>,
}
aso_runtime::impl_azure_resource!(
    BastionHost, spec::BastionHostSpec, status::BastionHostStatus,
    ::aso_catalog::network::v1api20220701::BASTION_HOST
);
/// Describes a forwarding rule within a DNS forwarding ruleset.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: DnsForwardingRuleSetsForwardingRule` (resource `dnsforwardingrulesetsforwardingrules`) |
/// | Azure | `Microsoft.Network/dnsForwardingRulesets/forwardingRules`, api-version `2022-07-01` |
/// | Owner | a `DnsForwardingRuleset` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsForwardingRuleSetsForwardingRuleSpec`]; status: [`DnsForwardingRuleSetsForwardingRuleStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::DNS_FORWARDING_RULE_SETS_FORWARDING_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsForwardingRuleSetsForwardingRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsForwardingRuleSetsForwardingRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::DnsForwardingRuleSetsForwardingRuleStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    DnsForwardingRuleSetsForwardingRule, spec::DnsForwardingRuleSetsForwardingRuleSpec,
    status::DnsForwardingRuleSetsForwardingRuleStatus,
    ::aso_catalog::network::v1api20220701::DNS_FORWARDING_RULE_SETS_FORWARDING_RULE
);
/// Describes a DNS forwarding ruleset.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: DnsForwardingRuleset` (resource `dnsforwardingrulesets`) |
/// | Azure | `Microsoft.Network/dnsForwardingRulesets`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsForwardingRulesetSpec`]; status: [`DnsForwardingRulesetStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::DNS_FORWARDING_RULESET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsForwardingRuleset {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsForwardingRulesetSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsForwardingRulesetStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsForwardingRuleset, spec::DnsForwardingRulesetSpec,
    status::DnsForwardingRulesetStatus,
    ::aso_catalog::network::v1api20220701::DNS_FORWARDING_RULESET
);
/// Describes a DNS resolver.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: DnsResolver` (resource `dnsresolvers`) |
/// | Azure | `Microsoft.Network/dnsResolvers`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsResolverSpec`]; status: [`DnsResolverStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::DNS_RESOLVER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsResolver {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsResolverSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsResolverStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsResolver, spec::DnsResolverSpec, status::DnsResolverStatus,
    ::aso_catalog::network::v1api20220701::DNS_RESOLVER
);
/// Describes an inbound endpoint for a DNS resolver.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: DnsResolversInboundEndpoint` (resource `dnsresolversinboundendpoints`) |
/// | Azure | `Microsoft.Network/dnsResolvers/inboundEndpoints`, api-version `2022-07-01` |
/// | Owner | a `DnsResolver` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsResolversInboundEndpointSpec`]; status: [`DnsResolversInboundEndpointStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::DNS_RESOLVERS_INBOUND_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsResolversInboundEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsResolversInboundEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsResolversInboundEndpointStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsResolversInboundEndpoint, spec::DnsResolversInboundEndpointSpec,
    status::DnsResolversInboundEndpointStatus,
    ::aso_catalog::network::v1api20220701::DNS_RESOLVERS_INBOUND_ENDPOINT
);
/// Describes an outbound endpoint for a DNS resolver.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: DnsResolversOutboundEndpoint` (resource `dnsresolversoutboundendpoints`) |
/// | Azure | `Microsoft.Network/dnsResolvers/outboundEndpoints`, api-version `2022-07-01` |
/// | Owner | a `DnsResolver` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DnsResolversOutboundEndpointSpec`]; status: [`DnsResolversOutboundEndpointStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::DNS_RESOLVERS_OUTBOUND_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DnsResolversOutboundEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DnsResolversOutboundEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DnsResolversOutboundEndpointStatus>,
}
aso_runtime::impl_azure_resource!(
    DnsResolversOutboundEndpoint, spec::DnsResolversOutboundEndpointSpec,
    status::DnsResolversOutboundEndpointStatus,
    ::aso_catalog::network::v1api20220701::DNS_RESOLVERS_OUTBOUND_ENDPOINT
);
/// Nat Gateway resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: NatGateway` (resource `natgateways`) |
/// | Azure | `Microsoft.Network/natGateways`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`NatGatewaySpec`]; status: [`NatGatewayStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::NAT_GATEWAY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NatGateway {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NatGatewaySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NatGatewayStatus>,
}
aso_runtime::impl_azure_resource!(
    NatGateway, spec::NatGatewaySpec, status::NatGatewayStatus,
    ::aso_catalog::network::v1api20220701::NAT_GATEWAY
);
/// Private endpoint resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: PrivateEndpoint` (resource `privateendpoints`) |
/// | Azure | `Microsoft.Network/privateEndpoints`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `primaryNicPrivateIpAddress` |
///
/// Spec: [`PrivateEndpointSpec`]; status: [`PrivateEndpointStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::PRIVATE_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateEndpointStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateEndpoint, spec::PrivateEndpointSpec, status::PrivateEndpointStatus,
    ::aso_catalog::network::v1api20220701::PRIVATE_ENDPOINT
);
/// Private dns zone group resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: PrivateEndpointsPrivateDnsZoneGroup` (resource `privateendpointsprivatednszonegroups`) |
/// | Azure | `Microsoft.Network/privateEndpoints/privateDnsZoneGroups`, api-version `2022-07-01` |
/// | Owner | a `PrivateEndpoint` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateEndpointsPrivateDnsZoneGroupSpec`]; status: [`PrivateEndpointsPrivateDnsZoneGroupStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::PRIVATE_ENDPOINTS_PRIVATE_DNS_ZONE_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateEndpointsPrivateDnsZoneGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateEndpointsPrivateDnsZoneGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::PrivateEndpointsPrivateDnsZoneGroupStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    PrivateEndpointsPrivateDnsZoneGroup, spec::PrivateEndpointsPrivateDnsZoneGroupSpec,
    status::PrivateEndpointsPrivateDnsZoneGroupStatus,
    ::aso_catalog::network::v1api20220701::PRIVATE_ENDPOINTS_PRIVATE_DNS_ZONE_GROUP
);
/// Private link service resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: PrivateLinkService` (resource `privatelinkservices`) |
/// | Azure | `Microsoft.Network/privateLinkServices`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `alias` |
///
/// Spec: [`PrivateLinkServiceSpec`]; status: [`PrivateLinkServiceStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::PRIVATE_LINK_SERVICE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateLinkService {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateLinkServiceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateLinkServiceStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateLinkService, spec::PrivateLinkServiceSpec, status::PrivateLinkServiceStatus,
    ::aso_catalog::network::v1api20220701::PRIVATE_LINK_SERVICE
);
/// Public IP prefix resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220701`, `kind: PublicIPPrefix` (resource `publicipprefixes`) |
/// | Azure | `Microsoft.Network/publicIPPrefixes`, api-version `2022-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PublicIpPrefixSpec`]; status: [`PublicIpPrefixStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220701::PUBLIC_IP_PREFIX`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PublicIPPrefix {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PublicIpPrefixSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PublicIpPrefixStatus>,
}
aso_runtime::impl_azure_resource!(
    PublicIPPrefix, spec::PublicIpPrefixSpec, status::PublicIpPrefixStatus,
    ::aso_catalog::network::v1api20220701::PUBLIC_IP_PREFIX
);

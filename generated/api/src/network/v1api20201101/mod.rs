//! `network.azure.com/v1api20201101`: [`LoadBalancer`], [`LoadBalancersInboundNatRule`], [`NetworkInterface`], [`NetworkSecurityGroup`], [`NetworkSecurityGroupsSecurityRule`], [`PublicIPAddress`], [`RouteTable`], [`RouteTablesRoute`], [`VirtualNetwork`], [`VirtualNetworkGateway`], [`VirtualNetworksSubnet`], [`VirtualNetworksVirtualNetworkPeering`].
pub mod spec;
pub mod status;
pub use spec::{
    LoadBalancerSpec, LoadBalancersInboundNatRuleSpec, NetworkInterfaceSpec,
    NetworkSecurityGroupSpec, NetworkSecurityGroupsSecurityRuleSpec, PublicIpAddressSpec,
    RouteTableSpec, RouteTablesRouteSpec, VirtualNetworkSpec, VirtualNetworkGatewaySpec,
    VirtualNetworksSubnetSpec, VirtualNetworksVirtualNetworkPeeringSpec,
};
pub use status::{
    LoadBalancerStatus, LoadBalancersInboundNatRuleStatus, NetworkInterfaceStatus,
    NetworkSecurityGroupStatus, NetworkSecurityGroupsSecurityRuleStatus,
    PublicIpAddressStatus, RouteTableStatus, RouteTablesRouteStatus,
    VirtualNetworkStatus, VirtualNetworkGatewayStatus, VirtualNetworksSubnetStatus,
    VirtualNetworksVirtualNetworkPeeringStatus,
};
/// LoadBalancer resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: LoadBalancer` (resource `loadbalancers`) |
/// | Azure | `Microsoft.Network/loadBalancers`, api-version `2020-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`LoadBalancerSpec`]; status: [`LoadBalancerStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::LOAD_BALANCER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct LoadBalancer {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::LoadBalancerSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::LoadBalancerStatus>,
}
aso_runtime::impl_azure_resource!(
    LoadBalancer, spec::LoadBalancerSpec, status::LoadBalancerStatus,
    ::aso_catalog::network::v1api20201101::LOAD_BALANCER
);
/// Inbound NAT rule of the load balancer.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: LoadBalancersInboundNatRule` (resource `loadbalancersinboundnatrules`) |
/// | Azure | `Microsoft.Network/loadBalancers/inboundNatRules`, api-version `2020-11-01` |
/// | Owner | a `LoadBalancer` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`LoadBalancersInboundNatRuleSpec`]; status: [`LoadBalancersInboundNatRuleStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::LOAD_BALANCERS_INBOUND_NAT_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct LoadBalancersInboundNatRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::LoadBalancersInboundNatRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::LoadBalancersInboundNatRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    LoadBalancersInboundNatRule, spec::LoadBalancersInboundNatRuleSpec,
    status::LoadBalancersInboundNatRuleStatus,
    ::aso_catalog::network::v1api20201101::LOAD_BALANCERS_INBOUND_NAT_RULE
);
/// A network interface in a resource group.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: NetworkInterface` (resource `networkinterfaces`) |
/// | Azure | `Microsoft.Network/networkInterfaces`, api-version `2020-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`NetworkInterfaceSpec`]; status: [`NetworkInterfaceStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::NETWORK_INTERFACE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NetworkInterface {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NetworkInterfaceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NetworkInterfaceStatus>,
}
aso_runtime::impl_azure_resource!(
    NetworkInterface, spec::NetworkInterfaceSpec, status::NetworkInterfaceStatus,
    ::aso_catalog::network::v1api20201101::NETWORK_INTERFACE
);
/// NetworkSecurityGroup resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: NetworkSecurityGroup` (resource `networksecuritygroups`) |
/// | Azure | `Microsoft.Network/networkSecurityGroups`, api-version `2020-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`NetworkSecurityGroupSpec`]; status: [`NetworkSecurityGroupStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::NETWORK_SECURITY_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NetworkSecurityGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NetworkSecurityGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NetworkSecurityGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    NetworkSecurityGroup, spec::NetworkSecurityGroupSpec,
    status::NetworkSecurityGroupStatus,
    ::aso_catalog::network::v1api20201101::NETWORK_SECURITY_GROUP
);
/// Network security rule.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: NetworkSecurityGroupsSecurityRule` (resource `networksecuritygroupssecurityrules`) |
/// | Azure | `Microsoft.Network/networkSecurityGroups/securityRules`, api-version `2020-11-01` |
/// | Owner | a `NetworkSecurityGroup` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`NetworkSecurityGroupsSecurityRuleSpec`]; status: [`NetworkSecurityGroupsSecurityRuleStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::NETWORK_SECURITY_GROUPS_SECURITY_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NetworkSecurityGroupsSecurityRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NetworkSecurityGroupsSecurityRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NetworkSecurityGroupsSecurityRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    NetworkSecurityGroupsSecurityRule, spec::NetworkSecurityGroupsSecurityRuleSpec,
    status::NetworkSecurityGroupsSecurityRuleStatus,
    ::aso_catalog::network::v1api20201101::NETWORK_SECURITY_GROUPS_SECURITY_RULE
);
/// Public IP address resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: PublicIPAddress` (resource `publicipaddresses`) |
/// | Azure | `Microsoft.Network/publicIPAddresses`, api-version `2020-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PublicIpAddressSpec`]; status: [`PublicIpAddressStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::PUBLIC_IP_ADDRESS`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PublicIPAddress {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PublicIpAddressSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PublicIpAddressStatus>,
}
aso_runtime::impl_azure_resource!(
    PublicIPAddress, spec::PublicIpAddressSpec, status::PublicIpAddressStatus,
    ::aso_catalog::network::v1api20201101::PUBLIC_IP_ADDRESS
);
/// Route table resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: RouteTable` (resource `routetables`) |
/// | Azure | `Microsoft.Network/routeTables`, api-version `2020-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RouteTableSpec`]; status: [`RouteTableStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::ROUTE_TABLE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RouteTable {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RouteTableSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RouteTableStatus>,
}
aso_runtime::impl_azure_resource!(
    RouteTable, spec::RouteTableSpec, status::RouteTableStatus,
    ::aso_catalog::network::v1api20201101::ROUTE_TABLE
);
/// Route resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: RouteTablesRoute` (resource `routetablesroutes`) |
/// | Azure | `Microsoft.Network/routeTables/routes`, api-version `2020-11-01` |
/// | Owner | a `RouteTable` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RouteTablesRouteSpec`]; status: [`RouteTablesRouteStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::ROUTE_TABLES_ROUTE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RouteTablesRoute {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RouteTablesRouteSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RouteTablesRouteStatus>,
}
aso_runtime::impl_azure_resource!(
    RouteTablesRoute, spec::RouteTablesRouteSpec, status::RouteTablesRouteStatus,
    ::aso_catalog::network::v1api20201101::ROUTE_TABLES_ROUTE
);
/// Virtual Network resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: VirtualNetwork` (resource `virtualnetworks`) |
/// | Azure | `Microsoft.Network/virtualNetworks`, api-version `2020-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualNetworkSpec`]; status: [`VirtualNetworkStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::VIRTUAL_NETWORK`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualNetwork {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualNetworkSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VirtualNetworkStatus>,
}
aso_runtime::impl_azure_resource!(
    VirtualNetwork, spec::VirtualNetworkSpec, status::VirtualNetworkStatus,
    ::aso_catalog::network::v1api20201101::VIRTUAL_NETWORK
);
/// A common class for general resource information.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: VirtualNetworkGateway` (resource `virtualnetworkgateways`) |
/// | Azure | `Microsoft.Network/virtualNetworkGateways`, api-version `2020-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualNetworkGatewaySpec`]; status: [`VirtualNetworkGatewayStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::VIRTUAL_NETWORK_GATEWAY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualNetworkGateway {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualNetworkGatewaySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VirtualNetworkGatewayStatus>,
}
aso_runtime::impl_azure_resource!(
    VirtualNetworkGateway, spec::VirtualNetworkGatewaySpec,
    status::VirtualNetworkGatewayStatus,
    ::aso_catalog::network::v1api20201101::VIRTUAL_NETWORK_GATEWAY
);
/// Subnet in a virtual network resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: VirtualNetworksSubnet` (resource `virtualnetworkssubnets`) |
/// | Azure | `Microsoft.Network/virtualNetworks/subnets`, api-version `2020-11-01` |
/// | Owner | a `VirtualNetwork` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualNetworksSubnetSpec`]; status: [`VirtualNetworksSubnetStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::VIRTUAL_NETWORKS_SUBNET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualNetworksSubnet {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualNetworksSubnetSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VirtualNetworksSubnetStatus>,
}
aso_runtime::impl_azure_resource!(
    VirtualNetworksSubnet, spec::VirtualNetworksSubnetSpec,
    status::VirtualNetworksSubnetStatus,
    ::aso_catalog::network::v1api20201101::VIRTUAL_NETWORKS_SUBNET
);
/// Peerings in a virtual network resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20201101`, `kind: VirtualNetworksVirtualNetworkPeering` (resource `virtualnetworksvirtualnetworkpeerings`) |
/// | Azure | `Microsoft.Network/virtualNetworks/virtualNetworkPeerings`, api-version `2020-11-01` |
/// | Owner | a `VirtualNetwork` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualNetworksVirtualNetworkPeeringSpec`]; status: [`VirtualNetworksVirtualNetworkPeeringStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20201101::VIRTUAL_NETWORKS_VIRTUAL_NETWORK_PEERING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualNetworksVirtualNetworkPeering {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualNetworksVirtualNetworkPeeringSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::VirtualNetworksVirtualNetworkPeeringStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    VirtualNetworksVirtualNetworkPeering, spec::VirtualNetworksVirtualNetworkPeeringSpec,
    status::VirtualNetworksVirtualNetworkPeeringStatus,
    ::aso_catalog::network::v1api20201101::VIRTUAL_NETWORKS_VIRTUAL_NETWORK_PEERING
);

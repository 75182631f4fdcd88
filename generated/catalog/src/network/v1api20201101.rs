//! `network.azure.com/v1api20201101`.
/// `LoadBalancer`: ARM type `Microsoft.Network/loadBalancers`, api-version `2020-11-01`.
pub static LOAD_BALANCER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "LoadBalancer",
    plural: "loadbalancers",
    arm_type: "Microsoft.Network/loadBalancers",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/loadBalancers/{loadBalancerName}",
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
    spec: &super::shapes::S19,
    status: &super::shapes::S28,
    exports: &[],
    arm_schema: include_str!("arm/LoadBalancer.2020-11-01.json"),
};
/// `LoadBalancersInboundNatRule`: ARM type `Microsoft.Network/loadBalancers/inboundNatRules`, api-version `2020-11-01`.
pub static LOAD_BALANCERS_INBOUND_NAT_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "LoadBalancersInboundNatRule",
    plural: "loadbalancersinboundnatrules",
    arm_type: "Microsoft.Network/loadBalancers/inboundNatRules",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/loadBalancers/{loadBalancerName}/inboundNatRules/{inboundNatRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "LoadBalancer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S29,
    status: &super::shapes::S24,
    exports: &[],
    arm_schema: include_str!("arm/LoadBalancersInboundNatRule.2020-11-01.json"),
};
/// `NetworkInterface`: ARM type `Microsoft.Network/networkInterfaces`, api-version `2020-11-01`.
pub static NETWORK_INTERFACE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "NetworkInterface",
    plural: "networkinterfaces",
    arm_type: "Microsoft.Network/networkInterfaces",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/networkInterfaces/{networkInterfaceName}",
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
    spec: &super::shapes::S31,
    status: &super::shapes::S33,
    exports: &[],
    arm_schema: include_str!("arm/NetworkInterface.2020-11-01.json"),
};
/// `NetworkSecurityGroup`: ARM type `Microsoft.Network/networkSecurityGroups`, api-version `2020-11-01`.
pub static NETWORK_SECURITY_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "NetworkSecurityGroup",
    plural: "networksecuritygroups",
    arm_type: "Microsoft.Network/networkSecurityGroups",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/networkSecurityGroups/{networkSecurityGroupName}",
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
    spec: &super::shapes::S34,
    status: &super::shapes::S35,
    exports: &[],
    arm_schema: include_str!("arm/NetworkSecurityGroup.2020-11-01.json"),
};
/// `NetworkSecurityGroupsSecurityRule`: ARM type `Microsoft.Network/networkSecurityGroups/securityRules`, api-version `2020-11-01`.
pub static NETWORK_SECURITY_GROUPS_SECURITY_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "NetworkSecurityGroupsSecurityRule",
    plural: "networksecuritygroupssecurityrules",
    arm_type: "Microsoft.Network/networkSecurityGroups/securityRules",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/networkSecurityGroups/{networkSecurityGroupName}/securityRules/{securityRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "NetworkSecurityGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S36,
    status: &super::shapes::S37,
    exports: &[],
    arm_schema: include_str!("arm/NetworkSecurityGroupsSecurityRule.2020-11-01.json"),
};
/// `PublicIPAddress`: ARM type `Microsoft.Network/publicIPAddresses`, api-version `2020-11-01`.
pub static PUBLIC_IP_ADDRESS: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "PublicIPAddress",
    plural: "publicipaddresses",
    arm_type: "Microsoft.Network/publicIPAddresses",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/publicIPAddresses/{publicIpAddressName}",
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
    spec: &super::shapes::S39,
    status: &super::shapes::S40,
    exports: &[],
    arm_schema: include_str!("arm/PublicIPAddress.2020-11-01.json"),
};
/// `RouteTable`: ARM type `Microsoft.Network/routeTables`, api-version `2020-11-01`.
pub static ROUTE_TABLE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "RouteTable",
    plural: "routetables",
    arm_type: "Microsoft.Network/routeTables",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/routeTables/{routeTableName}",
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
    spec: &super::shapes::S41,
    status: &super::shapes::S42,
    exports: &[],
    arm_schema: include_str!("arm/RouteTable.2020-11-01.json"),
};
/// `RouteTablesRoute`: ARM type `Microsoft.Network/routeTables/routes`, api-version `2020-11-01`.
pub static ROUTE_TABLES_ROUTE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "RouteTablesRoute",
    plural: "routetablesroutes",
    arm_type: "Microsoft.Network/routeTables/routes",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/routeTables/{routeTableName}/routes/{routeName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "RouteTable",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S43,
    status: &super::shapes::S44,
    exports: &[],
    arm_schema: include_str!("arm/RouteTablesRoute.2020-11-01.json"),
};
/// `VirtualNetwork`: ARM type `Microsoft.Network/virtualNetworks`, api-version `2020-11-01`.
pub static VIRTUAL_NETWORK: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "VirtualNetwork",
    plural: "virtualnetworks",
    arm_type: "Microsoft.Network/virtualNetworks",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/{virtualNetworkName}",
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
    spec: &super::shapes::S45,
    status: &super::shapes::S46,
    exports: &[],
    arm_schema: include_str!("arm/VirtualNetwork.2020-11-01.json"),
};
/// `VirtualNetworkGateway`: ARM type `Microsoft.Network/virtualNetworkGateways`, api-version `2020-11-01`.
pub static VIRTUAL_NETWORK_GATEWAY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "VirtualNetworkGateway",
    plural: "virtualnetworkgateways",
    arm_type: "Microsoft.Network/virtualNetworkGateways",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworkGateways/{virtualNetworkGatewayName}",
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
    spec: &super::shapes::S51,
    status: &super::shapes::S56,
    exports: &[],
    arm_schema: include_str!("arm/VirtualNetworkGateway.2020-11-01.json"),
};
/// `VirtualNetworksSubnet`: ARM type `Microsoft.Network/virtualNetworks/subnets`, api-version `2020-11-01`.
pub static VIRTUAL_NETWORKS_SUBNET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20201101",
    kind: "VirtualNetworksSubnet",
    plural: "virtualnetworkssubnets",
    arm_type: "Microsoft.Network/virtualNetworks/subnets",
    api_version: "2020-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/{virtualNetworkName}/subnets/{subnetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "VirtualNetwork",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S58,
    status: &super::shapes::S60,
    exports: &[],
    arm_schema: include_str!("arm/VirtualNetworksSubnet.2020-11-01.json"),
};
/// `VirtualNetworksVirtualNetworkPeering`: ARM type `Microsoft.Network/virtualNetworks/virtualNetworkPeerings`, api-version `2020-11-01`.
pub static VIRTUAL_NETWORKS_VIRTUAL_NETWORK_PEERING: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "network",
        api_group: "network.azure.com",
        version: "v1api20201101",
        kind: "VirtualNetworksVirtualNetworkPeering",
        plural: "virtualnetworksvirtualnetworkpeerings",
        arm_type: "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
        api_version: "2020-11-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/{virtualNetworkName}/virtualNetworkPeerings/{virtualNetworkPeeringName}",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "network.azure.com",
            kind: "VirtualNetwork",
        }),
        azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
            pattern: None,
            min_length: None,
            max_length: None,
        }),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S61,
        status: &super::shapes::S62,
        exports: &[],
        arm_schema: include_str!("arm/VirtualNetworksVirtualNetworkPeering.2020-11-01.json"),
    };
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &LOAD_BALANCER,
    &LOAD_BALANCERS_INBOUND_NAT_RULE,
    &NETWORK_INTERFACE,
    &NETWORK_SECURITY_GROUP,
    &NETWORK_SECURITY_GROUPS_SECURITY_RULE,
    &PUBLIC_IP_ADDRESS,
    &ROUTE_TABLE,
    &ROUTE_TABLES_ROUTE,
    &VIRTUAL_NETWORK,
    &VIRTUAL_NETWORK_GATEWAY,
    &VIRTUAL_NETWORKS_SUBNET,
    &VIRTUAL_NETWORKS_VIRTUAL_NETWORK_PEERING,
];

//! `network.azure.com/v1api20220701`.
/// `ApplicationGateway`: ARM type `Microsoft.Network/applicationGateways`, api-version `2022-07-01`.
pub static APPLICATION_GATEWAY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "ApplicationGateway",
    plural: "applicationgateways",
    arm_type: "Microsoft.Network/applicationGateways",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/applicationGateways/{applicationGatewayName}",
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
    spec: &super::shapes::S89,
    status: &super::shapes::S111,
    exports: &[],
    arm_schema: include_str!("arm/ApplicationGateway.2022-07-01.json"),
};
/// `BastionHost`: ARM type `Microsoft.Network/bastionHosts`, api-version `2022-07-01`.
pub static BASTION_HOST: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "BastionHost",
    plural: "bastionhosts",
    arm_type: "Microsoft.Network/bastionHosts",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/bastionHosts/{bastionHostName}",
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
    spec: &super::shapes::S112,
    status: &super::shapes::S114,
    exports: &[],
    arm_schema: include_str!("arm/BastionHost.2022-07-01.json"),
};
/// `DnsForwardingRuleSetsForwardingRule`: ARM type `Microsoft.Network/dnsForwardingRulesets/forwardingRules`, api-version `2022-07-01`.
pub static DNS_FORWARDING_RULE_SETS_FORWARDING_RULE: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "network",
        api_group: "network.azure.com",
        version: "v1api20220701",
        kind: "DnsForwardingRuleSetsForwardingRule",
        plural: "dnsforwardingrulesetsforwardingrules",
        arm_type: "Microsoft.Network/dnsForwardingRulesets/forwardingRules",
        api_version: "2022-07-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsForwardingRulesets/{dnsForwardingRulesetName}/forwardingRules/{forwardingRuleName}",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "network.azure.com",
            kind: "DnsForwardingRuleset",
        }),
        azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
            pattern: None,
            min_length: None,
            max_length: None,
        }),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S116,
        status: &super::shapes::S117,
        exports: &[],
        arm_schema: include_str!("arm/DnsForwardingRuleSetsForwardingRule.2022-07-01.json"),
    };
/// `DnsForwardingRuleset`: ARM type `Microsoft.Network/dnsForwardingRulesets`, api-version `2022-07-01`.
pub static DNS_FORWARDING_RULESET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "DnsForwardingRuleset",
    plural: "dnsforwardingrulesets",
    arm_type: "Microsoft.Network/dnsForwardingRulesets",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsForwardingRulesets/{dnsForwardingRulesetName}",
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
    spec: &super::shapes::S118,
    status: &super::shapes::S119,
    exports: &[],
    arm_schema: include_str!("arm/DnsForwardingRuleset.2022-07-01.json"),
};
/// `DnsResolver`: ARM type `Microsoft.Network/dnsResolvers`, api-version `2022-07-01`.
pub static DNS_RESOLVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "DnsResolver",
    plural: "dnsresolvers",
    arm_type: "Microsoft.Network/dnsResolvers",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsResolvers/{dnsResolverName}",
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
    spec: &super::shapes::S120,
    status: &super::shapes::S121,
    exports: &[],
    arm_schema: include_str!("arm/DnsResolver.2022-07-01.json"),
};
/// `DnsResolversInboundEndpoint`: ARM type `Microsoft.Network/dnsResolvers/inboundEndpoints`, api-version `2022-07-01`.
pub static DNS_RESOLVERS_INBOUND_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "DnsResolversInboundEndpoint",
    plural: "dnsresolversinboundendpoints",
    arm_type: "Microsoft.Network/dnsResolvers/inboundEndpoints",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsResolvers/{dnsResolverName}/inboundEndpoints/{inboundEndpointName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsResolver",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S123,
    status: &super::shapes::S124,
    exports: &[],
    arm_schema: include_str!("arm/DnsResolversInboundEndpoint.2022-07-01.json"),
};
/// `DnsResolversOutboundEndpoint`: ARM type `Microsoft.Network/dnsResolvers/outboundEndpoints`, api-version `2022-07-01`.
pub static DNS_RESOLVERS_OUTBOUND_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "DnsResolversOutboundEndpoint",
    plural: "dnsresolversoutboundendpoints",
    arm_type: "Microsoft.Network/dnsResolvers/outboundEndpoints",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsResolvers/{dnsResolverName}/outboundEndpoints/{outboundEndpointName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsResolver",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S125,
    status: &super::shapes::S126,
    exports: &[],
    arm_schema: include_str!("arm/DnsResolversOutboundEndpoint.2022-07-01.json"),
};
/// `NatGateway`: ARM type `Microsoft.Network/natGateways`, api-version `2022-07-01`.
pub static NAT_GATEWAY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "NatGateway",
    plural: "natgateways",
    arm_type: "Microsoft.Network/natGateways",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/natGateways/{natGatewayName}",
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
    spec: &super::shapes::S127,
    status: &super::shapes::S128,
    exports: &[],
    arm_schema: include_str!("arm/NatGateway.2022-07-01.json"),
};
/// `PrivateEndpoint`: ARM type `Microsoft.Network/privateEndpoints`, api-version `2022-07-01`.
pub static PRIVATE_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "PrivateEndpoint",
    plural: "privateendpoints",
    arm_type: "Microsoft.Network/privateEndpoints",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateEndpoints/{privateEndpointName}",
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
    spec: &super::shapes::S131,
    status: &super::shapes::S134,
    exports: &[aso_runtime::Export {
        key: "primaryNicPrivateIpAddress",
        target: aso_runtime::ExportTarget::ConfigMap,
        source: aso_runtime::ExportSource::Azure,
    }],
    arm_schema: include_str!("arm/PrivateEndpoint.2022-07-01.json"),
};
/// `PrivateEndpointsPrivateDnsZoneGroup`: ARM type `Microsoft.Network/privateEndpoints/privateDnsZoneGroups`, api-version `2022-07-01`.
pub static PRIVATE_ENDPOINTS_PRIVATE_DNS_ZONE_GROUP: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "network",
        api_group: "network.azure.com",
        version: "v1api20220701",
        kind: "PrivateEndpointsPrivateDnsZoneGroup",
        plural: "privateendpointsprivatednszonegroups",
        arm_type: "Microsoft.Network/privateEndpoints/privateDnsZoneGroups",
        api_version: "2022-07-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateEndpoints/{privateEndpointName}/privateDnsZoneGroups/{privateDnsZoneGroupName}",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "network.azure.com",
            kind: "PrivateEndpoint",
        }),
        azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
            pattern: None,
            min_length: None,
            max_length: None,
        }),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S136,
        status: &super::shapes::S138,
        exports: &[],
        arm_schema: include_str!("arm/PrivateEndpointsPrivateDnsZoneGroup.2022-07-01.json"),
    };
/// `PrivateLinkService`: ARM type `Microsoft.Network/privateLinkServices`, api-version `2022-07-01`.
pub static PRIVATE_LINK_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "PrivateLinkService",
    plural: "privatelinkservices",
    arm_type: "Microsoft.Network/privateLinkServices",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateLinkServices/{serviceName}",
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
    spec: &super::shapes::S140,
    status: &super::shapes::S142,
    exports: &[aso_runtime::Export {
        key: "alias",
        target: aso_runtime::ExportTarget::ConfigMap,
        source: aso_runtime::ExportSource::Status(&["alias"]),
    }],
    arm_schema: include_str!("arm/PrivateLinkService.2022-07-01.json"),
};
/// `PublicIPPrefix`: ARM type `Microsoft.Network/publicIPPrefixes`, api-version `2022-07-01`.
pub static PUBLIC_IP_PREFIX: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220701",
    kind: "PublicIPPrefix",
    plural: "publicipprefixes",
    arm_type: "Microsoft.Network/publicIPPrefixes",
    api_version: "2022-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/publicIPPrefixes/{publicIpPrefixName}",
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
    spec: &super::shapes::S143,
    status: &super::shapes::S144,
    exports: &[],
    arm_schema: include_str!("arm/PublicIPPrefix.2022-07-01.json"),
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &APPLICATION_GATEWAY,
    &BASTION_HOST,
    &DNS_FORWARDING_RULE_SETS_FORWARDING_RULE,
    &DNS_FORWARDING_RULESET,
    &DNS_RESOLVER,
    &DNS_RESOLVERS_INBOUND_ENDPOINT,
    &DNS_RESOLVERS_OUTBOUND_ENDPOINT,
    &NAT_GATEWAY,
    &PRIVATE_ENDPOINT,
    &PRIVATE_ENDPOINTS_PRIVATE_DNS_ZONE_GROUP,
    &PRIVATE_LINK_SERVICE,
    &PUBLIC_IP_PREFIX,
];

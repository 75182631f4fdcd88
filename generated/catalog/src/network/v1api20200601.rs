//! `network.azure.com/v1api20200601`.
/// `PrivateDnsZonesAAAARecord`: ARM type `Microsoft.Network/privateDnsZones/AAAA`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_AAAA_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesAAAARecord",
    plural: "privatednszonesaaaarecords",
    arm_type: "Microsoft.Network/privateDnsZones/AAAA",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/AAAA/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesAAAARecord.2020-06-01.json"),
};
/// `PrivateDnsZonesARecord`: ARM type `Microsoft.Network/privateDnsZones/A`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_A_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesARecord",
    plural: "privatednszonesarecords",
    arm_type: "Microsoft.Network/privateDnsZones/A",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/A/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesARecord.2020-06-01.json"),
};
/// `PrivateDnsZonesCNAMERecord`: ARM type `Microsoft.Network/privateDnsZones/CNAME`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_CNAME_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesCNAMERecord",
    plural: "privatednszonescnamerecords",
    arm_type: "Microsoft.Network/privateDnsZones/CNAME",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/CNAME/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesCNAMERecord.2020-06-01.json"),
};
/// `PrivateDnsZonesMXRecord`: ARM type `Microsoft.Network/privateDnsZones/MX`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_MX_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesMXRecord",
    plural: "privatednszonesmxrecords",
    arm_type: "Microsoft.Network/privateDnsZones/MX",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/MX/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesMXRecord.2020-06-01.json"),
};
/// `PrivateDnsZonesPTRRecord`: ARM type `Microsoft.Network/privateDnsZones/PTR`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_PTR_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesPTRRecord",
    plural: "privatednszonesptrrecords",
    arm_type: "Microsoft.Network/privateDnsZones/PTR",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/PTR/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesPTRRecord.2020-06-01.json"),
};
/// `PrivateDnsZonesSRVRecord`: ARM type `Microsoft.Network/privateDnsZones/SRV`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_SRV_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesSRVRecord",
    plural: "privatednszonessrvrecords",
    arm_type: "Microsoft.Network/privateDnsZones/SRV",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/SRV/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesSRVRecord.2020-06-01.json"),
};
/// `PrivateDnsZonesTXTRecord`: ARM type `Microsoft.Network/privateDnsZones/TXT`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_TXT_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesTXTRecord",
    plural: "privatednszonestxtrecords",
    arm_type: "Microsoft.Network/privateDnsZones/TXT",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/TXT/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesTXTRecord.2020-06-01.json"),
};
/// `PrivateDnsZonesVirtualNetworkLink`: ARM type `Microsoft.Network/privateDnsZones/virtualNetworkLinks`, api-version `2020-06-01`.
pub static PRIVATE_DNS_ZONES_VIRTUAL_NETWORK_LINK: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20200601",
    kind: "PrivateDnsZonesVirtualNetworkLink",
    plural: "privatednszonesvirtualnetworklinks",
    arm_type: "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}/virtualNetworkLinks/{virtualNetworkLinkName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "PrivateDnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZonesVirtualNetworkLink.2020-06-01.json"),
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &PRIVATE_DNS_ZONES_AAAA_RECORD,
    &PRIVATE_DNS_ZONES_A_RECORD,
    &PRIVATE_DNS_ZONES_CNAME_RECORD,
    &PRIVATE_DNS_ZONES_MX_RECORD,
    &PRIVATE_DNS_ZONES_PTR_RECORD,
    &PRIVATE_DNS_ZONES_SRV_RECORD,
    &PRIVATE_DNS_ZONES_TXT_RECORD,
    &PRIVATE_DNS_ZONES_VIRTUAL_NETWORK_LINK,
];

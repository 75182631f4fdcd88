//! `network.azure.com/v1api20180501`.
/// `DnsZone`: ARM type `Microsoft.Network/dnsZones`, api-version `2018-05-01`.
pub static DNS_ZONE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZone",
    plural: "dnszones",
    arm_type: "Microsoft.Network/dnsZones",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}",
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
    spec: &super::shapes::S1,
    status: &super::shapes::S2,
    exports: &[],
    arm_schema: include_str!("arm/DnsZone.2018-05-01.json"),
};
/// `DnsZonesAAAARecord`: ARM type `Microsoft.Network/dnsZones/AAAA`, api-version `2018-05-01`.
pub static DNS_ZONES_AAAA_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesAAAARecord",
    plural: "dnszonesaaaarecords",
    arm_type: "Microsoft.Network/dnsZones/AAAA",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/AAAA/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesAAAARecord.2018-05-01.json"),
};
/// `DnsZonesARecord`: ARM type `Microsoft.Network/dnsZones/A`, api-version `2018-05-01`.
pub static DNS_ZONES_A_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesARecord",
    plural: "dnszonesarecords",
    arm_type: "Microsoft.Network/dnsZones/A",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/A/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesARecord.2018-05-01.json"),
};
/// `DnsZonesCAARecord`: ARM type `Microsoft.Network/dnsZones/CAA`, api-version `2018-05-01`.
pub static DNS_ZONES_CAA_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesCAARecord",
    plural: "dnszonescaarecords",
    arm_type: "Microsoft.Network/dnsZones/CAA",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/CAA/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesCAARecord.2018-05-01.json"),
};
/// `DnsZonesCNAMERecord`: ARM type `Microsoft.Network/dnsZones/CNAME`, api-version `2018-05-01`.
pub static DNS_ZONES_CNAME_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesCNAMERecord",
    plural: "dnszonescnamerecords",
    arm_type: "Microsoft.Network/dnsZones/CNAME",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/CNAME/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesCNAMERecord.2018-05-01.json"),
};
/// `DnsZonesMXRecord`: ARM type `Microsoft.Network/dnsZones/MX`, api-version `2018-05-01`.
pub static DNS_ZONES_MX_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesMXRecord",
    plural: "dnszonesmxrecords",
    arm_type: "Microsoft.Network/dnsZones/MX",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/MX/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesMXRecord.2018-05-01.json"),
};
/// `DnsZonesNSRecord`: ARM type `Microsoft.Network/dnsZones/NS`, api-version `2018-05-01`.
pub static DNS_ZONES_NS_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesNSRecord",
    plural: "dnszonesnsrecords",
    arm_type: "Microsoft.Network/dnsZones/NS",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/NS/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesNSRecord.2018-05-01.json"),
};
/// `DnsZonesPTRRecord`: ARM type `Microsoft.Network/dnsZones/PTR`, api-version `2018-05-01`.
pub static DNS_ZONES_PTR_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesPTRRecord",
    plural: "dnszonesptrrecords",
    arm_type: "Microsoft.Network/dnsZones/PTR",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/PTR/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesPTRRecord.2018-05-01.json"),
};
/// `DnsZonesSRVRecord`: ARM type `Microsoft.Network/dnsZones/SRV`, api-version `2018-05-01`.
pub static DNS_ZONES_SRV_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesSRVRecord",
    plural: "dnszonessrvrecords",
    arm_type: "Microsoft.Network/dnsZones/SRV",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/SRV/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesSRVRecord.2018-05-01.json"),
};
/// `DnsZonesTXTRecord`: ARM type `Microsoft.Network/dnsZones/TXT`, api-version `2018-05-01`.
pub static DNS_ZONES_TXT_RECORD: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180501",
    kind: "DnsZonesTXTRecord",
    plural: "dnszonestxtrecords",
    arm_type: "Microsoft.Network/dnsZones/TXT",
    api_version: "2018-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/dnsZones/{zoneName}/TXT/{relativeRecordSetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "DnsZone",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DnsZonesTXTRecord.2018-05-01.json"),
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &DNS_ZONE,
    &DNS_ZONES_AAAA_RECORD,
    &DNS_ZONES_A_RECORD,
    &DNS_ZONES_CAA_RECORD,
    &DNS_ZONES_CNAME_RECORD,
    &DNS_ZONES_MX_RECORD,
    &DNS_ZONES_NS_RECORD,
    &DNS_ZONES_PTR_RECORD,
    &DNS_ZONES_SRV_RECORD,
    &DNS_ZONES_TXT_RECORD,
];

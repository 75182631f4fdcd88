//! `network.azure.com/v1api20180901`.
/// `PrivateDnsZone`: ARM type `Microsoft.Network/privateDnsZones`, api-version `2018-09-01`.
pub static PRIVATE_DNS_ZONE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20180901",
    kind: "PrivateDnsZone",
    plural: "privatednszones",
    arm_type: "Microsoft.Network/privateDnsZones",
    api_version: "2018-09-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateDnsZones/{privateZoneName}",
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
    spec: &super::shapes::S6,
    status: &super::shapes::S7,
    exports: &[],
    arm_schema: include_str!("arm/PrivateDnsZone.2018-09-01.json"),
    aso_versions: &["v1api20180901"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&PRIVATE_DNS_ZONE];

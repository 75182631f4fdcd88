//! `network.azure.com/v1api20220401`.
/// `TrafficManagerProfile`: ARM type `Microsoft.Network/trafficmanagerprofiles`, api-version `2022-04-01`.
pub static TRAFFIC_MANAGER_PROFILE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220401",
    kind: "TrafficManagerProfile",
    plural: "trafficmanagerprofiles",
    arm_type: "Microsoft.Network/trafficmanagerprofiles",
    api_version: "2022-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/trafficmanagerprofiles/{profileName}",
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
    spec: &super::shapes::S64,
    status: &super::shapes::S65,
    exports: &[
        aso_runtime::Export {
            key: "dnsConfigFqdn",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["dnsConfig", "fqdn"]),
        },
    ],
    arm_schema: include_str!("arm/TrafficManagerProfile.2022-04-01.json"),
    aso_versions: &["v1api20220401"],
};
/// `TrafficManagerProfilesAzureEndpoint`: ARM type `Microsoft.Network/trafficmanagerprofiles/AzureEndpoints`, api-version `2022-04-01`.
pub static TRAFFIC_MANAGER_PROFILES_AZURE_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220401",
    kind: "TrafficManagerProfilesAzureEndpoint",
    plural: "trafficmanagerprofilesazureendpoints",
    arm_type: "Microsoft.Network/trafficmanagerprofiles/AzureEndpoints",
    api_version: "2022-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/trafficmanagerprofiles/{profileName}/AzureEndpoints/{endpointName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "TrafficManagerProfile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S66,
    status: &super::shapes::S67,
    exports: &[],
    arm_schema: include_str!("arm/TrafficManagerProfilesAzureEndpoint.2022-04-01.json"),
    aso_versions: &["v1api20220401"],
};
/// `TrafficManagerProfilesExternalEndpoint`: ARM type `Microsoft.Network/trafficmanagerprofiles/ExternalEndpoints`, api-version `2022-04-01`.
pub static TRAFFIC_MANAGER_PROFILES_EXTERNAL_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220401",
    kind: "TrafficManagerProfilesExternalEndpoint",
    plural: "trafficmanagerprofilesexternalendpoints",
    arm_type: "Microsoft.Network/trafficmanagerprofiles/ExternalEndpoints",
    api_version: "2022-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/trafficmanagerprofiles/{profileName}/ExternalEndpoints/{endpointName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "TrafficManagerProfile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S66,
    status: &super::shapes::S67,
    exports: &[],
    arm_schema: include_str!(
        "arm/TrafficManagerProfilesExternalEndpoint.2022-04-01.json"
    ),
    aso_versions: &["v1api20220401"],
};
/// `TrafficManagerProfilesNestedEndpoint`: ARM type `Microsoft.Network/trafficmanagerprofiles/NestedEndpoints`, api-version `2022-04-01`.
pub static TRAFFIC_MANAGER_PROFILES_NESTED_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "network",
    api_group: "network.azure.com",
    version: "v1api20220401",
    kind: "TrafficManagerProfilesNestedEndpoint",
    plural: "trafficmanagerprofilesnestedendpoints",
    arm_type: "Microsoft.Network/trafficmanagerprofiles/NestedEndpoints",
    api_version: "2022-04-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/trafficmanagerprofiles/{profileName}/NestedEndpoints/{endpointName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "network.azure.com",
        kind: "TrafficManagerProfile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S66,
    status: &super::shapes::S67,
    exports: &[],
    arm_schema: include_str!("arm/TrafficManagerProfilesNestedEndpoint.2022-04-01.json"),
    aso_versions: &["v1api20220401"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &TRAFFIC_MANAGER_PROFILE,
    &TRAFFIC_MANAGER_PROFILES_AZURE_ENDPOINT,
    &TRAFFIC_MANAGER_PROFILES_EXTERNAL_ENDPOINT,
    &TRAFFIC_MANAGER_PROFILES_NESTED_ENDPOINT,
];

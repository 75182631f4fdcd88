//! `cdn.azure.com/v1api20210601`.
/// `Profile`: ARM type `Microsoft.Cdn/profiles`, api-version `2021-06-01`.
pub static PROFILE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20210601",
    kind: "Profile",
    plural: "profiles",
    arm_type: "Microsoft.Cdn/profiles",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}",
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
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[],
    arm_schema: include_str!("arm/Profile.2021-06-01.json"),
    aso_versions: &["v1api20210601", "v1api20230501"],
};
/// `ProfilesEndpoint`: ARM type `Microsoft.Cdn/profiles/endpoints`, api-version `2021-06-01`.
pub static PROFILES_ENDPOINT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "cdn",
    api_group: "cdn.azure.com",
    version: "v1api20210601",
    kind: "ProfilesEndpoint",
    plural: "profilesendpoints",
    arm_type: "Microsoft.Cdn/profiles/endpoints",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Cdn/profiles/{profileName}/endpoints/{endpointName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "cdn.azure.com",
        kind: "Profile",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S13,
    status: &super::shapes::S19,
    exports: &[],
    arm_schema: include_str!("arm/ProfilesEndpoint.2021-06-01.json"),
    aso_versions: &["v1api20210601"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&PROFILE, &PROFILES_ENDPOINT];

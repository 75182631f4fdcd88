//! `web.azure.com/v1api20220301`.
/// `ServerFarm`: ARM type `Microsoft.Web/serverfarms`, api-version `2022-03-01`.
pub static SERVER_FARM: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "web",
    api_group: "web.azure.com",
    version: "v1api20220301",
    kind: "ServerFarm",
    plural: "serverfarms",
    arm_type: "Microsoft.Web/serverfarms",
    api_version: "2022-03-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/serverfarms/{name}",
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
    arm_schema: include_str!("arm/ServerFarm.2022-03-01.json"),
    aso_versions: &["v1api20220301"],
};
/// `Site`: ARM type `Microsoft.Web/sites`, api-version `2022-03-01`.
pub static SITE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "web",
    api_group: "web.azure.com",
    version: "v1api20220301",
    kind: "Site",
    plural: "sites",
    arm_type: "Microsoft.Web/sites",
    api_version: "2022-03-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites/{name}",
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
    spec: &super::shapes::S10,
    status: &super::shapes::S13,
    exports: &[],
    arm_schema: include_str!("arm/Site.2022-03-01.json"),
    aso_versions: &["v1api20220301"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&SERVER_FARM, &SITE];

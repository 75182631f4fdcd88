//! `containerregistry.azure.com/v1api20210901`.
/// `Registry`: ARM type `Microsoft.ContainerRegistry/registries`, api-version `2021-09-01`.
pub static REGISTRY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "containerregistry",
    api_group: "containerregistry.azure.com",
    version: "v1api20210901",
    kind: "Registry",
    plural: "registries",
    arm_type: "Microsoft.ContainerRegistry/registries",
    api_version: "2021-09-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z0-9]*$"),
        min_length: Some(5u64),
        max_length: Some(50u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[],
    arm_schema: include_str!("arm/Registry.2021-09-01.json"),
    aso_versions: &["v1api20210901"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&REGISTRY];

//! `containerinstance.azure.com/v1api20211001`.
/// `ContainerGroup`: ARM type `Microsoft.ContainerInstance/containerGroups`, api-version `2021-10-01`.
pub static CONTAINER_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "containerinstance",
    api_group: "containerinstance.azure.com",
    version: "v1api20211001",
    kind: "ContainerGroup",
    plural: "containergroups",
    arm_type: "Microsoft.ContainerInstance/containerGroups",
    api_version: "2021-10-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerInstance/containerGroups/{containerGroupName}",
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
    spec: &super::shapes::S9,
    status: &super::shapes::S12,
    exports: &[],
    arm_schema: include_str!("arm/ContainerGroup.2021-10-01.json"),
    aso_versions: &["v1api20211001"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&CONTAINER_GROUP];

//! `compute.azure.com/v1api20210701`.
/// `Image`: ARM type `Microsoft.Compute/images`, api-version `2021-07-01`.
pub static IMAGE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20210701",
    kind: "Image",
    plural: "images",
    arm_type: "Microsoft.Compute/images",
    api_version: "2021-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/images/{imageName}",
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
    spec: &super::shapes::S52,
    status: &super::shapes::S53,
    exports: &[],
    arm_schema: include_str!("arm/Image.2021-07-01.json"),
    aso_versions: &["v1api20210701", "v1api20220301"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&IMAGE];

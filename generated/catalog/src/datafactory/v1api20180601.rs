//! `datafactory.azure.com/v1api20180601`.
/// `Factory`: ARM type `Microsoft.DataFactory/factories`, api-version `2018-06-01`.
pub static FACTORY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "datafactory",
    api_group: "datafactory.azure.com",
    version: "v1api20180601",
    kind: "Factory",
    plural: "factories",
    arm_type: "Microsoft.DataFactory/factories",
    api_version: "2018-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DataFactory/factories/{factoryName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$"),
        min_length: Some(3u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/Factory.2018-06-01.json"),
    aso_versions: &["v1api20180601"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&FACTORY];

//! `compute.azure.com/v1api20220702`.
/// `DiskEncryptionSet`: ARM type `Microsoft.Compute/diskEncryptionSets`, api-version `2022-07-02`.
pub static DISK_ENCRYPTION_SET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20220702",
    kind: "DiskEncryptionSet",
    plural: "diskencryptionsets",
    arm_type: "Microsoft.Compute/diskEncryptionSets",
    api_version: "2022-07-02",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/diskEncryptionSets/{diskEncryptionSetName}",
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
    spec: &super::shapes::S98,
    status: &super::shapes::S99,
    exports: &[],
    arm_schema: include_str!("arm/DiskEncryptionSet.2022-07-02.json"),
    aso_versions: &["v1api20220702"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&DISK_ENCRYPTION_SET];

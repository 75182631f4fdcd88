//! `compute.azure.com/v1api20200930`.
/// `Disk`: ARM type `Microsoft.Compute/disks`, api-version `2020-09-30`.
pub static DISK: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20200930",
    kind: "Disk",
    plural: "disks",
    arm_type: "Microsoft.Compute/disks",
    api_version: "2020-09-30",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/disks/{diskName}",
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
    spec: &super::shapes::S8,
    status: &super::shapes::S9,
    exports: &[],
    arm_schema: include_str!("arm/Disk.2020-09-30.json"),
    aso_versions: &["v1api20200930"],
};
/// `Snapshot`: ARM type `Microsoft.Compute/snapshots`, api-version `2020-09-30`.
pub static SNAPSHOT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20200930",
    kind: "Snapshot",
    plural: "snapshots",
    arm_type: "Microsoft.Compute/snapshots",
    api_version: "2020-09-30",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/snapshots/{snapshotName}",
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
    status: &super::shapes::S11,
    exports: &[],
    arm_schema: include_str!("arm/Snapshot.2020-09-30.json"),
    aso_versions: &["v1api20200930"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&DISK, &SNAPSHOT];

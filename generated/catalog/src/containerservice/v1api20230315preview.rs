//! `containerservice.azure.com/v1api20230315preview`.
/// `Fleet`: ARM type `Microsoft.ContainerService/fleets`, api-version `2023-03-15-preview`.
pub static FLEET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "containerservice",
    api_group: "containerservice.azure.com",
    version: "v1api20230315preview",
    kind: "Fleet",
    plural: "fleets",
    arm_type: "Microsoft.ContainerService/fleets",
    api_version: "2023-03-15-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/fleets/{fleetName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"),
        min_length: Some(1u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S60,
    status: &super::shapes::S61,
    exports: &[
        aso_runtime::Export {
            key: "userCredentials",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/Fleet.2023-03-15-preview.json"),
    aso_versions: &["v1api20230315preview"],
};
/// `FleetsMember`: ARM type `Microsoft.ContainerService/fleets/members`, api-version `2023-03-15-preview`.
pub static FLEETS_MEMBER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "containerservice",
    api_group: "containerservice.azure.com",
    version: "v1api20230315preview",
    kind: "FleetsMember",
    plural: "fleetsmembers",
    arm_type: "Microsoft.ContainerService/fleets/members",
    api_version: "2023-03-15-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/fleets/{fleetName}/members/{fleetMemberName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "containerservice.azure.com",
        kind: "Fleet",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"),
        min_length: Some(1u64),
        max_length: Some(50u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S62,
    status: &super::shapes::S63,
    exports: &[],
    arm_schema: include_str!("arm/FleetsMember.2023-03-15-preview.json"),
    aso_versions: &["v1api20230315preview"],
};
/// `FleetsUpdateRun`: ARM type `Microsoft.ContainerService/fleets/updateRuns`, api-version `2023-03-15-preview`.
pub static FLEETS_UPDATE_RUN: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "containerservice",
    api_group: "containerservice.azure.com",
    version: "v1api20230315preview",
    kind: "FleetsUpdateRun",
    plural: "fleetsupdateruns",
    arm_type: "Microsoft.ContainerService/fleets/updateRuns",
    api_version: "2023-03-15-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/fleets/{fleetName}/updateRuns/{updateRunName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "containerservice.azure.com",
        kind: "Fleet",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"),
        min_length: Some(1u64),
        max_length: Some(50u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S66,
    status: &super::shapes::S67,
    exports: &[],
    arm_schema: include_str!("arm/FleetsUpdateRun.2023-03-15-preview.json"),
    aso_versions: &["v1api20230315preview"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &FLEET,
    &FLEETS_MEMBER,
    &FLEETS_UPDATE_RUN,
];

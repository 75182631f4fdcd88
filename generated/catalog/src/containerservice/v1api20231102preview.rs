//! `containerservice.azure.com/v1api20231102preview`.
/// `ManagedCluster`: ARM type `Microsoft.ContainerService/managedClusters`, api-version `2023-11-02-preview`.
pub static MANAGED_CLUSTER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "containerservice",
    api_group: "containerservice.azure.com",
    version: "v1api20231102preview",
    kind: "ManagedCluster",
    plural: "managedclusters",
    arm_type: "Microsoft.ContainerService/managedClusters",
    api_version: "2023-11-02-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z0-9]$|^[a-zA-Z0-9][-_a-zA-Z0-9]{0,61}[a-zA-Z0-9]$"),
        min_length: Some(1u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S93,
    status: &super::shapes::S94,
    exports: &[
        aso_runtime::Export {
            key: "adminCredentials",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "userCredentials",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "oidcIssuerProfile",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(
                &["oidcIssuerProfile", "issuerURL"],
            ),
        },
    ],
    arm_schema: include_str!("arm/ManagedCluster.2023-11-02-preview.json"),
    aso_versions: &[
        "v1api20210501",
        "v1api20230201",
        "v1api20230202preview",
        "v1api20231001",
        "v1api20231102preview",
        "v1api20240402preview",
    ],
};
/// `ManagedClustersAgentPool`: ARM type `Microsoft.ContainerService/managedClusters/agentPools`, api-version `2023-11-02-preview`.
pub static MANAGED_CLUSTERS_AGENT_POOL: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "containerservice",
    api_group: "containerservice.azure.com",
    version: "v1api20231102preview",
    kind: "ManagedClustersAgentPool",
    plural: "managedclustersagentpools",
    arm_type: "Microsoft.ContainerService/managedClusters/agentPools",
    api_version: "2023-11-02-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "containerservice.azure.com",
        kind: "ManagedCluster",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z][a-z0-9]{0,11}$"),
        min_length: Some(1u64),
        max_length: Some(12u64),
    }),
    payload: aso_runtime::Payload::ExplicitCollections,
    spec: &super::shapes::S95,
    status: &super::shapes::S96,
    exports: &[],
    arm_schema: include_str!("arm/ManagedClustersAgentPool.2023-11-02-preview.json"),
    aso_versions: &[
        "v1api20210501",
        "v1api20230201",
        "v1api20230202preview",
        "v1api20231001",
        "v1api20231102preview",
        "v1api20240402preview",
    ],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &MANAGED_CLUSTER,
    &MANAGED_CLUSTERS_AGENT_POOL,
];

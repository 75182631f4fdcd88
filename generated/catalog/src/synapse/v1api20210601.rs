//! `synapse.azure.com/v1api20210601`.
/// `Workspace`: ARM type `Microsoft.Synapse/workspaces`, api-version `2021-06-01`.
pub static WORKSPACE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "synapse",
    api_group: "synapse.azure.com",
    version: "v1api20210601",
    kind: "Workspace",
    plural: "workspaces",
    arm_type: "Microsoft.Synapse/workspaces",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Synapse/workspaces/{workspaceName}",
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
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/Workspace.2021-06-01.json"),
    aso_versions: &["v1api20210601"],
};
/// `WorkspacesBigDataPool`: ARM type `Microsoft.Synapse/workspaces/bigDataPools`, api-version `2021-06-01`.
pub static WORKSPACES_BIG_DATA_POOL: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "synapse",
    api_group: "synapse.azure.com",
    version: "v1api20210601",
    kind: "WorkspacesBigDataPool",
    plural: "workspacesbigdatapools",
    arm_type: "Microsoft.Synapse/workspaces/bigDataPools",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Synapse/workspaces/{workspaceName}/bigDataPools/{bigDataPoolName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "synapse.azure.com",
        kind: "Workspace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!("arm/WorkspacesBigDataPool.2021-06-01.json"),
    aso_versions: &["v1api20210601"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&WORKSPACE, &WORKSPACES_BIG_DATA_POOL];

//! `operationalinsights.azure.com/v1api20210601`.
/// `Workspace`: ARM type `Microsoft.OperationalInsights/workspaces`, api-version `2021-06-01`.
pub static WORKSPACE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "operationalinsights",
    api_group: "operationalinsights.azure.com",
    version: "v1api20210601",
    kind: "Workspace",
    plural: "workspaces",
    arm_type: "Microsoft.OperationalInsights/workspaces",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.OperationalInsights/workspaces/{workspaceName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[A-Za-z0-9][A-Za-z0-9-]+[A-Za-z0-9]$"),
        min_length: Some(4u64),
        max_length: Some(63u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S1,
    status: &super::shapes::S2,
    exports: &[],
    arm_schema: include_str!("arm/Workspace.2021-06-01.json"),
    aso_versions: &["v1api20210601"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&WORKSPACE];

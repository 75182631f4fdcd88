//! `monitor.azure.com/v1api20230403`.
/// `Account`: ARM type `Microsoft.Monitor/accounts`, api-version `2023-04-03`.
pub static ACCOUNT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "monitor",
    api_group: "monitor.azure.com",
    version: "v1api20230403",
    kind: "Account",
    plural: "accounts",
    arm_type: "Microsoft.Monitor/accounts",
    api_version: "2023-04-03",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Monitor/accounts/{azureMonitorWorkspaceName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^(?!-)[a-zA-Z0-9-]+[^-]$"),
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[],
    arm_schema: include_str!("arm/Account.2023-04-03.json"),
    aso_versions: &["v1api20230403"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&ACCOUNT];

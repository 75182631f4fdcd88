//! `dbformysql.azure.com/v1api20220101`.
/// `FlexibleServersAdministrator`: ARM type `Microsoft.DBforMySQL/flexibleServers/administrators`, api-version `2022-01-01`.
pub static FLEXIBLE_SERVERS_ADMINISTRATOR: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20220101",
    kind: "FlexibleServersAdministrator",
    plural: "flexibleserversadministrators",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/administrators",
    api_version: "2022-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}/administrators/ActiveDirectory",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbformysql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::Fixed("ActiveDirectory"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S10,
    status: &super::shapes::S11,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersAdministrator.2022-01-01.json"),
    aso_versions: &["v1api20220101", "v1api20230630"],
};
/// `FlexibleServersConfiguration`: ARM type `Microsoft.DBforMySQL/flexibleServers/configurations`, api-version `2022-01-01`.
pub static FLEXIBLE_SERVERS_CONFIGURATION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20220101",
    kind: "FlexibleServersConfiguration",
    plural: "flexibleserversconfigurations",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/configurations",
    api_version: "2022-01-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}/configurations/{configurationName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbformysql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z0-9_.-]+$"),
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S12,
    status: &super::shapes::S13,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersConfiguration.2022-01-01.json"),
    aso_versions: &["v1api20220101", "v1api20230630"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &FLEXIBLE_SERVERS_ADMINISTRATOR,
    &FLEXIBLE_SERVERS_CONFIGURATION,
];

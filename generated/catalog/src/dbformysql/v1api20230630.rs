//! `dbformysql.azure.com/v1api20230630`.
/// `FlexibleServer`: ARM type `Microsoft.DBforMySQL/flexibleServers`, api-version `2023-06-30`.
pub static FLEXIBLE_SERVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20230630",
    kind: "FlexibleServer",
    plural: "flexibleservers",
    arm_type: "Microsoft.DBforMySQL/flexibleServers",
    api_version: "2023-06-30",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-z0-9][-a-z0-9]*(?<!-)$"),
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S16,
    status: &super::shapes::S17,
    exports: &[
        aso_runtime::Export {
            key: "fullyQualifiedDomainName",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "administratorLogin",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["administratorLogin"]),
        },
        aso_runtime::Export {
            key: "fullyQualifiedDomainName",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["fullyQualifiedDomainName"]),
        },
    ],
    arm_schema: include_str!("arm/FlexibleServer.2023-06-30.json"),
    aso_versions: &["v1api20210501", "v1api20230630"],
};
/// `FlexibleServersAdministrator`: ARM type `Microsoft.DBforMySQL/flexibleServers/administrators`, api-version `2023-06-30`.
pub static FLEXIBLE_SERVERS_ADMINISTRATOR: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20230630",
    kind: "FlexibleServersAdministrator",
    plural: "flexibleserversadministrators",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/administrators",
    api_version: "2023-06-30",
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
    arm_schema: include_str!("arm/FlexibleServersAdministrator.2023-06-30.json"),
    aso_versions: &["v1api20220101", "v1api20230630"],
};
/// `FlexibleServersConfiguration`: ARM type `Microsoft.DBforMySQL/flexibleServers/configurations`, api-version `2023-06-30`.
pub static FLEXIBLE_SERVERS_CONFIGURATION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20230630",
    kind: "FlexibleServersConfiguration",
    plural: "flexibleserversconfigurations",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/configurations",
    api_version: "2023-06-30",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}/configurations/{configurationName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbformysql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S12,
    status: &super::shapes::S13,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersConfiguration.2023-06-30.json"),
    aso_versions: &["v1api20220101", "v1api20230630"],
};
/// `FlexibleServersDatabase`: ARM type `Microsoft.DBforMySQL/flexibleServers/databases`, api-version `2023-06-30`.
pub static FLEXIBLE_SERVERS_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20230630",
    kind: "FlexibleServersDatabase",
    plural: "flexibleserversdatabases",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/databases",
    api_version: "2023-06-30",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}/databases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbformysql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S6,
    status: &super::shapes::S7,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersDatabase.2023-06-30.json"),
    aso_versions: &["v1api20210501", "v1api20230630"],
};
/// `FlexibleServersFirewallRule`: ARM type `Microsoft.DBforMySQL/flexibleServers/firewallRules`, api-version `2023-06-30`.
pub static FLEXIBLE_SERVERS_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20230630",
    kind: "FlexibleServersFirewallRule",
    plural: "flexibleserversfirewallrules",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/firewallRules",
    api_version: "2023-06-30",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}/firewallRules/{firewallRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbformysql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z0-9][-_a-zA-Z0-9]{0,79}(?<!-)$"),
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S8,
    status: &super::shapes::S9,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersFirewallRule.2023-06-30.json"),
    aso_versions: &["v1api20210501", "v1api20230630"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &FLEXIBLE_SERVER,
    &FLEXIBLE_SERVERS_ADMINISTRATOR,
    &FLEXIBLE_SERVERS_CONFIGURATION,
    &FLEXIBLE_SERVERS_DATABASE,
    &FLEXIBLE_SERVERS_FIREWALL_RULE,
];

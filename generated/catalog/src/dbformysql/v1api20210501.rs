//! `dbformysql.azure.com/v1api20210501`.
/// `FlexibleServer`: ARM type `Microsoft.DBforMySQL/flexibleServers`, api-version `2021-05-01`.
pub static FLEXIBLE_SERVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20210501",
    kind: "FlexibleServer",
    plural: "flexibleservers",
    arm_type: "Microsoft.DBforMySQL/flexibleServers",
    api_version: "2021-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}",
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
    spec: &super::shapes::S4,
    status: &super::shapes::S5,
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
    arm_schema: include_str!("arm/FlexibleServer.2021-05-01.json"),
    aso_versions: &["v1api20210501", "v1api20230630"],
};
/// `FlexibleServersDatabase`: ARM type `Microsoft.DBforMySQL/flexibleServers/databases`, api-version `2021-05-01`.
pub static FLEXIBLE_SERVERS_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20210501",
    kind: "FlexibleServersDatabase",
    plural: "flexibleserversdatabases",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/databases",
    api_version: "2021-05-01",
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
    arm_schema: include_str!("arm/FlexibleServersDatabase.2021-05-01.json"),
    aso_versions: &["v1api20210501", "v1api20230630"],
};
/// `FlexibleServersFirewallRule`: ARM type `Microsoft.DBforMySQL/flexibleServers/firewallRules`, api-version `2021-05-01`.
pub static FLEXIBLE_SERVERS_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformysql",
    api_group: "dbformysql.azure.com",
    version: "v1api20210501",
    kind: "FlexibleServersFirewallRule",
    plural: "flexibleserversfirewallrules",
    arm_type: "Microsoft.DBforMySQL/flexibleServers/firewallRules",
    api_version: "2021-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMySQL/flexibleServers/{serverName}/firewallRules/{firewallRuleName}",
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
    spec: &super::shapes::S8,
    status: &super::shapes::S9,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersFirewallRule.2021-05-01.json"),
    aso_versions: &["v1api20210501", "v1api20230630"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &FLEXIBLE_SERVER,
    &FLEXIBLE_SERVERS_DATABASE,
    &FLEXIBLE_SERVERS_FIREWALL_RULE,
];

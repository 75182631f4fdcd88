//! `dbforpostgresql.azure.com/v1api20210601`.
/// `FlexibleServer`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers`, api-version `2021-06-01`.
pub static FLEXIBLE_SERVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20210601",
    kind: "FlexibleServer",
    plural: "flexibleservers",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}",
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
    spec: &super::shapes::S1,
    status: &super::shapes::S2,
    exports: &[
        aso_runtime::Export {
            key: "fullyQualifiedDomainName",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/FlexibleServer.2021-06-01.json"),
    aso_versions: &[
        "v1api20210601",
        "v1api20220120preview",
        "v1api20221201",
        "v1api20230601preview",
    ],
};
/// `FlexibleServersConfiguration`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers/configurations`, api-version `2021-06-01`.
pub static FLEXIBLE_SERVERS_CONFIGURATION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20210601",
    kind: "FlexibleServersConfiguration",
    plural: "flexibleserversconfigurations",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations/{configurationName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbforpostgresql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersConfiguration.2021-06-01.json"),
    aso_versions: &[
        "v1api20210601",
        "v1api20220120preview",
        "v1api20221201",
        "v1api20230601preview",
    ],
};
/// `FlexibleServersDatabase`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers/databases`, api-version `2021-06-01`.
pub static FLEXIBLE_SERVERS_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20210601",
    kind: "FlexibleServersDatabase",
    plural: "flexibleserversdatabases",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers/databases",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/databases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbforpostgresql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S5,
    status: &super::shapes::S6,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersDatabase.2021-06-01.json"),
    aso_versions: &[
        "v1api20210601",
        "v1api20220120preview",
        "v1api20221201",
        "v1api20230601preview",
    ],
};
/// `FlexibleServersFirewallRule`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers/firewallRules`, api-version `2021-06-01`.
pub static FLEXIBLE_SERVERS_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20210601",
    kind: "FlexibleServersFirewallRule",
    plural: "flexibleserversfirewallrules",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
    api_version: "2021-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/firewallRules/{firewallRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbforpostgresql.azure.com",
        kind: "FlexibleServer",
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
    arm_schema: include_str!("arm/FlexibleServersFirewallRule.2021-06-01.json"),
    aso_versions: &[
        "v1api20210601",
        "v1api20220120preview",
        "v1api20221201",
        "v1api20230601preview",
    ],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &FLEXIBLE_SERVER,
    &FLEXIBLE_SERVERS_CONFIGURATION,
    &FLEXIBLE_SERVERS_DATABASE,
    &FLEXIBLE_SERVERS_FIREWALL_RULE,
];

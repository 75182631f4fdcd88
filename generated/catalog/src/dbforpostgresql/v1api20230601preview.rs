//! `dbforpostgresql.azure.com/v1api20230601preview`.
/// `FlexibleServer`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers`, api-version `2023-06-01-preview`.
pub static FLEXIBLE_SERVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20230601preview",
    kind: "FlexibleServer",
    plural: "flexibleservers",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers",
    api_version: "2023-06-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"),
        min_length: Some(3u64),
        max_length: Some(63u64),
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
            key: "fullyQualifiedDomainName",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["fullyQualifiedDomainName"]),
        },
    ],
    arm_schema: include_str!("arm/FlexibleServer.2023-06-01-preview.json"),
    aso_versions: &[
        "v1api20210601",
        "v1api20220120preview",
        "v1api20221201",
        "v1api20230601preview",
    ],
};
/// `FlexibleServersConfiguration`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers/configurations`, api-version `2023-06-01-preview`.
pub static FLEXIBLE_SERVERS_CONFIGURATION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20230601preview",
    kind: "FlexibleServersConfiguration",
    plural: "flexibleserversconfigurations",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
    api_version: "2023-06-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations/{configurationName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbforpostgresql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[-\\w\\._]+$"),
        min_length: Some(1u64),
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersConfiguration.2023-06-01-preview.json"),
    aso_versions: &[
        "v1api20210601",
        "v1api20220120preview",
        "v1api20221201",
        "v1api20230601preview",
    ],
};
/// `FlexibleServersDatabase`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers/databases`, api-version `2023-06-01-preview`.
pub static FLEXIBLE_SERVERS_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20230601preview",
    kind: "FlexibleServersDatabase",
    plural: "flexibleserversdatabases",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers/databases",
    api_version: "2023-06-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/databases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbforpostgresql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[-\\w\\._]+$"),
        min_length: Some(1u64),
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S5,
    status: &super::shapes::S6,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersDatabase.2023-06-01-preview.json"),
    aso_versions: &[
        "v1api20210601",
        "v1api20220120preview",
        "v1api20221201",
        "v1api20230601preview",
    ],
};
/// `FlexibleServersFirewallRule`: ARM type `Microsoft.DBforPostgreSQL/flexibleServers/firewallRules`, api-version `2023-06-01-preview`.
pub static FLEXIBLE_SERVERS_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbforpostgresql",
    api_group: "dbforpostgresql.azure.com",
    version: "v1api20230601preview",
    kind: "FlexibleServersFirewallRule",
    plural: "flexibleserversfirewallrules",
    arm_type: "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
    api_version: "2023-06-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/firewallRules/{firewallRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbforpostgresql.azure.com",
        kind: "FlexibleServer",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[-\\w\\._]+$"),
        min_length: Some(1u64),
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[],
    arm_schema: include_str!("arm/FlexibleServersFirewallRule.2023-06-01-preview.json"),
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

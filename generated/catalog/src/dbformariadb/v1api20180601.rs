//! `dbformariadb.azure.com/v1api20180601`.
/// `Configuration`: ARM type `Microsoft.DBforMariaDB/servers/configurations`, api-version `2018-06-01`.
pub static CONFIGURATION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformariadb",
    api_group: "dbformariadb.azure.com",
    version: "v1api20180601",
    kind: "Configuration",
    plural: "configurations",
    arm_type: "Microsoft.DBforMariaDB/servers/configurations",
    api_version: "2018-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMariaDB/servers/{serverName}/configurations/{configurationName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbformariadb.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[],
    arm_schema: include_str!("arm/Configuration.2018-06-01.json"),
    aso_versions: &["v1api20180601"],
};
/// `Database`: ARM type `Microsoft.DBforMariaDB/servers/databases`, api-version `2018-06-01`.
pub static DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformariadb",
    api_group: "dbformariadb.azure.com",
    version: "v1api20180601",
    kind: "Database",
    plural: "databases",
    arm_type: "Microsoft.DBforMariaDB/servers/databases",
    api_version: "2018-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMariaDB/servers/{serverName}/databases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "dbformariadb.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[],
    arm_schema: include_str!("arm/Database.2018-06-01.json"),
    aso_versions: &["v1api20180601"],
};
/// `Server`: ARM type `Microsoft.DBforMariaDB/servers`, api-version `2018-06-01`.
pub static SERVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "dbformariadb",
    api_group: "dbformariadb.azure.com",
    version: "v1api20180601",
    kind: "Server",
    plural: "servers",
    arm_type: "Microsoft.DBforMariaDB/servers",
    api_version: "2018-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforMariaDB/servers/{serverName}",
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
    exports: &[
        aso_runtime::Export {
            key: "fullyQualifiedDomainName",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/Server.2018-06-01.json"),
    aso_versions: &["v1api20180601"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&CONFIGURATION, &DATABASE, &SERVER];

//! `sql.azure.com/v1api20211101`.
/// `Server`: ARM type `Microsoft.Sql/servers`, api-version `2021-11-01`.
pub static SERVER: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "Server",
    plural: "servers",
    arm_type: "Microsoft.Sql/servers",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}",
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
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[aso_runtime::Export {
        key: "fullyQualifiedDomainName",
        target: aso_runtime::ExportTarget::ConfigMap,
        source: aso_runtime::ExportSource::Status(&["fullyQualifiedDomainName"]),
    }],
    arm_schema: include_str!("arm/Server.2021-11-01.json"),
};
/// `ServersAdministrator`: ARM type `Microsoft.Sql/servers/administrators`, api-version `2021-11-01`.
pub static SERVERS_ADMINISTRATOR: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersAdministrator",
    plural: "serversadministrators",
    arm_type: "Microsoft.Sql/servers/administrators",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/administrators/ActiveDirectory",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::Fixed("ActiveDirectory"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S4,
    status: &super::shapes::S5,
    exports: &[],
    arm_schema: include_str!("arm/ServersAdministrator.2021-11-01.json"),
};
/// `ServersAdvancedThreatProtectionSetting`: ARM type `Microsoft.Sql/servers/advancedThreatProtectionSettings`, api-version `2021-11-01`.
pub static SERVERS_ADVANCED_THREAT_PROTECTION_SETTING: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "sql",
        api_group: "sql.azure.com",
        version: "v1api20211101",
        kind: "ServersAdvancedThreatProtectionSetting",
        plural: "serversadvancedthreatprotectionsettings",
        arm_type: "Microsoft.Sql/servers/advancedThreatProtectionSettings",
        api_version: "2021-11-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/advancedThreatProtectionSettings/Default",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "sql.azure.com",
            kind: "Server",
        }),
        azure_name: aso_runtime::AzureName::Fixed("Default"),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S6,
        status: &super::shapes::S7,
        exports: &[],
        arm_schema: include_str!("arm/ServersAdvancedThreatProtectionSetting.2021-11-01.json"),
    };
/// `ServersAuditingSetting`: ARM type `Microsoft.Sql/servers/auditingSettings`, api-version `2021-11-01`.
pub static SERVERS_AUDITING_SETTING: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersAuditingSetting",
    plural: "serversauditingsettings",
    arm_type: "Microsoft.Sql/servers/auditingSettings",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/auditingSettings/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S8,
    status: &super::shapes::S9,
    exports: &[],
    arm_schema: include_str!("arm/ServersAuditingSetting.2021-11-01.json"),
};
/// `ServersAzureADOnlyAuthentication`: ARM type `Microsoft.Sql/servers/azureADOnlyAuthentications`, api-version `2021-11-01`.
pub static SERVERS_AZURE_AD_ONLY_AUTHENTICATION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersAzureADOnlyAuthentication",
    plural: "serversazureadonlyauthentications",
    arm_type: "Microsoft.Sql/servers/azureADOnlyAuthentications",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/azureADOnlyAuthentications/Default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::Fixed("Default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S10,
    status: &super::shapes::S11,
    exports: &[],
    arm_schema: include_str!("arm/ServersAzureADOnlyAuthentication.2021-11-01.json"),
};
/// `ServersConnectionPolicy`: ARM type `Microsoft.Sql/servers/connectionPolicies`, api-version `2021-11-01`.
pub static SERVERS_CONNECTION_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersConnectionPolicy",
    plural: "serversconnectionpolicies",
    arm_type: "Microsoft.Sql/servers/connectionPolicies",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/connectionPolicies/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S12,
    status: &super::shapes::S13,
    exports: &[],
    arm_schema: include_str!("arm/ServersConnectionPolicy.2021-11-01.json"),
};
/// `ServersDatabase`: ARM type `Microsoft.Sql/servers/databases`, api-version `2021-11-01`.
pub static SERVERS_DATABASE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersDatabase",
    plural: "serversdatabases",
    arm_type: "Microsoft.Sql/servers/databases",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S14,
    status: &super::shapes::S15,
    exports: &[],
    arm_schema: include_str!("arm/ServersDatabase.2021-11-01.json"),
};
/// `ServersDatabasesAdvancedThreatProtectionSetting`: ARM type `Microsoft.Sql/servers/databases/advancedThreatProtectionSettings`, api-version `2021-11-01`.
pub static SERVERS_DATABASES_ADVANCED_THREAT_PROTECTION_SETTING: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "sql",
        api_group: "sql.azure.com",
        version: "v1api20211101",
        kind: "ServersDatabasesAdvancedThreatProtectionSetting",
        plural: "serversdatabasesadvancedthreatprotectionsettings",
        arm_type: "Microsoft.Sql/servers/databases/advancedThreatProtectionSettings",
        api_version: "2021-11-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/advancedThreatProtectionSettings/Default",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "sql.azure.com",
            kind: "ServersDatabase",
        }),
        azure_name: aso_runtime::AzureName::Fixed("Default"),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S6,
        status: &super::shapes::S7,
        exports: &[],
        arm_schema: include_str!(
            "arm/ServersDatabasesAdvancedThreatProtectionSetting.2021-11-01.json"
        ),
    };
/// `ServersDatabasesAuditingSetting`: ARM type `Microsoft.Sql/servers/databases/auditingSettings`, api-version `2021-11-01`.
pub static SERVERS_DATABASES_AUDITING_SETTING: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersDatabasesAuditingSetting",
    plural: "serversdatabasesauditingsettings",
    arm_type: "Microsoft.Sql/servers/databases/auditingSettings",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/auditingSettings/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "ServersDatabase",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S16,
    status: &super::shapes::S17,
    exports: &[],
    arm_schema: include_str!("arm/ServersDatabasesAuditingSetting.2021-11-01.json"),
};
/// `ServersDatabasesBackupLongTermRetentionPolicy`: ARM type `Microsoft.Sql/servers/databases/backupLongTermRetentionPolicies`, api-version `2021-11-01`.
pub static SERVERS_DATABASES_BACKUP_LONG_TERM_RETENTION_POLICY: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "sql",
        api_group: "sql.azure.com",
        version: "v1api20211101",
        kind: "ServersDatabasesBackupLongTermRetentionPolicy",
        plural: "serversdatabasesbackuplongtermretentionpolicies",
        arm_type: "Microsoft.Sql/servers/databases/backupLongTermRetentionPolicies",
        api_version: "2021-11-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/backupLongTermRetentionPolicies/default",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "sql.azure.com",
            kind: "ServersDatabase",
        }),
        azure_name: aso_runtime::AzureName::Fixed("default"),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S18,
        status: &super::shapes::S19,
        exports: &[],
        arm_schema: include_str!(
            "arm/ServersDatabasesBackupLongTermRetentionPolicy.2021-11-01.json"
        ),
    };
/// `ServersDatabasesBackupShortTermRetentionPolicy`: ARM type `Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies`, api-version `2021-11-01`.
pub static SERVERS_DATABASES_BACKUP_SHORT_TERM_RETENTION_POLICY: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "sql",
        api_group: "sql.azure.com",
        version: "v1api20211101",
        kind: "ServersDatabasesBackupShortTermRetentionPolicy",
        plural: "serversdatabasesbackupshorttermretentionpolicies",
        arm_type: "Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies",
        api_version: "2021-11-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/backupShortTermRetentionPolicies/default",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "sql.azure.com",
            kind: "ServersDatabase",
        }),
        azure_name: aso_runtime::AzureName::Fixed("default"),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S20,
        status: &super::shapes::S21,
        exports: &[],
        arm_schema: include_str!(
            "arm/ServersDatabasesBackupShortTermRetentionPolicy.2021-11-01.json"
        ),
    };
/// `ServersDatabasesSecurityAlertPolicy`: ARM type `Microsoft.Sql/servers/databases/securityAlertPolicies`, api-version `2021-11-01`.
pub static SERVERS_DATABASES_SECURITY_ALERT_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersDatabasesSecurityAlertPolicy",
    plural: "serversdatabasessecurityalertpolicies",
    arm_type: "Microsoft.Sql/servers/databases/securityAlertPolicies",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/securityAlertPolicies/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "ServersDatabase",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S22,
    status: &super::shapes::S23,
    exports: &[],
    arm_schema: include_str!("arm/ServersDatabasesSecurityAlertPolicy.2021-11-01.json"),
};
/// `ServersDatabasesTransparentDataEncryption`: ARM type `Microsoft.Sql/servers/databases/transparentDataEncryption`, api-version `2021-11-01`.
pub static SERVERS_DATABASES_TRANSPARENT_DATA_ENCRYPTION: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "sql",
        api_group: "sql.azure.com",
        version: "v1api20211101",
        kind: "ServersDatabasesTransparentDataEncryption",
        plural: "serversdatabasestransparentdataencryptions",
        arm_type: "Microsoft.Sql/servers/databases/transparentDataEncryption",
        api_version: "2021-11-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/transparentDataEncryption/current",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "sql.azure.com",
            kind: "ServersDatabase",
        }),
        azure_name: aso_runtime::AzureName::Fixed("current"),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S6,
        status: &super::shapes::S24,
        exports: &[],
        arm_schema: include_str!("arm/ServersDatabasesTransparentDataEncryption.2021-11-01.json"),
    };
/// `ServersDatabasesVulnerabilityAssessment`: ARM type `Microsoft.Sql/servers/databases/vulnerabilityAssessments`, api-version `2021-11-01`.
pub static SERVERS_DATABASES_VULNERABILITY_ASSESSMENT: aso_runtime::KindInfo =
    aso_runtime::KindInfo {
        group: "sql",
        api_group: "sql.azure.com",
        version: "v1api20211101",
        kind: "ServersDatabasesVulnerabilityAssessment",
        plural: "serversdatabasesvulnerabilityassessments",
        arm_type: "Microsoft.Sql/servers/databases/vulnerabilityAssessments",
        api_version: "2021-11-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/databases/{databaseName}/vulnerabilityAssessments/default",
        scope: aso_runtime::Scope::ResourceGroup,
        owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
            group: "sql.azure.com",
            kind: "ServersDatabase",
        }),
        azure_name: aso_runtime::AzureName::Fixed("default"),
        payload: aso_runtime::Payload::OmitEmpty,
        spec: &super::shapes::S25,
        status: &super::shapes::S26,
        exports: &[],
        arm_schema: include_str!("arm/ServersDatabasesVulnerabilityAssessment.2021-11-01.json"),
    };
/// `ServersElasticPool`: ARM type `Microsoft.Sql/servers/elasticPools`, api-version `2021-11-01`.
pub static SERVERS_ELASTIC_POOL: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersElasticPool",
    plural: "serverselasticpools",
    arm_type: "Microsoft.Sql/servers/elasticPools",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/elasticPools/{elasticPoolName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S27,
    status: &super::shapes::S28,
    exports: &[],
    arm_schema: include_str!("arm/ServersElasticPool.2021-11-01.json"),
};
/// `ServersFailoverGroup`: ARM type `Microsoft.Sql/servers/failoverGroups`, api-version `2021-11-01`.
pub static SERVERS_FAILOVER_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersFailoverGroup",
    plural: "serversfailovergroups",
    arm_type: "Microsoft.Sql/servers/failoverGroups",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/failoverGroups/{failoverGroupName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S30,
    status: &super::shapes::S31,
    exports: &[],
    arm_schema: include_str!("arm/ServersFailoverGroup.2021-11-01.json"),
};
/// `ServersFirewallRule`: ARM type `Microsoft.Sql/servers/firewallRules`, api-version `2021-11-01`.
pub static SERVERS_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersFirewallRule",
    plural: "serversfirewallrules",
    arm_type: "Microsoft.Sql/servers/firewallRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/firewallRules/{firewallRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S32,
    status: &super::shapes::S33,
    exports: &[],
    arm_schema: include_str!("arm/ServersFirewallRule.2021-11-01.json"),
};
/// `ServersIPV6FirewallRule`: ARM type `Microsoft.Sql/servers/ipv6FirewallRules`, api-version `2021-11-01`.
pub static SERVERS_IPV6_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersIPV6FirewallRule",
    plural: "serversipv6firewallrules",
    arm_type: "Microsoft.Sql/servers/ipv6FirewallRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/ipv6FirewallRules/{firewallRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S34,
    status: &super::shapes::S35,
    exports: &[],
    arm_schema: include_str!("arm/ServersIPV6FirewallRule.2021-11-01.json"),
};
/// `ServersOutboundFirewallRule`: ARM type `Microsoft.Sql/servers/outboundFirewallRules`, api-version `2021-11-01`.
pub static SERVERS_OUTBOUND_FIREWALL_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersOutboundFirewallRule",
    plural: "serversoutboundfirewallrules",
    arm_type: "Microsoft.Sql/servers/outboundFirewallRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/outboundFirewallRules/{outboundRuleFqdn}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S36,
    exports: &[],
    arm_schema: include_str!("arm/ServersOutboundFirewallRule.2021-11-01.json"),
};
/// `ServersSecurityAlertPolicy`: ARM type `Microsoft.Sql/servers/securityAlertPolicies`, api-version `2021-11-01`.
pub static SERVERS_SECURITY_ALERT_POLICY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersSecurityAlertPolicy",
    plural: "serverssecurityalertpolicies",
    arm_type: "Microsoft.Sql/servers/securityAlertPolicies",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/securityAlertPolicies/Default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::Fixed("Default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S22,
    status: &super::shapes::S23,
    exports: &[],
    arm_schema: include_str!("arm/ServersSecurityAlertPolicy.2021-11-01.json"),
};
/// `ServersVirtualNetworkRule`: ARM type `Microsoft.Sql/servers/virtualNetworkRules`, api-version `2021-11-01`.
pub static SERVERS_VIRTUAL_NETWORK_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersVirtualNetworkRule",
    plural: "serversvirtualnetworkrules",
    arm_type: "Microsoft.Sql/servers/virtualNetworkRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/virtualNetworkRules/{virtualNetworkRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S37,
    status: &super::shapes::S38,
    exports: &[],
    arm_schema: include_str!("arm/ServersVirtualNetworkRule.2021-11-01.json"),
};
/// `ServersVulnerabilityAssessment`: ARM type `Microsoft.Sql/servers/vulnerabilityAssessments`, api-version `2021-11-01`.
pub static SERVERS_VULNERABILITY_ASSESSMENT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "sql",
    api_group: "sql.azure.com",
    version: "v1api20211101",
    kind: "ServersVulnerabilityAssessment",
    plural: "serversvulnerabilityassessments",
    arm_type: "Microsoft.Sql/servers/vulnerabilityAssessments",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}/vulnerabilityAssessments/default",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "sql.azure.com",
        kind: "Server",
    }),
    azure_name: aso_runtime::AzureName::Fixed("default"),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S25,
    status: &super::shapes::S26,
    exports: &[],
    arm_schema: include_str!("arm/ServersVulnerabilityAssessment.2021-11-01.json"),
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &SERVER,
    &SERVERS_ADMINISTRATOR,
    &SERVERS_ADVANCED_THREAT_PROTECTION_SETTING,
    &SERVERS_AUDITING_SETTING,
    &SERVERS_AZURE_AD_ONLY_AUTHENTICATION,
    &SERVERS_CONNECTION_POLICY,
    &SERVERS_DATABASE,
    &SERVERS_DATABASES_ADVANCED_THREAT_PROTECTION_SETTING,
    &SERVERS_DATABASES_AUDITING_SETTING,
    &SERVERS_DATABASES_BACKUP_LONG_TERM_RETENTION_POLICY,
    &SERVERS_DATABASES_BACKUP_SHORT_TERM_RETENTION_POLICY,
    &SERVERS_DATABASES_SECURITY_ALERT_POLICY,
    &SERVERS_DATABASES_TRANSPARENT_DATA_ENCRYPTION,
    &SERVERS_DATABASES_VULNERABILITY_ASSESSMENT,
    &SERVERS_ELASTIC_POOL,
    &SERVERS_FAILOVER_GROUP,
    &SERVERS_FIREWALL_RULE,
    &SERVERS_IPV6_FIREWALL_RULE,
    &SERVERS_OUTBOUND_FIREWALL_RULE,
    &SERVERS_SECURITY_ALERT_POLICY,
    &SERVERS_VIRTUAL_NETWORK_RULE,
    &SERVERS_VULNERABILITY_ASSESSMENT,
];

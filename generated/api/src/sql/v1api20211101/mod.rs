//! `sql.azure.com/v1api20211101`: [`Server`], [`ServersAdministrator`], [`ServersAdvancedThreatProtectionSetting`], [`ServersAuditingSetting`], [`ServersAzureADOnlyAuthentication`], [`ServersConnectionPolicy`], [`ServersDatabase`], [`ServersDatabasesAdvancedThreatProtectionSetting`], [`ServersDatabasesAuditingSetting`], [`ServersDatabasesBackupLongTermRetentionPolicy`], [`ServersDatabasesBackupShortTermRetentionPolicy`], [`ServersDatabasesSecurityAlertPolicy`], [`ServersDatabasesTransparentDataEncryption`], [`ServersDatabasesVulnerabilityAssessment`], [`ServersElasticPool`], [`ServersFailoverGroup`], [`ServersFirewallRule`], [`ServersIPV6FirewallRule`], [`ServersOutboundFirewallRule`], [`ServersSecurityAlertPolicy`], [`ServersVirtualNetworkRule`], [`ServersVulnerabilityAssessment`].
pub mod spec;
pub mod status;
pub use spec::{
    ServerSpec, ServersAdministratorSpec, ServersAdvancedThreatProtectionSettingSpec,
    ServersAuditingSettingSpec, ServersAzureAdOnlyAuthenticationSpec,
    ServersConnectionPolicySpec, ServersDatabaseSpec,
    ServersDatabasesAdvancedThreatProtectionSettingSpec,
    ServersDatabasesAuditingSettingSpec,
    ServersDatabasesBackupLongTermRetentionPolicySpec,
    ServersDatabasesBackupShortTermRetentionPolicySpec,
    ServersDatabasesSecurityAlertPolicySpec,
    ServersDatabasesTransparentDataEncryptionSpec,
    ServersDatabasesVulnerabilityAssessmentSpec, ServersElasticPoolSpec,
    ServersFailoverGroupSpec, ServersFirewallRuleSpec, ServersIpv6FirewallRuleSpec,
    ServersOutboundFirewallRuleSpec, ServersSecurityAlertPolicySpec,
    ServersVirtualNetworkRuleSpec, ServersVulnerabilityAssessmentSpec,
};
pub use status::{
    ServerStatus, ServersAdministratorStatus,
    ServersAdvancedThreatProtectionSettingStatus, ServersAuditingSettingStatus,
    ServersAzureAdOnlyAuthenticationStatus, ServersConnectionPolicyStatus,
    ServersDatabaseStatus, ServersDatabasesAdvancedThreatProtectionSettingStatus,
    ServersDatabasesAuditingSettingStatus,
    ServersDatabasesBackupLongTermRetentionPolicyStatus,
    ServersDatabasesBackupShortTermRetentionPolicyStatus,
    ServersDatabasesSecurityAlertPolicyStatus,
    ServersDatabasesTransparentDataEncryptionStatus,
    ServersDatabasesVulnerabilityAssessmentStatus, ServersElasticPoolStatus,
    ServersFailoverGroupStatus, ServersFirewallRuleStatus, ServersIpv6FirewallRuleStatus,
    ServersOutboundFirewallRuleStatus, ServersSecurityAlertPolicyStatus,
    ServersVirtualNetworkRuleStatus, ServersVulnerabilityAssessmentStatus,
};
/// An Azure SQL Database server.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: Server` (resource `servers`) |
/// | Azure | `Microsoft.Sql/servers`, api-version `2021-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `fullyQualifiedDomainName` |
///
/// Spec: [`ServerSpec`]; status: [`ServerStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Server {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServerSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServerStatus>,
}
aso_runtime::impl_azure_resource!(
    Server, spec::ServerSpec, status::ServerStatus,
    ::aso_catalog::sql::v1api20211101::SERVER
);
/// Azure Active Directory administrator.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersAdministrator` (resource `serversadministrators`) |
/// | Azure | `Microsoft.Sql/servers/administrators`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `ActiveDirectory` |
///
/// Spec: [`ServersAdministratorSpec`]; status: [`ServersAdministratorStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_ADMINISTRATOR`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersAdministrator {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersAdministratorSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersAdministratorStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersAdministrator, spec::ServersAdministratorSpec,
    status::ServersAdministratorStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_ADMINISTRATOR
);
/// A server Advanced Threat Protection.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersAdvancedThreatProtectionSetting` (resource `serversadvancedthreatprotectionsettings`) |
/// | Azure | `Microsoft.Sql/servers/advancedThreatProtectionSettings`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `Default` |
///
/// Spec: [`ServersAdvancedThreatProtectionSettingSpec`]; status: [`ServersAdvancedThreatProtectionSettingStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_ADVANCED_THREAT_PROTECTION_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersAdvancedThreatProtectionSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersAdvancedThreatProtectionSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::ServersAdvancedThreatProtectionSettingStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    ServersAdvancedThreatProtectionSetting,
    spec::ServersAdvancedThreatProtectionSettingSpec,
    status::ServersAdvancedThreatProtectionSettingStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_ADVANCED_THREAT_PROTECTION_SETTING
);
/// A server blob auditing policy.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersAuditingSetting` (resource `serversauditingsettings`) |
/// | Azure | `Microsoft.Sql/servers/auditingSettings`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersAuditingSettingSpec`]; status: [`ServersAuditingSettingStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_AUDITING_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersAuditingSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersAuditingSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersAuditingSettingStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersAuditingSetting, spec::ServersAuditingSettingSpec,
    status::ServersAuditingSettingStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_AUDITING_SETTING
);
/// Azure Active Directory only authentication.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersAzureADOnlyAuthentication` (resource `serversazureadonlyauthentications`) |
/// | Azure | `Microsoft.Sql/servers/azureADOnlyAuthentications`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `Default` |
///
/// Spec: [`ServersAzureAdOnlyAuthenticationSpec`]; status: [`ServersAzureAdOnlyAuthenticationStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_AZURE_AD_ONLY_AUTHENTICATION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersAzureADOnlyAuthentication {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersAzureAdOnlyAuthenticationSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersAzureAdOnlyAuthenticationStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersAzureADOnlyAuthentication, spec::ServersAzureAdOnlyAuthenticationSpec,
    status::ServersAzureAdOnlyAuthenticationStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_AZURE_AD_ONLY_AUTHENTICATION
);
/// A server connection policy
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersConnectionPolicy` (resource `serversconnectionpolicies`) |
/// | Azure | `Microsoft.Sql/servers/connectionPolicies`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersConnectionPolicySpec`]; status: [`ServersConnectionPolicyStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_CONNECTION_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersConnectionPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersConnectionPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersConnectionPolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersConnectionPolicy, spec::ServersConnectionPolicySpec,
    status::ServersConnectionPolicyStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_CONNECTION_POLICY
);
/// A database resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabase` (resource `serversdatabases`) |
/// | Azure | `Microsoft.Sql/servers/databases`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServersDatabaseSpec`]; status: [`ServersDatabaseStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabase {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabaseSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersDatabaseStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersDatabase, spec::ServersDatabaseSpec, status::ServersDatabaseStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASE
);
/// A database Advanced Threat Protection.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabasesAdvancedThreatProtectionSetting` (resource `serversdatabasesadvancedthreatprotectionsettings`) |
/// | Azure | `Microsoft.Sql/servers/databases/advancedThreatProtectionSettings`, api-version `2021-11-01` |
/// | Owner | a `ServersDatabase` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `Default` |
///
/// Spec: [`ServersDatabasesAdvancedThreatProtectionSettingSpec`]; status: [`ServersDatabasesAdvancedThreatProtectionSettingStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASES_ADVANCED_THREAT_PROTECTION_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabasesAdvancedThreatProtectionSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabasesAdvancedThreatProtectionSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::ServersDatabasesAdvancedThreatProtectionSettingStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    ServersDatabasesAdvancedThreatProtectionSetting,
    spec::ServersDatabasesAdvancedThreatProtectionSettingSpec,
    status::ServersDatabasesAdvancedThreatProtectionSettingStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASES_ADVANCED_THREAT_PROTECTION_SETTING
);
/// A database blob auditing policy.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabasesAuditingSetting` (resource `serversdatabasesauditingsettings`) |
/// | Azure | `Microsoft.Sql/servers/databases/auditingSettings`, api-version `2021-11-01` |
/// | Owner | a `ServersDatabase` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersDatabasesAuditingSettingSpec`]; status: [`ServersDatabasesAuditingSettingStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASES_AUDITING_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabasesAuditingSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabasesAuditingSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersDatabasesAuditingSettingStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersDatabasesAuditingSetting, spec::ServersDatabasesAuditingSettingSpec,
    status::ServersDatabasesAuditingSettingStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASES_AUDITING_SETTING
);
/// A long term retention policy.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabasesBackupLongTermRetentionPolicy` (resource `serversdatabasesbackuplongtermretentionpolicies`) |
/// | Azure | `Microsoft.Sql/servers/databases/backupLongTermRetentionPolicies`, api-version `2021-11-01` |
/// | Owner | a `ServersDatabase` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersDatabasesBackupLongTermRetentionPolicySpec`]; status: [`ServersDatabasesBackupLongTermRetentionPolicyStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASES_BACKUP_LONG_TERM_RETENTION_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabasesBackupLongTermRetentionPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabasesBackupLongTermRetentionPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::ServersDatabasesBackupLongTermRetentionPolicyStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    ServersDatabasesBackupLongTermRetentionPolicy,
    spec::ServersDatabasesBackupLongTermRetentionPolicySpec,
    status::ServersDatabasesBackupLongTermRetentionPolicyStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASES_BACKUP_LONG_TERM_RETENTION_POLICY
);
/// A short term retention policy.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabasesBackupShortTermRetentionPolicy` (resource `serversdatabasesbackupshorttermretentionpolicies`) |
/// | Azure | `Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies`, api-version `2021-11-01` |
/// | Owner | a `ServersDatabase` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersDatabasesBackupShortTermRetentionPolicySpec`]; status: [`ServersDatabasesBackupShortTermRetentionPolicyStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASES_BACKUP_SHORT_TERM_RETENTION_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabasesBackupShortTermRetentionPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabasesBackupShortTermRetentionPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::ServersDatabasesBackupShortTermRetentionPolicyStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    ServersDatabasesBackupShortTermRetentionPolicy,
    spec::ServersDatabasesBackupShortTermRetentionPolicySpec,
    status::ServersDatabasesBackupShortTermRetentionPolicyStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASES_BACKUP_SHORT_TERM_RETENTION_POLICY
);
/// A database security alert policy.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabasesSecurityAlertPolicy` (resource `serversdatabasessecurityalertpolicies`) |
/// | Azure | `Microsoft.Sql/servers/databases/securityAlertPolicies`, api-version `2021-11-01` |
/// | Owner | a `ServersDatabase` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersDatabasesSecurityAlertPolicySpec`]; status: [`ServersDatabasesSecurityAlertPolicyStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASES_SECURITY_ALERT_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabasesSecurityAlertPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabasesSecurityAlertPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::ServersDatabasesSecurityAlertPolicyStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    ServersDatabasesSecurityAlertPolicy, spec::ServersDatabasesSecurityAlertPolicySpec,
    status::ServersDatabasesSecurityAlertPolicyStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASES_SECURITY_ALERT_POLICY
);
/// A logical database transparent data encryption state.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabasesTransparentDataEncryption` (resource `serversdatabasestransparentdataencryptions`) |
/// | Azure | `Microsoft.Sql/servers/databases/transparentDataEncryption`, api-version `2021-11-01` |
/// | Owner | a `ServersDatabase` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `current` |
///
/// Spec: [`ServersDatabasesTransparentDataEncryptionSpec`]; status: [`ServersDatabasesTransparentDataEncryptionStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASES_TRANSPARENT_DATA_ENCRYPTION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabasesTransparentDataEncryption {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabasesTransparentDataEncryptionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::ServersDatabasesTransparentDataEncryptionStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    ServersDatabasesTransparentDataEncryption,
    spec::ServersDatabasesTransparentDataEncryptionSpec,
    status::ServersDatabasesTransparentDataEncryptionStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASES_TRANSPARENT_DATA_ENCRYPTION
);
/// A database vulnerability assessment.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersDatabasesVulnerabilityAssessment` (resource `serversdatabasesvulnerabilityassessments`) |
/// | Azure | `Microsoft.Sql/servers/databases/vulnerabilityAssessments`, api-version `2021-11-01` |
/// | Owner | a `ServersDatabase` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersDatabasesVulnerabilityAssessmentSpec`]; status: [`ServersDatabasesVulnerabilityAssessmentStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_DATABASES_VULNERABILITY_ASSESSMENT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersDatabasesVulnerabilityAssessment {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersDatabasesVulnerabilityAssessmentSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::ServersDatabasesVulnerabilityAssessmentStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    ServersDatabasesVulnerabilityAssessment,
    spec::ServersDatabasesVulnerabilityAssessmentSpec,
    status::ServersDatabasesVulnerabilityAssessmentStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_DATABASES_VULNERABILITY_ASSESSMENT
);
/// An elastic pool.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersElasticPool` (resource `serverselasticpools`) |
/// | Azure | `Microsoft.Sql/servers/elasticPools`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServersElasticPoolSpec`]; status: [`ServersElasticPoolStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_ELASTIC_POOL`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersElasticPool {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersElasticPoolSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersElasticPoolStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersElasticPool, spec::ServersElasticPoolSpec, status::ServersElasticPoolStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_ELASTIC_POOL
);
/// A failover group.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersFailoverGroup` (resource `serversfailovergroups`) |
/// | Azure | `Microsoft.Sql/servers/failoverGroups`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServersFailoverGroupSpec`]; status: [`ServersFailoverGroupStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_FAILOVER_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersFailoverGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersFailoverGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersFailoverGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersFailoverGroup, spec::ServersFailoverGroupSpec,
    status::ServersFailoverGroupStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_FAILOVER_GROUP
);
/// A server firewall rule.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersFirewallRule` (resource `serversfirewallrules`) |
/// | Azure | `Microsoft.Sql/servers/firewallRules`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServersFirewallRuleSpec`]; status: [`ServersFirewallRuleStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_FIREWALL_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersFirewallRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersFirewallRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersFirewallRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersFirewallRule, spec::ServersFirewallRuleSpec,
    status::ServersFirewallRuleStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_FIREWALL_RULE
);
/// An IPv6 server firewall rule.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersIPV6FirewallRule` (resource `serversipv6firewallrules`) |
/// | Azure | `Microsoft.Sql/servers/ipv6FirewallRules`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServersIpv6FirewallRuleSpec`]; status: [`ServersIpv6FirewallRuleStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_IPV6_FIREWALL_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersIPV6FirewallRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersIpv6FirewallRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersIpv6FirewallRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersIPV6FirewallRule, spec::ServersIpv6FirewallRuleSpec,
    status::ServersIpv6FirewallRuleStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_IPV6_FIREWALL_RULE
);
/// ServersOutboundFirewallRule
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersOutboundFirewallRule` (resource `serversoutboundfirewallrules`) |
/// | Azure | `Microsoft.Sql/servers/outboundFirewallRules`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServersOutboundFirewallRuleSpec`]; status: [`ServersOutboundFirewallRuleStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_OUTBOUND_FIREWALL_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersOutboundFirewallRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersOutboundFirewallRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersOutboundFirewallRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersOutboundFirewallRule, spec::ServersOutboundFirewallRuleSpec,
    status::ServersOutboundFirewallRuleStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_OUTBOUND_FIREWALL_RULE
);
/// A server security alert policy.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersSecurityAlertPolicy` (resource `serverssecurityalertpolicies`) |
/// | Azure | `Microsoft.Sql/servers/securityAlertPolicies`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `Default` |
///
/// Spec: [`ServersSecurityAlertPolicySpec`]; status: [`ServersSecurityAlertPolicyStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_SECURITY_ALERT_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersSecurityAlertPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersSecurityAlertPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersSecurityAlertPolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersSecurityAlertPolicy, spec::ServersSecurityAlertPolicySpec,
    status::ServersSecurityAlertPolicyStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_SECURITY_ALERT_POLICY
);
/// A virtual network rule.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersVirtualNetworkRule` (resource `serversvirtualnetworkrules`) |
/// | Azure | `Microsoft.Sql/servers/virtualNetworkRules`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServersVirtualNetworkRuleSpec`]; status: [`ServersVirtualNetworkRuleStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_VIRTUAL_NETWORK_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersVirtualNetworkRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersVirtualNetworkRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersVirtualNetworkRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersVirtualNetworkRule, spec::ServersVirtualNetworkRuleSpec,
    status::ServersVirtualNetworkRuleStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_VIRTUAL_NETWORK_RULE
);
/// A server vulnerability assessment.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: sql.azure.com/v1api20211101`, `kind: ServersVulnerabilityAssessment` (resource `serversvulnerabilityassessments`) |
/// | Azure | `Microsoft.Sql/servers/vulnerabilityAssessments`, api-version `2021-11-01` |
/// | Owner | a `Server` of `sql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`ServersVulnerabilityAssessmentSpec`]; status: [`ServersVulnerabilityAssessmentStatus`]; what the operator knows of it: [`aso_catalog::sql::v1api20211101::SERVERS_VULNERABILITY_ASSESSMENT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServersVulnerabilityAssessment {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServersVulnerabilityAssessmentSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServersVulnerabilityAssessmentStatus>,
}
aso_runtime::impl_azure_resource!(
    ServersVulnerabilityAssessment, spec::ServersVulnerabilityAssessmentSpec,
    status::ServersVulnerabilityAssessmentStatus,
    ::aso_catalog::sql::v1api20211101::SERVERS_VULNERABILITY_ASSESSMENT
);

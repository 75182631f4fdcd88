//! `dbforpostgresql.azure.com/v1api20230601preview`: [`FlexibleServer`], [`FlexibleServersConfiguration`], [`FlexibleServersDatabase`], [`FlexibleServersFirewallRule`].
pub mod spec;
pub mod status;
pub use spec::{
    FlexibleServerSpec, FlexibleServersConfigurationSpec, FlexibleServersDatabaseSpec,
    FlexibleServersFirewallRuleSpec,
};
pub use status::{
    FlexibleServerStatus, FlexibleServersConfigurationStatus,
    FlexibleServersDatabaseStatus, FlexibleServersFirewallRuleStatus,
};
/// Represents a server.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbforpostgresql.azure.com/v1api20230601preview`, `kind: FlexibleServer` (resource `flexibleservers`) |
/// | Azure | `Microsoft.DBforPostgreSQL/flexibleServers`, api-version `2023-06-01-preview` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*`, 3 to 63 characters) |
/// | Exports | `spec.operatorSpec`: `fullyQualifiedDomainName`, `fullyQualifiedDomainName` |
///
/// Spec: [`FlexibleServerSpec`]; status: [`FlexibleServerStatus`]; what the operator knows of it: [`aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FlexibleServer {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FlexibleServerSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FlexibleServerStatus>,
}
aso_runtime::impl_azure_resource!(
    FlexibleServer, spec::FlexibleServerSpec, status::FlexibleServerStatus,
    ::aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVER
);
/// Represents a Configuration.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbforpostgresql.azure.com/v1api20230601preview`, `kind: FlexibleServersConfiguration` (resource `flexibleserversconfigurations`) |
/// | Azure | `Microsoft.DBforPostgreSQL/flexibleServers/configurations`, api-version `2023-06-01-preview` |
/// | Owner | a `FlexibleServer` of `dbforpostgresql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[-\w\._]+$`, at least 1 characters) |
///
/// Spec: [`FlexibleServersConfigurationSpec`]; status: [`FlexibleServersConfigurationStatus`]; what the operator knows of it: [`aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVERS_CONFIGURATION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FlexibleServersConfiguration {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FlexibleServersConfigurationSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FlexibleServersConfigurationStatus>,
}
aso_runtime::impl_azure_resource!(
    FlexibleServersConfiguration, spec::FlexibleServersConfigurationSpec,
    status::FlexibleServersConfigurationStatus,
    ::aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVERS_CONFIGURATION
);
/// Represents a Database.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbforpostgresql.azure.com/v1api20230601preview`, `kind: FlexibleServersDatabase` (resource `flexibleserversdatabases`) |
/// | Azure | `Microsoft.DBforPostgreSQL/flexibleServers/databases`, api-version `2023-06-01-preview` |
/// | Owner | a `FlexibleServer` of `dbforpostgresql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[-\w\._]+$`, at least 1 characters) |
///
/// Spec: [`FlexibleServersDatabaseSpec`]; status: [`FlexibleServersDatabaseStatus`]; what the operator knows of it: [`aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVERS_DATABASE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FlexibleServersDatabase {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FlexibleServersDatabaseSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FlexibleServersDatabaseStatus>,
}
aso_runtime::impl_azure_resource!(
    FlexibleServersDatabase, spec::FlexibleServersDatabaseSpec,
    status::FlexibleServersDatabaseStatus,
    ::aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVERS_DATABASE
);
/// Represents a server firewall rule.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbforpostgresql.azure.com/v1api20230601preview`, `kind: FlexibleServersFirewallRule` (resource `flexibleserversfirewallrules`) |
/// | Azure | `Microsoft.DBforPostgreSQL/flexibleServers/firewallRules`, api-version `2023-06-01-preview` |
/// | Owner | a `FlexibleServer` of `dbforpostgresql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[-\w\._]+$`, at least 1 characters) |
///
/// Spec: [`FlexibleServersFirewallRuleSpec`]; status: [`FlexibleServersFirewallRuleStatus`]; what the operator knows of it: [`aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVERS_FIREWALL_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FlexibleServersFirewallRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FlexibleServersFirewallRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FlexibleServersFirewallRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    FlexibleServersFirewallRule, spec::FlexibleServersFirewallRuleSpec,
    status::FlexibleServersFirewallRuleStatus,
    ::aso_catalog::dbforpostgresql::v1api20230601preview::FLEXIBLE_SERVERS_FIREWALL_RULE
);

//! `dbformysql.azure.com/v1api20210501`: [`FlexibleServer`], [`FlexibleServersDatabase`], [`FlexibleServersFirewallRule`].
pub mod spec;
pub mod status;
pub use spec::{
    FlexibleServerSpec, FlexibleServersDatabaseSpec, FlexibleServersFirewallRuleSpec,
};
pub use status::{
    FlexibleServerStatus, FlexibleServersDatabaseStatus,
    FlexibleServersFirewallRuleStatus,
};
/// Represents a server.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformysql.azure.com/v1api20210501`, `kind: FlexibleServer` (resource `flexibleservers`) |
/// | Azure | `Microsoft.DBforMySQL/flexibleServers`, api-version `2021-05-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `fullyQualifiedDomainName`, `administratorLogin`, `fullyQualifiedDomainName` |
///
/// Spec: [`FlexibleServerSpec`]; status: [`FlexibleServerStatus`]; what the operator knows of it: [`aso_catalog::dbformysql::v1api20210501::FLEXIBLE_SERVER`].
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
    ::aso_catalog::dbformysql::v1api20210501::FLEXIBLE_SERVER
);
/// Represents a Database.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformysql.azure.com/v1api20210501`, `kind: FlexibleServersDatabase` (resource `flexibleserversdatabases`) |
/// | Azure | `Microsoft.DBforMySQL/flexibleServers/databases`, api-version `2021-05-01` |
/// | Owner | a `FlexibleServer` of `dbformysql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`FlexibleServersDatabaseSpec`]; status: [`FlexibleServersDatabaseStatus`]; what the operator knows of it: [`aso_catalog::dbformysql::v1api20210501::FLEXIBLE_SERVERS_DATABASE`].
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
    ::aso_catalog::dbformysql::v1api20210501::FLEXIBLE_SERVERS_DATABASE
);
/// Represents a server firewall rule.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformysql.azure.com/v1api20210501`, `kind: FlexibleServersFirewallRule` (resource `flexibleserversfirewallrules`) |
/// | Azure | `Microsoft.DBforMySQL/flexibleServers/firewallRules`, api-version `2021-05-01` |
/// | Owner | a `FlexibleServer` of `dbformysql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`FlexibleServersFirewallRuleSpec`]; status: [`FlexibleServersFirewallRuleStatus`]; what the operator knows of it: [`aso_catalog::dbformysql::v1api20210501::FLEXIBLE_SERVERS_FIREWALL_RULE`].
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
    ::aso_catalog::dbformysql::v1api20210501::FLEXIBLE_SERVERS_FIREWALL_RULE
);

//! `dbformysql.azure.com/v1api20220101`: [`FlexibleServersAdministrator`], [`FlexibleServersConfiguration`].
pub mod spec;
pub mod status;
pub use spec::{FlexibleServersAdministratorSpec, FlexibleServersConfigurationSpec};
pub use status::{FlexibleServersAdministratorStatus, FlexibleServersConfigurationStatus};
/// Represents a Administrator.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformysql.azure.com/v1api20220101`, `kind: FlexibleServersAdministrator` (resource `flexibleserversadministrators`) |
/// | Azure | `Microsoft.DBforMySQL/flexibleServers/administrators`, api-version `2022-01-01` |
/// | Owner | a `FlexibleServer` of `dbformysql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `ActiveDirectory` |
///
/// Spec: [`FlexibleServersAdministratorSpec`]; status: [`FlexibleServersAdministratorStatus`]; what the operator knows of it: [`aso_catalog::dbformysql::v1api20220101::FLEXIBLE_SERVERS_ADMINISTRATOR`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FlexibleServersAdministrator {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FlexibleServersAdministratorSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FlexibleServersAdministratorStatus>,
}
aso_runtime::impl_azure_resource!(
    FlexibleServersAdministrator, spec::FlexibleServersAdministratorSpec,
    status::FlexibleServersAdministratorStatus,
    ::aso_catalog::dbformysql::v1api20220101::FLEXIBLE_SERVERS_ADMINISTRATOR
);
/// Represents a Configuration.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformysql.azure.com/v1api20220101`, `kind: FlexibleServersConfiguration` (resource `flexibleserversconfigurations`) |
/// | Azure | `Microsoft.DBforMySQL/flexibleServers/configurations`, api-version `2022-01-01` |
/// | Owner | a `FlexibleServer` of `dbformysql.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z0-9_.-]+$`) |
///
/// Spec: [`FlexibleServersConfigurationSpec`]; status: [`FlexibleServersConfigurationStatus`]; what the operator knows of it: [`aso_catalog::dbformysql::v1api20220101::FLEXIBLE_SERVERS_CONFIGURATION`].
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
    ::aso_catalog::dbformysql::v1api20220101::FLEXIBLE_SERVERS_CONFIGURATION
);

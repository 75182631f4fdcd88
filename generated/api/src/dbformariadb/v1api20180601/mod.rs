//! `dbformariadb.azure.com/v1api20180601`: [`Configuration`], [`Database`], [`Server`].
pub mod spec;
pub mod status;
pub use spec::{ConfigurationSpec, DatabaseSpec, ServerSpec};
pub use status::{ConfigurationStatus, DatabaseStatus, ServerStatus};
/// Represents a Configuration.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformariadb.azure.com/v1api20180601`, `kind: Configuration` (resource `configurations`) |
/// | Azure | `Microsoft.DBforMariaDB/servers/configurations`, api-version `2018-06-01` |
/// | Owner | a `Server` of `dbformariadb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ConfigurationSpec`]; status: [`ConfigurationStatus`]; what the operator knows of it: [`aso_catalog::dbformariadb::v1api20180601::CONFIGURATION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Configuration {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ConfigurationSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ConfigurationStatus>,
}
aso_runtime::impl_azure_resource!(
    Configuration, spec::ConfigurationSpec, status::ConfigurationStatus,
    ::aso_catalog::dbformariadb::v1api20180601::CONFIGURATION
);
/// Represents a Database.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformariadb.azure.com/v1api20180601`, `kind: Database` (resource `databases`) |
/// | Azure | `Microsoft.DBforMariaDB/servers/databases`, api-version `2018-06-01` |
/// | Owner | a `Server` of `dbformariadb.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DatabaseSpec`]; status: [`DatabaseStatus`]; what the operator knows of it: [`aso_catalog::dbformariadb::v1api20180601::DATABASE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Database {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DatabaseSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DatabaseStatus>,
}
aso_runtime::impl_azure_resource!(
    Database, spec::DatabaseSpec, status::DatabaseStatus,
    ::aso_catalog::dbformariadb::v1api20180601::DATABASE
);
/// Represents a server to be created.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: dbformariadb.azure.com/v1api20180601`, `kind: Server` (resource `servers`) |
/// | Azure | `Microsoft.DBforMariaDB/servers`, api-version `2018-06-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `fullyQualifiedDomainName` |
///
/// Spec: [`ServerSpec`]; status: [`ServerStatus`]; what the operator knows of it: [`aso_catalog::dbformariadb::v1api20180601::SERVER`].
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
    ::aso_catalog::dbformariadb::v1api20180601::SERVER
);

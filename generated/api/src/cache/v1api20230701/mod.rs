//! `cache.azure.com/v1api20230701`: [`RedisEnterprise`], [`RedisEnterpriseDatabase`].
pub mod spec;
pub mod status;
pub use spec::{RedisEnterpriseSpec, RedisEnterpriseDatabaseSpec};
pub use status::{RedisEnterpriseStatus, RedisEnterpriseDatabaseStatus};
/// Describes the RedisEnterprise cluster
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cache.azure.com/v1api20230701`, `kind: RedisEnterprise` (resource `redisenterprises`) |
/// | Azure | `Microsoft.Cache/redisEnterprise`, api-version `2023-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RedisEnterpriseSpec`]; status: [`RedisEnterpriseStatus`]; what the operator knows of it: [`aso_catalog::cache::v1api20230701::REDIS_ENTERPRISE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RedisEnterprise {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RedisEnterpriseSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RedisEnterpriseStatus>,
}
aso_runtime::impl_azure_resource!(
    RedisEnterprise, spec::RedisEnterpriseSpec, status::RedisEnterpriseStatus,
    ::aso_catalog::cache::v1api20230701::REDIS_ENTERPRISE
);
/// Describes a database on the RedisEnterprise cluster
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cache.azure.com/v1api20230701`, `kind: RedisEnterpriseDatabase` (resource `redisenterprisedatabases`) |
/// | Azure | `Microsoft.Cache/redisEnterprise/databases`, api-version `2023-07-01` |
/// | Owner | a `RedisEnterprise` of `cache.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RedisEnterpriseDatabaseSpec`]; status: [`RedisEnterpriseDatabaseStatus`]; what the operator knows of it: [`aso_catalog::cache::v1api20230701::REDIS_ENTERPRISE_DATABASE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RedisEnterpriseDatabase {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RedisEnterpriseDatabaseSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RedisEnterpriseDatabaseStatus>,
}
aso_runtime::impl_azure_resource!(
    RedisEnterpriseDatabase, spec::RedisEnterpriseDatabaseSpec,
    status::RedisEnterpriseDatabaseStatus,
    ::aso_catalog::cache::v1api20230701::REDIS_ENTERPRISE_DATABASE
);

//! `cache.azure.com/v1api20201201`: [`Redis`], [`RedisFirewallRule`], [`RedisLinkedServer`], [`RedisPatchSchedule`].
pub mod spec;
pub mod status;
pub use spec::{
    RedisSpec, RedisFirewallRuleSpec, RedisLinkedServerSpec, RedisPatchScheduleSpec,
};
pub use status::{
    RedisStatus, RedisFirewallRuleStatus, RedisLinkedServerStatus,
    RedisPatchScheduleStatus,
};
/// Parameters supplied to the Create Redis operation.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cache.azure.com/v1api20201201`, `kind: Redis` (resource `redis`) |
/// | Azure | `Microsoft.Cache/redis`, api-version `2020-12-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `hostName`, `port`, `primaryKey`, `secondaryKey`, `sslPort` |
///
/// Spec: [`RedisSpec`]; status: [`RedisStatus`]; what the operator knows of it: [`aso_catalog::cache::v1api20201201::REDIS`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Redis {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RedisSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RedisStatus>,
}
aso_runtime::impl_azure_resource!(
    Redis, spec::RedisSpec, status::RedisStatus,
    ::aso_catalog::cache::v1api20201201::REDIS
);
/// A firewall rule on a redis cache has a name, and describes a contiguous range of IP addresses permitted to connect
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cache.azure.com/v1api20201201`, `kind: RedisFirewallRule` (resource `redisfirewallrules`) |
/// | Azure | `Microsoft.Cache/redis/firewallRules`, api-version `2020-12-01` |
/// | Owner | a `Redis` of `cache.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RedisFirewallRuleSpec`]; status: [`RedisFirewallRuleStatus`]; what the operator knows of it: [`aso_catalog::cache::v1api20201201::REDIS_FIREWALL_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RedisFirewallRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RedisFirewallRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RedisFirewallRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    RedisFirewallRule, spec::RedisFirewallRuleSpec, status::RedisFirewallRuleStatus,
    ::aso_catalog::cache::v1api20201201::REDIS_FIREWALL_RULE
);
/// Parameter required for creating a linked server to redis cache.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cache.azure.com/v1api20201201`, `kind: RedisLinkedServer` (resource `redislinkedservers`) |
/// | Azure | `Microsoft.Cache/redis/linkedServers`, api-version `2020-12-01` |
/// | Owner | a `Redis` of `cache.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RedisLinkedServerSpec`]; status: [`RedisLinkedServerStatus`]; what the operator knows of it: [`aso_catalog::cache::v1api20201201::REDIS_LINKED_SERVER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RedisLinkedServer {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RedisLinkedServerSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RedisLinkedServerStatus>,
}
aso_runtime::impl_azure_resource!(
    RedisLinkedServer, spec::RedisLinkedServerSpec, status::RedisLinkedServerStatus,
    ::aso_catalog::cache::v1api20201201::REDIS_LINKED_SERVER
);
/// Response to put/get patch schedules for Redis cache.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cache.azure.com/v1api20201201`, `kind: RedisPatchSchedule` (resource `redispatchschedules`) |
/// | Azure | `Microsoft.Cache/redis/patchSchedules`, api-version `2020-12-01` |
/// | Owner | a `Redis` of `cache.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `default` |
///
/// Spec: [`RedisPatchScheduleSpec`]; status: [`RedisPatchScheduleStatus`]; what the operator knows of it: [`aso_catalog::cache::v1api20201201::REDIS_PATCH_SCHEDULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RedisPatchSchedule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RedisPatchScheduleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RedisPatchScheduleStatus>,
}
aso_runtime::impl_azure_resource!(
    RedisPatchSchedule, spec::RedisPatchScheduleSpec, status::RedisPatchScheduleStatus,
    ::aso_catalog::cache::v1api20201201::REDIS_PATCH_SCHEDULE
);

//! `containerservice.azure.com/v1api20240402preview`: [`ManagedCluster`], [`ManagedClustersAgentPool`], [`TrustedAccessRoleBinding`].
pub mod spec;
pub mod status;
pub use spec::{
    ManagedClusterSpec, ManagedClustersAgentPoolSpec, TrustedAccessRoleBindingSpec,
};
pub use status::{
    ManagedClusterStatus, ManagedClustersAgentPoolStatus, TrustedAccessRoleBindingStatus,
};
/// Managed cluster.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerservice.azure.com/v1api20240402preview`, `kind: ManagedCluster` (resource `managedclusters`) |
/// | Azure | `Microsoft.ContainerService/managedClusters`, api-version `2024-04-02-preview` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z0-9]$|^[a-zA-Z0-9][-_a-zA-Z0-9]{0,61}[a-zA-Z0-9]$`, 1 to 63 characters) |
/// | Exports | `spec.operatorSpec`: `adminCredentials`, `userCredentials`, `oidcIssuerProfile` |
///
/// Spec: [`ManagedClusterSpec`]; status: [`ManagedClusterStatus`]; what the operator knows of it: [`aso_catalog::containerservice::v1api20240402preview::MANAGED_CLUSTER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ManagedCluster {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ManagedClusterSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ManagedClusterStatus>,
}
aso_runtime::impl_azure_resource!(
    ManagedCluster, spec::ManagedClusterSpec, status::ManagedClusterStatus,
    ::aso_catalog::containerservice::v1api20240402preview::MANAGED_CLUSTER
);
/// Agent Pool.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerservice.azure.com/v1api20240402preview`, `kind: ManagedClustersAgentPool` (resource `managedclustersagentpools`) |
/// | Azure | `Microsoft.ContainerService/managedClusters/agentPools`, api-version `2024-04-02-preview` |
/// | Owner | a `ManagedCluster` of `containerservice.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z][a-z0-9]{0,11}$`, 1 to 12 characters) |
///
/// Spec: [`ManagedClustersAgentPoolSpec`]; status: [`ManagedClustersAgentPoolStatus`]; what the operator knows of it: [`aso_catalog::containerservice::v1api20240402preview::MANAGED_CLUSTERS_AGENT_POOL`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ManagedClustersAgentPool {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ManagedClustersAgentPoolSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ManagedClustersAgentPoolStatus>,
}
aso_runtime::impl_azure_resource!(
    ManagedClustersAgentPool, spec::ManagedClustersAgentPoolSpec,
    status::ManagedClustersAgentPoolStatus,
    ::aso_catalog::containerservice::v1api20240402preview::MANAGED_CLUSTERS_AGENT_POOL
);
/// Defines binding between a resource and role
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerservice.azure.com/v1api20240402preview`, `kind: TrustedAccessRoleBinding` (resource `trustedaccessrolebindings`) |
/// | Azure | `Microsoft.ContainerService/managedClusters/trustedAccessRoleBindings`, api-version `2024-04-02-preview` |
/// | Owner | a `ManagedCluster` of `containerservice.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^([A-Za-z0-9-])+$`, 1 to 24 characters) |
///
/// Spec: [`TrustedAccessRoleBindingSpec`]; status: [`TrustedAccessRoleBindingStatus`]; what the operator knows of it: [`aso_catalog::containerservice::v1api20240402preview::TRUSTED_ACCESS_ROLE_BINDING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct TrustedAccessRoleBinding {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::TrustedAccessRoleBindingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::TrustedAccessRoleBindingStatus>,
}
aso_runtime::impl_azure_resource!(
    TrustedAccessRoleBinding, spec::TrustedAccessRoleBindingSpec,
    status::TrustedAccessRoleBindingStatus,
    ::aso_catalog::containerservice::v1api20240402preview::TRUSTED_ACCESS_ROLE_BINDING
);

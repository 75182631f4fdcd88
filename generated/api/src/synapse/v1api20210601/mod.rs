//! `synapse.azure.com/v1api20210601`: [`Workspace`], [`WorkspacesBigDataPool`].
pub mod spec;
pub mod status;
pub use spec::{WorkspaceSpec, WorkspacesBigDataPoolSpec};
pub use status::{WorkspaceStatus, WorkspacesBigDataPoolStatus};
/// A workspace
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: synapse.azure.com/v1api20210601`, `kind: Workspace` (resource `workspaces`) |
/// | Azure | `Microsoft.Synapse/workspaces`, api-version `2021-06-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`WorkspaceSpec`]; status: [`WorkspaceStatus`]; what the operator knows of it: [`aso_catalog::synapse::v1api20210601::WORKSPACE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Workspace {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::WorkspaceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::WorkspaceStatus>,
}
aso_runtime::impl_azure_resource!(
    Workspace, spec::WorkspaceSpec, status::WorkspaceStatus,
    ::aso_catalog::synapse::v1api20210601::WORKSPACE
);
/// A Big Data pool
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: synapse.azure.com/v1api20210601`, `kind: WorkspacesBigDataPool` (resource `workspacesbigdatapools`) |
/// | Azure | `Microsoft.Synapse/workspaces/bigDataPools`, api-version `2021-06-01` |
/// | Owner | a `Workspace` of `synapse.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`WorkspacesBigDataPoolSpec`]; status: [`WorkspacesBigDataPoolStatus`]; what the operator knows of it: [`aso_catalog::synapse::v1api20210601::WORKSPACES_BIG_DATA_POOL`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct WorkspacesBigDataPool {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::WorkspacesBigDataPoolSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::WorkspacesBigDataPoolStatus>,
}
aso_runtime::impl_azure_resource!(
    WorkspacesBigDataPool, spec::WorkspacesBigDataPoolSpec,
    status::WorkspacesBigDataPoolStatus,
    ::aso_catalog::synapse::v1api20210601::WORKSPACES_BIG_DATA_POOL
);

//! `machinelearningservices.azure.com/v1api20210701`: [`Workspace`], [`WorkspacesCompute`], [`WorkspacesConnection`].
pub mod spec;
pub mod status;
pub use spec::{WorkspaceSpec, WorkspacesComputeSpec, WorkspacesConnectionSpec};
pub use status::{WorkspaceStatus, WorkspacesComputeStatus, WorkspacesConnectionStatus};
/// An object that represents a machine learning workspace.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: machinelearningservices.azure.com/v1api20210701`, `kind: Workspace` (resource `workspaces`) |
/// | Azure | `Microsoft.MachineLearningServices/workspaces`, api-version `2021-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `appInsightsInstrumentationKey`, `containerRegistryPassword`, `containerRegistryPassword2`, `containerRegistryUserName`, `primaryNotebookAccessKey`, `secondaryNotebookAccessKey`, `userStorageKey` |
///
/// Spec: [`WorkspaceSpec`]; status: [`WorkspaceStatus`]; what the operator knows of it: [`aso_catalog::machinelearningservices::v1api20210701::WORKSPACE`].
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
    ::aso_catalog::machinelearningservices::v1api20210701::WORKSPACE
);
/// Machine Learning compute object wrapped into ARM resource envelope.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: machinelearningservices.azure.com/v1api20210701`, `kind: WorkspacesCompute` (resource `workspacescomputes`) |
/// | Azure | `Microsoft.MachineLearningServices/workspaces/computes`, api-version `2021-07-01` |
/// | Owner | a `Workspace` of `machinelearningservices.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`WorkspacesComputeSpec`]; status: [`WorkspacesComputeStatus`]; what the operator knows of it: [`aso_catalog::machinelearningservices::v1api20210701::WORKSPACES_COMPUTE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct WorkspacesCompute {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::WorkspacesComputeSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::WorkspacesComputeStatus>,
}
aso_runtime::impl_azure_resource!(
    WorkspacesCompute, spec::WorkspacesComputeSpec, status::WorkspacesComputeStatus,
    ::aso_catalog::machinelearningservices::v1api20210701::WORKSPACES_COMPUTE
);
/// Workspace connection.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: machinelearningservices.azure.com/v1api20210701`, `kind: WorkspacesConnection` (resource `workspacesconnections`) |
/// | Azure | `Microsoft.MachineLearningServices/workspaces/connections`, api-version `2021-07-01` |
/// | Owner | a `Workspace` of `machinelearningservices.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`WorkspacesConnectionSpec`]; status: [`WorkspacesConnectionStatus`]; what the operator knows of it: [`aso_catalog::machinelearningservices::v1api20210701::WORKSPACES_CONNECTION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct WorkspacesConnection {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::WorkspacesConnectionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::WorkspacesConnectionStatus>,
}
aso_runtime::impl_azure_resource!(
    WorkspacesConnection, spec::WorkspacesConnectionSpec,
    status::WorkspacesConnectionStatus,
    ::aso_catalog::machinelearningservices::v1api20210701::WORKSPACES_CONNECTION
);

//! `operationalinsights.azure.com/v1api20210601`: [`Workspace`].
pub mod spec;
pub mod status;
pub use spec::WorkspaceSpec;
pub use status::WorkspaceStatus;
/// The top level Workspace resource container.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: operationalinsights.azure.com/v1api20210601`, `kind: Workspace` (resource `workspaces`) |
/// | Azure | `Microsoft.OperationalInsights/workspaces`, api-version `2021-06-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[A-Za-z0-9][A-Za-z0-9-]+[A-Za-z0-9]$`, 4 to 63 characters) |
///
/// Spec: [`WorkspaceSpec`]; status: [`WorkspaceStatus`]; what the operator knows of it: [`aso_catalog::operationalinsights::v1api20210601::WORKSPACE`].
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
    ::aso_catalog::operationalinsights::v1api20210601::WORKSPACE
);

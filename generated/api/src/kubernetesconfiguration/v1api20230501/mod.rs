//! `kubernetesconfiguration.azure.com/v1api20230501`: [`Extension`].
pub mod spec;
pub mod status;
pub use spec::ExtensionSpec;
pub use status::ExtensionStatus2;
/// The Extension object.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: kubernetesconfiguration.azure.com/v1api20230501`, `kind: Extension` (resource `extensions`) |
/// | Azure | `Microsoft.KubernetesConfiguration/extensions`, api-version `2023-05-01` |
/// | Owner | any resource: `spec.owner` as `{group, kind, name}`, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `principalId` |
///
/// Spec: [`ExtensionSpec`]; status: [`ExtensionStatus2`]; what the operator knows of it: [`aso_catalog::kubernetesconfiguration::v1api20230501::EXTENSION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Extension {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ExtensionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ExtensionStatus2>,
}
aso_runtime::impl_azure_resource!(
    Extension, spec::ExtensionSpec, status::ExtensionStatus2,
    ::aso_catalog::kubernetesconfiguration::v1api20230501::EXTENSION
);

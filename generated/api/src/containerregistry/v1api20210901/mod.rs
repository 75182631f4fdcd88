//! `containerregistry.azure.com/v1api20210901`: [`Registry`].
pub mod spec;
pub mod status;
pub use spec::RegistrySpec;
pub use status::RegistryStatus;
/// An object that represents a container registry.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerregistry.azure.com/v1api20210901`, `kind: Registry` (resource `registries`) |
/// | Azure | `Microsoft.ContainerRegistry/registries`, api-version `2021-09-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z0-9]*$`, 5 to 50 characters) |
///
/// Spec: [`RegistrySpec`]; status: [`RegistryStatus`]; what the operator knows of it: [`aso_catalog::containerregistry::v1api20210901::REGISTRY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Registry {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RegistrySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RegistryStatus>,
}
aso_runtime::impl_azure_resource!(
    Registry, spec::RegistrySpec, status::RegistryStatus,
    ::aso_catalog::containerregistry::v1api20210901::REGISTRY
);

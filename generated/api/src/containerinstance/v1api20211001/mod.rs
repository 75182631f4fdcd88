//! `containerinstance.azure.com/v1api20211001`: [`ContainerGroup`].
pub mod spec;
pub mod status;
pub use spec::ContainerGroupSpec;
pub use status::ContainerGroupStatus;
/// A container group.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerinstance.azure.com/v1api20211001`, `kind: ContainerGroup` (resource `containergroups`) |
/// | Azure | `Microsoft.ContainerInstance/containerGroups`, api-version `2021-10-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ContainerGroupSpec`]; status: [`ContainerGroupStatus`]; what the operator knows of it: [`aso_catalog::containerinstance::v1api20211001::CONTAINER_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ContainerGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ContainerGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ContainerGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    ContainerGroup, spec::ContainerGroupSpec, status::ContainerGroupStatus,
    ::aso_catalog::containerinstance::v1api20211001::CONTAINER_GROUP
);

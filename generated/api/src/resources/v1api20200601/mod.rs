//! `resources.azure.com/v1api20200601`: [`ResourceGroup`].
pub mod spec;
pub mod status;
pub use spec::ResourceGroupSpec;
pub use status::ResourceGroupStatus;
/// Resource group information.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: resources.azure.com/v1api20200601`, `kind: ResourceGroup` (resource `resourcegroups`) |
/// | Azure | `Microsoft.Resources/resourceGroups`, api-version `2020-06-01` |
/// | Owner | none |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 90 characters) |
///
/// Spec: [`ResourceGroupSpec`]; status: [`ResourceGroupStatus`]; what the operator knows of it: [`aso_catalog::resources::v1api20200601::RESOURCE_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ResourceGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ResourceGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ResourceGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    ResourceGroup, spec::ResourceGroupSpec, status::ResourceGroupStatus,
    ::aso_catalog::resources::v1api20200601::RESOURCE_GROUP
);

//! `datafactory.azure.com/v1api20180601`: [`Factory`].
pub mod spec;
pub mod status;
pub use spec::FactorySpec;
pub use status::FactoryStatus;
/// Factory resource type.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: datafactory.azure.com/v1api20180601`, `kind: Factory` (resource `factories`) |
/// | Azure | `Microsoft.DataFactory/factories`, api-version `2018-06-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`, 3 to 63 characters) |
///
/// Spec: [`FactorySpec`]; status: [`FactoryStatus`]; what the operator knows of it: [`aso_catalog::datafactory::v1api20180601::FACTORY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Factory {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FactorySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FactoryStatus>,
}
aso_runtime::impl_azure_resource!(
    Factory, spec::FactorySpec, status::FactoryStatus,
    ::aso_catalog::datafactory::v1api20180601::FACTORY
);

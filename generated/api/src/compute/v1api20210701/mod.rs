//! `compute.azure.com/v1api20210701`: [`Image`].
pub mod spec;
pub mod status;
pub use spec::ImageSpec;
pub use status::ImageStatus;
/// The source user image virtual hard disk. The virtual hard disk will be copied before being attached to the virtual machine. If SourceImage is provided, the destination virtual hard drive must not exist.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20210701`, `kind: Image` (resource `images`) |
/// | Azure | `Microsoft.Compute/images`, api-version `2021-07-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ImageSpec`]; status: [`ImageStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20210701::IMAGE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Image {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ImageSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ImageStatus>,
}
aso_runtime::impl_azure_resource!(
    Image, spec::ImageSpec, status::ImageStatus,
    ::aso_catalog::compute::v1api20210701::IMAGE
);

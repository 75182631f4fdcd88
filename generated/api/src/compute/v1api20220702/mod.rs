//! `compute.azure.com/v1api20220702`: [`DiskEncryptionSet`].
pub mod spec;
pub mod status;
pub use spec::DiskEncryptionSetSpec;
pub use status::DiskEncryptionSetStatus;
/// disk encryption set resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20220702`, `kind: DiskEncryptionSet` (resource `diskencryptionsets`) |
/// | Azure | `Microsoft.Compute/diskEncryptionSets`, api-version `2022-07-02` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DiskEncryptionSetSpec`]; status: [`DiskEncryptionSetStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20220702::DISK_ENCRYPTION_SET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DiskEncryptionSet {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DiskEncryptionSetSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DiskEncryptionSetStatus>,
}
aso_runtime::impl_azure_resource!(
    DiskEncryptionSet, spec::DiskEncryptionSetSpec, status::DiskEncryptionSetStatus,
    ::aso_catalog::compute::v1api20220702::DISK_ENCRYPTION_SET
);

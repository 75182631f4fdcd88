//! `compute.azure.com/v1api20200930`: [`Disk`], [`Snapshot`].
pub mod spec;
pub mod status;
pub use spec::{DiskSpec, SnapshotSpec};
pub use status::{DiskStatus, SnapshotStatus};
/// Disk resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20200930`, `kind: Disk` (resource `disks`) |
/// | Azure | `Microsoft.Compute/disks`, api-version `2020-09-30` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DiskSpec`]; status: [`DiskStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20200930::DISK`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Disk {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DiskSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DiskStatus>,
}
aso_runtime::impl_azure_resource!(
    Disk, spec::DiskSpec, status::DiskStatus, ::aso_catalog::compute::v1api20200930::DISK
);
/// Snapshot resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20200930`, `kind: Snapshot` (resource `snapshots`) |
/// | Azure | `Microsoft.Compute/snapshots`, api-version `2020-09-30` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SnapshotSpec`]; status: [`SnapshotStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20200930::SNAPSHOT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Snapshot {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SnapshotSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SnapshotStatus>,
}
aso_runtime::impl_azure_resource!(
    Snapshot, spec::SnapshotSpec, status::SnapshotStatus,
    ::aso_catalog::compute::v1api20200930::SNAPSHOT
);

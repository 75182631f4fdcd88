//! `containerservice.azure.com/v1api20230315preview`: [`Fleet`], [`FleetsMember`], [`FleetsUpdateRun`].
pub mod spec;
pub mod status;
pub use spec::{FleetSpec, FleetsMemberSpec, FleetsUpdateRunSpec};
pub use status::{FleetStatus, FleetsMemberStatus, FleetsUpdateRunStatus};
/// The Fleet resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerservice.azure.com/v1api20230315preview`, `kind: Fleet` (resource `fleets`) |
/// | Azure | `Microsoft.ContainerService/fleets`, api-version `2023-03-15-preview` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`, 1 to 63 characters) |
/// | Exports | `spec.operatorSpec`: `userCredentials` |
///
/// Spec: [`FleetSpec`]; status: [`FleetStatus`]; what the operator knows of it: [`aso_catalog::containerservice::v1api20230315preview::FLEET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Fleet {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FleetSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FleetStatus>,
}
aso_runtime::impl_azure_resource!(
    Fleet, spec::FleetSpec, status::FleetStatus,
    ::aso_catalog::containerservice::v1api20230315preview::FLEET
);
/// A member of the Fleet. It contains a reference to an existing Kubernetes cluster on Azure.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerservice.azure.com/v1api20230315preview`, `kind: FleetsMember` (resource `fleetsmembers`) |
/// | Azure | `Microsoft.ContainerService/fleets/members`, api-version `2023-03-15-preview` |
/// | Owner | a `Fleet` of `containerservice.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`, 1 to 50 characters) |
///
/// Spec: [`FleetsMemberSpec`]; status: [`FleetsMemberStatus`]; what the operator knows of it: [`aso_catalog::containerservice::v1api20230315preview::FLEETS_MEMBER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FleetsMember {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FleetsMemberSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FleetsMemberStatus>,
}
aso_runtime::impl_azure_resource!(
    FleetsMember, spec::FleetsMemberSpec, status::FleetsMemberStatus,
    ::aso_catalog::containerservice::v1api20230315preview::FLEETS_MEMBER
);
/// A multi-stage process to perform update operations across members of a Fleet.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: containerservice.azure.com/v1api20230315preview`, `kind: FleetsUpdateRun` (resource `fleetsupdateruns`) |
/// | Azure | `Microsoft.ContainerService/fleets/updateRuns`, api-version `2023-03-15-preview` |
/// | Owner | a `Fleet` of `containerservice.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`, 1 to 50 characters) |
///
/// Spec: [`FleetsUpdateRunSpec`]; status: [`FleetsUpdateRunStatus`]; what the operator knows of it: [`aso_catalog::containerservice::v1api20230315preview::FLEETS_UPDATE_RUN`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FleetsUpdateRun {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FleetsUpdateRunSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FleetsUpdateRunStatus>,
}
aso_runtime::impl_azure_resource!(
    FleetsUpdateRun, spec::FleetsUpdateRunSpec, status::FleetsUpdateRunStatus,
    ::aso_catalog::containerservice::v1api20230315preview::FLEETS_UPDATE_RUN
);

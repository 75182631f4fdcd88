//! `signalrservice.azure.com/v1api20211001`: [`SignalR`].
pub mod spec;
pub mod status;
pub use spec::SignalRSpec;
pub use status::SignalRStatus;
/// A class represent a resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: signalrservice.azure.com/v1api20211001`, `kind: SignalR` (resource `signalrs`) |
/// | Azure | `Microsoft.SignalRService/signalR`, api-version `2021-10-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `primaryConnectionString`, `primaryKey`, `secondaryConnectionString`, `secondaryKey` |
///
/// Spec: [`SignalRSpec`]; status: [`SignalRStatus`]; what the operator knows of it: [`aso_catalog::signalrservice::v1api20211001::SIGNAL_R`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SignalR {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SignalRSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SignalRStatus>,
}
aso_runtime::impl_azure_resource!(
    SignalR, spec::SignalRSpec, status::SignalRStatus,
    ::aso_catalog::signalrservice::v1api20211001::SIGNAL_R
);

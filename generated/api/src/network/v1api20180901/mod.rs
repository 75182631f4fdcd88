//! `network.azure.com/v1api20180901`: [`PrivateDnsZone`].
pub mod spec;
pub mod status;
pub use spec::PrivateDnsZoneSpec;
pub use status::PrivateDnsZoneStatus;
/// Describes a Private DNS zone.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20180901`, `kind: PrivateDnsZone` (resource `privatednszones`) |
/// | Azure | `Microsoft.Network/privateDnsZones`, api-version `2018-09-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`PrivateDnsZoneSpec`]; status: [`PrivateDnsZoneStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20180901::PRIVATE_DNS_ZONE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrivateDnsZone {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrivateDnsZoneSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrivateDnsZoneStatus>,
}
aso_runtime::impl_azure_resource!(
    PrivateDnsZone, spec::PrivateDnsZoneSpec, status::PrivateDnsZoneStatus,
    ::aso_catalog::network::v1api20180901::PRIVATE_DNS_ZONE
);

//! `network.azure.com/v1api20220401`: [`TrafficManagerProfile`], [`TrafficManagerProfilesAzureEndpoint`], [`TrafficManagerProfilesExternalEndpoint`], [`TrafficManagerProfilesNestedEndpoint`].
pub mod spec;
pub mod status;
pub use spec::{
    TrafficManagerProfileSpec, TrafficManagerProfilesAzureEndpointSpec,
    TrafficManagerProfilesExternalEndpointSpec, TrafficManagerProfilesNestedEndpointSpec,
};
pub use status::{
    TrafficManagerProfileStatus, TrafficManagerProfilesAzureEndpointStatus,
    TrafficManagerProfilesExternalEndpointStatus,
    TrafficManagerProfilesNestedEndpointStatus,
};
/// Class representing a Traffic Manager profile.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220401`, `kind: TrafficManagerProfile` (resource `trafficmanagerprofiles`) |
/// | Azure | `Microsoft.Network/trafficmanagerprofiles`, api-version `2022-04-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `dnsConfigFqdn` |
///
/// Spec: [`TrafficManagerProfileSpec`]; status: [`TrafficManagerProfileStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct TrafficManagerProfile {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::TrafficManagerProfileSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::TrafficManagerProfileStatus>,
}
aso_runtime::impl_azure_resource!(
    TrafficManagerProfile, spec::TrafficManagerProfileSpec,
    status::TrafficManagerProfileStatus,
    ::aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILE
);
/// Class representing a Traffic Manager endpoint.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220401`, `kind: TrafficManagerProfilesAzureEndpoint` (resource `trafficmanagerprofilesazureendpoints`) |
/// | Azure | `Microsoft.Network/trafficmanagerprofiles/AzureEndpoints`, api-version `2022-04-01` |
/// | Owner | a `TrafficManagerProfile` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`TrafficManagerProfilesAzureEndpointSpec`]; status: [`TrafficManagerProfilesAzureEndpointStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILES_AZURE_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct TrafficManagerProfilesAzureEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::TrafficManagerProfilesAzureEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::TrafficManagerProfilesAzureEndpointStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    TrafficManagerProfilesAzureEndpoint, spec::TrafficManagerProfilesAzureEndpointSpec,
    status::TrafficManagerProfilesAzureEndpointStatus,
    ::aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILES_AZURE_ENDPOINT
);
/// Class representing a Traffic Manager endpoint.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220401`, `kind: TrafficManagerProfilesExternalEndpoint` (resource `trafficmanagerprofilesexternalendpoints`) |
/// | Azure | `Microsoft.Network/trafficmanagerprofiles/ExternalEndpoints`, api-version `2022-04-01` |
/// | Owner | a `TrafficManagerProfile` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`TrafficManagerProfilesExternalEndpointSpec`]; status: [`TrafficManagerProfilesExternalEndpointStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILES_EXTERNAL_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct TrafficManagerProfilesExternalEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::TrafficManagerProfilesExternalEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::TrafficManagerProfilesExternalEndpointStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    TrafficManagerProfilesExternalEndpoint,
    spec::TrafficManagerProfilesExternalEndpointSpec,
    status::TrafficManagerProfilesExternalEndpointStatus,
    ::aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILES_EXTERNAL_ENDPOINT
);
/// Class representing a Traffic Manager endpoint.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: network.azure.com/v1api20220401`, `kind: TrafficManagerProfilesNestedEndpoint` (resource `trafficmanagerprofilesnestedendpoints`) |
/// | Azure | `Microsoft.Network/trafficmanagerprofiles/NestedEndpoints`, api-version `2022-04-01` |
/// | Owner | a `TrafficManagerProfile` of `network.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`TrafficManagerProfilesNestedEndpointSpec`]; status: [`TrafficManagerProfilesNestedEndpointStatus`]; what the operator knows of it: [`aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILES_NESTED_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct TrafficManagerProfilesNestedEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::TrafficManagerProfilesNestedEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::TrafficManagerProfilesNestedEndpointStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    TrafficManagerProfilesNestedEndpoint, spec::TrafficManagerProfilesNestedEndpointSpec,
    status::TrafficManagerProfilesNestedEndpointStatus,
    ::aso_catalog::network::v1api20220401::TRAFFIC_MANAGER_PROFILES_NESTED_ENDPOINT
);

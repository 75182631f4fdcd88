//! `cdn.azure.com/v1api20210601`: [`Profile`], [`ProfilesEndpoint`].
pub mod spec;
pub mod status;
pub use spec::{ProfileSpec, ProfilesEndpointSpec};
pub use status::{ProfileStatus, ProfilesEndpointStatus};
/// A profile is a logical grouping of endpoints that share the same settings.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20210601`, `kind: Profile` (resource `profiles`) |
/// | Azure | `Microsoft.Cdn/profiles`, api-version `2021-06-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ProfileSpec`]; status: [`ProfileStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20210601::PROFILE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Profile {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ProfileSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ProfileStatus>,
}
aso_runtime::impl_azure_resource!(
    Profile, spec::ProfileSpec, status::ProfileStatus,
    ::aso_catalog::cdn::v1api20210601::PROFILE
);
/// CDN endpoint is the entity within a CDN profile containing configuration information such as origin, protocol, content caching and delivery behavior. The CDN endpoint uses the URL format <endpointname>.azureedge.net.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20210601`, `kind: ProfilesEndpoint` (resource `profilesendpoints`) |
/// | Azure | `Microsoft.Cdn/profiles/endpoints`, api-version `2021-06-01` |
/// | Owner | a `Profile` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ProfilesEndpointSpec`]; status: [`ProfilesEndpointStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20210601::PROFILES_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ProfilesEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ProfilesEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ProfilesEndpointStatus>,
}
aso_runtime::impl_azure_resource!(
    ProfilesEndpoint, spec::ProfilesEndpointSpec, status::ProfilesEndpointStatus,
    ::aso_catalog::cdn::v1api20210601::PROFILES_ENDPOINT
);

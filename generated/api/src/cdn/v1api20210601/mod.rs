//! `cdn.azure.com/v1api20210601`: [`ProfilesEndpoint`].
pub mod spec;
pub mod status;
pub use spec::ProfilesEndpointSpec;
pub use status::ProfilesEndpointStatus;
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
    ProfilesEndpoint,
    spec::ProfilesEndpointSpec,
    status::ProfilesEndpointStatus,
    ::aso_catalog::cdn::v1api20210601::PROFILES_ENDPOINT
);

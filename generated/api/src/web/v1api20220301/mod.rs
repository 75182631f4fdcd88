//! `web.azure.com/v1api20220301`: [`ServerFarm`], [`Site`].
pub mod spec;
pub mod status;
pub use spec::{ServerFarmSpec, SiteSpec};
pub use status::{ServerFarmStatus, SiteStatus};
/// App Service plan.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: web.azure.com/v1api20220301`, `kind: ServerFarm` (resource `serverfarms`) |
/// | Azure | `Microsoft.Web/serverfarms`, api-version `2022-03-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ServerFarmSpec`]; status: [`ServerFarmStatus`]; what the operator knows of it: [`aso_catalog::web::v1api20220301::SERVER_FARM`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ServerFarm {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServerFarmSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServerFarmStatus>,
}
aso_runtime::impl_azure_resource!(
    ServerFarm, spec::ServerFarmSpec, status::ServerFarmStatus,
    ::aso_catalog::web::v1api20220301::SERVER_FARM
);
/// A web app, a mobile app backend, or an API app.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: web.azure.com/v1api20220301`, `kind: Site` (resource `sites`) |
/// | Azure | `Microsoft.Web/sites`, api-version `2022-03-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SiteSpec`]; status: [`SiteStatus`]; what the operator knows of it: [`aso_catalog::web::v1api20220301::SITE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Site {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SiteSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SiteStatus>,
}
aso_runtime::impl_azure_resource!(
    Site, spec::SiteSpec, status::SiteStatus, ::aso_catalog::web::v1api20220301::SITE
);

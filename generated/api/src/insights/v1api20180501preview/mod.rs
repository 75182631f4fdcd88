//! `insights.azure.com/v1api20180501preview`: [`Webtest`].
pub mod spec;
pub mod status;
pub use spec::WebtestSpec;
pub use status::WebtestStatus;
/// An Application Insights WebTest definition.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: insights.azure.com/v1api20180501preview`, `kind: Webtest` (resource `webtests`) |
/// | Azure | `Microsoft.Insights/webtests`, api-version `2018-05-01-preview` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`WebtestSpec`]; status: [`WebtestStatus`]; what the operator knows of it: [`aso_catalog::insights::v1api20180501preview::WEBTEST`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Webtest {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::WebtestSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::WebtestStatus>,
}
aso_runtime::impl_azure_resource!(
    Webtest, spec::WebtestSpec, status::WebtestStatus,
    ::aso_catalog::insights::v1api20180501preview::WEBTEST
);

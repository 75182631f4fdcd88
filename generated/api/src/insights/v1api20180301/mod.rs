//! `insights.azure.com/v1api20180301`: [`MetricAlert`].
pub mod spec;
pub mod status;
pub use spec::MetricAlertSpec;
pub use status::MetricAlertStatus;
/// The metric alert resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: insights.azure.com/v1api20180301`, `kind: MetricAlert` (resource `metricalerts`) |
/// | Azure | `Microsoft.Insights/metricAlerts`, api-version `2018-03-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`MetricAlertSpec`]; status: [`MetricAlertStatus`]; what the operator knows of it: [`aso_catalog::insights::v1api20180301::METRIC_ALERT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct MetricAlert {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::MetricAlertSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::MetricAlertStatus>,
}
aso_runtime::impl_azure_resource!(
    MetricAlert, spec::MetricAlertSpec, status::MetricAlertStatus,
    ::aso_catalog::insights::v1api20180301::METRIC_ALERT
);

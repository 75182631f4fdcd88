//! `alertsmanagement.azure.com/v1api20230301`: [`PrometheusRuleGroup`].
pub mod spec;
pub mod status;
pub use spec::PrometheusRuleGroupSpec;
pub use status::PrometheusRuleGroupStatus;
/// The Prometheus rule group resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: alertsmanagement.azure.com/v1api20230301`, `kind: PrometheusRuleGroup` (resource `prometheusrulegroups`) |
/// | Azure | `Microsoft.AlertsManagement/prometheusRuleGroups`, api-version `2023-03-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^:@/#{}%&+*<>?]+$`) |
///
/// Spec: [`PrometheusRuleGroupSpec`]; status: [`PrometheusRuleGroupStatus`]; what the operator knows of it: [`aso_catalog::alertsmanagement::v1api20230301::PROMETHEUS_RULE_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PrometheusRuleGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PrometheusRuleGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PrometheusRuleGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    PrometheusRuleGroup, spec::PrometheusRuleGroupSpec,
    status::PrometheusRuleGroupStatus,
    ::aso_catalog::alertsmanagement::v1api20230301::PROMETHEUS_RULE_GROUP
);

//! `insights.azure.com/v1api20221001`: [`AutoscaleSetting`].
pub mod spec;
pub mod status;
pub use spec::AutoscaleSettingSpec;
pub use status::AutoscaleSettingStatus;
/// The autoscale setting resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: insights.azure.com/v1api20221001`, `kind: AutoscaleSetting` (resource `autoscalesettings`) |
/// | Azure | `Microsoft.Insights/autoscalesettings`, api-version `2022-10-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`AutoscaleSettingSpec`]; status: [`AutoscaleSettingStatus`]; what the operator knows of it: [`aso_catalog::insights::v1api20221001::AUTOSCALE_SETTING`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AutoscaleSetting {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AutoscaleSettingSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AutoscaleSettingStatus>,
}
aso_runtime::impl_azure_resource!(
    AutoscaleSetting, spec::AutoscaleSettingSpec, status::AutoscaleSettingStatus,
    ::aso_catalog::insights::v1api20221001::AUTOSCALE_SETTING
);

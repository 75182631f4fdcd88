//! `insights.azure.com/v1api20230101`: [`ActionGroup`].
pub mod spec;
pub mod status;
pub use spec::ActionGroupSpec;
pub use status::ActionGroupStatus;
/// An action group resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: insights.azure.com/v1api20230101`, `kind: ActionGroup` (resource `actiongroups`) |
/// | Azure | `Microsoft.Insights/actionGroups`, api-version `2023-01-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ActionGroupSpec`]; status: [`ActionGroupStatus`]; what the operator knows of it: [`aso_catalog::insights::v1api20230101::ACTION_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ActionGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ActionGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ActionGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    ActionGroup, spec::ActionGroupSpec, status::ActionGroupStatus,
    ::aso_catalog::insights::v1api20230101::ACTION_GROUP
);

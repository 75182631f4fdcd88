//! `insights.azure.com/v1api20200202`: [`Component`].
pub mod spec;
pub mod status;
pub use spec::ComponentSpec;
pub use status::ComponentStatus;
/// An Application Insights component definition.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: insights.azure.com/v1api20200202`, `kind: Component` (resource `components`) |
/// | Azure | `Microsoft.Insights/components`, api-version `2020-02-02` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `connectionString`, `instrumentationKey` |
///
/// Spec: [`ComponentSpec`]; status: [`ComponentStatus`]; what the operator knows of it: [`aso_catalog::insights::v1api20200202::COMPONENT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Component {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ComponentSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ComponentStatus>,
}
aso_runtime::impl_azure_resource!(
    Component, spec::ComponentSpec, status::ComponentStatus,
    ::aso_catalog::insights::v1api20200202::COMPONENT
);

//! `subscription.azure.com/v1api20211001`: [`Alias`].
pub mod spec;
pub mod status;
pub use spec::AliasSpec;
pub use status::AliasStatus;
/// The parameters required to create a new subscription.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: subscription.azure.com/v1api20211001`, `kind: Alias` (resource `aliases`) |
/// | Azure | `Microsoft.Subscription/aliases`, api-version `2021-10-01` |
/// | Owner | none |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`AliasSpec`]; status: [`AliasStatus`]; what the operator knows of it: [`aso_catalog::subscription::v1api20211001::ALIAS`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Alias {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AliasSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AliasStatus>,
}
aso_runtime::impl_azure_resource!(
    Alias, spec::AliasSpec, status::AliasStatus,
    ::aso_catalog::subscription::v1api20211001::ALIAS
);

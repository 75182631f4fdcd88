//! `monitor.azure.com/v1api20230403`: [`Account`].
pub mod spec;
pub mod status;
pub use spec::AccountSpec;
pub use status::AccountStatus;
/// An Azure Monitor Workspace definition
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: monitor.azure.com/v1api20230403`, `kind: Account` (resource `accounts`) |
/// | Azure | `Microsoft.Monitor/accounts`, api-version `2023-04-03` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^(?!-)[a-zA-Z0-9-]+[^-]$`) |
///
/// Spec: [`AccountSpec`]; status: [`AccountStatus`]; what the operator knows of it: [`aso_catalog::monitor::v1api20230403::ACCOUNT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Account {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AccountSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AccountStatus>,
}
aso_runtime::impl_azure_resource!(
    Account, spec::AccountSpec, status::AccountStatus,
    ::aso_catalog::monitor::v1api20230403::ACCOUNT
);

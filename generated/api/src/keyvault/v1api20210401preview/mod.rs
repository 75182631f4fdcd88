//! `keyvault.azure.com/v1api20210401preview`: [`Vault`].
pub mod spec;
pub mod status;
pub use spec::VaultSpec;
pub use status::VaultStatus;
/// Parameters for creating or updating a vault
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: keyvault.azure.com/v1api20210401preview`, `kind: Vault` (resource `vaults`) |
/// | Azure | `Microsoft.KeyVault/vaults`, api-version `2021-04-01-preview` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z0-9-]{3,24}$`) |
///
/// Spec: [`VaultSpec`]; status: [`VaultStatus`]; what the operator knows of it: [`aso_catalog::keyvault::v1api20210401preview::VAULT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Vault {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VaultSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VaultStatus>,
}
aso_runtime::impl_azure_resource!(
    Vault, spec::VaultSpec, status::VaultStatus,
    ::aso_catalog::keyvault::v1api20210401preview::VAULT
);

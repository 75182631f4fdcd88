//! `batch.azure.com/v1api20210101`: [`BatchAccount`].
pub mod spec;
pub mod status;
pub use spec::BatchAccountSpec;
pub use status::BatchAccountStatus;
/// Parameters supplied to the Create operation.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: batch.azure.com/v1api20210101`, `kind: BatchAccount` (resource `batchaccounts`) |
/// | Azure | `Microsoft.Batch/batchAccounts`, api-version `2021-01-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-z0-9]+$`, 3 to 24 characters) |
///
/// Spec: [`BatchAccountSpec`]; status: [`BatchAccountStatus`]; what the operator knows of it: [`aso_catalog::batch::v1api20210101::BATCH_ACCOUNT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct BatchAccount {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::BatchAccountSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::BatchAccountStatus>,
}
aso_runtime::impl_azure_resource!(
    BatchAccount, spec::BatchAccountSpec, status::BatchAccountStatus,
    ::aso_catalog::batch::v1api20210101::BATCH_ACCOUNT
);

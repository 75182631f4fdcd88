//! `managedidentity.azure.com/v1api20220131preview`: [`FederatedIdentityCredential`].
pub mod spec;
pub mod status;
pub use spec::FederatedIdentityCredentialSpec;
pub use status::FederatedIdentityCredentialStatus;
/// Describes a federated identity credential.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: managedidentity.azure.com/v1api20220131preview`, `kind: FederatedIdentityCredential` (resource `federatedidentitycredentials`) |
/// | Azure | `Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials`, api-version `2022-01-31-preview` |
/// | Owner | a `UserAssignedIdentity` of `managedidentity.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`FederatedIdentityCredentialSpec`]; status: [`FederatedIdentityCredentialStatus`]; what the operator knows of it: [`aso_catalog::managedidentity::v1api20220131preview::FEDERATED_IDENTITY_CREDENTIAL`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FederatedIdentityCredential {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::FederatedIdentityCredentialSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::FederatedIdentityCredentialStatus>,
}
aso_runtime::impl_azure_resource!(
    FederatedIdentityCredential, spec::FederatedIdentityCredentialSpec,
    status::FederatedIdentityCredentialStatus,
    ::aso_catalog::managedidentity::v1api20220131preview::FEDERATED_IDENTITY_CREDENTIAL
);

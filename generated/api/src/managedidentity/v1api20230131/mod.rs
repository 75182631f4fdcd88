//! `managedidentity.azure.com/v1api20230131`: [`FederatedIdentityCredential`], [`UserAssignedIdentity`].
pub mod spec;
pub mod status;
pub use spec::{FederatedIdentityCredentialSpec, UserAssignedIdentitySpec};
pub use status::{FederatedIdentityCredentialStatus, UserAssignedIdentityStatus};
/// Describes a federated identity credential.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: managedidentity.azure.com/v1api20230131`, `kind: FederatedIdentityCredential` (resource `federatedidentitycredentials`) |
/// | Azure | `Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials`, api-version `2023-01-31` |
/// | Owner | a `UserAssignedIdentity` of `managedidentity.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$`) |
///
/// Spec: [`FederatedIdentityCredentialSpec`]; status: [`FederatedIdentityCredentialStatus`]; what the operator knows of it: [`aso_catalog::managedidentity::v1api20230131::FEDERATED_IDENTITY_CREDENTIAL`].
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
    ::aso_catalog::managedidentity::v1api20230131::FEDERATED_IDENTITY_CREDENTIAL
);
/// Describes an identity resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: managedidentity.azure.com/v1api20230131`, `kind: UserAssignedIdentity` (resource `userassignedidentities`) |
/// | Azure | `Microsoft.ManagedIdentity/userAssignedIdentities`, api-version `2023-01-31` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `clientId`, `principalId`, `tenantId`, `clientId`, `principalId`, `tenantId` |
///
/// Spec: [`UserAssignedIdentitySpec`]; status: [`UserAssignedIdentityStatus`]; what the operator knows of it: [`aso_catalog::managedidentity::v1api20230131::USER_ASSIGNED_IDENTITY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct UserAssignedIdentity {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::UserAssignedIdentitySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::UserAssignedIdentityStatus>,
}
aso_runtime::impl_azure_resource!(
    UserAssignedIdentity, spec::UserAssignedIdentitySpec,
    status::UserAssignedIdentityStatus,
    ::aso_catalog::managedidentity::v1api20230131::USER_ASSIGNED_IDENTITY
);

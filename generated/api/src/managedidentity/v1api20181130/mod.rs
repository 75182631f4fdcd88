//! `managedidentity.azure.com/v1api20181130`: [`UserAssignedIdentity`].
pub mod spec;
pub mod status;
pub use spec::UserAssignedIdentitySpec;
pub use status::UserAssignedIdentityStatus;
/// Describes an identity resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: managedidentity.azure.com/v1api20181130`, `kind: UserAssignedIdentity` (resource `userassignedidentities`) |
/// | Azure | `Microsoft.ManagedIdentity/userAssignedIdentities`, api-version `2018-11-30` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `clientId`, `principalId`, `tenantId` |
///
/// Spec: [`UserAssignedIdentitySpec`]; status: [`UserAssignedIdentityStatus`]; what the operator knows of it: [`aso_catalog::managedidentity::v1api20181130::USER_ASSIGNED_IDENTITY`].
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
    ::aso_catalog::managedidentity::v1api20181130::USER_ASSIGNED_IDENTITY
);

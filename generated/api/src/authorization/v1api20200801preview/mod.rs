//! `authorization.azure.com/v1api20200801preview`: [`RoleAssignment`].
pub mod spec;
pub mod status;
pub use spec::RoleAssignmentSpec;
pub use status::RoleAssignmentStatus;
/// Role assignment create parameters.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: authorization.azure.com/v1api20200801preview`, `kind: RoleAssignment` (resource `roleassignments`) |
/// | Azure | `Microsoft.Authorization/roleAssignments`, api-version `2020-08-01-preview` |
/// | Owner | any resource: `spec.owner` as `{group, kind, name}`, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else a UUID derived from the object's identity |
///
/// Spec: [`RoleAssignmentSpec`]; status: [`RoleAssignmentStatus`]; what the operator knows of it: [`aso_catalog::authorization::v1api20200801preview::ROLE_ASSIGNMENT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RoleAssignment {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RoleAssignmentSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RoleAssignmentStatus>,
}
aso_runtime::impl_azure_resource!(
    RoleAssignment, spec::RoleAssignmentSpec, status::RoleAssignmentStatus,
    ::aso_catalog::authorization::v1api20200801preview::ROLE_ASSIGNMENT
);

//! `authorization.azure.com/v1api20220401`: [`RoleAssignment`], [`RoleDefinition`].
pub mod spec;
pub mod status;
pub use spec::{RoleAssignmentSpec, RoleDefinitionSpec};
pub use status::{RoleAssignmentStatus, RoleDefinitionStatus};
/// Role assignment create parameters.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: authorization.azure.com/v1api20220401`, `kind: RoleAssignment` (resource `roleassignments`) |
/// | Azure | `Microsoft.Authorization/roleAssignments`, api-version `2022-04-01` |
/// | Owner | any resource: `spec.owner` as `{group, kind, name}`, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else a UUID derived from the object's identity |
///
/// Spec: [`RoleAssignmentSpec`]; status: [`RoleAssignmentStatus`]; what the operator knows of it: [`aso_catalog::authorization::v1api20220401::ROLE_ASSIGNMENT`].
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
    ::aso_catalog::authorization::v1api20220401::ROLE_ASSIGNMENT
);
/// Role definition.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: authorization.azure.com/v1api20220401`, `kind: RoleDefinition` (resource `roledefinitions`) |
/// | Azure | `Microsoft.Authorization/roleDefinitions`, api-version `2022-04-01` |
/// | Owner | any resource: `spec.owner` as `{group, kind, name}`, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else a UUID derived from the object's identity |
///
/// Spec: [`RoleDefinitionSpec`]; status: [`RoleDefinitionStatus`]; what the operator knows of it: [`aso_catalog::authorization::v1api20220401::ROLE_DEFINITION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RoleDefinition {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RoleDefinitionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RoleDefinitionStatus>,
}
aso_runtime::impl_azure_resource!(
    RoleDefinition, spec::RoleDefinitionSpec, status::RoleDefinitionStatus,
    ::aso_catalog::authorization::v1api20220401::ROLE_DEFINITION
);

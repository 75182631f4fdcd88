//! `authorization.azure.com/v1api20200801preview`.
/// `RoleAssignment`: ARM type `Microsoft.Authorization/roleAssignments`, api-version `2020-08-01-preview`.
pub static ROLE_ASSIGNMENT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "authorization",
    api_group: "authorization.azure.com",
    version: "v1api20200801preview",
    kind: "RoleAssignment",
    plural: "roleassignments",
    arm_type: "Microsoft.Authorization/roleAssignments",
    api_version: "2020-08-01-preview",
    arm_uri: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
    scope: aso_runtime::Scope::Extension,
    owner: aso_runtime::OwnerRule::Arbitrary,
    azure_name: aso_runtime::AzureName::UuidFromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[],
    arm_schema: include_str!("arm/RoleAssignment.2020-08-01-preview.json"),
    aso_versions: &["v1api20200801preview", "v1api20220401"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&ROLE_ASSIGNMENT];

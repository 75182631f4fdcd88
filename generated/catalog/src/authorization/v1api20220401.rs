//! `authorization.azure.com/v1api20220401`.
/// `RoleAssignment`: ARM type `Microsoft.Authorization/roleAssignments`, api-version `2022-04-01`.
pub static ROLE_ASSIGNMENT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "authorization",
    api_group: "authorization.azure.com",
    version: "v1api20220401",
    kind: "RoleAssignment",
    plural: "roleassignments",
    arm_type: "Microsoft.Authorization/roleAssignments",
    api_version: "2022-04-01",
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
    arm_schema: include_str!("arm/RoleAssignment.2022-04-01.json"),
    aso_versions: &["v1api20200801preview", "v1api20220401"],
};
/// `RoleDefinition`: ARM type `Microsoft.Authorization/roleDefinitions`, api-version `2022-04-01`.
pub static ROLE_DEFINITION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "authorization",
    api_group: "authorization.azure.com",
    version: "v1api20220401",
    kind: "RoleDefinition",
    plural: "roledefinitions",
    arm_type: "Microsoft.Authorization/roleDefinitions",
    api_version: "2022-04-01",
    arm_uri: "/{scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}",
    scope: aso_runtime::Scope::Extension,
    owner: aso_runtime::OwnerRule::Arbitrary,
    azure_name: aso_runtime::AzureName::UuidFromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[],
    arm_schema: include_str!("arm/RoleDefinition.2022-04-01.json"),
    aso_versions: &["v1api20220401"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&ROLE_ASSIGNMENT, &ROLE_DEFINITION];

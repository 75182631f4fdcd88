//! `managedidentity.azure.com/v1api20220131preview`.
/// `FederatedIdentityCredential`: ARM type `Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials`, api-version `2022-01-31-preview`.
pub static FEDERATED_IDENTITY_CREDENTIAL: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "managedidentity",
    api_group: "managedidentity.azure.com",
    version: "v1api20220131preview",
    kind: "FederatedIdentityCredential",
    plural: "federatedidentitycredentials",
    arm_type: "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
    api_version: "2022-01-31-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}/federatedIdentityCredentials/{federatedIdentityCredentialResourceName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "managedidentity.azure.com",
        kind: "UserAssignedIdentity",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[],
    arm_schema: include_str!("arm/FederatedIdentityCredential.2022-01-31-preview.json"),
    aso_versions: &["v1api20220131preview", "v1api20230131"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&FEDERATED_IDENTITY_CREDENTIAL];

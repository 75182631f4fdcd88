//! `managedidentity.azure.com/v1api20230131`.
/// `FederatedIdentityCredential`: ARM type `Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials`, api-version `2023-01-31`.
pub static FEDERATED_IDENTITY_CREDENTIAL: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "managedidentity",
    api_group: "managedidentity.azure.com",
    version: "v1api20230131",
    kind: "FederatedIdentityCredential",
    plural: "federatedidentitycredentials",
    arm_type: "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
    api_version: "2023-01-31",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}/federatedIdentityCredentials/{federatedIdentityCredentialResourceName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "managedidentity.azure.com",
        kind: "UserAssignedIdentity",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$"),
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S2,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/FederatedIdentityCredential.2023-01-31.json"),
    aso_versions: &["v1api20220131preview", "v1api20230131"],
};
/// `UserAssignedIdentity`: ARM type `Microsoft.ManagedIdentity/userAssignedIdentities`, api-version `2023-01-31`.
pub static USER_ASSIGNED_IDENTITY: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "managedidentity",
    api_group: "managedidentity.azure.com",
    version: "v1api20230131",
    kind: "UserAssignedIdentity",
    plural: "userassignedidentities",
    arm_type: "Microsoft.ManagedIdentity/userAssignedIdentities",
    api_version: "2023-01-31",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S5,
    exports: &[
        aso_runtime::Export {
            key: "clientId",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["clientId"]),
        },
        aso_runtime::Export {
            key: "principalId",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["principalId"]),
        },
        aso_runtime::Export {
            key: "tenantId",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Status(&["tenantId"]),
        },
        aso_runtime::Export {
            key: "clientId",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["clientId"]),
        },
        aso_runtime::Export {
            key: "principalId",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["principalId"]),
        },
        aso_runtime::Export {
            key: "tenantId",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["tenantId"]),
        },
    ],
    arm_schema: include_str!("arm/UserAssignedIdentity.2023-01-31.json"),
    aso_versions: &["v1api20181130", "v1api20230131"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &FEDERATED_IDENTITY_CREDENTIAL,
    &USER_ASSIGNED_IDENTITY,
];

//! `machinelearningservices.azure.com/v1api20210701`.
/// `Workspace`: ARM type `Microsoft.MachineLearningServices/workspaces`, api-version `2021-07-01`.
pub static WORKSPACE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "machinelearningservices",
    api_group: "machinelearningservices.azure.com",
    version: "v1api20210701",
    kind: "Workspace",
    plural: "workspaces",
    arm_type: "Microsoft.MachineLearningServices/workspaces",
    api_version: "2021-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}",
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
    spec: &super::shapes::S3,
    status: &super::shapes::S5,
    exports: &[
        aso_runtime::Export {
            key: "appInsightsInstrumentationKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "containerRegistryPassword",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "containerRegistryPassword2",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "containerRegistryUserName",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "primaryNotebookAccessKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryNotebookAccessKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "userStorageKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/Workspace.2021-07-01.json"),
    aso_versions: &["v1api20210701"],
};
/// `WorkspacesCompute`: ARM type `Microsoft.MachineLearningServices/workspaces/computes`, api-version `2021-07-01`.
pub static WORKSPACES_COMPUTE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "machinelearningservices",
    api_group: "machinelearningservices.azure.com",
    version: "v1api20210701",
    kind: "WorkspacesCompute",
    plural: "workspacescomputes",
    arm_type: "Microsoft.MachineLearningServices/workspaces/computes",
    api_version: "2021-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "machinelearningservices.azure.com",
        kind: "Workspace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S24,
    status: &super::shapes::S27,
    exports: &[],
    arm_schema: include_str!("arm/WorkspacesCompute.2021-07-01.json"),
    aso_versions: &["v1api20210701"],
};
/// `WorkspacesConnection`: ARM type `Microsoft.MachineLearningServices/workspaces/connections`, api-version `2021-07-01`.
pub static WORKSPACES_CONNECTION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "machinelearningservices",
    api_group: "machinelearningservices.azure.com",
    version: "v1api20210701",
    kind: "WorkspacesConnection",
    plural: "workspacesconnections",
    arm_type: "Microsoft.MachineLearningServices/workspaces/connections",
    api_version: "2021-07-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/connections/{connectionName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "machinelearningservices.azure.com",
        kind: "Workspace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S28,
    status: &super::shapes::S29,
    exports: &[],
    arm_schema: include_str!("arm/WorkspacesConnection.2021-07-01.json"),
    aso_versions: &["v1api20210701"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &WORKSPACE,
    &WORKSPACES_COMPUTE,
    &WORKSPACES_CONNECTION,
];

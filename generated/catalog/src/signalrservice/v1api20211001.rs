//! `signalrservice.azure.com/v1api20211001`.
/// `SignalR`: ARM type `Microsoft.SignalRService/signalR`, api-version `2021-10-01`.
pub static SIGNAL_R: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "signalrservice",
    api_group: "signalrservice.azure.com",
    version: "v1api20211001",
    kind: "SignalR",
    plural: "signalrs",
    arm_type: "Microsoft.SignalRService/signalR",
    api_version: "2021-10-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.SignalRService/signalR/{resourceName}",
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
    spec: &super::shapes::S2,
    status: &super::shapes::S3,
    exports: &[
        aso_runtime::Export {
            key: "primaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "primaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/SignalR.2021-10-01.json"),
    aso_versions: &["v1api20211001"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&SIGNAL_R];

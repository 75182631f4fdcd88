//! `devices.azure.com/v1api20210702`.
/// `IotHub`: ARM type `Microsoft.Devices/IotHubs`, api-version `2021-07-02`.
pub static IOT_HUB: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "devices",
    api_group: "devices.azure.com",
    version: "v1api20210702",
    kind: "IotHub",
    plural: "iothubs",
    arm_type: "Microsoft.Devices/IotHubs",
    api_version: "2021-07-02",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Devices/IotHubs/{resourceName}",
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
    spec: &super::shapes::S8,
    status: &super::shapes::S9,
    exports: &[
        aso_runtime::Export {
            key: "devicePrimaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "deviceSecondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "iotHubOwnerPrimaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "iotHubOwnerSecondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "registryReadPrimaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "registryReadSecondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "registryReadWritePrimaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "registryReadWriteSecondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "servicePrimaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "serviceSecondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/IotHub.2021-07-02.json"),
    aso_versions: &["v1api20210702"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&IOT_HUB];

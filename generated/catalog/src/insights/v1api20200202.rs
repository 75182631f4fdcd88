//! `insights.azure.com/v1api20200202`.
/// `Component`: ARM type `Microsoft.Insights/components`, api-version `2020-02-02`.
pub static COMPONENT: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "insights",
    api_group: "insights.azure.com",
    version: "v1api20200202",
    kind: "Component",
    plural: "components",
    arm_type: "Microsoft.Insights/components",
    api_version: "2020-02-02",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Insights/components/{resourceName}",
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
    spec: &super::shapes::S10,
    status: &super::shapes::S11,
    exports: &[
        aso_runtime::Export {
            key: "connectionString",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["ConnectionString"]),
        },
        aso_runtime::Export {
            key: "instrumentationKey",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["InstrumentationKey"]),
        },
    ],
    arm_schema: include_str!("arm/Component.2020-02-02.json"),
    aso_versions: &["v1api20200202"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&COMPONENT];

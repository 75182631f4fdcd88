//! `kubernetesconfiguration.azure.com/v1api20230501`.
/// `Extension`: ARM type `Microsoft.KubernetesConfiguration/extensions`, api-version `2023-05-01`.
pub static EXTENSION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "kubernetesconfiguration",
    api_group: "kubernetesconfiguration.azure.com",
    version: "v1api20230501",
    kind: "Extension",
    plural: "extensions",
    arm_type: "Microsoft.KubernetesConfiguration/extensions",
    api_version: "2023-05-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{clusterRp}/{clusterResourceName}/{clusterName}/providers/Microsoft.KubernetesConfiguration/extensions/{extensionName}",
    scope: aso_runtime::Scope::Extension,
    owner: aso_runtime::OwnerRule::Arbitrary,
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S0,
    status: &super::shapes::S1,
    exports: &[
        aso_runtime::Export {
            key: "principalId",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(
                &["aksAssignedIdentity", "principalId"],
            ),
        },
    ],
    arm_schema: include_str!("arm/Extension.2023-05-01.json"),
    aso_versions: &["v1api20230501"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&EXTENSION];

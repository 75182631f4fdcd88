//! `search.azure.com/v1api20220901`.
/// `SearchService`: ARM type `Microsoft.Search/searchServices`, api-version `2022-09-01`.
pub static SEARCH_SERVICE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "search",
    api_group: "search.azure.com",
    version: "v1api20220901",
    kind: "SearchService",
    plural: "searchservices",
    arm_type: "Microsoft.Search/searchServices",
    api_version: "2022-09-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Search/searchServices/{searchServiceName}",
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
    status: &super::shapes::S1,
    exports: &[
        aso_runtime::Export {
            key: "adminPrimaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "adminSecondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "queryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/SearchService.2022-09-01.json"),
    aso_versions: &["v1api20220901"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[&SEARCH_SERVICE];

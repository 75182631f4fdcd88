//! `search.azure.com/v1api20220901`: [`SearchService`].
pub mod spec;
pub mod status;
pub use spec::SearchServiceSpec;
pub use status::SearchServiceStatus;
/// Describes an Azure Cognitive Search service and its current state.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: search.azure.com/v1api20220901`, `kind: SearchService` (resource `searchservices`) |
/// | Azure | `Microsoft.Search/searchServices`, api-version `2022-09-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `adminPrimaryKey`, `adminSecondaryKey`, `queryKey` |
///
/// Spec: [`SearchServiceSpec`]; status: [`SearchServiceStatus`]; what the operator knows of it: [`aso_catalog::search::v1api20220901::SEARCH_SERVICE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SearchService {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SearchServiceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SearchServiceStatus>,
}
aso_runtime::impl_azure_resource!(
    SearchService, spec::SearchServiceSpec, status::SearchServiceStatus,
    ::aso_catalog::search::v1api20220901::SEARCH_SERVICE
);

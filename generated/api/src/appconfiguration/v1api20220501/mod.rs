//! `appconfiguration.azure.com/v1api20220501`: [`ConfigurationStore`].
pub mod spec;
pub mod status;
pub use spec::ConfigurationStoreSpec;
pub use status::ConfigurationStoreStatus;
/// The configuration store along with all resource properties. The Configuration Store will have all information to begin utilizing it.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: appconfiguration.azure.com/v1api20220501`, `kind: ConfigurationStore` (resource `configurationstores`) |
/// | Azure | `Microsoft.AppConfiguration/configurationStores`, api-version `2022-05-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z0-9_-]*$`, 5 to 50 characters) |
/// | Exports | `spec.operatorSpec`: `primaryConnectionString`, `primaryKey`, `primaryKeyID`, `primaryReadOnlyConnectionString`, `primaryReadOnlyKey`, `primaryReadOnlyKeyID`, `secondaryConnectionString`, `secondaryKey`, `secondaryKeyID`, `secondaryReadOnlyConnectionString`, `secondaryReadOnlyKey`, `secondaryReadOnlyKeyID` |
///
/// Spec: [`ConfigurationStoreSpec`]; status: [`ConfigurationStoreStatus`]; what the operator knows of it: [`aso_catalog::appconfiguration::v1api20220501::CONFIGURATION_STORE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ConfigurationStore {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ConfigurationStoreSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ConfigurationStoreStatus>,
}
aso_runtime::impl_azure_resource!(
    ConfigurationStore, spec::ConfigurationStoreSpec, status::ConfigurationStoreStatus,
    ::aso_catalog::appconfiguration::v1api20220501::CONFIGURATION_STORE
);

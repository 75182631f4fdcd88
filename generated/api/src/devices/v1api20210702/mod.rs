//! `devices.azure.com/v1api20210702`: [`IotHub`].
pub mod spec;
pub mod status;
pub use spec::IotHubSpec;
pub use status::IotHubStatus;
/// The description of the IoT hub.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: devices.azure.com/v1api20210702`, `kind: IotHub` (resource `iothubs`) |
/// | Azure | `Microsoft.Devices/IotHubs`, api-version `2021-07-02` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `devicePrimaryKey`, `deviceSecondaryKey`, `iotHubOwnerPrimaryKey`, `iotHubOwnerSecondaryKey`, `registryReadPrimaryKey`, `registryReadSecondaryKey`, `registryReadWritePrimaryKey`, `registryReadWriteSecondaryKey`, `servicePrimaryKey`, `serviceSecondaryKey` |
///
/// Spec: [`IotHubSpec`]; status: [`IotHubStatus`]; what the operator knows of it: [`aso_catalog::devices::v1api20210702::IOT_HUB`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct IotHub {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::IotHubSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::IotHubStatus>,
}
aso_runtime::impl_azure_resource!(
    IotHub, spec::IotHubSpec, status::IotHubStatus,
    ::aso_catalog::devices::v1api20210702::IOT_HUB
);

//! `compute.azure.com/v1api20201201`: [`VirtualMachine`].
pub mod spec;
pub mod status;
pub use spec::VirtualMachineSpec;
pub use status::VirtualMachineStatus;
/// Describes a Virtual Machine.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20201201`, `kind: VirtualMachine` (resource `virtualmachines`) |
/// | Azure | `Microsoft.Compute/virtualMachines`, api-version `2020-12-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualMachineSpec`]; status: [`VirtualMachineStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20201201::VIRTUAL_MACHINE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualMachine {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualMachineSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VirtualMachineStatus>,
}
aso_runtime::impl_azure_resource!(
    VirtualMachine, spec::VirtualMachineSpec, status::VirtualMachineStatus,
    ::aso_catalog::compute::v1api20201201::VIRTUAL_MACHINE
);

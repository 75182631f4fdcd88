//! `compute.azure.com/v1api20201201`: [`VirtualMachine`], [`VirtualMachineScaleSet`], [`VirtualMachineScaleSetsExtension`], [`VirtualMachinesExtension`].
pub mod spec;
pub mod status;
pub use spec::{
    VirtualMachineSpec, VirtualMachineScaleSetSpec, VirtualMachineScaleSetsExtensionSpec,
    VirtualMachinesExtensionSpec,
};
pub use status::{
    VirtualMachineStatus, VirtualMachineScaleSetStatus,
    VirtualMachineScaleSetsExtensionStatus, VirtualMachinesExtensionStatus,
};
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
/// Describes a Virtual Machine Scale Set.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20201201`, `kind: VirtualMachineScaleSet` (resource `virtualmachinescalesets`) |
/// | Azure | `Microsoft.Compute/virtualMachineScaleSets`, api-version `2020-12-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualMachineScaleSetSpec`]; status: [`VirtualMachineScaleSetStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20201201::VIRTUAL_MACHINE_SCALE_SET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualMachineScaleSet {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualMachineScaleSetSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VirtualMachineScaleSetStatus>,
}
aso_runtime::impl_azure_resource!(
    VirtualMachineScaleSet, spec::VirtualMachineScaleSetSpec,
    status::VirtualMachineScaleSetStatus,
    ::aso_catalog::compute::v1api20201201::VIRTUAL_MACHINE_SCALE_SET
);
/// Describes a Virtual Machine Scale Set Extension.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20201201`, `kind: VirtualMachineScaleSetsExtension` (resource `virtualmachinescalesetsextensions`) |
/// | Azure | `Microsoft.Compute/virtualMachineScaleSets/extensions`, api-version `2020-12-01` |
/// | Owner | a `VirtualMachineScaleSet` of `compute.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualMachineScaleSetsExtensionSpec`]; status: [`VirtualMachineScaleSetsExtensionStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20201201::VIRTUAL_MACHINE_SCALE_SETS_EXTENSION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualMachineScaleSetsExtension {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualMachineScaleSetsExtensionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VirtualMachineScaleSetsExtensionStatus>,
}
aso_runtime::impl_azure_resource!(
    VirtualMachineScaleSetsExtension, spec::VirtualMachineScaleSetsExtensionSpec,
    status::VirtualMachineScaleSetsExtensionStatus,
    ::aso_catalog::compute::v1api20201201::VIRTUAL_MACHINE_SCALE_SETS_EXTENSION
);
/// Describes a Virtual Machine Extension.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: compute.azure.com/v1api20201201`, `kind: VirtualMachinesExtension` (resource `virtualmachinesextensions`) |
/// | Azure | `Microsoft.Compute/virtualMachines/extensions`, api-version `2020-12-01` |
/// | Owner | a `VirtualMachine` of `compute.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`VirtualMachinesExtensionSpec`]; status: [`VirtualMachinesExtensionStatus`]; what the operator knows of it: [`aso_catalog::compute::v1api20201201::VIRTUAL_MACHINES_EXTENSION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct VirtualMachinesExtension {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::VirtualMachinesExtensionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::VirtualMachinesExtensionStatus>,
}
aso_runtime::impl_azure_resource!(
    VirtualMachinesExtension, spec::VirtualMachinesExtensionSpec,
    status::VirtualMachinesExtensionStatus,
    ::aso_catalog::compute::v1api20201201::VIRTUAL_MACHINES_EXTENSION
);

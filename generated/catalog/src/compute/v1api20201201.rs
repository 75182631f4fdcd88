//! `compute.azure.com/v1api20201201`.
/// `VirtualMachine`: ARM type `Microsoft.Compute/virtualMachines`, api-version `2020-12-01`.
pub static VIRTUAL_MACHINE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20201201",
    kind: "VirtualMachine",
    plural: "virtualmachines",
    arm_type: "Microsoft.Compute/virtualMachines",
    api_version: "2020-12-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachines/{vmName}",
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
    spec: &super::shapes::S23,
    status: &super::shapes::S25,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachine.2020-12-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// `VirtualMachineScaleSet`: ARM type `Microsoft.Compute/virtualMachineScaleSets`, api-version `2020-12-01`.
pub static VIRTUAL_MACHINE_SCALE_SET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20201201",
    kind: "VirtualMachineScaleSet",
    plural: "virtualmachinescalesets",
    arm_type: "Microsoft.Compute/virtualMachineScaleSets",
    api_version: "2020-12-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachineScaleSets/{vmScaleSetName}",
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
    spec: &super::shapes::S38,
    status: &super::shapes::S46,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachineScaleSet.2020-12-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// `VirtualMachineScaleSetsExtension`: ARM type `Microsoft.Compute/virtualMachineScaleSets/extensions`, api-version `2020-12-01`.
pub static VIRTUAL_MACHINE_SCALE_SETS_EXTENSION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20201201",
    kind: "VirtualMachineScaleSetsExtension",
    plural: "virtualmachinescalesetsextensions",
    arm_type: "Microsoft.Compute/virtualMachineScaleSets/extensions",
    api_version: "2020-12-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachineScaleSets/{vmScaleSetName}/extensions/{vmssExtensionName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "compute.azure.com",
        kind: "VirtualMachineScaleSet",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S47,
    status: &super::shapes::S39,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachineScaleSetsExtension.2020-12-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// `VirtualMachinesExtension`: ARM type `Microsoft.Compute/virtualMachines/extensions`, api-version `2020-12-01`.
pub static VIRTUAL_MACHINES_EXTENSION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20201201",
    kind: "VirtualMachinesExtension",
    plural: "virtualmachinesextensions",
    arm_type: "Microsoft.Compute/virtualMachines/extensions",
    api_version: "2020-12-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/virtualMachines/{vmName}/extensions/{vmExtensionName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "compute.azure.com",
        kind: "VirtualMachine",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S48,
    status: &super::shapes::S24,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachinesExtension.2020-12-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &VIRTUAL_MACHINE,
    &VIRTUAL_MACHINE_SCALE_SET,
    &VIRTUAL_MACHINE_SCALE_SETS_EXTENSION,
    &VIRTUAL_MACHINES_EXTENSION,
];

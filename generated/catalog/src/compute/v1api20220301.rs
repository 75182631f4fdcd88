//! `compute.azure.com/v1api20220301`.
/// `Image`: ARM type `Microsoft.Compute/images`, api-version `2022-03-01`.
pub static IMAGE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20220301",
    kind: "Image",
    plural: "images",
    arm_type: "Microsoft.Compute/images",
    api_version: "2022-03-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/images/{imageName}",
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
    spec: &super::shapes::S52,
    status: &super::shapes::S53,
    exports: &[],
    arm_schema: include_str!("arm/Image.2022-03-01.json"),
    aso_versions: &["v1api20210701", "v1api20220301"],
};
/// `VirtualMachine`: ARM type `Microsoft.Compute/virtualMachines`, api-version `2022-03-01`.
pub static VIRTUAL_MACHINE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20220301",
    kind: "VirtualMachine",
    plural: "virtualmachines",
    arm_type: "Microsoft.Compute/virtualMachines",
    api_version: "2022-03-01",
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
    spec: &super::shapes::S67,
    status: &super::shapes::S73,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachine.2022-03-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// `VirtualMachineScaleSet`: ARM type `Microsoft.Compute/virtualMachineScaleSets`, api-version `2022-03-01`.
pub static VIRTUAL_MACHINE_SCALE_SET: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20220301",
    kind: "VirtualMachineScaleSet",
    plural: "virtualmachinescalesets",
    arm_type: "Microsoft.Compute/virtualMachineScaleSets",
    api_version: "2022-03-01",
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
    spec: &super::shapes::S86,
    status: &super::shapes::S94,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachineScaleSet.2022-03-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// `VirtualMachineScaleSetsExtension`: ARM type `Microsoft.Compute/virtualMachineScaleSets/extensions`, api-version `2022-03-01`.
pub static VIRTUAL_MACHINE_SCALE_SETS_EXTENSION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20220301",
    kind: "VirtualMachineScaleSetsExtension",
    plural: "virtualmachinescalesetsextensions",
    arm_type: "Microsoft.Compute/virtualMachineScaleSets/extensions",
    api_version: "2022-03-01",
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
    spec: &super::shapes::S95,
    status: &super::shapes::S87,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachineScaleSetsExtension.2022-03-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// `VirtualMachinesExtension`: ARM type `Microsoft.Compute/virtualMachines/extensions`, api-version `2022-03-01`.
pub static VIRTUAL_MACHINES_EXTENSION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "compute",
    api_group: "compute.azure.com",
    version: "v1api20220301",
    kind: "VirtualMachinesExtension",
    plural: "virtualmachinesextensions",
    arm_type: "Microsoft.Compute/virtualMachines/extensions",
    api_version: "2022-03-01",
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
    spec: &super::shapes::S96,
    status: &super::shapes::S72,
    exports: &[],
    arm_schema: include_str!("arm/VirtualMachinesExtension.2022-03-01.json"),
    aso_versions: &["v1api20201201", "v1api20220301"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &IMAGE,
    &VIRTUAL_MACHINE,
    &VIRTUAL_MACHINE_SCALE_SET,
    &VIRTUAL_MACHINE_SCALE_SETS_EXTENSION,
    &VIRTUAL_MACHINES_EXTENSION,
];

//! `eventhub.azure.com/v1api20211101`.
/// `Namespace`: ARM type `Microsoft.EventHub/namespaces`, api-version `2021-11-01`.
pub static NAMESPACE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "Namespace",
    plural: "namespaces",
    arm_type: "Microsoft.EventHub/namespaces",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "resources.azure.com",
        kind: "ResourceGroup",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: Some("^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$"),
        min_length: Some(6u64),
        max_length: Some(50u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S5,
    status: &super::shapes::S6,
    exports: &[
        aso_runtime::Export {
            key: "primaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "primaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/Namespace.2021-11-01.json"),
    aso_versions: &["v1api20211101"],
};
/// `NamespacesAuthorizationRule`: ARM type `Microsoft.EventHub/namespaces/authorizationRules`, api-version `2021-11-01`.
pub static NAMESPACES_AUTHORIZATION_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "NamespacesAuthorizationRule",
    plural: "namespacesauthorizationrules",
    arm_type: "Microsoft.EventHub/namespaces/authorizationRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}/authorizationRules/{authorizationRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "eventhub.azure.com",
        kind: "Namespace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[
        aso_runtime::Export {
            key: "primaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "primaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/NamespacesAuthorizationRule.2021-11-01.json"),
    aso_versions: &["v1api20211101"],
};
/// `NamespacesEventhub`: ARM type `Microsoft.EventHub/namespaces/eventhubs`, api-version `2021-11-01`.
pub static NAMESPACES_EVENTHUB: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "NamespacesEventhub",
    plural: "namespaceseventhubs",
    arm_type: "Microsoft.EventHub/namespaces/eventhubs",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}/eventhubs/{eventHubName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "eventhub.azure.com",
        kind: "Namespace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: Some(256u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S11,
    status: &super::shapes::S14,
    exports: &[],
    arm_schema: include_str!("arm/NamespacesEventhub.2021-11-01.json"),
    aso_versions: &["v1api20211101"],
};
/// `NamespacesEventhubsAuthorizationRule`: ARM type `Microsoft.EventHub/namespaces/eventhubs/authorizationRules`, api-version `2021-11-01`.
pub static NAMESPACES_EVENTHUBS_AUTHORIZATION_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "NamespacesEventhubsAuthorizationRule",
    plural: "namespaceseventhubsauthorizationrules",
    arm_type: "Microsoft.EventHub/namespaces/eventhubs/authorizationRules",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}/eventhubs/{eventHubName}/authorizationRules/{authorizationRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "eventhub.azure.com",
        kind: "NamespacesEventhub",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S7,
    status: &super::shapes::S8,
    exports: &[
        aso_runtime::Export {
            key: "primaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "primaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryConnectionString",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "secondaryKey",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
    ],
    arm_schema: include_str!("arm/NamespacesEventhubsAuthorizationRule.2021-11-01.json"),
    aso_versions: &["v1api20211101"],
};
/// `NamespacesEventhubsConsumerGroup`: ARM type `Microsoft.EventHub/namespaces/eventhubs/consumergroups`, api-version `2021-11-01`.
pub static NAMESPACES_EVENTHUBS_CONSUMER_GROUP: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventhub",
    api_group: "eventhub.azure.com",
    version: "v1api20211101",
    kind: "NamespacesEventhubsConsumerGroup",
    plural: "namespaceseventhubsconsumergroups",
    arm_type: "Microsoft.EventHub/namespaces/eventhubs/consumergroups",
    api_version: "2021-11-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventHub/namespaces/{namespaceName}/eventhubs/{eventHubName}/consumergroups/{consumerGroupName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "eventhub.azure.com",
        kind: "NamespacesEventhub",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: Some(50u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S15,
    status: &super::shapes::S16,
    exports: &[],
    arm_schema: include_str!("arm/NamespacesEventhubsConsumerGroup.2021-11-01.json"),
    aso_versions: &["v1api20211101"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &NAMESPACE,
    &NAMESPACES_AUTHORIZATION_RULE,
    &NAMESPACES_EVENTHUB,
    &NAMESPACES_EVENTHUBS_AUTHORIZATION_RULE,
    &NAMESPACES_EVENTHUBS_CONSUMER_GROUP,
];

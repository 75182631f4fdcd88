//! `servicebus.azure.com/v1api20210101preview`.
/// `Namespace`: ARM type `Microsoft.ServiceBus/namespaces`, api-version `2021-01-01-preview`.
pub static NAMESPACE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20210101preview",
    kind: "Namespace",
    plural: "namespaces",
    arm_type: "Microsoft.ServiceBus/namespaces",
    api_version: "2021-01-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}",
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
    spec: &super::shapes::S5,
    status: &super::shapes::S6,
    exports: &[
        aso_runtime::Export {
            key: "endpoint",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
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
    arm_schema: include_str!("arm/Namespace.2021-01-01-preview.json"),
    aso_versions: &["v1api20210101preview", "v1api20211101", "v1api20221001preview"],
};
/// `NamespacesAuthorizationRule`: ARM type `Microsoft.ServiceBus/namespaces/AuthorizationRules`, api-version `2021-01-01-preview`.
pub static NAMESPACES_AUTHORIZATION_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20210101preview",
    kind: "NamespacesAuthorizationRule",
    plural: "namespacesauthorizationrules",
    arm_type: "Microsoft.ServiceBus/namespaces/AuthorizationRules",
    api_version: "2021-01-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/AuthorizationRules/{authorizationRuleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "servicebus.azure.com",
        kind: "Namespace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: Some(50u64),
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
    arm_schema: include_str!("arm/NamespacesAuthorizationRule.2021-01-01-preview.json"),
    aso_versions: &["v1api20210101preview", "v1api20211101", "v1api20221001preview"],
};
/// `NamespacesQueue`: ARM type `Microsoft.ServiceBus/namespaces/queues`, api-version `2021-01-01-preview`.
pub static NAMESPACES_QUEUE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20210101preview",
    kind: "NamespacesQueue",
    plural: "namespacesqueues",
    arm_type: "Microsoft.ServiceBus/namespaces/queues",
    api_version: "2021-01-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/queues/{queueName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "servicebus.azure.com",
        kind: "Namespace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S9,
    status: &super::shapes::S10,
    exports: &[],
    arm_schema: include_str!("arm/NamespacesQueue.2021-01-01-preview.json"),
    aso_versions: &["v1api20210101preview", "v1api20211101", "v1api20221001preview"],
};
/// `NamespacesTopic`: ARM type `Microsoft.ServiceBus/namespaces/topics`, api-version `2021-01-01-preview`.
pub static NAMESPACES_TOPIC: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20210101preview",
    kind: "NamespacesTopic",
    plural: "namespacestopics",
    arm_type: "Microsoft.ServiceBus/namespaces/topics",
    api_version: "2021-01-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/topics/{topicName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "servicebus.azure.com",
        kind: "Namespace",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S11,
    status: &super::shapes::S12,
    exports: &[],
    arm_schema: include_str!("arm/NamespacesTopic.2021-01-01-preview.json"),
    aso_versions: &["v1api20210101preview", "v1api20211101", "v1api20221001preview"],
};
/// `NamespacesTopicsSubscription`: ARM type `Microsoft.ServiceBus/namespaces/topics/subscriptions`, api-version `2021-01-01-preview`.
pub static NAMESPACES_TOPICS_SUBSCRIPTION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20210101preview",
    kind: "NamespacesTopicsSubscription",
    plural: "namespacestopicssubscriptions",
    arm_type: "Microsoft.ServiceBus/namespaces/topics/subscriptions",
    api_version: "2021-01-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/topics/{topicName}/subscriptions/{subscriptionName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "servicebus.azure.com",
        kind: "NamespacesTopic",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: Some(1u64),
        max_length: Some(50u64),
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S13,
    status: &super::shapes::S14,
    exports: &[],
    arm_schema: include_str!("arm/NamespacesTopicsSubscription.2021-01-01-preview.json"),
    aso_versions: &["v1api20210101preview", "v1api20211101", "v1api20221001preview"],
};
/// `NamespacesTopicsSubscriptionsRule`: ARM type `Microsoft.ServiceBus/namespaces/topics/subscriptions/rules`, api-version `2021-01-01-preview`.
pub static NAMESPACES_TOPICS_SUBSCRIPTIONS_RULE: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "servicebus",
    api_group: "servicebus.azure.com",
    version: "v1api20210101preview",
    kind: "NamespacesTopicsSubscriptionsRule",
    plural: "namespacestopicssubscriptionsrules",
    arm_type: "Microsoft.ServiceBus/namespaces/topics/subscriptions/rules",
    api_version: "2021-01-01-preview",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ServiceBus/namespaces/{namespaceName}/topics/{topicName}/subscriptions/{subscriptionName}/rules/{ruleName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "servicebus.azure.com",
        kind: "NamespacesTopicsSubscription",
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
    arm_schema: include_str!(
        "arm/NamespacesTopicsSubscriptionsRule.2021-01-01-preview.json"
    ),
    aso_versions: &["v1api20210101preview", "v1api20211101", "v1api20221001preview"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &NAMESPACE,
    &NAMESPACES_AUTHORIZATION_RULE,
    &NAMESPACES_QUEUE,
    &NAMESPACES_TOPIC,
    &NAMESPACES_TOPICS_SUBSCRIPTION,
    &NAMESPACES_TOPICS_SUBSCRIPTIONS_RULE,
];

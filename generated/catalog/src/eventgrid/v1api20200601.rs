//! `eventgrid.azure.com/v1api20200601`.
/// `Domain`: ARM type `Microsoft.EventGrid/domains`, api-version `2020-06-01`.
pub static DOMAIN: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventgrid",
    api_group: "eventgrid.azure.com",
    version: "v1api20200601",
    kind: "Domain",
    plural: "domains",
    arm_type: "Microsoft.EventGrid/domains",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventGrid/domains/{domainName}",
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
    spec: &super::shapes::S1,
    status: &super::shapes::S2,
    exports: &[],
    arm_schema: include_str!("arm/Domain.2020-06-01.json"),
    aso_versions: &["v1api20200601"],
};
/// `DomainsTopic`: ARM type `Microsoft.EventGrid/domains/topics`, api-version `2020-06-01`.
pub static DOMAINS_TOPIC: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventgrid",
    api_group: "eventgrid.azure.com",
    version: "v1api20200601",
    kind: "DomainsTopic",
    plural: "domainstopics",
    arm_type: "Microsoft.EventGrid/domains/topics",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventGrid/domains/{domainName}/topics/{domainTopicName}",
    scope: aso_runtime::Scope::ResourceGroup,
    owner: aso_runtime::OwnerRule::Kind(aso_runtime::KindRef {
        group: "eventgrid.azure.com",
        kind: "Domain",
    }),
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S3,
    status: &super::shapes::S4,
    exports: &[],
    arm_schema: include_str!("arm/DomainsTopic.2020-06-01.json"),
    aso_versions: &["v1api20200601"],
};
/// `EventSubscription`: ARM type `Microsoft.EventGrid/eventSubscriptions`, api-version `2020-06-01`.
pub static EVENT_SUBSCRIPTION: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventgrid",
    api_group: "eventgrid.azure.com",
    version: "v1api20200601",
    kind: "EventSubscription",
    plural: "eventsubscriptions",
    arm_type: "Microsoft.EventGrid/eventSubscriptions",
    api_version: "2020-06-01",
    arm_uri: "/{scope}/providers/Microsoft.EventGrid/eventSubscriptions/{eventSubscriptionName}",
    scope: aso_runtime::Scope::Extension,
    owner: aso_runtime::OwnerRule::Arbitrary,
    azure_name: aso_runtime::AzureName::FromSpec(aso_runtime::NameRule {
        pattern: None,
        min_length: None,
        max_length: None,
    }),
    payload: aso_runtime::Payload::OmitEmpty,
    spec: &super::shapes::S13,
    status: &super::shapes::S19,
    exports: &[],
    arm_schema: include_str!("arm/EventSubscription.2020-06-01.json"),
    aso_versions: &["v1api20200601"],
};
/// `Topic`: ARM type `Microsoft.EventGrid/topics`, api-version `2020-06-01`.
pub static TOPIC: aso_runtime::KindInfo = aso_runtime::KindInfo {
    group: "eventgrid",
    api_group: "eventgrid.azure.com",
    version: "v1api20200601",
    kind: "Topic",
    plural: "topics",
    arm_type: "Microsoft.EventGrid/topics",
    api_version: "2020-06-01",
    arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.EventGrid/topics/{topicName}",
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
    spec: &super::shapes::S1,
    status: &super::shapes::S2,
    exports: &[
        aso_runtime::Export {
            key: "key1",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "key2",
            target: aso_runtime::ExportTarget::Secret,
            source: aso_runtime::ExportSource::Azure,
        },
        aso_runtime::Export {
            key: "endpoint",
            target: aso_runtime::ExportTarget::ConfigMap,
            source: aso_runtime::ExportSource::Status(&["endpoint"]),
        },
    ],
    arm_schema: include_str!("arm/Topic.2020-06-01.json"),
    aso_versions: &["v1api20200601"],
};
/// The kinds of this version.
pub static KINDS: &[&aso_runtime::KindInfo] = &[
    &DOMAIN,
    &DOMAINS_TOPIC,
    &EVENT_SUBSCRIPTION,
    &TOPIC,
];

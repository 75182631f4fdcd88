//! `servicebus.azure.com/v1api20210101preview`: [`Namespace`], [`NamespacesAuthorizationRule`], [`NamespacesQueue`], [`NamespacesTopic`], [`NamespacesTopicsSubscription`], [`NamespacesTopicsSubscriptionsRule`].
pub mod spec;
pub mod status;
pub use spec::{
    NamespaceSpec, NamespacesAuthorizationRuleSpec, NamespacesQueueSpec,
    NamespacesTopicSpec, NamespacesTopicsSubscriptionSpec,
    NamespacesTopicsSubscriptionsRuleSpec,
};
pub use status::{
    NamespaceStatus, NamespacesAuthorizationRuleStatus, NamespacesQueueStatus,
    NamespacesTopicStatus, NamespacesTopicsSubscriptionStatus,
    NamespacesTopicsSubscriptionsRuleStatus,
};
/// Description of a namespace resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: servicebus.azure.com/v1api20210101preview`, `kind: Namespace` (resource `namespaces`) |
/// | Azure | `Microsoft.ServiceBus/namespaces`, api-version `2021-01-01-preview` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `endpoint`, `primaryConnectionString`, `primaryKey`, `secondaryConnectionString`, `secondaryKey` |
///
/// Spec: [`NamespaceSpec`]; status: [`NamespaceStatus`]; what the operator knows of it: [`aso_catalog::servicebus::v1api20210101preview::NAMESPACE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Namespace {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespaceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespaceStatus>,
}
aso_runtime::impl_azure_resource!(
    Namespace, spec::NamespaceSpec, status::NamespaceStatus,
    ::aso_catalog::servicebus::v1api20210101preview::NAMESPACE
);
/// Description of a namespace authorization rule.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: servicebus.azure.com/v1api20210101preview`, `kind: NamespacesAuthorizationRule` (resource `namespacesauthorizationrules`) |
/// | Azure | `Microsoft.ServiceBus/namespaces/AuthorizationRules`, api-version `2021-01-01-preview` |
/// | Owner | a `Namespace` of `servicebus.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 50 characters) |
/// | Exports | `spec.operatorSpec`: `primaryConnectionString`, `primaryKey`, `secondaryConnectionString`, `secondaryKey` |
///
/// Spec: [`NamespacesAuthorizationRuleSpec`]; status: [`NamespacesAuthorizationRuleStatus`]; what the operator knows of it: [`aso_catalog::servicebus::v1api20210101preview::NAMESPACES_AUTHORIZATION_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesAuthorizationRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesAuthorizationRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespacesAuthorizationRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    NamespacesAuthorizationRule, spec::NamespacesAuthorizationRuleSpec,
    status::NamespacesAuthorizationRuleStatus,
    ::aso_catalog::servicebus::v1api20210101preview::NAMESPACES_AUTHORIZATION_RULE
);
/// Description of queue Resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: servicebus.azure.com/v1api20210101preview`, `kind: NamespacesQueue` (resource `namespacesqueues`) |
/// | Azure | `Microsoft.ServiceBus/namespaces/queues`, api-version `2021-01-01-preview` |
/// | Owner | a `Namespace` of `servicebus.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (at least 1 characters) |
///
/// Spec: [`NamespacesQueueSpec`]; status: [`NamespacesQueueStatus`]; what the operator knows of it: [`aso_catalog::servicebus::v1api20210101preview::NAMESPACES_QUEUE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesQueue {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesQueueSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespacesQueueStatus>,
}
aso_runtime::impl_azure_resource!(
    NamespacesQueue, spec::NamespacesQueueSpec, status::NamespacesQueueStatus,
    ::aso_catalog::servicebus::v1api20210101preview::NAMESPACES_QUEUE
);
/// Description of topic resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: servicebus.azure.com/v1api20210101preview`, `kind: NamespacesTopic` (resource `namespacestopics`) |
/// | Azure | `Microsoft.ServiceBus/namespaces/topics`, api-version `2021-01-01-preview` |
/// | Owner | a `Namespace` of `servicebus.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (at least 1 characters) |
///
/// Spec: [`NamespacesTopicSpec`]; status: [`NamespacesTopicStatus`]; what the operator knows of it: [`aso_catalog::servicebus::v1api20210101preview::NAMESPACES_TOPIC`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesTopic {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesTopicSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespacesTopicStatus>,
}
aso_runtime::impl_azure_resource!(
    NamespacesTopic, spec::NamespacesTopicSpec, status::NamespacesTopicStatus,
    ::aso_catalog::servicebus::v1api20210101preview::NAMESPACES_TOPIC
);
/// Description of subscription resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: servicebus.azure.com/v1api20210101preview`, `kind: NamespacesTopicsSubscription` (resource `namespacestopicssubscriptions`) |
/// | Azure | `Microsoft.ServiceBus/namespaces/topics/subscriptions`, api-version `2021-01-01-preview` |
/// | Owner | a `NamespacesTopic` of `servicebus.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 50 characters) |
///
/// Spec: [`NamespacesTopicsSubscriptionSpec`]; status: [`NamespacesTopicsSubscriptionStatus`]; what the operator knows of it: [`aso_catalog::servicebus::v1api20210101preview::NAMESPACES_TOPICS_SUBSCRIPTION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesTopicsSubscription {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesTopicsSubscriptionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespacesTopicsSubscriptionStatus>,
}
aso_runtime::impl_azure_resource!(
    NamespacesTopicsSubscription, spec::NamespacesTopicsSubscriptionSpec,
    status::NamespacesTopicsSubscriptionStatus,
    ::aso_catalog::servicebus::v1api20210101preview::NAMESPACES_TOPICS_SUBSCRIPTION
);
/// Description of Rule Resource.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: servicebus.azure.com/v1api20210101preview`, `kind: NamespacesTopicsSubscriptionsRule` (resource `namespacestopicssubscriptionsrules`) |
/// | Azure | `Microsoft.ServiceBus/namespaces/topics/subscriptions/rules`, api-version `2021-01-01-preview` |
/// | Owner | a `NamespacesTopicsSubscription` of `servicebus.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 50 characters) |
///
/// Spec: [`NamespacesTopicsSubscriptionsRuleSpec`]; status: [`NamespacesTopicsSubscriptionsRuleStatus`]; what the operator knows of it: [`aso_catalog::servicebus::v1api20210101preview::NAMESPACES_TOPICS_SUBSCRIPTIONS_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesTopicsSubscriptionsRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesTopicsSubscriptionsRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespacesTopicsSubscriptionsRuleStatus>,
}
aso_runtime::impl_azure_resource!(
    NamespacesTopicsSubscriptionsRule, spec::NamespacesTopicsSubscriptionsRuleSpec,
    status::NamespacesTopicsSubscriptionsRuleStatus,
    ::aso_catalog::servicebus::v1api20210101preview::NAMESPACES_TOPICS_SUBSCRIPTIONS_RULE
);

//! `eventgrid.azure.com/v1api20200601`: [`Domain`], [`DomainsTopic`], [`EventSubscription`], [`Topic`].
pub mod spec;
pub mod status;
pub use spec::{DomainSpec, DomainsTopicSpec, EventSubscriptionSpec, TopicSpec};
pub use status::{DomainStatus, DomainsTopicStatus, EventSubscriptionStatus, TopicStatus};
/// EventGrid Domain.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventgrid.azure.com/v1api20200601`, `kind: Domain` (resource `domains`) |
/// | Azure | `Microsoft.EventGrid/domains`, api-version `2020-06-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DomainSpec`]; status: [`DomainStatus`]; what the operator knows of it: [`aso_catalog::eventgrid::v1api20200601::DOMAIN`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Domain {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DomainSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DomainStatus>,
}
aso_runtime::impl_azure_resource!(
    Domain, spec::DomainSpec, status::DomainStatus,
    ::aso_catalog::eventgrid::v1api20200601::DOMAIN
);
/// DomainsTopic
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventgrid.azure.com/v1api20200601`, `kind: DomainsTopic` (resource `domainstopics`) |
/// | Azure | `Microsoft.EventGrid/domains/topics`, api-version `2020-06-01` |
/// | Owner | a `Domain` of `eventgrid.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`DomainsTopicSpec`]; status: [`DomainsTopicStatus`]; what the operator knows of it: [`aso_catalog::eventgrid::v1api20200601::DOMAINS_TOPIC`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DomainsTopic {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::DomainsTopicSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::DomainsTopicStatus>,
}
aso_runtime::impl_azure_resource!(
    DomainsTopic, spec::DomainsTopicSpec, status::DomainsTopicStatus,
    ::aso_catalog::eventgrid::v1api20200601::DOMAINS_TOPIC
);
/// Event Subscription
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventgrid.azure.com/v1api20200601`, `kind: EventSubscription` (resource `eventsubscriptions`) |
/// | Azure | `Microsoft.EventGrid/eventSubscriptions`, api-version `2020-06-01` |
/// | Owner | any resource: `spec.owner` as `{group, kind, name}`, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`EventSubscriptionSpec`]; status: [`EventSubscriptionStatus`]; what the operator knows of it: [`aso_catalog::eventgrid::v1api20200601::EVENT_SUBSCRIPTION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct EventSubscription {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::EventSubscriptionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::EventSubscriptionStatus>,
}
aso_runtime::impl_azure_resource!(
    EventSubscription, spec::EventSubscriptionSpec, status::EventSubscriptionStatus,
    ::aso_catalog::eventgrid::v1api20200601::EVENT_SUBSCRIPTION
);
/// EventGrid Topic
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventgrid.azure.com/v1api20200601`, `kind: Topic` (resource `topics`) |
/// | Azure | `Microsoft.EventGrid/topics`, api-version `2020-06-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
/// | Exports | `spec.operatorSpec`: `key1`, `key2`, `endpoint` |
///
/// Spec: [`TopicSpec`]; status: [`TopicStatus`]; what the operator knows of it: [`aso_catalog::eventgrid::v1api20200601::TOPIC`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Topic {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::TopicSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::TopicStatus>,
}
aso_runtime::impl_azure_resource!(
    Topic, spec::TopicSpec, status::TopicStatus,
    ::aso_catalog::eventgrid::v1api20200601::TOPIC
);

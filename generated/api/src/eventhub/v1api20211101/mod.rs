//! `eventhub.azure.com/v1api20211101`: [`Namespace`], [`NamespacesAuthorizationRule`], [`NamespacesEventhub`], [`NamespacesEventhubsAuthorizationRule`], [`NamespacesEventhubsConsumerGroup`].
pub mod spec;
pub mod status;
pub use spec::{
    NamespaceSpec, NamespacesAuthorizationRuleSpec, NamespacesEventhubSpec,
    NamespacesEventhubsAuthorizationRuleSpec, NamespacesEventhubsConsumerGroupSpec,
};
pub use status::{
    NamespaceStatus, NamespacesAuthorizationRuleStatus, NamespacesEventhubStatus,
    NamespacesEventhubsAuthorizationRuleStatus, NamespacesEventhubsConsumerGroupStatus,
};
/// Single Namespace item in List or Get Operation
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventhub.azure.com/v1api20211101`, `kind: Namespace` (resource `namespaces`) |
/// | Azure | `Microsoft.EventHub/namespaces`, api-version `2021-11-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z][a-zA-Z0-9-]{6,50}[a-zA-Z0-9]$`, 6 to 50 characters) |
/// | Exports | `spec.operatorSpec`: `primaryConnectionString`, `primaryKey`, `secondaryConnectionString`, `secondaryKey` |
///
/// Spec: [`NamespaceSpec`]; status: [`NamespaceStatus`]; what the operator knows of it: [`aso_catalog::eventhub::v1api20211101::NAMESPACE`].
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
    ::aso_catalog::eventhub::v1api20211101::NAMESPACE
);
/// Single item in a List or Get AuthorizationRule operation
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventhub.azure.com/v1api20211101`, `kind: NamespacesAuthorizationRule` (resource `namespacesauthorizationrules`) |
/// | Azure | `Microsoft.EventHub/namespaces/authorizationRules`, api-version `2021-11-01` |
/// | Owner | a `Namespace` of `eventhub.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (at least 1 characters) |
/// | Exports | `spec.operatorSpec`: `primaryConnectionString`, `primaryKey`, `secondaryConnectionString`, `secondaryKey` |
///
/// Spec: [`NamespacesAuthorizationRuleSpec`]; status: [`NamespacesAuthorizationRuleStatus`]; what the operator knows of it: [`aso_catalog::eventhub::v1api20211101::NAMESPACES_AUTHORIZATION_RULE`].
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
    ::aso_catalog::eventhub::v1api20211101::NAMESPACES_AUTHORIZATION_RULE
);
/// Single item in List or Get Event Hub operation
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventhub.azure.com/v1api20211101`, `kind: NamespacesEventhub` (resource `namespaceseventhubs`) |
/// | Azure | `Microsoft.EventHub/namespaces/eventhubs`, api-version `2021-11-01` |
/// | Owner | a `Namespace` of `eventhub.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 256 characters) |
///
/// Spec: [`NamespacesEventhubSpec`]; status: [`NamespacesEventhubStatus`]; what the operator knows of it: [`aso_catalog::eventhub::v1api20211101::NAMESPACES_EVENTHUB`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesEventhub {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesEventhubSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespacesEventhubStatus>,
}
aso_runtime::impl_azure_resource!(
    NamespacesEventhub, spec::NamespacesEventhubSpec, status::NamespacesEventhubStatus,
    ::aso_catalog::eventhub::v1api20211101::NAMESPACES_EVENTHUB
);
/// Single item in a List or Get AuthorizationRule operation
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventhub.azure.com/v1api20211101`, `kind: NamespacesEventhubsAuthorizationRule` (resource `namespaceseventhubsauthorizationrules`) |
/// | Azure | `Microsoft.EventHub/namespaces/eventhubs/authorizationRules`, api-version `2021-11-01` |
/// | Owner | a `NamespacesEventhub` of `eventhub.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (at least 1 characters) |
/// | Exports | `spec.operatorSpec`: `primaryConnectionString`, `primaryKey`, `secondaryConnectionString`, `secondaryKey` |
///
/// Spec: [`NamespacesEventhubsAuthorizationRuleSpec`]; status: [`NamespacesEventhubsAuthorizationRuleStatus`]; what the operator knows of it: [`aso_catalog::eventhub::v1api20211101::NAMESPACES_EVENTHUBS_AUTHORIZATION_RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesEventhubsAuthorizationRule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesEventhubsAuthorizationRuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::NamespacesEventhubsAuthorizationRuleStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    NamespacesEventhubsAuthorizationRule, spec::NamespacesEventhubsAuthorizationRuleSpec,
    status::NamespacesEventhubsAuthorizationRuleStatus,
    ::aso_catalog::eventhub::v1api20211101::NAMESPACES_EVENTHUBS_AUTHORIZATION_RULE
);
/// Single item in List or Get Consumer group operation
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: eventhub.azure.com/v1api20211101`, `kind: NamespacesEventhubsConsumerGroup` (resource `namespaceseventhubsconsumergroups`) |
/// | Azure | `Microsoft.EventHub/namespaces/eventhubs/consumergroups`, api-version `2021-11-01` |
/// | Owner | a `NamespacesEventhub` of `eventhub.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 50 characters) |
///
/// Spec: [`NamespacesEventhubsConsumerGroupSpec`]; status: [`NamespacesEventhubsConsumerGroupStatus`]; what the operator knows of it: [`aso_catalog::eventhub::v1api20211101::NAMESPACES_EVENTHUBS_CONSUMER_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamespacesEventhubsConsumerGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamespacesEventhubsConsumerGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamespacesEventhubsConsumerGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    NamespacesEventhubsConsumerGroup, spec::NamespacesEventhubsConsumerGroupSpec,
    status::NamespacesEventhubsConsumerGroupStatus,
    ::aso_catalog::eventhub::v1api20211101::NAMESPACES_EVENTHUBS_CONSUMER_GROUP
);

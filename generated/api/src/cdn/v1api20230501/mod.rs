//! `cdn.azure.com/v1api20230501`: [`AfdCustomDomain`], [`AfdEndpoint`], [`AfdOrigin`], [`AfdOriginGroup`], [`Profile`], [`Route`], [`Rule`], [`RuleSet`], [`Secret`], [`SecurityPolicy`].
pub mod spec;
pub mod status;
pub use spec::{
    AfdCustomDomainSpec, AfdEndpointSpec, AfdOriginSpec, AfdOriginGroupSpec, ProfileSpec,
    RouteSpec, RuleSpec, RuleSetSpec, SecretSpec, SecurityPolicySpec,
};
pub use status::{
    AfdCustomDomainStatus, AfdEndpointStatus, AfdOriginStatus, AfdOriginGroupStatus,
    ProfileStatus, RouteStatus, RuleStatus, RuleSetStatus, SecretStatus,
    SecurityPolicyStatus,
};
/// Friendly domain name mapping to the endpoint hostname that the customer provides for branding purposes, e.g. www.contoso.com.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: AfdCustomDomain` (resource `afdcustomdomains`) |
/// | Azure | `Microsoft.Cdn/profiles/customDomains`, api-version `2023-05-01` |
/// | Owner | a `Profile` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`AfdCustomDomainSpec`]; status: [`AfdCustomDomainStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::AFD_CUSTOM_DOMAIN`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AfdCustomDomain {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AfdCustomDomainSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AfdCustomDomainStatus>,
}
aso_runtime::impl_azure_resource!(
    AfdCustomDomain, spec::AfdCustomDomainSpec, status::AfdCustomDomainStatus,
    ::aso_catalog::cdn::v1api20230501::AFD_CUSTOM_DOMAIN
);
/// Azure Front Door endpoint is the entity within a Azure Front Door profile containing configuration information such as origin, protocol, content caching and delivery behavior. The AzureFrontDoor endpoint uses the URL format <endpointname>.azureedge.net.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: AfdEndpoint` (resource `afdendpoints`) |
/// | Azure | `Microsoft.Cdn/profiles/afdEndpoints`, api-version `2023-05-01` |
/// | Owner | a `Profile` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`AfdEndpointSpec`]; status: [`AfdEndpointStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::AFD_ENDPOINT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AfdEndpoint {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AfdEndpointSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AfdEndpointStatus>,
}
aso_runtime::impl_azure_resource!(
    AfdEndpoint, spec::AfdEndpointSpec, status::AfdEndpointStatus,
    ::aso_catalog::cdn::v1api20230501::AFD_ENDPOINT
);
/// Azure Front Door origin is the source of the content being delivered via Azure Front Door. When the edge nodes represented by an endpoint do not have the requested content cached, they attempt to fetch it from one or more of the configured origins.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: AfdOrigin` (resource `afdorigins`) |
/// | Azure | `Microsoft.Cdn/profiles/originGroups/origins`, api-version `2023-05-01` |
/// | Owner | a `AfdOriginGroup` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`AfdOriginSpec`]; status: [`AfdOriginStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::AFD_ORIGIN`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AfdOrigin {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AfdOriginSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AfdOriginStatus>,
}
aso_runtime::impl_azure_resource!(
    AfdOrigin, spec::AfdOriginSpec, status::AfdOriginStatus,
    ::aso_catalog::cdn::v1api20230501::AFD_ORIGIN
);
/// AFDOrigin group comprising of origins is used for load balancing to origins when the content cannot be served from Azure Front Door.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: AfdOriginGroup` (resource `afdorigingroups`) |
/// | Azure | `Microsoft.Cdn/profiles/originGroups`, api-version `2023-05-01` |
/// | Owner | a `Profile` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`AfdOriginGroupSpec`]; status: [`AfdOriginGroupStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::AFD_ORIGIN_GROUP`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AfdOriginGroup {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AfdOriginGroupSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AfdOriginGroupStatus>,
}
aso_runtime::impl_azure_resource!(
    AfdOriginGroup, spec::AfdOriginGroupSpec, status::AfdOriginGroupStatus,
    ::aso_catalog::cdn::v1api20230501::AFD_ORIGIN_GROUP
);
/// A profile is a logical grouping of endpoints that share the same settings.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: Profile` (resource `profiles`) |
/// | Azure | `Microsoft.Cdn/profiles`, api-version `2023-05-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`ProfileSpec`]; status: [`ProfileStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::PROFILE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Profile {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ProfileSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ProfileStatus>,
}
aso_runtime::impl_azure_resource!(
    Profile, spec::ProfileSpec, status::ProfileStatus,
    ::aso_catalog::cdn::v1api20230501::PROFILE
);
/// Friendly Routes name mapping to the any Routes or secret related information.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: Route` (resource `routes`) |
/// | Azure | `Microsoft.Cdn/profiles/afdEndpoints/routes`, api-version `2023-05-01` |
/// | Owner | a `AfdEndpoint` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RouteSpec`]; status: [`RouteStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::ROUTE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Route {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RouteSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RouteStatus>,
}
aso_runtime::impl_azure_resource!(
    Route, spec::RouteSpec, status::RouteStatus, ::aso_catalog::cdn::v1api20230501::ROUTE
);
/// Friendly Rules name mapping to the any Rules or secret related information.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: Rule` (resource `rules`) |
/// | Azure | `Microsoft.Cdn/profiles/ruleSets/rules`, api-version `2023-05-01` |
/// | Owner | a `RuleSet` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RuleSpec`]; status: [`RuleStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::RULE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Rule {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RuleSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RuleStatus>,
}
aso_runtime::impl_azure_resource!(
    Rule, spec::RuleSpec, status::RuleStatus, ::aso_catalog::cdn::v1api20230501::RULE
);
/// RuleSet
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: RuleSet` (resource `rulesets`) |
/// | Azure | `Microsoft.Cdn/profiles/ruleSets`, api-version `2023-05-01` |
/// | Owner | a `Profile` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`RuleSetSpec`]; status: [`RuleSetStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::RULE_SET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RuleSet {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::RuleSetSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::RuleSetStatus>,
}
aso_runtime::impl_azure_resource!(
    RuleSet, spec::RuleSetSpec, status::RuleSetStatus,
    ::aso_catalog::cdn::v1api20230501::RULE_SET
);
/// Friendly Secret name mapping to the any Secret or secret related information.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: Secret` (resource `secrets`) |
/// | Azure | `Microsoft.Cdn/profiles/secrets`, api-version `2023-05-01` |
/// | Owner | a `Profile` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SecretSpec`]; status: [`SecretStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::SECRET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Secret {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SecretSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SecretStatus>,
}
aso_runtime::impl_azure_resource!(
    Secret, spec::SecretSpec, status::SecretStatus,
    ::aso_catalog::cdn::v1api20230501::SECRET
);
/// SecurityPolicy association for AzureFrontDoor profile
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: cdn.azure.com/v1api20230501`, `kind: SecurityPolicy` (resource `securitypolicies`) |
/// | Azure | `Microsoft.Cdn/profiles/securityPolicies`, api-version `2023-05-01` |
/// | Owner | a `Profile` of `cdn.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` |
///
/// Spec: [`SecurityPolicySpec`]; status: [`SecurityPolicyStatus`]; what the operator knows of it: [`aso_catalog::cdn::v1api20230501::SECURITY_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct SecurityPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SecurityPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SecurityPolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    SecurityPolicy, spec::SecurityPolicySpec, status::SecurityPolicyStatus,
    ::aso_catalog::cdn::v1api20230501::SECURITY_POLICY
);

//! `apimanagement.azure.com/v1api20220801`: [`Api`], [`ApiVersionSet`], [`AuthorizationProvider`], [`AuthorizationProvidersAuthorization`], [`AuthorizationProvidersAuthorizationsAccessPolicy`], [`Backend`], [`NamedValue`], [`Policy`], [`PolicyFragment`], [`Product`], [`ProductApi`], [`ProductPolicy`], [`Service`], [`Subscription`].
pub mod spec;
pub mod status;
pub use spec::{
    ApiSpec, ApiVersionSetSpec, AuthorizationProviderSpec,
    AuthorizationProvidersAuthorizationSpec,
    AuthorizationProvidersAuthorizationsAccessPolicySpec, BackendSpec, NamedValueSpec,
    PolicySpec, PolicyFragmentSpec, ProductSpec, ProductApiSpec, ProductPolicySpec,
    ServiceSpec, SubscriptionSpec,
};
pub use status::{
    ApiStatus, ApiVersionSetStatus, AuthorizationProviderStatus,
    AuthorizationProvidersAuthorizationStatus,
    AuthorizationProvidersAuthorizationsAccessPolicyStatus, BackendStatus,
    NamedValueStatus, PolicyStatus, PolicyFragmentStatus, ProductStatus,
    ProductApiStatus, ProductPolicyStatus, ServiceStatus, SubscriptionStatus,
};
/// API Create or Update Parameters.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: Api` (resource `apis`) |
/// | Azure | `Microsoft.ApiManagement/service/apis`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, 1 to 256 characters) |
///
/// Spec: [`ApiSpec`]; status: [`ApiStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::API`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Api {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ApiSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ApiStatus>,
}
aso_runtime::impl_azure_resource!(
    Api, spec::ApiSpec, status::ApiStatus,
    ::aso_catalog::apimanagement::v1api20220801::API
);
/// API Version Set Contract details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: ApiVersionSet` (resource `apiversionsets`) |
/// | Azure | `Microsoft.ApiManagement/service/apiVersionSets`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, 1 to 80 characters) |
///
/// Spec: [`ApiVersionSetSpec`]; status: [`ApiVersionSetStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::API_VERSION_SET`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ApiVersionSet {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ApiVersionSetSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ApiVersionSetStatus>,
}
aso_runtime::impl_azure_resource!(
    ApiVersionSet, spec::ApiVersionSetSpec, status::ApiVersionSetStatus,
    ::aso_catalog::apimanagement::v1api20220801::API_VERSION_SET
);
/// Authorization Provider contract.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: AuthorizationProvider` (resource `authorizationproviders`) |
/// | Azure | `Microsoft.ApiManagement/service/authorizationProviders`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, 1 to 256 characters) |
///
/// Spec: [`AuthorizationProviderSpec`]; status: [`AuthorizationProviderStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::AUTHORIZATION_PROVIDER`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AuthorizationProvider {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AuthorizationProviderSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::AuthorizationProviderStatus>,
}
aso_runtime::impl_azure_resource!(
    AuthorizationProvider, spec::AuthorizationProviderSpec,
    status::AuthorizationProviderStatus,
    ::aso_catalog::apimanagement::v1api20220801::AUTHORIZATION_PROVIDER
);
/// Authorization contract.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: AuthorizationProvidersAuthorization` (resource `authorizationprovidersauthorizations`) |
/// | Azure | `Microsoft.ApiManagement/service/authorizationProviders/authorizations`, api-version `2022-08-01` |
/// | Owner | a `AuthorizationProvider` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, 1 to 256 characters) |
///
/// Spec: [`AuthorizationProvidersAuthorizationSpec`]; status: [`AuthorizationProvidersAuthorizationStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::AUTHORIZATION_PROVIDERS_AUTHORIZATION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AuthorizationProvidersAuthorization {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AuthorizationProvidersAuthorizationSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::AuthorizationProvidersAuthorizationStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    AuthorizationProvidersAuthorization, spec::AuthorizationProvidersAuthorizationSpec,
    status::AuthorizationProvidersAuthorizationStatus,
    ::aso_catalog::apimanagement::v1api20220801::AUTHORIZATION_PROVIDERS_AUTHORIZATION
);
/// Authorization access policy contract.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: AuthorizationProvidersAuthorizationsAccessPolicy` (resource `authorizationprovidersauthorizationsaccesspolicies`) |
/// | Azure | `Microsoft.ApiManagement/service/authorizationProviders/authorizations/accessPolicies`, api-version `2022-08-01` |
/// | Owner | a `AuthorizationProvidersAuthorization` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, 1 to 256 characters) |
///
/// Spec: [`AuthorizationProvidersAuthorizationsAccessPolicySpec`]; status: [`AuthorizationProvidersAuthorizationsAccessPolicyStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::AUTHORIZATION_PROVIDERS_AUTHORIZATIONS_ACCESS_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AuthorizationProvidersAuthorizationsAccessPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::AuthorizationProvidersAuthorizationsAccessPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<
        status::AuthorizationProvidersAuthorizationsAccessPolicyStatus,
    >,
}
aso_runtime::impl_azure_resource!(
    AuthorizationProvidersAuthorizationsAccessPolicy,
    spec::AuthorizationProvidersAuthorizationsAccessPolicySpec,
    status::AuthorizationProvidersAuthorizationsAccessPolicyStatus,
    ::aso_catalog::apimanagement::v1api20220801::AUTHORIZATION_PROVIDERS_AUTHORIZATIONS_ACCESS_POLICY
);
/// Backend details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: Backend` (resource `backends`) |
/// | Azure | `Microsoft.ApiManagement/service/backends`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 80 characters) |
///
/// Spec: [`BackendSpec`]; status: [`BackendStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::BACKEND`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Backend {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::BackendSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::BackendStatus>,
}
aso_runtime::impl_azure_resource!(
    Backend, spec::BackendSpec, status::BackendStatus,
    ::aso_catalog::apimanagement::v1api20220801::BACKEND
);
/// NamedValue details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: NamedValue` (resource `namedvalues`) |
/// | Azure | `Microsoft.ApiManagement/service/namedValues`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, at most 256 characters) |
///
/// Spec: [`NamedValueSpec`]; status: [`NamedValueStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::NAMED_VALUE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct NamedValue {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::NamedValueSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::NamedValueStatus>,
}
aso_runtime::impl_azure_resource!(
    NamedValue, spec::NamedValueSpec, status::NamedValueStatus,
    ::aso_catalog::apimanagement::v1api20220801::NAMED_VALUE
);
/// Policy Contract details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: Policy` (resource `policies`) |
/// | Azure | `Microsoft.ApiManagement/service/policies`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `policy` |
///
/// Spec: [`PolicySpec`]; status: [`PolicyStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Policy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    Policy, spec::PolicySpec, status::PolicyStatus,
    ::aso_catalog::apimanagement::v1api20220801::POLICY
);
/// Policy fragment contract details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: PolicyFragment` (resource `policyfragments`) |
/// | Azure | `Microsoft.ApiManagement/service/policyFragments`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `(^[\w]+$)|(^[\w][\w\-]+[\w]$)`, 1 to 80 characters) |
///
/// Spec: [`PolicyFragmentSpec`]; status: [`PolicyFragmentStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::POLICY_FRAGMENT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct PolicyFragment {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::PolicyFragmentSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::PolicyFragmentStatus>,
}
aso_runtime::impl_azure_resource!(
    PolicyFragment, spec::PolicyFragmentSpec, status::PolicyFragmentStatus,
    ::aso_catalog::apimanagement::v1api20220801::POLICY_FRAGMENT
);
/// Product details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: Product` (resource `products`) |
/// | Azure | `Microsoft.ApiManagement/service/products`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (1 to 256 characters) |
///
/// Spec: [`ProductSpec`]; status: [`ProductStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::PRODUCT`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Product {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ProductSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ProductStatus>,
}
aso_runtime::impl_azure_resource!(
    Product, spec::ProductSpec, status::ProductStatus,
    ::aso_catalog::apimanagement::v1api20220801::PRODUCT
);
/// ProductApi
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: ProductApi` (resource `productapis`) |
/// | Azure | `Microsoft.ApiManagement/service/products/apis`, api-version `2022-08-01` |
/// | Owner | a `Product` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, 1 to 256 characters) |
///
/// Spec: [`ProductApiSpec`]; status: [`ProductApiStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::PRODUCT_API`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ProductApi {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ProductApiSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ProductApiStatus>,
}
aso_runtime::impl_azure_resource!(
    ProductApi, spec::ProductApiSpec, status::ProductApiStatus,
    ::aso_catalog::apimanagement::v1api20220801::PRODUCT_API
);
/// Policy Contract details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: ProductPolicy` (resource `productpolicies`) |
/// | Azure | `Microsoft.ApiManagement/service/products/policies`, api-version `2022-08-01` |
/// | Owner | a `Product` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | always `policy` |
///
/// Spec: [`ProductPolicySpec`]; status: [`ProductPolicyStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::PRODUCT_POLICY`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct ProductPolicy {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ProductPolicySpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ProductPolicyStatus>,
}
aso_runtime::impl_azure_resource!(
    ProductPolicy, spec::ProductPolicySpec, status::ProductPolicyStatus,
    ::aso_catalog::apimanagement::v1api20220801::PRODUCT_POLICY
);
/// A single API Management service resource in List or Get response.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: Service` (resource `services`) |
/// | Azure | `Microsoft.ApiManagement/service`, api-version `2022-08-01` |
/// | Owner | a `ResourceGroup` of `resources.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$`, 1 to 50 characters) |
///
/// Spec: [`ServiceSpec`]; status: [`ServiceStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::SERVICE`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Service {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::ServiceSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::ServiceStatus>,
}
aso_runtime::impl_azure_resource!(
    Service, spec::ServiceSpec, status::ServiceStatus,
    ::aso_catalog::apimanagement::v1api20220801::SERVICE
);
/// Subscription create details.
///
/// | | |
/// |---|---|
/// | Kubernetes | `apiVersion: apimanagement.azure.com/v1api20220801`, `kind: Subscription` (resource `subscriptions`) |
/// | Azure | `Microsoft.ApiManagement/service/subscriptions`, api-version `2022-08-01` |
/// | Owner | a `Service` of `apimanagement.azure.com`: `spec.owner.name` in the same namespace, or `spec.owner.armId` |
/// | Azure name | `spec.azureName`, else `metadata.name` (matching `^[^*#&+:<>?]+$`, at most 256 characters) |
/// | Exports | `spec.operatorSpec`: `primaryKey`, `secondaryKey` |
///
/// Spec: [`SubscriptionSpec`]; status: [`SubscriptionStatus`]; what the operator knows of it: [`aso_catalog::apimanagement::v1api20220801::SUBSCRIPTION`].
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Subscription {
    /// Standard object metadata: name, namespace, labels, annotations.
    pub metadata: ::k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    /// What the resource should be in Azure.
    pub spec: spec::SubscriptionSpec,
    /// What Azure returned, and the operator's conditions.
    #[serde(default)]
    pub status: ::core::option::Option<status::SubscriptionStatus>,
}
aso_runtime::impl_azure_resource!(
    Subscription, spec::SubscriptionSpec, status::SubscriptionStatus,
    ::aso_catalog::apimanagement::v1api20220801::SUBSCRIPTION
);

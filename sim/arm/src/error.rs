//! ARM's error answers: `{"error":{"code","message","target","details"}}` with an HTTP status.
//!
//! The constructors carry ARM's own wording (taken from the recordings where they show it), so a
//! client that matches on codes or messages sees what it would see against Azure.

use serde::Serialize;
use serde_json::{Value, json};

/// An ARM error and the HTTP status it is sent with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArmError {
    #[serde(skip)]
    pub status: u16,
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<ArmError>,
}

impl ArmError {
    pub fn new(status: u16, code: impl Into<String>, message: impl Into<String>) -> Self {
        ArmError {
            status,
            code: code.into(),
            message: message.into(),
            target: None,
            details: Vec::new(),
        }
    }

    pub fn with_target(mut self, target: impl Into<String>) -> Self {
        self.target = Some(target.into());
        self
    }

    pub fn with_details(mut self, details: Vec<ArmError>) -> Self {
        self.details = details;
        self
    }

    /// The JSON body: `{"error": {...}}`.
    pub fn body(&self) -> Value {
        json!({ "error": self })
    }

    pub fn bad_request(code: &str, message: impl Into<String>) -> Self {
        Self::new(400, code, message)
    }

    pub fn missing_api_version() -> Self {
        Self::new(
            400,
            "MissingApiVersionParameter",
            "The api-version query parameter (?api-version=) is required for all requests.",
        )
    }

    pub fn invalid_content(detail: impl std::fmt::Display) -> Self {
        Self::new(
            400,
            "InvalidRequestContent",
            format!("The request content was invalid and could not be deserialized: '{detail}'."),
        )
    }

    pub fn no_registered_provider(
        location: &str,
        api_version: &str,
        short_type: &str,
        supported: &[String],
    ) -> Self {
        Self::new(
            400,
            "NoRegisteredProviderFound",
            format!(
                "No registered resource provider found for location '{location}' and API version '{api_version}' for type '{short_type}'. The supported api-versions are '{}'. The supported locations are 'eastus, eastus2, westus, westus2, westus3, centralus, northeurope, westeurope, westcentralus, australiaeast'.",
                supported.join(", ")
            ),
        )
    }

    /// ARM's own endpoints (`Microsoft.Resources`) refusing a version.
    pub fn invalid_api_version(api_version: &str, supported: &[&str]) -> Self {
        Self::new(
            400,
            "InvalidApiVersionParameter",
            format!(
                "The api-version '{api_version}' is invalid. The supported versions are '{}'.",
                supported.join(",")
            ),
        )
    }

    pub fn invalid_resource_type(short_type: &str, namespace: &str, api_version: &str) -> Self {
        Self::new(
            400,
            "InvalidResourceType",
            format!(
                "The resource type '{short_type}' could not be found in the namespace '{namespace}' for api version '{api_version}'."
            ),
        )
    }

    pub fn invalid_namespace(namespace: &str) -> Self {
        Self::new(
            400,
            "InvalidResourceNamespace",
            format!("The resource namespace '{namespace}' is invalid."),
        )
    }

    pub fn resource_group_not_found(rg: &str) -> Self {
        Self::new(
            404,
            "ResourceGroupNotFound",
            format!("Resource group '{rg}' could not be found."),
        )
    }

    pub fn subscription_not_found(sub: &str) -> Self {
        Self::new(
            404,
            "SubscriptionNotFound",
            format!("The subscription '{sub}' could not be found."),
        )
    }

    /// ARM's own 404 for a tracked resource.
    pub fn resource_not_found(qualified_type: &str, name: &str, rg: Option<&str>) -> Self {
        let message = match rg {
            Some(rg) => format!(
                "The Resource '{qualified_type}/{name}' under resource group '{rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
            ),
            None => format!(
                "The Resource '{qualified_type}/{name}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix"
            ),
        };
        Self::new(404, "ResourceNotFound", message)
    }

    /// ARM's wording when the parent of a nested resource is missing.
    pub fn parent_not_found(
        operation: &str,
        type_without_namespace: &str,
        parent_id: &str,
    ) -> Self {
        Self::new(
            404,
            "ParentResourceNotFound",
            format!(
                "Failed to perform '{operation}' on resource(s) of type '{type_without_namespace}', because the parent resource '{parent_id}' could not be found."
            ),
        )
    }

    pub fn another_operation_in_progress(operation_url: &str) -> Self {
        Self::new(
            409,
            "AnotherOperationInProgress",
            format!(
                "Another operation on this or dependent resource is in progress. To retrieve status of the operation use uri: {operation_url}."
            ),
        )
    }

    pub fn property_change_not_allowed(path: &str) -> Self {
        Self::new(
            409,
            "PropertyChangeNotAllowed",
            format!("Changing property '{path}' is not allowed."),
        )
        .with_target(path)
    }

    pub fn location_required() -> Self {
        Self::new(
            400,
            "LocationRequired",
            "The location property is required for this definition.",
        )
    }

    pub fn invalid_location(name: &str, old: &str, rg: &str, new: &str) -> Self {
        Self::new(
            409,
            "InvalidResourceLocation",
            format!(
                "The resource '{name}' already exists in location '{old}' in resource group '{rg}'. A resource with the same name cannot be created in location '{new}'. Please select a new resource name."
            ),
        )
    }

    pub fn linked_invalid_property_id(value: &str, path: &str) -> Self {
        Self::new(
            400,
            "LinkedInvalidPropertyId",
            format!(
                "Property id '{value}' at path '{path}' is invalid. Expect fully qualified resource Id that start with '/subscriptions/{{subscriptionId}}' or '/providers/{{resourceProviderNamespace}}/'."
            ),
        )
        .with_target(path)
    }

    pub fn resource_group_being_deleted(rg: &str) -> Self {
        Self::new(
            409,
            "ResourceGroupBeingDeleted",
            format!(
                "The resource group '{rg}' is in deprovisioning state and cannot perform this operation."
            ),
        )
    }

    pub fn missing_registration(namespace: &str) -> Self {
        let message = format!(
            "The subscription is not registered to use namespace '{namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions."
        );
        Self::new(409, "MissingSubscriptionRegistration", message.clone()).with_details(vec![
            ArmError::new(409, "MissingSubscriptionRegistration", message).with_target(namespace),
        ])
    }

    pub fn throttled(kind: &str, subscription: &str, principal: &str, retry_after: u64) -> Self {
        Self::new(
            429,
            "SubscriptionRequestsThrottled",
            format!(
                "Number of '{kind}' requests for subscription '{subscription}' actor '{principal}' exceeded. Please try again after '{retry_after}' seconds after the last request that hit the throttle."
            ),
        )
    }

    pub fn authentication_missing() -> Self {
        Self::new(
            401,
            "AuthenticationFailed",
            "Authentication failed. The 'Authorization' header is missing.",
        )
    }

    pub fn invalid_token(reason: &str) -> Self {
        Self::new(
            401,
            "InvalidAuthenticationToken",
            format!("The access token is invalid. {reason}"),
        )
    }

    pub fn authorization_failed(
        client_id: &str,
        object_id: &str,
        action: &str,
        scope: &str,
    ) -> Self {
        Self::new(
            403,
            "AuthorizationFailed",
            format!(
                "The client '{client_id}' with object id '{object_id}' does not have authorization to perform action '{action}' over scope '{scope}' or the scope is invalid. If access was recently granted, please refresh your credentials."
            ),
        )
    }

    pub fn method_not_allowed(method: &str) -> Self {
        Self::new(
            405,
            "MethodNotAllowed",
            format!("The requested method '{method}' is not allowed on this resource."),
        )
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(500, "InternalServerError", message)
    }
}

impl std::fmt::Display for ArmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status, self.code, self.message)
    }
}

impl std::error::Error for ArmError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_has_arm_shape_and_omits_empty_fields() {
        let body = ArmError::resource_group_not_found("rg1").body();
        assert_eq!(
            body,
            json!({"error": {"code": "ResourceGroupNotFound", "message": "Resource group 'rg1' could not be found."}})
        );
        let with_details = ArmError::missing_registration("Microsoft.Cache").body();
        assert_eq!(
            with_details["error"]["details"][0]["target"],
            "Microsoft.Cache"
        );
    }
}

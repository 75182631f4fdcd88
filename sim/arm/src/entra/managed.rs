//! The managed identity endpoint, in the two shapes clients use: the VM instance metadata service
//! (`GET /metadata/identity/oauth2/token`, header `Metadata: true`) and the App Service style
//! endpoint that `azure_identity`'s `ManagedIdentityCredential` calls when `IDENTITY_ENDPOINT` and
//! `IDENTITY_HEADER` are set (`GET /msi/token`, header `X-IDENTITY-HEADER`).
//!
//! The identity is chosen by `client_id`, `object_id` or `msi_res_id`/`mi_res_id`; none names the
//! system-assigned identity. Configured identities and user-assigned identities created through
//! ARM are served.

use std::collections::HashMap;

use serde_json::json;

use super::token::{Subject, SubjectKind};
use crate::reply::Reply;
use crate::state::State;

fn mi_error(status: u16, error: &str, description: &str) -> Reply {
    Reply::json(
        status,
        &json!({"error": error, "error_description": description}),
    )
}

/// Handles a managed identity token request. `app_service` selects the header check.
pub fn token(state: &State, query: &str, headers: &http::HeaderMap, app_service: bool) -> Reply {
    if app_service {
        let given = headers
            .get("x-identity-header")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let expected = state.directory.identity_header.as_deref();
        if given.is_empty() || expected.is_some_and(|e| e != given) {
            return mi_error(
                401,
                "invalid_request",
                "The X-IDENTITY-HEADER header is missing or does not match.",
            );
        }
    } else if !headers
        .get("metadata")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return mi_error(
            400,
            "invalid_request",
            "Required metadata header not specified",
        );
    }
    let params: HashMap<String, String> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let Some(resource) = params.get("resource").filter(|r| !r.is_empty()) else {
        return mi_error(
            400,
            "invalid_request",
            "Required query variable 'resource' is missing",
        );
    };
    if params.get("api-version").is_none_or(|v| v.is_empty()) {
        return mi_error(
            400,
            "invalid_request",
            "Required query variable 'api-version' is missing",
        );
    }
    let client_id = params.get("client_id");
    let object_id = params
        .get("object_id")
        .or_else(|| params.get("principal_id"));
    let res_id = params.get("msi_res_id").or_else(|| params.get("mi_res_id"));
    let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);

    let configured =
        state
            .directory
            .managed
            .iter()
            .find(|m| match (client_id, object_id, res_id) {
                (Some(c), _, _) => eq(&m.client_id, c),
                (_, Some(o), _) => eq(&m.object_id, o),
                (_, _, Some(r)) => m.resource_id.as_deref().is_some_and(|id| eq(id, r)),
                _ => m.system_assigned,
            });
    let configured = configured.or_else(|| {
        (client_id.is_none() && object_id.is_none() && res_id.is_none())
            .then(|| state.directory.managed.first())
            .flatten()
    });
    let subject = match configured {
        Some(m) => Subject {
            client_id: m.client_id.clone(),
            object_id: m.object_id.clone(),
            tenant: m.tenant.clone(),
            kind: SubjectKind::ManagedIdentity,
            // The zero-configuration identity is an Owner like any zero-configuration client.
            any_client: state.directory.any_client
                && m.client_id == super::directory::DEFAULT_MANAGED_CLIENT_ID,
            resource_id: m.resource_id.clone(),
        },
        None => {
            let world = state.world.lock().unwrap_or_else(|e| e.into_inner());
            let found = world
                .identities()
                .find(|i| match (client_id, object_id, res_id) {
                    (Some(c), _, _) => eq(&i.client_id, c),
                    (_, Some(o), _) => eq(&i.principal_id, o),
                    (_, _, Some(r)) => eq(&i.id, r),
                    _ => false,
                });
            match found {
                Some(i) => Subject {
                    client_id: i.client_id.clone(),
                    object_id: i.principal_id.clone(),
                    tenant: i.tenant.clone(),
                    kind: SubjectKind::ManagedIdentity,
                    any_client: false,
                    resource_id: Some(i.id.clone()),
                },
                None => return mi_error(400, "invalid_request", "Identity not found"),
            }
        }
    };
    // The managed identity endpoints take a v1 resource, which is the token's audience as given.
    let now = crate::unix_now();
    let lifetime = state.config.token_lifetime_secs;
    let access_token = state.issuer.issue(&subject, resource, now, lifetime);
    Reply::json(
        200,
        &json!({
            "access_token": access_token,
            "client_id": subject.client_id,
            "expires_in": lifetime.to_string(),
            "expires_on": (now + lifetime as i64).to_string(),
            "ext_expires_in": lifetime.to_string(),
            "not_before": (now - 5).to_string(),
            "resource": resource,
            "token_type": "Bearer",
        }),
    )
}

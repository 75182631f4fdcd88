//! The Entra ID token endpoint, `POST /{tenant}/oauth2/v2.0/token`, for the client credentials
//! grant with a client secret, a certificate-signed client assertion, or a federated assertion
//! (workload identity), and the tenant's OIDC discovery document and keys.
//!
//! Errors are Entra's: `{"error","error_description":"AADSTSnnnn: ...","error_codes":[nnnn],...}`.

use serde_json::{Value, json};

use super::directory::{Directory, derived_object_id};
use super::federated::verify_with_jwks;
use super::jwt;
use super::token::{Subject, SubjectKind};
use crate::config::FederatedCredentialConfig;
use crate::reply::Reply;
use crate::state::State;

const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// An Entra error answer.
pub fn entra_error(status: u16, error: &str, code: u32, description: &str) -> Reply {
    let trace = uuid::Uuid::new_v4().to_string();
    Reply::json(
        status,
        &json!({
            "error": error,
            "error_description": format!("AADSTS{code}: {description} Trace ID: {trace} Correlation ID: {trace} Timestamp: {}", crate::now_rfc3339()),
            "error_codes": [code],
            "timestamp": crate::now_rfc3339(),
            "trace_id": trace,
            "correlation_id": trace,
            "error_uri": "https://login.microsoftonline.com/error?code=".to_string() + &code.to_string(),
        }),
    )
}

/// The audience a `.default` scope asks for. The scope is the resource followed by `/.default`,
/// and the token's audience is that resource as written: `https://management.azure.com/.default`
/// gives `https://management.azure.com`, and `https://management.core.windows.net//.default` (the
/// resource `https://management.core.windows.net/`, as ASO's Go SDK asks) gives
/// `https://management.core.windows.net/`.
pub fn audience_of(scope: &str) -> Option<String> {
    let first = scope
        .split_whitespace()
        .find(|s| !matches!(*s, "openid" | "profile" | "offline_access"))?;
    first
        .strip_suffix("/.default")
        .filter(|resource| !resource.is_empty())
        .map(str::to_string)
}

/// Handles a token request.
pub async fn token(state: &State, tenant: &str, form: &[u8], base_url: &str) -> Reply {
    let dir = &state.directory;
    if !dir.knows_tenant(tenant) {
        return entra_error(
            400,
            "invalid_request",
            90002,
            &format!(
                "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."
            ),
        );
    }
    let params: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(form).into_owned().collect();
    let param = |n: &str| params.get(n).map(String::as_str).filter(|s| !s.is_empty());
    if param("grant_type") != Some("client_credentials") {
        return entra_error(
            400,
            "unsupported_grant_type",
            70003,
            &format!(
                "The app requested an unsupported grant type '{}'.",
                param("grant_type").unwrap_or("")
            ),
        );
    }
    let Some(client_id) = param("client_id") else {
        return entra_error(
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'client_id'.",
        );
    };
    let Some(scope) = param("scope") else {
        return entra_error(
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'scope'.",
        );
    };
    let Some(audience) = audience_of(scope) else {
        return entra_error(
            400,
            "invalid_scope",
            1002012,
            &format!(
                "The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI)."
            ),
        );
    };

    let subject = if let Some(secret) = param("client_secret") {
        match by_secret(dir, tenant, client_id, secret) {
            Ok(s) => s,
            Err(reply) => return reply,
        }
    } else if let Some(assertion) = param("client_assertion") {
        if param("client_assertion_type") != Some(ASSERTION_TYPE) {
            return entra_error(
                400,
                "invalid_request",
                50027,
                &format!("Invalid client_assertion_type; expected '{ASSERTION_TYPE}'."),
            );
        }
        match by_assertion(state, tenant, client_id, assertion, base_url).await {
            Ok(s) => s,
            Err(reply) => return reply,
        }
    } else {
        return entra_error(
            401,
            "invalid_client",
            7000218,
            "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        );
    };

    {
        let mut world = state.world.lock().unwrap_or_else(|e| e.into_inner());
        world
            .known_principals
            .insert(subject.object_id.to_ascii_lowercase());
    }
    let now = crate::unix_now();
    let lifetime = state.config.token_lifetime_secs;
    let access_token = state.issuer.issue(&subject, &audience, now, lifetime);
    Reply::json(
        200,
        &json!({"token_type": "Bearer", "expires_in": lifetime, "ext_expires_in": lifetime, "access_token": access_token}),
    )
}

fn by_secret(
    dir: &Directory,
    tenant: &str,
    client_id: &str,
    secret: &str,
) -> Result<Subject, Reply> {
    match dir.principal(client_id) {
        Some(p) => {
            if !p.tenant.eq_ignore_ascii_case(tenant) {
                return Err(not_found_in_tenant(client_id, tenant));
            }
            if !p.secrets.iter().any(|s| s == secret) {
                return Err(entra_error(
                    401,
                    "invalid_client",
                    7000215,
                    &format!(
                        "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{client_id}'."
                    ),
                ));
            }
            Ok(app_subject(&p.client_id, &p.object_id, &p.tenant, false))
        }
        None if dir.any_client => Ok(app_subject(
            client_id,
            &derived_object_id(client_id),
            tenant,
            true,
        )),
        None => Err(not_found_in_tenant(client_id, tenant)),
    }
}

fn app_subject(client_id: &str, object_id: &str, tenant: &str, any_client: bool) -> Subject {
    Subject {
        client_id: client_id.to_string(),
        object_id: object_id.to_string(),
        tenant: tenant.to_string(),
        kind: SubjectKind::Application,
        any_client,
        resource_id: None,
    }
}

fn not_found_in_tenant(client_id: &str, tenant: &str) -> Reply {
    entra_error(
        400,
        "unauthorized_client",
        700016,
        &format!(
            "Application with identifier '{client_id}' was not found in the directory '{tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant."
        ),
    )
}

/// A client assertion: certificate-signed when its header carries a thumbprint, otherwise a
/// federated token from a trusted issuer.
async fn by_assertion(
    state: &State,
    tenant: &str,
    client_id: &str,
    assertion: &str,
    base_url: &str,
) -> Result<Subject, Reply> {
    let token = jwt::decode(assertion).map_err(|e| {
        entra_error(
            400,
            "invalid_request",
            50027,
            &format!("JWT token is invalid or malformed: {e}."),
        )
    })?;
    let now = crate::unix_now();
    let exp = token.claim_i64("exp").unwrap_or(0);
    let nbf = token.claim_i64("nbf").unwrap_or(0);
    // Entra allows five minutes of clock skew.
    if exp + 300 < now || nbf - 300 > now {
        return Err(entra_error(
            400,
            "invalid_client",
            700024,
            "Client assertion is not within its valid time range.",
        ));
    }
    let thumbprint = token
        .header
        .get("x5t#S256")
        .or_else(|| token.header.get("x5t"))
        .and_then(Value::as_str)
        .map(str::to_string);
    match thumbprint {
        Some(thumbprint) => by_certificate(state, tenant, client_id, &token, &thumbprint, base_url),
        None => by_federation(state, tenant, client_id, &token).await,
    }
}

fn by_certificate(
    state: &State,
    tenant: &str,
    client_id: &str,
    token: &jwt::Jwt,
    thumbprint: &str,
    base_url: &str,
) -> Result<Subject, Reply> {
    let Some(p) = state.directory.principal(client_id) else {
        return Err(not_found_in_tenant(client_id, tenant));
    };
    if token.claim_str("iss") != Some(client_id) || token.claim_str("sub") != Some(client_id) {
        return Err(entra_error(
            401,
            "invalid_client",
            700021,
            "Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .",
        ));
    }
    // The audience is the token endpoint; the login host may be ours or Azure's public one.
    let endpoint_suffix = format!("/{tenant}/oauth2/v2.0/token");
    let audience_ok = token.audiences().iter().any(|a| {
        a.ends_with(&endpoint_suffix)
            || a.ends_with(&format!("/{tenant}/oauth2/token"))
            || a == &format!("{base_url}{endpoint_suffix}")
    });
    if !audience_ok {
        return Err(entra_error(
            401,
            "invalid_client",
            700023,
            &format!(
                "Client assertion audience claim does not match Realm issuer. Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials . Expected '{base_url}{endpoint_suffix}'."
            ),
        ));
    }
    let Some(cert) = p
        .certificates
        .iter()
        .find(|c| c.x5t == thumbprint || c.x5t_s256 == thumbprint)
    else {
        return Err(entra_error(
            401,
            "invalid_client",
            700027,
            &format!(
                "The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '{thumbprint}']"
            ),
        ));
    };
    jwt::verify_with_certificate(token, &cert.der).map_err(|e| {
        entra_error(
            401,
            "invalid_client",
            7000274,
            &format!("Client assertion contains an invalid signature: {e}."),
        )
    })?;
    Ok(app_subject(&p.client_id, &p.object_id, &p.tenant, false))
}

async fn by_federation(
    state: &State,
    tenant: &str,
    client_id: &str,
    token: &jwt::Jwt,
) -> Result<Subject, Reply> {
    let iss = token.claim_str("iss").unwrap_or_default().to_string();
    let sub = token.claim_str("sub").unwrap_or_default().to_string();
    let audiences = token.audiences();
    // The credentials that could accept it: the application's, or those of the user-assigned
    // identity with this client ID (federatedIdentityCredentials created through ARM).
    let (subject, credentials) = match state.directory.principal(client_id) {
        Some(p) => (
            app_subject(&p.client_id, &p.object_id, &p.tenant, false),
            p.federated.clone(),
        ),
        None => {
            let world = state.world.lock().unwrap_or_else(|e| e.into_inner());
            match world.identity_by_client(client_id) {
                Some(identity) => {
                    let subject = Subject {
                        client_id: identity.client_id.clone(),
                        object_id: identity.principal_id.clone(),
                        tenant: identity.tenant.clone(),
                        kind: SubjectKind::ManagedIdentity,
                        any_client: false,
                        resource_id: Some(identity.id.clone()),
                    };
                    (subject, world.federated_credentials_of(&identity.key))
                }
                None => return Err(not_found_in_tenant(client_id, tenant)),
            }
        }
    };
    let matching = credentials.iter().find(|c: &&FederatedCredentialConfig| {
        c.issuer.trim_end_matches('/') == iss.trim_end_matches('/')
            && c.subject == sub
            && c.audiences.iter().any(|a| audiences.contains(a))
    });
    if matching.is_none() {
        return Err(entra_error(
            400,
            "invalid_request",
            70021,
            &format!(
                "No matching federated identity record found for presented assertion. Assertion Issuer: '{iss}'. Assertion Subject: '{sub}'. Assertion Audience: '{}'.",
                audiences.join(",")
            ),
        ));
    }
    let issuer_config = state.directory.issuer(&iss).cloned();
    let jwks = state
        .jwks
        .keys(&iss, issuer_config.as_ref())
        .await
        .map_err(|e| {
            entra_error(
                400,
                "invalid_request",
                50166,
                &format!("Request to External OIDC endpoint failed: {e}."),
            )
        })?;
    if let Err(first) = verify_with_jwks(token, &jwks) {
        // The issuer may have rotated its keys since they were fetched: fetch once more.
        state.jwks.forget(&iss);
        let fresh = state
            .jwks
            .keys(&iss, issuer_config.as_ref())
            .await
            .unwrap_or(jwks);
        verify_with_jwks(token, &fresh).map_err(|_| {
            entra_error(
                400,
                "invalid_client",
                50013,
                &format!("Assertion failed signature validation. [Reason - {first}]"),
            )
        })?;
    }
    if !subject.tenant.eq_ignore_ascii_case(tenant) {
        return Err(not_found_in_tenant(client_id, tenant));
    }
    Ok(subject)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_to_audiences() {
        assert_eq!(
            audience_of("https://management.azure.com/.default").as_deref(),
            Some("https://management.azure.com")
        );
        assert_eq!(
            audience_of("https://management.core.windows.net//.default").as_deref(),
            Some("https://management.core.windows.net/")
        );
        assert_eq!(
            audience_of("openid api://app-id/.default").as_deref(),
            Some("api://app-id")
        );
        assert_eq!(audience_of("/.default"), None);
        assert_eq!(audience_of(".default"), None);
        assert_eq!(
            audience_of("https://management.azure.com/user_impersonation"),
            None
        );
    }
}

//! What Entra publishes about itself, which clients read before they ask for a token: instance
//! discovery (`GET /common/discovery/instance?api-version=1.1&authorization_endpoint=...`, which
//! MSAL, and so ASO's Go SDK, calls for any authority host it does not know) and each tenant's
//! OpenID configuration.
//!
//! Instance discovery answers as Entra does (captured answers in Azure SDK test recordings): the
//! authority's `tenant_discovery_endpoint` and the clouds' `metadata` (preferred network and cache
//! host, aliases), or 400 `invalid_instance` (AADSTS50049) for a host Entra does not know. The
//! simulator knows the public clouds' hosts and its own names (loopback, `--host` names and the
//! host a request came to), where it is the Entra instance.

use serde_json::{Value, json};

use super::endpoint::entra_error;
use crate::reply::Reply;
use crate::state::State;

/// The clouds Entra's instance discovery lists: preferred network host, preferred cache host,
/// aliases.
const CLOUDS: &[(&str, &str, &[&str])] = &[
    (
        "login.microsoftonline.com",
        "login.windows.net",
        &[
            "login.microsoftonline.com",
            "login.windows.net",
            "login.microsoft.com",
            "sts.windows.net",
        ],
    ),
    (
        "login.partner.microsoftonline.cn",
        "login.partner.microsoftonline.cn",
        &["login.partner.microsoftonline.cn", "login.chinacloudapi.cn"],
    ),
    (
        "login.microsoftonline.de",
        "login.microsoftonline.de",
        &["login.microsoftonline.de"],
    ),
    (
        "login.microsoftonline.us",
        "login.microsoftonline.us",
        &["login.microsoftonline.us", "login.usgovcloudapi.net"],
    ),
    (
        "login-us.microsoftonline.com",
        "login-us.microsoftonline.com",
        &["login-us.microsoftonline.com"],
    ),
];

/// Tenant names that stand for "any tenant" in authorities.
const MULTI_TENANT: &[&str] = &["common", "organizations", "consumers"];

fn metadata_entry(network: &str, cache: &str, aliases: &[&str]) -> Value {
    json!({"preferred_network": network, "preferred_cache": cache, "aliases": aliases})
}

/// Whether `host` (without port) is one of the simulator's own names.
fn is_own(state: &State, host: &str, request_host: &str) -> bool {
    let request_host = host_only(request_host);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case(request_host)
        || aso_simpki::loopback_names(&state.hosts)
            .iter()
            .any(|n| n.eq_ignore_ascii_case(host))
}

/// `host` of `host:port` (IPv6 literals keep their address).
fn host_only(authority: &str) -> &str {
    match authority.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) && !h.ends_with(':') => {
            h.trim_start_matches('[').trim_end_matches(']')
        }
        _ => authority,
    }
}

/// `GET /{tenant}/discovery/instance`.
pub fn instance_discovery(state: &State, query: &str, request_host: &str) -> Reply {
    let params: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
    let malformed = || entra_error(400, "invalid_request", 50050, "Request is malformed.");
    let Some(endpoint) = params
        .get("authorization_endpoint")
        .and_then(|e| url::Url::parse(e).ok())
    else {
        return malformed();
    };
    let (Some(host), "https") = (endpoint.host_str(), endpoint.scheme()) else {
        return malformed();
    };
    let authority = match endpoint.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    };
    let public = CLOUDS
        .iter()
        .any(|(_, _, aliases)| aliases.iter().any(|a| a.eq_ignore_ascii_case(host)));
    let own = is_own(state, host, request_host);
    if !public && !own {
        return entra_error(
            400,
            "invalid_instance",
            50049,
            "Unknown or invalid instance.",
        );
    }
    let mut segments = endpoint.path_segments().into_iter().flatten();
    let tenant = segments
        .next()
        .filter(|t| !t.is_empty())
        .unwrap_or("common");
    let v2 = endpoint.path().contains("/v2.0/");
    let tenant_discovery_endpoint = if v2 {
        format!("https://{authority}/{tenant}/v2.0/.well-known/openid-configuration")
    } else {
        format!("https://{authority}/{tenant}/.well-known/openid-configuration")
    };
    let mut metadata: Vec<Value> = CLOUDS
        .iter()
        .map(|(network, cache, aliases)| metadata_entry(network, cache, aliases))
        .collect();
    if own && !public {
        metadata.push(metadata_entry(&authority, &authority, &[&authority]));
    }
    Reply::json(
        200,
        &json!({
            "tenant_discovery_endpoint": tenant_discovery_endpoint,
            "api-version": params.get("api-version").map(String::as_str).unwrap_or("1.1"),
            "metadata": metadata,
        }),
    )
}

/// `/{tenant}/v2.0/.well-known/openid-configuration` (and the v1 path, answered alike): the
/// tenant's endpoints and keys. Multi-tenant names (`common`) show `{tenantid}` in the issuer, as
/// Entra's do; a tenant the directory does not hold is AADSTS90002.
pub fn openid_configuration(state: &State, base_url: &str, tenant: &str) -> Reply {
    let multi = MULTI_TENANT.iter().any(|m| m.eq_ignore_ascii_case(tenant));
    if !multi && !state.directory.knows_tenant(tenant) {
        return entra_error(
            400,
            "invalid_tenant",
            90002,
            &format!(
                "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."
            ),
        );
    }
    let issuer_tenant = if multi { "{tenantid}" } else { tenant };
    let t = |path: &str| format!("{base_url}/{tenant}/{path}");
    Reply::json(
        200,
        &json!({
            "token_endpoint": t("oauth2/v2.0/token"),
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            "jwks_uri": t("discovery/v2.0/keys"),
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            // The simulator signs with ES256 (its JWKS says so); Entra uses RS256.
            "id_token_signing_alg_values_supported": ["ES256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": format!("{base_url}/{issuer_tenant}/v2.0"),
            "request_uri_parameter_supported": false,
            "authorization_endpoint": t("oauth2/v2.0/authorize"),
            "device_authorization_endpoint": t("oauth2/v2.0/devicecode"),
            "end_session_endpoint": t("oauth2/v2.0/logout"),
            "http_logout_supported": true,
            "frontchannel_logout_supported": true,
            "tenant_region_scope": "NA",
            "cloud_instance_name": "aso-armsim",
            "cloud_graph_host_name": "graph.windows.net",
            "msgraph_host": "graph.microsoft.com",
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_drop_their_ports() {
        assert_eq!(host_only("127.0.0.1:8443"), "127.0.0.1");
        assert_eq!(host_only("[::1]:8443"), "::1");
        assert_eq!(
            host_only("login.microsoftonline.com"),
            "login.microsoftonline.com"
        );
        assert_eq!(host_only("::1"), "::1");
    }
}

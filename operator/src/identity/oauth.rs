//! Token requests to Entra ID and to the managed identity endpoint, done directly over reqwest:
//! the client credentials flow with a secret or a client assertion (certificate-signed, or a
//! federated Kubernetes token), and the managed identity endpoints (IMDS, App Service style).
//! Doing this by hand keeps OpenSSL and the SDK's own HTTP stack out, and keeps every URL
//! configurable (tests point them at the simulator).

use std::time::Duration;

use serde_json::Value;

/// A bearer token and how long it lives.
#[derive(Clone)]
pub struct AccessToken {
    pub token: String,
    pub expires_in: Duration,
}

impl std::fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessToken")
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

pub const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// What proves the client's identity in the client credentials flow.
pub enum ClientProof<'a> {
    Secret(&'a str),
    Assertion(&'a str),
}

/// `{authority}/{tenant}/oauth2/v2.0/token`.
pub fn token_endpoint(authority: &str, tenant: &str) -> String {
    format!(
        "{}/{tenant}/oauth2/v2.0/token",
        authority.trim_end_matches('/')
    )
}

/// The `.default` scope of an audience (`https://management.core.windows.net/` ->
/// `https://management.core.windows.net/.default`).
pub fn default_scope(audience: &str) -> String {
    format!("{}/.default", audience.trim_end_matches('/'))
}

/// The client credentials flow.
pub async fn client_credentials(
    http: &reqwest::Client,
    authority: &str,
    tenant: &str,
    client_id: &str,
    proof: ClientProof<'_>,
    audience: &str,
) -> Result<AccessToken, String> {
    let scope = default_scope(audience);
    let mut form = vec![
        ("grant_type", "client_credentials"),
        ("client_id", client_id),
        ("scope", scope.as_str()),
    ];
    match proof {
        ClientProof::Secret(secret) => form.push(("client_secret", secret)),
        ClientProof::Assertion(assertion) => {
            form.push(("client_assertion_type", ASSERTION_TYPE));
            form.push(("client_assertion", assertion));
        }
    }
    let url = token_endpoint(authority, tenant);
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let response = http
        .post(&url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .map_err(|e| format!("token request to {url}: {e}"))?;
    read_token(response, &url).await
}

/// A managed identity token: from the App Service style endpoint when `identity_endpoint` is
/// given (with its header), else from the instance metadata service at `imds`.
pub async fn managed_identity(
    http: &reqwest::Client,
    identity_endpoint: Option<(&str, &str)>,
    imds: &str,
    client_id: Option<&str>,
    audience: &str,
) -> Result<AccessToken, String> {
    let (request, url) = match identity_endpoint {
        Some((endpoint, header)) => {
            let mut url = url::Url::parse(endpoint)
                .map_err(|e| format!("IDENTITY_ENDPOINT {endpoint:?}: {e}"))?;
            url.query_pairs_mut()
                .append_pair("api-version", "2019-08-01")
                .append_pair("resource", audience);
            if let Some(id) = client_id {
                url.query_pairs_mut().append_pair("client_id", id);
            }
            (
                http.get(url.as_str()).header("X-IDENTITY-HEADER", header),
                url.to_string(),
            )
        }
        None => {
            let base = format!(
                "{}/metadata/identity/oauth2/token",
                imds.trim_end_matches('/')
            );
            let mut url = url::Url::parse(&base)
                .map_err(|e| format!("managed identity endpoint {base:?}: {e}"))?;
            url.query_pairs_mut()
                .append_pair("api-version", "2018-02-01")
                .append_pair("resource", audience);
            if let Some(id) = client_id {
                url.query_pairs_mut().append_pair("client_id", id);
            }
            (
                http.get(url.as_str()).header("Metadata", "true"),
                url.to_string(),
            )
        }
    };
    let response = request
        .send()
        .await
        .map_err(|e| format!("managed identity token request to {url}: {e}"))?;
    read_token(response, &url).await
}

async fn read_token(response: reqwest::Response, url: &str) -> Result<AccessToken, String> {
    let status = response.status();
    let body: Value = response
        .json()
        .await
        .map_err(|e| format!("token answer from {url} ({status}) is not JSON: {e}"))?;
    if !status.is_success() {
        // Entra's error and description name the problem; they never echo the secret.
        let error = body.get("error").and_then(Value::as_str).unwrap_or("error");
        let description = body
            .get("error_description")
            .and_then(Value::as_str)
            .unwrap_or("");
        return Err(format!(
            "token request to {url} failed ({status}): {error}: {description}"
        ));
    }
    let token = body
        .get("access_token")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("token answer from {url} has no access_token"))?
        .to_string();
    let number = |v: &Value| {
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
    };
    let expires_in = match (
        body.get("expires_in").and_then(number),
        body.get("expires_on").and_then(number),
    ) {
        (Some(seconds), _) => seconds,
        (None, Some(epoch)) => {
            epoch.saturating_sub(time::OffsetDateTime::now_utc().unix_timestamp().max(0) as u64)
        }
        (None, None) => 300,
    };
    Ok(AccessToken {
        token,
        expires_in: Duration::from_secs(expires_in),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_and_scopes() {
        assert_eq!(
            token_endpoint("https://login.microsoftonline.com/", "t"),
            "https://login.microsoftonline.com/t/oauth2/v2.0/token"
        );
        assert_eq!(
            default_scope("https://management.core.windows.net/"),
            "https://management.core.windows.net/.default"
        );
        assert_eq!(
            default_scope("https://management.azure.com"),
            "https://management.azure.com/.default"
        );
    }
}

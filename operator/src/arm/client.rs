//! The ARM HTTP client: bearer tokens from a [`TokenProvider`], client-side rate limiting,
//! provider registration on `MissingSubscriptionRegistration`, metrics per request, and error
//! parsing. Long-running operations are followed by [`super::lro`].
//!
//! Every request's URL comes from [`Endpoint`]: a resource path joined segment by segment onto
//! the configured ARM endpoint, or a monitor URL on that endpoint's own origin. A token is never
//! sent anywhere else. `Retry-After` is bounded ([`MAX_RETRY_AFTER`]) and each cap counted.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;
use reqwest::Method;
use serde_json::Value;

use super::error::{ArmError, parse_retry_after};
use super::ratelimit::{Category, RateLimiter};
use super::url::{Endpoint, Refused};
use crate::metrics::Metrics;

/// The longest `Retry-After` honoured. Longer ones (a hostile or broken answer; ARM's own are
/// seconds to minutes) are cut to this, and the `aso_retry_after_capped` metric counts them.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(15 * 60);

/// Supplies bearer tokens for ARM.
pub trait TokenProvider: Send + Sync {
    fn token(&self) -> BoxFuture<'_, Result<String, ArmError>>;
}

/// An ARM answer that was not an error.
#[derive(Debug, Clone)]
pub struct ArmResponse {
    pub status: u16,
    /// Lower-cased header names; only the headers ARM clients act on are kept.
    pub headers: HashMap<String, String>,
    pub body: Bytes,
    /// `Retry-After`, bounded by [`MAX_RETRY_AFTER`].
    pub retry_after: Option<Duration>,
}

impl ArmResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// The body as JSON (`Null` when empty or not JSON).
    pub fn json(&self) -> Value {
        if self.body.is_empty() {
            return Value::Null;
        }
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }
}

const KEPT_HEADERS: &[&str] = &["azure-asyncoperation", "location"];

/// Settings of the client.
#[derive(Debug, Clone)]
pub struct ArmSettings {
    /// `https://management.azure.com`: where every request, and so every token, goes.
    pub endpoint: Endpoint,
    /// How long provider registration is waited for before the request fails (retryably).
    pub registration_timeout: Duration,
    /// How often the provider's registration state is read while waiting.
    pub registration_poll: Duration,
    /// The `User-Agent` of every request (with `AZURE_USER_AGENT_SUFFIX`).
    pub user_agent: String,
}

/// Held while one provider registration of a (subscription, namespace) is in progress.
type RegistrationLock = Arc<tokio::sync::Mutex<()>>;

/// The client shared by all reconciles.
pub struct ArmClient {
    http: reqwest::Client,
    settings: ArmSettings,
    limiter: RateLimiter,
    metrics: Arc<Metrics>,
    /// One registration at a time per (subscription, namespace).
    registrations: tokio::sync::Mutex<HashMap<(String, String), RegistrationLock>>,
}

/// One request.
#[derive(Debug, Clone)]
pub struct Call<'a> {
    pub method: Method,
    pub target: Target<'a>,
    pub body: Option<&'a Value>,
    /// For metrics: the kind the request is made for (`StorageAccount`), or what it is for.
    pub kind: &'a str,
}

/// What a request addresses. There is no way to give a free-form URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target<'a> {
    /// A resource path (an ARM ID, perhaps with an action such as `/listKeys` after it), at an
    /// api-version.
    Resource { path: &'a str, api_version: &'a str },
    /// The same, with query parameters and headers a kind fixes (an APIM product's DELETE
    /// with `deleteSubscriptions=true` and `If-Match: *`).
    ResourceWith {
        path: &'a str,
        api_version: &'a str,
        extras: &'static Extras,
    },
    /// A URL ARM handed out (a monitor from `Azure-AsyncOperation` or `Location`, a list's
    /// `nextLink`): absolute on the ARM endpoint's origin, or relative to it.
    Link(&'a str),
}

/// Query parameters (beside `api-version`) and headers of a request, fixed in code by the kind
/// that needs them: never taken from an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extras {
    pub query: &'static [(&'static str, &'static str)],
    pub headers: &'static [(&'static str, &'static str)],
}

impl Target<'_> {
    /// The path or URL without its query, for messages.
    pub fn describe(&self) -> &str {
        match self {
            Target::Resource { path, .. } | Target::ResourceWith { path, .. } => path,
            Target::Link(url) => url.split('?').next().unwrap_or(url),
        }
    }
}

impl ArmClient {
    pub fn new(
        http: reqwest::Client,
        settings: ArmSettings,
        limiter: RateLimiter,
        metrics: Arc<Metrics>,
    ) -> ArmClient {
        ArmClient {
            http,
            settings,
            limiter,
            metrics,
            registrations: tokio::sync::Mutex::default(),
        }
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.settings.endpoint
    }

    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// The URL of `target`, or why no token may go there.
    pub fn url(&self, target: &Target<'_>) -> Result<url::Url, Refused> {
        match target {
            Target::Resource { path, api_version } => {
                self.settings.endpoint.resource(path, api_version)
            }
            Target::ResourceWith {
                path,
                api_version,
                extras,
            } => self
                .settings
                .endpoint
                .resource_with(path, api_version, extras.query),
            Target::Link(url) => self.settings.endpoint.link(url),
        }
    }

    /// `Retry-After` from a header, bounded; a cap is counted.
    fn bounded_retry_after(&self, value: Option<&str>) -> Option<Duration> {
        let asked = value.and_then(parse_retry_after)?;
        if asked > MAX_RETRY_AFTER {
            self.metrics.retry_after_capped();
            Some(MAX_RETRY_AFTER)
        } else {
            Some(asked)
        }
    }

    /// Sends a request with `tokens` for `subscription`'s budget; registers the resource provider
    /// and retries once when ARM says the subscription is not registered for it; waits out
    /// short throttling. Error answers become [`ArmError`]s.
    pub async fn send(
        &self,
        tokens: &dyn TokenProvider,
        subscription: &str,
        call: &Call<'_>,
    ) -> Result<ArmResponse, ArmError> {
        let mut registered = false;
        let mut throttle_retries = 0;
        loop {
            match self.send_once(tokens, subscription, call).await {
                Err(e)
                    if e.code
                        .eq_ignore_ascii_case("MissingSubscriptionRegistration")
                        && !registered =>
                {
                    let namespace = provider_namespace(&e.message, call.target.describe())
                        .ok_or_else(|| e.clone())?;
                    self.register(tokens, subscription, &namespace).await?;
                    registered = true;
                }
                Err(e)
                    if e.status == Some(429)
                        && throttle_retries < 3
                        && e.retry_after.unwrap_or_default() <= self.limiter.limits().max_wait =>
                {
                    // The limiter now blocks this budget until Retry-After; the next attempt waits.
                    throttle_retries += 1;
                }
                other => return other,
            }
        }
    }

    async fn send_once(
        &self,
        tokens: &dyn TokenProvider,
        subscription: &str,
        call: &Call<'_>,
    ) -> Result<ArmResponse, ArmError> {
        // Where it goes is settled before a token is even asked for.
        let url = self.url(&call.target).map_err(ArmError::refused)?;
        let category = Category::of(&call.method);
        let wait = self.limiter.reserve(subscription, category, Instant::now());
        if wait.duration > self.limiter.limits().max_wait {
            // Not slept out in a worker (every worker could end up asleep): handed back, the
            // object is requeued for then.
            return Err(ArmError {
                status: None,
                code: "ClientThrottled".into(),
                message: format!(
                    "ARM's request budget for subscription {subscription} is spent; waiting {}s",
                    wait.duration.as_secs()
                ),
                retry_after: Some(wait.duration),
                from_operation: false,
            });
        }
        if !wait.duration.is_zero() {
            self.metrics.throttle_wait(wait.duration, wait.throttled);
            tokio::time::sleep(wait.duration).await;
        }
        let token = tokens.token().await?;
        let shown = call.target.describe();
        let mut request = self
            .http
            .request(call.method.clone(), url.clone())
            .bearer_auth(token)
            .header("User-Agent", &self.settings.user_agent)
            .header("Accept", "application/json");
        if let Target::ResourceWith { extras, .. } = call.target {
            for (name, value) in extras.headers {
                request = request.header(*name, *value);
            }
        }
        if let Some(body) = call.body {
            request = request
                .header("Content-Type", "application/json")
                .body(serde_json::to_vec(body).unwrap_or_default());
        }
        let started = Instant::now();
        let result = request.send().await;
        let elapsed = started.elapsed();
        let response = match result {
            Ok(r) => r,
            Err(e) => {
                self.metrics
                    .arm_request(call.method.as_str(), call.kind, "error", elapsed);
                self.metrics
                    .azure_request(url.as_str(), call.method.as_str(), None, elapsed);
                return Err(ArmError::network(format!(
                    "{} {shown}: {}",
                    call.method,
                    error_chain(&e)
                )));
            }
        };
        let status = response.status().as_u16();
        let remaining = response
            .headers()
            .get(category.header())
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<i64>().ok());
        let retry_after = self.bounded_retry_after(
            response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()),
        );
        let mut headers = HashMap::new();
        for name in KEPT_HEADERS {
            if let Some(v) = response.headers().get(*name).and_then(|v| v.to_str().ok()) {
                headers.insert((*name).to_string(), v.to_string());
            }
        }
        let body = response.bytes().await.map_err(|e| {
            ArmError::network(format!(
                "{} {shown}: reading the answer: {}",
                call.method,
                error_chain(&e)
            ))
        })?;
        self.metrics.arm_request(
            call.method.as_str(),
            call.kind,
            &status.to_string(),
            elapsed,
        );
        self.metrics
            .azure_request(url.as_str(), call.method.as_str(), Some(status), elapsed);
        let throttled = (status == 429).then(|| retry_after.unwrap_or(Duration::from_secs(1)));
        self.limiter
            .observe(subscription, category, remaining, throttled, Instant::now());
        if status >= 400 {
            return Err(ArmError::from_response(status, retry_after, &body));
        }
        Ok(ArmResponse {
            status,
            headers,
            body,
            retry_after,
        })
    }

    /// Registers `namespace` for `subscription` and waits until ARM reports it registered.
    async fn register(
        &self,
        tokens: &dyn TokenProvider,
        subscription: &str,
        namespace: &str,
    ) -> Result<(), ArmError> {
        let lock = {
            let mut map = self.registrations.lock().await;
            map.entry((
                subscription.to_ascii_lowercase(),
                namespace.to_ascii_lowercase(),
            ))
            .or_default()
            .clone()
        };
        let _one_at_a_time = lock.lock().await;
        let provider =
            aso_runtime::arm_id::join("", &["subscriptions", subscription, "providers", namespace]);
        // The provider's registrationState, as ARM reports it now.
        let state = async || -> Result<String, ArmError> {
            let call = Call {
                method: Method::GET,
                target: Target::Resource {
                    path: &provider,
                    api_version: PROVIDERS_API_VERSION,
                },
                body: None,
                kind: "ProviderRegistration",
            };
            let response = self.send_once(tokens, subscription, &call).await?;
            Ok(response
                .json()
                .get("registrationState")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string())
        };
        if state().await?.eq_ignore_ascii_case("Registered") {
            return Ok(());
        }
        tracing::info!(subscription, namespace, "registering resource provider");
        let register = format!("{provider}/register");
        let call = Call {
            method: Method::POST,
            target: Target::Resource {
                path: &register,
                api_version: PROVIDERS_API_VERSION,
            },
            body: None,
            kind: "ProviderRegistration",
        };
        self.send_once(tokens, subscription, &call).await?;
        let deadline = Instant::now()
            .checked_add(self.settings.registration_timeout)
            .unwrap_or_else(far_future);
        loop {
            let current = state().await?;
            if current.eq_ignore_ascii_case("Registered") {
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(ArmError {
                    status: None,
                    code: "MissingSubscriptionRegistration".into(),
                    message: format!(
                        "resource provider {namespace} is still {current} for subscription {subscription}"
                    ),
                    retry_after: Some(self.settings.registration_poll),
                    from_operation: false,
                });
            }
            tokio::time::sleep(self.settings.registration_poll).await;
        }
    }
}

/// The api-version of ARM's provider registration API.
const PROVIDERS_API_VERSION: &str = "2021-04-01";

/// An instant further away than any wait the operator computes (for sums that would overflow).
pub fn far_future() -> Instant {
    let now = Instant::now();
    [86400 * 365 * 30, 86400 * 365, 86400]
        .into_iter()
        .find_map(|s| now.checked_add(Duration::from_secs(s)))
        .unwrap_or(now)
}

/// The resource provider namespace ARM names in a `MissingSubscriptionRegistration` message
/// ("... not registered to use namespace 'Microsoft.Storage'"), or else the one in the path.
/// Only a plain `Vendor.Service` name is taken: it becomes a path segment.
fn provider_namespace(message: &str, path: &str) -> Option<String> {
    let plain =
        |s: &&str| s.contains('.') && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    let quoted = message.split('\'').skip(1).step_by(2).find(plain);
    if let Some(ns) = quoted {
        return Some(ns.to_string());
    }
    let path = path.split('?').next().unwrap_or(path);
    let segments: Vec<&str> = path.split('/').collect();
    segments
        .iter()
        .rposition(|s| s.eq_ignore_ascii_case("providers"))
        .and_then(|i| segments.get(i + 1))
        .filter(|s| plain(s))
        .map(|s| s.to_string())
}

/// An error with its sources, so "connection refused" is not hidden behind "error sending request".
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespace_from_message_or_url() {
        assert_eq!(
            provider_namespace(
                "The subscription is not registered to use namespace 'Microsoft.Storage'. See https://aka.ms/rps-not-found",
                "/x"
            )
            .as_deref(),
            Some("Microsoft.Storage")
        );
        assert_eq!(
            provider_namespace(
                "not registered",
                "/subscriptions/s/resourceGroups/r/providers/Microsoft.KeyVault/vaults/v?api-version=1"
            )
            .as_deref(),
            Some("Microsoft.KeyVault")
        );
    }
}

//! A credential: the subscription it manages, and how it gets ARM tokens. Tokens are cached
//! until shortly before they expire.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::BoxFuture;
use k8s_openapi::api::authentication::v1::{TokenRequest, TokenRequestSpec};
use k8s_openapi::api::core::v1::ServiceAccount;
use kube::api::PostParams;

use super::assertion::CertificateKey;
use super::oauth::{self, ClientProof};
use super::selection::Source;
use crate::arm::{ArmError, TokenProvider};

/// The audience Entra ID expects on federated Kubernetes tokens.
pub const TOKEN_EXCHANGE_AUDIENCE: &str = "api://AzureADTokenExchange";

/// Where tokens are requested, shared by all credentials.
pub struct IdentityConfig {
    pub http: reqwest::Client,
    /// `AZURE_AUTHORITY_HOST`.
    pub authority: String,
    /// `AZURE_RESOURCE_MANAGER_AUDIENCE`.
    pub audience: String,
    /// The instance metadata service (managed identity), `http://169.254.169.254` by default.
    pub imds: String,
    /// `IDENTITY_ENDPOINT` and `IDENTITY_HEADER`, when set (App Service style managed identity).
    pub identity_endpoint: Option<(String, String)>,
    /// The operator's projected ServiceAccount token (`AZURE_FEDERATED_TOKEN_FILE`).
    pub federated_token_file: PathBuf,
    /// For namespaced credentials (Secrets, ServiceAccount tokens); `asoctl` talking to Azure
    /// alone has none.
    pub kube: Option<kube::Client>,
}

impl IdentityConfig {
    /// The cluster client, for what only a cluster can give.
    pub fn kube(&self) -> Result<&kube::Client, String> {
        self.kube
            .as_ref()
            .ok_or_else(|| "namespaced credentials need a Kubernetes cluster".to_string())
    }
}

/// How a credential proves itself.
pub enum Proof {
    Secret(String),
    Certificate(Box<CertificateKey>),
    /// Workload identity with the operator's own projected token (the global credential).
    WorkloadIdentityFile,
    /// Workload identity with a token the operator requests for a ServiceAccount of the
    /// credential's own namespace, so Entra's federated trust binds the identity to it.
    WorkloadIdentityServiceAccount {
        namespace: String,
        service_account: String,
    },
    ManagedIdentity,
}

impl Proof {
    pub fn describe(&self) -> &'static str {
        match self {
            Proof::Secret(_) => "client secret",
            Proof::Certificate(_) => "client certificate",
            Proof::WorkloadIdentityFile | Proof::WorkloadIdentityServiceAccount { .. } => {
                "workload identity"
            }
            Proof::ManagedIdentity => "managed identity",
        }
    }
}

/// A credential a resource can use.
pub struct Credential {
    pub source: Source,
    pub subscription: String,
    pub tenant: String,
    /// Empty for a system-assigned managed identity.
    pub client_id: String,
    proof: Proof,
    config: Arc<IdentityConfig>,
    cache: tokio::sync::Mutex<Option<(String, Instant)>>,
    /// Tokens for other audiences (database servers' Entra logins), by audience.
    others: tokio::sync::Mutex<BTreeMap<String, (String, Instant)>>,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential")
            .field("source", &self.source)
            .field("subscription", &self.subscription)
            .field("tenant", &self.tenant)
            .field("client_id", &self.client_id)
            .field("proof", &self.proof.describe())
            .finish_non_exhaustive()
    }
}

/// The values a credential is built from (environment variables or Secret keys of the same
/// names).
#[derive(Default, Clone)]
pub struct CredentialValues {
    pub subscription: Option<String>,
    pub tenant: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub certificate: Option<String>,
    pub certificate_password: Option<String>,
    /// `AUTH_MODE` (`workloadidentity`, `podidentity`/`managedidentity`), or
    /// `USE_WORKLOAD_IDENTITY_AUTH=true` for the global credential.
    pub auth_mode: Option<String>,
    /// For namespaced workload identity: the ServiceAccount whose token is exchanged.
    pub service_account: Option<String>,
}

impl std::fmt::Debug for CredentialValues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Identifiers only: the secret, certificate and password are never printed.
        f.debug_struct("CredentialValues")
            .field("subscription", &self.subscription)
            .field("tenant", &self.tenant)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "certificate",
                &self.certificate.as_ref().map(|_| "<redacted>"),
            )
            .field("auth_mode", &self.auth_mode)
            .finish_non_exhaustive()
    }
}

impl CredentialValues {
    /// Reads the keys ASO's credential Secrets use.
    pub fn from_secret_data(data: &BTreeMap<String, String>) -> CredentialValues {
        let get = |k: &str| {
            data.get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        CredentialValues {
            subscription: get("AZURE_SUBSCRIPTION_ID"),
            tenant: get("AZURE_TENANT_ID"),
            client_id: get("AZURE_CLIENT_ID"),
            client_secret: get("AZURE_CLIENT_SECRET"),
            certificate: get("AZURE_CLIENT_CERTIFICATE"),
            certificate_password: get("AZURE_CLIENT_CERTIFICATE_PASSWORD"),
            auth_mode: get("AUTH_MODE"),
            service_account: get("AZURE_SERVICE_ACCOUNT_NAME"),
        }
    }
}

impl Credential {
    /// Builds a credential from `values`, found at `source`. Errors name the missing or bad key,
    /// never a value.
    pub fn build(
        source: Source,
        values: CredentialValues,
        config: Arc<IdentityConfig>,
    ) -> Result<Credential, String> {
        let where_ = source.describe();
        let subscription = values
            .subscription
            .clone()
            .ok_or_else(|| format!("{where_}: AZURE_SUBSCRIPTION_ID is not set"))?;
        let mode = values.auth_mode.as_deref().map(str::to_ascii_lowercase);
        let proof = match (mode.as_deref(), &values.client_secret, &values.certificate) {
            (Some("workloadidentity"), _, _) => workload_identity(&source, &values),
            (Some("podidentity" | "managedidentity"), _, _) => Proof::ManagedIdentity,
            (Some(other), _, _) => {
                return Err(format!(
                    "{where_}: AUTH_MODE is {other:?}; expected workloadidentity or podidentity"
                ));
            }
            (None, Some(secret), _) => Proof::Secret(secret.clone()),
            (None, None, Some(pem)) => Proof::Certificate(Box::new(
                CertificateKey::from_pem(pem, values.certificate_password.as_deref())
                    .map_err(|e| format!("{where_}: AZURE_CLIENT_CERTIFICATE: {e}"))?,
            )),
            // ASO's namespaced credentials without a secret are workload identities; the global
            // one without a secret is a managed identity.
            (None, None, None) => match source {
                Source::Global => Proof::ManagedIdentity,
                _ => workload_identity(&source, &values),
            },
        };
        let needs_identity = !matches!(proof, Proof::ManagedIdentity);
        let tenant = values.tenant.clone().unwrap_or_default();
        if needs_identity && tenant.is_empty() {
            return Err(format!("{where_}: AZURE_TENANT_ID is not set"));
        }
        let client_id = values.client_id.clone().unwrap_or_default();
        if needs_identity && client_id.is_empty() {
            return Err(format!("{where_}: AZURE_CLIENT_ID is not set"));
        }
        Ok(Credential {
            source,
            subscription,
            tenant,
            client_id,
            proof,
            config,
            cache: tokio::sync::Mutex::new(None),
            others: tokio::sync::Mutex::default(),
        })
    }

    pub fn proof(&self) -> &Proof {
        &self.proof
    }

    /// A valid ARM token, from the cache or freshly requested.
    pub async fn arm_token(&self) -> Result<String, String> {
        let mut cache = self.cache.lock().await;
        if let Some((token, refresh_at)) = cache.as_ref()
            && Instant::now() < *refresh_at
        {
            return Ok(token.clone());
        }
        let (token, refresh_at) = self.fresh(&self.config.audience).await?;
        *cache = Some((token.clone(), refresh_at));
        Ok(token)
    }

    /// A valid token for another `audience` (a database server's Entra login,
    /// `https://ossrdbms-aad.database.windows.net`), with the same identity, cached alike.
    pub async fn token_for(&self, audience: &str) -> Result<String, String> {
        if audience == self.config.audience {
            return self.arm_token().await;
        }
        let mut others = self.others.lock().await;
        if let Some((token, refresh_at)) = others.get(audience)
            && Instant::now() < *refresh_at
        {
            return Ok(token.clone());
        }
        let (token, refresh_at) = self.fresh(audience).await?;
        others.insert(audience.to_string(), (token.clone(), refresh_at));
        Ok(token)
    }

    /// A new token for `audience` and when to refresh it.
    async fn fresh(&self, audience: &str) -> Result<(String, Instant), String> {
        let fresh = self.request(audience).await.map_err(|e| {
            format!(
                "getting a token with {} ({}): {e}",
                self.source.describe(),
                self.proof.describe()
            )
        })?;
        // Refresh five minutes before expiry, or at half the lifetime of short-lived tokens.
        let margin = Duration::from_secs(300).min(fresh.expires_in / 2);
        Ok((
            fresh.token,
            Instant::now() + fresh.expires_in.saturating_sub(margin),
        ))
    }

    async fn request(&self, audience: &str) -> Result<oauth::AccessToken, String> {
        let c = &self.config;
        let credentials = |proof| {
            oauth::client_credentials(
                &c.http,
                &c.authority,
                &self.tenant,
                &self.client_id,
                proof,
                audience,
            )
        };
        match &self.proof {
            Proof::Secret(secret) => credentials(ClientProof::Secret(secret)).await,
            Proof::Certificate(key) => {
                // The assertion's own audience is the token endpoint.
                let endpoint = oauth::token_endpoint(&c.authority, &self.tenant);
                let now = time::OffsetDateTime::now_utc().unix_timestamp();
                let assertion = key.assertion(&self.client_id, &endpoint, now)?;
                credentials(ClientProof::Assertion(&assertion)).await
            }
            Proof::WorkloadIdentityFile => {
                let path = &c.federated_token_file;
                let token = std::fs::read_to_string(path).map_err(|e| {
                    format!(
                        "reading the federated token file {} (AZURE_FEDERATED_TOKEN_FILE): {e}",
                        path.display()
                    )
                })?;
                credentials(ClientProof::Assertion(token.trim())).await
            }
            Proof::WorkloadIdentityServiceAccount {
                namespace,
                service_account,
            } => {
                let token = service_account_token(c.kube()?, namespace, service_account).await?;
                credentials(ClientProof::Assertion(&token)).await
            }
            Proof::ManagedIdentity => {
                let endpoint = c
                    .identity_endpoint
                    .as_ref()
                    .map(|(e, h)| (e.as_str(), h.as_str()));
                let client_id = (!self.client_id.is_empty()).then_some(self.client_id.as_str());
                oauth::managed_identity(&c.http, endpoint, &c.imds, client_id, audience).await
            }
        }
    }
}

fn workload_identity(source: &Source, values: &CredentialValues) -> Proof {
    match source {
        Source::Global => Proof::WorkloadIdentityFile,
        Source::Resource { namespace, .. }
        | Source::Namespace { namespace }
        | Source::NamespaceIdentity { namespace, .. } => Proof::WorkloadIdentityServiceAccount {
            namespace: namespace.clone(),
            service_account: values
                .service_account
                .clone()
                .unwrap_or_else(|| "default".to_string()),
        },
    }
}

/// A token for `namespace/service_account` with the token exchange audience (TokenRequest).
async fn service_account_token(
    kube: &kube::Client,
    namespace: &str,
    service_account: &str,
) -> Result<String, String> {
    let api: kube::Api<ServiceAccount> = kube::Api::namespaced(kube.clone(), namespace);
    let request = TokenRequest {
        spec: Some(TokenRequestSpec {
            audiences: Some(vec![TOKEN_EXCHANGE_AUDIENCE.to_string()]),
            expiration_seconds: Some(3600),
            ..TokenRequestSpec::default()
        }),
        ..TokenRequest::default()
    };
    let answer = api
        .create_token_request(service_account, &PostParams::default(), &request)
        .await
        .map_err(|e| {
            format!("requesting a token for ServiceAccount {namespace}/{service_account}: {e}")
        })?;
    answer
        .status
        .and_then(|s| s.token)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| {
            format!(
                "TokenRequest for ServiceAccount {namespace}/{service_account} returned no token"
            )
        })
}

impl TokenProvider for Credential {
    fn token(&self) -> BoxFuture<'_, Result<String, ArmError>> {
        Box::pin(async move {
            self.arm_token().await.map_err(|message| ArmError {
                status: None,
                code: "AuthenticationFailed".into(),
                message,
                retry_after: None,
                from_operation: false,
            })
        })
    }
}

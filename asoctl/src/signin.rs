//! How `asoctl` signs in to Azure, as ASO's asoctl does: the environment's credential when it
//! names one (the operator's `AZURE_*` settings: a client secret, a certificate or workload
//! identity), otherwise the Azure CLI's login (`az login`), through azure_identity's
//! `AzureCliCredential`. The subscription is `AZURE_SUBSCRIPTION_ID`, else the CLI's current
//! account (`az account show`).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use azure_core::credentials::TokenCredential;
use azure_identity::{AzureCliCredential, AzureCliCredentialOptions};
use futures::future::BoxFuture;
use serde_json::Value;

use aso_operator::arm::{ArmClient, ArmError, TokenProvider};
use aso_operator::identity::credential::Proof;
use aso_operator::identity::oauth::default_scope;
use aso_operator::settings::Settings;

/// Azure, signed in: the operator's ARM client, whose tokens, and the subscription.
pub struct Azure {
    pub arm: ArmClient,
    pub tokens: Arc<dyn TokenProvider>,
    pub subscription: String,
    /// How the tokens are obtained, for messages.
    pub how: String,
}

/// Signs in with `env` (the process environment).
pub fn sign_in(env: &BTreeMap<String, String>) -> Result<Azure, String> {
    let settings = Settings::parse(env, &["asoctl".to_string()])?;
    let metrics = Arc::new(aso_operator::metrics::Metrics::default());
    let (arm, identities) = aso_operator::run::azure(&settings, None, metrics)?;
    // A global credential that is only a subscription (no client) would be a managed identity:
    // on a workstation that is the Azure CLI's login instead.
    if let Some(credential) = identities.global()
        && !matches!(credential.proof(), Proof::ManagedIdentity)
    {
        return Ok(Azure {
            arm,
            subscription: credential.subscription.clone(),
            how: format!(
                "the environment's credential ({})",
                credential.proof().describe()
            ),
            tokens: credential.clone(),
        });
    }
    let tenant = env
        .get("AZURE_TENANT_ID")
        .filter(|t| !t.is_empty())
        .cloned();
    let subscription = match env.get("AZURE_SUBSCRIPTION_ID").filter(|s| !s.is_empty()) {
        Some(s) => s.clone(),
        None => cli_account()?,
    };
    let cli = AzureCliCredential::new(Some(AzureCliCredentialOptions {
        tenant_id: tenant,
        ..Default::default()
    }))
    .map_err(|e| format!("the Azure CLI credential: {e}"))?;
    Ok(Azure {
        arm,
        subscription,
        how: "the Azure CLI's login".into(),
        tokens: Arc::new(AzureCliTokens {
            credential: cli,
            scope: default_scope(&settings.resource_manager_audience),
            cache: tokio::sync::Mutex::new(None),
        }),
    })
}

/// The subscription of the Azure CLI's current account.
fn cli_account() -> Result<String, String> {
    let output = std::process::Command::new("az")
        .args(["account", "show", "--output", "json"])
        .output()
        .map_err(|e| {
            format!(
                "no Azure credential: AZURE_CLIENT_ID with a secret or certificate is not set, and the Azure CLI (az) could not be run: {e}"
            )
        })?;
    if !output.status.success() {
        return Err(format!(
            "no Azure credential: `az account show` failed (run `az login`, or set AZURE_SUBSCRIPTION_ID, AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET): {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let account: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("`az account show` printed something other than JSON: {e}"))?;
    account["id"]
        .as_str()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .ok_or_else(|| "`az account show` names no subscription id".to_string())
}

/// ARM tokens from the Azure CLI, kept until five minutes before they expire (every call of
/// the credential runs `az`).
struct AzureCliTokens {
    credential: Arc<AzureCliCredential>,
    scope: String,
    cache: tokio::sync::Mutex<Option<(String, time::OffsetDateTime)>>,
}

impl TokenProvider for AzureCliTokens {
    fn token(&self) -> BoxFuture<'_, Result<String, ArmError>> {
        Box::pin(async move {
            let mut cache = self.cache.lock().await;
            let now = time::OffsetDateTime::now_utc();
            if let Some((token, refresh_at)) = cache.as_ref()
                && now < *refresh_at
            {
                return Ok(token.clone());
            }
            let fresh = self
                .credential
                .get_token(&[&self.scope], None)
                .await
                .map_err(|e| ArmError {
                    status: None,
                    code: "AuthenticationFailed".into(),
                    message: format!("the Azure CLI's login: {e}"),
                    retry_after: None,
                    from_operation: false,
                })?;
            let token = fresh.token.secret().to_string();
            let refresh_at = fresh.expires_on - Duration::from_secs(300);
            *cache = Some((token.clone(), refresh_at));
            Ok(token)
        })
    }
}

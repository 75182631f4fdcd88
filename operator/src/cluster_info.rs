//! The cluster's facts that manifests need and nobody should copy by hand, published by the
//! operator as ConfigMap `aso-cluster-info` in every namespace labelled
//! `serviceoperator.azure.com/cluster-info: "true"` (ours): `oidcIssuerURL`, the issuer of the
//! cluster's ServiceAccount tokens, read from the API server's OIDC discovery document
//! (`/.well-known/openid-configuration`, readable by every ServiceAccount through Kubernetes'
//! default `system:service-account-issuer-discovery` binding). A FederatedIdentityCredential reads
//! it with ASO's `issuerFromConfig`, so the issuer reaches Azure without being written anywhere.
//!
//! Why a label: the operator writes only where the namespace's administrator asked (a Namespace
//! is cluster-scoped, so a team cannot opt other namespaces in). Why polling: the set of labelled
//! namespaces is small and rarely changes; a list every [`INTERVAL`] costs less than another watch.

use std::collections::BTreeMap;
use std::time::Duration;

use k8s_openapi::api::core::v1::{ConfigMap, Namespace};
use kube::api::{Api, ListParams, ObjectMeta, PostParams};
use serde_json::Value;

/// The ConfigMap written into each labelled namespace.
pub const CONFIG_MAP: &str = "aso-cluster-info";
/// The label that asks for it (value `"true"`).
pub const LABEL: &str = "serviceoperator.azure.com/cluster-info";
/// The key holding the ServiceAccount token issuer.
pub const ISSUER_KEY: &str = "oidcIssuerURL";
/// How often labelled namespaces are looked for.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// The issuer of the cluster's ServiceAccount tokens.
pub async fn issuer(kube: &kube::Client) -> Result<String, String> {
    let request = http::Request::get("/.well-known/openid-configuration")
        .body(Vec::new())
        .map_err(|e| e.to_string())?;
    let document: Value = kube
        .request(request)
        .await
        .map_err(|e| format!("reading the API server's OIDC discovery document: {e}"))?;
    document["issuer"]
        .as_str()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .ok_or_else(|| "the API server's OIDC discovery document names no issuer".to_string())
}

/// Writes the ConfigMap into every labelled namespace (those of `targets`, when the operator
/// serves only some); returns the namespaces written to.
pub async fn publish(kube: &kube::Client, targets: &[String]) -> Result<Vec<String>, String> {
    let namespaces: Api<Namespace> = Api::all(kube.clone());
    let labelled = namespaces
        .list(&ListParams::default().labels(&format!("{LABEL}=true")))
        .await
        .map_err(|e| format!("listing namespaces labelled {LABEL}: {e}"))?;
    let names: Vec<String> = labelled
        .items
        .into_iter()
        .filter_map(|n| n.metadata.name)
        .filter(|n| targets.is_empty() || targets.contains(n))
        .collect();
    if names.is_empty() {
        return Ok(names);
    }
    let data = BTreeMap::from([(ISSUER_KEY.to_string(), issuer(kube).await?)]);
    for namespace in &names {
        write(kube, namespace, &data).await?;
    }
    Ok(names)
}

/// Creates the ConfigMap, or updates it when its data differs.
async fn write(
    kube: &kube::Client,
    namespace: &str,
    data: &BTreeMap<String, String>,
) -> Result<(), String> {
    let api: Api<ConfigMap> = Api::namespaced(kube.clone(), namespace);
    let failed = |e: kube::Error| format!("writing ConfigMap {namespace}/{CONFIG_MAP}: {e}");
    match api.get_opt(CONFIG_MAP).await.map_err(failed)? {
        Some(current) if current.data.as_ref() == Some(data) => Ok(()),
        Some(mut current) => {
            current.data = Some(data.clone());
            api.replace(CONFIG_MAP, &PostParams::default(), &current)
                .await
                .map(|_| ())
                .map_err(failed)
        }
        None => {
            let config_map = ConfigMap {
                metadata: ObjectMeta {
                    name: Some(CONFIG_MAP.into()),
                    namespace: Some(namespace.into()),
                    labels: Some(BTreeMap::from([(
                        "app.kubernetes.io/managed-by".to_string(),
                        "azure-service-operator".to_string(),
                    )])),
                    ..ObjectMeta::default()
                },
                data: Some(data.clone()),
                ..ConfigMap::default()
            };
            api.create(&PostParams::default(), &config_map)
                .await
                .map(|_| ())
                .map_err(failed)
        }
    }
}

/// Publishes every [`INTERVAL`] until the future is dropped.
pub async fn run(kube: kube::Client, targets: Vec<String>) {
    loop {
        if let Err(e) = publish(&kube, &targets).await {
            tracing::warn!(error = %e, "publishing {CONFIG_MAP}");
        }
        tokio::time::sleep(INTERVAL).await;
    }
}

//! Keeps the conversion settings of every one of our CRDs pointing at this webhook: the
//! Service (namespace, name, path, port) and the CA bundle that vouches for the serving
//! certificate. Only CRDs that are ours (embedded in this binary) and whose strategy is
//! `Webhook` are touched.
//!
//! Every replica does this; they write the same values, so they agree. A CRD is read in full
//! only when its metadata changed since it was last found current (a metadata watch), or when
//! the bundle changed.

use std::collections::{BTreeSet, HashMap};

use futures::StreamExt;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, Patch, PatchParams};
use kube::core::PartialObjectMeta;
use kube::runtime::watcher;
use serde_json::{Value, json};
use tokio::sync::watch;

use aso_runtime::versions::{WEBHOOK_PATH, WEBHOOK_SERVICE};

/// The field manager of what the webhook writes.
pub const FIELD_MANAGER: &str = "aso-webhook";

/// What every CRD's webhook client configuration should say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desired {
    pub namespace: String,
    /// The CA bundle, PEM.
    pub bundle: String,
}

impl Desired {
    /// `spec.conversion.webhook.clientConfig`, as the CRD holds it.
    pub fn client_config(&self) -> Value {
        use base64::Engine;
        json!({
            "service": {
                "namespace": self.namespace,
                "name": WEBHOOK_SERVICE,
                "path": WEBHOOK_PATH,
                "port": 443,
            },
            "caBundle": base64::engine::general_purpose::STANDARD.encode(&self.bundle),
        })
    }

    /// The merge patch that makes `crd` current, or `None` when it is (or is not converted by
    /// a webhook at all).
    pub fn patch_for(&self, crd: &Value) -> Option<Value> {
        let conversion = crd.pointer("/spec/conversion")?;
        if conversion.get("strategy").and_then(Value::as_str) != Some("Webhook") {
            return None;
        }
        let wanted = self.client_config();
        let current = conversion.pointer("/webhook/clientConfig");
        let current_matches = current.is_some_and(|c| {
            c.get("service") == wanted.get("service") && c.get("caBundle") == wanted.get("caBundle")
        });
        // A `url` client config must go: the API server accepts exactly one of url and service.
        let has_url = current.is_some_and(|c| c.get("url").is_some());
        if current_matches && !has_url {
            return None;
        }
        let mut client_config = wanted;
        if has_url {
            client_config["url"] = Value::Null;
        }
        Some(json!({"spec": {"conversion": {"webhook": {"clientConfig": client_config}}}}))
    }
}

/// Our CRDs: those embedded in this binary.
fn ours() -> BTreeSet<&'static str> {
    crate::crds::embedded().map(|(name, _)| name).collect()
}

/// Makes the CRD `name` current; returns its resourceVersion once current.
async fn keep_one(
    api: &Api<CustomResourceDefinition>,
    name: &str,
    desired: &Desired,
) -> Result<Option<String>, String> {
    let Some(crd) = api
        .get_opt(name)
        .await
        .map_err(|e| format!("reading CustomResourceDefinition {name}: {e}"))?
    else {
        return Ok(None);
    };
    let value = serde_json::to_value(&crd).map_err(|e| e.to_string())?;
    let Some(patch) = desired.patch_for(&value) else {
        return Ok(crd.metadata.resource_version);
    };
    let patched = api
        .patch(
            name,
            &PatchParams {
                field_manager: Some(FIELD_MANAGER.into()),
                ..PatchParams::default()
            },
            &Patch::Merge(&patch),
        )
        .await
        .map_err(|e| {
            format!("setting the conversion webhook of CustomResourceDefinition {name}: {e}")
        })?;
    tracing::info!(crd = name, "conversion webhook client configuration set");
    Ok(patched.metadata.resource_version)
}

/// Each CRD of ours at the resourceVersion it was last found current at, and those whose
/// update failed (retried).
#[derive(Debug, Default)]
pub struct Kept {
    current: HashMap<String, String>,
    pending: BTreeSet<String>,
}

impl Kept {
    /// How many CRDs of ours are known current.
    pub fn current(&self) -> usize {
        self.current.len()
    }

    async fn keep(&mut self, api: &Api<CustomResourceDefinition>, name: String, desired: &Desired) {
        match keep_one(api, &name, desired).await {
            Ok(Some(version)) => {
                self.pending.remove(&name);
                self.current.insert(name, version);
            }
            Ok(None) => {
                self.pending.remove(&name);
            }
            Err(e) => {
                tracing::warn!(error = %e, "conversion webhook client configuration");
                self.pending.insert(name);
            }
        }
    }
}

/// Makes every CRD of ours in the cluster current, once (at start, so the process is ready
/// only when the API server can reach it).
pub async fn keep_all(kube: &kube::Client, desired: &Desired) -> Result<Kept, String> {
    let api: Api<CustomResourceDefinition> = Api::all(kube.clone());
    let list = api
        .list_metadata(&Default::default())
        .await
        .map_err(|e| format!("listing CustomResourceDefinitions: {e}"))?;
    let ours = ours();
    let mut kept = Kept::default();
    for name in list.items.into_iter().filter_map(|c| c.metadata.name) {
        if ours.contains(name.as_str()) {
            kept.keep(&api, name, desired).await;
        }
    }
    Ok(kept)
}

/// Runs until `shutdown`: every CRD of ours that the watch sees changed, and every CRD when
/// `desired` changes, is made current. Failures are logged and retried at the next change or
/// after `retry`.
pub async fn keep(
    kube: kube::Client,
    mut desired: watch::Receiver<Desired>,
    mut kept: Kept,
    retry: std::time::Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    let api: Api<CustomResourceDefinition> = Api::all(kube);
    let ours = ours();
    let mut present: BTreeSet<String> = kept.current.keys().cloned().collect();
    let metadata: Api<PartialObjectMeta<CustomResourceDefinition>> =
        Api::all(api.clone().into_client());
    let mut events = watcher::watcher(metadata, watcher::Config::default()).boxed();
    let mut tick = tokio::time::interval(retry);
    loop {
        let mut due: Vec<String> = Vec::new();
        tokio::select! {
            _ = shutdown.changed() => return,
            changed = desired.changed() => {
                if changed.is_err() {
                    return;
                }
                kept.current.clear();
                due.extend(present.iter().cloned());
            }
            _ = tick.tick() => due.extend(kept.pending.iter().cloned()),
            event = events.next() => match event {
                None => return,
                Some(Err(e)) => tracing::warn!(error = %e, "watching CustomResourceDefinitions"),
                Some(Ok(event)) => {
                    let (applied, deleted) = match event {
                        watcher::Event::Apply(m) | watcher::Event::InitApply(m) => (Some(m), None),
                        watcher::Event::Delete(m) => (None, Some(m)),
                        watcher::Event::Init | watcher::Event::InitDone => (None, None),
                    };
                    if let Some(name) = deleted.and_then(|m| m.metadata.name) {
                        present.remove(&name);
                        kept.current.remove(&name);
                        kept.pending.remove(&name);
                    }
                    if let Some(meta) = applied {
                        let name = meta.metadata.name.clone().unwrap_or_default();
                        if ours.contains(name.as_str()) {
                            present.insert(name.clone());
                            if kept.current.get(&name) != meta.metadata.resource_version.as_ref() {
                                due.push(name);
                            }
                        }
                    }
                }
            },
        }
        let wanted = desired.borrow().clone();
        for name in due {
            kept.keep(&api, name, &wanted).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desired() -> Desired {
        Desired {
            namespace: "aso".into(),
            bundle: "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n".into(),
        }
    }

    #[test]
    fn only_webhook_crds_that_differ_are_patched() {
        let d = desired();
        let none = json!({"spec": {"conversion": {"strategy": "None"}}});
        assert_eq!(d.patch_for(&none), None);
        let placeholder = json!({"spec": {"conversion": {"strategy": "Webhook", "webhook": {
            "conversionReviewVersions": ["v1"],
            "clientConfig": {"service": {"namespace": "azureserviceoperator-system",
                "name": WEBHOOK_SERVICE, "path": "/convert", "port": 443}}}}}});
        let patch = d.patch_for(&placeholder).expect("a patch");
        let config = &patch["spec"]["conversion"]["webhook"]["clientConfig"];
        assert_eq!(config["service"]["namespace"], "aso");
        assert_eq!(config["caBundle"], d.client_config()["caBundle"]);
        assert!(config.get("url").is_none());
        let mut patched = placeholder.clone();
        patched["spec"]["conversion"]["webhook"]["clientConfig"] = d.client_config();
        assert_eq!(d.patch_for(&patched), None, "current: nothing to do");
        let mut url = patched.clone();
        url["spec"]["conversion"]["webhook"]["clientConfig"]["url"] = json!("https://evil/");
        let patch = d.patch_for(&url).expect("a url is replaced");
        assert_eq!(
            patch["spec"]["conversion"]["webhook"]["clientConfig"]["url"],
            Value::Null
        );
    }
}

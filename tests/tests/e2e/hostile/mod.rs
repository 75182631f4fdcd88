//! The operator as a hostile tenant meets it. One operator serves many teams, each with edit
//! rights in its own namespace only; the global credential can do anything in the
//! subscription. Every case asserts that it fails safely:
//! - no request leaves for another host (an attacker's listener, HTTP or HTTPS, sees nothing);
//! - no Azure resource outside the object's own ARM ID (or its owner's) is touched (armsim's
//!   request journal);
//! - nothing is deleted on a misspelt policy or a changed `resource-id`;
//! - the operator keeps reconciling new objects, and its health says when it cannot.
//!
//! `credential` is about the global credential (tokens to other hosts, forged operation
//! records, `resource-id` on delete); `tenants` about one namespace against another's resources
//! (names, owners, references, credentials); `liveness` about stopping the operator (huge
//! `Retry-After`, many hostile objects, flaky polls); `fuzz` throws random hostile objects at
//! the running operator.

mod credential;
mod fuzz;
mod liveness;
mod tenants;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use kube::api::{DynamicObject, Patch, PatchParams, PostParams};
use serde_json::{Value, json};

use aso_e2e::harness::{Env, EnvOptions};

pub const RG: &str = "resources.azure.com";
pub const STORAGE: &str = "storage.azure.com";
pub const ATTACKER: &str = "team-a";
pub const VICTIM: &str = "team-b";

/// A listener on another host (port) an attacker controls: it counts every connection, TLS or
/// not, and answers nothing useful.
pub struct AttackerHost {
    pub addr: SocketAddr,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl AttackerHost {
    pub async fn start() -> AttackerHost {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let connections = Arc::new(AtomicUsize::new(0));
        let counted = connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                counted.fetch_add(1, Ordering::SeqCst);
                drop(stream);
            }
        });
        AttackerHost {
            addr,
            connections,
            task,
        }
    }

    pub fn url(&self, scheme: &str, path: &str) -> String {
        format!("{scheme}://{}{path}", self.addr)
    }

    /// Connections the attacker received.
    pub fn hits(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for AttackerHost {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The operator, the teams' namespaces, and a resource group of team B's that team A must
/// never touch (created in Azure by someone else).
pub struct World {
    pub env: Env,
    pub attacker: AttackerHost,
    pub victim_id: String,
}

impl World {
    pub async fn start(pattern: &str) -> World {
        World::start_with(EnvOptions {
            crd_pattern: pattern.into(),
            ..EnvOptions::default()
        })
        .await
    }

    pub async fn start_with(options: EnvOptions) -> World {
        let mut env = Env::start(options).await;
        env.start_operator().await;
        env.namespace(ATTACKER);
        env.namespace(VICTIM);
        let victim_id = format!(
            "/subscriptions/{}/resourceGroups/rg-victim",
            env.arm.subscription()
        );
        let (status, _) = env
            .arm_request(
                reqwest::Method::PUT,
                &victim_id,
                "2020-06-01",
                Some(&json!({"location": "westus2"})),
            )
            .await;
        assert!(
            status < 300,
            "creating the victim's resource group: {status}"
        );
        env.arm.clear_journal();
        World {
            env,
            attacker: AttackerHost::start().await,
            victim_id,
        }
    }

    /// Creates `obj` through the API server as a user would; `Err` with the server's words
    /// when admission refuses it.
    pub async fn create(&self, group: &str, kind: &str, obj: Value) -> Result<(), String> {
        let namespace = obj["metadata"]["namespace"].as_str().unwrap().to_string();
        let obj: DynamicObject = serde_json::from_value(obj).unwrap();
        self.env
            .api(group, kind, &namespace)
            .create(&PostParams::default(), &obj)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// A resource group in `namespace`, made Ready by the operator; its ARM ID.
    pub async fn ready_group(&self, namespace: &str, name: &str) -> String {
        self.create(
            RG,
            "ResourceGroup",
            resource_group(namespace, name, json!({})),
        )
        .await
        .unwrap();
        self.env
            .wait_ready(RG, "ResourceGroup", namespace, name)
            .await;
        self.env
            .resource_id(RG, "ResourceGroup", namespace, name)
            .await
    }

    /// Merges `patch` into the object, as a user with edit rights can.
    pub async fn patch(&self, group: &str, kind: &str, namespace: &str, name: &str, patch: Value) {
        self.env
            .api(group, kind, namespace)
            .patch(name, &PatchParams::default(), &Patch::Merge(&patch))
            .await
            .unwrap_or_else(|e| panic!("patching {kind} {namespace}/{name}: {e}"));
    }

    pub async fn delete(&self, group: &str, kind: &str, namespace: &str, name: &str) {
        self.env
            .api(group, kind, namespace)
            .delete(name, &Default::default())
            .await
            .unwrap_or_else(|e| panic!("deleting {kind} {namespace}/{name}: {e}"));
    }

    /// The invariants every case ends with: the attacker's host saw nothing, and no request
    /// since the journal was last cleared touched the victim's resource group.
    pub fn assert_contained(&self, case: &str) {
        assert_eq!(
            self.attacker.hits(),
            0,
            "{case}: a request reached the attacker's host"
        );
        let victim = self.victim_id.to_ascii_lowercase();
        let touched: Vec<String> = self
            .env
            .arm
            .journal()
            .into_iter()
            .filter(|e| e.url.to_ascii_lowercase().contains(&victim))
            .map(|e| format!("{} {}", e.method, e.url))
            .collect();
        assert!(
            touched.is_empty(),
            "{case}: the victim's resources were addressed: {touched:?}"
        );
        assert!(
            self.env.arm.resource(&self.victim_id).is_some(),
            "{case}: the victim's resource group is gone"
        );
    }
}

pub fn resource_group(namespace: &str, name: &str, spec: Value) -> Value {
    let mut spec = spec;
    spec["location"] = json!("westus2");
    json!({
        "apiVersion": "resources.azure.com/v1api20200601",
        "kind": "ResourceGroup",
        "metadata": {"name": name, "namespace": namespace},
        "spec": spec,
    })
}

pub fn storage_account(namespace: &str, name: &str, spec: Value) -> Value {
    let mut spec = spec;
    spec["location"] = json!("westus2");
    spec["kind"] = json!("StorageV2");
    spec["sku"] = json!({"name": "Standard_LRS"});
    json!({
        "apiVersion": "storage.azure.com/v1api20230101",
        "kind": "StorageAccount",
        "metadata": {"name": name, "namespace": namespace},
        "spec": spec,
    })
}

/// The Ready condition's reason, if it is False.
pub fn not_ready_reason(obj: &DynamicObject) -> Option<String> {
    let c = aso_e2e::harness::ready(obj)?;
    (c["status"] == "False").then(|| c["reason"].as_str().unwrap_or("").to_string())
}

//! Helpers shared by the integration tests: a simulator serving the generated catalog (the kinds
//! and ARM schemas the binary serves), and a small ARM client over reqwest.

use std::path::PathBuf;

use aso_armsim::{ArmSim, Config};
use aso_runtime::KindInfo;
use serde_json::Value;

pub const SUB: &str = "00000000-0000-0000-0000-000000000000";
/// API versions the tests write at: ASO's versions of these kinds, which the generated catalog
/// serves (`api_versions_used_here_are_served` checks).
pub const RG_API: &str = "2020-06-01";
pub const STORAGE_API: &str = "2023-01-01";
pub const MI_API: &str = "2023-01-31";
pub const SB_API: &str = "2021-11-01";
pub const KV_API: &str = "2023-07-01";
pub const RA_API: &str = "2022-04-01";

/// A running simulator with a client and a zero-configuration Owner token.
pub struct Sim {
    pub sim: ArmSim,
    pub client: reqwest::Client,
    pub token: String,
}

/// An answer, read whole.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
    pub json: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// `error.code` of an ARM error body.
    pub fn code(&self) -> &str {
        self.json
            .pointer("/error/code")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    pub fn message(&self) -> &str {
        self.json
            .pointer("/error/message")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    pub fn state(&self) -> &str {
        self.json
            .pointer("/properties/provisioningState")
            .and_then(Value::as_str)
            .unwrap_or("")
    }
}

/// Test settings for most simulators here: no waiting between polls, and poll-counted progress,
/// so a test can tell exactly which poll sees an operation end. The default (time) is tested in
/// `operations`.
pub const FAST: &str = "lro:\n  default:\n    retryAfter: 0\n    progress: polls\n";

/// The kinds the simulator serves: the generated catalog, as the binary serves it.
pub fn catalog() -> Vec<&'static KindInfo> {
    aso_armsim::generated_kinds()
}

pub async fn start(config_yaml: &str) -> Sim {
    start_with(Config::parse(config_yaml, "test config").expect("test config parses")).await
}

pub async fn start_with(config: Config) -> Sim {
    let sim = ArmSim::builder()
        .kinds(catalog())
        .config(config)
        .start()
        .await
        .expect("simulator starts");
    let client = sim.client().expect("client");
    let token = sim.token_for("test-client");
    Sim { sim, client, token }
}

pub fn rg(name: &str) -> String {
    format!("/subscriptions/{SUB}/resourceGroups/{name}")
}

pub fn storage(rg_name: &str, name: &str) -> String {
    format!(
        "{}/providers/Microsoft.Storage/storageAccounts/{name}",
        rg(rg_name)
    )
}

pub fn identity(rg_name: &str, name: &str) -> String {
    format!(
        "{}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{name}",
        rg(rg_name)
    )
}

pub fn sb_namespace(rg_name: &str, name: &str) -> String {
    format!(
        "{}/providers/Microsoft.ServiceBus/namespaces/{name}",
        rg(rg_name)
    )
}

pub fn vault(rg_name: &str, name: &str) -> String {
    format!("{}/providers/Microsoft.KeyVault/vaults/{name}", rg(rg_name))
}

fn with_api(path: &str, api: &str) -> String {
    if api.is_empty() {
        path.to_string()
    } else if path.contains('?') {
        format!("{path}&api-version={api}")
    } else {
        format!("{path}?api-version={api}")
    }
}

impl Sim {
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.sim.base_url())
        }
    }

    pub async fn send(
        &self,
        method: &str,
        path: &str,
        api: &str,
        body: Option<&Value>,
        token: Option<&str>,
    ) -> Resp {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self.client.request(method, self.url(&with_api(path, api)));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = req.send().await.expect("request reaches the simulator");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("body");
        let json = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::Null)
        };
        Resp {
            status,
            headers,
            text,
            json,
        }
    }

    pub async fn put(&self, path: &str, api: &str, body: &Value) -> Resp {
        self.send("PUT", path, api, Some(body), Some(&self.token))
            .await
    }

    pub async fn patch(&self, path: &str, api: &str, body: &Value) -> Resp {
        self.send("PATCH", path, api, Some(body), Some(&self.token))
            .await
    }

    pub async fn get(&self, path: &str, api: &str) -> Resp {
        self.send("GET", path, api, None, Some(&self.token)).await
    }

    pub async fn delete(&self, path: &str, api: &str) -> Resp {
        self.send("DELETE", path, api, None, Some(&self.token))
            .await
    }

    pub async fn post(&self, path: &str, api: &str, body: Option<&Value>) -> Resp {
        self.send("POST", path, api, body, Some(&self.token)).await
    }

    /// GETs a monitor URL (absolute or relative) as given.
    pub async fn follow(&self, url: &str) -> Resp {
        self.send("GET", url, "", None, Some(&self.token)).await
    }

    /// Creates a resource group in westus2.
    pub async fn resource_group(&self, name: &str) {
        let r = self
            .put(
                &rg(name),
                RG_API,
                &serde_json::json!({"location": "westus2"}),
            )
            .await;
        assert!(
            r.status == 201 || r.status == 200,
            "creating resource group {name}: {} {}",
            r.status,
            r.text
        );
    }

    /// Polls a monitor until it is no longer 202 / InProgress; returns the final answer.
    pub async fn poll(&self, url: &str) -> Resp {
        for _ in 0..50 {
            let r = self.follow(url).await;
            let in_progress = r.status == 202
                || r.json.get("status").and_then(Value::as_str) == Some("InProgress");
            if !in_progress {
                return r;
            }
        }
        panic!("operation {url} did not end after 50 polls");
    }
}

/// POSTs a form to a token endpoint (`{authority}/{tenant}/oauth2/v2.0/token`).
pub async fn request_token(
    client: &reqwest::Client,
    endpoint: &str,
    pairs: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(endpoint)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form(pairs))
        .send()
        .await
        .expect("the token endpoint answers")
}

/// A form body for the token endpoint (reqwest's `form` feature is not built).
pub fn form(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// The recordings beside the project (`../shared/aso-reference/recordings`), or `ASO_SHARED`.
pub fn recordings_dir() -> PathBuf {
    let shared = std::env::var_os("ASO_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let dir = shared.join("aso-reference/recordings");
    assert!(
        dir.is_dir(),
        "recordings not found at {} (set ASO_SHARED to the shared folder)",
        dir.display()
    );
    dir
}

pub fn cassettes() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![recordings_dir()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

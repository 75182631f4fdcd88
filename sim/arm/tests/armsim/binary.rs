//! The `aso-armsim` binary: listens where told, prints its address, writes the CA, reads a
//! configuration file, and serves ARM and Entra ID.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

/// Kills the child process it holds when dropped (a failing test must not leave it running).
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn binary_serves_with_a_config_file_and_writes_its_ca() {
    let dir = tempfile::tempdir().unwrap();
    let ca_path = dir.path().join("ca.pem");
    let config_path = dir.path().join("armsim.yaml");
    std::fs::write(
        &config_path,
        "principals:\n  - clientId: ci\n    secrets: [s3cret]\nroleAssignments:\n  - {principal: ci, role: Owner, scope: /subscriptions/00000000-0000-0000-0000-000000000000}\n",
    )
    .unwrap();
    let mut child = Child(
        Command::new(env!("CARGO_BIN_EXE_aso-armsim"))
            .args([
                "--listen",
                "127.0.0.1:0",
                "--host",
                "login.microsoftonline.com",
            ])
            .arg("--tls-ca-out")
            .arg(&ca_path)
            .arg("--config")
            .arg(&config_path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    BufReader::new(child.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_string();
    assert!(base.starts_with("https://127.0.0.1:"), "{base}");
    let ca = std::fs::read_to_string(&ca_path).unwrap();
    let client = aso_armsim::client::reqwest_client_trusting(&[&ca]).unwrap();
    let form = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("grant_type", "client_credentials"),
            ("client_id", "ci"),
            ("client_secret", "s3cret"),
            ("scope", "https://management.azure.com/.default"),
        ])
        .finish();
    let token: Value = client
        .post(format!(
            "{base}/00000000-0000-0000-0000-000000000000/oauth2/v2.0/token"
        ))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = token["access_token"]
        .as_str()
        .expect("a token for the configured principal");
    let created = client
        .put(format!("{base}/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/from-binary?api-version=2020-06-01"))
        .bearer_auth(token)
        .json(&json!({"location": "westus2"}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let journal: Value = client
        .get(format!("{base}/_armsim/requests"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        journal[0]["body"],
        Value::Null,
        "token requests are journaled without their body"
    );
    assert_eq!(journal[1]["body"], json!({"location": "westus2"}));

    // `--host` adds a name to the certificate: Entra's public name, reached through a proxy.
    let addr: std::net::SocketAddr = base.trim_start_matches("https://").parse().unwrap();
    let tls = aso_armsim::client::rustls_config_trusting(&[&ca]).unwrap();
    let as_login = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .resolve("login.microsoftonline.com", addr)
        .build()
        .unwrap();
    let config: Value = as_login
        .get(format!(
            "https://login.microsoftonline.com:{}/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration",
            addr.port()
        ))
        .send()
        .await
        .expect("the certificate names login.microsoftonline.com")
        .json()
        .await
        .unwrap();
    assert!(
        config["token_endpoint"]
            .as_str()
            .unwrap()
            .starts_with("https://login.microsoftonline.com:"),
        "{config}"
    );

    // A configuration error stops it with a message naming the file and the field.
    std::fs::write(
        &config_path,
        "roleAssignments:\n  - {principal: x, role: Boss, scope: /subscriptions/x}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_aso-armsim"))
        .arg("--config")
        .arg(&config_path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("armsim.yaml") && stderr.contains("roleAssignments[0].role"),
        "{stderr}"
    );
}

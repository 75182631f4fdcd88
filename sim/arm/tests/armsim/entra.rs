//! Entra ID with the real clients: azure_identity's credentials (client secret, client assertion
//! with a certificate, workload identity, managed identity) against the simulator's authority,
//! and ARM accepting only its tokens and enforcing roles.

use crate::common::*;
use aso_armsim::test_support::azure::client_options;
use azure_core::credentials::{Secret, TokenCredential};
use azure_core::http::ClientMethodOptions;
use azure_identity::{
    ClientAssertion, ClientAssertionCredential, ClientAssertionCredentialOptions,
    ClientSecretCredential, ClientSecretCredentialOptions, WorkloadIdentityCredential,
    WorkloadIdentityCredentialOptions,
};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair};
use serde_json::{Value, json};

const ARM_SCOPE: &str = "https://management.azure.com/.default";

fn options(s: &Sim) -> azure_core::http::ClientOptions {
    client_options(&[s.sim.ca_pem().unwrap()], s.sim.base_url()).expect("client options")
}

async fn secret_token(s: &Sim, client: &str, secret: &str) -> azure_core::Result<String> {
    let cred = ClientSecretCredential::new(
        s.sim.tenant(),
        client.to_string(),
        Secret::new(secret.to_string()),
        Some(ClientSecretCredentialOptions {
            client_options: options(s),
        }),
    )?;
    Ok(cred
        .get_token(&[ARM_SCOPE], None)
        .await?
        .token
        .secret()
        .to_string())
}

#[tokio::test]
async fn client_secret_credential_gets_a_token_arm_accepts() {
    let s = start(FAST).await;
    let token = secret_token(&s, "any-client", "any-secret")
        .await
        .expect("zero-config accepts any client");
    let created = s
        .send(
            "PUT",
            &rg("rg"),
            RG_API,
            Some(&json!({"location": "westus2"})),
            Some(&token),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.json["systemData"]["createdBy"], "any-client");
}

#[tokio::test]
async fn configured_principals_need_their_secret() {
    let s = start("principals:\n  - clientId: app-1\n    secrets: [right]\nroleAssignments:\n  - {principal: app-1, role: Owner, scope: /subscriptions/00000000-0000-0000-0000-000000000000}\n").await;
    assert!(secret_token(&s, "app-1", "right").await.is_ok());
    let wrong = secret_token(&s, "app-1", "wrong")
        .await
        .unwrap_err()
        .to_string();
    assert!(wrong.contains("AADSTS7000215"), "{wrong}");
    let unknown = secret_token(&s, "app-2", "x")
        .await
        .unwrap_err()
        .to_string();
    assert!(unknown.contains("AADSTS700016"), "{unknown}");
    // The raw endpoint: Entra's error shape, and the scope rule.
    let r = request_token(
        &s.client,
        &format!("{}/{SUB}/oauth2/v2.0/token", s.sim.base_url()),
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "app-1"),
            ("client_secret", "right"),
            ("scope", "https://management.azure.com/user_impersonation"),
        ],
    )
    .await;
    assert_eq!(r.status(), 400);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"], "invalid_scope");
    assert_eq!(body["error_codes"], json!([1002012]));
    let unknown_tenant = request_token(
        &s.client,
        &format!(
            "{}/11111111-1111-1111-1111-111111111111/oauth2/v2.0/token",
            s.sim.base_url()
        ),
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "app-1"),
            ("client_secret", "right"),
            ("scope", ARM_SCOPE),
        ],
    )
    .await;
    assert_eq!(unknown_tenant.status(), 400);
    let discovery: Value = s
        .client
        .get(format!(
            "{}/{SUB}/v2.0/.well-known/openid-configuration",
            s.sim.base_url()
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        discovery["token_endpoint"],
        format!("{}/{SUB}/oauth2/v2.0/token", s.sim.base_url())
    );
    let keys: Value = s
        .client
        .get(discovery["jwks_uri"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(keys["keys"][0]["kty"], "EC");
}

/// A client assertion signed with a certificate's key, as ClientCertificateCredential would make.
#[derive(Debug)]
struct CertAssertion {
    alg: &'static str,
    pkcs8: Vec<u8>,
    cert_der: Vec<u8>,
    client_id: String,
    audience: String,
}

#[async_trait::async_trait]
impl ClientAssertion for CertAssertion {
    async fn secret(&self, _: Option<ClientMethodOptions<'_>>) -> azure_core::Result<String> {
        let rng = SystemRandom::new();
        let thumb = ring::digest::digest(&ring::digest::SHA256, &self.cert_der);
        let header = json!({"alg": self.alg, "typ": "JWT", "x5t#S256": URL_SAFE_NO_PAD.encode(thumb.as_ref())});
        let now = aso_armsim::unix_now();
        let claims = json!({"aud": self.audience, "iss": self.client_id, "sub": self.client_id, "jti": uuid::Uuid::new_v4().to_string(), "nbf": now, "exp": now + 600});
        if self.alg == "ES256" {
            let key = EcdsaKeyPair::from_pkcs8(
                &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
                &self.pkcs8,
                &rng,
            )
            .unwrap();
            return Ok(aso_armsim::entra::jwt::sign_es256(
                &key, &rng, &header, &claims,
            ));
        }
        let key = signature::RsaKeyPair::from_pkcs8(&self.pkcs8).unwrap();
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut sig = vec![0; key.public().modulus_len()];
        let padding: &dyn signature::RsaEncoding = if self.alg == "RS256" {
            &signature::RSA_PKCS1_SHA256
        } else {
            &signature::RSA_PSS_SHA256
        };
        key.sign(padding, &rng, input.as_bytes(), &mut sig).unwrap();
        Ok(format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig)))
    }
}

fn pem_der(pem: &str) -> Vec<u8> {
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap()
}

#[tokio::test]
async fn client_certificates_sign_assertions() {
    let ec_key = rcgen::KeyPair::generate().unwrap();
    let ec_cert = rcgen::CertificateParams::new(vec!["client".to_string()])
        .unwrap()
        .self_signed(&ec_key)
        .unwrap();
    let rsa_cert = include_str!("../fixtures/rsa-client.crt");
    let rsa_key = pem_der(include_str!("../fixtures/rsa-client.key"));
    let config = format!(
        "principals:\n  - clientId: cert-app\n    certificates:\n      - |\n{}\n      - |\n{}\nroleAssignments:\n  - {{principal: cert-app, role: Contributor, scope: /subscriptions/{SUB}}}\n",
        indent(&ec_cert.pem(), 8),
        indent(rsa_cert, 8)
    );
    let s = start(&config).await;
    let audience = format!("{}/{SUB}/oauth2/v2.0/token", s.sim.base_url());
    for (alg, pkcs8, cert) in [
        ("ES256", ec_key.serialize_der(), ec_cert.der().to_vec()),
        ("RS256", rsa_key.clone(), pem_der(rsa_cert)),
        ("PS256", rsa_key.clone(), pem_der(rsa_cert)),
    ] {
        let assertion = CertAssertion {
            alg,
            pkcs8,
            cert_der: cert,
            client_id: "cert-app".into(),
            audience: audience.clone(),
        };
        let cred = ClientAssertionCredential::new(
            s.sim.tenant().to_string(),
            "cert-app".into(),
            assertion,
            Some(ClientAssertionCredentialOptions {
                client_options: options(&s),
            }),
        )
        .unwrap();
        let token = cred
            .get_token(&[ARM_SCOPE], None)
            .await
            .unwrap_or_else(|e| panic!("{alg}: {e}"));
        let r = s
            .send(
                "PUT",
                &rg(&format!("rg-{alg}")),
                RG_API,
                Some(&json!({"location": "westus2"})),
                Some(token.token.secret()),
            )
            .await;
        assert_eq!(r.status, 201, "{alg}: {}", r.text);
    }
    // A certificate the application does not have is refused.
    let other_key = rcgen::KeyPair::generate().unwrap();
    let other = rcgen::CertificateParams::new(vec!["x".to_string()])
        .unwrap()
        .self_signed(&other_key)
        .unwrap();
    let cred = ClientAssertionCredential::new(
        s.sim.tenant().to_string(),
        "cert-app".into(),
        CertAssertion {
            alg: "ES256",
            pkcs8: other_key.serialize_der(),
            cert_der: other.der().to_vec(),
            client_id: "cert-app".into(),
            audience: audience.clone(),
        },
        Some(ClientAssertionCredentialOptions {
            client_options: options(&s),
        }),
    )
    .unwrap();
    let err = cred
        .get_token(&[ARM_SCOPE], None)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("AADSTS700027"), "{err}");
    // A registered certificate's thumbprint with another key's signature is refused.
    let forged = ClientAssertionCredential::new(
        s.sim.tenant().to_string(),
        "cert-app".into(),
        CertAssertion {
            alg: "ES256",
            pkcs8: other_key.serialize_der(),
            cert_der: ec_cert.der().to_vec(),
            client_id: "cert-app".into(),
            audience,
        },
        Some(ClientAssertionCredentialOptions {
            client_options: options(&s),
        }),
    )
    .unwrap();
    let err = forged
        .get_token(&[ARM_SCOPE], None)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("AADSTS7000274"), "{err}");
}

fn indent(text: &str, n: usize) -> String {
    text.lines()
        .map(|l| format!("{}{l}", " ".repeat(n)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A Kubernetes-like OIDC issuer on plain HTTP: discovery document and JWKS, as an API server
/// serves them.
async fn oidc_issuer(jwks: Value) -> String {
    use http_body_util::Full;
    use hyper::service::service_fn;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let iss = issuer.clone();
    tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let (iss, jwks) = (iss.clone(), jwks.clone());
            tokio::spawn(async move {
                let service = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let body = match req.uri().path() {
                        "/.well-known/openid-configuration" => {
                            json!({"issuer": iss, "jwks_uri": format!("{iss}/openid/v1/jwks"), "id_token_signing_alg_values_supported": ["ES256"]})
                        }
                        "/openid/v1/jwks" => jwks.clone(),
                        _ => Value::Null,
                    };
                    async move {
                        Ok::<_, std::convert::Infallible>(hyper::Response::new(Full::new(
                            bytes::Bytes::from(body.to_string()),
                        )))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    issuer
}

fn service_account_token(key: &EcdsaKeyPair, issuer: &str, subject: &str) -> String {
    let now = aso_armsim::unix_now();
    aso_armsim::entra::jwt::sign_es256(
        key,
        &SystemRandom::new(),
        &json!({"alg": "ES256", "kid": "kube-key"}),
        &json!({"iss": issuer, "sub": subject, "aud": ["api://AzureADTokenExchange"], "iat": now, "nbf": now, "exp": now + 3600,
                "kubernetes.io": {"namespace": "ns", "serviceaccount": {"name": "sa"}}}),
    )
}

#[tokio::test]
async fn workload_identity_through_configured_and_arm_created_credentials() {
    let rng = SystemRandom::new();
    let pkcs8 =
        EcdsaKeyPair::generate_pkcs8(&signature::ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
    let key = EcdsaKeyPair::from_pkcs8(
        &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
        pkcs8.as_ref(),
        &rng,
    )
    .unwrap();
    let jwks = json!({"keys": [aso_armsim::entra::jwt::es256_jwk(&key, "kube-key")]});
    let issuer = oidc_issuer(jwks).await;
    // The application's federated credential; its issuer's keys are found through discovery.
    let config = format!(
        "anyClient: true\nprincipals:\n  - clientId: wi-app\n    federatedCredentials:\n      - issuer: {issuer}\n        subject: system:serviceaccount:ns:sa\nroleAssignments:\n  - {{principal: wi-app, role: Reader, scope: /subscriptions/{SUB}}}\nlro:\n  default:\n    retryAfter: 0\n"
    );
    let s = start(&config).await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(
        &token_file,
        service_account_token(&key, &issuer, "system:serviceaccount:ns:sa"),
    )
    .unwrap();
    let workload = |client_id: &str| {
        WorkloadIdentityCredential::new(Some(WorkloadIdentityCredentialOptions {
            credential_options: ClientAssertionCredentialOptions {
                client_options: options(&s),
            },
            client_id: Some(client_id.to_string()),
            tenant_id: Some(SUB.to_string()),
            token_file_path: Some(token_file.clone()),
        }))
        .unwrap()
    };
    let token = workload("wi-app")
        .get_token(&[ARM_SCOPE], None)
        .await
        .expect("federated token");
    s.resource_group("rg").await;
    let read = s
        .send("GET", &rg("rg"), RG_API, None, Some(token.token.secret()))
        .await;
    assert_eq!(read.status, 200, "Reader reads");
    let write = s
        .send(
            "PUT",
            &rg("rg2"),
            RG_API,
            Some(&json!({"location": "westus2"})),
            Some(token.token.secret()),
        )
        .await;
    assert_eq!((write.status, write.code()), (403, "AuthorizationFailed"));
    assert!(
        write
            .message()
            .contains("'Microsoft.Resources/subscriptions/resourceGroups/write'"),
        "{}",
        write.message()
    );

    // A token for another subject matches no credential.
    std::fs::write(
        &token_file,
        service_account_token(&key, &issuer, "system:serviceaccount:ns:other"),
    )
    .unwrap();
    let err = workload("wi-app")
        .get_token(&[ARM_SCOPE], None)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("AADSTS70021"), "{err}");

    // A user-assigned identity and federated credential created through ARM work the same way; the
    // identity's principal has no role until one is assigned through ARM.
    let mi = identity("rg", "workload");
    let created = s.put(&mi, MI_API, &json!({"location": "westus2"})).await;
    let client_id = created.json["properties"]["clientId"]
        .as_str()
        .unwrap()
        .to_string();
    let principal = created.json["properties"]["principalId"]
        .as_str()
        .unwrap()
        .to_string();
    s.put(
        &format!("{mi}/federatedIdentityCredentials/pod"),
        MI_API,
        &json!({"properties": {"issuer": issuer, "subject": "system:serviceaccount:ns:other", "audiences": ["api://AzureADTokenExchange"]}}),
    )
    .await;
    let token = workload(&client_id)
        .get_token(&[ARM_SCOPE], None)
        .await
        .expect("token as the identity");
    let denied = s
        .send("GET", &rg("rg"), RG_API, None, Some(token.token.secret()))
        .await;
    assert_eq!((denied.status, denied.code()), (403, "AuthorizationFailed"));
    let assignment = format!(
        "{}/providers/Microsoft.Authorization/roleAssignments/{}",
        rg("rg"),
        uuid::Uuid::new_v4()
    );
    let assigned = s
        .put(&assignment, RA_API, &json!({"properties": {
            "roleDefinitionId": format!("/subscriptions/{SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"),
            "principalId": principal}}))
        .await;
    assert_eq!(assigned.status, 201, "{}", assigned.text);
    let allowed = s
        .send(
            "PUT",
            &identity("rg", "made-by-workload"),
            MI_API,
            Some(&json!({"location": "westus2"})),
            Some(token.token.secret()),
        )
        .await;
    assert_eq!(
        allowed.status, 201,
        "Contributor on the group: {}",
        allowed.text
    );
    assert_eq!(
        allowed.json["systemData"]["createdByType"],
        "ManagedIdentity"
    );
    let elsewhere = s
        .send(
            "PUT",
            &rg("rg3"),
            RG_API,
            Some(&json!({"location": "westus2"})),
            Some(token.token.secret()),
        )
        .await;
    assert_eq!(elsewhere.status, 403, "the grant covers its scope only");
    assert_eq!(s.delete(&assignment, RA_API).await.status, 200);
    let revoked = s
        .send("GET", &rg("rg"), RG_API, None, Some(token.token.secret()))
        .await;
    assert_eq!(revoked.status, 403, "deleting the assignment revokes it");
}

#[tokio::test]
async fn roles_scope_what_principals_may_do() {
    let config = format!(
        "principals:\n  - {{clientId: reader, secrets: [s]}}\n  - {{clientId: contributor, secrets: [s]}}\n  - {{clientId: owner, secrets: [s]}}\nroleAssignments:\n  - {{principal: reader, role: Reader, scope: /subscriptions/{SUB}}}\n  - {{principal: contributor, role: Contributor, scope: /subscriptions/{SUB}/resourceGroups/team}}\n  - {{principal: owner, role: Owner, scope: /subscriptions/{SUB}}}\nlro:\n  default:\n    retryAfter: 0\n    create: sync\n"
    );
    let s = start(&config).await;
    let owner = secret_token(&s, "owner", "s").await.unwrap();
    let reader = secret_token(&s, "reader", "s").await.unwrap();
    let contributor = secret_token(&s, "contributor", "s").await.unwrap();
    for g in ["team", "other"] {
        assert_eq!(
            s.send(
                "PUT",
                &rg(g),
                RG_API,
                Some(&json!({"location": "westus2"})),
                Some(&owner)
            )
            .await
            .status,
            201
        );
    }
    let acct = json!({"location": "westus2", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}});
    let in_team = s
        .send(
            "PUT",
            &storage("team", "teamacct"),
            STORAGE_API,
            Some(&acct),
            Some(&contributor),
        )
        .await;
    assert_eq!(in_team.status, 201, "{}", in_team.text);
    let keys = s
        .send(
            "POST",
            &format!("{}/listKeys", storage("team", "teamacct")),
            STORAGE_API,
            None,
            Some(&contributor),
        )
        .await;
    assert_eq!(keys.status, 200);
    let outside = s
        .send(
            "PUT",
            &storage("other", "otheracct"),
            STORAGE_API,
            Some(&acct),
            Some(&contributor),
        )
        .await;
    assert_eq!(outside.status, 403);
    let reader_keys = s
        .send(
            "POST",
            &format!("{}/listKeys", storage("team", "teamacct")),
            STORAGE_API,
            None,
            Some(&reader),
        )
        .await;
    assert_eq!(reader_keys.code(), "AuthorizationFailed");
    assert!(
        reader_keys
            .message()
            .contains("Microsoft.Storage/storageAccounts/listKeys/action")
    );
    assert_eq!(
        s.send(
            "GET",
            &storage("team", "teamacct"),
            STORAGE_API,
            None,
            Some(&reader)
        )
        .await
        .status,
        200
    );
    let ra = format!(
        "{}/providers/Microsoft.Authorization/roleAssignments/{}",
        rg("team"),
        uuid::Uuid::new_v4()
    );
    let ra_body = json!({"properties": {"roleDefinitionId": "acdd72a7-3d48-4ba0-9df4-a1a44c0ff5fd", "principalId": "x"}});
    assert_eq!(
        s.send("PUT", &ra, RA_API, Some(&ra_body), Some(&contributor))
            .await
            .status,
        403,
        "Contributor cannot grant"
    );
    let listed = s
        .send("GET", "/subscriptions", RG_API, None, Some(&contributor))
        .await;
    assert_eq!(
        listed.json["value"].as_array().unwrap().len(),
        1,
        "a grant below the subscription shows it"
    );
}

/// azure_identity's ManagedIdentityCredential uses the App Service protocol when IDENTITY_ENDPOINT
/// and IDENTITY_HEADER are set. The variables are process-wide (and setting them needs `unsafe`,
/// which the workspace forbids), so the credential runs in a child process: this test binary,
/// running the ignored test below with the variables set.
#[tokio::test]
async fn managed_identity_credential_uses_the_simulator() {
    let s = start("identityHeader: header-secret\nlro:\n  default:\n    retryAfter: 0\n").await;
    s.resource_group("rg").await;
    let uai = s
        .put(
            &identity("rg", "app-identity"),
            MI_API,
            &json!({"location": "westus2"}),
        )
        .await;
    // libtest names tests by their module path without the binary's crate name.
    let (_, module) = module_path!().split_once("::").unwrap();
    let child = format!("{module}::managed_identity_credential_child");
    let output = tokio::process::Command::new(std::env::current_exe().unwrap())
        .args([child.as_str(), "--exact", "--ignored", "--nocapture"])
        .env(
            "IDENTITY_ENDPOINT",
            format!("{}/msi/token", s.sim.base_url()),
        )
        .env("IDENTITY_HEADER", "header-secret")
        .env("ARMSIM_BASE", s.sim.base_url())
        .env("ARMSIM_CA", s.sim.ca_pem().unwrap())
        .env(
            "ARMSIM_UAI_CLIENT",
            uai.json["properties"]["clientId"].as_str().unwrap(),
        )
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "child failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "the child test ran:\n{stdout}");

    // The IMDS shape, with and without its header.
    let imds = |header: bool| {
        let mut r = s.client.get(format!("{}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/", s.sim.base_url()));
        if header {
            r = r.header("Metadata", "true");
        }
        r.send()
    };
    assert_eq!(imds(false).await.unwrap().status(), 400);
    let answer: Value = imds(true).await.unwrap().json().await.unwrap();
    assert_eq!(answer["token_type"], "Bearer");
    assert!(
        answer["expires_on"]
            .as_str()
            .unwrap()
            .parse::<i64>()
            .is_ok()
    );
    let r = s
        .send(
            "PUT",
            &rg("by-imds"),
            RG_API,
            Some(&json!({"location": "westus2"})),
            Some(answer["access_token"].as_str().unwrap()),
        )
        .await;
    assert_eq!(
        r.status, 201,
        "the zero-configuration system identity is an Owner: {}",
        r.text
    );
    let unknown = s
        .client
        .get(format!("{}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/&client_id=nobody", s.sim.base_url()))
        .header("Metadata", "true")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);
}

#[tokio::test]
#[ignore = "runs in a child process started by managed_identity_credential_uses_the_simulator"]
async fn managed_identity_credential_child() {
    use azure_identity::{
        ManagedIdentityCredential, ManagedIdentityCredentialOptions, UserAssignedId,
    };
    let base = std::env::var("ARMSIM_BASE").expect("started by the parent test");
    let ca = std::env::var("ARMSIM_CA").unwrap();
    let client = aso_armsim::client::reqwest_client_trusting(&[&ca]).unwrap();
    let options = |id: Option<UserAssignedId>| ManagedIdentityCredentialOptions {
        user_assigned_id: id,
        client_options: client_options(&[&ca], &base).unwrap(),
    };
    let system = ManagedIdentityCredential::new(Some(options(None))).unwrap();
    let token = system
        .get_token(&[ARM_SCOPE], None)
        .await
        .expect("system-assigned token");
    let put = |name: &str, token: String| {
        client
            .put(format!(
                "{base}/subscriptions/{SUB}/resourceGroups/{name}?api-version={RG_API}"
            ))
            .bearer_auth(token)
            .json(&json!({"location": "westus2"}))
            .send()
    };
    assert_eq!(
        put("by-mi", token.token.secret().to_string())
            .await
            .unwrap()
            .status(),
        201
    );
    let uai = ManagedIdentityCredential::new(Some(options(Some(UserAssignedId::ClientId(
        std::env::var("ARMSIM_UAI_CLIENT").unwrap(),
    )))))
    .unwrap();
    let token = uai
        .get_token(&[ARM_SCOPE], None)
        .await
        .expect("user-assigned token");
    assert_eq!(
        put("by-uai", token.token.secret().to_string())
            .await
            .unwrap()
            .status(),
        403,
        "no role yet"
    );
}

//! The authority and ARM's side of tokens: what Entra publishes before a token is asked for, as
//! MSAL (ASO's Go SDK) reads it (instance discovery, OpenID configuration); the audience a
//! `.default` scope yields; the tokens ARM accepts (its audiences, issuer, lifetime, tenant);
//! and the simulator answering as `login.microsoftonline.com`.

use crate::common::*;
use base64::Engine;
use serde_json::{Value, json};

async fn get_json(s: &Sim, url: &str) -> (u16, Value) {
    let r = s.client.get(url).send().await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

fn discovery_url(base: &str, authorization_endpoint: &str) -> String {
    format!(
        "{base}/common/discovery/instance?api-version=1.1&authorization_endpoint={}",
        url::form_urlencoded::byte_serialize(authorization_endpoint.as_bytes()).collect::<String>()
    )
}

#[tokio::test]
async fn instance_discovery_answers_for_its_own_authority_and_the_public_clouds() {
    let s = start(FAST).await;
    let base = s.sim.base_url().to_string();
    let authority = base.trim_start_matches("https://").to_string();
    // MSAL asks about the authority it was given (here the simulator itself).
    let (status, body) = get_json(
        &s,
        &discovery_url(&base, &format!("{base}/{SUB}/oauth2/v2.0/authorize")),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["api-version"], "1.1");
    let endpoint = body["tenant_discovery_endpoint"].as_str().unwrap();
    assert_eq!(
        endpoint,
        format!("{base}/{SUB}/v2.0/.well-known/openid-configuration")
    );
    let metadata = body["metadata"].as_array().unwrap();
    assert_eq!(
        metadata[0],
        json!({"preferred_network": "login.microsoftonline.com", "preferred_cache": "login.windows.net",
               "aliases": ["login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"]})
    );
    assert!(
        metadata
            .iter()
            .any(|m| m["preferred_network"] == authority.as_str()),
        "{body}"
    );
    // MSAL then reads the tenant's configuration there, and asks for tokens where it says.
    let (status, config) = get_json(&s, endpoint).await;
    assert_eq!(status, 200);
    for field in [
        "authorization_endpoint",
        "token_endpoint",
        "issuer",
        "jwks_uri",
    ] {
        assert!(
            config[field].as_str().is_some_and(|v| v.starts_with(&base)),
            "{field}: {config}"
        );
    }
    let token = request_token(
        &s.client,
        config["token_endpoint"].as_str().unwrap(),
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "aso"),
            ("client_secret", "s"),
            ("scope", "https://management.core.windows.net//.default"),
        ],
    )
    .await;
    assert_eq!(token.status(), 200);

    // The public cloud's own authority: its discovery endpoint stays on its host.
    let (status, public) = get_json(
        &s,
        &discovery_url(
            &base,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize",
        ),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        public["tenant_discovery_endpoint"],
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration"
    );
    assert_eq!(public["metadata"].as_array().unwrap().len(), 5);

    // A host Entra does not know, and a malformed request.
    let (status, unknown) = get_json(
        &s,
        &discovery_url(
            &base,
            "https://login.example.com/tenant/oauth2/v2.0/authorize",
        ),
    )
    .await;
    assert_eq!(
        (status, &unknown["error"]),
        (400, &json!("invalid_instance"))
    );
    assert!(
        unknown["error_description"]
            .as_str()
            .unwrap()
            .starts_with("AADSTS50049: Unknown or invalid instance."),
        "{unknown}"
    );
    assert_eq!(unknown["error_codes"], json!([50049]));
    let (status, malformed) = get_json(
        &s,
        &format!("{base}/common/discovery/instance?api-version=1.1"),
    )
    .await;
    assert_eq!((status, &malformed["error_codes"]), (400, &json!([50050])));
}

#[tokio::test]
async fn openid_configuration_knows_its_tenants() {
    let s = start(FAST).await;
    let base = s.sim.base_url().to_string();
    let (status, own) = get_json(
        &s,
        &format!("{base}/{SUB}/v2.0/.well-known/openid-configuration"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(own["issuer"], format!("{base}/{SUB}/v2.0"));
    let (status, common) = get_json(
        &s,
        &format!("{base}/common/v2.0/.well-known/openid-configuration"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(common["issuer"], format!("{base}/{{tenantid}}/v2.0"));
    assert_eq!(
        common["token_endpoint"],
        format!("{base}/common/oauth2/v2.0/token")
    );
    let (status, unknown) = get_json(
        &s,
        &format!(
            "{base}/11111111-1111-1111-1111-111111111111/v2.0/.well-known/openid-configuration"
        ),
    )
    .await;
    assert_eq!((status, &unknown["error"]), (400, &json!("invalid_tenant")));
    assert_eq!(unknown["error_codes"], json!([90002]));
}

fn audience(token: &str) -> String {
    let payload = token.split('.').nth(1).unwrap();
    let claims: Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap();
    claims["aud"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_default_scope_yields_its_resource_as_audience_and_arm_accepts_its_own() {
    let s = start(FAST).await;
    let base = s.sim.base_url().to_string();
    for (scope, aud, arm_accepts) in [
        // What ASO's Go SDK asks for: the resource `https://management.core.windows.net/`.
        (
            "https://management.core.windows.net//.default",
            "https://management.core.windows.net/",
            true,
        ),
        (
            "https://management.core.windows.net/.default",
            "https://management.core.windows.net",
            true,
        ),
        (
            "https://management.azure.com/.default",
            "https://management.azure.com",
            true,
        ),
        (
            "https://management.azure.com//.default",
            "https://management.azure.com/",
            true,
        ),
        (
            "https://vault.azure.net/.default",
            "https://vault.azure.net",
            false,
        ),
        (
            // The simulator's own URL is not an ARM audience either.
            &format!("{base}/.default"),
            &base,
            false,
        ),
    ] {
        let r: Value = request_token(
            &s.client,
            &format!("{base}/{SUB}/oauth2/v2.0/token"),
            &[
                ("grant_type", "client_credentials"),
                ("client_id", "c"),
                ("client_secret", "s"),
                ("scope", scope),
            ],
        )
        .await
        .json()
        .await
        .unwrap();
        let token = r["access_token"].as_str().expect("a token");
        assert_eq!(audience(token), aud, "{scope}");
        let answer = s.send("GET", &rg("none"), RG_API, None, Some(token)).await;
        if arm_accepts {
            assert_eq!(answer.code(), "ResourceGroupNotFound", "{scope}");
        } else {
            assert_eq!(
                (answer.status, answer.code()),
                (401, "InvalidAuthenticationTokenAudience"),
                "{scope}"
            );
        }
    }
}

#[tokio::test]
async fn it_answers_as_login_microsoftonline_com() {
    let sim = aso_armsim::ArmSim::builder()
        .kinds(catalog())
        .host("login.microsoftonline.com")
        .start()
        .await
        .unwrap();
    // What a CONNECT proxy does for ASO's controller: the public name, the simulator's address.
    let tls = aso_armsim::client::rustls_config_trusting(&[sim.ca_pem().unwrap()]).unwrap();
    let client = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .resolve("login.microsoftonline.com", sim.addr())
        .build()
        .unwrap();
    let login = format!("https://login.microsoftonline.com:{}", sim.addr().port());
    let own = sim.base_url().to_string();
    let discovery: Value = client
        .get(format!(
            "{login}/common/discovery/instance?api-version=1.1&authorization_endpoint={}",
            url::form_urlencoded::byte_serialize(
                format!("{own}/{SUB}/oauth2/v2.0/authorize").as_bytes()
            )
            .collect::<String>()
        ))
        .send()
        .await
        .expect("the certificate names login.microsoftonline.com")
        .json()
        .await
        .unwrap();
    assert_eq!(
        discovery["tenant_discovery_endpoint"],
        format!("{own}/{SUB}/v2.0/.well-known/openid-configuration")
    );
    let token = request_token(
        &client,
        &format!("{login}/{SUB}/oauth2/v2.0/token"),
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "c"),
            ("client_secret", "s"),
            ("scope", "https://management.core.windows.net//.default"),
        ],
    )
    .await;
    assert_eq!(token.status(), 200);
}

#[tokio::test]
async fn arm_accepts_only_its_own_valid_tokens() {
    let s = start("tokenLifetimeSecs: 0\nsubscriptions:\n  - id: 00000000-0000-0000-0000-000000000000\n  - id: 22222222-2222-2222-2222-222222222222\n    tenant: 33333333-3333-3333-3333-333333333333\n").await;
    let none = s.send("GET", &rg("rg"), RG_API, None, None).await;
    assert_eq!((none.status, none.code()), (401, "AuthenticationFailed"));
    assert!(
        none.header("WWW-Authenticate")
            .unwrap()
            .starts_with("Bearer authorization_uri=")
    );
    let garbage = s
        .send("GET", &rg("rg"), RG_API, None, Some("not-a-jwt"))
        .await;
    assert_eq!(garbage.code(), "InvalidAuthenticationToken");
    let foreign = aso_armsim::ArmSim::builder()
        .start()
        .await
        .unwrap()
        .token_for("c");
    assert_eq!(
        s.send("GET", &rg("rg"), RG_API, None, Some(&foreign))
            .await
            .code(),
        "InvalidAuthenticationToken"
    );
    // Lifetime 0: expired as soon as issued.
    let expired = s.send("GET", &rg("rg"), RG_API, None, Some(&s.token)).await;
    assert_eq!(
        (expired.status, expired.code()),
        (401, "ExpiredAuthenticationToken")
    );

    let s = start("subscriptions:\n  - id: 00000000-0000-0000-0000-000000000000\n  - id: 22222222-2222-2222-2222-222222222222\n    tenant: 33333333-3333-3333-3333-333333333333\n").await;
    let vault_token = request_token(
        &s.client,
        &format!("{}/{SUB}/oauth2/v2.0/token", s.sim.base_url()),
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "c"),
            ("client_secret", "s"),
            ("scope", "https://vault.azure.net/.default"),
        ],
    )
    .await
    .json::<Value>()
    .await
    .unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let wrong_audience = s
        .send("GET", &rg("rg"), RG_API, None, Some(&vault_token))
        .await;
    assert_eq!(
        (wrong_audience.status, wrong_audience.code()),
        (401, "InvalidAuthenticationTokenAudience")
    );
    let other_tenant = s
        .send(
            "GET",
            "/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg",
            RG_API,
            None,
            Some(&s.token),
        )
        .await;
    assert_eq!(
        (other_tenant.status, other_tenant.code()),
        (401, "InvalidAuthenticationTokenTenant")
    );
}

//! Credentials: the global one, a namespace's `aso-credential`, a resource's `credential-from`
//! Secret, in that order of precedence; client secrets, certificates, workload identity and
//! managed identity; the credential's subscription in the ARM ID; and isolation: a resource can
//! only use a credential from its own namespace, and a namespace's workload identity is bound to
//! a ServiceAccount of that namespace.

use aso_e2e::harness::{Env, EnvOptions, OPERATOR_CLIENT_ID, OPERATOR_CLIENT_SECRET, ready};

const RG: &str = "resources.azure.com";
const TENANT: &str = "72f988bf-0000-0000-0000-000000000001";
const SUB_GLOBAL: &str = "11111111-0000-0000-0000-000000000000";
const SUB_A: &str = "22222222-0000-0000-0000-000000000000";
const SUB_B: &str = "33333333-0000-0000-0000-000000000000";
const SUB_CERT: &str = "44444444-0000-0000-0000-000000000000";
const SUB_WI: &str = "55555555-0000-0000-0000-000000000000";
const SUB_MI: &str = "66666666-0000-0000-0000-000000000000";

fn armsim_config(certificate_pem: &str) -> String {
    let subscriptions: String = [SUB_GLOBAL, SUB_A, SUB_B, SUB_CERT, SUB_WI, SUB_MI]
        .iter()
        .map(|s| format!("  - {{id: {s}, tenant: {TENANT}}}\n"))
        .collect();
    let owner = |principal: &str, sub: &str| {
        format!("  - {{principal: {principal}, role: Owner, scope: /subscriptions/{sub}}}\n")
    };
    let indented_pem: String = certificate_pem
        .lines()
        .map(|l| format!("        {l}\n"))
        .collect();
    format!(
        "throttling: {{model: off}}
lro: {{default: {{retryAfter: 0}}}}
subscriptions:
{subscriptions}principals:
  - {{clientId: {OPERATOR_CLIENT_ID}, secrets: [{OPERATOR_CLIENT_SECRET}]}}
  - {{clientId: team-a, secrets: [a-secret]}}
  - {{clientId: team-b, secrets: [b-secret]}}
  - clientId: team-cert
    certificates:
      - |
{indented_pem}  - clientId: team-wi
    federatedCredentials:
      - {{issuer: '{{kubesim}}', subject: 'system:serviceaccount:team-wi:default'}}
  - clientId: operator-wi
    federatedCredentials:
      - {{issuer: '{{kubesim}}', subject: 'system:serviceaccount:aso-system:aso-operator'}}
managedIdentities:
  - {{clientId: operator-mi, tenant: {TENANT}}}
issuers:
  - {{issuer: '{{kubesim}}', jwksUri: '{{kubesim}}/openid/v1/jwks'}}
roleAssignments:
{}{}{}{}{}{}{}",
        owner(OPERATOR_CLIENT_ID, SUB_GLOBAL),
        owner("team-a", SUB_A),
        owner("team-b", SUB_B),
        owner("team-cert", SUB_CERT),
        owner("team-wi", SUB_WI),
        owner("operator-wi", SUB_GLOBAL),
        owner("operator-mi", SUB_MI),
    )
}

fn rg(namespace: &str, name: &str, credential_from: Option<&str>) -> String {
    let annotations = credential_from
        .map(|c| format!("serviceoperator.azure.com/credential-from: {c}"))
        .unwrap_or_default();
    format!(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata:
  name: {name}
  namespace: {namespace}
  annotations: {{{annotations}}}
spec: {{location: westus2}}
"
    )
}

fn credential(
    namespace: &str,
    name: &str,
    subscription: &str,
    client: &str,
    proof: &str,
) -> String {
    format!(
        "apiVersion: v1
kind: Secret
metadata: {{name: {name}, namespace: {namespace}}}
stringData:
  AZURE_SUBSCRIPTION_ID: {subscription}
  AZURE_TENANT_ID: {TENANT}
  AZURE_CLIENT_ID: {client}
{proof}"
    )
}

fn certificate() -> (String, String) {
    let key = rcgen::generate_simple_self_signed(vec!["team-cert".to_string()]).unwrap();
    let cert = key.cert.pem();
    (
        cert.clone(),
        format!("{cert}{}", key.signing_key.serialize_pem()),
    )
}

async fn subscription_of(env: &Env, namespace: &str, name: &str) -> String {
    let id = env.resource_id(RG, "ResourceGroup", namespace, name).await;
    id.split('/').nth(2).unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn precedence_kinds_and_isolation() {
    let (cert, cert_and_key) = certificate();
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*".into(),
        armsim_config: armsim_config(&cert),
        ..EnvOptions::default()
    })
    .await;
    env.start_operator().await;
    for ns in ["team-a", "team-b", "team-cert", "team-wi", "team-x"] {
        env.namespace(ns);
    }
    env.apply(&credential(
        "team-a",
        "aso-credential",
        SUB_A,
        "team-a",
        "  AZURE_CLIENT_SECRET: a-secret\n",
    ));
    env.apply(&credential(
        "team-a",
        "special",
        SUB_B,
        "team-b",
        "  AZURE_CLIENT_SECRET: b-secret\n",
    ));
    env.apply(&credential(
        "team-b",
        "aso-credential",
        SUB_B,
        "team-b",
        "  AZURE_CLIENT_SECRET: b-secret\n",
    ));
    let pem: String = cert_and_key.lines().map(|l| format!("    {l}\n")).collect();
    env.apply(&credential(
        "team-cert",
        "aso-credential",
        SUB_CERT,
        "team-cert",
        &format!("  AZURE_CLIENT_CERTIFICATE: |\n{pem}"),
    ));
    // Workload identity: no secret; the operator requests a token for team-wi's default
    // ServiceAccount and exchanges it.
    env.apply(&credential(
        "team-wi",
        "aso-credential",
        SUB_WI,
        "team-wi",
        "  AUTH_MODE: workloadidentity\n",
    ));
    // team-x claims team-wi's identity: its ServiceAccount's token is not trusted for it.
    env.apply(&credential(
        "team-x",
        "aso-credential",
        SUB_WI,
        "team-wi",
        "  AUTH_MODE: workloadidentity\n",
    ));

    env.apply(&rg("default", "rg-global", None));
    env.apply(&rg("team-a", "rg-team-a", None));
    env.apply(&rg("team-a", "rg-special", Some("special")));
    env.apply(&rg("team-cert", "rg-cert", None));
    env.apply(&rg("team-wi", "rg-wi", None));

    env.wait_ready(RG, "ResourceGroup", "default", "rg-global")
        .await;
    assert_eq!(
        subscription_of(&env, "default", "rg-global").await,
        SUB_GLOBAL
    );
    env.wait_ready(RG, "ResourceGroup", "team-a", "rg-team-a")
        .await;
    assert_eq!(
        subscription_of(&env, "team-a", "rg-team-a").await,
        SUB_A,
        "namespace over global"
    );
    env.wait_ready(RG, "ResourceGroup", "team-a", "rg-special")
        .await;
    assert_eq!(
        subscription_of(&env, "team-a", "rg-special").await,
        SUB_B,
        "resource over namespace"
    );
    env.wait_ready(RG, "ResourceGroup", "team-cert", "rg-cert")
        .await;
    assert_eq!(
        subscription_of(&env, "team-cert", "rg-cert").await,
        SUB_CERT
    );
    env.wait_ready(RG, "ResourceGroup", "team-wi", "rg-wi")
        .await;
    assert_eq!(subscription_of(&env, "team-wi", "rg-wi").await, SUB_WI);

    // Isolation: a Secret of another namespace cannot be named, whatever the spelling.
    env.apply(&rg("team-a", "rg-steal", Some("team-b/aso-credential")));
    let obj = env
        .wait_reason(
            RG,
            "ResourceGroup",
            "team-a",
            "rg-steal",
            "InvalidAnnotation",
        )
        .await;
    assert_eq!(ready(&obj).unwrap()["severity"], "Error");
    // A name that only exists in another namespace is not found in ours.
    let out = env.kubectl(
        &[
            "create",
            "secret",
            "generic",
            "only-in-b",
            "-n",
            "team-b",
            "--from-literal=AZURE_SUBSCRIPTION_ID=x",
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    env.apply(&rg("team-a", "rg-steal2", Some("only-in-b")));
    let obj = env
        .wait_reason(
            RG,
            "ResourceGroup",
            "team-a",
            "rg-steal2",
            "CredentialNotFound",
        )
        .await;
    assert!(
        ready(&obj).unwrap()["message"]
            .as_str()
            .unwrap()
            .contains("team-a/only-in-b")
    );
    // A namespace claiming another namespace's workload identity gets no token.
    env.apply(&rg("team-x", "rg-impostor", None));
    let obj = env
        .wait_reason(
            RG,
            "ResourceGroup",
            "team-x",
            "rg-impostor",
            "AuthenticationFailed",
        )
        .await;
    assert_eq!(ready(&obj).unwrap()["severity"], "Warning");
    for name in ["rg-steal", "rg-steal2", "rg-impostor"] {
        assert!(
            env.requests("PUT", &format!("/resourceGroups/{name}"))
                .is_empty(),
            "{name} reached ARM"
        );
    }
    // No secret ever shows in a condition.
    let all = env.kubectl(&["get", "resourcegroups", "-A", "-o", "json"], None);
    for secret in ["a-secret", "b-secret", "PRIVATE KEY"] {
        assert!(
            !all.stdout.contains(secret),
            "{secret} leaked into an object"
        );
    }
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn global_managed_identity() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*".into(),
        armsim_config: armsim_config(&certificate().0),
        global_credential: false,
        ..EnvOptions::default()
    })
    .await;
    let base = env.arm.base_url().to_string();
    env.options.extra_env = vec![
        ("AZURE_SUBSCRIPTION_ID".into(), SUB_MI.into()),
        ("AZURE_CLIENT_ID".into(), "operator-mi".into()),
        ("AZURE_POD_IDENTITY_AUTHORITY_HOST".into(), base),
    ];
    env.start_operator().await;
    env.apply(&rg("default", "rg-mi", None));
    env.wait_ready(RG, "ResourceGroup", "default", "rg-mi")
        .await;
    assert_eq!(subscription_of(&env, "default", "rg-mi").await, SUB_MI);
    env.stop_operator().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn global_workload_identity_uses_the_projected_token() {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*".into(),
        armsim_config: armsim_config(&certificate().0),
        global_credential: false,
        ..EnvOptions::default()
    })
    .await;
    env.namespace("aso-system");
    let out = env.kubectl(
        &[
            "create",
            "serviceaccount",
            "aso-operator",
            "-n",
            "aso-system",
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    let out = env.kubectl(
        &[
            "create",
            "token",
            "aso-operator",
            "-n",
            "aso-system",
            "--audience",
            "api://AzureADTokenExchange",
        ],
        None,
    );
    assert!(out.ok, "{}", out.stderr);
    let token_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(token_file.path(), out.stdout.trim()).unwrap();
    env.options.extra_env = vec![
        ("AZURE_SUBSCRIPTION_ID".into(), SUB_GLOBAL.into()),
        ("AZURE_TENANT_ID".into(), TENANT.into()),
        ("AZURE_CLIENT_ID".into(), "operator-wi".into()),
        ("USE_WORKLOAD_IDENTITY_AUTH".into(), "true".into()),
        (
            "AZURE_FEDERATED_TOKEN_FILE".into(),
            token_file.path().display().to_string(),
        ),
    ];
    env.start_operator().await;
    env.apply(&rg("default", "rg-operator-wi", None));
    env.wait_ready(RG, "ResourceGroup", "default", "rg-operator-wi")
        .await;
    assert_eq!(
        subscription_of(&env, "default", "rg-operator-wi").await,
        SUB_GLOBAL
    );
    env.stop_operator().await;
}

//! `asoctl playground`: everything on one machine, no cloud account. The Kubernetes API server
//! simulator, the ARM and Entra ID simulator and the operator run in this process; the CRDs are
//! installed, a quickstart applied, its progress shown until everything is Ready. Then it keeps
//! serving, for kubectl, until Ctrl-C.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use kube::api::{Api, ApiResource, DynamicObject, Patch, PatchParams};
use serde_json::Value;

use aso_runtime::KindInfo;

use aso_operator::run::{self, Operator};

pub mod postgres;
use aso_operator::settings::Settings;

pub mod onboarding;

/// The quickstart applied once everything runs.
pub const QUICKSTART: &str = include_str!("quickstart.yaml");

/// How the playground runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the kubeconfig and the ARM simulator's CA are written; a temporary folder (removed
    /// at exit) when `None`.
    pub dir: Option<PathBuf>,
    /// Stop once the quickstart is Ready instead of serving until Ctrl-C.
    pub exit_when_ready: bool,
    /// How long the quickstart may take to become Ready.
    pub timeout: Duration,
    /// Then onboard a team (`onboarding`) and create a resource as the team.
    pub onboarding: bool,
}

/// Runs the playground; progress and instructions go to `out`.
pub async fn run(options: Options, out: &mut dyn std::io::Write) -> Result<(), String> {
    let scratch = match &options.dir {
        Some(_) => None,
        None => Some(tempfile::tempdir().map_err(|e| format!("a temporary folder: {e}"))?),
    };
    let dir = options.dir.clone().unwrap_or_else(|| {
        scratch
            .as_ref()
            .expect("created above")
            .path()
            .to_path_buf()
    });
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let started = Instant::now();

    let kubeconfig = dir.join("kubeconfig");
    let kube = aso_kubesim::KubeSim::start_with(aso_kubesim::Options {
        kubeconfig: Some(kubeconfig.clone()),
        ..Default::default()
    })
    .await
    .map_err(|e| format!("starting the Kubernetes API server simulator: {e}"))?;
    let client = kube
        .client()
        .await
        .map_err(|e| format!("a client for the Kubernetes simulator: {e}"))?;
    // Entra reads the cluster's ServiceAccount token keys (workload identity) from its JWKS.
    let entra = format!(
        "issuers:\n  - {{issuer: '{url}', jwksUri: '{url}/openid/v1/jwks'}}\n",
        url = kube.url
    );
    let arm = aso_armsim::ArmSim::builder()
        .kinds(aso_catalog::catalog())
        .config(
            aso_armsim::Config::parse(&entra, "playground")
                .map_err(|e| format!("the ARM simulator's configuration: {e}"))?,
        )
        .start()
        .await
        .map_err(|e| format!("starting the ARM simulator: {e}"))?;
    let ca = dir.join("armsim-ca.pem");
    std::fs::write(&ca, arm.ca_pem().unwrap_or_default())
        .map_err(|e| format!("{}: {e}", ca.display()))?;
    say(
        out,
        format!("Kubernetes API server simulator: {}", kube.url),
    );
    say(
        out,
        format!("ARM and Entra ID simulator:      {}", arm.base_url()),
    );

    // PostgreSQL, when installed here: a private server the simulated flexible server's FQDN
    // leads to.
    let postgres = match postgres::find().and_then(postgres::LocalPostgres::start) {
        Ok(server) => {
            say(
                out,
                format!(
                    "PostgreSQL (local, for the flexible server): {}",
                    server.address()
                ),
            );
            Some(server)
        }
        Err(why) => {
            say(
                out,
                format!("Skipping the PostgreSQL part of the quickstart: {why}."),
            );
            None
        }
    };
    let trust = match &postgres {
        Some(server) => {
            let bundle = dir.join("ca-bundle.pem");
            let text = format!("{}\n{}", arm.ca_pem().unwrap_or_default(), server.ca_pem);
            std::fs::write(&bundle, text).map_err(|e| format!("{}: {e}", bundle.display()))?;
            bundle
        }
        None => ca.clone(),
    };
    let settings = operator_settings(&arm, &trust, postgres.as_ref())?;
    // The operator's own namespace (POD_NAMESPACE) holds its signing key; a cluster has it
    // before the operator runs there, the fresh simulator does not.
    let namespaces: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
    let namespace =
        serde_json::from_value(serde_json::json!({"metadata": {"name": settings.pod_namespace}}))
            .map_err(|e| e.to_string())?;
    namespaces
        .create(&Default::default(), &namespace)
        .await
        .map_err(|e| format!("creating namespace {}: {e}", settings.pod_namespace))?;
    let pod_namespace = settings.pod_namespace.clone();
    let operator = run::start(settings, client.clone())
        .await
        .map_err(|e| format!("starting the operator: {e}"))?;
    // The conversion webhook runs in the operator (watchers-and-webhooks); the simulator
    // reaches the webhook Service there.
    if let Some(addr) = operator.webhook_addr {
        kube.sim.webhooks.route_service(
            &format!(
                "{pod_namespace}/{}:443",
                aso_runtime::versions::WEBHOOK_SERVICE
            ),
            std::net::SocketAddr::from(([127, 0, 0, 1], addr.port())),
        );
    }
    wait_until(Duration::from_secs(60), || {
        operator.ready.load(Ordering::Relaxed)
    })
    .await
    .map_err(|_| "the operator did not become ready within 60 s".to_string())?;
    say(
        out,
        format!(
            "Operator running; CRDs installed ({:.1}s)",
            started.elapsed().as_secs_f64()
        ),
    );

    let mut quickstart = QUICKSTART.to_string();
    if let Some(server) = &postgres {
        // The Entra administrator takes the token the operator holds for the database
        // audience (standing in for Entra's validation of it).
        let token = match operator
            .context()
            .and_then(|c| c.identities.global().cloned())
        {
            Some(credential) => credential.token_for(aso_dbuser_audience()).await,
            None => Err("the operator has no credential".into()),
        }
        .map_err(|e| format!("a token for PostgreSQL: {e}"))?;
        server.configure(&token)?;
        quickstart.push_str("\n---\n");
        quickstart.push_str(postgres::QUICKSTART);
    }
    let objects = apply(&client, &quickstart, "the quickstart").await?;
    say(
        out,
        format!(
            "Applied the quickstart ({} resources); waiting for Ready:",
            objects.len()
        ),
    );
    let mut outcome = follow(&client, &objects, options.timeout, started, out).await;
    if outcome.is_ok() && options.onboarding {
        outcome = onboard(&client, options.timeout, started, out).await;
    }
    if let Err(e) = outcome {
        shutdown(operator).await;
        return Err(e);
    }
    next_steps(out, &kubeconfig, &ca, arm.base_url(), options.dir.is_none());
    if options.onboarding {
        say(
            out,
            "Team onboarding (docs/gitops/onboarding/team-a):\n  \
             kubectl get configmap aso-cluster-info -n team-a-platform -o yaml   # the issuer the operator published\n  \
             kubectl get namespace team-a -o yaml                               # the identity the namespace's resources use\n  \
             kubectl get userassignedidentity -n team-a                         # created as team-a's identity\n"
                .into(),
        );
    }
    if !options.exit_when_ready {
        say(out, "Serving until Ctrl-C.".into());
        tokio::signal::ctrl_c()
            .await
            .map_err(|e| format!("waiting for Ctrl-C: {e}"))?;
        say(out, "Stopping.".into());
    }
    shutdown(operator).await;
    drop(postgres);
    drop(kube);
    drop(arm);
    Ok(())
}

async fn shutdown(operator: Operator) {
    operator.shutdown().await;
}

fn say(out: &mut dyn std::io::Write, line: String) {
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

/// The operator as a cluster would run it, pointed at the simulators: any client ID and secret
/// is an Owner of the simulated subscription.
fn operator_settings(
    arm: &aso_armsim::ArmSim,
    ca: &Path,
    postgres: Option<&postgres::LocalPostgres>,
) -> Result<Settings, String> {
    let base = arm.base_url().to_string();
    let database = postgres.map(|server| {
        (
            "ASO_DATABASE_ADDRESS_MAP",
            format!("*.postgres.database.azure.com={}", server.address()),
        )
    });
    let env: BTreeMap<String, String> = [
        ("AZURE_SUBSCRIPTION_ID", arm.subscription().to_string()),
        ("AZURE_TENANT_ID", arm.tenant().to_string()),
        ("AZURE_CLIENT_ID", "playground".into()),
        ("AZURE_CLIENT_SECRET", "playground".into()),
        ("AZURE_RESOURCE_MANAGER_ENDPOINT", base.clone()),
        ("AZURE_AUTHORITY_HOST", base),
        ("AZURE_SYNC_PERIOD", "1m".into()),
        ("POD_NAMESPACE", "aso-system".into()),
        ("SSL_CERT_FILE", ca.display().to_string()),
    ]
    .into_iter()
    .chain(database)
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let args: Vec<String> = [
        "asoctl-playground",
        "--crd-pattern",
        "*",
        "--metrics-addr",
        "127.0.0.1:0",
        "--health-addr",
        "127.0.0.1:0",
        "--webhook-port",
        "0",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    Settings::parse(&env, &args).map_err(|e| format!("operator settings: {e}"))
}

/// One quickstart object and where it lives.
struct Applied {
    resource: ApiResource,
    namespace: String,
    name: String,
}

/// The Entra audience of Azure Database for PostgreSQL (and MySQL).
fn aso_dbuser_audience() -> &'static str {
    "https://ossrdbms-aad.database.windows.net"
}

/// The onboarding commit, followed until Ready, then a resource of the team's, followed too.
async fn onboard(
    client: &kube::Client,
    timeout: Duration,
    started: Instant,
    out: &mut dyn std::io::Write,
) -> Result<(), String> {
    let objects = apply(client, &onboarding::commit(), "the onboarding commit").await?;
    say(
        out,
        format!(
            "Applied the onboarding commit of team-a ({} objects, no value filled in); waiting for Ready:",
            objects.len()
        ),
    );
    follow(client, &objects, timeout, started, out).await?;
    let team = onboarding::team_resource(client).await?;
    let objects = apply(client, &team, "the team's resource").await?;
    say(
        out,
        "Created a resource in namespace team-a, as team-a's identity:".into(),
    );
    follow(client, &objects, timeout, started, out).await
}

/// Applies `text` (server-side apply): Namespaces, and the kinds this build serves.
async fn apply(client: &kube::Client, text: &str, what: &str) -> Result<Vec<Applied>, String> {
    let documents: Vec<Value> =
        serde_saphyr::from_multiple(text).map_err(|e| format!("{what}: {e}"))?;
    // The generated kinds, and the database User kinds.
    let catalog: Vec<&'static KindInfo> = aso_catalog::catalog()
        .into_iter()
        .chain(aso_operator::dbuser::kinds::infos())
        .collect();
    let mut applied = Vec::new();
    for document in documents.into_iter().filter(|d| !d.is_null()) {
        let api_version = document["apiVersion"].as_str().unwrap_or_default();
        let kind = document["kind"].as_str().unwrap_or_default();
        if (api_version, kind) == ("v1", "Namespace") {
            let name = document["metadata"]["name"].as_str().unwrap_or_default();
            let namespaces: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
            namespaces
                .patch(
                    name,
                    &PatchParams::apply("asoctl-playground"),
                    &Patch::Apply(&document),
                )
                .await
                .map_err(|e| format!("applying Namespace {name}: {e}"))?;
            continue;
        }
        let info = catalog
            .iter()
            .find(|i| i.api_version_string() == api_version && i.kind == kind)
            .ok_or_else(|| {
                format!("{what} uses {api_version} {kind}, which this build does not serve")
            })?;
        let resource = api_resource(info);
        let namespace = document["metadata"]["namespace"]
            .as_str()
            .unwrap_or("default")
            .to_string();
        let name = document["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &namespace, &resource);
        api.patch(
            &name,
            &PatchParams::apply("asoctl-playground"),
            &Patch::Apply(&document),
        )
        .await
        .map_err(|e| format!("applying {kind} {namespace}/{name}: {e}"))?;
        applied.push(Applied {
            resource,
            namespace,
            name,
        });
    }
    Ok(applied)
}

fn api_resource(info: &KindInfo) -> ApiResource {
    ApiResource {
        group: info.api_group.to_string(),
        version: info.version.to_string(),
        api_version: info.api_version_string(),
        kind: info.kind.to_string(),
        plural: info.plural.to_string(),
    }
}

/// Shows each object's Ready condition as it changes, until all are Ready.
async fn follow(
    client: &kube::Client,
    objects: &[Applied],
    timeout: Duration,
    started: Instant,
    out: &mut dyn std::io::Write,
) -> Result<(), String> {
    let deadline = Instant::now() + timeout;
    let mut shown: BTreeMap<String, String> = BTreeMap::new();
    loop {
        let mut ready = 0;
        for object in objects {
            let api: Api<DynamicObject> =
                Api::namespaced_with(client.clone(), &object.namespace, &object.resource);
            let state = match api.get_opt(&object.name).await {
                Ok(Some(found)) => ready_state(&found),
                Ok(None) => "gone".into(),
                Err(e) => format!("cannot be read: {e}"),
            };
            if state.starts_with("Ready") {
                ready += 1;
            }
            let label = format!("{} {}", object.resource.kind, object.name);
            if shown.get(&label) != Some(&state) {
                say(
                    out,
                    format!(
                        "  [{:>5.1}s] {label:<60} {state}",
                        started.elapsed().as_secs_f64()
                    ),
                );
                shown.insert(label, state);
            }
        }
        if ready == objects.len() {
            say(
                out,
                format!(
                    "Everything is Ready after {:.1}s.",
                    started.elapsed().as_secs_f64()
                ),
            );
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "not everything became Ready within {}s",
                timeout.as_secs()
            ));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

fn ready_state(object: &DynamicObject) -> String {
    let conditions = object
        .data
        .pointer("/status/conditions")
        .and_then(Value::as_array);
    let ready = conditions.and_then(|c| c.iter().find(|c| c["type"] == "Ready"));
    match ready {
        None => "waiting for the operator".into(),
        Some(c) if c["status"] == "True" => "Ready".into(),
        Some(c) => format!(
            "{} ({}): {}",
            c["reason"].as_str().unwrap_or("Unknown"),
            c["severity"].as_str().unwrap_or(""),
            c["message"].as_str().unwrap_or("")
        ),
    }
}

async fn wait_until(limit: Duration, check: impl Fn() -> bool) -> Result<(), ()> {
    let deadline = Instant::now() + limit;
    while !check() {
        if Instant::now() > deadline {
            return Err(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

fn next_steps(
    out: &mut dyn std::io::Write,
    kubeconfig: &Path,
    ca: &Path,
    arm: &str,
    temporary: bool,
) {
    let kubeconfig = kubeconfig.display();
    let mut text = format!(
        "\nTry next, in another terminal:\n\
         \n  export KUBECONFIG={kubeconfig}\
         \n  kubectl get azure                                   # every Azure resource, with Ready\
         \n  kubectl get secret playgroundstorage-keys -o yaml   # the storage key the operator exported\
         \n  kubectl get configmap playground-identity -o yaml   # the identity's client and principal IDs\
         \n  kubectl annotate storageaccount playgroundstorage serviceoperator.azure.com/reconcile-policy=detach-on-delete\
         \n  kubectl delete resourcegroup playground-rg          # deletes the group and everything in it\
         \n  kubectl apply -f <any ASO v2 manifest>\
         \n\nWhat Azure was asked:\
         \n  curl --cacert {} {arm}/_armsim/requests\n",
        ca.display()
    );
    if temporary {
        text.push_str("\n(These files are removed when the playground stops; --dir keeps them.)\n");
    }
    let _ = write!(out, "{text}");
}

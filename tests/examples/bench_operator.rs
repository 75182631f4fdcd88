//! The operator benchmark (`cargo xtask bench operator`, or
//! `cargo run --release -p aso-e2e --example bench_operator -- [--sizes 1000,10000] [--sync-period 15s]`).
//!
//! The operator runs as its own process (this executable re-run in operator mode, exactly the
//! code of the `aso-operator` binary), so its memory is measured alone; the Kubernetes API server
//! simulator and a zero-latency ARM simulator (every operation synchronous, throttling off) run
//! in this process. For each size N it creates N resource groups and N storage accounts (each
//! account in its own group) and reports the time until all are Ready, ARM requests per resource,
//! and the operator's peak memory; then the ARM requests per resource per sync period, counted
//! over three periods with nothing changing (steady state: one GET, no PUT). Finally it measures
//! the idle operator with every CRD installed and watched.

use std::collections::HashSet;
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use kube::api::{Api, DynamicObject, PostParams};
use kube::core::{ApiResource, GroupVersionKind};
use kube::runtime::watcher;
use serde_json::{Value, json};

/// Set in the environment of the operator process (not an `AZURE_`/`ASO_` name, which the
/// operator would refuse as an unknown setting).
const CHILD: &str = "OPERATOR_BENCHMARK_CHILD";

fn main() -> ExitCode {
    if std::env::var_os(CHILD).is_some() {
        return aso_operator::run::process_main();
    }
    let mut sizes = vec![1_000usize, 10_000];
    let mut sync_period = Duration::from_secs(15);
    let mut concurrency = 32usize; // the operator's default MAX_CONCURRENT_RECONCILES
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--sizes" => {
                sizes = value()
                    .split(',')
                    .map(|s| {
                        s.trim()
                            .parse()
                            .expect("--sizes: numbers separated by commas")
                    })
                    .collect()
            }
            "--sync-period" => {
                sync_period = aso_operator::settings::parse_go_duration(&value())
                    .expect("--sync-period: a duration such as 15s")
            }
            "--concurrency" => concurrency = value().parse().expect("--concurrency: a number"),
            other => {
                eprintln!(
                    "unknown argument {other}; expected --sizes, --sync-period, --concurrency"
                );
                return ExitCode::from(2);
            }
        }
    }
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        println!("operator benchmark: zero-latency ARM simulator (synchronous operations, no throttling), sync period {sync_period:?}, MAX_CONCURRENT_RECONCILES {concurrency}");
        let mut rows = Vec::new();
        for n in sizes {
            rows.push(scenario(n, sync_period, concurrency).await);
        }
        let idle = idle_memory().await;
        println!();
        println!("| resources (groups + accounts) | time to all Ready | ARM requests / resource (GET, PUT, other) | operator peak RSS | steady state / resource / sync period |");
        println!("|---|---|---|---|---|");
        for r in &rows {
            println!(
                "| {} + {} | {:.1} s | {:.2} ({:.2}, {:.2}, {:.2}) | {:.0} MiB | {:.2} GET, {:.2} PUT |",
                r.n, r.n, r.ready_secs, r.per_resource, r.gets, r.puts, r.other, r.peak_mib, r.steady_gets, r.steady_puts
            );
        }
        println!();
        println!(
            "idle, every CRD installed and watched ({} kinds): {:.1} MiB RSS (peak {:.1} MiB during CRD installation, {:.1} s to ready)",
            idle.kinds, idle.rss_mib, idle.peak_mib, idle.ready_secs
        );
        let budget_ok = rows.iter().all(|r| r.n < 10_000 || r.ready_secs <= 60.0)
            && rows.iter().all(|r| r.steady_puts == 0.0 && r.steady_gets <= 1.1)
            && idle.rss_mib < 64.0;
        println!("budgets (10,000 Ready within 60 s; steady state 1 GET and 0 PUT; idle under 64 MiB): {}", if budget_ok { "met" } else { "NOT met" });
        println!(
            "{}",
            json!({
                "sizes": rows.iter().map(|r| json!({
                    "n": r.n, "readySecs": r.ready_secs, "armRequestsPerResource": r.per_resource,
                    "getsPerResource": r.gets, "putsPerResource": r.puts, "peakMiB": r.peak_mib,
                    "steadyGetsPerResourcePerPeriod": r.steady_gets, "steadyPutsPerResourcePerPeriod": r.steady_puts,
                })).collect::<Vec<_>>(),
                "idleMiB": idle.rss_mib,
                "idleKinds": idle.kinds,
            })
        );
    });
    ExitCode::SUCCESS
}

struct Row {
    n: usize,
    ready_secs: f64,
    per_resource: f64,
    gets: f64,
    puts: f64,
    other: f64,
    peak_mib: f64,
    steady_gets: f64,
    steady_puts: f64,
}

struct Idle {
    kinds: usize,
    rss_mib: f64,
    peak_mib: f64,
    ready_secs: f64,
}

struct Sims {
    kube: aso_kubesim::KubeSim,
    arm: aso_armsim::ArmSim,
    ca: tempfile::NamedTempFile,
}

async fn sims() -> Sims {
    let kube = aso_kubesim::KubeSim::start_with(aso_kubesim::Options {
        config: aso_kubesim::Config {
            history: 200_000,
            ..aso_kubesim::Config::default()
        },
        ..aso_kubesim::Options::default()
    })
    .await
    .expect("the Kubernetes simulator");
    let client = kube.client().await.expect("a client");
    aso_e2e::harness::ensure_namespace(&client, "aso-system").await;
    let config = aso_armsim::Config::parse(
        "throttling: {model: off}\njournalLimit: 1000\nlro: {default: {create: sync, update: sync, delete: sync, retryAfter: 0}}\n",
        "bench",
    )
    .expect("armsim configuration");
    let arm = aso_armsim::ArmSim::builder()
        .kinds(aso_catalog::catalog())
        .config(config)
        .start()
        .await
        .expect("the ARM simulator");
    let ca = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(ca.path(), arm.ca_pem().expect("TLS")).expect("writing the CA");
    Sims { kube, arm, ca }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The operator process, killed when dropped (also when the benchmark fails).
struct Operator(Child);

impl Drop for Operator {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the operator process; returns it and its health port.
fn spawn_operator(
    sims: &Sims,
    pattern: &str,
    sync_period: Duration,
    concurrency: usize,
) -> (Operator, u16) {
    let health = free_port();
    // The CRDs convert through the operator's own webhook (default mode runs it): the API
    // server simulator finds its Service at this port.
    let webhook = free_port();
    sims.kube.sim.webhooks.route_service(
        &format!("aso-system/{}:443", aso_runtime::versions::WEBHOOK_SERVICE),
        std::net::SocketAddr::from(([127, 0, 0, 1], webhook)),
    );
    let child = Command::new(std::env::current_exe().expect("this executable"))
        .env_clear()
        .env(CHILD, "1")
        .env("RUST_LOG", "warn")
        .env("KUBECONFIG", sims.kube.kubeconfig_path())
        .env("SSL_CERT_FILE", sims.ca.path())
        .env("AZURE_SUBSCRIPTION_ID", sims.arm.subscription())
        .env("AZURE_TENANT_ID", sims.arm.tenant())
        .env("AZURE_CLIENT_ID", "aso-operator")
        .env("AZURE_CLIENT_SECRET", "bench-secret")
        .env("AZURE_RESOURCE_MANAGER_ENDPOINT", sims.arm.base_url())
        .env("AZURE_AUTHORITY_HOST", sims.arm.base_url())
        .env(
            "AZURE_SYNC_PERIOD",
            format!("{}ms", sync_period.as_millis()),
        )
        .env("MAX_CONCURRENT_RECONCILES", concurrency.to_string())
        .env("POD_NAMESPACE", "aso-system")
        .arg(format!("--crd-pattern={pattern}"))
        .arg("--metrics-addr=0")
        .arg(format!("--health-addr=127.0.0.1:{health}"))
        .arg(format!("--webhook-port={webhook}"))
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("starting the operator process");
    (Operator(child), health)
}

async fn wait_ready(child: &mut Operator, health: u16) {
    let client = reqwest::Client::new();
    loop {
        if let Ok(Some(status)) = child.0.try_wait() {
            panic!("the operator process exited during start-up: {status}");
        }
        if let Ok(r) = client
            .get(format!("http://127.0.0.1:{health}/readyz"))
            .send()
            .await
            && r.status() == 200
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `VmRSS` and `VmHWM` of a process, in MiB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn resource(group: &str, version: &str, kind: &str, plural: &str) -> ApiResource {
    ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(group, version, kind), plural)
}

fn is_ready(obj: &DynamicObject) -> bool {
    obj.data
        .pointer("/status/conditions")
        .and_then(Value::as_array)
        .is_some_and(|c| {
            c.iter()
                .any(|c| c["type"] == "Ready" && c["status"] == "True")
        })
}

/// Counts Ready objects of one kind as the watch reports them.
fn count_ready(
    api: Api<DynamicObject>,
    ready: Arc<Mutex<HashSet<String>>>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut stream = watcher(api, watcher::Config::default()).boxed();
        while let Some(event) = stream.next().await {
            if let Ok(watcher::Event::Apply(obj) | watcher::Event::InitApply(obj)) = event
                && is_ready(&obj)
            {
                ready
                    .lock()
                    .unwrap()
                    .insert(obj.metadata.name.clone().unwrap_or_default());
            }
        }
    })
}

async fn counters(sims: &Sims) -> Value {
    serde_json::to_value(sims.arm.counters()).expect("counters serialise")
}

async fn clear_counters(sims: &Sims) {
    let client = sims.arm.client().expect("a client");
    client
        .delete(format!("{}/_armsim/counters", sims.arm.base_url()))
        .send()
        .await
        .expect("clearing the simulator's counters");
}

fn method(counters: &Value, method: &str) -> f64 {
    counters["byMethod"][method].as_f64().unwrap_or(0.0)
}

async fn scenario(n: usize, sync_period: Duration, concurrency: usize) -> Row {
    let sims = sims().await;
    let (mut child, health) = spawn_operator(
        &sims,
        "resources.azure.com/ResourceGroup;storage.azure.com/StorageAccount",
        sync_period,
        concurrency,
    );
    wait_ready(&mut child, health).await;
    let client = sims.kube.client().await.expect("a client");
    let groups: Api<DynamicObject> = Api::namespaced_with(
        client.clone(),
        "default",
        &resource(
            "resources.azure.com",
            "v1api20200601",
            "ResourceGroup",
            "resourcegroups",
        ),
    );
    let accounts: Api<DynamicObject> = Api::namespaced_with(
        client.clone(),
        "default",
        &resource(
            "storage.azure.com",
            "v1api20230101",
            "StorageAccount",
            "storageaccounts",
        ),
    );
    let ready_groups = Arc::new(Mutex::new(HashSet::new()));
    let ready_accounts = Arc::new(Mutex::new(HashSet::new()));
    let watches = [
        count_ready(groups.clone(), ready_groups.clone()),
        count_ready(accounts.clone(), ready_accounts.clone()),
    ];
    clear_counters(&sims).await;

    let started = Instant::now();
    let creates = futures::stream::iter(0..n)
        .map(|i| {
            let (groups, accounts) = (groups.clone(), accounts.clone());
            async move {
                let rg: DynamicObject = serde_json::from_value(json!({
                    "apiVersion": "resources.azure.com/v1api20200601",
                    "kind": "ResourceGroup",
                    "metadata": {"name": format!("bench-rg-{i}"), "namespace": "default"},
                    "spec": {"location": "westus2"}
                }))
                .expect("a resource group");
                groups
                    .create(&PostParams::default(), &rg)
                    .await
                    .expect("creating a resource group");
                let account: DynamicObject = serde_json::from_value(json!({
                    "apiVersion": "storage.azure.com/v1api20230101",
                    "kind": "StorageAccount",
                    "metadata": {"name": format!("benchsa{i:07}"), "namespace": "default"},
                    "spec": {
                        "location": "westus2",
                        "kind": "StorageV2",
                        "sku": {"name": "Standard_LRS"},
                        "owner": {"name": format!("bench-rg-{i}")},
                        "accessTier": "Hot"
                    }
                }))
                .expect("a storage account");
                accounts
                    .create(&PostParams::default(), &account)
                    .await
                    .expect("creating a storage account");
            }
        })
        .buffer_unordered(64);
    creates.collect::<Vec<_>>().await;
    let created_secs = started.elapsed().as_secs_f64();
    let mut last_report = Instant::now();
    loop {
        let (g, a) = (
            ready_groups.lock().unwrap().len(),
            ready_accounts.lock().unwrap().len(),
        );
        if g >= n && a >= n {
            break;
        }
        if last_report.elapsed() > Duration::from_secs(10) {
            eprintln!(
                "  N={n}: {g} groups and {a} accounts Ready after {:.0} s",
                started.elapsed().as_secs_f64()
            );
            last_report = Instant::now();
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "N={n}: not all Ready within 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let ready_secs = started.elapsed().as_secs_f64();
    let total = counters(&sims).await;
    let resources = (2 * n) as f64;
    let all = total["total"].as_f64().unwrap_or(0.0);
    let (gets, puts) = (method(&total, "GET"), method(&total, "PUT"));
    let (_, peak_mib) = memory(child.0.id());
    println!(
        "N={n}: created in {created_secs:.1} s, all Ready in {ready_secs:.1} s; {all} ARM requests; operator peak {peak_mib:.0} MiB"
    );

    // Steady state: after every resource's checks got going, three sync periods with nothing
    // changing (each resource checks once per jittered period, so about three checks each).
    tokio::time::sleep(sync_period / 2).await;
    clear_counters(&sims).await;
    let window = sync_period * 3;
    tokio::time::sleep(window).await;
    let steady = counters(&sims).await;
    let periods = window.as_secs_f64() / sync_period.as_secs_f64();
    let (_, peak_after) = memory(child.0.id());
    drop(child);
    for w in watches {
        w.abort();
    }
    Row {
        n,
        ready_secs,
        per_resource: all / resources,
        gets: gets / resources,
        puts: puts / resources,
        other: (all - gets - puts) / resources,
        peak_mib: peak_mib.max(peak_after),
        steady_gets: method(&steady, "GET") / resources / periods,
        steady_puts: method(&steady, "PUT") / resources / periods,
    }
}

async fn idle_memory() -> Idle {
    let sims = sims().await;
    let started = Instant::now();
    let (mut child, health) = spawn_operator(&sims, "*", Duration::from_secs(3600), 16);
    wait_ready(&mut child, health).await;
    let ready_secs = started.elapsed().as_secs_f64();
    // Settle: watches established, start-up garbage returned.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let (rss_mib, peak_mib) = memory(child.0.id());
    drop(child);
    Idle {
        kinds: aso_catalog::catalog().len(),
        rss_mib,
        peak_mib,
        ready_secs,
    }
}

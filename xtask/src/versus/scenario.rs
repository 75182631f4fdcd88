//! One operator at one size, on fresh simulators: start empty, create everything and wait for
//! Ready, a steady state over several sync periods, a restart at steady state, an update of a
//! tenth of the objects, and the deletion of everything. Each phase is counted on its own: ARM
//! requests by method (and those throttled), Kubernetes requests by verb, the operator's CPU.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use futures::StreamExt;
use serde::Serialize;
use serde_json::Value;

use super::contenders::{Contender, Installed};
use super::processes::{Binaries, Usage};
use super::settings::Settings;
use super::sims::Sims;
use super::workload::{self, KINDS, Kind};

/// Objects the driver writes at once.
const DRIVER_CONCURRENCY: usize = 16;

/// What one phase cost.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Phase {
    pub secs: f64,
    /// Done within the limit.
    pub finished: bool,
    /// ARM requests by method (token requests included: a few per run).
    pub arm: BTreeMap<String, u64>,
    /// Of those, answered 429 by ARM's throttling, by method.
    pub throttled: BTreeMap<String, u64>,
    /// Kubernetes API requests by verb (the operator's; the driver's are not counted).
    pub kube: BTreeMap<String, u64>,
    pub cpu_secs: f64,
}

impl Phase {
    pub fn arm_total(&self) -> u64 {
        self.arm.values().sum()
    }
    pub fn kube_total(&self) -> u64 {
        self.kube.values().sum()
    }
    pub fn throttled_writes(&self) -> u64 {
        self.throttled
            .iter()
            .filter(|(m, _)| *m != "GET" && *m != "HEAD")
            .map(|(_, n)| n)
            .sum()
    }
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub operator: String,
    pub n: usize,
    /// ARM resources in the workload (five per index).
    pub resources: usize,
    pub error: Option<String>,
    /// Start with nothing to do: to healthy, and RSS a few seconds later.
    pub start_secs: f64,
    pub start_rss_mib: f64,
    pub create: Option<Phase>,
    /// Counted over `steady_periods` sync periods.
    pub steady: Option<Phase>,
    pub steady_periods: u32,
    /// RSS at the end of the steady state: everything Ready, nothing changing.
    pub idle_rss_mib: f64,
    /// From the restart to every resource checked against ARM again.
    pub restart: Option<Phase>,
    pub restart_healthy_secs: f64,
    pub update: Option<Phase>,
    pub delete: Option<Phase>,
    pub peak_rss_mib: f64,
    pub cpu_total_secs: f64,
}

impl Outcome {
    /// Whether every phase finished within the limit.
    pub fn finished(&self) -> bool {
        self.error.is_none()
            && [&self.create, &self.restart, &self.update, &self.delete]
                .iter()
                .all(|p| p.as_ref().is_some_and(|p| p.finished))
    }
}

pub async fn run(
    contender: Contender,
    n: usize,
    settings: &Settings,
    bins: &Binaries,
    dir: &Path,
) -> Outcome {
    let mut outcome = Outcome {
        operator: contender.name().to_string(),
        n,
        resources: n * KINDS.len(),
        steady_periods: settings.steady_periods,
        ..Outcome::default()
    };
    if let Err(e) = phases(contender, settings, bins, dir, &mut outcome).await {
        println!("   failed: {e:#}");
        outcome.error = Some(format!("{e:#}"));
    }
    outcome
}

async fn phases(
    contender: Contender,
    settings: &Settings,
    bins: &Binaries,
    dir: &Path,
    out: &mut Outcome,
) -> anyhow::Result<()> {
    let (n, resources) = (out.n, out.resources);
    let route = contender.webhook_route()?;
    let port = route.as_ref().map_or(0, |(_, p)| *p);
    let sims = Sims::start(bins, dir, &settings.armsim_config(), route).await?;
    let mut installed = Installed::install(contender, &sims, bins, dir, port).await?;
    let running = installed.start(&sims, bins, settings).await?;
    out.start_secs = running.healthy_after.as_secs_f64();
    tokio::time::sleep(Duration::from_secs(3)).await;
    out.start_rss_mib = running.process.usage().rss_mib;
    println!(
        "   healthy after {:.1} s, {:.0} MiB",
        out.start_secs, out.start_rss_mib
    );
    let mut versions = Vec::new();
    for kind in KINDS {
        versions.push((kind, sims.kube.storage_version(&kind).await?));
    }
    let pid = running.process.pid();

    // Creation: everything written at once (owners first), then until every object is Ready.
    let create = measured(&sims, pid, async {
        let writes = (0..n)
            .flat_map(|i| KINDS.iter().map(move |k| (*k, i)))
            .map(|(kind, i)| {
                let kube = &sims.kube;
                async move { kube.create(&kind, &workload::object(&kind, i)).await }
            });
        let mut writes = futures::stream::iter(writes).buffered(DRIVER_CONCURRENCY);
        while let Some(result) = writes.next().await {
            result?;
        }
        wait(&sims, &versions, settings.limit, "Ready", |items| {
            items.len() == resources && items.iter().all(workload::ready_at_generation)
        })
        .await
    })
    .await?;
    report("created, all Ready", &create, out.resources);
    out.create = Some(create);
    if !out.create.as_ref().is_some_and(|p| p.finished) {
        return Ok(());
    }

    // Steady state: half a period to settle, then several periods with nothing changing.
    tokio::time::sleep(settings.sync_period / 2).await;
    let window = settings.sync_period * settings.steady_periods;
    let steady = measured(&sims, pid, async {
        tokio::time::sleep(window).await;
        Ok(true)
    })
    .await?;
    out.idle_rss_mib = running.process.usage().rss_mib;
    report("steady state", &steady, out.resources);
    out.steady = Some(steady);

    // Restart at steady state: killed, started again, until every resource was read or
    // written in ARM again.
    let first: Usage = running.process.kill();
    sims.arm.clear_journal().await?;
    let mut healthy = Duration::ZERO;
    let mut second = None;
    let restart = measured_with(&sims, None, async {
        let started = Instant::now();
        let again = installed.start(&sims, bins, settings).await?;
        healthy = again.healthy_after;
        second = Some(again);
        let expected: HashSet<String> = (0..n)
            .flat_map(|i| KINDS.iter().map(move |k| workload::arm_id(k, i)))
            .collect();
        let mut seen = HashSet::new();
        // The journal only grows here (cleared before the restart): read what is new.
        let mut read = 0;
        loop {
            let journal = sims.arm.journal().await?;
            for entry in journal.iter().skip(read) {
                let url = entry["url"].as_str().unwrap_or_default();
                let path = url.split('?').next().unwrap_or_default().to_lowercase();
                if expected.contains(&path) {
                    seen.insert(path);
                }
            }
            read = read.max(journal.len());
            if seen.len() == expected.len() {
                return Ok(true);
            }
            if started.elapsed() > settings.limit {
                return Ok(false);
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    })
    .await?;
    let running = second.expect("started again");
    out.restart_healthy_secs = healthy.as_secs_f64();
    let mut restart = restart;
    restart.cpu_secs = running.process.usage().cpu_secs;
    report("restarted, every resource checked", &restart, out.resources);
    out.restart = Some(restart);
    let pid = running.process.pid();

    // Update a tenth of the objects, written at the version users write.
    let update = measured(&sims, pid, async {
        for kind in KINDS {
            let patch = workload::update(&kind);
            for i in (0..n).filter(|&i| workload::updated(i)) {
                sims.kube
                    .merge_patch(&kind, &workload::name(&kind, i), &patch)
                    .await?;
            }
        }
        wait(&sims, &versions, settings.limit, "updated", |items| {
            items.iter().all(workload::ready_at_generation)
        })
        .await
    })
    .await?;
    report("updated a tenth, all Ready", &update, out.resources);
    out.update = Some(update);

    // Delete everything (children first, as a user deleting a folder of manifests would).
    let delete = measured(&sims, pid, async {
        for (kind, version) in versions.iter().rev() {
            for i in 0..n {
                sims.kube
                    .delete(kind, version, &workload::name(kind, i))
                    .await?;
            }
        }
        wait(&sims, &versions, settings.limit, "deleted", |items| {
            items.is_empty()
        })
        .await
    })
    .await?;
    report("deleted, all gone", &delete, out.resources);
    out.delete = Some(delete);

    let last = running.process.kill();
    out.peak_rss_mib = first.peak_mib.max(last.peak_mib);
    out.cpu_total_secs = first.cpu_secs + last.cpu_secs;
    Ok(())
}

/// Counts what `work` costs: ARM and Kubernetes requests, and the CPU of process `pid`.
async fn measured(
    sims: &Sims,
    pid: u32,
    work: impl Future<Output = anyhow::Result<bool>>,
) -> anyhow::Result<Phase> {
    measured_with(sims, Some(pid), work).await
}

async fn measured_with(
    sims: &Sims,
    pid: Option<u32>,
    work: impl Future<Output = anyhow::Result<bool>>,
) -> anyhow::Result<Phase> {
    sims.arm.clear_counters().await?;
    sims.kube.reset_requests().await?;
    let cpu = pid.map_or(0.0, |p| super::processes::usage(p).cpu_secs);
    let started = Instant::now();
    let finished = work.await?;
    let secs = started.elapsed().as_secs_f64();
    let counters = sims.arm.counters().await?;
    let map = |v: &Value| -> BTreeMap<String, u64> {
        v.as_object()
            .into_iter()
            .flatten()
            .map(|(k, n)| (k.clone(), n.as_u64().unwrap_or(0)))
            .collect()
    };
    Ok(Phase {
        secs,
        finished,
        arm: map(&counters["byMethod"]),
        throttled: map(&counters["throttledByMethod"]),
        kube: sims.kube.operator_requests().await?,
        cpu_secs: pid.map_or(0.0, |p| super::processes::usage(p).cpu_secs - cpu),
    })
}

/// Polls every kind (at its storage version: no conversion) until `done` holds for all the
/// objects together; `false` when `limit` passes first.
async fn wait(
    sims: &Sims,
    versions: &[(Kind, String)],
    limit: Duration,
    what: &str,
    done: impl Fn(&[Value]) -> bool,
) -> anyhow::Result<bool> {
    let started = Instant::now();
    let mut last_report = Instant::now();
    loop {
        let mut items = Vec::new();
        for (kind, version) in versions {
            items.extend(sims.kube.list(kind, version).await?);
        }
        if done(&items) {
            return Ok(true);
        }
        if started.elapsed() > limit {
            return Ok(false);
        }
        if last_report.elapsed() > Duration::from_secs(20) {
            let ready = items
                .iter()
                .filter(|o| workload::ready_at_generation(o))
                .count();
            println!(
                "   ... {:.0} s: {} objects, {ready} Ready (waiting: {what})",
                started.elapsed().as_secs_f64(),
                items.len()
            );
            last_report = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

fn report(what: &str, phase: &Phase, resources: usize) {
    println!(
        "   {what}: {:.1} s{}; ARM {:?} ({:.2}/resource), throttled {:?}; Kubernetes {} requests; CPU {:.1} s",
        phase.secs,
        if phase.finished {
            ""
        } else {
            " (NOT finished within the limit)"
        },
        phase.arm,
        phase.arm_total() as f64 / resources as f64,
        phase.throttled,
        phase.kube_total(),
        phase.cpu_secs
    );
}

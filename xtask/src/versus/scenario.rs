//! One operator at one size, on fresh simulators: start empty, create everything and wait for
//! Ready, a steady state over several sync periods, a restart at steady state, an update of a
//! tenth of the objects, and the deletion of everything. Each phase is counted on its own: ARM
//! requests by method (and those throttled), Kubernetes requests by verb, the operator's CPU.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use futures::StreamExt;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::contenders::{Contender, Installed};
use super::processes::{Binaries, Usage};
use super::settings::{Settings, Steady};
use super::sims::Sims;
use super::workload::{self, KINDS, Kind};

/// Objects the driver writes at once.
const DRIVER_CONCURRENCY: usize = 16;

/// What one phase cost.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
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
    /// Counted over `steady_periods` sync periods (see [`Steady`]).
    pub steady: Option<Phase>,
    pub steady_periods: f64,
    /// Resources checked in ARM (read or written) during the steady state.
    pub steady_checked: usize,
    /// RSS at the end of the steady state: everything Ready, nothing changing.
    pub idle_rss_mib: f64,
    /// From the restart to every resource checked against ARM again.
    pub restart: Option<Phase>,
    pub restart_healthy_secs: f64,
    /// ARM writes to the workload's resources after the restart, by method and kind: none
    /// when nothing changed (ours), every resource for an operator that PUTs on every sync.
    pub restart_writes: BTreeMap<String, u64>,
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

    // Steady state, as the profile counts it.
    let expected = workload_ids(n);
    let period = settings.sync_period();
    let mut checked = Checked::default();
    let steady = match settings.profile.steady {
        Steady::Periods(periods) => {
            tokio::time::sleep(period / 2).await;
            sims.arm.clear_journal().await?;
            let phase = measured(&sims, pid, async {
                tokio::time::sleep(period * periods).await;
                Ok(true)
            })
            .await?;
            checked = read_checked(&sims, &expected).await?;
            out.steady_periods = f64::from(periods);
            phase
        }
        Steady::OneCheckEach => {
            sims.arm.clear_journal().await?;
            let cap = period * 3 / 2;
            let phase = measured(&sims, pid, async {
                checked = until_checked(&sims, &expected, cap, Duration::from_secs(2)).await?;
                Ok(checked.all)
            })
            .await?;
            // One check of each is one period's worth; a window cut short is a rate.
            out.steady_periods = if phase.finished {
                1.0
            } else {
                phase.secs / period.as_secs_f64()
            };
            phase
        }
    };
    out.steady_checked = checked.seen;
    out.idle_rss_mib = running.process.usage().rss_mib;
    report("steady state", &steady, out.resources);
    println!(
        "   steady state: {} of {} resources checked in ARM in {:.0} s ({:.2} periods)",
        checked.seen, resources, steady.secs, out.steady_periods
    );
    out.steady = Some(steady);

    // Restart at steady state: killed, started again, until every resource was read or
    // written in ARM again.
    let first: Usage = running.process.kill();
    sims.arm.clear_journal().await?;
    let mut healthy = Duration::ZERO;
    let mut second = None;
    let mut after = Checked::default();
    let restart = measured_with(&sims, None, async {
        let again = installed.start(&sims, bins, settings).await?;
        healthy = again.healthy_after;
        second = Some(again);
        after = until_checked(&sims, &expected, settings.limit, Duration::from_millis(500)).await?;
        Ok(after.all)
    })
    .await?;
    let running = second.expect("started again");
    out.restart_healthy_secs = healthy.as_secs_f64();
    out.restart_writes = after.writes;
    let mut restart = restart;
    restart.cpu_secs = running.process.usage().cpu_secs;
    report("restarted, every resource checked", &restart, out.resources);
    println!("   writes after the restart: {:?}", out.restart_writes);
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

/// The workload's ARM IDs (lower case), each with its kind's plural.
fn workload_ids(n: usize) -> HashMap<String, &'static str> {
    (0..n)
        .flat_map(|i| {
            KINDS
                .iter()
                .map(move |k| (workload::arm_id(k, i), k.plural))
        })
        .collect()
}

/// What ARM's journal shows of the workload since it was cleared.
#[derive(Debug, Default)]
struct Checked {
    /// Every resource was read or written.
    all: bool,
    /// How many were.
    seen: usize,
    /// Writes, by method and kind (`PUT storageaccounts`).
    writes: BTreeMap<String, u64>,
}

/// Reads ARM's journal (cleared before) every `every` until every resource in `expected` was
/// read or written, or `limit` passes.
async fn until_checked(
    sims: &Sims,
    expected: &HashMap<String, &'static str>,
    limit: Duration,
    every: Duration,
) -> anyhow::Result<Checked> {
    let started = Instant::now();
    loop {
        let checked = read_checked(sims, expected).await?;
        if checked.all || started.elapsed() > limit {
            return Ok(checked);
        }
        tokio::time::sleep(every).await;
    }
}

async fn read_checked(
    sims: &Sims,
    expected: &HashMap<String, &'static str>,
) -> anyhow::Result<Checked> {
    Ok(tally(&sims.arm.journal().await?, expected))
}

/// What journal entries (`{method, url}`) show of the resources in `expected`.
fn tally(journal: &[Value], expected: &HashMap<String, &'static str>) -> Checked {
    let mut seen = HashSet::new();
    let mut writes = BTreeMap::new();
    for entry in journal {
        let url = entry["url"].as_str().unwrap_or_default();
        let path = url.split('?').next().unwrap_or_default().to_lowercase();
        let Some((id, plural)) = expected.get_key_value(&path) else {
            continue;
        };
        let method = entry["method"].as_str().unwrap_or_default();
        if method != "GET" && method != "HEAD" {
            *writes.entry(format!("{method} {plural}")).or_insert(0) += 1;
        }
        seen.insert(id);
    }
    Checked {
        all: seen.len() == expected.len(),
        seen: seen.len(),
        writes,
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_journal_tells_which_resources_were_checked_and_written() {
        let expected = workload_ids(2);
        let account = workload::arm_id(&workload::ACCOUNT, 1);
        let group = workload::arm_id(&workload::GROUP, 0);
        let entry = |method: &str, path: &str| json!({"method": method, "url": format!("{}?api-version=2023-01-01", path.to_uppercase())});
        let journal = vec![
            entry("GET", &group),
            entry("PUT", &account),
            entry("GET", &account),
            // An operation's monitor is not a resource of the workload.
            entry("GET", &format!("{account}/operations/1")),
        ];
        let checked = tally(&journal, &expected);
        assert_eq!(checked.seen, 2);
        assert!(!checked.all);
        assert_eq!(
            checked.writes,
            BTreeMap::from([("PUT storageaccounts".to_string(), 1)])
        );
        let all: Vec<Value> = expected.keys().map(|id| entry("GET", id)).collect();
        let checked = tally(&all, &expected);
        assert!(checked.all && checked.writes.is_empty());
    }
}

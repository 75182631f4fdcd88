//! The figures side by side: per size a row per measure with ours, ASO's and the ratio
//! (ASO / ours: above 1, ASO spends more or takes longer), the machine they were measured on,
//! and the same as JSON.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::scenario::{Outcome, Phase};
use super::settings::Settings;

pub struct Report {
    pub profile: &'static str,
    pub settings: String,
    /// Where outcomes come from an earlier run, which and whence.
    pub note: Option<String>,
    pub machine: Machine,
    pub outcomes: Vec<Outcome>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_gib: f64,
    /// The 1-minute load average when the report was written: the machine is shared.
    pub load_average: String,
}

impl Machine {
    fn read() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        Machine {
            cpu: cpuinfo
                .lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map_or("unknown".into(), |(_, v)| v.trim().to_string()),
            cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
            memory_gib: meminfo
                .lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
                .map_or(0.0, |kib| kib / 1024.0 / 1024.0),
            load_average: std::fs::read_to_string("/proc/loadavg")
                .unwrap_or_default()
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

/// One measure of one size: ours, ASO's, and how it reads.
pub struct Row {
    pub measure: &'static str,
    pub ours: Option<f64>,
    pub aso: Option<f64>,
    /// Ours and ASO's as printed (breakdowns by method), when more than the number.
    pub ours_text: String,
    pub aso_text: String,
}

impl Report {
    pub fn new(settings: &Settings, outcomes: Vec<Outcome>, note: Option<String>) -> Report {
        Report {
            note,
            profile: settings.profile.name,
            settings: settings.describe(),
            machine: Machine::read(),
            outcomes,
        }
    }

    pub fn sizes(&self) -> Vec<usize> {
        let mut sizes: Vec<usize> = self.outcomes.iter().map(|o| o.n).collect();
        sizes.sort();
        sizes.dedup();
        sizes
    }

    fn outcome(&self, ours: bool, n: usize) -> Option<&Outcome> {
        self.outcomes
            .iter()
            .find(|o| o.n == n && (o.operator == "ours") == ours)
    }

    /// The largest size an operator finished, every phase within the limit.
    pub fn largest_finished(&self, ours: bool) -> usize {
        self.outcomes
            .iter()
            .filter(|o| (o.operator == "ours") == ours && o.finished())
            .map(|o| o.n)
            .max()
            .unwrap_or(0)
    }

    /// The rows for size `n`.
    pub fn rows(&self, n: usize) -> Vec<Row> {
        let sides = [self.outcome(true, n), self.outcome(false, n)];
        let periods = |o: &Outcome| {
            if o.steady_periods > 0.0 {
                o.steady_periods
            } else {
                1.0
            }
        };
        let per_resource = |o: &Outcome, p: &Phase, by: f64| {
            let r = o.resources as f64 * by;
            (p.arm_total() as f64 / r, methods(&p.arm, r))
        };
        type Measure<'a> = Box<dyn Fn(&Outcome) -> Option<(f64, String)> + 'a>;
        let measures: Vec<(&'static str, Measure)> = vec![
            (
                "time to all Ready (s)",
                Box::new(|o| o.create.as_ref().map(secs)),
            ),
            (
                "ARM requests / resource, creation",
                Box::new(move |o| o.create.as_ref().map(|p| per_resource(o, p, 1.0))),
            ),
            (
                "ARM requests / resource / sync period, steady",
                Box::new(move |o| o.steady.as_ref().map(|p| per_resource(o, p, periods(o)))),
            ),
            (
                "resources checked in ARM, steady",
                Box::new(|o| o.steady.as_ref().map(|_| count(o.steady_checked as u64))),
            ),
            (
                "writes throttled (429), creation",
                Box::new(|o| o.create.as_ref().map(|p| count(p.throttled_writes()))),
            ),
            (
                "writes throttled (429), steady",
                Box::new(|o| o.steady.as_ref().map(|p| count(p.throttled_writes()))),
            ),
            (
                "peak RSS (MiB)",
                Box::new(|o| (o.peak_rss_mib > 0.0).then(|| mib(o.peak_rss_mib))),
            ),
            (
                "idle RSS, empty (MiB)",
                Box::new(|o| (o.start_rss_mib > 0.0).then(|| mib(o.start_rss_mib))),
            ),
            (
                "idle RSS, steady with N (MiB)",
                Box::new(|o| (o.idle_rss_mib > 0.0).then(|| mib(o.idle_rss_mib))),
            ),
            (
                "CPU seconds, creation",
                Box::new(|o| o.create.as_ref().map(|p| cpu(p.cpu_secs))),
            ),
            (
                "CPU seconds / sync period, steady",
                Box::new(move |o| o.steady.as_ref().map(|p| cpu(p.cpu_secs / periods(o)))),
            ),
            (
                "CPU seconds, whole run",
                Box::new(|o| (o.cpu_total_secs > 0.0).then(|| cpu(o.cpu_total_secs))),
            ),
            (
                "Kubernetes API requests, creation",
                Box::new(|o| o.create.as_ref().map(|p| kube(&p.kube, 1.0))),
            ),
            (
                "Kubernetes API requests / sync period, steady",
                Box::new(move |o| o.steady.as_ref().map(|p| kube(&p.kube, periods(o)))),
            ),
            (
                "restart: to healthy (s)",
                Box::new(|o| {
                    o.restart.as_ref().map(|_| {
                        (
                            o.restart_healthy_secs,
                            format!("{:.1}", o.restart_healthy_secs),
                        )
                    })
                }),
            ),
            (
                "restart: every resource checked again (s)",
                Box::new(|o| o.restart.as_ref().map(secs)),
            ),
            (
                "ARM requests / resource, restart",
                Box::new(move |o| o.restart.as_ref().map(|p| per_resource(o, p, 1.0))),
            ),
            (
                "ARM writes after the restart",
                Box::new(|o| {
                    o.restart.as_ref().map(|_| {
                        let total: u64 = o.restart_writes.values().sum();
                        let by_kind = o
                            .restart_writes
                            .iter()
                            .map(|(k, n)| format!("{k} {n}"))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let text = if by_kind.is_empty() {
                            "0".to_string()
                        } else {
                            format!("{total} ({by_kind})")
                        };
                        (total as f64, text)
                    })
                }),
            ),
            (
                "update of 10 %: all Ready (s)",
                Box::new(|o| o.update.as_ref().map(secs)),
            ),
            (
                "ARM requests, update",
                Box::new(|o| {
                    o.update
                        .as_ref()
                        .map(|p| (p.arm_total() as f64, methods(&p.arm, 1.0)))
                }),
            ),
            (
                "deletion: all gone (s)",
                Box::new(|o| o.delete.as_ref().map(secs)),
            ),
            (
                "ARM requests / resource, deletion",
                Box::new(move |o| o.delete.as_ref().map(|p| per_resource(o, p, 1.0))),
            ),
        ];
        measures
            .into_iter()
            .map(|(measure, f)| {
                let [ours, aso] = sides.map(|o| o.and_then(&f));
                let text = |v: &Option<(f64, String)>| {
                    v.as_ref().map_or("n/a".to_string(), |(_, t)| t.clone())
                };
                Row {
                    measure,
                    ours_text: text(&ours),
                    aso_text: text(&aso),
                    ours: ours.map(|(v, _)| v),
                    aso: aso.map(|(v, _)| v),
                }
            })
            .collect()
    }

    pub fn print(&self) {
        println!();
        println!("{}", self.settings);
        println!(
            "machine: {} ({} cores, {:.0} GiB), load average {} (shared with other builds)",
            self.machine.cpu,
            self.machine.cores,
            self.machine.memory_gib,
            self.machine.load_average
        );
        if let Some(note) = &self.note {
            println!("measured apart: {note}");
        }
        for n in self.sizes() {
            println!();
            println!(
                "N = {n} ({} resources: groups, accounts, blob services, containers, identities)",
                n * 5
            );
            println!("| measure | ours | ASO v2.8 | ASO / ours |");
            println!("|---|---|---|---|");
            for row in self.rows(n) {
                println!(
                    "| {} | {} | {} | {} |",
                    row.measure,
                    row.ours_text,
                    row.aso_text,
                    ratio(row.ours, row.aso)
                );
            }
            for side in [true, false] {
                if let Some(e) = self.outcome(side, n).and_then(|o| o.error.as_ref()) {
                    println!("{} failed: {e}", if side { "ours" } else { "ASO" });
                }
            }
        }
        println!();
        println!(
            "largest N with every phase within the limit: ours {}, ASO {}",
            self.largest_finished(true),
            self.largest_finished(false)
        );
    }

    pub fn json(&self) -> Value {
        json!({
            "profile": self.profile,
            "settings": self.settings,
            "measuredApart": self.note,
            "machine": self.machine,
            "largestFinished": {"ours": self.largest_finished(true), "aso": self.largest_finished(false)},
            "outcomes": self.outcomes,
        })
    }
}

/// ASO / ours, as printed.
pub fn ratio(ours: Option<f64>, aso: Option<f64>) -> String {
    match (ours, aso) {
        (Some(o), Some(a)) if o > 0.0 => format!("{:.2}", a / o),
        (Some(o), Some(a)) if o == 0.0 && a == 0.0 => "=".into(),
        (Some(_), Some(_)) => "ours 0".into(),
        _ => "n/a".into(),
    }
}

fn secs(p: &Phase) -> (f64, String) {
    let t = format!("{:.1}{}", p.secs, if p.finished { "" } else { " (limit)" });
    (p.secs, t)
}

fn count(n: u64) -> (f64, String) {
    (n as f64, n.to_string())
}

fn mib(v: f64) -> (f64, String) {
    (v, format!("{v:.0}"))
}

fn cpu(v: f64) -> (f64, String) {
    (v, format!("{v:.1}"))
}

fn kube(verbs: &BTreeMap<String, u64>, by: f64) -> (f64, String) {
    let total = verbs.values().sum::<u64>() as f64 / by;
    (total, format!("{total:.0} ({})", breakdown(verbs, by, 0)))
}

/// `2.00 (GET 1.00, PUT 1.00)`.
fn methods(by_method: &BTreeMap<String, u64>, by: f64) -> String {
    let total = by_method.values().sum::<u64>() as f64 / by;
    format!("{total:.2} ({})", breakdown(by_method, by, 2))
}

fn breakdown(counts: &BTreeMap<String, u64>, by: f64, decimals: usize) -> String {
    counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| format!("{k} {:.*}", decimals, *n as f64 / by))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_read_as_aso_over_ours() {
        assert_eq!(ratio(Some(2.0), Some(5.0)), "2.50");
        assert_eq!(ratio(Some(0.0), Some(0.0)), "=");
        assert_eq!(ratio(Some(0.0), Some(3.0)), "ours 0");
        assert_eq!(ratio(None, Some(3.0)), "n/a");
        let counts = BTreeMap::from([("GET".to_string(), 10), ("PUT".to_string(), 5)]);
        assert_eq!(methods(&counts, 5.0), "3.00 (GET 2.00, PUT 1.00)");
    }
}

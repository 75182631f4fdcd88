//! Injected failures: scripted (the next N requests matching a rule) or random at a rate, drawn
//! from a seeded generator so a run can be reproduced.
//!
//! Faults: an error status (500/503/504 or any, before or after the request took effect), 429
//! with Retry-After, a connection reset (closed without an answer), a slow answer, a failed
//! long-running operation, and relative monitor URLs.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::lro::Failure;

/// One fault.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Fault {
    /// Answer with this status and an ARM error body. With `afterHandling`, the request takes
    /// effect first (the client sees an error for a write that happened).
    #[serde(rename_all = "camelCase")]
    Status {
        status: u16,
        #[serde(default)]
        code: Option<String>,
        #[serde(default)]
        message: Option<String>,
        #[serde(default)]
        retry_after: Option<u64>,
        #[serde(default)]
        after_handling: bool,
    },
    /// 429 with `Retry-After`.
    #[serde(rename_all = "camelCase")]
    Throttle {
        #[serde(default = "one")]
        retry_after: u64,
    },
    /// Close the connection without answering.
    #[default]
    Reset,
    /// Answer after this delay.
    Delay { ms: u64 },
    /// The long-running operation this request starts ends in this failure.
    FailOperation {
        #[serde(flatten)]
        failure: Failure,
    },
    /// Monitor URLs of this request's operation are relative (`/subscriptions/...`).
    RelativeLocation,
}

fn one() -> u64 {
    1
}

impl Fault {
    /// The standard error answer of a status fault: ARM's codes for 500, 503 and 504.
    pub fn status_error(
        status: u16,
        code: Option<&str>,
        message: Option<&str>,
    ) -> crate::error::ArmError {
        let (default_code, default_message) = match status {
            500 => (
                "InternalServerError",
                "Encountered internal server error. Please try again.",
            ),
            502 => (
                "BadGateway",
                "The gateway received an invalid response (simulated fault).",
            ),
            503 => (
                "ServiceUnavailable",
                "The service is unavailable. Please try again later (simulated fault).",
            ),
            504 => (
                "GatewayTimeout",
                "The gateway did not receive a response within the specified time period (simulated fault).",
            ),
            429 => ("TooManyRequests", "Too many requests (simulated fault)."),
            _ => ("SimulatedFault", "Simulated fault."),
        };
        crate::error::ArmError::new(
            status,
            code.unwrap_or(default_code),
            message.unwrap_or(default_message),
        )
    }
}

/// When a rule applies.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultRule {
    /// HTTP method (any when unset).
    #[serde(default)]
    pub method: Option<String>,
    /// A case-insensitive substring of the path (any when unset).
    #[serde(default)]
    pub path_contains: Option<String>,
    /// The ARM type addressed (any when unset).
    #[serde(default)]
    pub arm_type: Option<String>,
    /// Let this many matching requests through first.
    #[serde(default)]
    pub skip: u32,
    /// Apply to this many requests, then stop (forever when unset).
    #[serde(default)]
    pub times: Option<u32>,
    /// Apply with this probability (drawn from the seeded generator).
    #[serde(default)]
    pub probability: Option<f64>,
    pub fault: Fault,
}

/// Random faults at a rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RandomFaults {
    /// Probability that a request gets a fault.
    pub rate: f64,
    /// The faults to draw from, uniformly. Default: 500, 503, 504, 429, reset, and a 2 s delay.
    #[serde(default = "default_random_faults")]
    pub faults: Vec<Fault>,
}

fn default_random_faults() -> Vec<Fault> {
    let status = |s| Fault::Status {
        status: s,
        code: None,
        message: None,
        retry_after: None,
        after_handling: false,
    };
    vec![
        status(500),
        status(503),
        status(504),
        Fault::Throttle { retry_after: 1 },
        Fault::Reset,
        Fault::Delay { ms: 2000 },
    ]
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultConfig {
    #[serde(default)]
    pub seed: Option<u64>,
    #[serde(default)]
    pub random: Option<RandomFaults>,
    #[serde(default)]
    pub rules: Vec<FaultRule>,
}

#[derive(Debug)]
struct ActiveRule {
    rule: FaultRule,
    seen: u32,
    applied: u32,
}

#[derive(Debug)]
struct Inner {
    rng: SplitMix64,
    random: Option<RandomFaults>,
    rules: Vec<ActiveRule>,
}

/// The fault plan of a running simulator.
#[derive(Debug)]
pub struct Faults {
    inner: Mutex<Inner>,
}

impl Faults {
    pub fn new(config: &FaultConfig) -> Faults {
        Faults {
            inner: Mutex::new(Inner {
                rng: SplitMix64(config.seed.unwrap_or(0x5eed)),
                random: config.random.clone(),
                rules: config
                    .rules
                    .iter()
                    .cloned()
                    .map(|rule| ActiveRule {
                        rule,
                        seen: 0,
                        applied: 0,
                    })
                    .collect(),
            }),
        }
    }

    /// Adds a scripted rule.
    pub fn push(&self, rule: FaultRule) {
        self.lock().rules.push(ActiveRule {
            rule,
            seen: 0,
            applied: 0,
        });
    }

    /// Replaces the plan.
    pub fn configure(&self, config: &FaultConfig) {
        *self.lock() = Faults::new(config)
            .inner
            .into_inner()
            .unwrap_or_else(|e| e.into_inner());
    }

    /// Removes every rule and random fault.
    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.rules.clear();
        inner.random = None;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The faults for one request, in rule order (random fault last).
    pub fn decide(&self, method: &str, path: &str, arm_type: Option<&str>) -> Vec<Fault> {
        let mut inner = self.lock();
        let Inner { rng, random, rules } = &mut *inner;
        let mut out = Vec::new();
        for active in rules.iter_mut() {
            let r = &active.rule;
            let matches = r
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
                && r.path_contains
                    .as_deref()
                    .is_none_or(|p| path.to_ascii_lowercase().contains(&p.to_ascii_lowercase()))
                && r.arm_type
                    .as_deref()
                    .is_none_or(|t| arm_type.is_some_and(|a| a.eq_ignore_ascii_case(t)));
            if !matches {
                continue;
            }
            active.seen += 1;
            if active.seen <= r.skip || r.times.is_some_and(|t| active.applied >= t) {
                continue;
            }
            if let Some(p) = r.probability
                && rng.next_f64() >= p
            {
                continue;
            }
            active.applied += 1;
            out.push(r.fault.clone());
        }
        rules.retain(|a| a.rule.times.is_none_or(|t| a.applied < t));
        if let Some(random) = random
            && !random.faults.is_empty()
            && rng.next_f64() < random.rate
        {
            let i = (rng.next_u64() % random.faults.len() as u64) as usize;
            out.push(random.faults[i].clone());
        }
        out
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed and request sequence give the
/// same faults.
#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(s: u16) -> Fault {
        Fault::Status {
            status: s,
            code: None,
            message: None,
            retry_after: None,
            after_handling: false,
        }
    }

    #[test]
    fn scripted_rules_skip_and_expire() {
        let faults = Faults::new(&FaultConfig {
            rules: vec![FaultRule {
                method: Some("PUT".into()),
                path_contains: Some("storageaccounts".into()),
                skip: 1,
                times: Some(2),
                fault: status(503),
                ..Default::default()
            }],
            ..Default::default()
        });
        let p = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a";
        assert!(faults.decide("GET", p, None).is_empty());
        assert!(faults.decide("PUT", p, None).is_empty(), "skipped");
        assert_eq!(faults.decide("PUT", p, None), vec![status(503)]);
        assert_eq!(faults.decide("PUT", p, None), vec![status(503)]);
        assert!(faults.decide("PUT", p, None).is_empty(), "expired");
    }

    #[test]
    fn random_faults_reproduce_by_seed() {
        let config = FaultConfig {
            seed: Some(42),
            random: Some(RandomFaults {
                rate: 0.3,
                faults: default_random_faults(),
            }),
            rules: vec![],
        };
        let run = || {
            let f = Faults::new(&config);
            (0..200)
                .map(|i| f.decide("GET", &format!("/x/{i}"), None))
                .collect::<Vec<_>>()
        };
        let (a, b) = (run(), run());
        assert_eq!(a, b);
        let hit = a.iter().filter(|f| !f.is_empty()).count();
        assert!(
            (30..90).contains(&hit),
            "about 30% of 200 requests, got {hit}"
        );
    }

    #[test]
    fn fault_yaml_shape() {
        let rule: FaultRule = serde_json::from_value(serde_json::json!({
            "method": "DELETE", "fault": {"kind": "failOperation", "code": "Conflict", "message": "no"}
        }))
        .unwrap();
        assert!(
            matches!(rule.fault, Fault::FailOperation { failure } if failure.code == "Conflict" && failure.status == 400)
        );
    }
}

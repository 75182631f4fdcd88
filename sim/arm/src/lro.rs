//! Long-running operations: how a PUT or DELETE answers (at once, or 201/202 with a status
//! monitor), and the operations in flight.
//!
//! An operation stays in progress for a number of observations (`polls`: GETs of its status
//! monitor, or of the resource in provisioning-state mode) and at least `min_duration_ms`, then ends in success or in the
//! configured failure. Writes never advance an operation; they only see whether it has ended.
//! Everything is configurable per ARM type and per test ([`LroSettings`]); the defaults per type
//! reproduce the answer shapes of ASO's recordings (see `profile.rs`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use bytes::Bytes;
use serde::{Deserialize, Serialize};

use crate::error::ArmError;

/// How a write answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum LroMode {
    /// Done before the answer: PUT 200/201 with `provisioningState: Succeeded`, DELETE 200.
    Sync,
    /// PUT 200/201 with a transitional `provisioningState` (`Creating`, `RegisteringDns`) that the
    /// client polls with GET; DELETE 202 without a monitor, the resource `Deleting` until gone.
    ProvisioningState,
    /// 201/202 with `Azure-AsyncOperation` (a status resource `InProgress`/`Succeeded`/`Failed`)
    /// and, for DELETE, `Location`.
    AsyncOperation,
    /// 202 with `Location`: 202 until done, then 200 with the resource (PUT) or 200/204 (DELETE).
    Location,
}

/// How an operation ends when it fails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Failure {
    #[serde(default = "default_failure_status")]
    pub status: u16,
    #[serde(default = "default_failure_code")]
    pub code: String,
    #[serde(default = "default_failure_message")]
    pub message: String,
}

fn default_failure_status() -> u16 {
    400
}
fn default_failure_code() -> String {
    "OperationFailed".into()
}
fn default_failure_message() -> String {
    "The operation failed (simulated failure).".into()
}

impl Failure {
    pub fn error(&self) -> ArmError {
        ArmError::new(self.status, &self.code, &self.message)
    }
}

/// Overrides of the LRO behaviour, per ARM type or for all types. Unset fields fall through to the
/// next level: per-type settings, then the global settings, then the type's profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LroSettings {
    /// Mode for PUT (and PATCH) on a new resource.
    pub create: Option<LroMode>,
    /// Mode for PUT (and PATCH) on an existing resource.
    pub update: Option<LroMode>,
    pub delete: Option<LroMode>,
    /// Observations that still see the operation in progress.
    pub polls: Option<u32>,
    /// Minimum time in progress.
    pub min_duration_ms: Option<u64>,
    /// `Retry-After` seconds on 201/202 answers and in-progress monitors.
    pub retry_after: Option<u64>,
    /// Whether monitor URLs are sent without scheme and host (`/subscriptions/...`).
    pub relative_location: Option<bool>,
    /// Operations end in this failure instead of success.
    pub fail: Option<Failure>,
}

impl LroSettings {
    /// `self` with unset fields taken from `lower`.
    pub fn over(&self, lower: &LroSettings) -> LroSettings {
        LroSettings {
            create: self.create.or(lower.create),
            update: self.update.or(lower.update),
            delete: self.delete.or(lower.delete),
            polls: self.polls.or(lower.polls),
            min_duration_ms: self.min_duration_ms.or(lower.min_duration_ms),
            retry_after: self.retry_after.or(lower.retry_after),
            relative_location: self.relative_location.or(lower.relative_location),
            fail: self.fail.clone().or_else(|| lower.fail.clone()),
        }
    }
}

/// The resolved behaviour for one write.
#[derive(Debug, Clone, PartialEq)]
pub struct Behaviour {
    pub mode: LroMode,
    pub polls: u32,
    pub min_duration: Duration,
    /// `Retry-After` seconds; `None` sends no header (as some providers do).
    pub retry_after: Option<u64>,
    pub relative_location: bool,
    pub fail: Option<Failure>,
}

/// What kind of write an operation carries out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpKind {
    Create,
    Update,
    Delete,
    /// A POST action (key vault purge) whose monitor ends with a fixed body.
    Action,
}

/// How an ended operation ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Succeeded,
    Failed(ArmError),
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    pub id: String,
    pub kind: OpKind,
    pub mode: LroMode,
    /// Case-folded ID of the resource it acts on.
    pub resource_key: String,
    pub arm_type: String,
    pub polls_left: u32,
    pub not_before: Instant,
    pub started: String,
    pub ended: Option<String>,
    pub outcome: Option<Outcome>,
    pub fail: Option<Failure>,
    pub retry_after: Option<u64>,
    /// The monitor URL (absolute or relative, as handed out).
    pub monitor_url: String,
    /// For Location-mode DELETEs: the status of the final answer (200 or 204).
    pub delete_done_status: u16,
    /// For actions: the body of the final answer.
    pub final_body: Option<Bytes>,
}

/// The result of looking at an operation.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    InProgress,
    /// The operation ended at this observation (the caller applies its effect).
    JustEnded(Outcome),
    Ended(Outcome),
}

impl Operation {
    /// An observation (a GET of the monitor or of the resource): may end the operation.
    pub fn observe(&mut self, now: Instant) -> Progress {
        self.advance(now, true)
    }

    /// A check by a write: ends the operation only if nothing is left to wait for.
    pub fn settle(&mut self, now: Instant) -> Progress {
        self.advance(now, false)
    }

    fn advance(&mut self, now: Instant, counts: bool) -> Progress {
        if let Some(outcome) = &self.outcome {
            return Progress::Ended(outcome.clone());
        }
        if self.polls_left > 0 {
            if counts {
                self.polls_left -= 1;
            }
            return Progress::InProgress;
        }
        if now < self.not_before {
            return Progress::InProgress;
        }
        let outcome = match &self.fail {
            Some(f) => Outcome::Failed(f.error()),
            None => Outcome::Succeeded,
        };
        self.outcome = Some(outcome.clone());
        self.ended = Some(crate::now_rfc3339());
        Progress::JustEnded(outcome)
    }
}

/// Operations by ID. Ended operations are kept (clients may poll again) up to a bound.
#[derive(Debug, Default)]
pub struct Operations {
    ops: HashMap<String, Operation>,
    order: std::collections::VecDeque<String>,
}

/// How many operations are remembered.
const KEEP: usize = 100_000;

impl Operations {
    pub fn insert(&mut self, op: Operation) {
        self.order.push_back(op.id.clone());
        self.ops.insert(op.id.clone(), op);
        while self.order.len() > KEEP {
            if let Some(old) = self.order.pop_front() {
                self.ops.remove(&old);
            }
        }
    }

    pub fn get(&self, id: &str) -> Option<&Operation> {
        self.ops.get(id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Operation> {
        self.ops.get_mut(id)
    }

    pub fn clear(&mut self) {
        self.ops.clear();
        self.order.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(polls: u32, fail: Option<Failure>) -> Operation {
        Operation {
            id: "1".into(),
            kind: OpKind::Create,
            mode: LroMode::AsyncOperation,
            resource_key: "/x".into(),
            arm_type: "T/x".into(),
            polls_left: polls,
            not_before: Instant::now(),
            started: "t".into(),
            ended: None,
            outcome: None,
            fail,
            retry_after: None,
            monitor_url: "/m".into(),
            delete_done_status: 200,
            final_body: None,
        }
    }

    #[test]
    fn polls_count_observations_not_writes() {
        let mut o = op(2, None);
        let now = Instant::now();
        assert_eq!(o.settle(now), Progress::InProgress);
        assert_eq!(o.observe(now), Progress::InProgress);
        assert_eq!(o.observe(now), Progress::InProgress);
        assert_eq!(o.settle(now), Progress::JustEnded(Outcome::Succeeded));
        assert_eq!(o.observe(now), Progress::Ended(Outcome::Succeeded));
    }

    #[test]
    fn failures_end_failed_and_durations_hold() {
        let mut o = op(
            0,
            Some(Failure {
                status: 409,
                code: "Conflict".into(),
                message: "m".into(),
            }),
        );
        o.not_before = Instant::now() + Duration::from_secs(60);
        assert_eq!(o.observe(Instant::now()), Progress::InProgress);
        let later = Instant::now() + Duration::from_secs(61);
        assert!(
            matches!(o.observe(later), Progress::JustEnded(Outcome::Failed(e)) if e.code == "Conflict")
        );
    }

    #[test]
    fn settings_layer() {
        let global = LroSettings {
            polls: Some(3),
            create: Some(LroMode::Location),
            ..Default::default()
        };
        let per_type = LroSettings {
            create: Some(LroMode::Sync),
            ..Default::default()
        };
        let merged = per_type.over(&global);
        assert_eq!(merged.create, Some(LroMode::Sync));
        assert_eq!(merged.polls, Some(3));
    }
}

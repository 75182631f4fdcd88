//! Long-running operations: how a PUT or DELETE answers (at once, or 201/202 with a status
//! monitor), how long an operation runs, and the operations in flight.
//!
//! Azure finishes an operation whether or not anyone polls it, so by default an operation ends a
//! set time after it started (`durationMs`, per ARM type and per create/update/delete; short
//! defaults): a client that stops polling still sees the resource finish on its next GET, and
//! one that polls too often gains nothing. Tests that want determinism choose
//! poll-counted progress instead (`progress: polls`, or any `polls` setting): the operation stays
//! in progress for `polls` observations (GETs of its monitor, or of the resource in
//! provisioning-state mode) and at least `minDurationMs`. Writes never advance an operation.
//! Everything is configurable per ARM type and per test ([`LroSettings`]); the defaults per type
//! reproduce the answer shapes of ASO's recordings (see `profile.rs`).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
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

/// What makes an operation progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ProgressMode {
    /// Time, as in Azure: the operation ends `durationMs` after it started, polled or not.
    #[default]
    Time,
    /// Observations: `polls` looks at it, and at least `minDurationMs` (deterministic tests).
    Polls,
}

/// Durations in milliseconds per kind of write; in YAML either one number for all three or
/// `{create, update, delete}` (each optional).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Durations {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete: Option<u64>,
}

impl Durations {
    /// The same duration for every kind of write.
    pub fn all(ms: u64) -> Durations {
        Durations {
            create: Some(ms),
            update: Some(ms),
            delete: Some(ms),
        }
    }

    fn over(&self, lower: &Durations) -> Durations {
        Durations {
            create: self.create.or(lower.create),
            update: self.update.or(lower.update),
            delete: self.delete.or(lower.delete),
        }
    }

    fn of(&self, kind: &OpKind) -> Option<u64> {
        match kind {
            OpKind::Create => self.create,
            OpKind::Update => self.update,
            OpKind::Delete => self.delete,
            OpKind::Action => Some(0),
        }
    }
}

impl<'de> Deserialize<'de> for Durations {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Durations, D::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        struct Each {
            create: Option<u64>,
            update: Option<u64>,
            delete: Option<u64>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            All(u64),
            Each(Each),
        }
        match Either::deserialize(d).map_err(|_| {
            serde::de::Error::custom(
                "durationMs must be milliseconds (a number) or {create, update, delete} in milliseconds",
            )
        })? {
            Either::All(ms) => Ok(Durations::all(ms)),
            Either::Each(e) => Ok(Durations {
                create: e.create,
                update: e.update,
                delete: e.delete,
            }),
        }
    }
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
    /// What makes operations progress. Unset: `polls` when a test sets `polls`, otherwise `time`.
    pub progress: Option<ProgressMode>,
    /// Time-based progress: how long operations run, in milliseconds.
    pub duration_ms: Option<Durations>,
    /// Poll-counted progress: observations that still see the operation in progress.
    pub polls: Option<u32>,
    /// Poll-counted progress: minimum time in progress.
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
            progress: self.progress.or(lower.progress),
            duration_ms: match (&self.duration_ms, &lower.duration_ms) {
                (Some(a), Some(b)) => Some(a.over(b)),
                (a, b) => a.or(*b),
            },
            polls: self.polls.or(lower.polls),
            min_duration_ms: self.min_duration_ms.or(lower.min_duration_ms),
            retry_after: self.retry_after.or(lower.retry_after),
            relative_location: self.relative_location.or(lower.relative_location),
            fail: self.fail.clone().or_else(|| lower.fail.clone()),
        }
    }

    /// The progress a test's settings ask for: explicit, or poll-counted when they count polls.
    pub fn progress_mode(&self) -> ProgressMode {
        self.progress.unwrap_or(if self.polls.is_some() {
            ProgressMode::Polls
        } else {
            ProgressMode::Time
        })
    }

    /// When an operation of `kind` starting `now` may end.
    pub fn clock(&self, mode: ProgressMode, kind: &OpKind, now: Instant) -> Clock {
        match mode {
            ProgressMode::Time => {
                let ms = self
                    .duration_ms
                    .and_then(|d| d.of(kind))
                    .unwrap_or_default();
                Clock::Until(now + Duration::from_millis(ms))
            }
            ProgressMode::Polls => Clock::Polls {
                left: self.polls.unwrap_or(1),
                not_before: now + Duration::from_millis(self.min_duration_ms.unwrap_or(0)),
            },
        }
    }
}

/// When an operation ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// At this instant, whoever looks.
    Until(Instant),
    /// After `left` more observations, and not before `not_before`.
    Polls { left: u32, not_before: Instant },
}

/// The resolved behaviour for one write.
#[derive(Debug, Clone, PartialEq)]
pub struct Behaviour {
    pub mode: LroMode,
    pub clock: Clock,
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
    /// The subscription it runs in: its monitor answers only there.
    pub subscription: Option<String>,
    pub arm_type: String,
    pub clock: Clock,
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
pub enum Observed {
    InProgress,
    /// The operation ended at this observation (the caller applies its effect).
    JustEnded(Outcome),
    Ended(Outcome),
}

impl Operation {
    /// An observation (a GET of the monitor or of the resource): may end the operation.
    pub fn observe(&mut self, now: Instant) -> Observed {
        self.advance(now, true)
    }

    /// A check by a write: ends the operation only if nothing is left to wait for.
    pub fn settle(&mut self, now: Instant) -> Observed {
        self.advance(now, false)
    }

    fn advance(&mut self, now: Instant, counts: bool) -> Observed {
        if let Some(outcome) = &self.outcome {
            return Observed::Ended(outcome.clone());
        }
        let due = match &mut self.clock {
            Clock::Until(end) => now >= *end,
            Clock::Polls { left, .. } if *left > 0 => {
                if counts {
                    *left -= 1;
                }
                false
            }
            Clock::Polls { not_before, .. } => now >= *not_before,
        };
        if !due {
            return Observed::InProgress;
        }
        Observed::JustEnded(self.end())
    }

    /// Ends the operation now, in success or in its configured failure.
    fn end(&mut self) -> Outcome {
        let outcome = match &self.fail {
            Some(f) => Outcome::Failed(f.error()),
            None => Outcome::Succeeded,
        };
        self.outcome = Some(outcome.clone());
        self.ended = Some(crate::now_rfc3339());
        outcome
    }
}

/// Operations by ID. Ended operations are kept (clients may poll again) up to a bound; a
/// forgotten operation's monitor answers 404, as Azure's do once their results expire.
#[derive(Debug, Default)]
pub struct Operations {
    ops: HashMap<String, Operation>,
    order: VecDeque<String>,
    /// Timed operations by end, soonest first.
    due: BinaryHeap<Reverse<(Instant, String)>>,
    /// Running operations whose monitors are forgotten: they still end and take effect.
    hidden: HashMap<String, Operation>,
}

/// How many operations are remembered.
const KEEP: usize = 100_000;

impl Operations {
    pub fn insert(&mut self, op: Operation) {
        if let Clock::Until(end) = op.clock {
            self.due.push(Reverse((end, op.id.clone())));
        }
        self.order.push_back(op.id.clone());
        self.ops.insert(op.id.clone(), op);
        while self.order.len() > KEEP {
            if let Some(old) = self.order.pop_front()
                && let Some(op) = self.ops.remove(&old)
                && op.outcome.is_none()
            {
                self.hidden.insert(old, op);
            }
        }
    }

    /// Any operation held, monitor forgotten or not.
    pub fn find(&self, id: &str) -> Option<&Operation> {
        self.ops.get(id).or_else(|| self.hidden.get(id))
    }

    /// An operation whose monitor still answers.
    pub fn get(&self, id: &str) -> Option<&Operation> {
        self.ops.get(id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Operation> {
        self.ops.get_mut(id)
    }

    /// An operation still running, monitor forgotten or not (for the resource it acts on).
    pub fn running(&self, id: &str) -> Option<&Operation> {
        self.ops
            .get(id)
            .or_else(|| self.hidden.get(id))
            .filter(|op| op.outcome.is_none())
    }

    pub fn running_mut(&mut self, id: &str) -> Option<&mut Operation> {
        match self.ops.get_mut(id) {
            Some(op) => Some(op),
            None => self.hidden.get_mut(id),
        }
        .filter(|op| op.outcome.is_none())
    }

    /// Ends every timed operation whose time has come; returns their IDs (the caller applies
    /// their effects).
    pub fn end_due(&mut self, now: Instant) -> Vec<String> {
        let mut ended = Vec::new();
        while let Some(Reverse((end, _))) = self.due.peek() {
            if *end > now {
                break;
            }
            let Some(Reverse((_, id))) = self.due.pop() else {
                break;
            };
            if let Some(op) = self.running_mut(&id) {
                op.end();
                ended.push(id);
            }
        }
        ended
    }

    /// Forgets every monitor, as Azure does once results expire. Running timed operations still
    /// end on time; running poll-counted ones end now (nobody can poll them any more). Returns
    /// the IDs that ended now.
    pub fn forget(&mut self) -> Vec<String> {
        let mut ended = Vec::new();
        for (id, mut op) in self.ops.drain() {
            match (&op.outcome, op.clock) {
                (Some(_), _) => {}
                (None, Clock::Until(_)) => {
                    self.hidden.insert(id, op);
                }
                (None, Clock::Polls { .. }) => {
                    op.end();
                    self.hidden.insert(id.clone(), op);
                    ended.push(id);
                }
            }
        }
        self.order.clear();
        ended
    }

    /// Drops a finished operation whose monitor is forgotten (its effect applied).
    pub fn drop_hidden(&mut self, id: &str) {
        if self.hidden.get(id).is_some_and(|op| op.outcome.is_some()) {
            self.hidden.remove(id);
        }
    }

    pub fn clear(&mut self) {
        self.ops.clear();
        self.order.clear();
        self.due.clear();
        self.hidden.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(clock: Clock, fail: Option<Failure>) -> Operation {
        Operation {
            id: "1".into(),
            kind: OpKind::Create,
            mode: LroMode::AsyncOperation,
            resource_key: "/x".into(),
            subscription: None,
            arm_type: "T/x".into(),
            clock,
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
        let now = Instant::now();
        let mut o = op(
            Clock::Polls {
                left: 2,
                not_before: now,
            },
            None,
        );
        assert_eq!(o.settle(now), Observed::InProgress);
        assert_eq!(o.observe(now), Observed::InProgress);
        assert_eq!(o.observe(now), Observed::InProgress);
        assert_eq!(o.settle(now), Observed::JustEnded(Outcome::Succeeded));
        assert_eq!(o.observe(now), Observed::Ended(Outcome::Succeeded));
    }

    #[test]
    fn time_ends_an_operation_whether_or_not_it_is_observed() {
        let now = Instant::now();
        let mut o = op(
            Clock::Until(now + Duration::from_secs(60)),
            Some(Failure {
                status: 409,
                code: "Conflict".into(),
                message: "m".into(),
            }),
        );
        for _ in 0..5 {
            assert_eq!(o.observe(now), Observed::InProgress);
        }
        let later = now + Duration::from_secs(61);
        assert!(
            matches!(o.settle(later), Observed::JustEnded(Outcome::Failed(e)) if e.code == "Conflict")
        );
        let mut ops = Operations::default();
        let mut a = op(Clock::Until(now + Duration::from_millis(10)), None);
        a.id = "a".into();
        let mut b = op(Clock::Until(now + Duration::from_secs(60)), None);
        b.id = "b".into();
        ops.insert(b);
        ops.insert(a);
        assert_eq!(ops.end_due(now), Vec::<String>::new());
        assert_eq!(ops.end_due(now + Duration::from_millis(10)), vec!["a"]);
        assert_eq!(ops.get("a").unwrap().outcome, Some(Outcome::Succeeded));
        assert!(ops.get("b").unwrap().outcome.is_none());
    }

    #[test]
    fn forgotten_monitors_answer_nothing_but_operations_still_end() {
        let now = Instant::now();
        let mut ops = Operations::default();
        let mut timed = op(Clock::Until(now + Duration::from_millis(5)), None);
        timed.id = "timed".into();
        let mut counted = op(
            Clock::Polls {
                left: 3,
                not_before: now,
            },
            None,
        );
        counted.id = "counted".into();
        ops.insert(timed);
        ops.insert(counted);
        assert_eq!(ops.forget(), vec!["counted"]);
        assert!(ops.get("timed").is_none() && ops.get("counted").is_none());
        assert!(ops.running("timed").is_some());
        assert!(ops.running("counted").is_none(), "ended at once");
        assert_eq!(ops.end_due(now + Duration::from_millis(5)), vec!["timed"]);
        ops.drop_hidden("timed");
        assert!(ops.running("timed").is_none());
    }

    #[test]
    fn settings_layer() {
        let global = LroSettings {
            polls: Some(3),
            create: Some(LroMode::Location),
            duration_ms: Some(Durations {
                create: Some(5),
                ..Default::default()
            }),
            ..Default::default()
        };
        let per_type = LroSettings {
            create: Some(LroMode::Sync),
            duration_ms: Some(Durations {
                delete: Some(7),
                ..Default::default()
            }),
            ..Default::default()
        };
        let merged = per_type.over(&global);
        assert_eq!(merged.create, Some(LroMode::Sync));
        assert_eq!(merged.polls, Some(3));
        assert_eq!(
            merged.duration_ms,
            Some(Durations {
                create: Some(5),
                update: None,
                delete: Some(7)
            })
        );
        assert_eq!(merged.progress_mode(), ProgressMode::Polls);
        assert_eq!(LroSettings::default().progress_mode(), ProgressMode::Time);
        let explicit = LroSettings {
            progress: Some(ProgressMode::Time),
            polls: Some(2),
            ..Default::default()
        };
        assert_eq!(explicit.progress_mode(), ProgressMode::Time);
    }

    #[test]
    fn durations_read_as_one_number_or_per_kind() {
        let all: LroSettings = serde_json::from_str(r#"{"durationMs": 250}"#).unwrap();
        assert_eq!(all.duration_ms, Some(Durations::all(250)));
        let each: LroSettings =
            serde_json::from_str(r#"{"durationMs": {"create": 1000, "delete": 10}}"#).unwrap();
        assert_eq!(each.duration_ms.unwrap().of(&OpKind::Create), Some(1000));
        assert_eq!(each.duration_ms.unwrap().of(&OpKind::Update), None);
        let err = serde_json::from_str::<LroSettings>(r#"{"durationMs": {"craete": 1}}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("durationMs must be"), "{err}");
        let round: LroSettings =
            serde_json::from_str(&serde_json::to_string(&each).unwrap()).unwrap();
        assert_eq!(round, each);
    }
}

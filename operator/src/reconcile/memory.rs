//! What the operator remembers about an object between reconciles (in memory only: after a
//! restart, the first reconcile of a Ready resource costs one GET and a comparison).

use std::time::Instant;

use crate::arm::lro::Operation;
use crate::controller::index::Dependency;

#[derive(Debug, Clone, Default)]
pub struct ObjectMemory {
    /// Failed attempts in a row, for backoff.
    pub attempts: u32,
    /// The last time Azure was known to match the spec.
    pub synced: Option<Synced>,
    /// A fatal failure: no retry until the generation or the annotations change, or something
    /// the object depends on changes.
    pub fatal: Option<FatalMark>,
    /// The long-running operation in progress (also stored on the object for restarts).
    pub operation: Option<Operation>,
    /// The (generation, body hash) Azure accepted last; a failure after the PUT (reading it
    /// back, writing status) then costs a GET on retry, not another PUT.
    pub applied: Option<(i64, u64)>,
    /// An operation was forgotten without knowing how it ended (its monitor is gone, or its
    /// record on the object did not verify): GET before any PUT.
    pub verify_first: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Synced {
    pub generation: i64,
    /// Hash of the annotations then (policy, credential).
    pub annotations_hash: u64,
    /// Hash of the ARM body that matched (secret values included: a changed secret is a new
    /// body).
    pub body_hash: u64,
    /// What the reconcile read, kept so a reconcile that stops early records it again.
    pub dependencies: Vec<Dependency>,
    /// When drift detection is due.
    pub next_check: Instant,
}

/// The object a fatal failure happened with: its generation and the annotations its user
/// wrote. It is retried when either changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FatalMark {
    pub generation: i64,
    pub annotations_hash: u64,
}

impl FatalMark {
    pub fn of(obj: &kube::api::DynamicObject) -> FatalMark {
        FatalMark {
            generation: super::object::generation(obj),
            annotations_hash: super::apply::user_annotations_hash(obj),
        }
    }
}

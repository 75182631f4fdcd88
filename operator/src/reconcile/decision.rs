//! The decision at the heart of a reconcile: poll an operation, do nothing, read Azure, compare
//! with Azure, or PUT. A pure function of what is observed (the object, this process's memory
//! of it, the prepared body), so every case is a line in a table test. `apply.rs` gathers the
//! observations and carries the decision out.

use aso_runtime::annotations::ReconcilePolicy;

/// What a reconcile knows when it decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Observed {
    /// The `reconcile-policy` annotation; `Err` names an unrecognised value.
    pub policy: Result<ReconcilePolicy, String>,
    pub generation: i64,
    /// The hash of the ARM body the spec and its inputs (Secrets, ConfigMaps, references) make.
    pub body_hash: u64,
    /// The object says Ready=True for this generation.
    pub ready: bool,
    /// The object records that this generation reached Azure before (ASO's
    /// `latest-reconciled-generation`), though it may no longer say Ready: a transient failure
    /// that sent nothing (an owner not yet confirmed) replaced ASO's Ready=True. Unsigned, so it
    /// only ever makes the operator look before writing: a forged value costs one GET.
    pub reconciled: bool,
    /// The body holds Secret values, which a GET never returns.
    pub secret_inputs: bool,
    /// A long-running operation of ours is in flight.
    pub operation: bool,
    /// The operation of this generation's PUT has just finished.
    pub completed_put: bool,
    /// When this process last saw Azure match: for which generation and body, and whether drift
    /// detection is due.
    pub synced: Option<Synced>,
    /// The (generation, body hash) Azure accepted last without the reconcile finishing.
    pub applied: Option<(i64, u64)>,
    /// An operation was forgotten (its monitor is gone, or its record did not verify): look at
    /// Azure before writing.
    pub verify_first: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Synced {
    pub generation: i64,
    pub body_hash: u64,
    pub due: bool,
}

/// Why a PUT is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PutReason {
    /// Never succeeded for this generation.
    Spec,
    /// A Secret, ConfigMap or referenced value changed.
    Inputs,
    /// Azure differs from the spec (or the resource is gone).
    Drift,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// The policy annotation is not one we know: nothing is sent to Azure; the message says why.
    Refuse(String),
    /// Follow the operation in flight; never send the request again meanwhile.
    Poll,
    /// Nothing changed and no sync is due.
    Unchanged,
    /// `skip`: read the resource into status; never write it.
    ReadOnly,
    /// The PUT finished: read the resource into status.
    Read,
    /// Read the resource and compare it with the body; PUT only if Azure differs.
    Compare,
    Put(PutReason),
}

/// Decides what a reconcile of a live (not deleting) object does.
pub fn decide(o: &Observed) -> Decision {
    let policy = match &o.policy {
        Err(why) => return Decision::Refuse(why.clone()),
        Ok(p) => *p,
    };
    if policy == ReconcilePolicy::Skip {
        return Decision::ReadOnly;
    }
    if o.operation {
        return Decision::Poll;
    }
    if o.completed_put {
        return Decision::Read;
    }
    // This process's memory is the authority on what it last made Azure match: the object may
    // not show our own latest status write yet.
    if let Some(synced) = o.synced.filter(|s| s.generation == o.generation) {
        return if synced.body_hash != o.body_hash {
            Decision::Put(PutReason::Inputs)
        } else if synced.due {
            Decision::Compare
        } else {
            Decision::Unchanged
        };
    }
    if o.verify_first {
        return Decision::Compare;
    }
    if !o.ready && !o.reconciled {
        return if o.applied == Some((o.generation, o.body_hash)) {
            // Azure took this body; what failed came after (reading it back, status).
            Decision::Compare
        } else {
            Decision::Put(PutReason::Spec)
        };
    }
    // Ready (or reconciled before), but this process has no memory of it (a restart, or a
    // cluster taken over from ASO).
    if o.secret_inputs {
        // Secret values are never returned by GET; we cannot tell they still match.
        Decision::Put(PutReason::Inputs)
    } else {
        Decision::Compare
    }
}

/// What a GET found, for [`after_compare`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The resource does not exist.
    Missing,
    /// It exists with an operation running (a non-terminal `provisioningState`).
    Busy,
    /// It exists; `differs` when drift detection found differences.
    Present { differs: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterCompare {
    Put(PutReason),
    /// Azure matches: record the status.
    InSync,
    /// Something is changing it now; look again later rather than collide with it.
    Wait,
}

/// What to do after comparing. A resource that is missing is created again; one that is busy
/// is waited for (a PUT now would meet `AnotherOperationInProgress`).
pub fn after_compare(o: &Observed, found: Found) -> AfterCompare {
    let ours = if o.ready || o.reconciled || o.synced.is_some() {
        PutReason::Drift
    } else {
        PutReason::Spec
    };
    match found {
        Found::Missing => AfterCompare::Put(ours),
        Found::Busy => AfterCompare::Wait,
        Found::Present { differs: true } => AfterCompare::Put(ours),
        Found::Present { differs: false } => AfterCompare::InSync,
    }
}

/// Where a deleted object's resource is, as far as the operator trusts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    /// No `resource-id`: nothing was ever sent to Azure.
    Nothing,
    /// The ARM ID the operator recorded (signed), or an unsigned one equal to what the spec
    /// derives (ASO's objects).
    Trusted(String),
    /// An unsigned `resource-id` whose owner object is gone, so it cannot be checked: Azure
    /// deleted the resource with its parent.
    OwnerGone(String),
    /// A `resource-id` that is neither signed nor what the spec derives: changed by someone.
    Changed { recorded: String, derived: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteDecision {
    /// Remove the finalizer; send nothing to Azure. The text says why, for the log.
    Release(String),
    /// Send nothing and keep the finalizer: the message (for the condition) says what to fix.
    Refuse {
        reason: &'static str,
        message: String,
    },
    /// Follow the DELETE in flight.
    Poll,
    Delete(String),
}

/// The reason of a refused deletion whose policy annotation is unrecognised.
pub const UNKNOWN_POLICY: &str = "InvalidAnnotation";
/// The reason of a refused deletion whose `resource-id` changed.
pub const ID_CHANGED: &str = "AzureResourceIdChanged";

/// Decides what deleting an object does. Stricter than ASO on purpose: an unrecognised
/// `reconcile-policy` (ASO treats it as `manage`) deletes nothing, and a `resource-id` that
/// changed behind the operator's back is never a target.
pub fn decide_delete(
    policy: &Result<ReconcilePolicy, String>,
    recorded: &Recorded,
    operation: bool,
    sends_delete: bool,
) -> DeleteDecision {
    match policy {
        Err(why) => {
            return DeleteDecision::Refuse {
                reason: UNKNOWN_POLICY,
                message: format!(
                    "{why}. Nothing is deleted in Azure while the policy is not recognised; fix the annotation, or remove it to delete as manage does"
                ),
            };
        }
        Ok(ReconcilePolicy::Skip | ReconcilePolicy::DetachOnDelete) => {
            return DeleteDecision::Release("the policy leaves the Azure resource in place".into());
        }
        Ok(ReconcilePolicy::Manage) => {}
    }
    if operation {
        return DeleteDecision::Poll;
    }
    match recorded {
        Recorded::Nothing => DeleteDecision::Release("nothing was created in Azure".into()),
        Recorded::OwnerGone(id) => DeleteDecision::Release(format!(
            "the owner is gone, and {id} (not recorded by this operator) with it"
        )),
        Recorded::Changed { recorded, derived } => DeleteDecision::Refuse {
            reason: ID_CHANGED,
            message: format!(
                "the resource-id annotation says {recorded}, but this object's resource is {derived}; nothing is deleted until the annotation is restored (or the reconcile-policy set to detach-on-delete)"
            ),
        },
        Recorded::Trusted(_) if !sends_delete => {
            DeleteDecision::Release("Azure has no DELETE for this type".into())
        }
        Recorded::Trusted(id) => DeleteDecision::Delete(id.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn observed() -> Observed {
        Observed {
            policy: Ok(ReconcilePolicy::Manage),
            generation: 2,
            body_hash: 7,
            ready: false,
            reconciled: false,
            secret_inputs: false,
            operation: false,
            completed_put: false,
            synced: None,
            applied: None,
            verify_first: false,
        }
    }

    fn synced(generation: i64, body_hash: u64, due: bool) -> Option<Synced> {
        Some(Synced {
            generation,
            body_hash,
            due,
        })
    }

    #[test]
    fn the_put_decision() {
        use Decision::*;
        use PutReason::*;
        let o = observed;
        let cases: Vec<(&str, Observed, Decision)> = vec![
            ("new", o(), Put(Spec)),
            (
                "unchanged",
                Observed {
                    ready: true,
                    synced: synced(2, 7, false),
                    ..o()
                },
                Unchanged,
            ),
            (
                "generation changed",
                Observed {
                    synced: synced(1, 7, false),
                    ..o()
                },
                Put(Spec),
            ),
            (
                "generation changed, old Ready",
                Observed {
                    ready: false,
                    synced: synced(1, 5, true),
                    ..o()
                },
                Put(Spec),
            ),
            (
                "input Secret changed",
                Observed {
                    ready: true,
                    synced: synced(2, 6, false),
                    ..o()
                },
                Put(Inputs),
            ),
            (
                "sync due: drift check",
                Observed {
                    ready: true,
                    synced: synced(2, 7, true),
                    ..o()
                },
                Compare,
            ),
            (
                "operation in flight",
                Observed {
                    operation: true,
                    ..o()
                },
                Poll,
            ),
            (
                "operation in flight, spec changed meanwhile",
                Observed {
                    operation: true,
                    synced: synced(1, 3, false),
                    ..o()
                },
                Poll,
            ),
            (
                "operation of this generation finished",
                Observed {
                    completed_put: true,
                    ..o()
                },
                Read,
            ),
            (
                "failed after a PUT Azure took",
                Observed {
                    applied: Some((2, 7)),
                    ..o()
                },
                Compare,
            ),
            (
                "failed after a PUT of another body",
                Observed {
                    applied: Some((2, 6)),
                    ..o()
                },
                Put(Spec),
            ),
            ("restart, Ready", Observed { ready: true, ..o() }, Compare),
            (
                "taken over: reconciled by ASO, Ready lost to a wait that sent nothing",
                Observed {
                    reconciled: true,
                    ..o()
                },
                Compare,
            ),
            (
                "taken over, Secret inputs",
                Observed {
                    reconciled: true,
                    secret_inputs: true,
                    ..o()
                },
                Put(Inputs),
            ),
            (
                "reconciled at an older generation",
                Observed {
                    reconciled: false,
                    synced: synced(1, 7, false),
                    ..o()
                },
                Put(Spec),
            ),
            (
                "restart, Ready, Secret inputs",
                Observed {
                    ready: true,
                    secret_inputs: true,
                    ..o()
                },
                Put(Inputs),
            ),
            (
                "operation forgotten: look first",
                Observed {
                    verify_first: true,
                    ..o()
                },
                Compare,
            ),
            (
                "skip",
                Observed {
                    policy: Ok(ReconcilePolicy::Skip),
                    ..o()
                },
                ReadOnly,
            ),
            (
                "skip with an operation stored",
                Observed {
                    policy: Ok(ReconcilePolicy::Skip),
                    operation: true,
                    ..o()
                },
                ReadOnly,
            ),
            (
                "manage",
                Observed {
                    policy: Ok(ReconcilePolicy::Manage),
                    ..o()
                },
                Put(Spec),
            ),
            (
                "detach-on-delete reconciles as manage",
                Observed {
                    policy: Ok(ReconcilePolicy::DetachOnDelete),
                    ready: true,
                    synced: synced(2, 7, true),
                    ..o()
                },
                Compare,
            ),
            (
                "unrecognised policy",
                Observed {
                    policy: Err("detach-on-Delete".into()),
                    operation: true,
                    ..o()
                },
                Refuse("detach-on-Delete".into()),
            ),
        ];
        for (name, observed, expected) in cases {
            assert_eq!(decide(&observed), expected, "{name}");
        }
    }

    #[test]
    fn after_comparing() {
        let new = observed();
        let known = Observed {
            ready: true,
            ..observed()
        };
        assert_eq!(
            after_compare(&new, Found::Missing),
            AfterCompare::Put(PutReason::Spec)
        );
        assert_eq!(
            after_compare(&known, Found::Missing),
            AfterCompare::Put(PutReason::Drift)
        );
        let taken_over = Observed {
            reconciled: true,
            ..observed()
        };
        assert_eq!(
            after_compare(&taken_over, Found::Missing),
            AfterCompare::Put(PutReason::Drift)
        );
        assert_eq!(after_compare(&known, Found::Busy), AfterCompare::Wait);
        assert_eq!(
            after_compare(&known, Found::Present { differs: true }),
            AfterCompare::Put(PutReason::Drift)
        );
        assert_eq!(
            after_compare(&new, Found::Present { differs: false }),
            AfterCompare::InSync
        );
    }

    #[test]
    fn the_delete_decision() {
        let manage = Ok(ReconcilePolicy::Manage);
        let id = "/subscriptions/s/resourceGroups/rg".to_string();
        let trusted = Recorded::Trusted(id.clone());
        let changed = Recorded::Changed {
            recorded: "/subscriptions/s/resourceGroups/victim".into(),
            derived: id.clone(),
        };
        assert_eq!(
            decide_delete(&manage, &trusted, false, true),
            DeleteDecision::Delete(id.clone())
        );
        assert_eq!(
            decide_delete(&manage, &trusted, true, true),
            DeleteDecision::Poll
        );
        assert!(matches!(
            decide_delete(&manage, &Recorded::Nothing, false, true),
            DeleteDecision::Release(_)
        ));
        assert!(matches!(
            decide_delete(&manage, &trusted, false, false),
            DeleteDecision::Release(_)
        ));
        assert!(matches!(
            decide_delete(&manage, &Recorded::OwnerGone(id.clone()), false, true),
            DeleteDecision::Release(_)
        ));
        assert!(matches!(
            decide_delete(&manage, &changed, false, true),
            DeleteDecision::Refuse {
                reason: ID_CHANGED,
                ..
            }
        ));
        for policy in [ReconcilePolicy::Skip, ReconcilePolicy::DetachOnDelete] {
            assert!(matches!(
                decide_delete(&Ok(policy), &trusted, true, true),
                DeleteDecision::Release(_)
            ));
        }
        // A misspelt policy never deletes, whatever else holds.
        for recorded in [&trusted, &changed, &Recorded::Nothing] {
            for operation in [false, true] {
                let d = decide_delete(&Err("detach-on-Delete".into()), recorded, operation, true);
                assert!(
                    matches!(
                        d,
                        DeleteDecision::Refuse {
                            reason: UNKNOWN_POLICY,
                            ..
                        }
                    ),
                    "{d:?}"
                );
            }
        }
    }
}

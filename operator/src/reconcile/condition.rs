//! The Ready condition as ASO writes it: True with reason `Succeeded`; False with a severity
//! (Error: waits for a spec change; Warning: retried; Info: in progress) and the reason (an ARM
//! error code, or one of the operator's own such as `WaitingForOwner`).

use aso_runtime::condition::{Condition, ConditionStatus, READY, Severity};

pub const SUCCEEDED: &str = "Succeeded";
pub const RECONCILING: &str = "Reconciling";
pub const DELETING: &str = "Deleting";

pub fn ready_true(generation: i64) -> Condition {
    Condition {
        type_: READY.into(),
        status: ConditionStatus::True,
        severity: None,
        reason: Some(SUCCEEDED.into()),
        message: None,
        observed_generation: Some(generation),
        last_transition_time: String::new(),
    }
}

pub fn ready_false(severity: Severity, reason: &str, message: &str, generation: i64) -> Condition {
    Condition {
        type_: READY.into(),
        status: ConditionStatus::False,
        severity: Some(severity),
        reason: Some(reason.into()),
        message: Some(message.into()),
        observed_generation: Some(generation),
        last_transition_time: String::new(),
    }
}

/// `new` with its transition time: kept from `old` when the status did not change, now otherwise.
pub fn stamp(new: Condition, old: Option<&Condition>, now: &str) -> Condition {
    let last_transition_time = match old {
        Some(old) if old.status == new.status && !old.last_transition_time.is_empty() => {
            old.last_transition_time.clone()
        }
        _ => now.to_string(),
    };
    Condition {
        last_transition_time,
        ..new
    }
}

pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc())
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transition_time_moves_only_with_status() {
        let old = stamp(ready_false(Severity::Warning, "A", "m", 1), None, "t1");
        let same = stamp(
            ready_false(Severity::Warning, "B", "m2", 1),
            Some(&old),
            "t2",
        );
        assert_eq!(same.last_transition_time, "t1");
        let flipped = stamp(ready_true(1), Some(&same), "t3");
        assert_eq!(flipped.last_transition_time, "t3");
        assert_eq!(flipped.reason.as_deref(), Some(SUCCEEDED));
        assert_eq!(flipped.severity, None);
    }

    #[test]
    fn serialises_as_aso_does() {
        let c = stamp(
            ready_false(Severity::Error, "BadRequest", "nope", 3),
            None,
            "2001-02-03T04:05:06Z",
        );
        let v = serde_json::to_value(&c).unwrap();
        assert_eq!(v["type"], "Ready");
        assert_eq!(v["status"], "False");
        assert_eq!(v["severity"], "Error");
        assert_eq!(v["observedGeneration"], 3);
        let ok = serde_json::to_value(ready_true(3)).unwrap();
        assert!(ok.get("severity").is_none());
    }
}

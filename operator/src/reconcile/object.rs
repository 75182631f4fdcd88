//! Reading an object of any kind (`DynamicObject`): spec, generation, annotations, the Ready
//! condition.

use kube::api::DynamicObject;
use serde_json::Value;

use aso_runtime::annotations::{self, ReconcilePolicy};
use aso_runtime::condition::{Condition, READY};

pub fn spec(obj: &DynamicObject) -> &Value {
    obj.data.get("spec").unwrap_or(&Value::Null)
}

pub fn status(obj: &DynamicObject) -> Option<&Value> {
    obj.data.get("status").filter(|v| v.is_object())
}

pub fn generation(obj: &DynamicObject) -> i64 {
    obj.metadata.generation.unwrap_or(0)
}

pub fn name(obj: &DynamicObject) -> &str {
    obj.metadata.name.as_deref().unwrap_or("")
}

pub fn namespace(obj: &DynamicObject) -> &str {
    obj.metadata.namespace.as_deref().unwrap_or("")
}

pub fn annotation<'o>(obj: &'o DynamicObject, key: &str) -> Option<&'o str> {
    obj.metadata
        .annotations
        .as_ref()
        .and_then(|a| a.get(key))
        .map(String::as_str)
}

pub fn has_finalizer(obj: &DynamicObject) -> bool {
    obj.metadata
        .finalizers
        .as_ref()
        .is_some_and(|f| f.iter().any(|x| x == annotations::FINALIZER))
}

pub fn is_deleting(obj: &DynamicObject) -> bool {
    obj.metadata.deletion_timestamp.is_some()
}

pub fn policy(obj: &DynamicObject) -> Result<ReconcilePolicy, String> {
    match annotation(obj, annotations::RECONCILE_POLICY) {
        None => Ok(ReconcilePolicy::Manage),
        Some(value) => value.trim().parse(),
    }
}

/// The conditions in `status.conditions`.
pub fn conditions(obj: &DynamicObject) -> Vec<Value> {
    status(obj)
        .and_then(|s| s.get("conditions"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

pub fn ready(obj: &DynamicObject) -> Option<Condition> {
    conditions(obj)
        .into_iter()
        .find(|c| c.get("type").and_then(Value::as_str) == Some(READY))
        .and_then(|c| serde_json::from_value(c).ok())
}

/// Ready=True for the current generation.
pub fn is_ready(obj: &DynamicObject) -> bool {
    ready(obj).is_some_and(|c| {
        c.status == aso_runtime::condition::ConditionStatus::True
            && c.observed_generation.is_none_or(|g| g == generation(obj))
    })
}

/// The generation ASO recorded as reconciled (`latest-reconciled-generation`), when it did.
pub fn reconciled_generation(obj: &DynamicObject) -> Option<i64> {
    annotation(obj, annotations::LATEST_RECONCILED_GENERATION)?
        .trim()
        .parse()
        .ok()
}

/// `kind namespace/name` for messages and logs.
pub fn describe(kind: &str, obj: &DynamicObject) -> String {
    format!("{kind} {}/{}", namespace(obj), name(obj))
}

//! Compute (`compute.azure.com`), as ASO customises it.
//!
//! - A scale set's extensions live in its own body (`virtualMachineProfile.extensionProfile.
//!   extensions`), also those made as `VirtualMachineScaleSetsExtension` objects: a PUT of the
//!   scale set without them would remove them. Every PUT therefore carries the extensions Azure
//!   holds that the spec does not name, after the spec's own (ASO's `vmss_extensions.go`, which
//!   merges by name the same way) ([`ScaleSet`]).
//! - Virtual machines and scale sets answer `OperationNotAllowed` mostly when a quota is
//!   exhausted ("Operation could not be completed as it results in exceeding approved ... Cores
//!   quota"), which frees up with time: retried, not fatal (ASO's `ClassifyError` of both).

use serde_json::{Map, Value};

use super::{Extension, Put};
use crate::arm::{ArmError, Class};
use crate::reconcile::failure::Failure;

/// Where a scale set's body holds its extensions.
const EXTENSIONS: [&str; 4] = [
    "properties",
    "virtualMachineProfile",
    "extensionProfile",
    "extensions",
];

/// Quota errors of virtual machines and scale sets: retried.
fn quota_retried(error: &ArmError) -> Option<Class> {
    error
        .code
        .eq_ignore_ascii_case("OperationNotAllowed")
        .then_some(Class::Retryable)
}

pub struct VirtualMachine;

impl Extension for VirtualMachine {
    fn classify_error(&self, error: &ArmError) -> Option<Class> {
        quota_retried(error)
    }
}

pub struct ScaleSet;

impl Extension for ScaleSet {
    fn modify_body<'a>(
        &'a self,
        put: &'a Put<'a>,
        body: &'a mut Value,
    ) -> futures::future::BoxFuture<'a, Result<(), Failure>> {
        Box::pin(async move {
            if let Some(current) = put.current_or_get().await? {
                keep_extensions(body, &current);
            }
            Ok(())
        })
    }

    fn classify_error(&self, error: &ArmError) -> Option<Class> {
        quota_retried(error)
    }
}

/// Appends to `body`'s extensions those of `current` whose names the body does not list.
pub fn keep_extensions(body: &mut Value, current: &Value) {
    let pointer = format!("/{}", EXTENSIONS.join("/"));
    let Some(held) = current.pointer(&pointer).and_then(Value::as_array) else {
        return;
    };
    if held.is_empty() {
        return;
    }
    let Some(mut at) = body.as_object_mut() else {
        return;
    };
    let (last, parents) = EXTENSIONS.split_last().expect("a path of four segments");
    for segment in parents {
        let next = at
            .entry(segment.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if next.is_null() {
            *next = Value::Object(Map::new());
        }
        let Some(next) = next.as_object_mut() else {
            return;
        };
        at = next;
    }
    let list = at
        .entry(last.to_string())
        .or_insert_with(|| Value::Array(Vec::new()));
    if list.is_null() {
        *list = Value::Array(Vec::new());
    }
    let Some(list) = list.as_array_mut() else {
        return;
    };
    let name = |e: &Value| e.get("name").and_then(Value::as_str).map(str::to_string);
    let named: Vec<String> = list.iter().filter_map(name).collect();
    for extension in held {
        match name(extension) {
            Some(n) if named.iter().any(|m| m.eq_ignore_ascii_case(&n)) => {}
            _ => list.push(extension.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn scale_set(extensions: Value) -> Value {
        json!({"location": "westus", "properties": {"virtualMachineProfile": {"extensionProfile": {"extensions": extensions}}}})
    }

    #[test]
    fn a_scale_set_keeps_the_extensions_azure_holds() {
        let azure = scale_set(json!([
            {"name": "health", "properties": {"type": "ApplicationHealthLinux"}},
            {"name": "script", "properties": {"type": "CustomScript", "typeHandlerVersion": "2.0"}},
        ]));
        // (spec body, extension names sent)
        let cases = [
            // No extensions in the spec: all of Azure's.
            (
                json!({"location": "westus", "properties": {"upgradePolicy": {"mode": "Manual"}}}),
                vec!["health", "script"],
            ),
            // An explicit null is no list either.
            (
                json!({"properties": {"virtualMachineProfile": {"extensionProfile": {"extensions": null}}}}),
                vec!["health", "script"],
            ),
            // The spec's first; Azure's of the same name (any case) give way to them.
            (
                scale_set(
                    json!([{"name": "Script", "properties": {"type": "CustomScript", "typeHandlerVersion": "2.1"}}]),
                ),
                vec!["Script", "health"],
            ),
            (
                scale_set(json!([{"name": "other"}])),
                vec!["other", "health", "script"],
            ),
        ];
        for (mut body, names) in cases {
            keep_extensions(&mut body, &azure);
            let sent: Vec<&str> = body
                .pointer("/properties/virtualMachineProfile/extensionProfile/extensions")
                .and_then(Value::as_array)
                .unwrap()
                .iter()
                .map(|e| e["name"].as_str().unwrap())
                .collect();
            assert_eq!(sent, names, "{body}");
        }
        // The spec's version wins.
        let mut body =
            scale_set(json!([{"name": "script", "properties": {"typeHandlerVersion": "2.1"}}]));
        keep_extensions(&mut body, &azure);
        assert_eq!(
            body.pointer("/properties/virtualMachineProfile/extensionProfile/extensions/0/properties/typeHandlerVersion"),
            Some(&json!("2.1"))
        );
    }

    #[test]
    fn nothing_held_in_azure_changes_nothing() {
        for azure in [
            json!({"location": "westus"}),
            scale_set(json!([])),
            scale_set(Value::Null),
        ] {
            let mut body = json!({"location": "westus"});
            keep_extensions(&mut body, &azure);
            assert_eq!(body, json!({"location": "westus"}));
        }
    }

    #[test]
    fn quota_errors_of_machines_and_scale_sets_are_retried() {
        let error = |status: u16, code: &str| {
            ArmError::from_response(
                status,
                None,
                format!(r#"{{"error":{{"code":"{code}","message":"Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota."}}}}"#).as_bytes(),
            )
        };
        // (error, class for a virtual machine and a scale set)
        let cases = [
            (error(409, "OperationNotAllowed"), Some(Class::Retryable)),
            (error(400, "operationnotallowed"), Some(Class::Retryable)),
            (error(400, "InvalidParameter"), None),
            (error(409, "SkuNotAvailable"), None),
        ];
        for (error, class) in cases {
            assert_eq!(VirtualMachine.classify_error(&error), class, "{error:?}");
            assert_eq!(ScaleSet.classify_error(&error), class, "{error:?}");
        }
    }
}

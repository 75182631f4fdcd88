//! AdmissionReview v1 (and v1beta1) as the server writes and reads it
//! (`webhook/request/admissionreview.go`), and the status a rejection becomes
//! (`webhook/errors/statuserror.go`).

use super::{Attributes, Operation};
use crate::error::ApiError;
use serde_json::{Value, json};

/// What a webhook answered, once checked.
pub struct Answer {
    pub allowed: bool,
    pub patch: Option<Vec<u8>>,
    pub patch_type: Option<String>,
    pub result: Option<Value>,
    pub warnings: Vec<String>,
}

/// The review to send, for the webhook's review version and the object at its version.
#[allow(clippy::too_many_arguments)]
pub fn request(
    review_version: &str,
    uid: &str,
    a: &Attributes<'_>,
    version: &str,
    kind: &str,
    object: Option<&Value>,
    old_object: Option<&Value>,
) -> Value {
    let rt = a.rt;
    let gvk = |v: &str| json!({"group": rt.group, "version": v, "kind": kind});
    let gvr = |v: &str| json!({"group": rt.group, "version": v, "resource": rt.plural});
    let mut req = json!({
        "uid": uid,
        "kind": gvk(version),
        "resource": gvr(version),
        "requestKind": gvk(&rt.version),
        "requestResource": gvr(&rt.version),
        "operation": a.operation.as_str(),
        "userInfo": {"username": "kubernetes-admin", "groups": ["system:masters", "system:authenticated"]},
        "object": object.cloned().unwrap_or(Value::Null),
        "oldObject": old_object.cloned().unwrap_or(Value::Null),
        "dryRun": a.dry_run,
        "options": a.options,
    });
    for (k, v) in [
        ("subResource", a.subresource),
        ("requestSubResource", a.subresource),
        ("name", a.name),
        ("namespace", a.namespace),
    ] {
        if !v.is_empty() {
            req[k] = json!(v);
        }
    }
    json!({
        "kind": "AdmissionReview",
        "apiVersion": format!("admission.k8s.io/{review_version}"),
        "request": req,
    })
}

/// `VerifyAdmissionResponse`.
pub fn verify(
    review_version: &str,
    uid: &str,
    mutating: bool,
    review: &Value,
) -> Result<Answer, String> {
    let r = match review.get("response") {
        Some(r) if r.is_object() => r,
        _ => return Err("webhook response was absent".into()),
    };
    let v1 = review_version == "v1";
    if v1 {
        let got = r["uid"].as_str().unwrap_or_default();
        if got != uid {
            return Err(format!("expected response.uid={uid:?}, got {got:?}"));
        }
        let (av, kind) = (
            review["apiVersion"].as_str().unwrap_or_default(),
            review["kind"].as_str().unwrap_or_default(),
        );
        if av != "admission.k8s.io/v1" || kind != "AdmissionReview" {
            return Err(format!(
                "expected webhook response of admission.k8s.io/v1, Kind=AdmissionReview, got {av}, Kind={kind}"
            ));
        }
    }
    let patch = match r["patch"].as_str() {
        Some(p) if !p.is_empty() => {
            use base64::Engine;
            Some(
                base64::engine::general_purpose::STANDARD
                    .decode(p)
                    .map_err(|e| format!("illegal base64 data: {e}"))?,
            )
        }
        _ => None,
    };
    let patch_type = r["patchType"].as_str().map(String::from);
    if mutating {
        if v1 {
            if patch.is_some() && patch_type.is_none() {
                return Err("webhook returned response.patch but not response.patchType".into());
            }
            if patch.is_none() && patch_type.is_some() {
                return Err("webhook returned response.patchType but not response.patch".into());
            }
            if patch_type.as_deref() == Some("") {
                return Err("webhook returned invalid response.patchType of \"\"".into());
            }
        }
    } else {
        if patch.is_some() {
            return Err("validating webhook may not return response.patch".into());
        }
        if patch_type.is_some() {
            return Err("validating webhook may not return response.patchType".into());
        }
    }
    let patch_type = match (v1, &patch) {
        // v1beta1 did not check the patch type: JSONPatch is the only one.
        (false, Some(_)) => Some("JSONPatch".to_string()),
        _ => patch_type,
    };
    Ok(Answer {
        allowed: r["allowed"].as_bool().unwrap_or(false),
        patch: if mutating { patch } else { None },
        patch_type,
        result: r.get("result").filter(|v| v.is_object()).cloned(),
        warnings: r["warnings"]
            .as_array()
            .map(|w| {
                w.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// `ToStatusErr`: the webhook's status, with a failure code and the denial named.
pub fn rejection(webhook: &str, result: Option<&Value>) -> ApiError {
    let mut status = result.cloned().unwrap_or_else(|| json!({}));
    let denied = format!("admission webhook {webhook:?} denied the request");
    let message = match (status["message"].as_str(), status["reason"].as_str()) {
        (Some(m), _) if !m.is_empty() => format!("{denied}: {m}"),
        (_, Some(r)) if !r.is_empty() => format!("{denied}: {r}"),
        _ => format!("{denied} without explanation"),
    };
    let code = status["code"].as_u64().filter(|c| *c >= 400).unwrap_or(400);
    if status["status"]
        .as_str()
        .is_none_or(|s| s.is_empty() || s == "Success")
    {
        status["status"] = json!("Failure");
    }
    status["message"] = json!(message);
    status["code"] = json!(code);
    status["kind"] = json!("Status");
    status["apiVersion"] = json!("v1");
    if !status["metadata"].is_object() {
        status["metadata"] = json!({});
    }
    ApiError::from_status(status)
}

/// The options object of the operation, as the server puts it in `request.options`.
pub fn options(op: Operation, manager: &str, dry_run: bool, delete: Option<&Value>) -> Value {
    let kind = match op {
        Operation::Create => "CreateOptions",
        Operation::Update => "UpdateOptions",
        Operation::Delete => "DeleteOptions",
    };
    let mut o = match (op, delete) {
        (Operation::Delete, Some(d)) if d.is_object() => d.clone(),
        _ => json!({}),
    };
    o["kind"] = json!(kind);
    o["apiVersion"] = json!("meta.k8s.io/v1");
    if !manager.is_empty() && op != Operation::Delete {
        o["fieldManager"] = json!(manager);
    }
    if dry_run {
        o["dryRun"] = json!(["All"]);
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejections_name_the_webhook_and_keep_a_failure_code() {
        let e = rejection(
            "v.example.com",
            Some(&json!({"message": "no", "code": 200})),
        );
        let s = e.status();
        assert_eq!(
            s["message"],
            "admission webhook \"v.example.com\" denied the request: no"
        );
        assert_eq!((s["code"].as_u64(), e.code), (Some(400), 400));
        let e = rejection(
            "v.example.com",
            Some(&json!({"code": 403, "reason": "Forbidden"})),
        );
        assert_eq!(
            (e.code, e.status()["message"].as_str().unwrap()),
            (
                403,
                "admission webhook \"v.example.com\" denied the request: Forbidden"
            )
        );
        let e = rejection("v.example.com", None);
        assert_eq!(
            e.status()["message"],
            "admission webhook \"v.example.com\" denied the request without explanation"
        );
    }

    #[test]
    fn answers_must_match_the_request() {
        let ok = json!({"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview",
            "response": {"uid": "u", "allowed": true, "patchType": "JSONPatch", "patch": "W10=", "warnings": ["w"]}});
        let a = verify("v1", "u", true, &ok).unwrap();
        assert_eq!(
            (a.allowed, a.patch.as_deref(), a.warnings),
            (true, Some(&b"[]"[..]), vec!["w".to_string()])
        );
        assert_eq!(
            verify("v1", "u", false, &ok).err().unwrap(),
            "validating webhook may not return response.patch"
        );
        let no_type = json!({"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview",
            "response": {"uid": "u", "allowed": true, "patch": "W10="}});
        assert_eq!(
            verify("v1", "u", true, &no_type).err().unwrap(),
            "webhook returned response.patch but not response.patchType"
        );
        assert_eq!(
            verify("v1", "x", true, &ok).err().unwrap(),
            "expected response.uid=\"x\", got \"u\""
        );
    }
}

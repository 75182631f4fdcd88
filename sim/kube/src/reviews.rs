//! The APIs that answer rather than store: TokenRequest (ServiceAccount tokens), TokenReview
//! (our own tokens verified), and the access reviews (everything allowed: the simulator does no
//! authorization).

use crate::api::{Reply, Req, decode_body, parse_body};
use crate::error::{ApiError, ApiResult};
use crate::objects::{now_rfc3339, now_unix, rfc3339};
use crate::registry::ResourceType;
use crate::sim::Sim;
use crate::token::TokenClaims;
use serde_json::{Value, json};

pub fn token_request(
    sim: &Sim,
    rt: &ResourceType,
    ns: &str,
    name: &str,
    req: &Req,
) -> ApiResult<Reply> {
    let sa = sim
        .store
        .get(&rt.key, ns, name)
        .ok_or_else(|| ApiError::not_found("", "serviceaccounts", name))?;
    let body = if req.body.is_empty() {
        json!({})
    } else {
        decode_body(req)?
    };
    let spec = &body["spec"];
    let expiration = spec["expirationSeconds"].as_i64().unwrap_or(3600);
    if expiration < 600 {
        return Err(ApiError::invalid(
            "authentication.k8s.io",
            "TokenRequest",
            name,
            &[crate::field::FieldError::invalid(
                "spec.expirationSeconds",
                json!(expiration),
                "may not specify a duration less than 10 minutes",
            )],
        ));
    }
    if expiration > 1 << 32 {
        return Err(ApiError::invalid(
            "authentication.k8s.io",
            "TokenRequest",
            name,
            &[crate::field::FieldError::too_long(
                "spec.expirationSeconds",
                1 << 32,
            )],
        ));
    }
    let issuer = sim.issuer();
    let audiences: Vec<String> = spec["audiences"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .filter(|a: &Vec<String>| !a.is_empty())
        .unwrap_or_else(|| vec![issuer.clone()]);
    let bound = spec["boundObjectRef"].as_object().map(|b| {
        let s = |k: &str| {
            b.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        (s("kind"), s("name"), s("uid"))
    });
    let now = now_unix();
    let (token, exp) = sim.signer.issue(&TokenClaims {
        issuer: &issuer,
        audiences: audiences.clone(),
        namespace: ns,
        service_account: name,
        service_account_uid: &sa.meta.uid,
        expiration_seconds: expiration,
        bound,
        now,
    });
    let mut out_spec = spec.clone();
    if !out_spec.is_object() {
        out_spec = json!({});
    }
    out_spec["audiences"] = json!(audiences);
    out_spec["expirationSeconds"] = json!(expiration);
    Ok(Reply::json(
        201,
        &json!({
            "kind": "TokenRequest",
            "apiVersion": "authentication.k8s.io/v1",
            "metadata": {"name": name, "namespace": ns, "creationTimestamp": now_rfc3339()},
            "spec": out_spec,
            "status": {"token": token, "expirationTimestamp": rfc3339(exp)},
        }),
    ))
}

/// Review APIs: TokenReview verifies our own tokens; access reviews allow everything (the
/// simulator does no authorization).
pub fn review(sim: &Sim, rt: &ResourceType, req: &Req) -> ApiResult<Reply> {
    let mut body = parse_body(req)?;
    let status = match rt.kind.as_str() {
        "TokenReview" => {
            let token = body["spec"]["token"].as_str().unwrap_or_default();
            match sim.signer.verify(token, now_unix()) {
                Ok(claims) => {
                    let ns = claims["kubernetes.io"]["namespace"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string();
                    let wanted: Vec<Value> = body["spec"]["audiences"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default();
                    let aud: Vec<Value> = claims["aud"].as_array().cloned().unwrap_or_default();
                    let matched: Vec<Value> = if wanted.is_empty() {
                        aud.clone()
                    } else {
                        wanted.into_iter().filter(|a| aud.contains(a)).collect()
                    };
                    if matched.is_empty() {
                        json!({"authenticated": false, "error": "token audiences do not match"})
                    } else {
                        json!({
                            "authenticated": true,
                            "user": {
                                "username": claims["sub"],
                                "uid": claims["kubernetes.io"]["serviceaccount"]["uid"],
                                "groups": ["system:serviceaccounts", format!("system:serviceaccounts:{ns}"), "system:authenticated"],
                            },
                            "audiences": matched,
                        })
                    }
                }
                Err(e) => json!({"authenticated": false, "error": e}),
            }
        }
        "SelfSubjectReview" => {
            json!({"userInfo": {"username": "kubernetes-admin", "groups": ["system:masters", "system:authenticated"]}})
        }
        "SelfSubjectRulesReview" => json!({
            "resourceRules": [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}],
            "nonResourceRules": [{"verbs": ["*"], "nonResourceURLs": ["*"]}],
            "incomplete": false,
        }),
        _ => json!({"allowed": true, "reason": "the simulator authorizes every request"}),
    };
    body["status"] = status;
    body["apiVersion"] = json!(rt.api_version());
    body["kind"] = json!(rt.kind);
    if !body["metadata"].is_object() {
        body["metadata"] = json!({});
    }
    body["metadata"]["creationTimestamp"] = Value::Null;
    Ok(Reply::json(201, &body))
}

//! Moving custom resources between the versions of their CRD, as apiextensions-apiserver does
//! (`pkg/apiserver/customresource_handler.go`: `crdConversionRESTOptionsGetter`,
//! `schemaCoercingDecoder`, `schemaCoercingConverter`; `pkg/apiserver/conversion/`):
//!
//! - writing: an object at the request version is stored at the storage version; when the two
//!   differ it is converted (`None`: `apiVersion` relabelled; `Webhook`: a ConversionReview) and
//!   pruned against the storage version's schema;
//! - reading: a stored object is pruned and defaulted against the schema of the version it is
//!   stored at, then converted to the version asked for and pruned against that version's schema.
//!
//! Each object crosses alone: the etcd store decodes list items one by one, so a list of N objects
//! stored at another version costs N reviews of one object each. A failed conversion fails the
//! request (500, reason unknown, the converter's message); in a watch it ends the stream with an
//! `InternalError` event. The server's watch cache, which converts each change once per version,
//! is not simulated: every read converts.
//!
//! Objects written after the CRD's schemas last changed are already pruned and defaulted, so a
//! read at the version they are stored at returns the stored bytes untouched.

use crate::crd::{Conversion, CrdInfo};
use crate::error::{ApiError, ApiResult};
use crate::objects::{validate_annotations, validate_labels};
use crate::registry::ResourceType;
use crate::schema::{apply_defaults, prune};
use crate::sim::Sim;
use crate::store::Stored;
use crate::webhook::ServiceLookup;
use bytes::Bytes;
use serde_json::{Value, json};
use std::time::Duration;

/// The conversion webhook's timeout (the API server's webhook client default).
const TIMEOUT: Duration = Duration::from_secs(30);

/// A conversion that failed, with the converter's message.
pub fn failed(message: String) -> ApiError {
    ApiError::new(500, "", message)
}

fn version_of(api_version: &str) -> &str {
    api_version.rsplit('/').next().unwrap_or(api_version)
}

impl Sim {
    /// Whether a stored object is already what a client of `rt`'s version sees: stored at that
    /// version after the CRD's schemas last changed (so pruned and defaulted under them).
    pub fn is_as_served(rt: &ResourceType, stored: &Stored) -> bool {
        stored.meta.api_version == rt.api_version()
            && rt
                .crd
                .as_ref()
                .is_none_or(|c| stored.rv > c.info.schemas_rv)
    }

    /// A stored object as a client of `rt`'s version sees it.
    pub async fn read(&self, rt: &ResourceType, stored: &Stored) -> ApiResult<Bytes> {
        if rt.crd.is_none() {
            return Ok(self.encode(rt, stored));
        }
        if Self::is_as_served(rt, stored) {
            return Ok(stored.bytes.clone());
        }
        let v = self.read_value(rt, stored).await?;
        Ok(Bytes::from(
            serde_json::to_vec(&v).expect("JSON values serialize"),
        ))
    }

    /// [`Sim::read`] as a value.
    pub async fn read_value(&self, rt: &ResourceType, stored: &Stored) -> ApiResult<Value> {
        let mut v = stored.value();
        if Self::is_as_served(rt, stored) {
            return Ok(v);
        }
        let Some(info) = rt.crd.as_ref().map(|c| &c.info) else {
            v["apiVersion"] = json!(rt.api_version());
            return Ok(v);
        };
        let from = version_of(&stored.meta.api_version).to_string();
        if let Some(Some(schema)) = info.schemas.get(&from) {
            prune(schema, &mut v);
            apply_defaults(schema, &mut v);
        }
        if from == rt.version {
            return Ok(v);
        }
        self.convert(info, v, &rt.version, true)
            .await
            .map_err(failed)
    }

    /// An object at `rt`'s version, as it is stored (at the CRD's storage version).
    pub async fn to_storage(&self, rt: &ResourceType, obj: Value) -> ApiResult<Value> {
        let Some(info) = rt.crd.as_ref().map(|c| &c.info) else {
            return Ok(obj);
        };
        if rt.version == info.storage_version {
            return Ok(obj);
        }
        let mut v = self
            .convert(info, obj, &info.storage_version, true)
            .await
            .map_err(failed)?;
        // Reads default against the stored version's schema; doing it once here keeps reads of
        // freshly written objects free (clients see the same either way).
        if let Some(Some(schema)) = info.schemas.get(&info.storage_version) {
            apply_defaults(schema, &mut v);
        }
        Ok(v)
    }

    /// Converts `obj` (at the version its `apiVersion` names) to `version` of the same CRD.
    /// `coerce` prunes the result against the target schema, as the storage codec does (the
    /// admission path converts without it).
    pub async fn convert(
        &self,
        info: &CrdInfo,
        obj: Value,
        version: &str,
        coerce: bool,
    ) -> Result<Value, String> {
        let from = version_of(obj["apiVersion"].as_str().unwrap_or_default()).to_string();
        let target = format!("{}/{version}", info.group);
        if !info.schemas.contains_key(version) {
            return Err(format!(
                "request to convert CR to an invalid group/version: {target}"
            ));
        }
        if !info.schemas.contains_key(&from) {
            return Err(format!(
                "request to convert CR from an invalid group/version: {}/{from}",
                info.group
            ));
        }
        let mut out = if from == version {
            obj
        } else {
            match &info.conversion {
                Conversion::None => {
                    let mut o = obj;
                    o["apiVersion"] = json!(target);
                    o
                }
                Conversion::Webhook {
                    client,
                    review_versions,
                } => {
                    self.convert_by_webhook(info, client, review_versions, obj, &target)
                        .await?
                }
            }
        };
        if coerce && let Some(Some(schema)) = info.schemas.get(version) {
            prune(schema, &mut out);
        }
        Ok(out)
    }

    /// One ConversionReview (`webhook_converter.go`), its answer checked as the server checks it.
    async fn convert_by_webhook(
        &self,
        info: &CrdInfo,
        client: &crate::webhook::ClientConfig,
        review_versions: &[String],
        obj: Value,
        target: &str,
    ) -> Result<Value, String> {
        let in_gvk = format!(
            "{}, Kind={}",
            obj["apiVersion"].as_str().unwrap_or_default(),
            obj["kind"].as_str().unwrap_or_default()
        );
        let Some(review_version) = review_versions
            .iter()
            .find(|v| *v == "v1" || *v == "v1beta1")
        else {
            return Err("no supported conversion review versions".into());
        };
        let uid = uuid::Uuid::new_v4().to_string();
        let review_api_version = format!("apiextensions.k8s.io/{review_version}");
        let request = json!({
            "kind": "ConversionReview",
            "apiVersion": review_api_version,
            "request": {"uid": uid, "desiredAPIVersion": target, "objects": [obj]},
            "response": {"uid": "", "convertedObjects": null, "result": {"metadata": {}}},
        });
        let response = self
            .webhooks
            .post(client, &request, TIMEOUT, |ns, name| {
                self.service_lookup(ns, name)
            })
            .await
            .map_err(|e| format!("conversion webhook for {in_gvk} failed: {e}"))?;
        let converted = review_answer(&response, &review_api_version, &uid)
            .map_err(|e| format!("conversion webhook for {in_gvk} failed: {e}"))?;
        if converted.len() != 1 {
            return Err(format!(
                "conversion webhook for {in_gvk} returned {} objects, expected 1",
                converted.len()
            ));
        }
        let mut out = converted[0].clone();
        if !out.is_object() {
            return Err(format!(
                "conversion webhook for {in_gvk} failed: Object 'Kind' is missing in '{out}'"
            ));
        }
        let got = out["apiVersion"].as_str().unwrap_or_default();
        if got != target {
            return Err(format!(
                "conversion webhook for {in_gvk} returned invalid object at index 0: invalid groupVersion (expected {target}, received {got})"
            ));
        }
        let (want_kind, got_kind) = (
            obj["kind"].as_str().unwrap_or_default(),
            out["kind"].as_str().unwrap_or_default(),
        );
        if want_kind != got_kind {
            return Err(format!(
                "conversion webhook for {in_gvk} returned invalid object at index 0: invalid kind (expected {want_kind}, received {got_kind})"
            ));
        }
        if let Err(e) = same_identity(&obj, &out) {
            return Err(format!(
                "conversion webhook for {in_gvk} returned invalid object: {e}"
            ));
        }
        restore_object_meta(&obj, &mut out).map_err(|e| {
            format!("conversion webhook for {in_gvk} returned invalid metadata: {e}")
        })?;
        let _ = info;
        Ok(out)
    }

    /// What the cluster knows of a Service the simulator has no route for.
    pub fn service_lookup(&self, namespace: &str, name: &str) -> ServiceLookup {
        let key = crate::store::res_key("", "services");
        match self.store.get(&key, namespace, name) {
            Some(s) => ServiceLookup::Unrouted(
                s.value()["spec"]["clusterIP"]
                    .as_str()
                    .unwrap_or("None")
                    .to_string(),
            ),
            None => ServiceLookup::Missing,
        }
    }
}

/// The converted objects of a ConversionReview answer (`getConvertedObjectsFromResponse`).
fn review_answer(response: &Value, api_version: &str, uid: &str) -> Result<Vec<Value>, String> {
    let v1 = api_version.ends_with("/v1");
    if v1 {
        let (av, kind) = (
            response["apiVersion"].as_str().unwrap_or_default(),
            response["kind"].as_str().unwrap_or_default(),
        );
        if av != api_version || kind != "ConversionReview" {
            return Err(format!(
                "expected webhook response of {api_version}, Kind=ConversionReview, got {av}, Kind={kind}"
            ));
        }
    }
    let r = match response.get("response") {
        Some(r) if r.is_object() => r,
        _ => return Err("no response provided".into()),
    };
    if v1 {
        let got = r["uid"].as_str().unwrap_or_default();
        if got != uid {
            return Err(format!("expected response.uid={uid:?}, got {got:?}"));
        }
    }
    let status = r["result"]["status"].as_str().unwrap_or_default();
    if status != "Success" {
        return Err(match r["result"]["message"].as_str() {
            Some(m) if !m.is_empty() => m.to_string(),
            _ => format!("response.result.status was '{status}', not 'Success'"),
        });
    }
    Ok(r["convertedObjects"]
        .as_array()
        .cloned()
        .unwrap_or_default())
}

/// `validateConvertedObject`: everything but labels and annotations is the server's business.
fn same_identity(original: &Value, converted: &Value) -> Result<(), String> {
    let s = |v: &Value, path: &[&str]| -> String {
        path.iter()
            .fold(v, |v, k| &v[*k])
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    for (what, path) in [
        ("kind", &["kind"][..]),
        ("name", &["metadata", "name"][..]),
        ("namespace", &["metadata", "namespace"][..]),
        ("UID", &["metadata", "uid"][..]),
    ] {
        let (e, a) = (s(original, path), s(converted, path));
        if e != a {
            return Err(format!("must have the same {what}: {e} != {a}"));
        }
    }
    Ok(())
}

/// Go's name for the JSON type a value decodes to (`%T` in the server's messages).
fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_i64() || n.is_u64() => "int64",
        Value::Number(_) => "float64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

/// `restoreObjectMeta`: the original metadata, with labels and annotations as converted (checked
/// when they changed).
fn restore_object_meta(original: &Value, converted: &mut Value) -> Result<(), String> {
    let response_meta = match converted.get("metadata") {
        None => return Err("missing metadata in converted object".into()),
        Some(Value::Object(m)) => m.clone(),
        Some(other) => {
            return Err(format!(
                "invalid metadata of type {} in converted object",
                go_type(other)
            ));
        }
    };
    let mut meta = original["metadata"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    for field in ["labels", "annotations"] {
        let response_field = match response_meta.get(field) {
            None | Some(Value::Null) => {
                meta.remove(field);
                continue;
            }
            Some(Value::Object(m)) => m,
            Some(other) => {
                return Err(format!(
                    "invalid metadata.{field} of type {} in converted object",
                    go_type(other)
                ));
            }
        };
        let original_field = meta.get(field).and_then(Value::as_object);
        let mut changed = original_field.map_or(0, |m| m.len()) != response_field.len();
        for (k, v) in response_field {
            if !v.is_string() {
                return Err(format!(
                    "metadata.{field}[{k}] must be a string, but is {} in converted object",
                    go_type(v)
                ));
            }
            if original_field.and_then(|m| m.get(k)) != Some(v) {
                changed = true;
            }
        }
        if changed {
            let errors = if field == "labels" {
                validate_labels(&json!({"metadata": {"labels": response_field}}))
            } else {
                validate_annotations(response_field, "metadata.annotation")
            };
            match errors.as_slice() {
                [] => {}
                [one] => return Err(one.to_string()),
                many => {
                    return Err(format!(
                        "[{}]",
                        many.iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
        }
        meta.insert(field.into(), Value::Object(response_field.clone()));
    }
    converted["metadata"] = Value::Object(meta);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_answers_are_checked_as_the_server_checks_them() {
        let ok = json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "ConversionReview",
            "response": {"uid": "u", "result": {"status": "Success"}, "convertedObjects": [{"a": 1}]}});
        assert_eq!(
            review_answer(&ok, "apiextensions.k8s.io/v1", "u").unwrap(),
            vec![json!({"a": 1})]
        );
        assert_eq!(
            review_answer(&ok, "apiextensions.k8s.io/v1", "other").unwrap_err(),
            "expected response.uid=\"other\", got \"u\""
        );
        let failed = json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "ConversionReview",
            "response": {"uid": "u", "result": {"status": "Failure", "message": "cannot"}}});
        assert_eq!(
            review_answer(&failed, "apiextensions.k8s.io/v1", "u").unwrap_err(),
            "cannot"
        );
        let wrong = json!({"apiVersion": "v1", "kind": "Status"});
        assert_eq!(
            review_answer(&wrong, "apiextensions.k8s.io/v1", "u").unwrap_err(),
            "expected webhook response of apiextensions.k8s.io/v1, Kind=ConversionReview, got v1, Kind=Status"
        );
    }

    #[test]
    fn converted_metadata_keeps_the_original_but_labels_and_annotations() {
        let original = json!({"metadata": {"name": "a", "uid": "1", "resourceVersion": "5",
            "labels": {"x": "1"}, "annotations": {"k": "v"}}});
        let mut converted = json!({"metadata": {"name": "a", "uid": "1", "resourceVersion": "999",
            "labels": {"x": "2"}, "generation": 7}});
        restore_object_meta(&original, &mut converted).unwrap();
        assert_eq!(
            converted["metadata"],
            json!({"name": "a", "uid": "1", "resourceVersion": "5", "labels": {"x": "2"}})
        );
        let mut bad = json!({"metadata": {"labels": {"x": 1}}});
        assert_eq!(
            restore_object_meta(&original, &mut bad).unwrap_err(),
            "metadata.labels[x] must be a string, but is int64 in converted object"
        );
        assert_eq!(
            same_identity(&original, &json!({"metadata": {"name": "b", "uid": "1"}})).unwrap_err(),
            "must have the same name: a != b"
        );
    }
}

//! `ConversionReview` v1, as kube-apiserver sends it (`webhook_converter.go` in
//! apiextensions-apiserver): `request.objects` to convert to `request.desiredAPIVersion`, answered
//! with `response.convertedObjects` in the same order and the same `uid`, or a `Failure` result
//! whose message the API server puts in its error to the client.
//!
//! Every object is converted by `aso_schema::convert` over the schemas of its embedded CRD:
//! nothing here knows a kind.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use aso_schema::convert::Crd;

pub const REVIEW_API_VERSION: &str = "apiextensions.k8s.io/v1";

/// The embedded CRDs, each compiled for conversion on first use.
#[derive(Default)]
pub struct Converters {
    crds: Mutex<HashMap<(String, String), Arc<Crd>>>,
}

impl Converters {
    /// The CRD of `kind` in API group `group`, among the embedded ones.
    pub fn get(&self, group: &str, kind: &str) -> Result<Arc<Crd>, String> {
        let key = (group.to_string(), kind.to_string());
        if let Some(crd) = self.lock().get(&key) {
            return Ok(crd.clone());
        }
        let name = aso_catalog::catalog()
            .into_iter()
            .find(|i| i.api_group == group && i.kind == kind)
            .map(|i| i.crd_name())
            .ok_or_else(|| format!("{kind}.{group} is not a kind this webhook converts"))?;
        let crd = Arc::new(compile(&name)?);
        self.lock().insert(key, crd.clone());
        Ok(crd)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), Arc<Crd>>> {
        self.crds.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn compile(name: &str) -> Result<Crd, String> {
    let yaml = crate::crds::embedded_yaml(name).ok_or_else(|| format!("no embedded CRD {name}"))?;
    let crd: Value = serde_saphyr::from_str(yaml).map_err(|e| format!("CRD {name}: {e}"))?;
    Crd::from_json(&crd).map_err(|e| format!("CRD {name}: {e}"))
}

/// Why a review could not even be read: the HTTP answer is 400 with this text.
#[derive(Debug, PartialEq, Eq)]
pub struct BadReview(pub String);

/// The answer to the `ConversionReview` in `body`.
pub fn answer(body: &[u8], converters: &Converters) -> Result<Value, BadReview> {
    let review: Value = serde_json::from_slice(body)
        .map_err(|e| BadReview(format!("the body is not a ConversionReview: {e}")))?;
    if review.get("apiVersion").and_then(Value::as_str) != Some(REVIEW_API_VERSION)
        || review.get("kind").and_then(Value::as_str) != Some("ConversionReview")
    {
        return Err(BadReview(format!(
            "expected a ConversionReview of {REVIEW_API_VERSION}"
        )));
    }
    let request = review
        .get("request")
        .ok_or_else(|| BadReview("request: Required value".into()))?;
    let uid = request
        .get("uid")
        .and_then(Value::as_str)
        .ok_or_else(|| BadReview("request.uid: Required value".into()))?;
    let desired = request
        .get("desiredAPIVersion")
        .and_then(Value::as_str)
        .ok_or_else(|| BadReview("request.desiredAPIVersion: Required value".into()))?;
    let objects = request
        .get("objects")
        .and_then(Value::as_array)
        .ok_or_else(|| BadReview("request.objects: Required value".into()))?;
    let response = match convert_all(objects, desired, converters) {
        Ok(converted) => json!({
            "uid": uid,
            "convertedObjects": converted,
            "result": {"status": "Success"},
        }),
        Err(message) => json!({
            "uid": uid,
            "convertedObjects": [],
            "result": {"status": "Failure", "message": message},
        }),
    };
    Ok(json!({
        "apiVersion": REVIEW_API_VERSION,
        "kind": "ConversionReview",
        "response": response,
    }))
}

fn convert_all(
    objects: &[Value],
    desired: &str,
    converters: &Converters,
) -> Result<Vec<Value>, String> {
    let (group, version) = desired
        .split_once('/')
        .ok_or_else(|| format!("desiredAPIVersion {desired:?} is not <group>/<version>"))?;
    objects
        .iter()
        .enumerate()
        .map(|(i, object)| {
            let kind = object
                .get("kind")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("objects[{i}].kind: Required value"))?;
            let crd = converters.get(group, kind)?;
            crd.convert(object, version).map_err(|e| {
                let name = object
                    .pointer("/metadata/name")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                format!("converting {kind} {name:?} to {desired}: {e}")
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(desired: &str, objects: Value) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "apiVersion": REVIEW_API_VERSION,
            "kind": "ConversionReview",
            "request": {"uid": "u-1", "desiredAPIVersion": desired, "objects": objects},
        }))
        .unwrap()
    }

    fn account(version: &str, spec: Value) -> Value {
        json!({
            "apiVersion": format!("storage.azure.com/{version}"),
            "kind": "StorageAccount",
            "metadata": {"name": "a", "namespace": "ns", "uid": "x"},
            "spec": spec,
        })
    }

    #[test]
    fn objects_convert_to_the_hub_and_back() {
        let converters = Converters::default();
        let written = account(
            "v1api20210401",
            json!({"location": "westus", "kind": "StorageV2",
                   "owner": {"name": "rg"}, "sku": {"name": "Standard_LRS"}}),
        );
        let answer = answer(
            &review("storage.azure.com/v1apistorage", json!([written])),
            &converters,
        )
        .unwrap();
        assert_eq!(answer["kind"], "ConversionReview");
        assert_eq!(answer["response"]["uid"], "u-1");
        assert_eq!(answer["response"]["result"]["status"], "Success");
        let hub = &answer["response"]["convertedObjects"][0];
        assert_eq!(hub["apiVersion"], "storage.azure.com/v1apistorage");
        assert_eq!(hub["spec"]["originalVersion"], "v1api20210401");
        assert_eq!(hub["metadata"]["uid"], "x");
        let back = super::answer(
            &review("storage.azure.com/v1api20210401", json!([hub])),
            &converters,
        )
        .unwrap();
        assert_eq!(back["response"]["convertedObjects"][0], written);
    }

    #[test]
    fn failures_name_the_object_and_bad_reviews_are_refused() {
        let converters = Converters::default();
        let answer = answer(
            &review(
                "storage.azure.com/v1api20210401",
                json!([account("v1api19990101", json!({}))]),
            ),
            &converters,
        )
        .unwrap();
        assert_eq!(answer["response"]["result"]["status"], "Failure");
        let message = answer["response"]["result"]["message"].as_str().unwrap();
        assert!(message.contains("StorageAccount \"a\""), "{message}");
        let unknown = super::answer(
            &review(
                "nope.azure.com/v1",
                json!([{"kind": "Nope", "apiVersion": "nope.azure.com/v1"}]),
            ),
            &converters,
        )
        .unwrap();
        assert!(
            unknown["response"]["result"]["message"]
                .as_str()
                .unwrap()
                .contains("Nope.nope.azure.com is not a kind this webhook converts")
        );
        assert!(super::answer(b"{", &converters).is_err());
        assert_eq!(
            super::answer(
                br#"{"apiVersion": "apiextensions.k8s.io/v1beta1", "kind": "ConversionReview"}"#,
                &converters
            )
            .unwrap_err(),
            BadReview("expected a ConversionReview of apiextensions.k8s.io/v1".into())
        );
    }
}

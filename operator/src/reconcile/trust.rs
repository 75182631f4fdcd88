//! State the operator writes on objects for itself, and how it is trusted when read back.
//!
//! Users who can edit an object can edit its annotations too, so what the operator keeps there
//! (the ARM ID it created, `serviceoperator.azure.com/resource-id`, and the long-running
//! operation it follows, `serviceoperator.azure.com/operation`) is signed: an HMAC-SHA256 (ring)
//! over the object's UID and the value, with a key only the operator holds. The key lives in
//! the Secret [`SIGNING_KEY_SECRET`] in the operator's own namespace (created at first start,
//! shared by replicas, kept across restarts), which namespace users cannot read.
//!
//! What fails to verify is not trusted, and at most makes the operator forget and look again:
//! an operation record is dropped (the next step GETs before any new PUT); a `resource-id` is
//! used only if it equals the ID the operator derives from the spec (ASO's own objects and
//! adoption through `azureName`), and is otherwise an error that stops writes and deletes.
//! Binding to the UID means a value copied from another object does not verify either.

use base64::Engine;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{Api, DynamicObject, PostParams};
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};

use aso_runtime::annotations::RESOURCE_ID;

use super::object;
use crate::arm::lro::Operation;

/// The Secret (in the operator's namespace) holding the signing key.
pub const SIGNING_KEY_SECRET: &str = "aso-state-signing-key";
/// Its key.
const KEY_FIELD: &str = "key";
/// The signature of `resource-id`.
pub const PROOF_ANNOTATION: &str = "serviceoperator.azure.com/resource-id-proof";
const KEY_BYTES: usize = 32;

/// Signs and verifies the operator's own state.
pub struct Signer {
    key: hmac::Key,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer(<key>)")
    }
}

/// An operation record as stored: the operation and its signature.
#[derive(Serialize, Deserialize)]
struct Sealed {
    #[serde(flatten)]
    operation: Operation,
    proof: String,
}

impl Signer {
    pub fn from_key(bytes: &[u8]) -> Signer {
        Signer {
            key: hmac::Key::new(hmac::HMAC_SHA256, bytes),
        }
    }

    /// A signer with a fresh random key, and the key.
    pub fn generate() -> Result<(Signer, Vec<u8>), String> {
        let mut bytes = vec![0u8; KEY_BYTES];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| "no randomness for the signing key".to_string())?;
        Ok((Signer::from_key(&bytes), bytes))
    }

    /// The signer whose key is in [`SIGNING_KEY_SECRET`] in `namespace`, creating the Secret
    /// with a new key when there is none.
    pub async fn load_or_create(kube: &kube::Client, namespace: &str) -> Result<Signer, String> {
        let api: Api<Secret> = Api::namespaced(kube.clone(), namespace);
        let what = format!("Secret {namespace}/{SIGNING_KEY_SECRET}");
        for _ in 0..3 {
            if let Some(secret) = api
                .get_opt(SIGNING_KEY_SECRET)
                .await
                .map_err(|e| format!("reading {what}: {e}"))?
            {
                let key = secret
                    .data
                    .as_ref()
                    .and_then(|d| d.get(KEY_FIELD))
                    .map(|b| b.0.clone())
                    .filter(|k| k.len() >= KEY_BYTES)
                    .ok_or_else(|| {
                        format!("{what} has no {KEY_FIELD:?} of {KEY_BYTES} bytes or more; delete it to have a new one made")
                    })?;
                return Ok(Signer::from_key(&key));
            }
            let (signer, key) = Signer::generate()?;
            let secret = Secret {
                metadata: ObjectMeta {
                    name: Some(SIGNING_KEY_SECRET.into()),
                    namespace: Some(namespace.into()),
                    ..ObjectMeta::default()
                },
                data: Some([(KEY_FIELD.to_string(), k8s_openapi::ByteString(key))].into()),
                ..Secret::default()
            };
            match api.create(&PostParams::default(), &secret).await {
                Ok(_) => return Ok(signer),
                // Another replica made it first: use theirs.
                Err(kube::Error::Api(e)) if e.code == 409 => continue,
                Err(e) => return Err(format!("creating {what}: {e}")),
            }
        }
        Err(format!("{what} keeps appearing and vanishing"))
    }

    fn sign(&self, parts: &[&str]) -> String {
        let tag = hmac::sign(&self.key, &message(parts));
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(tag.as_ref())
    }

    fn verify(&self, parts: &[&str], proof: &str) -> bool {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(proof.trim())
            .is_ok_and(|given| hmac::verify(&self.key, &message(parts), &given).is_ok())
    }

    /// The proof of `id` for the object with `uid`.
    pub fn id_proof(&self, uid: &str, id: &str) -> String {
        self.sign(&["resource-id", uid, id])
    }

    pub fn id_verifies(&self, uid: &str, id: &str, proof: &str) -> bool {
        self.verify(&["resource-id", uid, id], proof)
    }

    /// The annotation value recording `operation` for the object with `uid`.
    pub fn seal_operation(&self, uid: &str, operation: &Operation) -> String {
        let text = serde_json::to_string(operation).unwrap_or_default();
        let sealed = Sealed {
            operation: operation.clone(),
            proof: self.sign(&["operation", uid, &text]),
        };
        serde_json::to_string(&sealed).unwrap_or_default()
    }

    /// The operation recorded in `text` for the object with `uid`, if the operator recorded it.
    pub fn open_operation(&self, uid: &str, text: &str) -> Option<Operation> {
        let sealed: Sealed = serde_json::from_str(text).ok()?;
        let canonical = serde_json::to_string(&sealed.operation).ok()?;
        self.verify(&["operation", uid, &canonical], &sealed.proof)
            .then_some(sealed.operation)
    }
}

/// The signed bytes: each part length-prefixed, so no two lists of parts sign the same bytes.
fn message(parts: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    for part in parts {
        out.extend_from_slice(&(part.len() as u64).to_be_bytes());
        out.extend_from_slice(part.as_bytes());
    }
    out
}

/// What an object's `resource-id` annotation holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordedId<'o> {
    /// Nothing: the resource was never sent to Azure.
    None,
    /// An ID the operator recorded for this very object.
    Signed(&'o str),
    /// An ID without a valid proof: written by ASO, by a user, or changed since we wrote it.
    Unsigned(&'o str),
}

/// Reads `obj`'s `resource-id` with its proof.
pub fn recorded_id<'o>(signer: &Signer, obj: &'o DynamicObject) -> RecordedId<'o> {
    let Some(id) = object::annotation(obj, RESOURCE_ID) else {
        return RecordedId::None;
    };
    let uid = obj.metadata.uid.as_deref().unwrap_or("");
    match object::annotation(obj, PROOF_ANNOTATION) {
        Some(proof) if signer.id_verifies(uid, id, proof) => RecordedId::Signed(id),
        _ => RecordedId::Unsigned(id),
    }
}

/// The ARM ID of `obj` in Azure when it can be trusted: signed, or equal to `derived` (what
/// the spec says now).
pub fn trusted_id<'o>(
    signer: &Signer,
    obj: &'o DynamicObject,
    derived: Option<&str>,
) -> Option<&'o str> {
    match recorded_id(signer, obj) {
        RecordedId::Signed(id) => Some(id),
        RecordedId::Unsigned(id) if derived.is_some_and(|d| d.eq_ignore_ascii_case(id)) => Some(id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::arm::lro::PollVia;

    fn signer() -> Signer {
        Signer::from_key(&[7u8; 32])
    }

    fn object(annotations: serde_json::Value) -> DynamicObject {
        serde_json::from_value(json!({
            "apiVersion": "x/v1", "kind": "K",
            "metadata": {"name": "n", "namespace": "ns", "uid": "uid-1", "annotations": annotations}
        }))
        .unwrap()
    }

    const ID: &str = "/subscriptions/s/resourceGroups/rg";

    #[test]
    fn ids_are_bound_to_their_object_and_value() {
        let s = signer();
        let proof = s.id_proof("uid-1", ID);
        let ours = object(json!({RESOURCE_ID: ID, PROOF_ANNOTATION: proof}));
        assert_eq!(recorded_id(&s, &ours), RecordedId::Signed(ID));
        // Changed ID, proof copied from another object, or another key: not ours.
        let changed = object(
            json!({RESOURCE_ID: "/subscriptions/s/resourceGroups/victim", PROOF_ANNOTATION: proof}),
        );
        assert!(matches!(recorded_id(&s, &changed), RecordedId::Unsigned(_)));
        let copied = object(json!({RESOURCE_ID: ID, PROOF_ANNOTATION: s.id_proof("uid-2", ID)}));
        assert!(matches!(recorded_id(&s, &copied), RecordedId::Unsigned(_)));
        let forged = object(
            json!({RESOURCE_ID: ID, PROOF_ANNOTATION: Signer::from_key(&[8u8; 32]).id_proof("uid-1", ID)}),
        );
        assert!(matches!(recorded_id(&s, &forged), RecordedId::Unsigned(_)));
        assert_eq!(recorded_id(&s, &object(json!({}))), RecordedId::None);
    }

    #[test]
    fn unsigned_ids_are_trusted_only_when_the_spec_derives_them() {
        let s = signer();
        let asos = object(json!({RESOURCE_ID: ID}));
        assert_eq!(trusted_id(&s, &asos, Some(ID)), Some(ID));
        assert_eq!(
            trusted_id(&s, &asos, Some("/subscriptions/s/resourceGroups/RG")),
            Some(ID)
        );
        assert_eq!(
            trusted_id(&s, &asos, Some("/subscriptions/s/resourceGroups/other")),
            None
        );
        assert_eq!(trusted_id(&s, &asos, None), None);
    }

    #[test]
    fn operations_verify_only_as_sealed_for_their_object() {
        let s = signer();
        let op = Operation {
            method: "PUT".into(),
            id: ID.into(),
            api_version: "2021-04-01".into(),
            poll: PollVia::AsyncOperation("https://management.azure.com/x?api-version=1".into()),
            generation: 2,
        };
        let sealed = s.seal_operation("uid-1", &op);
        assert_eq!(s.open_operation("uid-1", &sealed), Some(op.clone()));
        assert_eq!(s.open_operation("uid-2", &sealed), None);
        // A user's edit of the URL breaks the seal; so does an unsigned record.
        let edited = sealed.replace("management.azure.com", "attacker.example");
        assert_eq!(s.open_operation("uid-1", &edited), None);
        let unsigned = serde_json::to_string(&op).unwrap();
        assert_eq!(s.open_operation("uid-1", &unsigned), None);
        assert_eq!(s.open_operation("uid-1", "not json"), None);
    }

    #[test]
    fn generated_keys_differ() {
        let (_, a) = Signer::generate().unwrap();
        let (_, b) = Signer::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), KEY_BYTES);
    }
}

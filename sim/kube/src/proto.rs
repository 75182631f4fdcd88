//! Decoding of Kubernetes protobuf request bodies (`application/vnd.kubernetes.protobuf`) into
//! JSON, for the kinds whose typed Go clients send protobuf to us: helm's release storage
//! (Secret, ConfigMap), `kubectl create secret|configmap|namespace|serviceaccount|token`, and
//! typed deletes (DeleteOptions), `kubectl auth can-i|whoami` (reviews). Field numbers follow `k8s.io/api` `generated.proto`.
//! Responses are always JSON, which client-go accepts whatever it asked for.

use base64::Engine;
use serde_json::{Map, Value, json};

pub const CONTENT_TYPE: &str = "application/vnd.kubernetes.protobuf";
const MAGIC: &[u8] = b"k8s\x00";

#[derive(Clone, Copy)]
enum Kind {
    Str,
    Bytes,
    Bool,
    Int,
    Time,
    MicroTime,
    MapStrStr,
    MapStrBytes,
    /// `FieldsV1{raw}`: JSON bytes.
    RawJson,
    Msg(&'static [Field]),
}

#[derive(Clone, Copy)]
struct Field {
    num: u64,
    name: &'static str,
    kind: Kind,
    repeated: bool,
}

const fn f(num: u64, name: &'static str, kind: Kind) -> Field {
    Field {
        num,
        name,
        kind,
        repeated: false,
    }
}

const fn r(num: u64, name: &'static str, kind: Kind) -> Field {
    Field {
        num,
        name,
        kind,
        repeated: true,
    }
}

static TYPE_META: &[Field] = &[f(1, "apiVersion", Kind::Str), f(2, "kind", Kind::Str)];
static UNKNOWN: &[Field] = &[
    f(1, "typeMeta", Kind::Msg(TYPE_META)),
    f(2, "raw", Kind::Bytes),
    f(3, "contentEncoding", Kind::Str),
    f(4, "contentType", Kind::Str),
];
static OWNER_REF: &[Field] = &[
    f(1, "kind", Kind::Str),
    f(3, "name", Kind::Str),
    f(4, "uid", Kind::Str),
    f(5, "apiVersion", Kind::Str),
    f(6, "controller", Kind::Bool),
    f(7, "blockOwnerDeletion", Kind::Bool),
];
static MANAGED_FIELDS: &[Field] = &[
    f(1, "manager", Kind::Str),
    f(2, "operation", Kind::Str),
    f(3, "apiVersion", Kind::Str),
    f(4, "time", Kind::Time),
    f(6, "fieldsType", Kind::Str),
    f(7, "fieldsV1", Kind::RawJson),
    f(8, "subresource", Kind::Str),
];
static OBJECT_META: &[Field] = &[
    f(1, "name", Kind::Str),
    f(2, "generateName", Kind::Str),
    f(3, "namespace", Kind::Str),
    f(4, "selfLink", Kind::Str),
    f(5, "uid", Kind::Str),
    f(6, "resourceVersion", Kind::Str),
    f(7, "generation", Kind::Int),
    f(8, "creationTimestamp", Kind::Time),
    f(9, "deletionTimestamp", Kind::Time),
    f(10, "deletionGracePeriodSeconds", Kind::Int),
    f(11, "labels", Kind::MapStrStr),
    f(12, "annotations", Kind::MapStrStr),
    r(13, "ownerReferences", Kind::Msg(OWNER_REF)),
    r(14, "finalizers", Kind::Str),
    r(17, "managedFields", Kind::Msg(MANAGED_FIELDS)),
];
static SECRET: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "data", Kind::MapStrBytes),
    f(3, "type", Kind::Str),
    f(4, "stringData", Kind::MapStrStr),
    f(5, "immutable", Kind::Bool),
];
static CONFIG_MAP: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "data", Kind::MapStrStr),
    f(3, "binaryData", Kind::MapStrBytes),
    f(4, "immutable", Kind::Bool),
];
static NAMESPACE_SPEC: &[Field] = &[r(1, "finalizers", Kind::Str)];
static NAMESPACE_STATUS: &[Field] = &[f(1, "phase", Kind::Str)];
static NAMESPACE: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "spec", Kind::Msg(NAMESPACE_SPEC)),
    f(3, "status", Kind::Msg(NAMESPACE_STATUS)),
];
static OBJECT_REF: &[Field] = &[
    f(1, "kind", Kind::Str),
    f(2, "namespace", Kind::Str),
    f(3, "name", Kind::Str),
    f(4, "uid", Kind::Str),
    f(5, "apiVersion", Kind::Str),
    f(6, "resourceVersion", Kind::Str),
    f(7, "fieldPath", Kind::Str),
];
static LOCAL_REF: &[Field] = &[f(1, "name", Kind::Str)];
static SERVICE_ACCOUNT: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    r(2, "secrets", Kind::Msg(OBJECT_REF)),
    r(3, "imagePullSecrets", Kind::Msg(LOCAL_REF)),
    f(4, "automountServiceAccountToken", Kind::Bool),
];
static BOUND_REF: &[Field] = &[
    f(1, "kind", Kind::Str),
    f(2, "apiVersion", Kind::Str),
    f(3, "name", Kind::Str),
    f(4, "uid", Kind::Str),
];
static TOKEN_REQUEST_SPEC: &[Field] = &[
    r(1, "audiences", Kind::Str),
    f(3, "boundObjectRef", Kind::Msg(BOUND_REF)),
    f(4, "expirationSeconds", Kind::Int),
];
static TOKEN_REQUEST: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "spec", Kind::Msg(TOKEN_REQUEST_SPEC)),
];
static PRECONDITIONS: &[Field] = &[f(1, "uid", Kind::Str), f(2, "resourceVersion", Kind::Str)];
static DELETE_OPTIONS: &[Field] = &[
    f(1, "gracePeriodSeconds", Kind::Int),
    f(2, "preconditions", Kind::Msg(PRECONDITIONS)),
    f(3, "orphanDependents", Kind::Bool),
    f(4, "propagationPolicy", Kind::Str),
    r(5, "dryRun", Kind::Str),
];
static LEASE_SPEC: &[Field] = &[
    f(1, "holderIdentity", Kind::Str),
    f(2, "leaseDurationSeconds", Kind::Int),
    f(3, "acquireTime", Kind::MicroTime),
    f(4, "renewTime", Kind::MicroTime),
    f(5, "leaseTransitions", Kind::Int),
    f(6, "strategy", Kind::Str),
    f(7, "preferredHolder", Kind::Str),
];
static LEASE: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "spec", Kind::Msg(LEASE_SPEC)),
];

static RESOURCE_ATTRIBUTES: &[Field] = &[
    f(1, "namespace", Kind::Str),
    f(2, "verb", Kind::Str),
    f(3, "group", Kind::Str),
    f(4, "version", Kind::Str),
    f(5, "resource", Kind::Str),
    f(6, "subresource", Kind::Str),
    f(7, "name", Kind::Str),
];
static NON_RESOURCE_ATTRIBUTES: &[Field] = &[f(1, "path", Kind::Str), f(2, "verb", Kind::Str)];
static ACCESS_REVIEW_SPEC: &[Field] = &[
    f(1, "resourceAttributes", Kind::Msg(RESOURCE_ATTRIBUTES)),
    f(
        2,
        "nonResourceAttributes",
        Kind::Msg(NON_RESOURCE_ATTRIBUTES),
    ),
    f(3, "user", Kind::Str),
    r(4, "groups", Kind::Str),
    f(6, "uid", Kind::Str),
];
static ACCESS_REVIEW: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "spec", Kind::Msg(ACCESS_REVIEW_SPEC)),
];
static RULES_REVIEW_SPEC: &[Field] = &[f(1, "namespace", Kind::Str)];
static RULES_REVIEW: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "spec", Kind::Msg(RULES_REVIEW_SPEC)),
];
static TOKEN_REVIEW_SPEC: &[Field] = &[f(1, "token", Kind::Str), r(2, "audiences", Kind::Str)];
static TOKEN_REVIEW: &[Field] = &[
    f(1, "metadata", Kind::Msg(OBJECT_META)),
    f(2, "spec", Kind::Msg(TOKEN_REVIEW_SPEC)),
];
static SELF_SUBJECT_REVIEW: &[Field] = &[f(1, "metadata", Kind::Msg(OBJECT_META))];

fn message_for(kind: &str) -> Option<&'static [Field]> {
    Some(match kind {
        "Secret" => SECRET,
        "ConfigMap" => CONFIG_MAP,
        "Namespace" => NAMESPACE,
        "ServiceAccount" => SERVICE_ACCOUNT,
        "TokenRequest" => TOKEN_REQUEST,
        "DeleteOptions" => DELETE_OPTIONS,
        "Lease" => LEASE,
        "SelfSubjectAccessReview" | "SubjectAccessReview" | "LocalSubjectAccessReview" => {
            ACCESS_REVIEW
        }
        "SelfSubjectRulesReview" => RULES_REVIEW,
        "TokenReview" => TOKEN_REVIEW,
        "SelfSubjectReview" => SELF_SUBJECT_REVIEW,
        _ => return None,
    })
}

/// Decodes a protobuf-encoded object (`k8s\0` + runtime.Unknown) into its JSON form.
pub fn decode(body: &[u8]) -> Result<Value, String> {
    let rest = body
        .strip_prefix(MAGIC)
        .ok_or("not a Kubernetes protobuf message (missing k8s\\0 prefix)")?;
    let unknown = decode_message(rest, UNKNOWN)?;
    let api_version = unknown["typeMeta"]["apiVersion"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let kind = unknown["typeMeta"]["kind"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let fields = message_for(&kind).ok_or_else(|| {
        format!("protobuf encoding of {kind} is not supported by the simulator; send JSON")
    })?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(unknown["raw"].as_str().unwrap_or_default())
        .map_err(|e| e.to_string())?;
    let mut obj = decode_message(&raw, fields)?;
    if let Value::Object(m) = &mut obj {
        if !api_version.is_empty() {
            m.insert("apiVersion".into(), json!(api_version));
        }
        if !kind.is_empty() {
            m.insert("kind".into(), json!(kind));
        }
    }
    Ok(obj)
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.b.get(self.pos).ok_or("truncated varint")?;
            self.pos += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("varint too long".into())
    }
    fn bytes(&mut self) -> Result<&'a [u8], String> {
        let len = self.varint()? as usize;
        let end = self
            .pos
            .checked_add(len)
            .filter(|e| *e <= self.b.len())
            .ok_or("truncated field")?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn skip(&mut self, wire: u64) -> Result<(), String> {
        match wire {
            0 => self.varint().map(|_| ()),
            1 => {
                self.pos += 8;
                Ok(())
            }
            2 => self.bytes().map(|_| ()),
            5 => {
                self.pos += 4;
                Ok(())
            }
            w => Err(format!("unsupported wire type {w}")),
        }
    }
}

fn decode_message(b: &[u8], fields: &[Field]) -> Result<Value, String> {
    let mut out = Map::new();
    let mut rd = Reader { b, pos: 0 };
    while rd.pos < b.len() {
        let tag = rd.varint()?;
        let (num, wire) = (tag >> 3, tag & 7);
        let Some(field) = fields.iter().find(|f| f.num == num) else {
            rd.skip(wire)?;
            continue;
        };
        let value = match field.kind {
            Kind::Str => json!(String::from_utf8_lossy(rd.bytes()?)),
            Kind::Bytes => json!(base64::engine::general_purpose::STANDARD.encode(rd.bytes()?)),
            Kind::Bool => json!(rd.varint()? != 0),
            Kind::Int => json!(rd.varint()? as i64),
            Kind::Time | Kind::MicroTime => {
                let t = decode_message(
                    rd.bytes()?,
                    &[f(1, "seconds", Kind::Int), f(2, "nanos", Kind::Int)],
                )?;
                let secs = t["seconds"].as_i64().unwrap_or(0);
                let nanos = t["nanos"].as_i64().unwrap_or(0);
                json!(format_time(
                    secs,
                    nanos,
                    matches!(field.kind, Kind::MicroTime)
                ))
            }
            Kind::RawJson => {
                let inner = decode_message(rd.bytes()?, &[f(1, "raw", Kind::Bytes)])?;
                let raw = base64::engine::general_purpose::STANDARD
                    .decode(inner["raw"].as_str().unwrap_or_default())
                    .map_err(|e| e.to_string())?;
                serde_json::from_slice(&raw).map_err(|e| e.to_string())?
            }
            Kind::MapStrStr | Kind::MapStrBytes => {
                let value_kind = if matches!(field.kind, Kind::MapStrStr) {
                    Kind::Str
                } else {
                    Kind::Bytes
                };
                let entry = decode_message(
                    rd.bytes()?,
                    &[f(1, "key", Kind::Str), f(2, "value", value_kind)],
                )?;
                let key = entry["key"].as_str().unwrap_or_default().to_string();
                let val = entry.get("value").cloned().unwrap_or_else(|| json!(""));
                out.entry(field.name).or_insert_with(|| json!({}))[key] = val;
                continue;
            }
            Kind::Msg(inner) => decode_message(rd.bytes()?, inner)?,
        };
        if field.repeated {
            out.entry(field.name)
                .or_insert_with(|| json!([]))
                .as_array_mut()
                .ok_or("repeated field")?
                .push(value);
        } else {
            out.insert(field.name.into(), value);
        }
    }
    Ok(Value::Object(out))
}

fn format_time(secs: i64, nanos: i64, micro: bool) -> String {
    let t =
        time::OffsetDateTime::from_unix_timestamp(secs).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let base = t
        .format(&time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second]"
        ))
        .unwrap_or_default();
    if micro {
        format!("{base}.{:06}Z", nanos / 1000)
    } else {
        format!("{base}Z")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn varint(mut v: u64, out: &mut Vec<u8>) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }
    fn field(num: u64, payload: &[u8], out: &mut Vec<u8>) {
        varint(num << 3 | 2, out);
        varint(payload.len() as u64, out);
        out.extend_from_slice(payload);
    }

    #[test]
    fn decodes_a_secret_like_client_go_encodes_it() {
        let mut meta = Vec::new();
        field(1, b"sh.helm.release.v1.demo.v1", &mut meta);
        let mut label = Vec::new();
        field(1, b"owner", &mut label);
        field(2, b"helm", &mut label);
        field(11, &label, &mut meta);
        let mut secret = Vec::new();
        field(1, &meta, &mut secret);
        let mut entry = Vec::new();
        field(1, b"release", &mut entry);
        field(2, b"\x01\x02", &mut entry);
        field(2, &entry, &mut secret);
        field(3, b"helm.sh/release.v1", &mut secret);
        let mut tm = Vec::new();
        field(1, b"v1", &mut tm);
        field(2, b"Secret", &mut tm);
        let mut unknown = Vec::new();
        field(1, &tm, &mut unknown);
        field(2, &secret, &mut unknown);
        let mut body = MAGIC.to_vec();
        body.extend(unknown);
        let v = decode(&body).unwrap();
        assert_eq!(
            v,
            json!({"apiVersion":"v1","kind":"Secret","metadata":{"name":"sh.helm.release.v1.demo.v1","labels":{"owner":"helm"}},
                   "data":{"release":"AQI="},"type":"helm.sh/release.v1"})
        );
        assert!(decode(b"{}").is_err());
    }
}

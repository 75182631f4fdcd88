//! The version an object was written at: its spec, as the hub stores it, checked against that
//! version's schema before anything is sent to Azure. kube-apiserver checked it already when
//! it was written through a served version; this is the defence for an object written at the
//! hub directly (whose schema keeps anything), and the field is named in Ready=False.

use kube::api::DynamicObject;
use serde_json::{Value, json};

use aso_runtime::KindInfo;
use aso_schema::convert::ORIGINAL_VERSION;

/// `Ok` when `obj`'s spec is valid at `info`'s version: no field that version lacks, every
/// value valid, every CEL rule true. Otherwise the first problems, in the server's words.
pub fn check_spec(info: &KindInfo, obj: &DynamicObject) -> Result<(), String> {
    let schema = crate::crds::schema(info)?;
    let mut spec = obj.data.get("spec").cloned().unwrap_or_else(|| json!({}));
    if let Value::Object(map) = &mut spec {
        map.remove(ORIGINAL_VERSION);
    }
    let view = json!({
        "apiVersion": format!("{}/{}", info.api_group, info.version),
        "kind": info.kind,
        "metadata": {
            "name": obj.metadata.name,
            "namespace": obj.metadata.namespace,
        },
        "spec": spec,
    });
    let unknown = aso_schema::prune(schema, &mut view.clone());
    if !unknown.is_empty() {
        return Err(format!(
            "{}: {}",
            info.version,
            unknown
                .iter()
                .map(|path| format!("unknown field {path:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let mut errors = aso_schema::validate(schema, &view);
    if errors.is_empty() && aso_schema::has_rules(schema) {
        errors = aso_schema::validate_rules(schema, &view, None);
    }
    if errors.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}: {}",
        info.version,
        errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(version: &str) -> &'static KindInfo {
        aso_runtime::versions::find(
            &aso_catalog::catalog(),
            "storage.azure.com",
            "StorageAccount",
            version,
        )
        .unwrap()
    }

    fn object(spec: Value) -> DynamicObject {
        serde_json::from_value(json!({
            "apiVersion": "storage.azure.com/v1apistorage", "kind": "StorageAccount",
            "metadata": {"name": "acct", "namespace": "ns"}, "spec": spec}))
        .unwrap()
    }

    #[test]
    fn specs_are_checked_at_the_version_they_were_written_at() {
        let spec = json!({"originalVersion": "v1api20210401", "location": "westus",
            "kind": "StorageV2", "sku": {"name": "Standard_LRS"}, "owner": {"name": "rg"}});
        check_spec(info("v1api20210401"), &object(spec.clone())).unwrap();
        let mut unknown = spec.clone();
        unknown["notAField"] = json!(1);
        let err = check_spec(info("v1api20210401"), &object(unknown)).unwrap_err();
        assert_eq!(err, "v1api20210401: unknown field \"spec.notAField\"");
        let mut wrong = spec;
        wrong["location"] = json!(7);
        let err = check_spec(info("v1api20210401"), &object(wrong)).unwrap_err();
        assert!(err.contains("spec.location"), "{err}");
    }
}

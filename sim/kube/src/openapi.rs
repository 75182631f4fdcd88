//! OpenAPI v3 documents: the index at `/openapi/v3` and one document per group-version, with
//! every resource path and operation (kubectl checks the PATCH operation's parameters to decide
//! on server-side field validation) and, for custom resources, the CRD schema (for `kubectl
//! explain`). Built-in kinds have paths but no schemas, so kubectl falls back to its compiled-in
//! types for strategic merge patches.

use crate::registry::{ResourceType, Snapshot};
use serde_json::{Map, Value, json};

const OBJECT_META: &str = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

fn gv_path(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("api/{version}")
    } else {
        format!("apis/{group}/{version}")
    }
}

/// `/openapi/v3`: the list of group-version documents; `hash` changes when CRDs change.
pub fn index(snap: &Snapshot, hash: &str) -> Value {
    let mut paths = Map::new();
    for g in &snap.groups {
        for v in &g.versions {
            let p = gv_path(&g.name, v);
            paths.insert(
                p.clone(),
                json!({"serverRelativeURL": format!("/openapi/v3/{p}?hash={hash}")}),
            );
        }
    }
    json!({"paths": paths})
}

/// The schema component name for a kind: `com.azure.resources.v1api20200601.ResourceGroup`.
pub fn definition_name(group: &str, version: &str, kind: &str) -> String {
    let reversed: Vec<&str> = group.split('.').rev().collect();
    if group.is_empty() {
        format!("io.k8s.api.core.{version}.{kind}")
    } else {
        format!("{}.{version}.{kind}", reversed.join("."))
    }
}

fn param(name: &str, location: &str, ty: &str, description: &str) -> Value {
    let mut p = json!({"name": name, "in": location, "description": description, "schema": {"type": ty, "uniqueItems": true}});
    if location == "path" {
        p["required"] = json!(true);
    }
    p
}

fn write_params(with_force: bool) -> Vec<Value> {
    let mut ps = vec![
        param(
            "dryRun",
            "query",
            "string",
            "When present, indicates that modifications should not be persisted.",
        ),
        param(
            "fieldManager",
            "query",
            "string",
            "fieldManager is a name associated with the actor or entity that is making these changes.",
        ),
        param(
            "fieldValidation",
            "query",
            "string",
            "fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.",
        ),
    ];
    if with_force {
        ps.push(param(
            "force",
            "query",
            "boolean",
            "Force is going to \"force\" Apply requests.",
        ));
    }
    ps
}

fn op(
    rt: &ResourceType,
    action: &str,
    verb: &str,
    params: Vec<Value>,
    schema_ref: Option<&str>,
) -> Value {
    let content = match schema_ref {
        Some(r) => {
            json!({"application/json": {"schema": {"$ref": format!("#/components/schemas/{r}")}}})
        }
        None => json!({"application/json": {"schema": {"type": "object"}}}),
    };
    let mut o = json!({
        "operationId": format!("{verb}{}", rt.kind),
        "parameters": params,
        "responses": {"200": {"description": "OK", "content": content}},
        "x-kubernetes-action": action,
        "x-kubernetes-group-version-kind": {"group": rt.group, "version": rt.version, "kind": rt.kind},
    });
    if matches!(action, "post" | "put" | "patch") {
        let ct = if action == "patch" {
            json!({
                "application/json-patch+json": {"schema": {"type": "object"}},
                "application/merge-patch+json": {"schema": {"type": "object"}},
                "application/apply-patch+yaml": {"schema": {"type": "object"}},
            })
        } else {
            content.clone()
        };
        o["requestBody"] = json!({"content": ct, "required": true});
    }
    o
}

/// The document for one group-version, or `None` if nothing is served there.
pub fn document(snap: &Snapshot, group: &str, version: &str) -> Option<Value> {
    let mut paths = Map::new();
    let mut schemas = Map::new();
    let base = format!("/{}", gv_path(group, version));
    for rt in snap.in_group_version(group, version) {
        let def = rt.crd.as_ref().and_then(|c| c.raw_schema.as_ref()).map(|raw| {
            let name = definition_name(group, version, &rt.kind);
            schemas.insert(name.clone(), crd_schema(raw, rt));
            let list_name = definition_name(group, version, &rt.list_kind);
            schemas.insert(
                list_name,
                json!({
                    "type": "object",
                    "description": format!("{} is a list of {}", rt.list_kind, rt.kind),
                    "required": ["items"],
                    "properties": {
                        "apiVersion": {"type": "string"},
                        "kind": {"type": "string"},
                        "items": {"type": "array", "items": {"$ref": format!("#/components/schemas/{name}")}},
                        "metadata": {"type": "object"},
                    },
                    "x-kubernetes-group-version-kind": [{"group": group, "version": version, "kind": rt.list_kind}],
                }),
            );
            name
        });
        let def = def.as_deref();
        let collection = if rt.namespaced {
            format!("{base}/namespaces/{{namespace}}/{}", rt.plural)
        } else {
            format!("{base}/{}", rt.plural)
        };
        let ns_param = rt.namespaced.then(|| {
            param(
                "namespace",
                "path",
                "string",
                "object name and auth scope, such as for teams and projects",
            )
        });
        let name_param = param(
            "name",
            "path",
            "string",
            format!("name of the {}", rt.kind).as_str(),
        );
        let list_params = vec![
            param(
                "labelSelector",
                "query",
                "string",
                "A selector to restrict the list of returned objects by their labels.",
            ),
            param(
                "fieldSelector",
                "query",
                "string",
                "A selector to restrict the list of returned objects by their fields.",
            ),
            param(
                "limit",
                "query",
                "integer",
                "limit is a maximum number of responses to return for a list call.",
            ),
            param(
                "continue",
                "query",
                "string",
                "The continue option should be set when retrieving more results from the server.",
            ),
            param(
                "resourceVersion",
                "query",
                "string",
                "resourceVersion sets a constraint on what resource versions a request may be served from.",
            ),
            param(
                "watch",
                "query",
                "boolean",
                "Watch for changes to the described resources.",
            ),
        ];
        let mut coll = Map::new();
        if rt.create_only {
            coll.insert(
                "post".into(),
                op(rt, "post", "create", write_params(false), def),
            );
        } else {
            coll.insert(
                "get".into(),
                op(rt, "list", "list", list_params.clone(), None),
            );
            coll.insert(
                "post".into(),
                op(rt, "post", "create", write_params(false), def),
            );
            coll.insert(
                "delete".into(),
                op(
                    rt,
                    "deletecollection",
                    "deletecollection",
                    list_params.clone(),
                    None,
                ),
            );
        }
        coll.insert(
            "parameters".into(),
            json!(ns_param.iter().cloned().collect::<Vec<_>>()),
        );
        paths.insert(collection.clone(), Value::Object(coll));
        if rt.create_only {
            continue;
        }
        let item_params: Vec<Value> = std::iter::once(name_param)
            .chain(ns_param.clone())
            .collect();
        paths.insert(
            format!("{collection}/{{name}}"),
            json!({
                "get": op(rt, "get", "read", vec![], def),
                "put": op(rt, "put", "replace", write_params(false), def),
                "patch": op(rt, "patch", "patch", write_params(true), def),
                "delete": op(rt, "delete", "delete", vec![param("propagationPolicy", "query", "string", "Whether and how garbage collection will be performed.")], None),
                "parameters": item_params,
            }),
        );
        for sub in rt.subresources() {
            if sub == "status" {
                paths.insert(
                    format!("{collection}/{{name}}/status"),
                    json!({
                        "get": op(rt, "get", "readStatus", vec![], def),
                        "put": op(rt, "put", "replaceStatus", write_params(false), def),
                        "patch": op(rt, "patch", "patchStatus", write_params(true), def),
                        "parameters": item_params,
                    }),
                );
            }
        }
        if rt.namespaced {
            paths.insert(
                format!("{base}/{}", rt.plural),
                json!({"get": op(rt, "list", "listForAllNamespaces", list_params, None)}),
            );
        }
    }
    if paths.is_empty() {
        return None;
    }
    if !schemas.is_empty() {
        schemas.insert(OBJECT_META.into(), object_meta());
    }
    Some(json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": "v1.37.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }))
}

fn crd_schema(raw: &Value, rt: &ResourceType) -> Value {
    let mut s = raw.clone();
    strip_cel(&mut s);
    if let Some(props) = s.get_mut("properties").and_then(Value::as_object_mut) {
        props.insert(
            "metadata".into(),
            json!({"allOf": [{"$ref": format!("#/components/schemas/{OBJECT_META}")}],
                   "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"}),
        );
    }
    s["x-kubernetes-group-version-kind"] =
        json!([{"group": rt.group, "version": rt.version, "kind": rt.kind}]);
    s
}

fn strip_cel(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.remove("x-kubernetes-validations");
            m.values_mut().for_each(strip_cel);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_cel),
        _ => {}
    }
}

fn object_meta() -> Value {
    let s = |d: &str| json!({"type": "string", "description": d});
    json!({
        "type": "object",
        "description": "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
        "properties": {
            "name": s("Name must be unique within a namespace."),
            "generateName": s("GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided."),
            "namespace": s("Namespace defines the space within which each name must be unique."),
            "uid": s("UID is the unique in time and space value for this object."),
            "resourceVersion": s("An opaque value that represents the internal version of this object."),
            "generation": {"type": "integer", "format": "int64", "description": "A sequence number representing a specific generation of the desired state."},
            "creationTimestamp": {"type": "string", "format": "date-time", "description": "CreationTimestamp is a timestamp representing the server time when this object was created."},
            "deletionTimestamp": {"type": "string", "format": "date-time", "description": "DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted."},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Map of string keys and values that can be used to organize and categorize objects."},
            "annotations": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Annotations is an unstructured key value map stored with a resource."},
            "finalizers": {"type": "array", "items": {"type": "string"}, "description": "Must be empty before the object is deleted from the registry."},
            "ownerReferences": {"type": "array", "items": {"type": "object"}, "description": "List of objects depended by this object."},
            "managedFields": {"type": "array", "items": {"type": "object"}, "description": "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow."},
        },
        "x-kubernetes-group-version-kind": [],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;

    #[test]
    fn builtin_documents_have_patch_operations_with_field_validation() {
        let r = Registry::new();
        let s = r.snapshot();
        let idx = index(&s, "h");
        assert!(
            idx["paths"]["api/v1"]["serverRelativeURL"]
                .as_str()
                .unwrap()
                .starts_with("/openapi/v3/api/v1?hash=")
        );
        let doc = document(&s, "", "v1").unwrap();
        let patch = &doc["paths"]["/api/v1/namespaces/{namespace}/configmaps/{name}"]["patch"];
        assert_eq!(
            patch["x-kubernetes-group-version-kind"]["kind"],
            "ConfigMap"
        );
        assert!(
            patch["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["name"] == "fieldValidation")
        );
        assert_eq!(
            definition_name("resources.azure.com", "v1", "ResourceGroup"),
            "com.azure.resources.v1.ResourceGroup"
        );
    }
}

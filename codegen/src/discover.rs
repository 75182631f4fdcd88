//! Resource discovery: a configured kind's PUT operation in its spec file, and what the path says
//! about it (ARM type, scope, name rules, fixed names), its request body and its GET response.

use std::path::Path;

use aso_runtime::Scope;

use crate::load::{Loader, Node, SpecError};

/// What the PUT path of a kind says.
#[derive(Debug, Clone)]
pub struct Discovered {
    /// The path with enum-valued type segments substituted (`.../dnsZones/{zoneName}/A/{relativeRecordSetName}`).
    pub arm_uri: String,
    pub arm_type: String,
    pub scope: Scope,
    pub name: ResourceName,
    /// Schema of the PUT request body; some resources are created without one.
    pub put_body: Option<Node>,
    /// Schema of the GET 200 response (or, without a GET, the PUT's 200/201 response).
    pub get_response: Node,
    /// Where the PUT operation is, for messages.
    pub operation: Node,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ResourceName {
    /// A singleton child with a fixed name (`default`).
    Fixed(String),
    /// A name chosen by the user, validated as the path parameter says.
    Free {
        pattern: Option<String>,
        min_length: Option<u64>,
        max_length: Option<u64>,
    },
}

/// Finds the PUT operation for `arm_type` in `spec_file`.
pub fn discover(
    loader: &Loader,
    spec_file: &Path,
    arm_type: &str,
) -> Result<Discovered, SpecError> {
    let document = loader.document(spec_file)?;
    let mut seen_types = Vec::new();
    let mut found = Vec::new();
    for paths_key in ["paths", "x-ms-paths"] {
        let Some(paths) = document.get(paths_key) else {
            continue;
        };
        for (path, item) in paths.entries() {
            let Some(put) = item.get("put") else { continue };
            let parameters = path_parameters(loader, &item, &put)?;
            for candidate in arm_types_of(&path, &parameters) {
                if candidate.arm_type.eq_ignore_ascii_case(arm_type) {
                    found.push((
                        path.clone(),
                        item.clone(),
                        put.clone(),
                        parameters.clone(),
                        candidate,
                    ));
                } else {
                    seen_types.push(candidate.arm_type);
                }
            }
        }
    }
    // Where one type has several PUT paths, prefer the resource-group one (what manifests use).
    found.sort_by_key(|(path, ..)| !path.to_ascii_lowercase().contains("/resourcegroups/"));
    let Some((path, item, put, parameters, candidate)) = found.into_iter().next() else {
        seen_types.sort();
        seen_types.dedup();
        return Err(SpecError::at(
            spec_file.display(),
            format!(
                "no PUT operation for ARM type {arm_type}; PUT types in this file: {}",
                seen_types.join(", ")
            ),
        ));
    };

    let put_body = parameters
        .iter()
        .find(|p| p.str("in") == Some("body"))
        .and_then(|p| p.get("schema"));
    let response_of = |operation: &Node, codes: &[&str]| {
        codes
            .iter()
            .find_map(|code| operation.child("responses").child(code).get("schema"))
    };
    let get_response = item
        .get("get")
        .and_then(|get| response_of(&get, &["200"]))
        .or_else(|| response_of(&put, &["200", "201"]))
        .ok_or_else(|| {
            SpecError::at(
                item.location(),
                "neither a GET 200 nor a PUT 200/201 response schema",
            )
        })?;

    let name = name_of(&path, &parameters, &put)?;
    // ARM URIs show a fixed name in place of its parameter, as ASO lists them.
    let arm_uri = match &name {
        ResourceName::Fixed(fixed) => {
            let (head, _) = candidate.uri.rsplit_once('/').unwrap_or(("", ""));
            format!("{head}/{fixed}")
        }
        ResourceName::Free { .. } => candidate.uri,
    };
    Ok(Discovered {
        arm_uri,
        arm_type: candidate.arm_type,
        scope: scope_of(&path),
        name,
        put_body,
        get_response,
        operation: put,
    })
}

/// Path-level parameters followed by the operation's, with `$ref`s resolved.
fn path_parameters(loader: &Loader, item: &Node, operation: &Node) -> Result<Vec<Node>, SpecError> {
    let mut out: Vec<Node> = Vec::new();
    for list in [item.get("parameters"), operation.get("parameters")]
        .into_iter()
        .flatten()
    {
        for parameter in list.items() {
            let parameter = loader.resolve(&parameter)?;
            // An operation parameter overrides a path-level one of the same name and location.
            out.retain(|p| {
                !(p.str("name") == parameter.str("name") && p.str("in") == parameter.str("in"))
            });
            out.push(parameter);
        }
    }
    Ok(out)
}

struct Candidate {
    arm_type: String,
    uri: String,
}

/// The ARM types a PUT path creates: one, or one per value where a type segment is an enum
/// parameter (`dnsZones/{zoneName}/{recordType}/{name}`).
fn arm_types_of(path: &str, parameters: &[Node]) -> Vec<Candidate> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let Some(providers) = segments
        .iter()
        .rposition(|s| s.eq_ignore_ascii_case("providers"))
    else {
        // Resource groups are the one kind created without a provider segment.
        return match segments.as_slice() {
            [s, _, r, _]
                if s.eq_ignore_ascii_case("subscriptions")
                    && r.eq_ignore_ascii_case("resourcegroups") =>
            {
                vec![Candidate {
                    arm_type: "Microsoft.Resources/resourceGroups".into(),
                    uri: path.to_string(),
                }]
            }
            _ => vec![],
        };
    };
    let rest = &segments[providers + 1..];
    if rest.len() < 3 || rest.len().is_multiple_of(2) {
        return vec![];
    }
    let namespace = rest[0];
    let mut variants: Vec<(Vec<String>, Vec<String>)> =
        vec![(vec![namespace.to_string()], Vec::new())];
    for (i, segment) in rest.iter().enumerate().skip(1) {
        let is_type_segment = i % 2 == 1;
        let values: Vec<String> = match param_name(segment) {
            Some(name) if is_type_segment => {
                let enum_values = parameters
                    .iter()
                    .find(|p| p.str("name") == Some(name) && p.str("in") == Some("path"))
                    .and_then(|p| p.value().get("enum").and_then(|e| e.as_array()).cloned())
                    .unwrap_or_default();
                enum_values
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            }
            _ => vec![segment.to_string()],
        };
        let mut next = Vec::new();
        for (types, uri_tail) in &variants {
            for value in &values {
                let mut types = types.clone();
                let mut uri_tail = uri_tail.clone();
                if is_type_segment {
                    types.push(value.clone());
                }
                uri_tail.push(value.clone());
                next.push((types, uri_tail));
            }
        }
        variants = next;
    }
    let head = segments[..=providers].join("/");
    variants
        .into_iter()
        .map(|(types, tail)| Candidate {
            arm_type: types.join("/"),
            uri: format!("/{head}/{namespace}/{}", tail.join("/")),
        })
        .collect()
}

fn param_name(segment: &str) -> Option<&str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

fn scope_of(path: &str) -> Scope {
    let lower = path.to_ascii_lowercase();
    let segments: Vec<&str> = lower.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        [first, ..] if param_name(first).is_some() => Scope::Extension,
        ["subscriptions", _, "resourcegroups", _] => Scope::Location,
        ["subscriptions", _, "resourcegroups", _, "providers", ..] => {
            // A provider segment after the resource's own type makes it an extension resource.
            if segments.iter().filter(|s| **s == "providers").count() > 1 {
                Scope::Extension
            } else {
                Scope::ResourceGroup
            }
        }
        ["subscriptions", _, "providers", ..] => Scope::Subscription,
        _ => Scope::Tenant,
    }
}

fn name_of(path: &str, parameters: &[Node], put: &Node) -> Result<ResourceName, SpecError> {
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let Some(name) = param_name(last) else {
        return Ok(ResourceName::Fixed(last.to_string()));
    };
    let parameter = parameters
        .iter()
        .find(|p| p.str("name") == Some(name) && p.str("in") == Some("path"))
        .ok_or_else(|| {
            SpecError::at(
                put.location(),
                format!("path parameter {name:?} is not declared"),
            )
        })?;
    let value = parameter.value();
    if let Some(values) = value.get("enum").and_then(|e| e.as_array())
        && values.len() == 1
        && let Some(fixed) = values[0].as_str()
    {
        return Ok(ResourceName::Fixed(fixed.to_string()));
    }
    Ok(ResourceName::Free {
        pattern: value
            .get("pattern")
            .and_then(|v| v.as_str())
            .map(str::to_string),
        min_length: value.get("minLength").and_then(|v| v.as_u64()),
        max_length: value.get("maxLength").and_then(|v| v.as_u64()),
    })
}

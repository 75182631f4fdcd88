//! Which webhooks a request reaches (`generic/webhook.go`: `ShouldCallHook`): the namespace
//! selector, the object selector, then the rules (`predicates/rules/rules.go`), first at the
//! version requested and, with `matchPolicy: Equivalent`, at any other served version of the same
//! resource (the object is then converted to that version for the webhook).

use super::Attributes;
use super::config::{Hook, Rule};
use crate::error::{ApiError, ApiResult};
use crate::sim::Sim;
use crate::store::res_key;
use serde_json::Value;
use std::collections::BTreeMap;

/// A webhook that applies to a request, and the version it wants the object in.
pub struct Invocation<'h> {
    pub hook: &'h Hook,
    pub version: String,
}

fn exact_or_wildcard(items: &[String], requested: &str) -> bool {
    items.iter().any(|i| i == "*" || i == requested)
}

/// `rules.Matcher.Matches` for the request's resource at `version`.
pub fn rule_matches(rule: &Rule, a: &Attributes<'_>, version: &str) -> bool {
    let is_namespace = a.rt.group.is_empty() && a.rt.plural == "namespaces" && version == "v1";
    let scope = match rule.scope.as_str() {
        "Namespaced" => !is_namespace && !a.namespace.is_empty(),
        "Cluster" => is_namespace || a.namespace.is_empty(),
        _ => true,
    };
    let operation = rule
        .operations
        .iter()
        .any(|o| o == "*" || o == a.operation.as_str());
    let resource = rule.resources.iter().any(|r| {
        let (res, sub) = r.split_once('/').unwrap_or((r, ""));
        (res == "*" || res == a.rt.plural) && (sub == "*" || sub == a.subresource)
    });
    scope
        && operation
        && exact_or_wildcard(&rule.groups, &a.rt.group)
        && exact_or_wildcard(&rule.versions, version)
        && resource
}

fn labels(v: Option<&Value>) -> BTreeMap<String, String> {
    v.and_then(|o| o["metadata"]["labels"].as_object())
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

impl Sim {
    /// Whether `hook` applies to the request, and at which version.
    pub fn invocation<'h>(
        &self,
        hook: &'h Hook,
        a: &Attributes<'_>,
        obj: Option<&Value>,
        old: Option<&Value>,
    ) -> ApiResult<Option<Invocation<'h>>> {
        if !self.namespace_selected(hook, a, obj)? {
            return Ok(None);
        }
        let object_selected = hook.object_selector.is_empty()
            || hook.object_selector.matches(&labels(obj))
            || hook.object_selector.matches(&labels(old));
        if !object_selected {
            return Ok(None);
        }
        if hook.rules.iter().any(|r| rule_matches(r, a, &a.rt.version)) {
            return Ok(Some(Invocation {
                hook,
                version: a.rt.version.clone(),
            }));
        }
        if !hook.equivalent || !a.rt.is_crd() {
            return Ok(None);
        }
        // Custom resources are the only kinds served at several versions here.
        let snap = self.registry.snapshot();
        let others: Vec<String> = snap
            .resources
            .iter()
            .filter(|r| r.key == a.rt.key && r.version != a.rt.version)
            .map(|r| r.version.clone())
            .collect();
        for rule in &hook.rules {
            if let Some(v) = others.iter().find(|v| rule_matches(rule, a, v)) {
                return Ok(Some(Invocation {
                    hook,
                    version: v.clone(),
                }));
            }
        }
        Ok(None)
    }

    /// `namespace.Matcher.MatchNamespaceSelector`: cluster-scoped objects other than namespaces
    /// always match; a namespace that does not exist answers 404.
    fn namespace_selected(
        &self,
        hook: &Hook,
        a: &Attributes<'_>,
        obj: Option<&Value>,
    ) -> ApiResult<bool> {
        let is_namespace = a.rt.group.is_empty() && a.rt.plural == "namespaces";
        if (a.namespace.is_empty() && !is_namespace) || hook.namespace_selector.is_empty() {
            return Ok(true);
        }
        let ns_labels = if is_namespace
            && a.subresource.is_empty()
            && a.operation != super::Operation::Delete
        {
            labels(obj)
        } else {
            let ns = self
                .store
                .get(&res_key("", "namespaces"), "", a.namespace)
                .ok_or_else(|| ApiError::not_found("", "namespaces", a.namespace))?;
            ns.meta.labels.clone()
        };
        Ok(hook.namespace_selector.matches(&ns_labels))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::admission::Operation;
    use crate::registry::Registry;
    use serde_json::json;

    fn rule(resources: &[&str], scope: &str) -> Rule {
        Rule {
            operations: vec!["CREATE".into()],
            groups: vec!["".into()],
            versions: vec!["*".into()],
            resources: resources.iter().map(|s| s.to_string()).collect(),
            scope: scope.into(),
        }
    }

    #[test]
    fn rules_match_resources_subresources_and_scope_as_the_server_does() {
        let reg = Registry::new();
        let snap = reg.snapshot();
        let pods = snap.find("", "v1", "pods").unwrap();
        let ns = snap.find("", "v1", "namespaces").unwrap();
        let attrs = |rt, sub, namespace| Attributes {
            rt,
            subresource: sub,
            namespace,
            name: "x",
            operation: Operation::Create,
            options: json!({}),
            dry_run: false,
        };
        let main = attrs(&pods, "", "default");
        let status = attrs(&pods, "status", "default");
        for (resources, on_main, on_status) in [
            (&["pods"][..], true, false),
            (&["pods/status"][..], false, true),
            (&["pods/*"][..], true, true),
            (&["*"][..], true, false),
            (&["*/*"][..], true, true),
            (&["*/status"][..], false, true),
        ] {
            let r = rule(resources, "*");
            assert_eq!(
                (
                    rule_matches(&r, &main, "v1"),
                    rule_matches(&r, &status, "v1")
                ),
                (on_main, on_status),
                "{resources:?}"
            );
        }
        // A Namespace is cluster-scoped even though its requests carry its name as namespace.
        let namespace = attrs(&ns, "", "x");
        assert!(rule_matches(&rule(&["*"], "Cluster"), &namespace, "v1"));
        assert!(!rule_matches(&rule(&["*"], "Namespaced"), &namespace, "v1"));
        assert!(rule_matches(&rule(&["*"], "Namespaced"), &main, "v1"));
        assert!(!rule_matches(&rule(&["*"], "Cluster"), &main, "v1"));
        let mut other_op = rule(&["pods"], "*");
        other_op.operations = vec!["DELETE".into()];
        assert!(!rule_matches(&other_op, &main, "v1"));
    }
}

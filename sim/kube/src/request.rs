//! Turning a request path and query into what it addresses, like the apiserver's
//! RequestInfoFactory: `/apis/GROUP/VERSION/namespaces/NS/RESOURCE/NAME/SUBRESOURCE`.

use crate::error::{ApiError, ApiResult};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verb {
    Get,
    List,
    Watch,
    Create,
    Update,
    Patch,
    Delete,
    DeleteCollection,
}

impl Verb {
    pub fn as_str(&self) -> &'static str {
        match self {
            Verb::Get => "get",
            Verb::List => "list",
            Verb::Watch => "watch",
            Verb::Create => "create",
            Verb::Update => "update",
            Verb::Patch => "patch",
            Verb::Delete => "delete",
            Verb::DeleteCollection => "deletecollection",
        }
    }
}

/// A request for a resource (as opposed to discovery or other non-resource paths).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceRequest {
    pub verb: Verb,
    pub group: String,
    pub version: String,
    pub namespace: Option<String>,
    pub resource: String,
    pub name: Option<String>,
    pub subresource: Option<String>,
}

/// Query parameters the server honours.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub raw: HashMap<String, String>,
}

impl Query {
    pub fn parse(q: Option<&str>) -> Query {
        let raw = q
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        Query { raw }
    }
    pub fn get(&self, k: &str) -> Option<&str> {
        self.raw
            .get(k)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }
    pub fn flag(&self, k: &str) -> bool {
        matches!(self.get(k), Some("true" | "1"))
    }
    pub fn u64(&self, k: &str) -> ApiResult<Option<u64>> {
        match self.get(k) {
            None => Ok(None),
            Some(v) => v
                .parse::<i64>()
                .map(|n| Some(n.max(0) as u64))
                .map_err(|_| ApiError::bad_request(format!("invalid value for {k}: {v:?}"))),
        }
    }
    pub fn dry_run(&self) -> bool {
        self.raw.get("dryRun").is_some_and(|v| v == "All")
    }
}

/// Parses a resource path; `None` for non-resource paths (discovery, OpenAPI, health).
pub fn parse_resource_path(
    method: &http::Method,
    path: &str,
    query: &Query,
) -> ApiResult<Option<ResourceRequest>> {
    let parts: Vec<&str> = path
        .trim_matches('/')
        .split('/')
        .filter(|p| !p.is_empty())
        .collect();
    let (group, version, rest) = match parts.as_slice() {
        ["api", version, rest @ ..] if !rest.is_empty() => {
            (String::new(), version.to_string(), rest)
        }
        ["apis", group, version, rest @ ..] if !rest.is_empty() => {
            (group.to_string(), version.to_string(), rest)
        }
        _ => return Ok(None),
    };
    let mut rest: Vec<String> = rest.iter().map(|s| decode(s)).collect();
    let mut watch_path = false;
    if rest.first().map(String::as_str) == Some("watch") {
        watch_path = true;
        rest.remove(0);
    }
    let (namespace, rest) = if rest.len() >= 3 && rest[0] == "namespaces" {
        (Some(rest[1].clone()), rest[2..].to_vec())
    } else {
        (None, rest)
    };
    // `/api/v1/namespaces/NAME[/status]` addresses the Namespace object itself.
    let (namespace, rest) = match (&namespace, rest.first()) {
        (Some(ns), Some(first))
            if group.is_empty()
                && (first == "status" || first == "finalize")
                && rest.len() == 1 =>
        {
            (
                None,
                vec!["namespaces".to_string(), ns.clone(), first.clone()],
            )
        }
        _ => (namespace, rest),
    };
    let resource = rest.first().cloned().ok_or_else(|| {
        ApiError::new(
            404,
            "NotFound",
            "the server could not find the requested resource",
        )
    })?;
    let name = rest.get(1).cloned();
    let subresource = rest.get(2).cloned();
    if rest.len() > 3 {
        return Err(ApiError::new(
            404,
            "NotFound",
            "the server could not find the requested resource",
        ));
    }
    let watch = watch_path || query.flag("watch");
    let verb = match (method.as_str(), name.is_some()) {
        ("GET" | "HEAD", _) if watch => Verb::Watch,
        ("GET" | "HEAD", true) => Verb::Get,
        ("GET" | "HEAD", false) => Verb::List,
        ("POST", _) => Verb::Create,
        ("PUT", _) => Verb::Update,
        ("PATCH", _) => Verb::Patch,
        ("DELETE", true) => Verb::Delete,
        ("DELETE", false) => Verb::DeleteCollection,
        (m, _) => {
            return Err(ApiError::method_not_allowed(format!(
                "the server does not allow this method on the requested resource ({m})"
            )));
        }
    };
    Ok(Some(ResourceRequest {
        verb,
        group,
        version,
        namespace,
        resource,
        name,
        subresource,
    }))
}

fn decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    fn p(m: Method, path: &str, q: &str) -> ResourceRequest {
        parse_resource_path(&m, path, &Query::parse(Some(q)))
            .unwrap()
            .unwrap()
    }

    #[test]
    fn paths() {
        let r = p(Method::GET, "/api/v1/namespaces/default/configmaps/x", "");
        assert_eq!(
            (
                r.verb,
                r.namespace.as_deref(),
                r.resource.as_str(),
                r.name.as_deref()
            ),
            (Verb::Get, Some("default"), "configmaps", Some("x"))
        );
        let r = p(Method::GET, "/api/v1/namespaces/default", "");
        assert_eq!(
            (r.resource.as_str(), r.name.as_deref(), r.namespace),
            ("namespaces", Some("default"), None)
        );
        let r = p(Method::PUT, "/api/v1/namespaces/foo/status", "");
        assert_eq!(
            (
                r.resource.as_str(),
                r.name.as_deref(),
                r.subresource.as_deref()
            ),
            ("namespaces", Some("foo"), Some("status"))
        );
        let r = p(Method::GET, "/apis/apps/v1/deployments", "watch=true");
        assert_eq!(
            (r.verb, r.group.as_str(), r.namespace),
            (Verb::Watch, "apps", None)
        );
        let r = p(
            Method::POST,
            "/api/v1/namespaces/default/serviceaccounts/sa/token",
            "",
        );
        assert_eq!(r.subresource.as_deref(), Some("token"));
        let r = p(Method::GET, "/api/v1/watch/namespaces/default/pods", "");
        assert_eq!((r.verb, r.resource.as_str()), (Verb::Watch, "pods"));
        let r = p(Method::DELETE, "/apis/g.io/v1/namespaces/ns/things", "");
        assert_eq!(r.verb, Verb::DeleteCollection);
        let r = p(Method::GET, "/api/v1/namespaces", "");
        assert_eq!(
            (r.verb, r.resource.as_str(), r.name),
            (Verb::List, "namespaces", None)
        );
        assert!(
            parse_resource_path(&Method::GET, "/api/v1", &Query::default())
                .unwrap()
                .is_none()
        );
        assert!(
            parse_resource_path(&Method::GET, "/version", &Query::default())
                .unwrap()
                .is_none()
        );
    }
}

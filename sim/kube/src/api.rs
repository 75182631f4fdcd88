//! The HTTP API: routes a request to discovery, OpenAPI, OIDC, the fault-injection admin
//! endpoints, or a resource verb, and encodes the answer the way the real server does.

use crate::discovery;
use crate::error::{ApiError, ApiResult};
use crate::faults::Rule;
use crate::objects::now_unix;
use crate::openapi;
use crate::patch::PatchType;
use crate::registry::ResourceType;
use crate::request::{Query, ResourceRequest, Verb, parse_resource_path};
use crate::reviews;
use crate::selector::{FieldSelector, LabelSelector};
use crate::sim::{DeleteOpts, FieldValidation, Outcome, Sim, WriteOpts, parse_yaml_or_json};
use crate::table::{self, Include};
use crate::token::openid_configuration;
use crate::watch;
use base64::Engine;
use bytes::{BufMut, Bytes, BytesMut};
use http::{HeaderMap, Method};
use serde_json::{Value, json};
use std::sync::Arc;
use tokio::sync::mpsc;

/// A parsed incoming request.
pub struct Req {
    pub method: Method,
    pub path: String,
    pub query: Query,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Req {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

pub enum Body {
    Full(Bytes),
    Stream(mpsc::Receiver<Bytes>),
}

pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: Body,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    pub fn json(status: u16, v: &Value) -> Reply {
        Reply::bytes(status, Bytes::from(v.to_string()))
    }
    pub fn bytes(status: u16, b: Bytes) -> Reply {
        Reply {
            status,
            content_type: "application/json".into(),
            body: Body::Full(b),
            headers: vec![],
        }
    }
    pub fn error(e: &ApiError) -> Reply {
        let mut r = Reply::json(e.code, &e.status());
        if let Some(s) = e.retry_after {
            r.headers.push(("Retry-After".into(), s.to_string()));
        }
        r
    }
    fn outcome(o: Outcome) -> Reply {
        let mut r = Reply::bytes(o.code, o.body);
        for w in o.warnings {
            r.headers.push((
                "Warning".into(),
                format!("299 - {}", serde_json::to_string(&w).unwrap_or_default()),
            ));
        }
        r
    }
}

/// The response representation a client asked for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Format {
    Json,
    Table(Include),
    Partial,
}

/// The representation to answer with, or `None` when the client accepts nothing we serve.
/// Responses are JSON: custom resources have no protobuf encoding at all (kube-apiserver drops
/// it from their serializers), and built-ins are answered in JSON here too, which client-go
/// accepts whenever it lists `application/json` (it always does, after protobuf).
pub fn negotiate(accept: &str, query: &Query) -> Option<Format> {
    if accept.trim().is_empty() {
        return Some(Format::Json);
    }
    for clause in accept.split(',') {
        let parts: Vec<&str> = clause.split(';').map(str::trim).collect();
        let media = parts.first().copied().unwrap_or_default();
        if !matches!(media, "application/json" | "application/*" | "*/*" | "") {
            continue;
        }
        let param = |k: &str| parts.iter().find_map(|p| p.strip_prefix(&format!("{k}=")));
        match (param("as"), param("g")) {
            (Some("Table"), Some("meta.k8s.io")) => {
                return Some(Format::Table(Include::parse(query.get("includeObject"))));
            }
            (Some("PartialObjectMetadata" | "PartialObjectMetadataList"), Some("meta.k8s.io")) => {
                return Some(Format::Partial);
            }
            (Some(_), _) => continue,
            (None, _) => return Some(Format::Json),
        }
    }
    None
}

/// `NewNotAcceptableError` for a resource request nothing in `Accept` can answer.
fn not_acceptable(rt: &ResourceType) -> ApiError {
    let types = if rt.is_crd() {
        "application/json, application/yaml"
    } else {
        "application/json, application/yaml, application/vnd.kubernetes.protobuf"
    };
    ApiError::not_acceptable(format!(
        "only the following media types are accepted: {types}"
    ))
}

pub async fn handle(sim: Arc<Sim>, req: Req) -> Reply {
    match route(sim, req).await {
        Ok(r) => r,
        Err(e) => Reply::error(&e),
    }
}

async fn route(sim: Arc<Sim>, req: Req) -> ApiResult<Reply> {
    let path = req.path.trim_end_matches('/').to_string();
    let path = if path.is_empty() {
        "/".to_string()
    } else {
        path
    };
    let counted = !path.starts_with("/_sim/");
    if let Some(reply) = non_resource(&sim, &req, &path)? {
        if counted {
            sim.requests
                .count(req.header("user-agent"), crate::requests::NON_RESOURCE);
        }
        return Ok(reply);
    }
    let Some(rr) = parse_resource_path(&req.method, &path, &req.query)? else {
        return Err(not_found());
    };
    sim.requests
        .count(req.header("user-agent"), rr.verb.as_str());
    let snap = sim.registry.snapshot();
    let rt = snap
        .find(&rr.group, &rr.version, &rr.resource)
        .ok_or_else(not_found)?;
    let verdict = sim.faults.check(
        rr.verb.as_str(),
        &rr.resource,
        rr.namespace.as_deref(),
        rr.name.as_deref(),
        rr.subresource.as_deref(),
    );
    if let Some(d) = verdict.delay {
        tokio::time::sleep(d).await;
    }
    if let Some(code) = verdict.status {
        return Err(injected(code, &rt, rr.name.as_deref().unwrap_or_default()));
    }
    resource(sim, req, rr, rt).await
}

fn not_found() -> ApiError {
    ApiError::new(
        404,
        "NotFound",
        "the server could not find the requested resource",
    )
}

fn injected(code: u16, rt: &ResourceType, name: &str) -> ApiError {
    match code {
        409 => ApiError::stale(&rt.group, &rt.plural, name),
        429 => ApiError::too_many_requests(
            "the server has received too many requests and has asked us to try again later",
            1,
        ),
        500 => ApiError::internal(
            "an error on the server (\"injected fault\") has prevented the request from succeeding",
        ),
        503 => ApiError::new(
            503,
            "ServiceUnavailable",
            "the server is currently unable to handle the request",
        ),
        404 => ApiError::not_found(&rt.group, &rt.plural, name),
        other => ApiError::new(other, "", format!("injected fault {other}")),
    }
}

fn non_resource(sim: &Arc<Sim>, req: &Req, path: &str) -> ApiResult<Option<Reply>> {
    let accept = req.header("accept");
    let snap = sim.registry.snapshot();
    let get = req.method == Method::GET || req.method == Method::HEAD;
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let reply = match (get, parts.as_slice()) {
        (true, ["version"]) => Reply::json(200, &discovery::version()),
        (true, ["healthz" | "livez" | "readyz", ..]) => Reply {
            status: 200,
            content_type: "text/plain".into(),
            body: Body::Full(Bytes::from_static(b"ok")),
            headers: vec![],
        },
        (true, ["api"]) => {
            if discovery::wants_aggregated(accept) {
                let mut r = Reply::json(200, &discovery::aggregated(&snap, true));
                r.content_type = discovery::AGGREGATED_CONTENT_TYPE.into();
                r
            } else {
                let addr = sim.base_url();
                let addr = addr.split("://").nth(1).unwrap_or(&addr).to_string();
                Reply::json(200, &discovery::core_versions(&addr))
            }
        }
        (true, ["apis"]) => {
            if discovery::wants_aggregated(accept) {
                let mut r = Reply::json(200, &discovery::aggregated(&snap, false));
                r.content_type = discovery::AGGREGATED_CONTENT_TYPE.into();
                r
            } else {
                Reply::json(200, &discovery::group_list(&snap))
            }
        }
        (true, ["api", version]) => Reply::json(
            200,
            &discovery::resource_list(&snap, "", version).ok_or_else(not_found)?,
        ),
        (true, ["apis", group]) => {
            Reply::json(200, &discovery::group(&snap, group).ok_or_else(not_found)?)
        }
        (true, ["apis", group, version]) => Reply::json(
            200,
            &discovery::resource_list(&snap, group, version).ok_or_else(not_found)?,
        ),
        (true, ["openapi", "v3"]) => Reply::json(
            200,
            &openapi::index(&snap, &format!("{:016X}", sim.api_generation())),
        ),
        (true, ["openapi", "v3", "api", version]) => {
            openapi_reply(openapi::document(&snap, "", version).ok_or_else(not_found)?)
        }
        (true, ["openapi", "v3", "apis", group, version]) => {
            openapi_reply(openapi::document(&snap, group, version).ok_or_else(not_found)?)
        }
        (true, [".well-known", "openid-configuration"]) => {
            Reply::json(200, &openid_configuration(&sim.issuer(), &sim.base_url()))
        }
        (true, ["openid", "v1", "jwks"]) => {
            let mut r = Reply::json(200, &sim.signer.jwks());
            r.content_type = "application/jwk-set+json".into();
            r
        }
        (_, ["_sim", "faults"]) => match req.method {
            Method::GET => Reply::json(200, &json!(sim.faults.rules())),
            Method::POST => {
                let rule: Rule = serde_json::from_slice(&req.body)
                    .map_err(|e| ApiError::bad_request(format!("invalid fault rule: {e}")))?;
                sim.faults.add(rule);
                Reply::json(201, &json!(sim.faults.rules()))
            }
            Method::DELETE => {
                sim.faults.clear();
                Reply::json(200, &json!([]))
            }
            _ => return Err(ApiError::method_not_allowed("use GET, POST or DELETE")),
        },
        (_, ["_sim", "services"]) => match req.method {
            Method::GET => Reply::json(200, &json!(sim.webhooks.routes())),
            Method::POST => {
                let route: Value = serde_json::from_slice(&req.body)
                    .map_err(|e| ApiError::bad_request(format!("invalid service route: {e}")))?;
                let service = route["service"].as_str().unwrap_or_default();
                let addr = route["address"]
                    .as_str()
                    .and_then(|a| a.parse().ok())
                    .filter(|_| service.contains('/') && service.contains(':'))
                    .ok_or_else(|| {
                        ApiError::bad_request(
                            "a route is {\"service\": \"namespace/name:port\", \"address\": \"host:port\"}",
                        )
                    })?;
                sim.webhooks.route_service(service, addr);
                Reply::json(201, &json!(sim.webhooks.routes()))
            }
            Method::DELETE => {
                sim.webhooks.unroute_all();
                Reply::json(200, &json!({}))
            }
            _ => return Err(ApiError::method_not_allowed("use GET, POST or DELETE")),
        },
        (_, ["_sim", "requests"]) => match req.method {
            Method::GET => Reply::json(200, &json!(sim.requests.snapshot())),
            Method::DELETE => {
                sim.requests.reset();
                Reply::json(200, &json!(sim.requests.snapshot()))
            }
            _ => return Err(ApiError::method_not_allowed("use GET or DELETE")),
        },
        (false, ["_sim", "drop-watches"]) => {
            sim.faults.drop_watches();
            Reply::json(200, &json!({"dropped": true}))
        }
        _ => return Ok(None),
    };
    Ok(Some(reply))
}

fn openapi_reply(doc: Value) -> Reply {
    let mut r = Reply::json(200, &doc);
    r.headers
        .push(("Cache-Control".into(), "public, immutable".into()));
    r
}

fn field_manager(req: &Req) -> String {
    if let Some(m) = req.query.get("fieldManager") {
        return m.to_string();
    }
    let ua = req.header("user-agent");
    ua.split('/')
        .next()
        .unwrap_or_default()
        .chars()
        .take(128)
        .collect()
}

fn write_opts(req: &Req, apply: bool) -> ApiResult<WriteOpts> {
    let manager = if apply {
        req.query
            .get("fieldManager")
            .unwrap_or_default()
            .to_string()
    } else {
        field_manager(req)
    };
    Ok(WriteOpts {
        manager,
        dry_run: req.query.dry_run(),
        validation: FieldValidation::parse(req.query.get("fieldValidation"))?,
        skip_admission: false,
    })
}

pub(crate) fn parse_body(req: &Req) -> ApiResult<Value> {
    if req.body.is_empty() {
        return Err(ApiError::bad_request("Object 'Kind' is missing in ''"));
    }
    decode_body(req)
}

/// JSON, YAML, or the protobuf encodings [`crate::proto`] understands.
pub(crate) fn decode_body(req: &Req) -> ApiResult<Value> {
    let ct = req.header("content-type");
    if ct.starts_with(crate::proto::CONTENT_TYPE) {
        return crate::proto::decode(&req.body).map_err(|e| {
            let mut err =
                ApiError::unsupported_media_type(ct, &["application/json", "application/yaml"]);
            err.message = format!("{}: {e}", err.message);
            err
        });
    }
    if ct.contains("cbor") {
        return Err(ApiError::unsupported_media_type(
            ct,
            &[
                "application/json",
                "application/yaml",
                crate::proto::CONTENT_TYPE,
            ],
        ));
    }
    parse_yaml_or_json(&req.body)
}

async fn resource(
    sim: Arc<Sim>,
    req: Req,
    rr: ResourceRequest,
    rt: Arc<ResourceType>,
) -> ApiResult<Reply> {
    let ns = rr.namespace.as_deref();
    if rt.namespaced && ns.is_none() && !matches!(rr.verb, Verb::List | Verb::Watch) {
        return Err(not_found());
    }
    if !rt.namespaced && ns.is_some() {
        return Err(not_found());
    }
    if rt.create_only && rr.verb != Verb::Create {
        return Err(ApiError::method_not_allowed(format!(
            "the server does not allow this method on the requested resource ({})",
            rr.verb.as_str()
        )));
    }
    let sub = rr.subresource.as_deref();
    if let Some(s) = sub
        && !rt.subresources().contains(&s)
    {
        return Err(not_found());
    }
    let name = rr.name.clone().unwrap_or_default();
    let format = negotiate(req.header("accept"), &req.query).ok_or_else(|| not_acceptable(&rt))?;
    match (&rr.verb, sub) {
        (Verb::Create, Some("token")) => {
            reviews::token_request(&sim, &rt, ns.unwrap_or_default(), &name, &req)
        }
        (Verb::Create, _) if rt.create_only => reviews::review(&sim, &rt, &req),
        (Verb::Create, Some(_)) => Err(ApiError::method_not_allowed(
            "the server does not allow this method on the requested resource",
        )),
        (Verb::Create, None) => Ok(Reply::outcome(
            sim.create(&rt, ns, parse_body(&req)?, &write_opts(&req, false)?)
                .await?,
        )),
        (Verb::Update, _) => Ok(Reply::outcome(
            sim.update(
                &rt,
                ns,
                &name,
                sub,
                parse_body(&req)?,
                &write_opts(&req, false)?,
            )
            .await?,
        )),
        (Verb::Patch, _) => {
            let ct = req.header("content-type");
            let pt = PatchType::from_content_type(ct).ok_or_else(|| {
                ApiError::unsupported_media_type(
                    ct,
                    &[
                        crate::patch::JSON_PATCH,
                        crate::patch::MERGE_PATCH,
                        crate::patch::APPLY_PATCH,
                        crate::patch::STRATEGIC_MERGE_PATCH,
                    ],
                )
            })?;
            let force = req.query.flag("force");
            if force && pt != PatchType::Apply {
                return Err(ApiError::bad_request(
                    "force is only allowed for apply patches",
                ));
            }
            let opts = write_opts(&req, pt == PatchType::Apply)?;
            Ok(Reply::outcome(
                sim.patch(&rt, ns, &name, sub, pt, &req.body, force, &opts)
                    .await?,
            ))
        }
        (Verb::Delete, _) => Ok(Reply::outcome(
            sim.delete(&rt, ns, &name, &delete_opts(&req)?).await?,
        )),
        (Verb::DeleteCollection, _) => delete_collection(&sim, &rt, ns, &req).await,
        (Verb::Get, _) => get(&sim, &rt, ns, &name, format).await,
        (Verb::List, _) => list(&sim, &rt, ns, format, &req.query).await,
        (Verb::Watch, _) => {
            // The legacy `/watch/.../NAME` form watches one object.
            let mut q = req.query.clone();
            if let Some(n) = &rr.name {
                let fs = q
                    .get("fieldSelector")
                    .map(|f| format!("{f},metadata.name={n}"))
                    .unwrap_or_else(|| format!("metadata.name={n}"));
                q.raw.insert("fieldSelector".into(), fs);
            }
            watch::start(sim.clone(), rt.clone(), ns.map(String::from), &q, format)
        }
    }
}

fn delete_opts(req: &Req) -> ApiResult<DeleteOpts> {
    let body: Value = if req.body.is_empty() {
        Value::Null
    } else {
        decode_body(req)?
    };
    let dry_run = req.query.dry_run()
        || body["dryRun"]
            .as_array()
            .is_some_and(|a| a.iter().any(|v| v == "All"));
    Ok(DeleteOpts {
        propagation: req
            .query
            .get("propagationPolicy")
            .map(String::from)
            .or_else(|| body["propagationPolicy"].as_str().map(String::from))
            .or_else(|| {
                match body["orphanDependents"]
                    .as_bool()
                    .or_else(|| req.query.get("orphanDependents").map(|v| v == "true"))
                {
                    Some(true) => Some("Orphan".into()),
                    _ => None,
                }
            }),
        uid: body["preconditions"]["uid"].as_str().map(String::from),
        resource_version: body["preconditions"]["resourceVersion"]
            .as_str()
            .map(String::from),
        dry_run,
        body,
        skip_admission: false,
    })
}

async fn get(
    sim: &Sim,
    rt: &ResourceType,
    ns: Option<&str>,
    name: &str,
    format: Format,
) -> ApiResult<Reply> {
    let ns = if rt.namespaced {
        ns.unwrap_or_default()
    } else {
        ""
    };
    let stored = sim
        .store
        .get(&rt.key, ns, name)
        .ok_or_else(|| ApiError::not_found(&rt.group, &rt.plural, name))?;
    match format {
        Format::Json => Ok(Reply::bytes(200, sim.read(rt, &stored).await?)),
        Format::Partial => {
            let v = sim.read_value(rt, &stored).await?;
            Ok(Reply::json(200, &table::partial_metadata(&v)))
        }
        Format::Table(include) => {
            let v = sim.read_value(rt, &stored).await?;
            Ok(Reply::json(
                200,
                &table::table(
                    rt,
                    &[v],
                    include,
                    json!({"resourceVersion": stored.rv.to_string()}),
                    now_unix(),
                ),
            ))
        }
    }
}

/// Parsed list/watch filters.
pub struct Filters {
    pub labels: LabelSelector,
    pub fields: FieldSelector,
}

impl Filters {
    pub fn parse(rt: &ResourceType, q: &Query) -> ApiResult<Filters> {
        let labels = LabelSelector::parse(q.get("labelSelector").unwrap_or_default())
            .map_err(ApiError::bad_request)?;
        let fields = FieldSelector::parse(q.get("fieldSelector").unwrap_or_default())
            .map_err(ApiError::bad_request)?;
        if rt.is_crd()
            && let Some((k, _, _)) = fields
                .0
                .iter()
                .find(|(k, _, _)| k != "metadata.name" && k != "metadata.namespace")
        {
            return Err(ApiError::bad_request(format!(
                "field label not supported: {k}"
            )));
        }
        Ok(Filters { labels, fields })
    }

    pub fn matches(&self, s: &crate::store::Stored) -> bool {
        if !self.labels.matches(&s.meta.labels) {
            return false;
        }
        if self.fields.is_empty() {
            return true;
        }
        if self.fields.metadata_only() {
            self.fields.matches(&s.meta.name, &s.meta.namespace, None)
        } else {
            self.fields
                .matches(&s.meta.name, &s.meta.namespace, Some(&s.value()))
        }
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct ContinueToken {
    v: String,
    rv: u64,
    start: (String, String),
}

async fn list(
    sim: &Sim,
    rt: &ResourceType,
    ns: Option<&str>,
    format: Format,
    q: &Query,
) -> ApiResult<Reply> {
    let filters = Filters::parse(rt, q)?;
    let limit = q.u64("limit")?.filter(|l| *l > 0);
    let after = match q.get("continue") {
        None => None,
        Some(tok) => {
            let raw = base64::engine::general_purpose::STANDARD
                .decode(tok)
                .map_err(|_| {
                    ApiError::bad_request("continue key is not valid: illegal base64 data")
                })?;
            let t: ContinueToken = serde_json::from_slice(&raw).map_err(|_| ApiError::bad_request("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)"))?;
            Some(t.start)
        }
    };
    let (all, rv) = sim.store.list(
        &rt.key,
        if rt.namespaced { ns } else { None },
        after.as_ref(),
    );
    let mut items = Vec::new();
    let mut iter = all.iter().filter(|s| filters.matches(s));
    for s in iter.by_ref() {
        items.push(s.clone());
        if limit.is_some_and(|l| items.len() as u64 >= l) {
            break;
        }
    }
    let remaining = iter.count();
    let mut meta = json!({"resourceVersion": rv.to_string()});
    if remaining > 0
        && let Some(last) = items.last()
    {
        let tok = ContinueToken {
            v: "meta.k8s.io/v1".into(),
            rv,
            start: (last.meta.namespace.clone(), last.meta.name.clone()),
        };
        meta["continue"] = json!(
            base64::engine::general_purpose::STANDARD
                .encode(serde_json::to_vec(&tok).expect("serializable"))
        );
        meta["remainingItemCount"] = json!(remaining);
    }
    match format {
        Format::Json => {
            let mut buf = BytesMut::with_capacity(
                64 + items.iter().map(|s| s.bytes.len() + 1).sum::<usize>(),
            );
            buf.put_slice(
                format!(
                    r#"{{"kind":"{}","apiVersion":"{}","metadata":{},"items":["#,
                    rt.list_kind,
                    rt.api_version(),
                    meta
                )
                .as_bytes(),
            );
            for (i, s) in items.iter().enumerate() {
                if i > 0 {
                    buf.put_u8(b',');
                }
                buf.put_slice(&sim.read(rt, s).await?);
            }
            buf.put_slice(b"]}");
            Ok(Reply::bytes(200, buf.freeze()))
        }
        Format::Partial => {
            let mut objs = Vec::with_capacity(items.len());
            for s in &items {
                objs.push(table::partial_metadata(&sim.read_value(rt, s).await?));
            }
            let items = objs;
            Ok(Reply::json(
                200,
                &json!({"kind": "PartialObjectMetadataList", "apiVersion": "meta.k8s.io/v1", "metadata": meta, "items": items}),
            ))
        }
        Format::Table(include) => {
            let mut objs = Vec::with_capacity(items.len());
            for s in &items {
                objs.push(sim.read_value(rt, s).await?);
            }
            Ok(Reply::json(
                200,
                &table::table(rt, &objs, include, meta, now_unix()),
            ))
        }
    }
}

async fn delete_collection(
    sim: &Arc<Sim>,
    rt: &Arc<ResourceType>,
    ns: Option<&str>,
    req: &Req,
) -> ApiResult<Reply> {
    let filters = Filters::parse(rt, &req.query)?;
    let opts = delete_opts(req)?;
    let (all, _) = sim
        .store
        .list(&rt.key, if rt.namespaced { ns } else { None }, None);
    let mut items = Vec::new();
    for s in all.iter().filter(|s| filters.matches(s)) {
        let ns = rt.namespaced.then_some(s.meta.namespace.as_str());
        match sim.delete(rt, ns, &s.meta.name, &opts).await {
            Ok(o) => items.push(serde_json::from_slice::<Value>(&o.body).unwrap_or_default()),
            Err(e) if e.code == 404 => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Reply::json(
        200,
        &json!({"kind": rt.list_kind, "apiVersion": rt.api_version(), "metadata": {"resourceVersion": sim.store.current_rv().to_string()}, "items": items}),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        let q = Query::default();
        assert_eq!(
            negotiate(
                "application/json;as=Table;v=v1;g=meta.k8s.io,application/json",
                &q
            ),
            Some(Format::Table(Include::Metadata))
        );
        assert_eq!(negotiate("application/json", &q), Some(Format::Json));
        assert_eq!(
            negotiate(
                "application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io,application/json",
                &q
            ),
            Some(Format::Json)
        );
        // client-go's default for typed clients: protobuf first, JSON accepted.
        assert_eq!(
            negotiate("application/vnd.kubernetes.protobuf, application/json", &q),
            Some(Format::Json)
        );
        assert_eq!(
            negotiate(
                "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1",
                &q
            ),
            Some(Format::Partial)
        );
        assert_eq!(negotiate("", &q), Some(Format::Json));
        assert_eq!(negotiate("*/*", &q), Some(Format::Json));
        assert_eq!(negotiate("application/vnd.kubernetes.protobuf", &q), None);
    }
}

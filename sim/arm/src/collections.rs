//! Collections: a type under a resource group, subscription or parent, resource groups, and the
//! generic `.../resources` list, paged with `$top` and `nextLink` (`$skiptoken`).

use serde_json::{Value, json};

use crate::catalog;
use crate::error::ArmError;
use crate::path::CollectionAddr;
use crate::reply::Reply;
use crate::resources::{Req, resolve};
use crate::state::{State, World};
use crate::store::Resource;

/// Paging of a collection: `$top` items from `$skiptoken`, and the link to the next page.
pub fn page(req: &Req, items: Vec<Value>, page_size: usize) -> Reply {
    let top = req
        .query
        .get("$top")
        .and_then(|t| t.parse::<usize>().ok())
        .filter(|t| *t > 0)
        .unwrap_or(page_size);
    let skip = req
        .query
        .get("$skiptoken")
        .and_then(|t| t.parse::<usize>().ok())
        .unwrap_or(0);
    let total = items.len();
    let value: Vec<Value> = items.into_iter().skip(skip).take(top).collect();
    let mut body = json!({"value": value});
    if skip + top < total {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &req.query.0 {
            if !k.eq_ignore_ascii_case("$skiptoken") {
                query.append_pair(k, v);
            }
        }
        query.append_pair("$skiptoken", &(skip + top).to_string());
        body["nextLink"] = json!(format!("{}{}?{}", req.base_url, req.path, query.finish()));
    }
    Reply::json(200, &body)
}

/// GET of a collection of one type under a resource group, subscription or parent.
pub fn list(
    state: &State,
    world: &mut World,
    req: &Req,
    coll: &CollectionAddr,
) -> Result<Reply, ArmError> {
    let arm_type = coll.arm_type();
    let resolved = resolve(state, &arm_type, req.query.api_version(), || {
        "westus2".into()
    })?;
    let api_version = req.query.api_version().unwrap_or_default();
    // What the collection is listed under must exist.
    if let Some(parent) = &coll.parent {
        if !world.store.contains(&parent.key()) {
            return Err(ArmError::parent_not_found(
                "read",
                &parent.short_type(),
                &parent.id,
            ));
        }
    } else if let (Some(sub), Some(rg)) = (&coll.subscription, &coll.resource_group) {
        let rg_key = format!("/subscriptions/{sub}/resourcegroups/{rg}").to_ascii_lowercase();
        if coll.under.eq_ignore_ascii_case(&rg_key) && !world.store.contains(&rg_key) {
            return Err(ArmError::resource_group_not_found(rg));
        }
    }
    let under = coll.under.to_ascii_lowercase();
    let extension = resolved
        .entry
        .is_some_and(|e| e.scope == aso_runtime::Scope::Extension);
    let depth = coll.types.len();
    let items: Vec<Value> = world
        .store
        .with_prefix(&format!("{under}/"))
        .filter(|r| r.arm_type.eq_ignore_ascii_case(&resolved.arm_type))
        .filter(|r| {
            if extension || coll.parent.is_some() {
                return true;
            }
            // Top-level types listed under a subscription or resource group: not nested, not an
            // extension of something else.
            crate::path::parse("GET", &r.id)
                .ok()
                .and_then(|route| match route {
                    crate::path::Route::Resource(a) => {
                        Some(a.types.len() == depth && !a.scope_is_resource)
                    }
                    _ => None,
                })
                .unwrap_or(false)
        })
        .map(|r| {
            let mut body = r.json();
            if let Some(entry) = resolved
                .entry
                .filter(|e| e.shows_differently(&r.api_version, api_version))
            {
                entry.project(&mut body, api_version);
            }
            body
        })
        .collect();
    Ok(page(req, items, state.config.page_size))
}

/// `GET /subscriptions/{s}/resourcegroups`.
pub fn list_resource_groups(
    state: &State,
    world: &World,
    req: &Req,
    sub: &str,
) -> Result<Reply, ArmError> {
    catalog::resources_api_version(req.query.api_version())?;
    let prefix = format!("/subscriptions/{sub}/resourcegroups/").to_ascii_lowercase();
    let items: Vec<Value> = world
        .store
        .with_prefix(&prefix)
        .filter(|r| {
            r.arm_type
                .eq_ignore_ascii_case(catalog::RESOURCE_GROUP_TYPE)
        })
        .map(Resource::json)
        .collect();
    Ok(page(req, items, state.config.page_size))
}

/// `GET /subscriptions/{s}[/resourceGroups/{rg}]/resources`: top-level resources in generic
/// shape, optionally `$filter=resourceType eq '...'`.
pub fn list_generic(
    state: &State,
    world: &World,
    req: &Req,
    sub: &str,
    rg: Option<&str>,
) -> Result<Reply, ArmError> {
    catalog::resources_api_version(req.query.api_version())?;
    if let Some(rg) = rg
        && !world
            .store
            .contains(&format!("/subscriptions/{sub}/resourcegroups/{rg}").to_ascii_lowercase())
    {
        return Err(ArmError::resource_group_not_found(rg));
    }
    let type_filter = req.query.get("$filter").and_then(|f| {
        let f = f.trim();
        let rest = f
            .strip_prefix("resourceType eq ")
            .or_else(|| f.strip_prefix("resourceType eq"))?;
        Some(rest.trim().trim_matches('\'').to_string())
    });
    let prefix = match rg {
        Some(rg) => format!("/subscriptions/{sub}/resourcegroups/{rg}/providers/"),
        None => format!("/subscriptions/{sub}/"),
    }
    .to_ascii_lowercase();
    let items: Vec<Value> = world
        .store
        .with_prefix(&prefix)
        .filter(|r| !r.arm_type.eq_ignore_ascii_case(catalog::RESOURCE_GROUP_TYPE))
        .filter(|r| type_filter.as_deref().is_none_or(|t| r.arm_type.eq_ignore_ascii_case(t)))
        .filter(|r| {
            matches!(crate::path::parse("GET", &r.id), Ok(crate::path::Route::Resource(a)) if !a.is_nested() && !a.scope_is_resource)
        })
        .map(|r| {
            let b = r.json();
            let mut g = json!({"id": b["id"], "name": b["name"], "type": b["type"]});
            for k in ["location", "tags", "kind", "sku", "identity", "managedBy"] {
                if let Some(v) = b.get(k) {
                    g[k] = v.clone();
                }
            }
            g
        })
        .collect();
    Ok(page(req, items, state.config.page_size))
}

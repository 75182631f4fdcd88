//! The Secret and ConfigMap values a `User` names, read from the API server and recorded as
//! dependencies (so a changed password Secret re-triggers the user), handed to the engine as
//! `aso_dbuser::MapInputs`; a missing one is left out, and the engine's error names the field.

use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};

use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, DynamicObject};

use aso_dbuser::MapInputs;

use super::user::User;
use crate::context::Context;
use crate::controller::index::Dependency;
use crate::identity::secret_strings;
use crate::reconcile::failure::Failure;
use crate::reconcile::object;

/// The values, and a hash of them (in memory only: a changed value is a changed input).
pub struct Read {
    pub inputs: MapInputs,
    pub hash: u64,
}

pub async fn read(
    ctx: &Context,
    obj: &DynamicObject,
    user: &User,
    deps: &mut Vec<Dependency>,
) -> Result<Read, Failure> {
    let namespace = object::namespace(obj);
    let mut inputs = MapInputs::default();
    let secrets: BTreeSet<&str> = user
        .secret_references()
        .into_iter()
        .map(|r| r.name.as_str())
        .collect();
    let secret_api: Api<Secret> = Api::namespaced(ctx.kube.clone(), namespace);
    for name in secrets {
        deps.push(Dependency::Secret {
            namespace: namespace.to_string(),
            name: name.to_string(),
        });
        if let Some(secret) = secret_api
            .get_opt(name)
            .await
            .map_err(|e| Failure::kube(&format!("reading Secret {namespace}/{name}"), e))?
        {
            for (key, value) in secret_strings(&secret) {
                inputs.secrets.insert((name.to_string(), key), value);
            }
        }
    }
    let maps: BTreeSet<&str> = user
        .config_map_references()
        .into_iter()
        .map(|r| r.name.as_str())
        .collect();
    let map_api: Api<ConfigMap> = Api::namespaced(ctx.kube.clone(), namespace);
    for name in maps {
        deps.push(Dependency::ConfigMap {
            namespace: namespace.to_string(),
            name: name.to_string(),
        });
        if let Some(map) = map_api
            .get_opt(name)
            .await
            .map_err(|e| Failure::kube(&format!("reading ConfigMap {namespace}/{name}"), e))?
        {
            for (key, value) in map.data.unwrap_or_default() {
                inputs.config_maps.insert((name.to_string(), key), value);
            }
        }
    }
    // Only the keys the spec names count: another key of the same Secret changing is no input.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for r in user.secret_references() {
        (
            &r.name,
            &r.key,
            inputs.secrets.get(&(r.name.clone(), r.key.clone())),
        )
            .hash(&mut h);
    }
    for r in user.config_map_references() {
        (
            &r.name,
            &r.key,
            inputs.config_maps.get(&(r.name.clone(), r.key.clone())),
        )
            .hash(&mut h);
    }
    Ok(Read {
        inputs,
        hash: h.finish(),
    })
}

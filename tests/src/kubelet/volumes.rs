//! The pod's volumes as the kubelet prepares them on the node, and the container's mounts of
//! them. Secret, ConfigMap, downward API and projected volumes are written as files (mode
//! `defaultMode`, 0644 unless given) and always mounted read-only, as the kubelet's atomic
//! writer volumes are; a projected ServiceAccount token is a TokenRequest bound to the pod, with
//! the audience and lifetime the pod asks for; `emptyDir` is an empty writable directory.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use k8s_openapi::api::authentication::v1::{BoundObjectReference, TokenRequest, TokenRequestSpec};
use k8s_openapi::api::core::v1::{Container, KeyToPath, Pod, ServiceAccount, Volume};
use kube::api::{Api, PostParams};

use super::env::{Sources, field_value};

/// One mount of the container: `host_path` appears at `container_path`.
#[derive(Debug, Clone)]
pub struct Mount {
    pub container_path: String,
    pub host_path: PathBuf,
    pub read_only: bool,
}

/// Writes the volumes `container` mounts under `dir` and returns its mounts.
pub async fn prepare(
    client: &kube::Client,
    pod: &Pod,
    container: &Container,
    sources: &Sources<'_>,
    dir: &Path,
) -> Result<Vec<Mount>, String> {
    let spec = pod.spec.as_ref().ok_or("the pod has no spec")?;
    let volumes = spec.volumes.as_deref().unwrap_or_default();
    let mut prepared: BTreeMap<String, (PathBuf, bool)> = BTreeMap::new();
    let mut mounts = Vec::new();
    for mount in container.volume_mounts.as_deref().unwrap_or_default() {
        let volume = volumes
            .iter()
            .find(|v| v.name == mount.name)
            .ok_or_else(|| format!("volume mount {:?} names no volume", mount.name))?;
        if !prepared.contains_key(&volume.name) {
            let host = dir.join(&volume.name);
            std::fs::create_dir_all(&host).map_err(|e| format!("{}: {e}", host.display()))?;
            let atomic_writer = write_volume(client, pod, volume, sources, &host).await?;
            prepared.insert(volume.name.clone(), (host, atomic_writer));
        }
        let (host, atomic_writer) = &prepared[&volume.name];
        let host_path = match mount.sub_path.as_deref().filter(|s| !s.is_empty()) {
            Some(sub) => host.join(sub),
            None => host.clone(),
        };
        mounts.push(Mount {
            container_path: mount.mount_path.clone(),
            host_path,
            read_only: *atomic_writer || mount.read_only == Some(true),
        });
    }
    Ok(mounts)
}

/// Fills `host` with `volume`'s content; whether it is one of the read-only kinds.
async fn write_volume(
    client: &kube::Client,
    pod: &Pod,
    volume: &Volume,
    sources: &Sources<'_>,
    host: &Path,
) -> Result<bool, String> {
    let what = format!("volume {:?}", volume.name);
    if volume.empty_dir.is_some() {
        return Ok(false);
    }
    if let Some(secret) = &volume.secret {
        let name = secret.secret_name.clone().unwrap_or_default();
        match sources.secrets.get(&name) {
            Some(s) => write_items(
                host,
                &secret_data(s),
                secret.items.as_deref(),
                secret.default_mode,
            )?,
            None if secret.optional == Some(true) => {}
            None => return Err(format!("{what}: secret {name:?} not found")),
        }
        return Ok(true);
    }
    if let Some(cm) = &volume.config_map {
        match sources.config_maps.get(&cm.name) {
            Some(c) => write_items(
                host,
                &config_map_data(c),
                cm.items.as_deref(),
                cm.default_mode,
            )?,
            None if cm.optional == Some(true) => {}
            None => return Err(format!("{what}: configmap {:?} not found", cm.name)),
        }
        return Ok(true);
    }
    if let Some(projected) = &volume.projected {
        for source in projected.sources.as_deref().unwrap_or_default() {
            if let Some(token) = &source.service_account_token {
                let jwt = request_token(
                    client,
                    pod,
                    token.audience.clone(),
                    token.expiration_seconds.unwrap_or(3600),
                )
                .await
                .map_err(|e| format!("{what}: {e}"))?;
                write_file(host, &token.path, jwt.as_bytes(), projected.default_mode)?;
            }
            if let Some(cm) = &source.config_map {
                match sources.config_maps.get(&cm.name) {
                    Some(c) => write_items(
                        host,
                        &config_map_data(c),
                        cm.items.as_deref(),
                        projected.default_mode,
                    )?,
                    None if cm.optional == Some(true) => {}
                    None => return Err(format!("{what}: configmap {:?} not found", cm.name)),
                }
            }
            if let Some(secret) = &source.secret {
                if let Some(s) = sources.secrets.get(&secret.name) {
                    write_items(
                        host,
                        &secret_data(s),
                        secret.items.as_deref(),
                        projected.default_mode,
                    )?;
                } else if secret.optional != Some(true) {
                    return Err(format!("{what}: secret {:?} not found", secret.name));
                }
            }
            if let Some(downward) = &source.downward_api {
                for item in downward.items.as_deref().unwrap_or_default() {
                    let field = item
                        .field_ref
                        .as_ref()
                        .ok_or_else(|| format!("{what}: only fieldRef items are emulated"))?;
                    let value = field_value(pod, &field.field_path, sources)?;
                    write_file(host, &item.path, value.as_bytes(), projected.default_mode)?;
                }
            }
        }
        return Ok(true);
    }
    Err(format!("{what}: this kind of volume is not emulated"))
}

fn secret_data(secret: &k8s_openapi::api::core::v1::Secret) -> BTreeMap<String, Vec<u8>> {
    secret
        .data
        .iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.0.clone()))
        .collect()
}

fn config_map_data(cm: &k8s_openapi::api::core::v1::ConfigMap) -> BTreeMap<String, Vec<u8>> {
    let mut data: BTreeMap<String, Vec<u8>> = cm
        .data
        .iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.clone().into_bytes()))
        .collect();
    for (k, v) in cm.binary_data.iter().flatten() {
        data.insert(k.clone(), v.0.clone());
    }
    data
}

/// Every key as a file, or only `items` (key to path) when given.
fn write_items(
    host: &Path,
    data: &BTreeMap<String, Vec<u8>>,
    items: Option<&[KeyToPath]>,
    mode: Option<i32>,
) -> Result<(), String> {
    match items {
        Some(items) => {
            for item in items {
                let value = data
                    .get(&item.key)
                    .ok_or_else(|| format!("key {:?} not found", item.key))?;
                write_file(host, &item.path, value, item.mode.or(mode))?;
            }
        }
        None => {
            for (key, value) in data {
                write_file(host, key, value, mode)?;
            }
        }
    }
    Ok(())
}

fn write_file(
    host: &Path,
    relative: &str,
    content: &[u8],
    mode: Option<i32>,
) -> Result<(), String> {
    if relative.split('/').any(|s| s == ".." || s.is_empty()) {
        return Err(format!("volume path {relative:?} is not a relative path"));
    }
    let path = host.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
    let mode = mode.unwrap_or(0o644) as u32;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// A ServiceAccount token for the pod's ServiceAccount, bound to the pod.
async fn request_token(
    client: &kube::Client,
    pod: &Pod,
    audience: Option<String>,
    expiration_seconds: i64,
) -> Result<String, String> {
    let namespace = pod.metadata.namespace.clone().unwrap_or_default();
    let account = pod
        .spec
        .as_ref()
        .and_then(|s| s.service_account_name.clone())
        .unwrap_or_else(|| "default".into());
    let accounts: Api<ServiceAccount> = Api::namespaced(client.clone(), &namespace);
    let request = TokenRequest {
        spec: Some(TokenRequestSpec {
            // None: the API server's own audience, as the kubelet asks for the API access token.
            audiences: audience.map(|a| vec![a]),
            expiration_seconds: Some(expiration_seconds),
            bound_object_ref: Some(BoundObjectReference {
                api_version: Some("v1".into()),
                kind: Some("Pod".into()),
                name: pod.metadata.name.clone(),
                uid: pod.metadata.uid.clone(),
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let issued = accounts
        .create_token_request(&account, &PostParams::default(), &request)
        .await
        .map_err(|e| format!("TokenRequest for {namespace}/{account}: {e}"))?;
    issued
        .status
        .and_then(|s| s.token)
        .ok_or_else(|| format!("TokenRequest for {namespace}/{account} returned no token"))
}

//! What the API server's admission adds to a pod before any kubelet sees it, which the
//! simulator leaves to us:
//! - the ServiceAccount admission plugin's `kube-api-access-*` projected volume (a bound token,
//!   the cluster CA from `kube-root-ca.crt`, the namespace) at
//!   `/var/run/secrets/kubernetes.io/serviceaccount`, unless token automounting is off;
//! - optionally, the Azure workload identity webhook's mutation of pods labelled
//!   `azure.workload.identity/use: "true"`: `AZURE_CLIENT_ID`, `AZURE_TENANT_ID`,
//!   `AZURE_FEDERATED_TOKEN_FILE` and `AZURE_AUTHORITY_HOST` (where the container does not set
//!   them) and its own projected token at `/var/run/secrets/azure/tokens`.

use k8s_openapi::api::core::v1::{
    ConfigMapProjection, DownwardAPIProjection, DownwardAPIVolumeFile, EnvVar, KeyToPath,
    ObjectFieldSelector, Pod, ProjectedVolumeSource, ServiceAccount, ServiceAccountTokenProjection,
    Volume, VolumeMount, VolumeProjection,
};

pub const SERVICE_ACCOUNT_MOUNT: &str = "/var/run/secrets/kubernetes.io/serviceaccount";

/// The ServiceAccount admission plugin (`plugin/pkg/admission/serviceaccount`): mounts the API
/// access volume into every container unless the pod or its ServiceAccount turns it off.
pub fn service_account(pod: &mut Pod, account: &ServiceAccount, suffix: &str) {
    let Some(spec) = pod.spec.as_mut() else {
        return;
    };
    let automount = spec
        .automount_service_account_token
        .or(account.automount_service_account_token)
        .unwrap_or(true);
    if !automount {
        return;
    }
    let name = format!("kube-api-access-{suffix}");
    let volume = Volume {
        name: name.clone(),
        projected: Some(ProjectedVolumeSource {
            default_mode: Some(0o644),
            sources: Some(vec![
                VolumeProjection {
                    service_account_token: Some(ServiceAccountTokenProjection {
                        expiration_seconds: Some(3607),
                        path: "token".into(),
                        ..Default::default()
                    }),
                    ..Default::default()
                },
                VolumeProjection {
                    config_map: Some(ConfigMapProjection {
                        name: "kube-root-ca.crt".into(),
                        items: Some(vec![KeyToPath {
                            key: "ca.crt".into(),
                            path: "ca.crt".into(),
                            ..Default::default()
                        }]),
                        optional: None,
                    }),
                    ..Default::default()
                },
                VolumeProjection {
                    downward_api: Some(DownwardAPIProjection {
                        items: Some(vec![DownwardAPIVolumeFile {
                            path: "namespace".into(),
                            field_ref: Some(ObjectFieldSelector {
                                api_version: Some("v1".into()),
                                field_path: "metadata.namespace".into(),
                            }),
                            ..Default::default()
                        }]),
                    }),
                    ..Default::default()
                },
            ]),
            ..Default::default()
        }),
        ..Default::default()
    };
    spec.volumes.get_or_insert_with(Vec::new).push(volume);
    for container in &mut spec.containers {
        let mounts = container.volume_mounts.get_or_insert_with(Vec::new);
        if !mounts.iter().any(|m| m.mount_path == SERVICE_ACCOUNT_MOUNT) {
            mounts.push(VolumeMount {
                name: name.clone(),
                mount_path: SERVICE_ACCOUNT_MOUNT.into(),
                read_only: Some(true),
                ..Default::default()
            });
        }
    }
}

/// The workload identity webhook's token path.
pub const WEBHOOK_TOKEN_DIR: &str = "/var/run/secrets/azure/tokens";

/// The Azure workload identity webhook (`azure-workload-identity` `pkg/webhook`), for pods
/// labelled `azure.workload.identity/use: "true"`: the client ID from the ServiceAccount's
/// `azure.workload.identity/client-id` annotation, the tenant and authority the webhook is
/// configured with.
pub fn workload_identity_webhook(
    pod: &mut Pod,
    account: &ServiceAccount,
    tenant: &str,
    authority_host: &str,
) {
    let labelled = pod
        .metadata
        .labels
        .as_ref()
        .and_then(|l| l.get("azure.workload.identity/use"))
        .is_some_and(|v| v == "true");
    let Some(spec) = pod.spec.as_mut().filter(|_| labelled) else {
        return;
    };
    let client_id = account
        .metadata
        .annotations
        .as_ref()
        .and_then(|a| a.get("azure.workload.identity/client-id"))
        .cloned()
        .unwrap_or_default();
    let injected = [
        ("AZURE_CLIENT_ID", client_id),
        ("AZURE_TENANT_ID", tenant.to_string()),
        (
            "AZURE_FEDERATED_TOKEN_FILE",
            format!("{WEBHOOK_TOKEN_DIR}/azure-identity-token"),
        ),
        ("AZURE_AUTHORITY_HOST", authority_host.to_string()),
    ];
    for container in &mut spec.containers {
        let env = container.env.get_or_insert_with(Vec::new);
        for (name, value) in &injected {
            if !env.iter().any(|e| e.name == *name) {
                env.push(EnvVar {
                    name: name.to_string(),
                    value: Some(value.clone()),
                    value_from: None,
                });
            }
        }
        let mounts = container.volume_mounts.get_or_insert_with(Vec::new);
        if !mounts.iter().any(|m| m.name == "azure-identity-token") {
            mounts.push(VolumeMount {
                name: "azure-identity-token".into(),
                mount_path: WEBHOOK_TOKEN_DIR.into(),
                read_only: Some(true),
                ..Default::default()
            });
        }
    }
    let volumes = spec.volumes.get_or_insert_with(Vec::new);
    if !volumes.iter().any(|v| v.name == "azure-identity-token") {
        volumes.push(Volume {
            name: "azure-identity-token".into(),
            projected: Some(ProjectedVolumeSource {
                default_mode: Some(0o644),
                sources: Some(vec![VolumeProjection {
                    service_account_token: Some(ServiceAccountTokenProjection {
                        audience: Some("api://AzureADTokenExchange".into()),
                        expiration_seconds: Some(3600),
                        path: "azure-identity-token".into(),
                        ..Default::default()
                    }),
                    ..Default::default()
                }]),
                ..Default::default()
            }),
            ..Default::default()
        });
    }
}

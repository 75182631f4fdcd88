//! A kubelet, as far as starting a Deployment's pod goes, against the API server simulator:
//! the pod is built from the Deployment's template and admitted as the API server would
//! ([`admission`]), created, and its container started the way a kubelet and a container
//! runtime start it: environment and argv ([`env`]), volumes ([`volumes`]), user, read-only
//! root and network ([`sandbox`]). What the tests then see is what a cluster would run, so a
//! variable the kubelet injects (a Service's link variables, a webhook's `AZURE_*`) or a path
//! the chart gets wrong shows up as it would in production.

pub mod admission;
pub mod env;
pub mod sandbox;
pub mod volumes;

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Pod, Secret, Service, ServiceAccount};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{Api, ListParams, PostParams};

pub use sandbox::Sandbox;
pub use volumes::Mount;

/// What is on the node besides the kubelet.
#[derive(Debug, Clone)]
pub struct Node {
    /// The image's entrypoint (the Dockerfile's ENTRYPOINT), its files (container path, host
    /// file), and its user when the pod names none.
    pub entrypoint: Vec<String>,
    pub image_files: Vec<(String, PathBuf)>,
    /// The node's IP (`status.hostIP`).
    pub host_ip: String,
    /// Cluster IPs kube-proxy answers inside pods, each to a server of the test process.
    pub services: Vec<(SocketAddr, SocketAddr)>,
    /// Addresses outside the cluster pods reach (ARM, Entra ID), at the same address.
    pub egress: Vec<SocketAddr>,
    /// The Azure workload identity webhook, when installed: its tenant and authority host.
    pub workload_identity_webhook: Option<(String, String)>,
    /// The node's network plumbing (`CARGO_BIN_EXE_pod-network` of the tests).
    pub pod_network: PathBuf,
}

/// A pod the kubelet started.
pub struct RunningPod {
    pub pod: Pod,
    pub env: BTreeMap<String, String>,
    pub argv: Vec<String>,
    pub mounts: Vec<Mount>,
    pub sandbox: Sandbox,
    pub pod_ip: IpAddr,
    _volumes: tempfile::TempDir,
}

impl RunningPod {
    pub fn name(&self) -> &str {
        self.pod.metadata.name.as_deref().unwrap_or_default()
    }

    /// Where the test process reaches a container port named `name`.
    pub fn port(&self, name: &str) -> SocketAddr {
        let container = &self.pod.spec.as_ref().expect("a spec").containers[0];
        let port = container
            .ports
            .iter()
            .flatten()
            .find(|p| p.name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("the container has no port named {name}"));
        self.sandbox.port(port.container_port as u16)
    }
}

/// Starts replica `index` of `deployment`: admits, creates and runs its pod.
pub async fn start_pod(
    client: &kube::Client,
    node: &Node,
    deployment: &Deployment,
    index: u8,
) -> Result<RunningPod, String> {
    let namespace = deployment
        .metadata
        .namespace
        .clone()
        .unwrap_or_else(|| "default".into());
    let name = deployment.metadata.name.clone().unwrap_or_default();
    let template = deployment.spec.template.clone();
    let template_meta = template.metadata.unwrap_or_default();
    let mut pod = Pod {
        metadata: ObjectMeta {
            name: Some(format!("{name}-7d4b9c6f5-{index:05x}")),
            namespace: Some(namespace.clone()),
            labels: template_meta.labels,
            annotations: template_meta.annotations,
            ..Default::default()
        },
        spec: template.spec,
        status: None,
    };
    let spec = pod.spec.as_mut().ok_or("the template has no pod spec")?;
    spec.enable_service_links.get_or_insert(true);
    let account_name = spec
        .service_account_name
        .clone()
        .unwrap_or_else(|| "default".into());
    let accounts: Api<ServiceAccount> = Api::namespaced(client.clone(), &namespace);
    let account = accounts
        .get(&account_name)
        .await
        .map_err(|e| format!("serviceaccount {account_name:?}: {e}"))?;
    admission::service_account(&mut pod, &account, &format!("{index:05x}"));
    if let Some((tenant, authority)) = &node.workload_identity_webhook {
        admission::workload_identity_webhook(&mut pod, &account, tenant, authority);
    }
    let pods: Api<Pod> = Api::namespaced(client.clone(), &namespace);
    let pod = pods
        .create(&PostParams::default(), &pod)
        .await
        .map_err(|e| format!("creating the pod: {e}"))?;

    let services: Vec<Service> = Api::<Service>::all(client.clone())
        .list(&ListParams::default())
        .await
        .map_err(|e| format!("listing services: {e}"))?
        .items;
    let config_maps: BTreeMap<String, ConfigMap> = by_name(client, &namespace).await?;
    let secrets: BTreeMap<String, Secret> = by_name(client, &namespace).await?;
    let pod_ip: IpAddr = format!("10.244.0.{}", 10 + index)
        .parse()
        .map_err(|e| format!("{e}"))?;
    let pod_ip_text = pod_ip.to_string();
    let sources = env::Sources {
        services: &services,
        config_maps: &config_maps,
        secrets: &secrets,
        pod_ip: &pod_ip_text,
        host_ip: &node.host_ip,
    };
    let spec = pod.spec.as_ref().ok_or("the pod has no spec")?;
    let container = spec.containers.first().ok_or("the pod has no container")?;
    let mut environment = env::container_env(&pod, container, &sources)?;
    // What the runtime adds: the image's PATH and HOME (distroless nonroot), and HOSTNAME.
    environment
        .entry("PATH".into())
        .or_insert_with(|| "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".into());
    environment
        .entry("HOME".into())
        .or_insert_with(|| "/home/nonroot".into());
    let pod_name = pod.metadata.name.clone().unwrap_or_default();
    environment.insert("HOSTNAME".into(), pod_name.clone());
    let entrypoint: Vec<&str> = node.entrypoint.iter().map(String::as_str).collect();
    let argv = env::argv(container, &entrypoint, &environment);

    let volume_dir = tempfile::Builder::new()
        .prefix("kubelet-volumes")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let mounts = volumes::prepare(client, &pod, container, &sources, volume_dir.path()).await?;

    let security = container.security_context.clone().unwrap_or_default();
    let pod_security = spec.security_context.clone().unwrap_or_default();
    let uid = security
        .run_as_user
        .or(pod_security.run_as_user)
        .unwrap_or(0);
    let gid = security
        .run_as_group
        .or(pod_security.run_as_group)
        .unwrap_or(0);
    if security.run_as_non_root.or(pod_security.run_as_non_root) == Some(true) && uid == 0 {
        return Err("runAsNonRoot is set but the container would run as root".into());
    }
    let mut addresses = vec![pod_ip];
    addresses.extend(
        node.services
            .iter()
            .map(|(inside, _)| inside.ip())
            .filter(|ip| !ip.is_loopback()),
    );
    let mut egress = node.services.clone();
    egress.extend(node.egress.iter().map(|a| (*a, *a)));
    let ports = container
        .ports
        .iter()
        .flatten()
        .map(|p| p.container_port as u16)
        .collect();
    let sandbox = Sandbox::start(sandbox::ContainerSpec {
        argv: argv.clone(),
        env: environment.clone(),
        image_files: node.image_files.clone(),
        mounts: mounts.clone(),
        uid: uid as u32,
        gid: gid as u32,
        hostname: pod_name,
        read_only_root: security.read_only_root_filesystem == Some(true),
        addresses,
        egress,
        ports,
        pod_network: node.pod_network.clone(),
    })
    .await?;
    Ok(RunningPod {
        pod,
        env: environment,
        argv,
        mounts,
        sandbox,
        pod_ip,
        _volumes: volume_dir,
    })
}

/// Every object of a kind in `namespace`, by name (what the kubelet's managers would fetch).
async fn by_name<K>(client: &kube::Client, namespace: &str) -> Result<BTreeMap<String, K>, String>
where
    K: kube::Resource<Scope = kube::core::NamespaceResourceScope>
        + Clone
        + std::fmt::Debug
        + serde::de::DeserializeOwned,
    K::DynamicType: Default,
{
    let list = Api::<K>::namespaced(client.clone(), namespace)
        .list(&ListParams::default())
        .await
        .map_err(|e| format!("listing {}: {e}", K::plural(&Default::default())))?;
    Ok(list
        .items
        .into_iter()
        .map(|o| (o.meta().name.clone().unwrap_or_default(), o))
        .collect())
}

/// The image's ENTRYPOINT from a Dockerfile (its exec form).
pub fn dockerfile_entrypoint(dockerfile: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(dockerfile)
        .map_err(|e| format!("{}: {e}", dockerfile.display()))?;
    let line = text
        .lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("ENTRYPOINT"))
        .ok_or_else(|| format!("{} has no ENTRYPOINT", dockerfile.display()))?;
    serde_json::from_str(line.trim()).map_err(|e| {
        format!(
            "{}: ENTRYPOINT is not in exec form: {e}",
            dockerfile.display()
        )
    })
}

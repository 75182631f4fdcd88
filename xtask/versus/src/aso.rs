//! ASO's controller installed as its chart installs it, on our Kubernetes API server simulator:
//! its CRDs (conversion `Webhook` to its Service, with the CA bundle cert-manager's injector
//! would write), the mutating and validating webhook configurations its `+kubebuilder:webhook`
//! markers declare (one of each per kind and API version: `matchPolicy: Exact`,
//! `failurePolicy: Fail`, `sideEffects: None`, CREATE and UPDATE), a serving certificate for the
//! webhook Service, and the process with its environment (the facts in
//! `../shared/aso-controller/README.md`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, bail};
use base64::Engine;
use serde_json::{Value, json};

/// The namespace and webhook Service of ASO's chart.
pub const NAMESPACE: &str = "azureserviceoperator-system";
pub const WEBHOOK_SERVICE: &str = "azureserviceoperator-webhook-service";

/// The Service the webhooks are called through, as the simulator's routes name it.
pub fn service_route() -> String {
    format!("{NAMESPACE}/{WEBHOOK_SERVICE}:443")
}

/// `../shared/aso-controller` (relative to the repository root, as the tests read reference
/// data) when it holds the controller.
pub fn shared_dir(repo_root: &Path) -> Option<PathBuf> {
    [
        repo_root.join("../shared/aso-controller"),
        PathBuf::from("/work/shared/aso-controller"),
    ]
    .into_iter()
    .find(|p| p.join("aso-controller.gz").is_file())
}

/// Unpacks `aso-controller.gz` into `dir`; returns the executable's path.
pub fn unpack(gz: &Path, dir: &Path) -> anyhow::Result<PathBuf> {
    let binary = dir.join("aso-controller");
    let out =
        std::fs::File::create(&binary).with_context(|| format!("creating {}", binary.display()))?;
    let status = Command::new("gunzip")
        .arg("-c")
        .arg(gz)
        .stdout(out)
        .status()
        .context("running gunzip")?;
    if !status.success() {
        bail!("gunzip -c {} failed ({status})", gz.display());
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755))?;
    Ok(binary)
}

/// The webhook server's certificate, as cert-manager would issue it.
pub struct WebhookCertificate {
    /// The CA, PEM: what the CRDs' and webhook configurations' `caBundle` holds.
    pub ca_pem: String,
    /// Holds `tls.crt` and `tls.key` (`--webhook-cert-dir`).
    pub dir: PathBuf,
}

impl WebhookCertificate {
    pub fn issue(dir: &Path) -> anyhow::Result<WebhookCertificate> {
        let ca = aso_simpki::Authority::generate("aso webhook CA")?;
        let (chain, key) = ca.issue_pem(
            WEBHOOK_SERVICE,
            &[
                format!("{WEBHOOK_SERVICE}.{NAMESPACE}.svc"),
                format!("{WEBHOOK_SERVICE}.{NAMESPACE}.svc.cluster.local"),
            ],
        )?;
        std::fs::create_dir_all(dir)?;
        std::fs::write(dir.join("tls.crt"), chain)?;
        std::fs::write(dir.join("tls.key"), key)?;
        Ok(WebhookCertificate {
            ca_pem: ca.pem(),
            dir: dir.to_path_buf(),
        })
    }

    fn ca_bundle(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(&self.ca_pem)
    }
}

/// ASO's CRDs from `<shared>/crds` whose name (`plural.group`) is in `names` (all when empty),
/// with the CA bundle set.
pub fn crds(
    shared: &Path,
    names: &[&str],
    cert: &WebhookCertificate,
) -> anyhow::Result<Vec<Value>> {
    let dir = shared.join("crds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut crds = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        let mut crd: Value =
            serde_saphyr::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
        let name = crd["metadata"]["name"].as_str().unwrap_or_default();
        if !names.is_empty() && !names.contains(&name) {
            continue;
        }
        crd["spec"]["conversion"]["webhook"]["clientConfig"]["caBundle"] = json!(cert.ca_bundle());
        crds.push(crd);
    }
    if crds.len() < names.len() {
        bail!(
            "{} holds {} of the CRDs asked for ({names:?})",
            dir.display(),
            crds.len()
        );
    }
    Ok(crds)
}

/// The MutatingWebhookConfiguration and ValidatingWebhookConfiguration of ASO's chart for these
/// CRDs: an entry per kind and served API version (storage versions have none).
pub fn webhook_configurations(crds: &[Value], cert: &WebhookCertificate) -> [Value; 2] {
    let mut mutating = Vec::new();
    let mut validating = Vec::new();
    for crd in crds {
        let spec = &crd["spec"];
        let group = spec["group"].as_str().unwrap_or_default();
        let plural = spec["names"]["plural"].as_str().unwrap_or_default();
        let kind = spec["names"]["kind"]
            .as_str()
            .unwrap_or_default()
            .to_lowercase();
        let versions = spec["versions"].as_array().into_iter().flatten();
        for version in versions.filter_map(|v| v["name"].as_str()) {
            if version.ends_with("storage") {
                continue;
            }
            let path = format!("{}-{version}-{kind}", group.replace('.', "-"));
            let rules = json!([{"operations": ["CREATE", "UPDATE"], "apiGroups": [group],
                "apiVersions": [version], "resources": [plural]}]);
            let entry = |prefix: &str, action: &str| {
                json!({"name": format!("{prefix}.{version}.{plural}.{group}"),
                    "clientConfig": {"service": {"namespace": NAMESPACE, "name": WEBHOOK_SERVICE,
                        "path": format!("/{action}-{path}"), "port": 443}, "caBundle": cert.ca_bundle()},
                    "rules": rules, "matchPolicy": "Exact", "failurePolicy": "Fail",
                    "sideEffects": "None", "admissionReviewVersions": ["v1"]})
            };
            mutating.push(entry("default", "mutate"));
            validating.push(entry("validate", "validate"));
        }
    }
    [
        json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "MutatingWebhookConfiguration",
            "metadata": {"name": "azureserviceoperator-mutating-webhook-configuration"}, "webhooks": mutating}),
        json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
            "metadata": {"name": "azureserviceoperator-validating-webhook-configuration"}, "webhooks": validating}),
    ]
}

/// Where ASO's controller finds Kubernetes, ARM and Entra, and how it runs.
pub struct Settings<'a> {
    pub kubeconfig: &'a Path,
    /// The ARM simulator's URL: the ARM endpoint and the authority host.
    pub arm_url: &'a str,
    pub subscription: &'a str,
    pub tenant: &'a str,
    pub client_id: &'a str,
    pub client_secret: &'a str,
    /// The CA the simulators' certificates chain to (`SSL_CERT_FILE`).
    pub ca_file: &'a Path,
    /// `HTTPS_PROXY`, for instance discovery at `login.microsoftonline.com`.
    pub proxy_url: &'a str,
    /// A Go duration (`AZURE_SYNC_PERIOD`).
    pub sync_period: &'a str,
    /// `MAX_CONCURRENT_RECONCILES`: per kind in ASO.
    pub concurrency: usize,
    /// `AZURE_OPERATOR_MODE`.
    pub mode: &'a str,
    pub webhook_port: u16,
    pub cert: &'a WebhookCertificate,
    pub health_port: u16,
    /// ASO's log (stderr).
    pub log: &'a Path,
}

/// The controller's process, configured as its chart configures it (`--crd-management=none`:
/// the CRDs are installed beforehand, as above). The environment is exactly this, nothing
/// inherited.
pub fn command(binary: &Path, s: &Settings) -> anyhow::Result<Command> {
    let mut cmd = Command::new(binary);
    cmd.env_clear()
        .current_dir(binary.parent().unwrap_or(Path::new(".")))
        .args([
            "--crd-management=none".to_string(),
            format!("--webhook-port={}", s.webhook_port),
            format!("--webhook-cert-dir={}", s.cert.dir.display()),
            format!("--health-addr=127.0.0.1:{}", s.health_port),
        ])
        .env("KUBECONFIG", s.kubeconfig)
        .env("POD_NAMESPACE", NAMESPACE)
        .env("AZURE_OPERATOR_MODE", s.mode)
        .env("AZURE_SUBSCRIPTION_ID", s.subscription)
        .env("AZURE_TENANT_ID", s.tenant)
        .env("AZURE_CLIENT_ID", s.client_id)
        .env("AZURE_CLIENT_SECRET", s.client_secret)
        .env("AZURE_RESOURCE_MANAGER_ENDPOINT", s.arm_url)
        .env("AZURE_AUTHORITY_HOST", s.arm_url)
        .env("SSL_CERT_FILE", s.ca_file)
        .env("HTTPS_PROXY", s.proxy_url)
        .env("AZURE_SYNC_PERIOD", s.sync_period)
        .env("MAX_CONCURRENT_RECONCILES", s.concurrency.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(
            std::fs::File::create(s.log)
                .with_context(|| format!("creating {}", s.log.display()))?,
        );
    Ok(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_entries_per_served_api_version_with_asos_paths() {
        let dir = tempfile_dir();
        let cert = WebhookCertificate::issue(&dir).unwrap();
        assert!(dir.join("tls.crt").is_file() && dir.join("tls.key").is_file());
        let crd = json!({"spec": {"group": "storage.azure.com",
            "names": {"plural": "storageaccountsblobservices", "kind": "StorageAccountsBlobService"},
            "versions": [{"name": "v1api20230101"}, {"name": "v1api20230101storage"}]}});
        let [mutating, validating] = webhook_configurations(&[crd], &cert);
        let m = mutating["webhooks"].as_array().unwrap();
        assert_eq!(m.len(), 1, "none for the storage version");
        assert_eq!(
            m[0]["clientConfig"]["service"]["path"],
            "/mutate-storage-azure-com-v1api20230101-storageaccountsblobservice"
        );
        assert_eq!(
            m[0]["name"],
            "default.v1api20230101.storageaccountsblobservices.storage.azure.com"
        );
        assert_eq!(
            validating["webhooks"][0]["clientConfig"]["service"]["path"],
            "/validate-storage-azure-com-v1api20230101-storageaccountsblobservice"
        );
        assert_eq!(m[0]["failurePolicy"], "Fail");
        let _ = std::fs::remove_dir_all(dir);
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("aso-versus-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}

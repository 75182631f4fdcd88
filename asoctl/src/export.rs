//! `asoctl export template` (ASO's command): the operator's installation YAML for a version, with
//! the CRDs it installs chosen by `--crd-pattern`, for `kubectl apply`.
//!
//! As with ASO, the YAML holds no CRDs: the operator installs the ones its `--crd-pattern`
//! selects when it starts (and upgrades those already present). So a template is the chart's
//! objects (Namespace, ServiceAccount, RBAC, Services, Deployment), and `--crd-pattern` sets the
//! Deployment's `--crd-pattern` argument; `--raw` gives the YAML unchanged.
//!
//! This build's own version is embedded (`install.yaml`: the chart rendered by helm with its
//! defaults in `azureserviceoperator-system`, kept current by the end-to-end test
//! `export_template`). Another version's YAML is read from `--source` (a file, or an https URL).

use std::path::PathBuf;

use serde_json::Value;

use aso_operator::crds::CrdPattern;

/// The installation YAML of this build's version.
pub const EMBEDDED: &str = include_str!("install.yaml");

/// This build's version, as ASO writes versions (`v2.8.0`).
pub fn version() -> String {
    format!("v{}", env!("CARGO_PKG_VERSION"))
}

/// The Deployment whose `--crd-pattern` argument a pattern sets (ASO's name).
const DEPLOYMENT: &str = "azureserviceoperator-controller-manager";
const CONTAINER: &str = "manager";

/// Where the template comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// This build's embedded template.
    Embedded,
    /// A file holding a release's YAML.
    File(PathBuf),
    /// An https URL of a release's YAML.
    Url(String),
}

impl Source {
    /// `--source` and `--version` as given (clap keeps them exclusive).
    pub fn choose(source: Option<&str>, release: Option<&str>) -> Result<Source, String> {
        if let Some(source) = source {
            return if source.starts_with("https://") {
                Ok(Source::Url(source.to_string()))
            } else if source.contains("://") {
                Err(format!(
                    "--source {source:?}: only https URLs and file paths are read"
                ))
            } else {
                Ok(Source::File(PathBuf::from(source)))
            };
        }
        match release {
            None => Ok(Source::Embedded),
            Some(v) if v.trim_start_matches('v') == version().trim_start_matches('v') => {
                Ok(Source::Embedded)
            }
            Some(v) => Err(format!(
                "--version {v:?}: this asoctl holds the template of {} only; pass --source with the file or https URL of {v}'s installation YAML",
                version()
            )),
        }
    }

    /// The template's text.
    pub async fn read(&self) -> Result<String, String> {
        match self {
            Source::Embedded => Ok(EMBEDDED.to_string()),
            Source::File(path) => crate::manifest::read_file(path),
            Source::Url(url) => {
                let client =
                    aso_operator::arm::tls::http_client(None).map_err(|e| e.to_string())?;
                let response = client
                    .get(url)
                    .send()
                    .await
                    .map_err(|e| format!("--source {url}: {e}"))?;
                if !response.status().is_success() {
                    return Err(format!("--source {url}: HTTP {}", response.status()));
                }
                response
                    .text()
                    .await
                    .map_err(|e| format!("--source {url}: {e}"))
            }
        }
    }
}

/// The template with `pattern` set on the operator's Deployment, or unchanged (`None`: `--raw`).
pub fn render(template: &str, pattern: Option<&CrdPattern>) -> Result<String, String> {
    let Some(pattern) = pattern else {
        return Ok(template.to_string());
    };
    let mut documents: Vec<Value> = serde_saphyr::from_multiple(template)
        .map_err(|e| format!("the template is not YAML: {e}"))?;
    documents.retain(|d| !d.is_null());
    let mut found = false;
    for document in &mut documents {
        if document["kind"] == "Deployment" && document["metadata"]["name"] == DEPLOYMENT {
            set_crd_pattern(document, pattern.as_str())?;
            found = true;
        }
    }
    if !found {
        return Err(format!(
            "the template has no Deployment {DEPLOYMENT} to set --crd-pattern on; use --raw to export it unchanged"
        ));
    }
    let texts: Result<Vec<String>, String> = documents
        .iter()
        .map(|d| serde_saphyr::to_string(d).map_err(|e| e.to_string()))
        .collect();
    Ok(texts?.join("---\n"))
}

/// Replaces (or adds) the manager container's `--crd-pattern=` argument.
fn set_crd_pattern(deployment: &mut Value, pattern: &str) -> Result<(), String> {
    let containers = deployment
        .pointer_mut("/spec/template/spec/containers")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| format!("Deployment {DEPLOYMENT} has no containers"))?;
    let container = containers
        .iter_mut()
        .find(|c| c["name"] == CONTAINER)
        .ok_or_else(|| format!("Deployment {DEPLOYMENT} has no container {CONTAINER}"))?;
    let object = container.as_object_mut().ok_or_else(|| {
        format!("Deployment {DEPLOYMENT}: container {CONTAINER} is not an object")
    })?;
    let args = object
        .entry("args")
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .ok_or_else(|| format!("Deployment {DEPLOYMENT}: args is not a list"))?;
    args.retain(|a| {
        a.as_str()
            .is_none_or(|a| a != "--crd-pattern" && !a.starts_with("--crd-pattern="))
    });
    args.push(Value::String(format!("--crd-pattern={pattern}")));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deployment_args(yaml: &str) -> Vec<String> {
        let documents: Vec<Value> = serde_saphyr::from_multiple(yaml).unwrap();
        let deployment = documents
            .iter()
            .find(|d| d["kind"] == "Deployment")
            .expect("a Deployment");
        deployment["spec"]["template"]["spec"]["containers"][0]["args"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn the_embedded_template_installs_the_operator_under_asos_names() {
        let documents: Vec<Value> = serde_saphyr::from_multiple(EMBEDDED).unwrap();
        let names: Vec<(&str, &str)> = documents
            .iter()
            .filter(|d| !d.is_null())
            .map(|d| {
                (
                    d["kind"].as_str().unwrap(),
                    d["metadata"]["name"].as_str().unwrap(),
                )
            })
            .collect();
        for expected in [
            ("Namespace", "azureserviceoperator-system"),
            ("ServiceAccount", "azureserviceoperator-default"),
            ("Deployment", DEPLOYMENT),
        ] {
            assert!(names.contains(&expected), "{expected:?} in {names:?}");
        }
        assert!(
            !names.iter().any(|(k, _)| *k == "CustomResourceDefinition"),
            "the operator installs CRDs itself"
        );
    }

    #[test]
    fn a_pattern_sets_the_deployments_argument_once() {
        let pattern = CrdPattern::parse("resources.azure.com/*;storage.azure.com/*").unwrap();
        let once = render(EMBEDDED, Some(&pattern)).unwrap();
        let args = deployment_args(&once);
        assert_eq!(
            args.iter()
                .filter(|a| a.starts_with("--crd-pattern"))
                .collect::<Vec<_>>(),
            ["--crd-pattern=resources.azure.com/*;storage.azure.com/*"]
        );
        // Rendering a rendered template replaces the argument rather than adding another.
        let other = CrdPattern::parse("*").unwrap();
        let twice = deployment_args(&render(&once, Some(&other)).unwrap());
        assert_eq!(
            twice
                .iter()
                .filter(|a| a.starts_with("--crd-pattern"))
                .collect::<Vec<_>>(),
            ["--crd-pattern=*"]
        );
        // Every other document and argument is kept.
        let before: Vec<Value> = serde_saphyr::from_multiple(EMBEDDED).unwrap();
        let after: Vec<Value> = serde_saphyr::from_multiple(&once).unwrap();
        assert_eq!(before.iter().filter(|d| !d.is_null()).count(), after.len());
        assert_eq!(args.len(), deployment_args(EMBEDDED).len() + 1);
    }

    #[test]
    fn raw_is_the_template_unchanged() {
        assert_eq!(render(EMBEDDED, None).unwrap(), EMBEDDED);
    }

    #[test]
    fn templates_without_the_deployment_and_bad_sources_are_refused() {
        let pattern = CrdPattern::parse("*").unwrap();
        let e = render("kind: ConfigMap\nmetadata: {name: x}\n", Some(&pattern)).unwrap_err();
        assert!(e.contains(DEPLOYMENT) && e.contains("--raw"), "{e}");
        let e = render("a: [", Some(&pattern)).unwrap_err();
        assert!(e.contains("not YAML"), "{e}");

        assert_eq!(Source::choose(None, None).unwrap(), Source::Embedded);
        assert_eq!(
            Source::choose(None, Some(&version())).unwrap(),
            Source::Embedded
        );
        let e = Source::choose(None, Some("v2.8.0")).unwrap_err();
        assert!(
            e.contains("--version \"v2.8.0\"") && e.contains("--source"),
            "{e}"
        );
        let e = Source::choose(Some("http://example.com/aso.yaml"), None).unwrap_err();
        assert!(e.contains("only https"), "{e}");
        assert_eq!(
            Source::choose(Some("release.yaml"), None).unwrap(),
            Source::File("release.yaml".into())
        );
    }
}

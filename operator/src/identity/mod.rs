//! Credentials: which one a resource uses ([`selection`]), what they are and how they get tokens
//! ([`credential`], [`oauth`], [`assertion`]), and the store that builds each once and caches it.
//!
//! Token requests are made directly over reqwest (the client credentials flow with a secret or a
//! client assertion, and the managed identity endpoints): it keeps OpenSSL out (the SDK's
//! certificate support needs it), shares the operator's TLS trust, and lets every endpoint be
//! configured (`AZURE_AUTHORITY_HOST` and friends).

pub mod assertion;
pub mod credential;
pub mod namespace_identity;
pub mod oauth;
pub mod selection;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use k8s_openapi::api::core::v1::{Namespace, Secret};

pub use credential::{Credential, CredentialValues, IdentityConfig};
pub use selection::Source;

/// Why no credential could be found for a resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialError {
    /// The annotation is not a valid Secret name (or tries another namespace).
    Invalid(String),
    /// The named Secret does not exist.
    SecretNotFound(String),
    /// The Secret exists but does not make a credential.
    BadSecret(String),
    /// Nothing configured at all.
    NoCredential(String),
    /// Reading the Secret failed.
    Kube(String),
}

impl std::fmt::Display for CredentialError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CredentialError::Invalid(m)
            | CredentialError::SecretNotFound(m)
            | CredentialError::BadSecret(m)
            | CredentialError::NoCredential(m)
            | CredentialError::Kube(m) => f.write_str(m),
        }
    }
}

/// The credential a resource resolved to, and the Secrets consulted (a change to any of them
/// must re-trigger the resource).
pub struct Resolved {
    pub credential: Arc<Credential>,
    pub consulted: Vec<(String, String)>,
}

/// A Secret by (namespace, name).
type SecretKey = (String, String);

/// Builds and caches credentials: the global one, and those of Secrets and of namespace
/// identities (rebuilt when the Secret's or the identity's resourceVersion changes).
pub struct Identities {
    config: Arc<IdentityConfig>,
    global: Option<Arc<Credential>>,
    by_secret: Mutex<HashMap<SecretKey, (String, Arc<Credential>)>>,
}

impl Identities {
    pub fn new(
        config: Arc<IdentityConfig>,
        global: Option<CredentialValues>,
    ) -> Result<Identities, String> {
        let global = match global {
            Some(values) => Some(Arc::new(Credential::build(
                Source::Global,
                values,
                config.clone(),
            )?)),
            None => None,
        };
        Ok(Identities {
            config,
            global,
            by_secret: Mutex::default(),
        })
    }

    pub fn global(&self) -> Option<&Arc<Credential>> {
        self.global.as_ref()
    }

    /// The credential for a resource in `namespace` with the credential-from annotation value
    /// `annotation`.
    pub async fn for_resource(
        &self,
        namespace: &str,
        annotation: Option<&str>,
    ) -> Result<Resolved, (CredentialError, Vec<(String, String)>)> {
        let sources = selection::sources(namespace, annotation)
            .map_err(|e| (CredentialError::Invalid(e), Vec::new()))?;
        let mut consulted = Vec::new();
        for source in sources {
            let Some((ns, name)) = source.secret() else {
                // Before the global credential: the identity the Namespace object names.
                if let Some(credential) = self
                    .namespace_identity(namespace)
                    .await
                    .map_err(|e| (e, consulted.clone()))?
                {
                    return Ok(Resolved {
                        credential,
                        consulted,
                    });
                }
                return match &self.global {
                    Some(global) => Ok(Resolved {
                        credential: global.clone(),
                        consulted,
                    }),
                    None => Err((
                        CredentialError::NoCredential(format!(
                            "no credential for namespace {namespace}: create Secret {namespace}/{}, or configure the operator's global credential",
                            aso_runtime::annotations::NAMESPACE_CREDENTIAL_SECRET
                        )),
                        consulted,
                    )),
                };
            };
            consulted.push((ns.to_string(), name.to_string()));
            let kube = self
                .config
                .kube()
                .map_err(|e| (CredentialError::Kube(e), consulted.clone()))?;
            let api: kube::Api<Secret> = kube::Api::namespaced(kube.clone(), ns);
            let secret = match api.get_opt(name).await {
                Ok(s) => s,
                Err(e) => {
                    return Err((
                        CredentialError::Kube(format!("reading {}: {e}", source.describe())),
                        consulted,
                    ));
                }
            };
            let Some(secret) = secret else {
                if matches!(source, Source::Resource { .. }) {
                    return Err((
                        CredentialError::SecretNotFound(format!(
                            "{} does not exist",
                            source.describe()
                        )),
                        consulted,
                    ));
                }
                continue;
            };
            let version = secret.metadata.resource_version.clone().unwrap_or_default();
            let key = (ns.to_string(), name.to_string());
            if let Some(credential) = self.cached(&key, &version) {
                return Ok(Resolved {
                    credential,
                    consulted,
                });
            }
            let values = CredentialValues::from_secret_data(&secret_strings(&secret));
            let credential = Credential::build(source.clone(), values, self.config.clone())
                .map_err(|e| (CredentialError::BadSecret(e), consulted.clone()))?;
            let credential = self.remember(key, version, credential);
            return Ok(Resolved {
                credential,
                consulted,
            });
        }
        unreachable!("the global source always ends the list")
    }

    /// The credential of the UserAssignedIdentity `namespace`'s Namespace object names
    /// (`namespace_identity`), if it names one. Once named, a missing or not yet created
    /// identity is an error (retried), never a fallback to the global credential.
    async fn namespace_identity(
        &self,
        namespace: &str,
    ) -> Result<Option<Arc<Credential>>, CredentialError> {
        let Ok(kube) = self.config.kube() else {
            return Ok(None);
        };
        let api: kube::Api<Namespace> = kube::Api::all(kube.clone());
        let object = match api.get_opt(namespace).await {
            Ok(Some(object)) => object,
            Ok(None) => return Ok(None),
            // Without the chart's `get namespaces` rule there can be no namespace identity.
            Err(kube::Error::Api(e)) if e.code == 403 => return Ok(None),
            Err(e) => {
                return Err(CredentialError::Kube(format!(
                    "reading namespace {namespace}: {e}"
                )));
            }
        };
        let annotations = object.metadata.annotations.unwrap_or_default();
        let named = namespace_identity::named(&annotations)
            .map_err(|e| CredentialError::Invalid(format!("namespace {namespace}: {e}")))?;
        let Some(named) = named else {
            return Ok(None);
        };
        let (values, version) = namespace_identity::values(kube, &named)
            .await
            .map_err(|e| {
                CredentialError::NoCredential(format!(
                    "the credential of namespace {namespace}: {e}"
                ))
            })?;
        let identity = format!("{}/{}", named.identity_namespace, named.identity_name);
        let key = (
            namespace.to_string(),
            format!("{identity} as {}", named.service_account),
        );
        if let Some(credential) = self.cached(&key, &version) {
            return Ok(Some(credential));
        }
        let source = Source::NamespaceIdentity {
            namespace: namespace.to_string(),
            identity,
        };
        let credential = Credential::build(source, values, self.config.clone())
            .map_err(CredentialError::BadSecret)?;
        Ok(Some(self.remember(key, version, credential)))
    }

    /// The credential built from `key` at `version`, if it is still the one cached.
    fn cached(&self, key: &SecretKey, version: &str) -> Option<Arc<Credential>> {
        self.by_secret
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
            .filter(|(cached_version, _)| cached_version == version)
            .map(|(_, credential)| credential.clone())
    }

    fn remember(&self, key: SecretKey, version: String, credential: Credential) -> Arc<Credential> {
        let credential = Arc::new(credential);
        self.by_secret
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, (version, credential.clone()));
        credential
    }
}

/// A Secret's values as text (`data` decoded, `stringData` over it).
pub fn secret_strings(secret: &Secret) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Some(data) = &secret.data {
        for (k, v) in data {
            out.insert(k.clone(), String::from_utf8_lossy(&v.0).into_owned());
        }
    }
    if let Some(data) = &secret.string_data {
        for (k, v) in data {
            out.insert(k.clone(), v.clone());
        }
    }
    out
}

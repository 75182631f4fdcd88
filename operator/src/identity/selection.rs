//! Which credential a resource uses: the Secret named by its `serviceoperator.azure.com/credential-from`
//! annotation, else its namespace's `aso-credential` Secret, else the operator's global credential.
//!
//! Isolation: every Secret consulted lives in the resource's own namespace. The annotation holds
//! a Secret *name* only; anything that is not a valid name (such as `other-namespace/secret`) is
//! refused rather than interpreted.

use aso_runtime::annotations::NAMESPACE_CREDENTIAL_SECRET;

/// Where a credential may come from, in the order they are tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A Secret named by the resource's annotation, in the resource's namespace.
    Resource { namespace: String, secret: String },
    /// The namespace's `aso-credential` Secret.
    Namespace { namespace: String },
    /// The UserAssignedIdentity the Namespace object names (`namespace_identity`): `identity`
    /// is `<namespace>/<name>`.
    NamespaceIdentity { namespace: String, identity: String },
    /// The operator's own credential (environment / `aso-controller-settings`).
    Global,
}

impl Source {
    /// The Secret this source reads, as `(namespace, name)`.
    pub fn secret(&self) -> Option<(&str, &str)> {
        match self {
            Source::Resource { namespace, secret } => Some((namespace, secret)),
            Source::Namespace { namespace } => Some((namespace, NAMESPACE_CREDENTIAL_SECRET)),
            Source::NamespaceIdentity { .. } | Source::Global => None,
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Source::Resource { namespace, secret } => {
                format!(
                    "credential Secret {namespace}/{secret} (from the credential-from annotation)"
                )
            }
            Source::Namespace { namespace } => {
                format!("namespace credential Secret {namespace}/{NAMESPACE_CREDENTIAL_SECRET}")
            }
            Source::NamespaceIdentity {
                namespace,
                identity,
            } => format!(
                "UserAssignedIdentity {identity} (named by namespace {namespace}'s credential-identity annotation)"
            ),
            Source::Global => "the operator's global credential".into(),
        }
    }
}

/// The sources to try for a resource in `namespace` with the given annotation value. A named
/// Secret is the only source when the annotation is set: a missing one is an error, never a
/// silent fallback to a broader credential.
pub fn sources(namespace: &str, annotation: Option<&str>) -> Result<Vec<Source>, String> {
    match annotation.map(str::trim) {
        Some(name) if !name.is_empty() => {
            check_secret_name(name)?;
            Ok(vec![Source::Resource {
                namespace: namespace.to_string(),
                secret: name.to_string(),
            }])
        }
        _ => Ok(vec![
            Source::Namespace {
                namespace: namespace.to_string(),
            },
            Source::Global,
        ]),
    }
}

/// A Secret name is a DNS subdomain: lower-case letters, digits, `-` and `.`, at most 253
/// characters, starting and ending with a letter or digit.
fn check_secret_name(name: &str) -> Result<(), String> {
    if is_object_name(name) {
        Ok(())
    } else if name.contains('/') {
        Err(format!(
            "{} must name a Secret in the resource's own namespace, not {name:?}; credentials cannot be taken from other namespaces",
            aso_runtime::annotations::CREDENTIAL_FROM
        ))
    } else {
        Err(format!(
            "{} is {name:?}, which is not a valid Secret name",
            aso_runtime::annotations::CREDENTIAL_FROM
        ))
    }
}

/// A Kubernetes object name (DNS subdomain): lower-case letters, digits, `-` and `.`, at most
/// 253 characters, starting and ending with a letter or digit.
pub(crate) fn is_object_name(name: &str) -> bool {
    name.len() <= 253
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn precedence() {
        assert_eq!(
            sources("a", Some("mine")).unwrap(),
            vec![Source::Resource {
                namespace: "a".into(),
                secret: "mine".into()
            }]
        );
        assert_eq!(
            sources("a", None).unwrap(),
            vec![
                Source::Namespace {
                    namespace: "a".into()
                },
                Source::Global
            ]
        );
        assert_eq!(sources("a", Some("")).unwrap().len(), 2);
    }

    #[test]
    fn other_namespaces_are_refused() {
        let err = sources("a", Some("b/aso-credential")).unwrap_err();
        assert!(err.contains("own namespace"), "{err}");
        assert!(sources("a", Some("UPPER")).is_err());
    }

    proptest! {
        /// Whatever the annotation says, every Secret consulted is in the resource's namespace,
        /// and its name is a plain name.
        #[test]
        fn secrets_come_only_from_the_resource_namespace(
            namespace in "[a-z][a-z0-9-]{0,20}",
            annotation in proptest::option::of("[ -~]{0,40}"),
        ) {
            if let Ok(sources) = sources(&namespace, annotation.as_deref()) {
                for source in &sources {
                    if let Some((ns, name)) = source.secret() {
                        prop_assert_eq!(ns, namespace.as_str());
                        prop_assert!(!name.contains('/'));
                        prop_assert!(!name.is_empty());
                    }
                }
                // A named credential never falls back to broader ones.
                if annotation.as_deref().is_some_and(|a| !a.trim().is_empty()) {
                    prop_assert_eq!(sources.len(), 1);
                }
            }
        }
    }
}

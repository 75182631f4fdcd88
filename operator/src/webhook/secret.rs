//! The certificates' Secret: read, created when missing, renewed when due. Replicas race
//! safely: creation is first-wins (409 means another replica made it: use theirs), and every
//! rewrite names the resourceVersion it read (409: read again).

use std::collections::BTreeMap;

use k8s_openapi::ByteString;
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, ObjectMeta, PostParams};
use time::OffsetDateTime;

use super::certs::{Certificates, SECRET_NAME};

/// The certificates to serve now, from the Secret in `namespace` (made or renewed as needed).
pub async fn current(
    kube: &kube::Client,
    namespace: &str,
    names: &[String],
) -> Result<Certificates, String> {
    let api: Api<Secret> = Api::namespaced(kube.clone(), namespace);
    let what = format!("Secret {namespace}/{SECRET_NAME}");
    for _ in 0..5 {
        let now = OffsetDateTime::now_utc();
        let existing = api
            .get_opt(SECRET_NAME)
            .await
            .map_err(|e| format!("reading {what}: {e}"))?;
        let Some(secret) = existing else {
            let certificates = Certificates::generate(names, now)?;
            match api
                .create(
                    &PostParams::default(),
                    &secret_of(&certificates, namespace, None),
                )
                .await
            {
                Ok(_) => {
                    tracing::info!(secret = %what, "webhook certificates issued");
                    return Ok(certificates);
                }
                Err(kube::Error::Api(e)) if e.code == 409 => continue,
                Err(e) => return Err(format!("creating {what}: {e}")),
            }
        };
        let data: BTreeMap<String, Vec<u8>> = secret
            .data
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, v.0))
            .collect();
        let annotations = secret.metadata.annotations.clone().unwrap_or_default();
        let next = match Certificates::from_secret(&data, &annotations) {
            Ok(stored) => match stored.renewed(names, now)? {
                None => return Ok(stored),
                Some(next) => next,
            },
            Err(why) => {
                tracing::warn!(secret = %what, %why, "unreadable webhook certificates; issuing new ones");
                Certificates::generate(names, now)?
            }
        };
        let rewritten = secret_of(&next, namespace, secret.metadata.resource_version.clone());
        match api
            .replace(SECRET_NAME, &PostParams::default(), &rewritten)
            .await
        {
            Ok(_) => {
                tracing::info!(secret = %what, "webhook certificates renewed");
                return Ok(next);
            }
            Err(kube::Error::Api(e)) if e.code == 409 => continue,
            Err(e) => return Err(format!("updating {what}: {e}")),
        }
    }
    Err(format!("{what} keeps changing under us"))
}

fn secret_of(
    certificates: &Certificates,
    namespace: &str,
    resource_version: Option<String>,
) -> Secret {
    let (data, annotations) = certificates.to_secret();
    Secret {
        metadata: ObjectMeta {
            name: Some(SECRET_NAME.into()),
            namespace: Some(namespace.into()),
            annotations: Some(annotations),
            resource_version,
            ..ObjectMeta::default()
        },
        type_: Some("Opaque".into()),
        data: Some(data.into_iter().map(|(k, v)| (k, ByteString(v))).collect()),
        ..Secret::default()
    }
}

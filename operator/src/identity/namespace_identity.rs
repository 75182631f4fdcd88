//! A namespace's credential named by its Namespace object (ours, for team onboarding): the
//! annotation `serviceoperator.azure.com/credential-identity: <namespace>/<name>` names a
//! UserAssignedIdentity the operator created, and the namespace's resources use that identity
//! through workload identity (a token of the namespace's ServiceAccount
//! `serviceoperator.azure.com/credential-service-account`, default `default`, exchanged through
//! the identity's federated credential). Its client ID, tenant and subscription are read from
//! the identity's status, so nobody copies them.
//!
//! Why a Namespace annotation may name an object of another namespace, when every other
//! credential source stays within the resource's namespace: a Namespace is cluster-scoped, so
//! only whoever administers namespaces (the platform team, its GitOps) can set it; a team
//! cannot point its namespace at another team's identity. And why the identity lives in another
//! namespace at all: it must not be reconciled with the credential it becomes (that credential
//! may not manage identities and role assignments), so it lives in a platform namespace, and
//! exports (like ownerReferences) cannot cross namespaces.

use std::collections::BTreeMap;

use super::CredentialValues;
use super::selection::is_object_name;
use crate::settings::is_dns_label;
use kube::api::{Api, ApiResource, DynamicObject};
use kube::core::GroupVersionKind;

/// On a Namespace: `<namespace>/<UserAssignedIdentity name>`.
pub const IDENTITY_ANNOTATION: &str = "serviceoperator.azure.com/credential-identity";
/// On a Namespace: the ServiceAccount (of that namespace) whose tokens are exchanged.
pub const SERVICE_ACCOUNT_ANNOTATION: &str = "serviceoperator.azure.com/credential-service-account";

/// The identity a Namespace's annotations name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub identity_namespace: String,
    pub identity_name: String,
    pub service_account: String,
}

impl Named {
    pub fn describe(&self) -> String {
        format!(
            "UserAssignedIdentity {}/{}",
            self.identity_namespace, self.identity_name
        )
    }
}

/// Reads the annotations of a Namespace; `None` when it names no identity.
pub fn named(annotations: &BTreeMap<String, String>) -> Result<Option<Named>, String> {
    let Some(value) = annotations.get(IDENTITY_ANNOTATION).map(|v| v.trim()) else {
        return Ok(None);
    };
    let (namespace, name) = value
        .split_once('/')
        .filter(|(ns, name)| is_dns_label(ns) && is_object_name(name))
        .ok_or_else(|| {
            format!("{IDENTITY_ANNOTATION} is {value:?}; expected <namespace>/<UserAssignedIdentity name>")
        })?;
    let service_account = match annotations
        .get(SERVICE_ACCOUNT_ANNOTATION)
        .map(|v| v.trim())
    {
        None => "default".to_string(),
        Some(sa) if is_object_name(sa) => sa.to_string(),
        Some(sa) => {
            return Err(format!(
                "{SERVICE_ACCOUNT_ANNOTATION} is {sa:?}; expected a ServiceAccount name"
            ));
        }
    };
    Ok(Some(Named {
        identity_namespace: namespace.to_string(),
        identity_name: name.to_string(),
        service_account,
    }))
}

/// The credential values of the identity, from its status, and the identity object's
/// resourceVersion (to rebuild the credential when it changes). `Err` says what is missing.
pub async fn values(
    kube: &kube::Client,
    named: &Named,
) -> Result<(CredentialValues, String), String> {
    let resource = ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk(
            "managedidentity.azure.com",
            aso_runtime::versions::HUB,
            "UserAssignedIdentity",
        ),
        "userassignedidentities",
    );
    let api: Api<DynamicObject> =
        Api::namespaced_with(kube.clone(), &named.identity_namespace, &resource);
    let identity = api
        .get_opt(&named.identity_name)
        .await
        .map_err(|e| format!("reading {}: {e}", named.describe()))?
        .ok_or_else(|| format!("{} does not exist", named.describe()))?;
    let status = &identity.data["status"];
    let field = |name: &str| {
        status[name]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .ok_or_else(|| {
                format!(
                    "{} has no status.{name} yet (it is created in Azure first)",
                    named.describe()
                )
            })
    };
    let client_id = field("clientId")?;
    let tenant = field("tenantId")?;
    let id = field("id")?;
    let subscription = aso_runtime::arm_id::parse(&id)
        .ok()
        .and_then(|p| p.subscription)
        .ok_or_else(|| {
            format!(
                "{}: status.id {id:?} names no subscription",
                named.describe()
            )
        })?;
    let version = identity.metadata.resource_version.unwrap_or_default();
    Ok((
        CredentialValues {
            subscription: Some(subscription),
            tenant: Some(tenant),
            client_id: Some(client_id),
            auth_mode: Some("workloadidentity".into()),
            service_account: Some(named.service_account.clone()),
            ..CredentialValues::default()
        },
        version,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotations(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_namespace_names_an_identity_and_a_service_account() {
        assert_eq!(named(&annotations(&[])).unwrap(), None);
        assert_eq!(
            named(&annotations(&[(IDENTITY_ANNOTATION, "platform/team-a")])).unwrap(),
            Some(Named {
                identity_namespace: "platform".into(),
                identity_name: "team-a".into(),
                service_account: "default".into(),
            })
        );
        assert_eq!(
            named(&annotations(&[
                (IDENTITY_ANNOTATION, "platform/team-a"),
                (SERVICE_ACCOUNT_ANNOTATION, "deployer")
            ]))
            .unwrap()
            .unwrap()
            .service_account,
            "deployer"
        );
    }

    #[test]
    fn malformed_annotations_are_refused_by_name() {
        for bad in [
            "team-a",
            "/team-a",
            "platform/",
            "Platform/x",
            "a/b/c",
            "p/../x",
        ] {
            let e = named(&annotations(&[(IDENTITY_ANNOTATION, bad)])).unwrap_err();
            assert!(e.contains(IDENTITY_ANNOTATION), "{bad}: {e}");
        }
        let e = named(&annotations(&[
            (IDENTITY_ANNOTATION, "p/x"),
            (SERVICE_ACCOUNT_ANNOTATION, "system:admin"),
        ]))
        .unwrap_err();
        assert!(e.contains(SERVICE_ACCOUNT_ANNOTATION), "{e}");
    }
}

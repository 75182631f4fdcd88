//! The three database `User` kinds as the controller sees them: a `KindInfo` each (group,
//! version `v1`, kind, plural, owner kind) so they share the controller's watches, caches,
//! queue, dependency index and metrics with the ARM kinds, and the server each logs into.
//!
//! These are not ARM resources: the ARM fields of their `KindInfo` are empty, and the
//! reconciler hands their objects to [`super::reconcile`] instead of the ARM path (it asks
//! [`user_kind`], by identity of the `KindInfo`, never by name).

use kube::core::{ApiResource, GroupVersionKind};

use aso_dbuser::ServerKind;
use aso_runtime::kind::{AzureName, KindInfo, KindRef, NameRule, OwnerRule, Payload, Scope};
use aso_runtime::shape::ObjectShape;

/// One database `User` kind.
#[derive(Debug)]
pub struct UserKind {
    pub info: &'static KindInfo,
    pub server: ServerKind,
}

const fn user_info(group: &'static str, api_group: &'static str, owner: &'static str) -> KindInfo {
    KindInfo {
        group,
        api_group,
        version: "v1",
        kind: "User",
        plural: "users",
        arm_type: "",
        api_version: "",
        arm_uri: "",
        scope: Scope::ResourceGroup,
        owner: OwnerRule::Kind(KindRef {
            group: api_group,
            kind: owner,
        }),
        azure_name: AzureName::FromSpec(NameRule {
            pattern: None,
            min_length: None,
            max_length: None,
        }),
        payload: Payload::OmitEmpty,
        spec: &ObjectShape { props: &[] },
        status: &ObjectShape { props: &[] },
        exports: &[],
        arm_schema: "{}",
        aso_versions: &["v1"],
    }
}

static POSTGRES: KindInfo = user_info(
    "dbforpostgresql",
    "dbforpostgresql.azure.com",
    "FlexibleServer",
);
static MYSQL: KindInfo = user_info("dbformysql", "dbformysql.azure.com", "FlexibleServer");
static SQL: KindInfo = user_info("sql", "sql.azure.com", "ServersDatabase");

/// The three kinds.
pub static USER_KINDS: [UserKind; 3] = [
    UserKind {
        info: &POSTGRES,
        server: ServerKind::Postgres,
    },
    UserKind {
        info: &MYSQL,
        server: ServerKind::MySql,
    },
    UserKind {
        info: &SQL,
        server: ServerKind::Sql,
    },
];

/// Their `KindInfo`s (for CRD installation and `--crd-pattern`).
pub fn infos() -> impl Iterator<Item = &'static KindInfo> {
    USER_KINDS.iter().map(|k| k.info)
}

/// The database user kind `info` is, if it is one.
pub fn user_kind(info: &KindInfo) -> Option<&'static UserKind> {
    USER_KINDS.iter().find(|k| std::ptr::eq(k.info, info))
}

/// The kind's resource: served at `v1` only (no hub version, no conversion).
pub fn api_resource(info: &KindInfo) -> ApiResource {
    ApiResource::from_gvk_with_plural(
        &GroupVersionKind::gvk(info.api_group, info.version, info.kind),
        info.plural,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_embedded_crd_and_is_found_by_identity_only() {
        let embedded: Vec<&str> = crate::crds::embedded().map(|(n, _)| n).collect();
        for kind in &USER_KINDS {
            assert!(embedded.contains(&kind.info.crd_name().as_str()));
            assert!(user_kind(kind.info).is_some_and(|k| k.server == kind.server));
        }
        // A generated kind that happens to look alike is not a user kind.
        let server = aso_catalog::catalog()
            .into_iter()
            .find(|i| i.api_group == "dbforpostgresql.azure.com")
            .unwrap();
        assert!(user_kind(server).is_none());
        assert_eq!(
            api_resource(&POSTGRES).api_version,
            "dbforpostgresql.azure.com/v1"
        );
    }
}

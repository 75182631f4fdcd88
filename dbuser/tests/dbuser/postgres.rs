//! The engine against a real PostgreSQL server (Debian's, from tools/install-databases.sh),
//! checked through a superuser session on the server's socket and by logging in as the users.

use std::collections::BTreeSet;
use std::sync::Arc;

use aso_dbuser::api::postgresql::User;
use aso_dbuser::{Action, DesiredUser, ErrorClass, OSSRDBMS_AUDIENCE, ServerKind};
use proptest::prelude::*;

use crate::crds::POSTGRES;
use crate::support::{self, AsEngineSees, Servers, admitted, inputs, servers, unique};

struct Role {
    options: [bool; 4],
    member_of: BTreeSet<String>,
}

async fn role(s: &Servers, name: &str) -> Option<Role> {
    let db = s.pg_superuser().await;
    let row = db
        .query_opt(
            "SELECT rolcanlogin, rolcreaterole, rolcreatedb, rolreplication FROM pg_roles WHERE rolname = $1",
            &[&name],
        )
        .await
        .unwrap()?;
    let member_of = db
        .query(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid \
             JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1",
            &[&name],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    Some(Role {
        options: [row.get(0), row.get(1), row.get(2), row.get(3)],
        member_of,
    })
}

fn local_user(name: &str, extra: &str) -> User {
    admitted(
        POSTGRES,
        &format!(
            r#"
apiVersion: dbforpostgresql.azure.com/v1
kind: User
metadata: {{name: {name}, namespace: default}}
spec:
  owner: {{name: samplepgsql}}
  localUser:
    serverAdminUsername: azureadmin
    serverAdminPassword: {{name: server-admin-pw, key: password}}
    password: {{name: user-pw, key: password}}
{extra}"#
        ),
    )
}

fn desired(s: &Servers, user: &User, password: &str) -> DesiredUser {
    let secrets = inputs(&[
        ("server-admin-pw", "password", s.get("ADMIN_PASSWORD")),
        ("user-pw", "password", password),
    ]);
    user.desired(&secrets).unwrap()
}

fn server_for(s: &Servers, user: &User, password: &str) -> aso_dbuser::Server {
    let secrets = inputs(&[
        ("server-admin-pw", "password", s.get("ADMIN_PASSWORD")),
        ("user-pw", "password", password),
    ]);
    let admin = user.admin(&secrets, s.tokens()).unwrap();
    s.server(ServerKind::Postgres, admin)
}

/// ASO's sample shape: created with its roles and default options; the user logs in.
#[tokio::test]
async fn aso_local_user_is_created() {
    let s = servers!();
    let name = unique("aso_pg_");
    let user = local_user(&name, "  roles: [app_reader]\n");
    let server = server_for(s, &user, "first-Pa55");
    let report = aso_dbuser::reconcile(&desired(s, &user, "first-Pa55"), &server)
        .await
        .unwrap();
    assert!(report.created(), "{report:?}");
    assert!(report.password_set);
    let role = role(s, &name).await.expect("the role exists");
    assert_eq!(
        role.options,
        [true, false, false, false],
        "ASO's default {{login: true}}"
    );
    assert_eq!(role.member_of, BTreeSet::from(["app_reader".to_string()]));
    s.pg_login(support::PG_FQDN, &name, "first-Pa55")
        .await
        .unwrap();

    // A second reconcile changes nothing (but sets the password again, as ASO does).
    let again = aso_dbuser::reconcile(&desired(s, &user, "first-Pa55"), &server)
        .await
        .unwrap();
    assert!(again.changes.is_empty(), "{again:?}");
    assert!(again.password_set);
}

/// Changed roles, role options and password reach the server.
#[tokio::test]
async fn changes_reach_the_server() {
    let s = servers!();
    let name = unique("chg_pg_");
    let before = local_user(&name, "  roles: [app_reader]\n");
    let server = server_for(s, &before, "old-Pa55");
    aso_dbuser::reconcile(&desired(s, &before, "old-Pa55"), &server)
        .await
        .unwrap();
    let after = local_user(
        &name,
        "  roles: [app_writer]\n  roleOptions: {login: true, createDb: true}\n",
    );
    let report = aso_dbuser::reconcile(&desired(s, &after, "new-Pa55"), &server)
        .await
        .unwrap();
    let changes: Vec<String> = report.changes.iter().map(ToString::to_string).collect();
    assert_eq!(
        changes,
        [
            "granted role option CREATEDB",
            "granted membership in role \"app_writer\"",
            "revoked membership in role \"app_reader\"",
        ]
    );
    let role = role(s, &name).await.unwrap();
    assert_eq!(role.options, [true, false, true, false]);
    assert_eq!(role.member_of, BTreeSet::from(["app_writer".to_string()]));
    s.pg_login(support::PG_FQDN, &name, "new-Pa55")
        .await
        .unwrap();
    let old = s
        .pg_login(support::PG_FQDN, &name, "old-Pa55")
        .await
        .unwrap_err();
    assert!(old.contains("password authentication failed"), "{old}");
}

/// Grants and revocations made by hand are reported and undone; then nothing is left to do.
#[tokio::test]
async fn drift_is_detected_and_corrected() {
    let s = servers!();
    let name = unique("drift_pg_");
    let user = local_user(&name, "  roles: [app_reader]\n");
    let server = server_for(s, &user, "Pa55-drift");
    let want = desired(s, &user, "Pa55-drift");
    aso_dbuser::reconcile(&want, &server).await.unwrap();
    let db = s.pg_superuser().await;
    let quoted = format!("\"{name}\"");
    db.batch_execute(&format!(
        "GRANT app_writer TO {quoted}; REVOKE app_reader FROM {quoted}; ALTER ROLE {quoted} CREATEROLE NOLOGIN"
    ))
    .await
    .unwrap();
    let report = aso_dbuser::reconcile(&want, &server).await.unwrap();
    let mut changes: Vec<String> = report.changes.iter().map(ToString::to_string).collect();
    changes.sort();
    assert_eq!(
        changes,
        [
            "granted membership in role \"app_reader\"",
            "granted role option LOGIN",
            "revoked membership in role \"app_writer\"",
            "revoked role option CREATEROLE",
        ]
    );
    let role = role(s, &name).await.unwrap();
    assert_eq!(role.options, [true, false, false, false]);
    assert_eq!(role.member_of, BTreeSet::from(["app_reader".to_string()]));
    // Dropped by hand: recreated, and reported as a creation.
    db.batch_execute(&format!("DROP ROLE {quoted}"))
        .await
        .unwrap();
    let report = aso_dbuser::reconcile(&want, &server).await.unwrap();
    assert!(report.created());
    assert!(
        aso_dbuser::reconcile(&want, &server)
            .await
            .unwrap()
            .changes
            .is_empty()
    );
}

#[tokio::test]
async fn delete_drops_the_user() {
    let s = servers!();
    let name = unique("del_pg_");
    let user = local_user(&name, "  roles: [app_reader]\n");
    let server = server_for(s, &user, "Pa55-del");
    let want = desired(s, &user, "Pa55-del");
    aso_dbuser::reconcile(&want, &server).await.unwrap();
    assert_eq!(user.key(), want.key(), "the key needs no Secret");
    assert!(aso_dbuser::delete(&user.key(), &server).await.unwrap());
    assert!(role(s, &name).await.is_none());
    assert!(
        !aso_dbuser::delete(&want.key(), &server).await.unwrap(),
        "already gone"
    );
}

/// A wrong admin password is a login failure that waits for a change, and its message holds
/// no password.
#[tokio::test]
async fn wrong_admin_password_is_a_login_failure() {
    let s = servers!();
    let user = local_user(&unique("wrong_pg_"), "");
    let secrets = inputs(&[
        ("server-admin-pw", "password", "not-the-Adm1n-password"),
        ("user-pw", "password", "x-Pa55"),
    ]);
    let server = s.server(
        ServerKind::Postgres,
        user.admin(&secrets, s.tokens()).unwrap(),
    );
    let e = aso_dbuser::reconcile(&user.desired(&secrets).unwrap(), &server)
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::LoginFailed, "{e}");
    assert!(e.class.waits_for_change());
    assert_eq!(e.class.reason(), "LoginFailed");
    assert!(e.message.contains("azureadmin"), "{e}");
    assert!(!e.message.contains("not-the-Adm1n-password"), "{e}");
}

#[tokio::test]
async fn unknown_role_and_denied_option_are_classified() {
    let s = servers!();
    let user = local_user(&unique("unk_pg_"), "  roles: [no_such_role]\n");
    let server = server_for(s, &user, "Pa55-unk");
    let e = aso_dbuser::reconcile(&desired(s, &user, "Pa55-unk"), &server)
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::UnknownRole, "{e}");
    assert!(e.message.contains("no_such_role"), "{e}");

    // Azure's admin is no superuser: PostgreSQL 15 lets only superusers grant REPLICATION.
    let user = local_user(
        &unique("repl_pg_"),
        "  roleOptions: {login: true, replication: true}\n",
    );
    let e = aso_dbuser::reconcile(
        &desired(s, &user, "Pa55-repl"),
        &server_for(s, &user, "Pa55-repl"),
    )
    .await
    .unwrap_err();
    assert_eq!(e.class, ErrorClass::PermissionDenied, "{e}");
    assert!(e.class.waits_for_change());
}

#[tokio::test]
async fn tls_and_connection_failures_are_classified() {
    let s = servers!();
    let user = local_user(&unique("tls_pg_"), "");
    let want = desired(s, &user, "Pa55-tls");
    let mut server = server_for(s, &user, "Pa55-tls");
    server.options.extra_ca_file = None;
    let e = aso_dbuser::reconcile(&want, &server).await.unwrap_err();
    assert_eq!(e.class, ErrorClass::Tls, "an untrusted CA: {e}");
    let mut server = server_for(s, &user, "Pa55-tls");
    server.options.address_map =
        aso_dbuser::AddressMap::parse("*.postgres.database.azure.com=127.0.0.1:9").unwrap();
    let e = aso_dbuser::reconcile(&want, &server).await.unwrap_err();
    assert_eq!(e.class, ErrorClass::CannotConnect, "{e}");
    assert!(!e.class.waits_for_change());
}

/// Our extension: Entra users through pgaadauth (the server's stand-in records each call),
/// the operator logging in as the Entra admin with a token for the database audience.
#[tokio::test]
async fn entra_users_are_created_with_pgaadauth() {
    let s = servers!();
    let by_name = unique("mi_pg_");
    let by_oid = unique("oid_pg_");
    let oid = "0b1f3c2e-1234-4abc-9def-0123456789ab";
    let manifest = |name: &str, aad: &str| -> User {
        admitted(
            POSTGRES,
            &format!(
                "apiVersion: dbforpostgresql.azure.com/v1\nkind: User\nmetadata: {{name: {name}, namespace: default}}\n\
                 spec:\n  owner: {{name: samplepgsql}}\n  roles: [app_reader]\n  aadUser: {aad}\n"
            ),
        )
    };
    for (name, aad) in [
        (
            &by_name,
            format!("{{serverAdminUsername: \"{}\"}}", s.get("ENTRA_ADMIN")),
        ),
        (
            &by_oid,
            format!(
                "{{serverAdminUsername: \"{}\", objectId: {oid}, principalType: ServicePrincipal}}",
                s.get("ENTRA_ADMIN")
            ),
        ),
    ] {
        let user = manifest(name, &aad);
        let tokens = s.tokens();
        let admin = user.admin(&inputs(&[]), tokens.clone()).unwrap();
        let server = s.server(ServerKind::Postgres, admin);
        let want = user.desired(&inputs(&[])).unwrap();
        let report = aso_dbuser::reconcile(&want, &server).await.unwrap();
        assert!(report.created());
        assert!(!report.password_set);
        assert_eq!(*tokens.asked.lock().unwrap(), [OSSRDBMS_AUDIENCE]);
        let role = role(s, name).await.expect("created by the stand-in");
        assert!(role.options[0], "LOGIN");
        assert_eq!(role.member_of, BTreeSet::from(["app_reader".to_string()]));
        let again = aso_dbuser::reconcile(&want, &server).await.unwrap();
        assert!(again.changes.is_empty(), "{again:?}");
    }
    let db = s.pg_superuser().await;
    let calls = db
        .query(
            "SELECT fn, role_name, object_id, object_type, is_admin, is_mfa, caller FROM pgaadauth_calls \
             WHERE role_name = $1 OR role_name = $2 ORDER BY id",
            &[&by_name, &by_oid],
        )
        .await
        .unwrap();
    let calls: Vec<String> = calls
        .iter()
        .map(|r| {
            format!(
                "{}({}, {:?}, {:?}, {}, {}) by {}",
                r.get::<_, String>(0),
                r.get::<_, String>(1),
                r.get::<_, Option<String>>(2),
                r.get::<_, Option<String>>(3),
                r.get::<_, bool>(4),
                r.get::<_, bool>(5),
                r.get::<_, String>(6)
            )
        })
        .collect();
    let admin = s.get("ENTRA_ADMIN");
    assert_eq!(
        calls,
        [
            format!("pgaadauth_create_principal({by_name}, None, None, false, false) by {admin}"),
            format!(
                "pgaadauth_create_principal_with_oid({by_oid}, Some(\"{oid}\"), Some(\"service\"), false, false) by {admin}"
            ),
        ]
    );
}

#[tokio::test]
async fn a_failing_token_provider_is_token_unavailable() {
    let s = servers!();
    let user = local_user(&unique("tok_pg_"), "");
    let admin = aso_dbuser::AdminLogin::Entra {
        user: s.get("ENTRA_ADMIN").into(),
        tokens: Arc::new(support::NoTokens),
    };
    let server = s.server(ServerKind::Postgres, admin);
    let e = aso_dbuser::reconcile(&desired(s, &user, "Pa55-tok"), &server)
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::TokenUnavailable, "{e}");
    assert!(e.message.contains(OSSRDBMS_AUDIENCE), "{e}");
}

/// Names the server cannot hold are refused before any statement, naming the field.
#[tokio::test]
async fn impossible_names_are_refused_clearly() {
    let s = servers!();
    for (name, expected) in [
        ("a\0b".to_string(), "cannot contain NUL"),
        ("x".repeat(64), "at most 63 bytes"),
    ] {
        let mut want = desired(s, &local_user("placeholder", ""), "Pa55");
        let DesiredUser::Postgres(u) = &mut want else {
            unreachable!()
        };
        u.name = name;
        let server = server_for(s, &local_user("placeholder", ""), "Pa55");
        let e = aso_dbuser::reconcile(&want, &server).await.unwrap_err();
        assert_eq!(e.class, ErrorClass::InvalidSpec, "{e}");
        assert!(e.message.contains(expected), "{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    /// Hostile role names and passwords (quotes, backslashes, semicolons, control characters,
    /// unicode) become exactly that role with exactly that password, and nothing else runs.
    #[test]
    fn hostile_names_and_passwords_stay_data(
        stem in "[a-zA-Z0-9\"';\\\\ \\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{1,12}",
        password in "[a-zA-Z0-9\"';\\\\ $%\\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}]{1,24}",
    ) {
        let Some(s) = support::started() else { return Ok(()) };
        let name = format!("{}{stem}", unique("h"));
        prop_assume!(name.len() <= 63);
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let user = local_user("placeholder", "  roles: [app_reader]\n");
            let mut want = desired(s, &user, &password);
            let DesiredUser::Postgres(u) = &mut want else { unreachable!() };
            u.name = name.clone();
            let server = server_for(s, &user, &password);
            let report = aso_dbuser::reconcile(&want, &server).await.unwrap();
            assert_eq!(report.changes.iter().filter(|c| c.action == Action::Create).count(), 1);
            let role = role(s, &name).await.expect("exactly this role exists");
            assert_eq!(role.member_of, BTreeSet::from(["app_reader".to_string()]));
            s.pg_login(support::PG_FQDN, &name, &password).await.unwrap();
            assert!(aso_dbuser::delete(&want.key(), &server).await.unwrap());
        });
    }

    /// The literal quoting means exactly its value to the real server, with and without
    /// `standard_conforming_strings`.
    #[test]
    fn literals_mean_their_value(value in "[a-zA-Z0-9\"';\\\\ $%\\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{0,30}") {
        let Some(s) = support::started() else { return Ok(()) };
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let db = s.pg_superuser().await;
            let literal = aso_dbuser::quote::postgres::literal("v", &value).unwrap();
            for setting in ["on", "off"] {
                db.batch_execute(&format!("SET standard_conforming_strings = {setting}")).await.unwrap();
                let back: String = db.query_one(&format!("SELECT {literal}::text"), &[]).await.unwrap().get(0);
                assert_eq!(back, value, "standard_conforming_strings = {setting}");
            }
        });
    }
}

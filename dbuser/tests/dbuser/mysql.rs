//! The engine against a real MariaDB server (Debian's, from tools/install-databases.sh, with
//! Azure's lower_case_table_names=1 and TLS required), checked through the server's own views
//! (information_schema, SHOW GRANTS' source) and by logging in as the users.

use std::collections::{BTreeMap, BTreeSet};

use aso_dbuser::api::mysql::User;
use aso_dbuser::{DesiredUser, ErrorClass, OSSRDBMS_AUDIENCE, ServerKind};
use aso_dbuser_testing::aad_proxy::AadUser;
use mysql_async::prelude::Queryable;
use proptest::prelude::*;

use crate::crds::MYSQL;
use crate::support::{self, AsEngineSees, Servers, admitted, inputs, servers, unique};

/// The account's privileges as information_schema shows them: server-level, and per database
/// (as stored, escaped).
async fn privileges(
    s: &Servers,
    user: &str,
) -> Option<(BTreeSet<String>, BTreeMap<String, BTreeSet<String>>)> {
    let mut db = s.mysql_admin(support::MYSQL_FQDN).await;
    let grantee = format!("'{user}'@'%'");
    let exists: Option<u64> = db
        .exec_first(
            "SELECT COUNT(*) FROM mysql.user WHERE User = ? AND Host = '%'",
            (user,),
        )
        .await
        .unwrap();
    if exists == Some(0) {
        return None;
    }
    let server: Vec<String> = db
        .exec(
            "SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ? AND PRIVILEGE_TYPE <> 'USAGE'",
            (&grantee,),
        )
        .await
        .unwrap();
    let rows: Vec<(String, String)> = db
        .exec(
            "SELECT TABLE_SCHEMA, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = ?",
            (&grantee,),
        )
        .await
        .unwrap();
    let mut databases: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (schema, privilege) in rows {
        databases.entry(schema).or_default().insert(privilege);
    }
    Some((server.into_iter().collect(), databases))
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn local_user(name: &str, extra: &str) -> User {
    admitted(
        MYSQL,
        &format!(
            r#"
apiVersion: dbformysql.azure.com/v1
kind: User
metadata: {{name: {name}, namespace: default}}
spec:
  owner: {{name: samplemysql}}
  localUser:
    serverAdminUsername: azureadmin
    serverAdminPassword: {{name: server-admin-pw, key: password}}
    password: {{name: user-pw, key: password}}
{extra}"#
        ),
    )
}

fn secrets(s: &Servers, password: &str) -> aso_dbuser::MapInputs {
    inputs(&[
        ("server-admin-pw", "password", s.get("ADMIN_PASSWORD")),
        ("user-pw", "password", password),
    ])
}

fn desired(s: &Servers, user: &User, password: &str) -> DesiredUser {
    user.desired(&secrets(s, password)).unwrap()
}

fn server_for(s: &Servers, user: &User) -> aso_dbuser::Server {
    let admin = user.admin(&secrets(s, "unused"), s.tokens()).unwrap();
    s.server(ServerKind::MySql, admin)
}

/// ASO's sample shape: server and database privileges reach the server; the user logs in.
#[tokio::test]
async fn aso_local_user_is_created() {
    let s = servers!();
    let name = unique("asomy");
    let user = local_user(
        &name,
        "  privileges: [PROCESS, CREATE USER]\n  databasePrivileges:\n    appdb: [SELECT, INSERT]\n",
    );
    let server = server_for(s, &user);
    let report = aso_dbuser::reconcile(&desired(s, &user, "first-Pa55"), &server)
        .await
        .unwrap();
    assert!(report.created(), "{report:?}");
    let (server_privileges, databases) = privileges(s, &name).await.expect("the account exists");
    assert_eq!(server_privileges, set(&["CREATE USER", "PROCESS"]));
    assert_eq!(
        databases,
        BTreeMap::from([("appdb".to_string(), set(&["INSERT", "SELECT"]))])
    );
    let mut conn = s
        .mysql_session(support::MYSQL_FQDN, &name, "first-Pa55")
        .await
        .unwrap();
    let visible: Vec<String> = conn.query("SHOW DATABASES").await.unwrap();
    assert!(visible.contains(&"appdb".to_string()), "{visible:?}");
    let again = aso_dbuser::reconcile(&desired(s, &user, "first-Pa55"), &server)
        .await
        .unwrap();
    assert!(again.changes.is_empty(), "{again:?}");
}

#[tokio::test]
async fn changes_reach_the_server() {
    let s = servers!();
    let name = unique("chgmy");
    let before = local_user(
        &name,
        "  privileges: [PROCESS]\n  databasePrivileges:\n    appdb: [SELECT]\n",
    );
    let server = server_for(s, &before);
    aso_dbuser::reconcile(&desired(s, &before, "old-Pa55"), &server)
        .await
        .unwrap();
    let after = local_user(
        &name,
        "  privileges: [SHOW DATABASES]\n  databasePrivileges:\n    appdb: [SELECT, UPDATE]\n    Reports: [ALL]\n",
    );
    let report = aso_dbuser::reconcile(&desired(s, &after, "new-Pa55"), &server)
        .await
        .unwrap();
    let changes: Vec<String> = report.changes.iter().map(ToString::to_string).collect();
    assert_eq!(
        changes[..2],
        ["granted SHOW DATABASES ON *.*", "revoked PROCESS ON *.*"]
    );
    assert!(
        changes.contains(&"granted UPDATE ON \"appdb\".*".to_string()),
        "{changes:?}"
    );
    let (server_privileges, databases) = privileges(s, &name).await.unwrap();
    assert_eq!(server_privileges, set(&["SHOW DATABASES"]));
    assert_eq!(databases["appdb"], set(&["SELECT", "UPDATE"]));
    assert_eq!(
        databases["reports"].len(),
        18,
        "ALL at database level: {:?}",
        databases["reports"]
    );
    s.mysql_session(support::MYSQL_FQDN, &name, "new-Pa55")
        .await
        .unwrap();
    let old = s
        .mysql_session(support::MYSQL_FQDN, &name, "old-Pa55")
        .await
        .unwrap_err();
    assert!(old.contains("Access denied"), "{old}");
    // Azure lower-cases database names (lower_case_table_names=1): "Reports" is "reports".
    let again = aso_dbuser::reconcile(&desired(s, &after, "new-Pa55"), &server)
        .await
        .unwrap();
    assert!(again.changes.is_empty(), "{again:?}");
}

#[tokio::test]
async fn drift_is_detected_and_corrected() {
    let s = servers!();
    let name = unique("drmy");
    let user = local_user(
        &name,
        "  privileges: [PROCESS]\n  databasePrivileges:\n    app_db: [SELECT]\n",
    );
    let server = server_for(s, &user);
    let want = desired(s, &user, "Pa55-drift");
    aso_dbuser::reconcile(&want, &server).await.unwrap();
    let (_, databases) = privileges(s, &name).await.unwrap();
    assert_eq!(
        databases.keys().collect::<Vec<_>>(),
        ["app\\_db"],
        "the name's _ is escaped: the grant is for app_db only, not a wildcard"
    );
    let mut db = s.mysql_admin(support::MYSQL_FQDN).await;
    db.query_drop(format!(
        "GRANT RELOAD ON *.* TO '{name}'@'%'; REVOKE PROCESS ON *.* FROM '{name}'@'%'; \
         GRANT INSERT ON `app\\_db`.* TO '{name}'@'%'; GRANT SELECT ON `app_%`.* TO '{name}'@'%'"
    ))
    .await
    .unwrap();
    let report = aso_dbuser::reconcile(&want, &server).await.unwrap();
    let mut changes: Vec<String> = report.changes.iter().map(ToString::to_string).collect();
    changes.sort();
    assert_eq!(
        changes,
        [
            "granted PROCESS ON *.*",
            "revoked INSERT ON \"app\\\\_db\".*",
            "revoked RELOAD ON *.*",
            "revoked SELECT ON \"app_%\".*",
        ]
    );
    let (server_privileges, databases) = privileges(s, &name).await.unwrap();
    assert_eq!(server_privileges, set(&["PROCESS"]));
    assert_eq!(
        databases,
        BTreeMap::from([("app\\_db".to_string(), set(&["SELECT"]))])
    );
    db.query_drop(format!("DROP USER '{name}'@'%'"))
        .await
        .unwrap();
    assert!(
        aso_dbuser::reconcile(&want, &server)
            .await
            .unwrap()
            .created()
    );
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
    let name = unique("delmy");
    let user = local_user(&name, "  privileges: [PROCESS]\n");
    let server = server_for(s, &user);
    let want = desired(s, &user, "Pa55-del");
    aso_dbuser::reconcile(&want, &server).await.unwrap();
    assert_eq!(user.key(), want.key(), "the key needs no Secret");
    assert!(aso_dbuser::delete(&user.key(), &server).await.unwrap());
    assert!(privileges(s, &name).await.is_none());
    assert!(!aso_dbuser::delete(&want.key(), &server).await.unwrap());
}

#[tokio::test]
async fn wrong_admin_password_is_a_login_failure() {
    let s = servers!();
    let user = local_user(&unique("wrmy"), "");
    let secrets = inputs(&[
        ("server-admin-pw", "password", "not-the-Adm1n-password"),
        ("user-pw", "password", "x-Pa55"),
    ]);
    let server = s.server(ServerKind::MySql, user.admin(&secrets, s.tokens()).unwrap());
    let e = aso_dbuser::reconcile(&user.desired(&secrets).unwrap(), &server)
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::LoginFailed, "{e}");
    assert!(e.class.waits_for_change());
    assert!(!e.message.contains("not-the-Adm1n-password"), "{e}");
}

#[tokio::test]
async fn unknown_privileges_and_tls_failures_are_classified() {
    let s = servers!();
    let user = local_user(
        &unique("unkmy"),
        "  privileges: [\"SELECT; DROP DATABASE appdb\"]\n",
    );
    let e = aso_dbuser::reconcile(&desired(s, &user, "Pa55"), &server_for(s, &user))
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::InvalidSpec, "{e}");
    assert!(
        e.message
            .contains("is not a server-level privilege MySQL knows"),
        "{e}"
    );

    let user = local_user(&unique("tlsmy"), "");
    let mut server = server_for(s, &user);
    server.options.extra_ca_file = None;
    let e = aso_dbuser::reconcile(&desired(s, &user, "Pa55"), &server)
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::Tls, "an untrusted CA: {e}");
}

/// A local user whose spec has no admin password: the operator logs in as the admin with an
/// Entra token for the database audience as the password (ASO's behaviour).
#[tokio::test]
async fn entra_admin_logs_in_with_a_token() {
    let s = servers!();
    let name = unique("tokmy");
    let user: User = admitted(
        MYSQL,
        &format!(
            "apiVersion: dbformysql.azure.com/v1\nkind: User\nmetadata: {{name: {name}, namespace: default}}\n\
             spec:\n  owner: {{name: samplemysql}}\n  privileges: [PROCESS]\n  localUser:\n    \
             serverAdminUsername: \"{}\"\n    password: {{name: user-pw, key: password}}\n",
            s.get("ENTRA_ADMIN")
        ),
    );
    let tokens = s.tokens();
    let server = s.server(
        ServerKind::MySql,
        user.admin(&secrets(s, "x"), tokens.clone()).unwrap(),
    );
    let report = aso_dbuser::reconcile(&user.desired(&secrets(s, "Pa55-tok")).unwrap(), &server)
        .await
        .unwrap();
    assert!(report.created());
    assert_eq!(*tokens.asked.lock().unwrap(), [OSSRDBMS_AUDIENCE]);
    s.mysql_session(support::MYSQL_FQDN, &name, "Pa55-tok")
        .await
        .unwrap();
}

/// ASO's `aadUser` shapes (an Entra name too long for MySQL with its alias, and a short one),
/// and ours with a managed identity's client ID, reach MariaDB through the `CREATE AADUSER`
/// stand-in, which records what it was asked; the operator logs in as the Entra admin with a
/// token. The account made by client ID holds it (the stand-in's password for it).
#[tokio::test]
async fn entra_users_reach_the_server_through_a_stand_in() {
    let s = servers!();
    let (proxy, calls) = aso_dbuser_testing::aad_proxy::start(s).await;
    let long = format!(
        "{}@contoso.onmicrosoft.com",
        unique("a-long-entra-user-name-")
    );
    let alias = unique("alias");
    let short = unique("mi-");
    let identity = unique("id-");
    let client_id = "0B1F3C2E-1234-4abc-9def-0123456789ab";
    for (entra, extra, mysql_name) in [
        (long.clone(), format!("    alias: {alias}\n"), alias.clone()),
        (short.clone(), String::new(), short.clone()),
        (
            identity.clone(),
            format!("    clientId: {client_id}\n"),
            identity.clone(),
        ),
    ] {
        let user: User = admitted(
            MYSQL,
            &format!(
                "apiVersion: dbformysql.azure.com/v1\nkind: User\nmetadata: {{name: entra, namespace: default}}\n\
                 spec:\n  azureName: \"{entra}\"\n  owner: {{name: samplemysql}}\n  privileges: [PROCESS]\n  \
                 databasePrivileges:\n    appdb: [SELECT]\n  aadUser:\n{extra}    serverAdminUsername: \"{}\"\n",
                s.get("ENTRA_ADMIN")
            ),
        );
        let tokens = s.tokens();
        let mut server = s.server(
            ServerKind::MySql,
            user.admin(&inputs(&[]), tokens.clone()).unwrap(),
        );
        server.options.address_map = aso_dbuser::AddressMap::default()
            .with("*.mysql.database.azure.com", proxy)
            .unwrap();
        let want = user.desired(&inputs(&[])).unwrap();
        let report = aso_dbuser::reconcile(&want, &server).await.unwrap();
        assert!(report.created(), "{report:?}");
        assert!(!report.password_set);
        assert_eq!(*tokens.asked.lock().unwrap(), [OSSRDBMS_AUDIENCE]);
        let (server_privileges, databases) = privileges(s, &mysql_name).await.expect("created");
        assert_eq!(server_privileges, set(&["PROCESS"]));
        assert_eq!(
            databases,
            BTreeMap::from([("appdb".to_string(), set(&["SELECT"]))])
        );
        let again = aso_dbuser::reconcile(&want, &server).await.unwrap();
        assert!(again.changes.is_empty(), "{again:?}");
        if mysql_name == identity {
            // Lower-cased, as the engine sends every GUID.
            s.mysql_session(support::MYSQL_FQDN, &identity, &client_id.to_lowercase())
                .await
                .expect("the account holds the client ID");
        }
        assert!(aso_dbuser::delete(&user.key(), &server).await.unwrap());
        assert!(privileges(s, &mysql_name).await.is_none());
    }
    let call = |name: &str, alias: Option<&str>, client_id: Option<&str>| AadUser {
        name: name.into(),
        alias: alias.map(Into::into),
        client_id: client_id.map(Into::into),
    };
    assert_eq!(
        *calls.lock().unwrap(),
        [
            call(&long, Some(&alias), None),
            call(&short, None, None),
            call(&identity, None, Some(&client_id.to_lowercase())),
        ],
        "one CREATE AADUSER per new user, with ASO's arguments (and ours)"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    /// Hostile user names, database names and passwords stay data: exactly that account, with
    /// exactly that password, privileged on exactly that database.
    #[test]
    fn hostile_names_and_passwords_stay_data(
        stem in "[a-zA-Z0-9`\"';\\\\ %_\\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}]{1,10}",
        database in "[a-zA-Z0-9`\"'; %_\\-\\u{e9}\\u{4e2d}]{0,10}",
        password in "[a-zA-Z0-9`\"';\\\\ %_\\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}]{1,24}",
    ) {
        let Some(s) = support::started() else { return Ok(()) };
        let name = format!("{}{stem}", unique("h"));
        prop_assume!(name.chars().count() <= 32);
        let database = format!("d{database}x");
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let user = local_user("placeholder", "");
            let mut want = desired(s, &user, &password);
            let DesiredUser::MySql(u) = &mut want else { unreachable!() };
            u.name = name.clone();
            u.database_privileges = BTreeMap::from([(database.clone(), set(&["SELECT"]))]);
            let server = server_for(s, &user);
            aso_dbuser::reconcile(&want, &server).await.unwrap();
            let mut db = s.mysql_admin(support::MYSQL_FQDN).await;
            let stored: Vec<String> = db
                .exec("SELECT Db FROM mysql.db WHERE User = ? AND Host = '%'", (&name,))
                .await
                .unwrap();
            let expected = database.to_lowercase().replace('_', "\\_").replace('%', "\\%");
            assert_eq!(stored, [expected]);
            s.mysql_session(support::MYSQL_FQDN, &name, &password).await.unwrap();
            assert!(aso_dbuser::reconcile(&want, &server).await.unwrap().changes.is_empty());
            assert!(aso_dbuser::delete(&want.key(), &server).await.unwrap());
        });
    }

    /// The literal quoting means exactly its value to the real server, with and without
    /// NO_BACKSLASH_ESCAPES.
    #[test]
    fn literals_mean_their_value(value in "[a-zA-Z0-9`\"';\\\\ %_\\-\\u{1}-\\u{1f}\\u{e9}\\u{4e2d}\\u{1f600}]{0,30}") {
        let Some(s) = support::started() else { return Ok(()) };
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let mut db = s.mysql_admin(support::MYSQL_FQDN).await;
            for (mode, escapes) in [("''", true), ("'NO_BACKSLASH_ESCAPES'", false)] {
                db.query_drop(format!("SET SESSION sql_mode = {mode}")).await.unwrap();
                let literal = aso_dbuser::quote::mysql::literal("v", &value, escapes).unwrap();
                let back: Option<String> = db.query_first(format!("SELECT CONVERT({literal} USING utf8mb4)")).await.unwrap();
                assert_eq!(back.as_deref(), Some(value.as_str()), "sql_mode {mode}");
            }
        });
    }
}

//! The database `User` kinds end to end: kubectl applies ASO's `User` shapes to the Kubernetes
//! simulator, the operator (in-process) finds the owner server's `fullyQualifiedDomainName` in
//! the status the ARM simulator gave it, and reaches the real PostgreSQL and MariaDB of
//! `tools/install-databases.sh` through `ASO_DATABASE_ADDRESS_MAP` (TLS verified against the
//! simulated FQDN). What the servers hold is checked through sessions of their own.
//!
//! Stand-ins: the Entra administrator's token is checked by the server as an ordinary password
//! (the test gives the administrator the token the operator holds for the database audience),
//! and PostgreSQL's `pgaadauth_*` functions are the recording stand-ins of the install script.
//! Skipped (saying so) only where the servers cannot be installed.

use std::collections::BTreeSet;
use std::time::Duration;

use kube::api::{Api, DeleteParams, DynamicObject};
use mysql_async::prelude::Queryable;

use aso_dbuser_testing::{Servers, servers, unique};
use aso_e2e::harness::{Env, EnvOptions, eventually, metric, ready};

const PG: &str = "dbforpostgresql.azure.com";
const MY: &str = "dbformysql.azure.com";
const OSSRDBMS: &str = "https://ossrdbms-aad.database.windows.net";

const PG_FQDN: &str = "pgserver.postgres.database.azure.com";
const MY_FQDN: &str = "myserver.mysql.database.azure.com";

/// Both simulators and the operator, with the servers' CA trusted and their FQDNs mapped.
async fn env(s: &Servers, sync_period: &str) -> Env {
    env_mapped(s, sync_period, &s.address_map()).await
}

/// [`env`], the servers' FQDNs mapped by `address_map`.
async fn env_mapped(s: &Servers, sync_period: &str, address_map: &str) -> Env {
    let mut env = Env::start(EnvOptions {
        crd_pattern: "resources.azure.com/*;dbforpostgresql.azure.com/*;dbformysql.azure.com/*;managedidentity.azure.com/*".into(),
        sync_period: sync_period.into(),
        ..EnvOptions::default()
    })
    .await;
    let bundle = tempfile::tempdir().unwrap().keep().join("ca-bundle.pem");
    s.ca_bundle(env.ca_path(), &bundle);
    env.options.extra_env.extend([
        ("SSL_CERT_FILE".into(), bundle.display().to_string()),
        ("ASO_DATABASE_ADDRESS_MAP".into(), address_map.into()),
    ]);
    env.start_operator().await;
    env
}

fn servers_yaml(s: &Servers) -> String {
    format!(
        "apiVersion: resources.azure.com/v1api20200601
kind: ResourceGroup
metadata: {{name: rg-db, namespace: default}}
spec: {{location: westus2}}
---
apiVersion: v1
kind: Secret
metadata: {{name: server-admin, namespace: default}}
stringData: {{password: '{password}'}}
---
apiVersion: dbforpostgresql.azure.com/v1api20221201
kind: FlexibleServer
metadata: {{name: pgserver, namespace: default}}
spec:
  location: westus2
  owner: {{name: rg-db}}
  version: '14'
  administratorLogin: {admin}
  administratorLoginPassword: {{name: server-admin, key: password}}
  sku: {{name: Standard_B1ms, tier: Burstable}}
  storage: {{storageSizeGB: 32}}
---
apiVersion: dbformysql.azure.com/v1api20230630
kind: FlexibleServer
metadata: {{name: myserver, namespace: default}}
spec:
  location: westus2
  owner: {{name: rg-db}}
  version: '8.0.21'
  administratorLogin: {admin}
  administratorLoginPassword: {{name: server-admin, key: password}}
  sku: {{name: Standard_B1ms, tier: Burstable}}
  storage: {{storageSizeGB: 32}}
",
        admin = s.get("ADMIN_USER"),
        password = s.get("ADMIN_PASSWORD"),
    )
}

fn secret(name: &str, password: &str) -> String {
    format!(
        "apiVersion: v1
kind: Secret
metadata: {{name: {name}, namespace: default}}
stringData: {{password: '{password}'}}
"
    )
}

fn user_api(env: &Env, group: &str) -> Api<DynamicObject> {
    let info = aso_operator::dbuser::kinds::infos()
        .find(|i| i.api_group == group)
        .unwrap();
    Api::namespaced_with(
        env.client.clone(),
        "default",
        &aso_operator::dbuser::kinds::api_resource(info),
    )
}

/// Waits until `check` accepts the user; the failure names the last Ready condition.
async fn wait_user(
    env: &Env,
    group: &str,
    name: &str,
    check: impl Fn(&DynamicObject) -> bool,
) -> DynamicObject {
    let api = user_api(env, group);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        let obj = api.get_opt(name).await.unwrap();
        if let Some(obj) = &obj
            && check(obj)
        {
            return obj.clone();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "User {name}: not as expected within 60s; Ready is {:?}",
            obj.as_ref().and_then(ready)
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Ready=True for the object's current generation.
fn ready_now(obj: &DynamicObject) -> bool {
    ready(obj).is_some_and(|c| {
        c["status"] == "True" && c["observedGeneration"].as_i64() == obj.metadata.generation
    })
}

async fn wait_ready(env: &Env, group: &str, name: &str) -> DynamicObject {
    wait_user(env, group, name, ready_now).await
}

async fn delete_user(env: &Env, group: &str, name: &str) {
    let api = user_api(env, group);
    api.delete(name, &DeleteParams::default()).await.unwrap();
    eventually(60, || async {
        api.get_opt(name).await.unwrap().is_none().then_some(())
    })
    .await;
}

/// The role's memberships and attributes, or `None` when it does not exist.
async fn pg_role(s: &Servers, name: &str) -> Option<(BTreeSet<String>, bool, bool)> {
    let db = s.pg_superuser().await;
    let row = db
        .query_opt(
            "SELECT rolcanlogin, rolcreatedb FROM pg_roles WHERE rolname = $1",
            &[&name],
        )
        .await
        .unwrap()?;
    let members = db
        .query(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1",
            &[&name],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(0))
        .collect();
    Some((members, row.get(0), row.get(1)))
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn pg_user(name: &str, admin: &str, roles: &str, create_db: bool) -> String {
    format!(
        "apiVersion: dbforpostgresql.azure.com/v1
kind: User
metadata: {{name: {name}, namespace: default}}
spec:
  owner: {{name: pgserver}}
  roles: {roles}
  roleOptions: {{login: true, createDb: {create_db}}}
  localUser:
    serverAdminUsername: {admin}
    serverAdminPassword: {{name: server-admin, key: password}}
    password: {{name: {name}-password, key: password}}
"
    )
}

/// The token the operator holds for the database audience (from its global credential, cached
/// there): what the servers' Entra administrators of these tests take as their password.
async fn operator_token(env: &Env) -> String {
    let context = env.operator.as_ref().unwrap().context().unwrap();
    let credential = context.identities.global().unwrap().clone();
    credential.token_for(OSSRDBMS).await.unwrap()
}

/// A UserAssignedIdentity (ARM simulator) exporting its `key` (`principalId`, `clientId`) to
/// the ConfigMap `app-identity`, Ready; returns the exported value.
async fn identity(env: &Env, key: &str) -> String {
    env.apply(&format!(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {{name: app-identity, namespace: default}}
spec:
  owner: {{name: rg-db}}
  location: westus2
  operatorSpec:
    configMaps:
      {key}: {{name: app-identity, key: {key}}}
"
    ));
    env.wait_ready(
        "managedidentity.azure.com",
        "UserAssignedIdentity",
        "default",
        "app-identity",
    )
    .await;
    let exported: k8s_openapi::api::core::v1::ConfigMap =
        Api::namespaced(env.client.clone(), "default")
            .get("app-identity")
            .await
            .unwrap();
    exported.data.unwrap()[key].clone()
}

/// A MariaDB account standing in for the server's Entra administrator: it accepts (as Entra
/// would validate it) the token the operator holds for the database audience, and holds
/// Azure's admin privileges for users. Returns its name and an admin session.
async fn mysql_entra_admin(s: &Servers, env: &Env) -> (String, mysql_async::Conn) {
    let entra_admin = unique("e2e_aad_");
    let token = operator_token(env).await;
    let mut admin = s.mysql_admin(MY_FQDN).await;
    admin
        .query_drop(format!(
            "CREATE USER '{entra_admin}'@'%' IDENTIFIED BY '{token}'"
        ))
        .await
        .unwrap();
    admin
        .query_drop(format!(
            "GRANT SELECT, INSERT, PROCESS, CREATE USER ON *.* TO '{entra_admin}'@'%' WITH GRANT OPTION"
        ))
        .await
        .unwrap();
    (entra_admin, admin)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_local_user_follows_its_spec_password_and_deletion() {
    let s = servers!();
    let env = env(s, "2s").await;
    env.apply(&servers_yaml(s));
    env.wait_ready(PG, "FlexibleServer", "default", "pgserver")
        .await;
    let name = unique("e2e-pg-");
    let admin = s.get("ADMIN_USER");
    env.apply(&secret(&format!("{name}-password"), "First-pa55word"));
    // ASO's sample shape: roles, role options, a local user with the admin's Secret.
    env.apply(&pg_user(&name, admin, "[app_reader]", false));
    let obj = wait_ready(&env, PG, &name).await;
    assert!(
        obj.metadata
            .finalizers
            .as_ref()
            .is_some_and(|f| !f.is_empty())
    );
    assert_eq!(
        obj.metadata.owner_references.as_ref().unwrap()[0].name,
        "pgserver"
    );
    assert_eq!(
        pg_role(s, &name).await,
        Some((set(&["app_reader"]), true, false))
    );
    s.pg_login(PG_FQDN, &name, "First-pa55word").await.unwrap();

    // Roles and role options change: exactly the new ones on the server.
    env.apply(&pg_user(&name, admin, "[app_writer]", true));
    wait_user(&env, PG, &name, |o| {
        ready_now(o) && o.metadata.generation == Some(2)
    })
    .await;
    assert_eq!(
        pg_role(s, &name).await,
        Some((set(&["app_writer"]), true, true))
    );

    // A new password in the Secret reaches the server (its watch re-triggers the user).
    env.apply(&secret(&format!("{name}-password"), "Second-pa55word"));
    eventually(30, || async {
        s.pg_login(PG_FQDN, &name, "Second-pa55word").await.ok()
    })
    .await;
    assert!(s.pg_login(PG_FQDN, &name, "First-pa55word").await.is_err());

    // A grant made by hand is drift: revoked at the next sync, and counted.
    s.pg_superuser()
        .await
        .batch_execute(&format!("GRANT app_reader TO \"{name}\""))
        .await
        .unwrap();
    eventually(30, || async {
        (pg_role(s, &name).await == Some((set(&["app_writer"]), true, true))).then_some(())
    })
    .await;
    let text = env.metrics_text().await;
    assert!(
        metric(&text, r#"aso_drift_corrected_total{kind="User"}"#) >= 1.0,
        "{text}"
    );

    // Deleting the object drops the role.
    delete_user(&env, PG, &name).await;
    assert_eq!(pg_role(s, &name).await, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_admin_password_is_ready_false_once_not_a_retry_storm() {
    let s = servers!();
    let env = env(s, "1h").await;
    env.apply(&servers_yaml(s));
    env.wait_ready(PG, "FlexibleServer", "default", "pgserver")
        .await;
    let name = unique("e2e-pg-");
    // An admin name of this test's own, so the server's log tells its login attempts apart.
    let wrong_admin = unique("e2e_admin_");
    env.apply(&secret(&format!("{name}-password"), "User-pa55word"));
    env.apply(&pg_user(&name, &wrong_admin, "[app_reader]", false));
    let obj = wait_user(&env, PG, &name, |o| {
        ready(o).is_some_and(|c| c["status"] == "False" && c["reason"] == "LoginFailed")
    })
    .await;
    let condition = ready(&obj).unwrap();
    assert_eq!(condition["severity"], "Error", "{condition}");
    let message = condition["message"].as_str().unwrap();
    assert!(message.contains(&wrong_admin), "{message}");
    assert!(!message.contains(s.get("ADMIN_PASSWORD")), "{message}");

    // Backoff here is 200ms to 2s: a retrying operator would log in several times by now.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let log = std::fs::read_to_string(format!("{}/postgresql/log", s.get("ASO_DB_DIR"))).unwrap();
    let attempts = log
        .lines()
        .filter(|l| l.contains("password authentication failed") && l.contains(&wrong_admin))
        .count();
    assert_eq!(attempts, 1, "login attempts with the wrong admin");
    assert_eq!(pg_role(s, &name).await, None);

    // Fixing the spec is the change it waits for.
    env.apply(&pg_user(&name, s.get("ADMIN_USER"), "[app_reader]", false));
    wait_ready(&env, PG, &name).await;
    assert_eq!(
        pg_role(s, &name).await,
        Some((set(&["app_reader"]), true, false))
    );
    delete_user(&env, PG, &name).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_entra_user_for_a_managed_identity() {
    let s = servers!();
    let env = env(s, "1h").await;
    env.apply(&servers_yaml(s));
    let principal = identity(&env, "principalId").await;
    env.wait_ready(PG, "FlexibleServer", "default", "pgserver")
        .await;
    // The server's Entra administrator, accepting (stand-in for Entra's validation) the token
    // the operator holds for the database audience, from its global credential.
    let entra_admin = unique("e2e-aad-admin-");
    let token = operator_token(&env).await;
    s.pg_superuser()
        .await
        .batch_execute(&format!(
            "CREATE ROLE \"{entra_admin}\" LOGIN CREATEROLE PASSWORD '{token}';
             GRANT app_reader TO \"{entra_admin}\" WITH ADMIN OPTION;
             GRANT EXECUTE ON FUNCTION public.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) TO \"{entra_admin}\";"
        ))
        .await
        .unwrap();

    // Our extension of ASO's shape: an Entra user for the identity, its object ID from the
    // ConfigMap the identity exports.
    let name = unique("e2e-identity-");
    env.apply(&format!(
        "apiVersion: dbforpostgresql.azure.com/v1
kind: User
metadata: {{name: {name}, namespace: default}}
spec:
  owner: {{name: pgserver}}
  roles: [app_reader]
  aadUser:
    serverAdminUsername: {entra_admin}
    objectIdFromConfig: {{name: app-identity, key: principalId}}
    principalType: ServicePrincipal
"
    ));
    wait_ready(&env, PG, &name).await;
    let calls = s.pg_superuser()
        .await
        .query(
            "SELECT fn, object_id, object_type, caller FROM public.pgaadauth_calls WHERE role_name = $1",
            &[&name],
        )
        .await
        .unwrap();
    assert_eq!(calls.len(), 1);
    let call: (String, String, String, String) = (
        calls[0].get(0),
        calls[0].get(1),
        calls[0].get(2),
        calls[0].get(3),
    );
    assert_eq!(
        call,
        (
            "pgaadauth_create_principal_with_oid".into(),
            principal,
            "service".into(),
            entra_admin.clone()
        )
    );
    assert_eq!(
        pg_role(s, &name).await,
        Some((set(&["app_reader"]), true, false))
    );
    delete_user(&env, PG, &name).await;
    assert_eq!(pg_role(s, &name).await, None);
    s.pg_superuser()
        .await
        .batch_execute(&format!(
            "REVOKE ALL ON FUNCTION public.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) FROM \"{entra_admin}\"; DROP ROLE \"{entra_admin}\";"
        ))
        .await
        .unwrap();
}

/// The account's server-level privileges and its privileges on `appdb`, or `None`.
async fn my_privileges(s: &Servers, user: &str) -> Option<(BTreeSet<String>, BTreeSet<String>)> {
    let mut db = s.mysql_admin(MY_FQDN).await;
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
    let grantee = format!("'{user}'@'%'");
    let server: Vec<String> = db
        .exec(
            "SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = ? AND PRIVILEGE_TYPE <> 'USAGE'",
            (&grantee,),
        )
        .await
        .unwrap();
    let appdb: Vec<String> = db
        .exec(
            "SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = ? AND TABLE_SCHEMA = 'appdb'",
            (&grantee,),
        )
        .await
        .unwrap();
    Some((server.into_iter().collect(), appdb.into_iter().collect()))
}

/// A MySQL `User`; `login` is its `localUser` or `aadUser` block (see [`local_user`]).
fn my_user(name: &str, login: &str, privileges: &str, appdb: &str, annotations: &str) -> String {
    format!(
        "apiVersion: dbformysql.azure.com/v1
kind: User
metadata:
  name: {name}
  namespace: default
  annotations: {{{annotations}}}
spec:
  owner: {{name: myserver}}
  privileges: {privileges}
  databasePrivileges:
    appdb: {appdb}
{login}"
    )
}

/// A `localUser` block: the admin's lines, and the password in the Secret `<name>-password`.
fn local_user(name: &str, admin_login: &str) -> String {
    format!(
        "  localUser:\n    {admin_login}\n    password: {{name: {name}-password, key: password}}\n"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_local_user_follows_its_spec_and_detach_on_delete_keeps_it() {
    let s = servers!();
    let env = env(s, "1h").await;
    env.apply(&servers_yaml(s));
    env.wait_ready(MY, "FlexibleServer", "default", "myserver")
        .await;
    let name = unique("e2e-my-");
    let admin = local_user(
        &name,
        &format!(
            "serverAdminUsername: {}\n    serverAdminPassword: {{name: server-admin, key: password}}",
            s.get("ADMIN_USER")
        ),
    );
    env.apply(&secret(&format!("{name}-password"), "My-pa55word"));
    env.apply(&my_user(&name, &admin, "[PROCESS]", "[SELECT, INSERT]", ""));
    wait_ready(&env, MY, &name).await;
    assert_eq!(
        my_privileges(s, &name).await,
        Some((set(&["PROCESS"]), set(&["SELECT", "INSERT"])))
    );
    s.mysql_session(MY_FQDN, &name, "My-pa55word")
        .await
        .unwrap();

    // Privileges change: exactly the new ones.
    env.apply(&my_user(&name, &admin, "[]", "[SELECT]", ""));
    wait_user(&env, MY, &name, |o| {
        ready_now(o) && o.metadata.generation == Some(2)
    })
    .await;
    assert_eq!(
        my_privileges(s, &name).await,
        Some((set(&[]), set(&["SELECT"])))
    );

    // A new password in the Secret reaches the server (its watch re-triggers the user).
    env.apply(&secret(&format!("{name}-password"), "My-new-pa55word"));
    eventually(30, || async {
        s.mysql_session(MY_FQDN, &name, "My-new-pa55word")
            .await
            .ok()
            .map(drop)
    })
    .await;
    assert!(
        s.mysql_session(MY_FQDN, &name, "My-pa55word")
            .await
            .is_err()
    );

    // detach-on-delete: the object goes, the account stays.
    env.apply(&my_user(
        &name,
        &admin,
        "[]",
        "[SELECT]",
        "serviceoperator.azure.com/reconcile-policy: detach-on-delete",
    ));
    delete_user(&env, MY, &name).await;
    assert_eq!(
        my_privileges(s, &name).await,
        Some((set(&[]), set(&["SELECT"])))
    );
    s.mysql_admin(MY_FQDN)
        .await
        .query_drop(format!("DROP USER '{name}'@'%'"))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_admin_logs_in_with_an_entra_token_when_the_spec_gives_no_password() {
    let s = servers!();
    let env = env(s, "1h").await;
    env.apply(&servers_yaml(s));
    env.wait_ready(MY, "FlexibleServer", "default", "myserver")
        .await;
    // ASO's shape without serverAdminPassword: the operator logs in as the Entra admin with a
    // token for the database audience from its credential (the server takes it as the
    // password, standing in for Entra's validation).
    let (entra_admin, mut admin) = mysql_entra_admin(s, &env).await;
    let name = unique("e2e-my-");
    env.apply(&secret(&format!("{name}-password"), "My-pa55word"));
    env.apply(&my_user(
        &name,
        &local_user(&name, &format!("serverAdminUsername: {entra_admin}")),
        "[PROCESS]",
        "[SELECT]",
        "",
    ));
    wait_ready(&env, MY, &name).await;
    assert_eq!(
        my_privileges(s, &name).await,
        Some((set(&["PROCESS"]), set(&["SELECT"])))
    );
    delete_user(&env, MY, &name).await;
    assert_eq!(my_privileges(s, &name).await, None);
    admin
        .query_drop(format!("DROP USER '{entra_admin}'@'%'"))
        .await
        .unwrap();
}

/// ASO's MySQL `aadUser` (its sample's shape, and with an alias), and ours for a managed
/// identity by client ID, through the operator:
/// it logs in as the server's Entra administrator with a token for the database audience from
/// its credential, and sends MySQL Flexible Server's `CREATE AADUSER` (to the stand-in in front
/// of MariaDB, which records it and makes the account: see `aso_dbuser_testing::aad_proxy`).
/// The client ID is the one the ARM simulator gave the identity, read from the ConfigMap the
/// identity exports; the account made by it holds it. Privileges follow the spec, delete drops
/// the account, detach-on-delete keeps it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_entra_users_through_the_operator() {
    let s = servers!();
    let (proxy, calls) = aso_dbuser_testing::aad_proxy::start(s).await;
    let map = format!(
        "*.postgres.database.azure.com={},*.mysql.database.azure.com={proxy}",
        s.get("PG_ADDRESS")
    );
    let env = env_mapped(s, "1h", &map).await;
    env.apply(&servers_yaml(s));
    let client_id = identity(&env, "clientId").await.to_ascii_lowercase();
    env.wait_ready(MY, "FlexibleServer", "default", "myserver")
        .await;
    let (entra_admin, mut admin) = mysql_entra_admin(s, &env).await;

    // Ours: the identity by its client ID, from the ConfigMap it exports.
    let identity = unique("e2e-mi-");
    let by_client_id = format!(
        "  aadUser:\n    serverAdminUsername: {entra_admin}\n    clientIdFromConfig: {{name: app-identity, key: clientId}}\n"
    );
    env.apply(&my_user(
        &identity,
        &by_client_id,
        "[PROCESS]",
        "[SELECT]",
        "",
    ));
    wait_ready(&env, MY, &identity).await;
    assert_eq!(
        calls.lock().unwrap().last().cloned(),
        Some(aso_dbuser_testing::aad_proxy::AadUser {
            name: identity.clone(),
            alias: None,
            client_id: Some(client_id.clone()),
        })
    );
    assert_eq!(
        my_privileges(s, &identity).await,
        Some((set(&["PROCESS"]), set(&["SELECT"])))
    );
    s.mysql_session(MY_FQDN, &identity, &client_id)
        .await
        .expect("the account is bound to the identity's client ID");
    // Privileges change: exactly the new ones, and no second CREATE AADUSER.
    env.apply(&my_user(&identity, &by_client_id, "[]", "[SELECT]", ""));
    wait_user(&env, MY, &identity, |o| {
        ready_now(o) && o.metadata.generation == Some(2)
    })
    .await;
    assert_eq!(
        my_privileges(s, &identity).await,
        Some((set(&[]), set(&["SELECT"])))
    );
    assert_eq!(calls.lock().unwrap().len(), 1);
    delete_user(&env, MY, &identity).await;
    assert_eq!(my_privileges(s, &identity).await, None);

    // ASO's sample shape: the Entra name (a managed identity's) is the account's name.
    let plain = unique("e2e-aso-mi-");
    env.apply(&my_user(
        &plain,
        &format!("  aadUser:\n    serverAdminUsername: {entra_admin}\n"),
        "[PROCESS]",
        "[SELECT]",
        "",
    ));
    wait_ready(&env, MY, &plain).await;
    assert_eq!(
        calls.lock().unwrap().last().cloned(),
        Some(aso_dbuser_testing::aad_proxy::AadUser {
            name: plain.clone(),
            alias: None,
            client_id: None,
        })
    );
    assert_eq!(
        my_privileges(s, &plain).await,
        Some((set(&["PROCESS"]), set(&["SELECT"])))
    );
    delete_user(&env, MY, &plain).await;
    assert_eq!(my_privileges(s, &plain).await, None);

    // ASO's shape: an Entra name longer than MySQL takes, with its alias; detach-on-delete.
    let name = unique("e2e-aso-aad-");
    let entra_name = format!("{name}@contoso.onmicrosoft.com");
    let alias = unique("e2e_alias_");
    env.apply(&my_user(
        &name,
        &format!("  azureName: {entra_name}\n  aadUser:\n    alias: {alias}\n    serverAdminUsername: {entra_admin}\n"),
        "[PROCESS]",
        "[SELECT]",
        "serviceoperator.azure.com/reconcile-policy: detach-on-delete",
    ));
    wait_ready(&env, MY, &name).await;
    assert_eq!(
        calls.lock().unwrap().last().cloned(),
        Some(aso_dbuser_testing::aad_proxy::AadUser {
            name: entra_name,
            alias: Some(alias.clone()),
            client_id: None,
        })
    );
    assert_eq!(
        my_privileges(s, &alias).await,
        Some((set(&["PROCESS"]), set(&["SELECT"])))
    );
    delete_user(&env, MY, &name).await;
    assert_eq!(
        my_privileges(s, &alias).await,
        Some((set(&["PROCESS"]), set(&["SELECT"]))),
        "detach-on-delete keeps the account"
    );
    for user in [alias, entra_admin] {
        admin
            .query_drop(format!("DROP USER '{user}'@'%'"))
            .await
            .unwrap();
    }
}

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
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use kube::api::{Api, DeleteParams, DynamicObject};
use mysql_async::prelude::Queryable;
use mysql_async::{Conn, OptsBuilder, SslOpts};
use tokio_postgres::NoTls;

use aso_e2e::databases::{self, Servers};
use aso_e2e::harness::{Env, EnvOptions, eventually, metric, ready};

const PG: &str = "dbforpostgresql.azure.com";
const MY: &str = "dbformysql.azure.com";
const OSSRDBMS: &str = "https://ossrdbms-aad.database.windows.net";

/// The servers, or return from the test (skipped, with the reason printed).
macro_rules! servers {
    () => {
        match databases::started() {
            Some(s) => s,
            None => return,
        }
    };
}

/// A name no other test (or earlier run) uses on the shared servers.
fn unique(prefix: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}{}{n}{}", std::process::id() % 10000, nanos % 1000)
}

/// Both simulators and the operator, with the servers' CA trusted and their FQDNs mapped.
async fn env(s: &Servers, sync_period: &str) -> Env {
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
        ("ASO_DATABASE_ADDRESS_MAP".into(), s.address_map()),
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

async fn pg_superuser(s: &Servers) -> tokio_postgres::Client {
    let port: u16 = s
        .get("PG_ADDRESS")
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut config = tokio_postgres::Config::new();
    config
        .host_path(s.get("PG_SOCKET_DIR"))
        .port(port)
        .user("postgres")
        .dbname("postgres");
    let (client, connection) = config.connect(NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

fn tls(s: &Servers) -> rustls::ClientConfig {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(s.get("CA_FILE")).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// Logs into PostgreSQL as `user` over TLS, as an application would.
async fn pg_login(s: &Servers, user: &str, password: &str) -> Result<(), String> {
    let (host, port) = s.get("PG_ADDRESS").rsplit_once(':').unwrap();
    let mut config = tokio_postgres::Config::new();
    config
        .host("pgserver.postgres.database.azure.com")
        .hostaddr(host.parse().unwrap())
        .port(port.parse().unwrap())
        .user(user)
        .password(password)
        .dbname("postgres")
        .ssl_mode(tokio_postgres::config::SslMode::Require);
    let (client, connection) = config
        .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls(s)))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(connection);
    client
        .simple_query("SELECT 1")
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// The role's memberships and attributes, or `None` when it does not exist.
async fn pg_role(s: &Servers, name: &str) -> Option<(BTreeSet<String>, bool, bool)> {
    let db = pg_superuser(s).await;
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
    pg_login(s, &name, "First-pa55word").await.unwrap();

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
        pg_login(s, &name, "Second-pa55word").await.ok()
    })
    .await;
    assert!(pg_login(s, &name, "First-pa55word").await.is_err());

    // A grant made by hand is drift: revoked at the next sync, and counted.
    pg_superuser(s)
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
    env.apply(
        "apiVersion: managedidentity.azure.com/v1api20230131
kind: UserAssignedIdentity
metadata: {name: app-identity, namespace: default}
spec:
  owner: {name: rg-db}
  location: westus2
  operatorSpec:
    configMaps:
      principalId: {name: app-identity, key: principalId}
",
    );
    env.wait_ready(PG, "FlexibleServer", "default", "pgserver")
        .await;
    env.wait_ready(
        "managedidentity.azure.com",
        "UserAssignedIdentity",
        "default",
        "app-identity",
    )
    .await;
    // The server's Entra administrator, accepting (stand-in for Entra's validation) the token
    // the operator holds for the database audience, from its global credential.
    let entra_admin = unique("e2e-aad-admin-");
    let token = operator_token(&env).await;
    pg_superuser(s)
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
    let principal: k8s_openapi::api::core::v1::ConfigMap =
        Api::namespaced(env.client.clone(), "default")
            .get("app-identity")
            .await
            .unwrap();
    let principal = principal.data.unwrap()["principalId"].clone();
    let calls = pg_superuser(s)
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
    pg_superuser(s)
        .await
        .batch_execute(&format!(
            "REVOKE ALL ON FUNCTION public.pgaadauth_create_principal_with_oid(text, text, text, boolean, boolean) FROM \"{entra_admin}\"; DROP ROLE \"{entra_admin}\";"
        ))
        .await
        .unwrap();
}

/// A session over TLS as `user`.
async fn my_session(s: &Servers, user: &str, password: &str) -> Result<Conn, String> {
    let (host, port) = s.get("MYSQL_ADDRESS").rsplit_once(':').unwrap();
    let opts = OptsBuilder::default()
        .ip_or_hostname("myserver.mysql.database.azure.com")
        .resolved_ips(Some(vec![host.parse().unwrap()]))
        .tcp_port(port.parse().unwrap())
        .user(Some(user))
        .pass(Some(password))
        .prefer_socket(false)
        .ssl_opts(
            SslOpts::default()
                .with_root_certs(vec![std::path::PathBuf::from(s.get("CA_FILE")).into()]),
        );
    Conn::new(opts).await.map_err(|e| e.to_string())
}

async fn my_admin(s: &Servers) -> Conn {
    my_session(s, s.get("ADMIN_USER"), s.get("ADMIN_PASSWORD"))
        .await
        .unwrap()
}

/// The account's server-level privileges and its privileges on `appdb`, or `None`.
async fn my_privileges(s: &Servers, user: &str) -> Option<(BTreeSet<String>, BTreeSet<String>)> {
    let mut db = my_admin(s).await;
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

fn my_user(
    name: &str,
    admin_login: &str,
    privileges: &str,
    appdb: &str,
    annotations: &str,
) -> String {
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
  localUser:
    {admin_login}
    password: {{name: {name}-password, key: password}}
"
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
    let admin = format!(
        "serverAdminUsername: {}\n    serverAdminPassword: {{name: server-admin, key: password}}",
        s.get("ADMIN_USER")
    );
    env.apply(&secret(&format!("{name}-password"), "My-pa55word"));
    env.apply(&my_user(&name, &admin, "[PROCESS]", "[SELECT, INSERT]", ""));
    wait_ready(&env, MY, &name).await;
    assert_eq!(
        my_privileges(s, &name).await,
        Some((set(&["PROCESS"]), set(&["SELECT", "INSERT"])))
    );
    my_session(s, &name, "My-pa55word").await.unwrap();

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
    my_admin(s)
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
    let entra_admin = unique("e2e_aad_");
    let token = operator_token(&env).await;
    let mut admin = my_admin(s).await;
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
    let name = unique("e2e-my-");
    env.apply(&secret(&format!("{name}-password"), "My-pa55word"));
    env.apply(&my_user(
        &name,
        &format!("serverAdminUsername: {entra_admin}"),
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

//! Azure SQL, as far as the tools here allow (no SQL Server can be installed): ASO's manifest
//! shape to the desired user, the login chosen (password or Entra token for the SQL audience),
//! names checked before any connection, and the connect attempt through the address map with
//! its failures classified. Statement text and quoting are tested in the crate's unit tests.

use std::sync::Arc;

use aso_dbuser::api::sql::User;
use aso_dbuser::{AddressMap, ConnectOptions, ErrorClass, SQL_AUDIENCE, Server, ServerKind};
use tokio::net::TcpListener;

use crate::crds::SQL;
use crate::support::{RecordingTokens, admitted, inputs};

fn user(spec: &str) -> User {
    admitted(
        SQL,
        &format!(
            "apiVersion: sql.azure.com/v1\nkind: User\nmetadata: {{name: sqluser, namespace: default}}\nspec:\n  owner: {{name: sqldatabase}}\n{spec}"
        ),
    )
}

macro_rules! local_user {
    () => {
        "  localUser:\n    serverAdminUsername: myadmin\n    serverAdminPassword: {name: admin-pw, key: password}\n    password: {name: user-pw, key: password}\n"
    };
}
const LOCAL: &str = concat!("  roles: [db_datareader, db_datawriter]\n", local_user!());

fn tokens() -> Arc<RecordingTokens> {
    Arc::new(RecordingTokens::new("sql-token"))
}

/// A server whose FQDN maps to `address` on loopback.
fn server(user: &User, tokens: Arc<RecordingTokens>, address: std::net::SocketAddr) -> Server {
    let secrets = inputs(&[
        ("admin-pw", "password", "Adm1n"),
        ("user-pw", "password", "Us3r"),
    ]);
    Server {
        kind: ServerKind::Sql,
        fqdn: "testsql.database.windows.net".into(),
        database: Some("sqldatabase".into()),
        admin: user.admin(&secrets, tokens).unwrap(),
        options: ConnectOptions {
            address_map: AddressMap::default()
                .with("*.database.windows.net", address)
                .unwrap(),
            connect_timeout: std::time::Duration::from_secs(5),
            ..ConnectOptions::default()
        },
    }
}

/// A local port nothing listens on.
async fn closed_port() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    address
}

#[tokio::test]
async fn aso_local_user_reaches_the_connect_attempt() {
    let user = user(LOCAL);
    let secrets = inputs(&[
        ("admin-pw", "password", "Adm1n"),
        ("user-pw", "password", "Us3r"),
    ]);
    let want = user.desired(&secrets).unwrap();
    let aso_dbuser::DesiredUser::Sql(sql) = &want else {
        panic!("{want:?}")
    };
    assert_eq!(sql.name, "sqluser");
    assert_eq!(
        sql.roles.iter().collect::<Vec<_>>(),
        ["db_datareader", "db_datawriter"]
    );
    let tokens = tokens();
    let address = closed_port().await;
    let e = aso_dbuser::reconcile(&want, &server(&user, tokens.clone(), address))
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::CannotConnect, "{e}");
    assert!(
        e.message.contains(&address.to_string()),
        "the mapped address is used: {e}"
    );
    assert!(
        tokens.asked.lock().unwrap().is_empty(),
        "a password login asks for no token"
    );
}

#[tokio::test]
async fn entra_login_asks_for_a_sql_token_first() {
    let user = user("  roles: [db_datareader]\n  aadUser: {serverAdminUsername: aad-admin}\n");
    let want = user.desired(&inputs(&[])).unwrap();
    let tokens = tokens();
    let e = aso_dbuser::reconcile(&want, &server(&user, tokens.clone(), closed_port().await))
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::CannotConnect, "{e}");
    assert_eq!(*tokens.asked.lock().unwrap(), [SQL_AUDIENCE]);
}

/// A peer that accepts and hangs up during the TDS pre-login: no connection, retried.
#[tokio::test]
async fn a_peer_that_hangs_up_is_cannot_connect() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            drop(socket);
        }
    });
    let user = user(LOCAL);
    let secrets = inputs(&[
        ("admin-pw", "password", "Adm1n"),
        ("user-pw", "password", "Us3r"),
    ]);
    let e = aso_dbuser::reconcile(
        &user.desired(&secrets).unwrap(),
        &server(&user, tokens(), address),
    )
    .await
    .unwrap_err();
    assert_eq!(e.class, ErrorClass::CannotConnect, "{e}");
    assert!(!e.message.contains("Adm1n"), "{e}");
}

/// Bad names are refused before any connection is opened.
#[tokio::test]
async fn bad_names_are_refused_before_connecting() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let cases = [
        (
            user(&format!(
                "  roles: [\"{}\"]\n{}",
                "r".repeat(129),
                local_user!()
            )),
            "at most 128 characters",
        ),
        (
            user("  aadUser: {serverAdminUsername: x, alias: short}\n"),
            "needs spec.aadUser.objectId",
        ),
    ];
    for (user, expected) in cases {
        let secrets = inputs(&[
            ("admin-pw", "password", "Adm1n"),
            ("user-pw", "password", "Us3r"),
        ]);
        let e = aso_dbuser::reconcile(
            &user.desired(&secrets).unwrap(),
            &server(&user, tokens(), address),
        )
        .await
        .unwrap_err();
        assert_eq!(e.class, ErrorClass::InvalidSpec, "{e}");
        assert!(e.message.contains(expected), "{e}");
    }
    let accepted =
        tokio::time::timeout(std::time::Duration::from_millis(100), listener.accept()).await;
    assert!(accepted.is_err(), "no connection was attempted");
}

#[tokio::test]
async fn a_missing_owner_database_is_named() {
    let user = user(LOCAL);
    let secrets = inputs(&[
        ("admin-pw", "password", "Adm1n"),
        ("user-pw", "password", "Us3r"),
    ]);
    let mut server = server(&user, tokens(), closed_port().await);
    server.database = None;
    let e = aso_dbuser::reconcile(&user.desired(&secrets).unwrap(), &server)
        .await
        .unwrap_err();
    assert_eq!(e.class, ErrorClass::InvalidSpec, "{e}");
    assert!(e.message.contains("owner database"), "{e}");
}

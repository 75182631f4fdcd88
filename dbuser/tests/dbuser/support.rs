//! What the engine's tests share besides the servers (`aso-dbuser-testing`): the servers as
//! the engine sees them (FQDNs mapped to loopback), recording token providers, spec inputs, and
//! manifests admitted by our CRDs.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use aso_dbuser::{
    AddressMap, AdminLogin, ConnectOptions, MapInputs, Secret, Server, ServerKind, TokenProvider,
};
use futures::future::BoxFuture;

pub use aso_dbuser_testing::{Servers, servers, started, unique};

pub const PG_FQDN: &str = "testpg.postgres.database.azure.com";
pub const MYSQL_FQDN: &str = "testmysql.mysql.database.azure.com";

/// The servers as the engine sees them: FQDNs mapped to loopback, the servers' CA trusted.
pub trait AsEngineSees {
    fn options(&self) -> ConnectOptions;
    fn server(&self, kind: ServerKind, admin: AdminLogin) -> Server;
    fn tokens(&self) -> Arc<RecordingTokens>;
}

impl AsEngineSees for Servers {
    fn options(&self) -> ConnectOptions {
        ConnectOptions {
            extra_ca_file: Some(PathBuf::from(self.get("CA_FILE"))),
            address_map: AddressMap::parse(&self.address_map()).unwrap(),
            ..ConnectOptions::default()
        }
    }

    fn server(&self, kind: ServerKind, admin: AdminLogin) -> Server {
        Server {
            kind,
            fqdn: match kind {
                ServerKind::Postgres => PG_FQDN,
                ServerKind::MySql => MYSQL_FQDN,
                ServerKind::Sql => "testsql.database.windows.net",
            }
            .into(),
            database: None,
            admin,
            options: self.options(),
        }
    }

    fn tokens(&self) -> Arc<RecordingTokens> {
        Arc::new(RecordingTokens::new(self.get("ENTRA_TOKEN")))
    }
}

/// A token provider that hands out the test servers' Entra admin "token" and records the
/// audiences asked for.
pub struct RecordingTokens {
    token: String,
    pub asked: Mutex<Vec<String>>,
}

impl RecordingTokens {
    pub fn new(token: &str) -> RecordingTokens {
        RecordingTokens {
            token: token.into(),
            asked: Mutex::new(Vec::new()),
        }
    }
}

impl TokenProvider for RecordingTokens {
    fn token<'a>(&'a self, audience: &'a str) -> BoxFuture<'a, Result<Secret, String>> {
        self.asked.lock().unwrap().push(audience.to_string());
        Box::pin(async move { Ok(Secret::new(self.token.clone())) })
    }
}

/// A token provider that fails, as a credential without access would.
pub struct NoTokens;

impl TokenProvider for NoTokens {
    fn token<'a>(&'a self, _audience: &'a str) -> BoxFuture<'a, Result<Secret, String>> {
        Box::pin(async { Err("AADSTS700016: application not found".to_string()) })
    }
}

/// Secret values by `(name, key)`.
pub fn inputs(secrets: &[(&str, &str, &str)]) -> MapInputs {
    let mut inputs = MapInputs::default();
    for (name, key, value) in secrets {
        inputs
            .secrets
            .insert((name.to_string(), key.to_string()), value.to_string());
    }
    inputs
}

/// A manifest admitted as the API server would with our CRD (defaults applied, nothing
/// pruned, rules passed), then read as the kind.
pub fn admitted<T: serde::de::DeserializeOwned>(crd_file: &str, yaml: &str) -> T {
    let mut value: serde_json::Value = serde_saphyr::from_str(yaml).unwrap();
    let schema = crate::crds::schema(crd_file);
    let (pruned, errors) = aso_schema::admit(&schema, &mut value, None);
    assert!(pruned.is_empty(), "pruned {pruned:?}");
    assert!(errors.is_empty(), "{errors:?}");
    serde_json::from_value(value).unwrap()
}

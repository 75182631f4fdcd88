//! An Azure Resource Manager and Entra ID simulator that speaks the real protocols, on loopback.
//!
//! It serves every ARM type of a catalog of generated kinds ([`aso_runtime::KindInfo`]), plus
//! resource groups, subscriptions and providers: PUT/PATCH/GET/HEAD/DELETE with ARM's checks and
//! errors, long-running operations in the shapes Azure uses, throttling, injected faults, the
//! POST actions exports need, and Entra ID's token and managed identity endpoints whose tokens
//! ARM then requires. A journal records every request; a replay mode answers from ASO's
//! recorded cassettes.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let sim = aso_armsim::ArmSim::builder().start().await?;
//! let client = sim.client()?; // trusts the simulator's CA
//! let token = sim.token_for("my-client");
//! let url = format!("{}/subscriptions/{}/resourceGroups/rg?api-version=2020-06-01", sim.base_url(), sim.subscription());
//! client.put(url).bearer_auth(token).json(&serde_json::json!({"location": "westus2"})).send().await?;
//! # Ok(()) }
//! ```
//!
//! Map of the modules: `server` (HTTP, faults, journal, routing) -> `arm` (authentication,
//! subscription, throttling, access control, registration) -> `resources` (the resource
//! operations, after `checks`), `collections`, `operations` (long-running operations and their
//! monitors), `providers`, `keyvault`; per-type knowledge lives in `catalog` (types and their
//! api-versions), `profile` (answer shapes), `computed` (computed values) and `actions` (POST
//! actions); `validate` checks bodies against the schema of the api-version a request names;
//! `lro`, `throttle`, `faults`, `rbac`, `journal`, `replay` are the behaviours their names say;
//! `entra` holds Entra ID.

pub mod actions;
pub mod admin;
pub mod arm;
pub mod catalog;
pub mod checks;
pub mod client;
pub mod collections;
pub mod computed;
pub mod config;
pub mod entra;
pub mod error;
pub mod faults;
pub mod journal;
pub mod keyvault;
pub mod lro;
pub mod operations;
pub mod path;
pub mod profile;
pub mod providers;
pub mod rbac;
pub mod replay;
pub mod reply;
pub mod resources;
pub mod server;
pub mod state;
pub mod store;
pub mod throttle;
pub mod validate;

#[cfg(feature = "test-support")]
pub mod test_support;

use std::net::SocketAddr;
use std::sync::Arc;

use aso_runtime::KindInfo;
use serde_json::Value;
use tokio::sync::watch;

pub use catalog::Catalog;
pub use config::Config;
pub use error::ArmError;
pub use faults::{Fault, FaultRule};
pub use journal::{Counters, Entry};
pub use lro::{Durations, Failure, LroMode, LroSettings, ProgressMode};
pub use replay::{Cassette, Replayer};
pub use throttle::ThrottleConfig;

use entra::token::{Subject, SubjectKind};
use state::State;

/// The current time as ARM writes it (RFC 3339, UTC).
pub fn now_rfc3339() -> String {
    rfc3339(time::OffsetDateTime::now_utc())
}

pub fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

pub fn rfc3339_unix(secs: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs)
        .map(rfc3339)
        .unwrap_or_default()
}

pub fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// The generated kinds the simulator serves: every kind of the generated catalog, one
/// [`KindInfo`] per ARM type and api-version (the binary, benchmarks and tests use this).
pub fn generated_kinds() -> Vec<&'static KindInfo> {
    aso_catalog::catalog()
}

/// Forgets every resource, operation, deleted vault, registration change and journal entry.
pub fn reset(state: &State) {
    let mut world = state.world();
    world.store.clear();
    world.ops.clear();
    world.deleted_vaults.clear();
    world.assignments.clear();
    world.forget_removed();
    world.registrations.clear();
    for s in &state.config.subscriptions {
        for ns in &s.unregistered_providers {
            world.set_registration(&s.id, ns, state::RegistrationState::NotRegistered);
        }
    }
    drop(world);
    state.journal.clear();
    state.journal.clear_counters();
}

/// A simulator that could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("catalog: {0}")]
    Catalog(#[from] catalog::CatalogError),
    #[error("configuration: {0}")]
    Config(String),
    #[error("TLS: {0}")]
    Tls(#[from] aso_simpki::PkiError),
    #[error("binding {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// How to start a simulator.
#[derive(Debug, Clone)]
pub struct Builder {
    kinds: Vec<&'static KindInfo>,
    config: Config,
    listen: SocketAddr,
    tls: bool,
    hosts: Vec<String>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            kinds: Vec::new(),
            config: Config::default(),
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            tls: true,
            hosts: Vec::new(),
        }
    }
}

impl Builder {
    /// The generated kinds to serve (resource groups are always served).
    pub fn kinds(mut self, kinds: impl IntoIterator<Item = &'static KindInfo>) -> Self {
        self.kinds = kinds.into_iter().collect();
        self
    }

    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Where to listen; default `127.0.0.1:0` (a free port).
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    /// Plain HTTP instead of HTTPS.
    pub fn http(mut self) -> Self {
        self.tls = false;
        self
    }

    /// Extra names for the server certificate (besides localhost and the loopback addresses).
    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.hosts.push(host.into());
        self
    }

    /// Starts the server on the current tokio runtime.
    pub async fn start(self) -> Result<ArmSim, StartError> {
        let catalog = Catalog::new(&self.kinds)?;
        let mut state = State::new(catalog, self.config).map_err(StartError::Config)?;
        state.hosts = self.hosts.clone();
        let state = Arc::new(state);
        // A CA per process, as a private CA would be: clients trust what `ca_pem` returns.
        let tls = if self.tls {
            let ca = aso_simpki::Authority::generate("aso-armsim CA")?;
            let names = aso_simpki::loopback_names(&self.hosts);
            Some((ca.pem(), ca.server_config("aso-armsim", &names)?))
        } else {
            None
        };
        let listener = tokio::net::TcpListener::bind(self.listen)
            .await
            .map_err(|source| StartError::Bind {
                addr: self.listen,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: self.listen,
            source,
        })?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        let base_url = format!("{scheme}://{addr}");
        let ca_pem: Option<Arc<str>> = tls.as_ref().map(|(pem, _)| Arc::from(pem.as_str()));
        let (shutdown, rx) = watch::channel(false);
        let task = tokio::spawn(server::serve(
            state.clone(),
            listener,
            tls.map(|(_, config)| config),
            ca_pem.clone(),
            rx,
        ));
        Ok(ArmSim {
            state,
            addr,
            base_url,
            ca_pem,
            shutdown,
            task: Some(task),
        })
    }
}

/// A running simulator. Dropping it stops the server.
#[derive(Debug)]
pub struct ArmSim {
    state: Arc<State>,
    addr: SocketAddr,
    base_url: String,
    ca_pem: Option<Arc<str>>,
    shutdown: watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl ArmSim {
    pub fn builder() -> Builder {
        Builder::default()
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `https://127.0.0.1:PORT` (or `http://` with [`Builder::http`]): the ARM endpoint and the
    /// Entra authority host.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The CA certificate (PEM) clients must trust; `None` over plain HTTP.
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// The first configured subscription.
    pub fn subscription(&self) -> &str {
        &self.state.config.subscriptions[0].id
    }

    pub fn tenant(&self) -> &str {
        self.state.config.default_tenant()
    }

    /// A reqwest client trusting the simulator's CA.
    pub fn client(&self) -> Result<reqwest::Client, client::ClientError> {
        match self.ca_pem() {
            Some(pem) => client::reqwest_client_trusting(&[pem]),
            None => client::reqwest_client_trusting(&[]),
        }
    }

    /// An ARM token for a client, without the token endpoint: a configured principal's identity,
    /// or (in zero-configuration mode) an Owner like any client.
    pub fn token_for(&self, client_id: &str) -> String {
        let subject = match self.state.directory.principal(client_id) {
            Some(p) => Subject {
                client_id: p.client_id.clone(),
                object_id: p.object_id.clone(),
                tenant: p.tenant.clone(),
                kind: SubjectKind::Application,
                any_client: false,
                resource_id: None,
            },
            None => Subject {
                client_id: client_id.to_string(),
                object_id: entra::directory::derived_object_id(client_id),
                tenant: self.tenant().to_string(),
                kind: SubjectKind::Application,
                any_client: self.state.directory.any_client,
                resource_id: None,
            },
        };
        self.state.issuer.issue(
            &subject,
            "https://management.azure.com/",
            unix_now(),
            self.state.config.token_lifetime_secs,
        )
    }

    /// Every journaled request, in arrival order.
    pub fn journal(&self) -> Vec<Entry> {
        self.state.journal.entries()
    }

    pub fn clear_journal(&self) {
        self.state.journal.clear();
    }

    pub fn counters(&self) -> Counters {
        self.state.journal.counters()
    }

    /// Sets the LRO behaviour of one ARM type, or of every type (`None`).
    pub fn set_lro(&self, arm_type: Option<&str>, settings: LroSettings) {
        let mut lro = self.state.lro.write().unwrap_or_else(|e| e.into_inner());
        match arm_type {
            Some(t) => {
                lro.types.insert(t.to_string(), settings);
            }
            None => lro.default = settings,
        }
    }

    pub fn set_throttling(&self, config: ThrottleConfig) {
        self.state.throttle.configure(config);
    }

    /// Adds a scripted fault.
    pub fn add_fault(&self, rule: FaultRule) {
        self.state.faults.push(rule);
    }

    pub fn clear_faults(&self) {
        self.state.faults.clear();
    }

    /// Answers ARM requests from a cassette from now on.
    pub fn replay(&self, cassette: Cassette) {
        *self.state.replay.lock().unwrap_or_else(|e| e.into_inner()) =
            Some(Replayer::new(cassette));
    }

    pub fn stop_replay(&self) {
        *self.state.replay.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// The GET body of a resource, straight from the store (operations whose time has come
    /// ended first, as for any request).
    pub fn resource(&self, id: &str) -> Option<Value> {
        let mut world = self.state.world();
        operations::end_due(&mut world, std::time::Instant::now());
        world
            .store
            .get(&id.to_ascii_lowercase())
            .map(store::Resource::json)
    }

    /// Number of resources held.
    pub fn resource_count(&self) -> usize {
        let mut world = self.state.world();
        operations::end_due(&mut world, std::time::Instant::now());
        world.store.len()
    }

    /// Forgets every operation's monitor, as Azure does once results expire: polls answer 404
    /// from now on. Running operations still take effect (timed ones on time, poll-counted ones
    /// at once, since nobody can poll them any more).
    pub fn forget_operations(&self) {
        operations::forget(&mut self.state.world());
    }

    /// Forgets all resources, operations and journal entries.
    pub fn reset(&self) {
        reset(&self.state);
    }

    /// The shared state, for embedding the simulator's pieces elsewhere.
    pub fn state(&self) -> &Arc<State> {
        &self.state
    }

    /// Stops the server and waits for its accept loop to end.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for ArmSim {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

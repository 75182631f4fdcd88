//! Talking to Azure Resource Manager: the HTTP client ([`client`]), where its requests may go
//! ([`url`]: the configured endpoint only, built from segments), the view of it one reconcile
//! gets ([`scoped`]: only the object's own ARM ID and its owner's), its TLS trust ([`tls`]),
//! errors and their classification ([`error`]), client-side rate limiting ([`ratelimit`]) and
//! long-running operations ([`lro`]).

pub mod client;
pub mod error;
pub mod lro;
pub mod ratelimit;
pub mod scoped;
pub mod tls;
pub mod url;

pub use client::{ArmClient, ArmResponse, ArmSettings, Call, Target, TokenProvider};
pub use error::{ArmError, Class};
pub use scoped::ScopedArm;
pub use url::Endpoint;

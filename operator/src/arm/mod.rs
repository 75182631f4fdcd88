//! Talking to Azure Resource Manager: the HTTP client ([`client`]), its TLS trust ([`tls`]),
//! errors and their classification ([`error`]), client-side rate limiting ([`ratelimit`]) and
//! long-running operations ([`lro`]).

pub mod client;
pub mod error;
pub mod lro;
pub mod ratelimit;
pub mod tls;

pub use client::{ArmClient, ArmResponse, ArmSettings, Call, TokenProvider};
pub use error::{ArmError, Class};

//! The operator: one generic reconciler for every generated kind. `asoctl` (crate `aso-ctl`)
//! is built on this library; the operator itself links no simulator.
//!
//! Map: [`run`] starts everything from [`settings`]; [`crds`] installs the embedded CRDs;
//! [`controller`] watches the served [`kinds`] and queues objects for the generic reconciler
//! ([`reconcile`]), which talks to ARM through [`arm`] with credentials from [`identity`],
//! compares Azure with the spec through [`drift`], and runs per-kind [`extensions`]; the database `User` kinds are reconciled by [`dbuser`]
//! on the same controller, logging into database servers instead of calling ARM. [`metrics`],
//! [`http`] (metrics and health endpoints) and [`leader`] (Lease election) are the operational
//! parts ([`metrics_auth`]: `--secure-metrics`' TLS, TokenReview and SubjectAccessReview).
//! [`webhook`] is the conversion webhook server (`AZURE_OPERATOR_MODE` `webhooks`).

pub mod arm;
pub mod cluster_info;
pub mod context;
pub mod controller;
pub mod crds;
pub mod dbuser;
pub mod drift;
pub mod extensions;
pub mod http;
pub mod identity;
pub mod kinds;
pub mod leader;
pub mod metrics;
pub mod metrics_auth;
pub mod reconcile;
pub mod reconcile_rate;
pub mod run;
pub mod settings;
pub mod webhook;

//! A Kubernetes API server simulator that kubectl, helm and kube-rs use unmodified.

pub mod builtins;
pub mod field;
pub mod schema;
pub mod store;

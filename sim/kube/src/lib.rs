//! A Kubernetes API server simulator that kubectl, helm and kube-rs use unmodified.

pub mod builtins;
pub mod crd;
pub mod error;
pub mod field;
pub mod jsonpath;
pub mod managed;
pub mod patch;
pub mod registry;
pub mod request;
pub mod schema;
pub mod selector;
pub mod store;

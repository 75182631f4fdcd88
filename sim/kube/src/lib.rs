//! A Kubernetes API server simulator that kubectl, helm and kube-rs use unmodified.

pub mod builtins;
pub mod crd;
pub mod discovery;
pub mod error;
pub mod faults;
pub mod field;
pub mod jsonpath;
pub mod managed;
pub mod objects;
pub mod openapi;
pub mod patch;
pub mod registry;
pub mod request;
pub mod schema;
pub mod selector;
pub mod sim;
pub mod store;
pub mod table;
pub mod token;

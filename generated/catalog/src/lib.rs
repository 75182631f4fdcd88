//! What the operator, `asoctl` and the simulators know of every generated kind, as data:
//! per kind a [`KindInfo`](aso_runtime::KindInfo) (API group, version, plural, ARM type,
//! api-version and URI, owner, Azure name rule, exports), the shape tables that say where
//! each Kubernetes property lives in ARM JSON, and the ARM body schema.
//!
//! Generated from the ARM OpenAPI specs and `specs/` by `cargo xtask generate`; do not
//! edit. A module and a cargo feature per group (`all` enables every group), a module per
//! version below it, a static per kind (`storage::v1api20230101::STORAGE_ACCOUNT`);
//! [`catalog`] lists every kind compiled in. The typed Rust API is the `aso-api` crate,
//! built on this one.
#![allow(clippy::all, clippy::pedantic, rustdoc::all)]
#[cfg(feature = "authorization")]
pub mod authorization;
#[cfg(feature = "cache")]
pub mod cache;
#[cfg(feature = "cdn")]
pub mod cdn;
#[cfg(feature = "dbformysql")]
pub mod dbformysql;
#[cfg(feature = "dbforpostgresql")]
pub mod dbforpostgresql;
#[cfg(feature = "documentdb")]
pub mod documentdb;
#[cfg(feature = "eventhub")]
pub mod eventhub;
#[cfg(feature = "keyvault")]
pub mod keyvault;
#[cfg(feature = "managedidentity")]
pub mod managedidentity;
#[cfg(feature = "network")]
pub mod network;
#[cfg(feature = "network-frontdoor")]
pub mod network_frontdoor;
#[cfg(feature = "resources")]
pub mod resources;
#[cfg(feature = "servicebus")]
pub mod servicebus;
#[cfg(feature = "sql")]
pub mod sql;
#[cfg(feature = "storage")]
pub mod storage;
/// Every kind compiled into this build.
#[allow(unused_mut)]
pub fn catalog() -> Vec<&'static aso_runtime::KindInfo> {
    let mut out = Vec::new();
    #[cfg(feature = "authorization")]
    out.extend(authorization::kinds());
    #[cfg(feature = "cache")]
    out.extend(cache::kinds());
    #[cfg(feature = "cdn")]
    out.extend(cdn::kinds());
    #[cfg(feature = "dbformysql")]
    out.extend(dbformysql::kinds());
    #[cfg(feature = "dbforpostgresql")]
    out.extend(dbforpostgresql::kinds());
    #[cfg(feature = "documentdb")]
    out.extend(documentdb::kinds());
    #[cfg(feature = "eventhub")]
    out.extend(eventhub::kinds());
    #[cfg(feature = "keyvault")]
    out.extend(keyvault::kinds());
    #[cfg(feature = "managedidentity")]
    out.extend(managedidentity::kinds());
    #[cfg(feature = "network")]
    out.extend(network::kinds());
    #[cfg(feature = "network-frontdoor")]
    out.extend(network_frontdoor::kinds());
    #[cfg(feature = "resources")]
    out.extend(resources::kinds());
    #[cfg(feature = "servicebus")]
    out.extend(servicebus::kinds());
    #[cfg(feature = "sql")]
    out.extend(sql::kinds());
    #[cfg(feature = "storage")]
    out.extend(storage::kinds());
    out
}

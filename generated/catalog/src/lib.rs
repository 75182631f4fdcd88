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
#[cfg(feature = "alertsmanagement")]
#[rustfmt::skip]
pub mod alertsmanagement;
#[cfg(feature = "apimanagement")]
#[rustfmt::skip]
pub mod apimanagement;
#[cfg(feature = "appconfiguration")]
#[rustfmt::skip]
pub mod appconfiguration;
#[cfg(feature = "authorization")]
#[rustfmt::skip]
pub mod authorization;
#[cfg(feature = "batch")]
#[rustfmt::skip]
pub mod batch;
#[cfg(feature = "cache")]
#[rustfmt::skip]
pub mod cache;
#[cfg(feature = "cdn")]
#[rustfmt::skip]
pub mod cdn;
#[cfg(feature = "compute")]
#[rustfmt::skip]
pub mod compute;
#[cfg(feature = "containerinstance")]
#[rustfmt::skip]
pub mod containerinstance;
#[cfg(feature = "containerregistry")]
#[rustfmt::skip]
pub mod containerregistry;
#[cfg(feature = "containerservice")]
#[rustfmt::skip]
pub mod containerservice;
#[cfg(feature = "datafactory")]
#[rustfmt::skip]
pub mod datafactory;
#[cfg(feature = "dataprotection")]
#[rustfmt::skip]
pub mod dataprotection;
#[cfg(feature = "dbformariadb")]
#[rustfmt::skip]
pub mod dbformariadb;
#[cfg(feature = "dbformysql")]
#[rustfmt::skip]
pub mod dbformysql;
#[cfg(feature = "dbforpostgresql")]
#[rustfmt::skip]
pub mod dbforpostgresql;
#[cfg(feature = "devices")]
#[rustfmt::skip]
pub mod devices;
#[cfg(feature = "documentdb")]
#[rustfmt::skip]
pub mod documentdb;
#[cfg(feature = "eventgrid")]
#[rustfmt::skip]
pub mod eventgrid;
#[cfg(feature = "eventhub")]
#[rustfmt::skip]
pub mod eventhub;
#[cfg(feature = "insights")]
#[rustfmt::skip]
pub mod insights;
#[cfg(feature = "keyvault")]
#[rustfmt::skip]
pub mod keyvault;
#[cfg(feature = "kubernetesconfiguration")]
#[rustfmt::skip]
pub mod kubernetesconfiguration;
#[cfg(feature = "machinelearningservices")]
#[rustfmt::skip]
pub mod machinelearningservices;
#[cfg(feature = "managedidentity")]
#[rustfmt::skip]
pub mod managedidentity;
#[cfg(feature = "monitor")]
#[rustfmt::skip]
pub mod monitor;
#[cfg(feature = "network")]
#[rustfmt::skip]
pub mod network;
#[cfg(feature = "network-frontdoor")]
#[rustfmt::skip]
pub mod network_frontdoor;
#[cfg(feature = "operationalinsights")]
#[rustfmt::skip]
pub mod operationalinsights;
#[cfg(feature = "resources")]
#[rustfmt::skip]
pub mod resources;
#[cfg(feature = "search")]
#[rustfmt::skip]
pub mod search;
#[cfg(feature = "servicebus")]
#[rustfmt::skip]
pub mod servicebus;
#[cfg(feature = "signalrservice")]
#[rustfmt::skip]
pub mod signalrservice;
#[cfg(feature = "sql")]
#[rustfmt::skip]
pub mod sql;
#[cfg(feature = "storage")]
#[rustfmt::skip]
pub mod storage;
#[cfg(feature = "subscription")]
#[rustfmt::skip]
pub mod subscription;
#[cfg(feature = "synapse")]
#[rustfmt::skip]
pub mod synapse;
#[cfg(feature = "web")]
#[rustfmt::skip]
pub mod web;
/// Every kind compiled into this build.
#[allow(unused_mut)]
pub fn catalog() -> Vec<&'static aso_runtime::KindInfo> {
    let mut out = Vec::new();
    #[cfg(feature = "alertsmanagement")]
    out.extend(alertsmanagement::kinds());
    #[cfg(feature = "apimanagement")]
    out.extend(apimanagement::kinds());
    #[cfg(feature = "appconfiguration")]
    out.extend(appconfiguration::kinds());
    #[cfg(feature = "authorization")]
    out.extend(authorization::kinds());
    #[cfg(feature = "batch")]
    out.extend(batch::kinds());
    #[cfg(feature = "cache")]
    out.extend(cache::kinds());
    #[cfg(feature = "cdn")]
    out.extend(cdn::kinds());
    #[cfg(feature = "compute")]
    out.extend(compute::kinds());
    #[cfg(feature = "containerinstance")]
    out.extend(containerinstance::kinds());
    #[cfg(feature = "containerregistry")]
    out.extend(containerregistry::kinds());
    #[cfg(feature = "containerservice")]
    out.extend(containerservice::kinds());
    #[cfg(feature = "datafactory")]
    out.extend(datafactory::kinds());
    #[cfg(feature = "dataprotection")]
    out.extend(dataprotection::kinds());
    #[cfg(feature = "dbformariadb")]
    out.extend(dbformariadb::kinds());
    #[cfg(feature = "dbformysql")]
    out.extend(dbformysql::kinds());
    #[cfg(feature = "dbforpostgresql")]
    out.extend(dbforpostgresql::kinds());
    #[cfg(feature = "devices")]
    out.extend(devices::kinds());
    #[cfg(feature = "documentdb")]
    out.extend(documentdb::kinds());
    #[cfg(feature = "eventgrid")]
    out.extend(eventgrid::kinds());
    #[cfg(feature = "eventhub")]
    out.extend(eventhub::kinds());
    #[cfg(feature = "insights")]
    out.extend(insights::kinds());
    #[cfg(feature = "keyvault")]
    out.extend(keyvault::kinds());
    #[cfg(feature = "kubernetesconfiguration")]
    out.extend(kubernetesconfiguration::kinds());
    #[cfg(feature = "machinelearningservices")]
    out.extend(machinelearningservices::kinds());
    #[cfg(feature = "managedidentity")]
    out.extend(managedidentity::kinds());
    #[cfg(feature = "monitor")]
    out.extend(monitor::kinds());
    #[cfg(feature = "network")]
    out.extend(network::kinds());
    #[cfg(feature = "network-frontdoor")]
    out.extend(network_frontdoor::kinds());
    #[cfg(feature = "operationalinsights")]
    out.extend(operationalinsights::kinds());
    #[cfg(feature = "resources")]
    out.extend(resources::kinds());
    #[cfg(feature = "search")]
    out.extend(search::kinds());
    #[cfg(feature = "servicebus")]
    out.extend(servicebus::kinds());
    #[cfg(feature = "signalrservice")]
    out.extend(signalrservice::kinds());
    #[cfg(feature = "sql")]
    out.extend(sql::kinds());
    #[cfg(feature = "storage")]
    out.extend(storage::kinds());
    #[cfg(feature = "subscription")]
    out.extend(subscription::kinds());
    #[cfg(feature = "synapse")]
    out.extend(synapse::kinds());
    #[cfg(feature = "web")]
    out.extend(web::kinds());
    out
}

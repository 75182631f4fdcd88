//! Typed Kubernetes resources for the Azure kinds the operator serves:
//! `kube::Api<StorageAccount>`.
//!
//! Generated from the ARM OpenAPI specs and `specs/` by `cargo xtask generate`; do not
//! edit (change `codegen/` or `specs/`).
//!
//! # Layout
//!
//! A module per Azure group, compiled when its cargo feature is on, and below it a module
//! per Kubernetes version, named as the version is (`storage::v1api20230101`). A version
//! module holds its kinds (`StorageAccount`), their spec and status types in its `spec`
//! and `status` modules, and re-exports each kind's `XxxSpec` and `XxxStatus`.
//!
//! Each kind is `metadata`, `spec` and `status`, serialised with `apiVersion` and `kind`
//! as kube's `#[derive(CustomResource)]` types are, so `kube::Api<T>`, `ListParams`,
//! watches and server-side apply (`Patch::Apply`) work with it. It implements
//! `kube::Resource` (`DynamicType = ()`), `HasSpec`, `HasStatus`, and [`AzureResource`],
//! which ties it to its [`KindInfo`](aso_runtime::KindInfo) in the `aso-catalog` crate and
//! reads its `Ready` condition.
//!
//! Spec types are what users write: required properties are plain fields, enumerations
//! are Rust enums, references to other resources, Secrets and ConfigMaps are the
//! [`reference`] types. Status types are what Azure returned: every field optional,
//! enumerations kept as strings (Azure may return values the specs do not list).
//!
//! # Example
//!
#![cfg_attr(feature = "storage", doc = " ```no_run")]
#![cfg_attr(not(feature = "storage"), doc = " ```ignore")]
//! use aso_api::AzureResource;
//! use aso_api::storage::v1api20210401::StorageAccount;
//! use kube::api::{Api, ListParams};
//!
//! # async fn example(client: kube::Client) -> Result<(), kube::Error> {
//! let api: Api<StorageAccount> = Api::namespaced(client, "default");
//! for object in api.list(&ListParams::default()).await? {
//!     let ready = object.ready_condition().map(|c| c.status);
//!     println!("{:?}: {ready:?}", object.metadata.name);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The complete program (create a ResourceGroup and a StorageAccount, wait until they
//! are ready, read their status, delete them) is `examples/typed-api` in the repository:
//! `cargo run -p aso-typed-api-example` runs it against the cluster `KUBECONFIG` names,
//! such as the one `asoctl playground` starts.
//!
//! # Features
//!
//! No group is enabled by default; `all` enables every group.
//!
//! | feature | API group | versions |
//! |---|---|---|
//! | `authorization` | `authorization.azure.com` | `v1api20220401` |
//! | `cache` | `cache.azure.com` | `v1api20230401`, `v1api20230701` |
//! | `cdn` | `cdn.azure.com` | `v1api20210601`, `v1api20230501` |
//! | `dbformysql` | `dbformysql.azure.com` | `v1api20230630` |
//! | `dbforpostgresql` | `dbforpostgresql.azure.com` | `v1api20221201` |
//! | `documentdb` | `documentdb.azure.com` | `v1api20231115` |
//! | `eventhub` | `eventhub.azure.com` | `v1api20211101` |
//! | `keyvault` | `keyvault.azure.com` | `v1api20210401preview`, `v1api20230701` |
//! | `managedidentity` | `managedidentity.azure.com` | `v1api20181130`, `v1api20220131preview`, `v1api20230131` |
//! | `network` | `network.azure.com` | `v1api20180501`, `v1api20180901`, `v1api20200601`, `v1api20201101`, `v1api20220401`, `v1api20220701` |
//! | `network-frontdoor` | `network.frontdoor.azure.com` | `v1api20220501` |
//! | `resources` | `resources.azure.com` | `v1api20200601` |
//! | `servicebus` | `servicebus.azure.com` | `v1api20210101preview`, `v1api20211101`, `v1api20221001preview` |
//! | `sql` | `sql.azure.com` | `v1api20211101` |
//! | `storage` | `storage.azure.com` | `v1api20210401`, `v1api20220901`, `v1api20230101` |
#![allow(clippy::all, clippy::pedantic, non_camel_case_types, rustdoc::all)]
pub use aso_runtime::AzureResource;
pub use aso_runtime::condition;
pub use aso_runtime::reference;
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

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
//! | `alertsmanagement` | `alertsmanagement.azure.com` | `v1api20230301` |
//! | `apimanagement` | `apimanagement.azure.com` | `v1api20220801`, `v1api20230501preview` |
//! | `appconfiguration` | `appconfiguration.azure.com` | `v1api20220501` |
//! | `authorization` | `authorization.azure.com` | `v1api20200801preview`, `v1api20220401` |
//! | `batch` | `batch.azure.com` | `v1api20210101` |
//! | `cache` | `cache.azure.com` | `v1api20201201`, `v1api20210301`, `v1api20230401`, `v1api20230701` |
//! | `cdn` | `cdn.azure.com` | `v1api20210601`, `v1api20230501` |
//! | `compute` | `compute.azure.com` | `v1api20200930`, `v1api20201201`, `v1api20210701`, `v1api20220301`, `v1api20220702` |
//! | `containerinstance` | `containerinstance.azure.com` | `v1api20211001` |
//! | `containerregistry` | `containerregistry.azure.com` | `v1api20210901` |
//! | `containerservice` | `containerservice.azure.com` | `v1api20210501`, `v1api20230201`, `v1api20230202preview`, `v1api20230315preview`, `v1api20231001`, `v1api20231102preview`, `v1api20240402preview` |
//! | `datafactory` | `datafactory.azure.com` | `v1api20180601` |
//! | `dataprotection` | `dataprotection.azure.com` | `v1api20230101`, `v1api20231101` |
//! | `dbformariadb` | `dbformariadb.azure.com` | `v1api20180601` |
//! | `dbformysql` | `dbformysql.azure.com` | `v1api20210501`, `v1api20220101`, `v1api20230630` |
//! | `dbforpostgresql` | `dbforpostgresql.azure.com` | `v1api20210601`, `v1api20220120preview`, `v1api20221201`, `v1api20230601preview` |
//! | `devices` | `devices.azure.com` | `v1api20210702` |
//! | `documentdb` | `documentdb.azure.com` | `v1api20210515`, `v1api20231115` |
//! | `eventgrid` | `eventgrid.azure.com` | `v1api20200601` |
//! | `eventhub` | `eventhub.azure.com` | `v1api20211101` |
//! | `insights` | `insights.azure.com` | `v1api20180301`, `v1api20180501preview`, `v1api20200202`, `v1api20220615`, `v1api20221001`, `v1api20230101` |
//! | `keyvault` | `keyvault.azure.com` | `v1api20210401preview`, `v1api20230701` |
//! | `kubernetesconfiguration` | `kubernetesconfiguration.azure.com` | `v1api20230501` |
//! | `machinelearningservices` | `machinelearningservices.azure.com` | `v1api20210701` |
//! | `managedidentity` | `managedidentity.azure.com` | `v1api20181130`, `v1api20220131preview`, `v1api20230131` |
//! | `monitor` | `monitor.azure.com` | `v1api20230403` |
//! | `network` | `network.azure.com` | `v1api20180501`, `v1api20180901`, `v1api20200601`, `v1api20201101`, `v1api20220401`, `v1api20220701` |
//! | `network-frontdoor` | `network.frontdoor.azure.com` | `v1api20220501` |
//! | `operationalinsights` | `operationalinsights.azure.com` | `v1api20210601` |
//! | `resources` | `resources.azure.com` | `v1api20200601` |
//! | `search` | `search.azure.com` | `v1api20220901` |
//! | `servicebus` | `servicebus.azure.com` | `v1api20210101preview`, `v1api20211101`, `v1api20221001preview` |
//! | `signalrservice` | `signalrservice.azure.com` | `v1api20211001` |
//! | `sql` | `sql.azure.com` | `v1api20211101` |
//! | `storage` | `storage.azure.com` | `v1api20210401`, `v1api20220901`, `v1api20230101` |
//! | `subscription` | `subscription.azure.com` | `v1api20211001` |
//! | `synapse` | `synapse.azure.com` | `v1api20210601` |
//! | `web` | `web.azure.com` | `v1api20220301` |
#![allow(clippy::all, clippy::pedantic, non_camel_case_types, rustdoc::all)]
pub use aso_runtime::AzureResource;
pub use aso_runtime::condition;
pub use aso_runtime::reference;
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

//! `asoctl`, the command line companion of the operator, built on the operator's library:
//! [`plan`] (the ARM requests some manifests would cause, offline or against a cluster and
//! Azure), [`import`] (existing Azure resources to manifests), [`export`] (the installation
//! template), [`clean`] (the storage migration before versions are dropped), `playground` (both
//! simulators and the operator in one process; cargo feature `playground`), [`signin`] (Azure
//! credentials, the Azure CLI's among them), [`manifest`] (reading YAML files and folders) and
//! [`output`] (writing files whole). The operator crate itself carries none of this, and no
//! simulator.

pub mod clean;
pub mod export;
pub mod import;
pub mod manifest;
pub mod output;
pub mod plan;
#[cfg(feature = "playground")]
pub mod playground;
pub mod signin;

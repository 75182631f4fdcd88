//! `asoctl`, the command line companion of the operator, built on the operator's library:
//! [`plan`] (the ARM requests some manifests would cause, offline or against a cluster and
//! Azure), [`import`] (existing Azure resources to manifests), `playground` (both simulators and
//! the operator in one process; cargo feature `playground`), and [`manifest`] (reading YAML
//! files and folders). The operator crate itself carries none of this, and no simulator.

pub mod import;
pub mod manifest;
pub mod plan;
#[cfg(feature = "playground")]
pub mod playground;

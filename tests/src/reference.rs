//! The read-only reference data beside the project (`../shared`), read in place.

use std::path::{Path, PathBuf};

/// `../shared` from the repository root.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared")
}

pub fn specs() -> PathBuf {
    shared().join("azure-rest-api-specs")
}

pub fn samples() -> PathBuf {
    shared().join("aso-reference/samples")
}

pub fn recordings() -> PathBuf {
    shared().join("aso-reference/recordings")
}

pub fn aso_crds() -> PathBuf {
    shared().join("aso-reference/crds")
}

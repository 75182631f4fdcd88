//! The two generated Rust crates, under `generated/`:
//!
//! - `catalog/` (`aso-catalog`): data only, what the operator, `asoctl` and the simulators read:
//!   each kind's `KindInfo`, shape tables and ARM schema, and `catalog()`;
//! - `api/` (`aso-api`): the typed API for Rust users, each kind a `kube::Resource` with its
//!   spec and status types, pointing at its `KindInfo` in the catalog.
//!
//! Both have a module and a cargo feature per group and a module per version below it. Keeping
//! the types out of the catalog means the operator and simulators never compile them.

mod api;
mod cargo;
mod catalog;
mod names;
mod shapes;
mod types;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::PathBuf;

use proc_macro2::TokenStream;

use crate::model::Kind;

/// The catalog crate's folder under `generated/`.
pub const CATALOG_DIR: &str = "catalog";
/// The API crate's folder under `generated/`.
pub const API_DIR: &str = "api";

/// A crate's files by path relative to its root.
pub type Files = BTreeMap<PathBuf, String>;

/// One generated crate.
pub struct Crate {
    /// Its folder under `generated/`.
    pub dir: &'static str,
    pub files: Files,
}

/// The kinds by group, then by version, in a stable order.
type Layout<'a> = BTreeMap<&'a str, BTreeMap<&'a str, Vec<&'a Kind>>>;

/// Which side of a kind a type or shape describes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Spec,
    Status,
}

/// Both generated crates.
pub fn generated_crates(kinds: &[Kind]) -> Result<Vec<Crate>, String> {
    let mut layout = Layout::new();
    for kind in kinds {
        layout
            .entry(&kind.group)
            .or_default()
            .entry(&kind.version)
            .or_default()
            .push(kind);
    }
    Ok(vec![
        Crate {
            dir: CATALOG_DIR,
            files: catalog::files(&layout)?,
        },
        Crate {
            dir: API_DIR,
            files: api::files(&layout)?,
        },
    ])
}

fn render(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

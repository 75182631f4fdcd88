//! Emitters: the model, written out as CRDs, Rust code and documentation.

pub mod crd;
pub mod descriptions;
pub mod rust;

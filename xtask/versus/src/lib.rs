//! ASO's own controller (v2.8, `../shared/aso-controller/`) run against our simulators, for the
//! side-by-side benchmark (`cargo xtask bench versus-aso`) and the test that keeps it working
//! (`tests/tests/e2e/aso_controller.rs`).
//!
//! Nothing here is in the product: the operator never links this crate.

pub mod aso;
pub mod proxy;

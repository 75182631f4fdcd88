//! asoctl's binary driven as users run it, and its planner fed hostile manifests, as one test
//! binary.

#[cfg(feature = "playground")]
mod commands;
mod fuzz;
#[cfg(feature = "playground")]
mod import;
mod plan;
#[cfg(feature = "playground")]
mod playground;

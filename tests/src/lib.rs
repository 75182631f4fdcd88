//! Helpers shared by the end-to-end tests: where the reference data is, how ASO's recorded ARM
//! conversations compare with ours, and a harness that runs the operator against both simulators.

pub mod harness;
pub mod recordings;
pub mod reference;
pub mod samples;
pub mod tools;

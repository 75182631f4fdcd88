//! Helpers shared by the end-to-end tests: where the reference data is, and how ASO's recorded
//! ARM conversations compare with ours.

pub mod recordings;
pub mod reference;
pub mod tools;

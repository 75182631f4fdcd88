//! The simulator's integration suites as one test binary, linked once.

mod aso_reference;
mod binary;
mod common;
mod controller;
mod helm;
mod kube_rs;
mod kubectl;

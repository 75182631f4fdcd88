//! The simulator's integration suites as one test binary, linked once.

mod admission;
mod aso_reference;
mod aso_webhooks;
mod binary;
mod common;
mod controller;
mod faults;
mod helm;
mod hook_server;
mod kube_rs;
mod kubectl;
mod versions;
mod watches;

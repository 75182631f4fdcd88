//! Helpers shared by the end-to-end tests: where the reference data is, how ASO's recorded ARM
//! conversations compare with ours, a harness that runs the operator against both simulators, and
//! a kubelet that starts the chart's pod as a cluster would. (The real database servers the
//! database `User` suites log into are `aso-dbuser-testing`'s.)

pub mod aso_state;
pub mod crds;
pub mod harness;
pub mod kubelet;
pub mod logs;
pub mod recordings;
pub mod reference;
pub mod samples;
pub mod tools;

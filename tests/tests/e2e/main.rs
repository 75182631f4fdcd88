//! The end-to-end suites as one test binary: every suite links the operator, both simulators
//! and all 200 generated kinds, so one binary per suite would cost a link and ~100 MB apiece.

mod aso_controller;
mod aso_fact_samples;
mod chart;
mod chart_pod;
mod clean_crds;
mod conversion;
mod crd_coverage;
mod crd_schemas;
mod credentials;
mod database_users;
mod dependencies;
mod drift;
mod errors;
mod export_template;
mod exports;
mod exports_keys;
mod gitops_health;
mod hostile;
mod import;
mod kinds;
mod lifecycle;
mod operations;
mod operator_process;
mod owners;
mod plan_online;
mod plan_recordings;
mod restart;
mod samples_e2e;
mod secret_maps;
mod takeover;
mod team_onboarding;
mod typed_api;

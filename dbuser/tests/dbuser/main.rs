//! aso-dbuser's integration tests, one binary: the CRDs, and the engine against real
//! PostgreSQL and MariaDB servers (installed and started by `tools/install-databases.sh`;
//! skipped, saying why, only where that script cannot run, and never in CI).

mod crds;
mod mysql;
mod postgres;
mod sqlserver;
mod support;

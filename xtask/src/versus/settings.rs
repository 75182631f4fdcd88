//! What both operators get: the same sync period, the same number of concurrent reconciles,
//! the same ARM latency and ARM's real throttling profile.

use std::time::Duration;

/// ARM's limits per principal and subscription (token buckets): writes 200 burst and 10/s,
/// reads 250 burst and 25/s, deletes as writes.
pub const THROTTLING: &str = "throttling:\n  model: tokenBucket\n  reads: {burst: 250, perSecond: 25}\n  writes: {burst: 200, perSecond: 10}\n  deletes: {burst: 200, perSecond: 10}\n";

pub struct Settings {
    pub sizes: Vec<usize>,
    /// `AZURE_SYNC_PERIOD` for both.
    pub sync_period: Duration,
    /// Sync periods the steady state is counted over.
    pub steady_periods: u32,
    /// Concurrent reconciles per kind: ASO's `MAX_CONCURRENT_RECONCILES` is per kind, ours is
    /// global, so ours gets this times the number of kinds in the workload.
    pub concurrency_per_kind: usize,
    /// How long ARM's long-running operations take (creates; updates and deletes half).
    pub arm_latency: Duration,
    /// A phase not done within this is given up (the "within 10 minutes").
    pub limit: Duration,
    /// Our operator and the simulators in debug builds (not what users run).
    pub debug_build: bool,
}

impl Settings {
    /// The armsim configuration both runs use.
    pub fn armsim_config(&self) -> String {
        let create = self.arm_latency.as_millis();
        format!(
            "{THROTTLING}journalLimit: 2000000\nlro:\n  default:\n    retryAfter: 1\n    durationMs: {{create: {create}, update: {}, delete: {}}}\n",
            create / 2,
            create / 2
        )
    }

    pub fn describe(&self) -> String {
        format!(
            "versus-aso: {} builds; sync period {:?} (steady state over {} periods), {} concurrent reconciles per kind, ARM operations {:?} (create; update and delete half), throttling: writes 200 burst + 10/s, reads 250 burst + 25/s per principal; sizes {:?}; limit {:?} per phase",
            if self.debug_build { "DEBUG" } else { "release" },
            self.sync_period,
            self.steady_periods,
            self.concurrency_per_kind,
            self.arm_latency,
            self.sizes,
            self.limit
        )
    }
}

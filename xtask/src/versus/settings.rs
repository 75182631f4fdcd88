//! What both operators get: the same sync period (a profile), the same number of concurrent
//! reconciles, the same ARM latency and ARM's real throttling profile.

use std::time::Duration;

use anyhow::bail;

use super::contenders::Contender;

/// ARM's limits per principal and subscription (token buckets): writes 200 burst and 10/s,
/// reads 250 burst and 25/s, deletes as writes.
pub const THROTTLING: &str = "throttling:\n  model: tokenBucket\n  reads: {burst: 250, perSecond: 25}\n  writes: {burst: 200, perSecond: 10}\n  deletes: {burst: 200, perSecond: 10}\n";

/// How the steady state is counted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Steady {
    /// Settle half a period, then count over this many whole periods (a rate per period).
    Periods(u32),
    /// From all Ready until every resource was checked in ARM once after it: one sync of each,
    /// whatever jitter either operator puts on its period (ours ±10 %). Exact as long as
    /// creation takes under 0.7 of a period (no resource can be checked twice before the last
    /// is checked once); given up after 1.5 periods.
    OneCheckEach,
}

/// A sync period both operators get, and how its steady state is counted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Profile {
    pub name: &'static str,
    pub sync_period: Duration,
    pub steady: Steady,
    /// Why this profile, for the output.
    pub why: &'static str,
}

/// ASO's documented minimum: its default `AZURE_SYNC_PERIOD` is 1h, and "setting the
/// reconciliation interval lower than 15m is not recommended" because of ARM's throttling
/// (https://azure.github.io/azure-service-operator/guide/diagnosing-problems/reconciliation-frequency).
pub const RECOMMENDED: Profile = Profile {
    name: "recommended",
    sync_period: Duration::from_secs(15 * 60),
    steady: Steady::OneCheckEach,
    why: "ASO's documented minimum sync period (15m; its default is 1h)",
};

/// A period ASO's documentation warns against: it shows how each copes with ARM's throttling.
pub const AGGRESSIVE: Profile = Profile {
    name: "aggressive",
    sync_period: Duration::from_secs(30),
    steady: Steady::Periods(3),
    why: "a 30s sync period, below what ASO's documentation recommends (15m)",
};

impl Profile {
    pub fn named(name: &str) -> anyhow::Result<Profile> {
        match name {
            "recommended" => Ok(RECOMMENDED),
            "aggressive" => Ok(AGGRESSIVE),
            other => bail!("unknown profile {other:?}: expected recommended or aggressive"),
        }
    }

    pub fn describe_steady(&self) -> String {
        match self.steady {
            Steady::Periods(n) => format!(
                "steady state: half a period to settle, then counted over {n} periods"
            ),
            Steady::OneCheckEach => "steady state: counted from all Ready until every resource was checked in ARM once (one sync each, whatever the jitter; at most 1.5 periods)".to_string(),
        }
    }
}

#[derive(Clone)]
pub struct Settings {
    pub sizes: Vec<usize>,
    pub profile: Profile,
    /// The operators run (in this order).
    pub contenders: Vec<Contender>,
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

    pub fn sync_period(&self) -> Duration {
        self.profile.sync_period
    }

    pub fn describe(&self) -> String {
        format!(
            "versus-aso, profile {}: {}; {} builds; sync period {:?}; {}; {} concurrent reconciles per kind, ARM operations {:?} (create; update and delete half), throttling: writes 200 burst + 10/s, reads 250 burst + 25/s per principal; sizes {:?}; limit {:?} per phase",
            self.profile.name,
            self.profile.why,
            if self.debug_build { "DEBUG" } else { "release" },
            self.profile.sync_period,
            self.profile.describe_steady(),
            self.concurrency_per_kind,
            self.arm_latency,
            self.sizes,
            self.limit
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_by_name() {
        assert_eq!(Profile::named("recommended").unwrap(), RECOMMENDED);
        assert_eq!(RECOMMENDED.sync_period, Duration::from_secs(900));
        assert_eq!(
            Profile::named("aggressive").unwrap().sync_period,
            Duration::from_secs(30)
        );
        let e = Profile::named("fast").unwrap_err().to_string();
        assert!(e.contains("\"fast\"") && e.contains("recommended"), "{e}");
    }
}

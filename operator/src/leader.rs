//! Leader election with a coordination.k8s.io Lease, as controller-runtime does it: only the
//! holder runs controllers; it renews the lease every third of its duration, and steps down
//! (the process stops) when it cannot renew in time.

use std::time::Duration;

use k8s_openapi::api::coordination::v1::{Lease, LeaseSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{MicroTime, ObjectMeta};
use kube::api::{Api, PostParams};

/// ASO's lease name: two operators of either kind never run controllers at once.
pub const LEASE_NAME: &str = "controllers-leader-election-azinfra-generated";

pub struct Elector {
    api: Api<Lease>,
    identity: String,
    duration: Duration,
}

fn now() -> MicroTime {
    MicroTime(k8s_openapi::jiff::Timestamp::now())
}

impl Elector {
    pub fn new(kube: kube::Client, namespace: &str, duration: Duration) -> Elector {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "aso-operator".into());
        Elector {
            api: Api::namespaced(kube, namespace),
            identity: format!("{host}_{}", uuid::Uuid::new_v4()),
            duration,
        }
    }

    pub fn identity(&self) -> &str {
        &self.identity
    }

    /// Waits until this process holds the lease.
    pub async fn acquire(&self) {
        loop {
            match self.try_acquire().await {
                Ok(true) => {
                    tracing::info!(identity = %self.identity, lease = LEASE_NAME, "became leader");
                    return;
                }
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "leader election failed; retrying"),
            }
            tokio::time::sleep(self.duration / 3).await;
        }
    }

    /// Renews until a renewal fails for longer than the lease lasts; returns when leadership is
    /// lost.
    pub async fn hold(&self) {
        let mut last_renewed = tokio::time::Instant::now();
        loop {
            tokio::time::sleep(self.duration / 3).await;
            match self.try_acquire().await {
                Ok(true) => last_renewed = tokio::time::Instant::now(),
                Ok(false) => {
                    tracing::error!(lease = LEASE_NAME, "another operator took the lease");
                    return;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "renewing the lease failed");
                    if last_renewed.elapsed() > self.duration {
                        tracing::error!(lease = LEASE_NAME, "could not renew the lease in time");
                        return;
                    }
                }
            }
        }
    }

    /// Takes or renews the lease if it is free, expired or ours.
    async fn try_acquire(&self) -> Result<bool, kube::Error> {
        let seconds = i32::try_from(self.duration.as_secs().max(1)).unwrap_or(i32::MAX);
        let Some(mut lease) = self.api.get_opt(LEASE_NAME).await? else {
            let lease = Lease {
                metadata: ObjectMeta {
                    name: Some(LEASE_NAME.into()),
                    ..ObjectMeta::default()
                },
                spec: Some(LeaseSpec {
                    holder_identity: Some(self.identity.clone()),
                    lease_duration_seconds: Some(seconds),
                    acquire_time: Some(now()),
                    renew_time: Some(now()),
                    lease_transitions: Some(0),
                    ..LeaseSpec::default()
                }),
            };
            return match self.api.create(&PostParams::default(), &lease).await {
                Ok(_) => Ok(true),
                Err(kube::Error::Api(e)) if e.code == 409 => Ok(false),
                Err(e) => Err(e),
            };
        };
        let spec = lease.spec.get_or_insert_with(LeaseSpec::default);
        let ours = spec.holder_identity.as_deref() == Some(self.identity.as_str());
        let expired = match (&spec.renew_time, spec.lease_duration_seconds) {
            (Some(renewed), Some(d)) => {
                // Another holder's numbers are not trusted to add up: an overflow means "not expired".
                renewed
                    .0
                    .checked_add(k8s_openapi::jiff::SignedDuration::from_secs(d as i64))
                    .is_ok_and(|expiry| expiry < k8s_openapi::jiff::Timestamp::now())
            }
            _ => true,
        };
        if !ours
            && !expired
            && spec
                .holder_identity
                .as_deref()
                .is_some_and(|h| !h.is_empty())
        {
            return Ok(false);
        }
        if !ours {
            spec.holder_identity = Some(self.identity.clone());
            spec.acquire_time = Some(now());
            spec.lease_transitions = Some(spec.lease_transitions.unwrap_or(0).saturating_add(1));
        }
        spec.renew_time = Some(now());
        spec.lease_duration_seconds = Some(seconds);
        match self
            .api
            .replace(LEASE_NAME, &PostParams::default(), &lease)
            .await
        {
            Ok(_) => Ok(true),
            Err(kube::Error::Api(e)) if e.code == 409 => Ok(false),
            Err(e) => Err(e),
        }
    }
}

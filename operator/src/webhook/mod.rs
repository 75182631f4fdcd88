//! The conversion webhook: what kube-apiserver calls to convert our objects between the
//! versions of a CRD (`spec.conversion.strategy: Webhook`). Served in `AZURE_OPERATOR_MODE`
//! `webhooks` (its own Deployment, so reads do not depend on the controllers) and
//! `watchers-and-webhooks`.
//!
//! Map: [`review`] answers ConversionReview v1 with `aso_schema::convert` over the embedded
//! CRDs' schemas (no code per kind); [`server`] serves it over HTTPS; [`certs`] issues and
//! renews the serving certificate under a CA of its own, kept in a Secret ([`secret`]);
//! [`client_config`] keeps each of our CRDs pointing at the Service with the CA bundle.
//! No cert-manager, and no Azure credentials: the process needs its Secret and our CRDs only.

pub mod certs;
pub mod client_config;
pub mod review;
pub mod secret;
pub mod server;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use aso_runtime::versions::WEBHOOK_SERVICE;
use client_config::Desired;

/// How often the Secret is read again (renewals by any replica are picked up within this) and
/// failed CRD updates retried.
pub const REFRESH: Duration = Duration::from_secs(60);

/// A running webhook.
pub struct Webhook {
    pub addr: SocketAddr,
    pub tasks: Vec<JoinHandle<()>>,
}

/// Issues (or reads) the certificate, starts serving on `addr`, and keeps the certificate and
/// the CRDs' client configuration current until `shutdown`.
pub async fn start(
    kube: kube::Client,
    namespace: &str,
    addr: SocketAddr,
    shutdown: watch::Receiver<bool>,
) -> Result<Webhook, String> {
    let names = certs::service_names(WEBHOOK_SERVICE, namespace);
    let certificates = secret::current(&kube, namespace, &names).await?;
    let served = server::Served::new(&certificates)?;
    let converters = Arc::new(review::Converters::default());
    let (addr, serving) = server::serve(addr, served.clone(), converters, shutdown.clone()).await?;
    let now = time::OffsetDateTime::now_utc();
    let wanted = Desired {
        namespace: namespace.to_string(),
        bundle: certificates.bundle(now),
    };
    let kept = client_config::keep_all(&kube, &wanted).await?;
    tracing::info!(
        crds = kept.current(),
        "CRDs point at the conversion webhook"
    );
    let (desired_tx, desired) = watch::channel(wanted);
    let keeping = tokio::spawn(client_config::keep(
        kube.clone(),
        desired,
        kept,
        REFRESH,
        shutdown.clone(),
    ));
    let renewing = {
        let namespace = namespace.to_string();
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let mut served_now = certificates;
            loop {
                tokio::select! {
                    _ = shutdown.changed() => return,
                    _ = tokio::time::sleep(REFRESH) => {}
                }
                match secret::current(&kube, &namespace, &names).await {
                    Ok(latest) => {
                        if latest.leaf != served_now.leaf
                            && let Err(e) = served.replace(&latest)
                        {
                            tracing::error!(error = %e, "cannot serve the renewed webhook certificate");
                            continue;
                        }
                        let now = time::OffsetDateTime::now_utc();
                        let bundle = latest.bundle(now);
                        desired_tx.send_if_modified(|d| {
                            if d.bundle == bundle {
                                return false;
                            }
                            d.bundle = bundle;
                            true
                        });
                        served_now = latest;
                    }
                    Err(e) => tracing::warn!(error = %e, "webhook certificates"),
                }
            }
        })
    };
    tracing::info!(%addr, "conversion webhook serving");
    Ok(Webhook {
        addr,
        tasks: vec![serving, keeping, renewing],
    })
}

#[cfg(test)]
mod round_trip_tests;

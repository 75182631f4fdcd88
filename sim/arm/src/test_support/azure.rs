//! azure_core / azure_identity against the simulators: the reqwest client that trusts the
//! simulator's CA, handed to azure_core as its transport, and client options pointing Entra ID
//! at the simulator. The operator can reuse this (its ARM client needs the same plumbing).

use std::sync::Arc;

use azure_core::cloud::{CloudConfiguration, CustomConfiguration};
use azure_core::http::{ClientOptions, Transport};

use crate::client::{ClientError, reqwest_client_trusting};

/// An azure_core transport over a reqwest client trusting exactly `ca_pems`.
pub fn transport(ca_pems: &[&str]) -> Result<Transport, ClientError> {
    Ok(Transport::new(Arc::new(reqwest_client_trusting(ca_pems)?)))
}

/// Client options whose transport trusts `ca_pems` and whose cloud's authority host (where
/// credentials ask for tokens) is `authority_host`, e.g. the simulator's base URL.
pub fn client_options(
    ca_pems: &[&str],
    authority_host: &str,
) -> Result<ClientOptions, ClientError> {
    let mut cloud = CustomConfiguration::default();
    cloud.authority_host = authority_host.to_string();
    Ok(ClientOptions {
        transport: Some(transport(ca_pems)?),
        cloud: Some(Arc::new(CloudConfiguration::from(cloud))),
        ..Default::default()
    })
}

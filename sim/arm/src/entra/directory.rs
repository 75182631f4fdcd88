//! The principals Entra ID knows, from the configuration: applications with their secrets,
//! certificates and federated credentials, and managed identities.

use std::collections::HashMap;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use super::jwt;
use crate::config::{
    Config, FederatedCredentialConfig, IssuerConfig, ManagedIdentityConfig, pem_text,
};

/// A configured certificate.
#[derive(Debug, Clone)]
pub struct CertEntry {
    pub der: Vec<u8>,
    pub x5t: String,
    pub x5t_s256: String,
}

/// A configured application.
#[derive(Debug, Clone)]
pub struct PrincipalEntry {
    pub client_id: String,
    pub object_id: String,
    pub tenant: String,
    pub secrets: Vec<String>,
    pub certificates: Vec<CertEntry>,
    pub federated: Vec<FederatedCredentialConfig>,
}

/// A configured managed identity.
#[derive(Debug, Clone)]
pub struct ManagedEntry {
    pub client_id: String,
    pub object_id: String,
    pub resource_id: Option<String>,
    pub tenant: String,
    pub system_assigned: bool,
}

#[derive(Debug, Clone)]
pub struct Directory {
    principals: HashMap<String, PrincipalEntry>,
    pub managed: Vec<ManagedEntry>,
    pub any_client: bool,
    pub tenants: Vec<String>,
    pub default_tenant: String,
    pub identity_header: Option<String>,
    pub issuers: Vec<IssuerConfig>,
}

/// The object ID of a principal the configuration does not name, derived from its client ID.
pub fn derived_object_id(client_id: &str) -> String {
    uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_OID,
        format!("aso-armsim:{}", client_id.to_ascii_lowercase()).as_bytes(),
    )
    .to_string()
}

/// The client ID of the zero-configuration system-assigned identity.
pub const DEFAULT_MANAGED_CLIENT_ID: &str = "a5b0b7f0-0000-4000-8000-5157e3a55160";

impl Directory {
    pub fn new(config: &Config) -> Result<Directory, String> {
        let default_tenant = config.default_tenant().to_string();
        let mut principals = HashMap::new();
        for (i, p) in config.principals.iter().enumerate() {
            let mut certificates = Vec::new();
            for (j, c) in p.certificates.iter().enumerate() {
                let pem =
                    pem_text(c).map_err(|e| format!("principals[{i}].certificates[{j}]: {e}"))?;
                let der = CertificateDer::from_pem_slice(pem.as_bytes()).map_err(|e| {
                    format!("principals[{i}].certificates[{j}]: not a PEM certificate: {e}")
                })?;
                let (x5t, x5t_s256) = jwt::thumbprints(der.as_ref());
                certificates.push(CertEntry {
                    der: der.to_vec(),
                    x5t,
                    x5t_s256,
                });
            }
            principals.insert(
                p.client_id.to_ascii_lowercase(),
                PrincipalEntry {
                    client_id: p.client_id.clone(),
                    object_id: p
                        .object_id
                        .clone()
                        .unwrap_or_else(|| derived_object_id(&p.client_id)),
                    tenant: p.tenant.clone().unwrap_or_else(|| default_tenant.clone()),
                    secrets: p.secrets.clone(),
                    certificates,
                    federated: p.federated_credentials.clone(),
                },
            );
        }
        let mut managed: Vec<ManagedEntry> = config
            .managed_identities
            .iter()
            .map(|m| managed_entry(m, &default_tenant))
            .collect();
        if managed.is_empty() && config.accepts_any_client() {
            managed.push(ManagedEntry {
                client_id: DEFAULT_MANAGED_CLIENT_ID.into(),
                object_id: derived_object_id(DEFAULT_MANAGED_CLIENT_ID),
                resource_id: None,
                tenant: default_tenant.clone(),
                system_assigned: true,
            });
        }
        Ok(Directory {
            principals,
            managed,
            any_client: config.accepts_any_client(),
            tenants: config.tenants().into_iter().map(str::to_string).collect(),
            default_tenant,
            identity_header: config.identity_header.clone(),
            issuers: config.issuers.clone(),
        })
    }

    pub fn principal(&self, client_id: &str) -> Option<&PrincipalEntry> {
        self.principals.get(&client_id.to_ascii_lowercase())
    }

    pub fn principals(&self) -> impl Iterator<Item = &PrincipalEntry> {
        self.principals.values()
    }

    pub fn knows_tenant(&self, tenant: &str) -> bool {
        self.tenants.iter().any(|t| t.eq_ignore_ascii_case(tenant))
    }

    /// The issuer configuration for `iss`, if any.
    pub fn issuer(&self, iss: &str) -> Option<&IssuerConfig> {
        self.issuers
            .iter()
            .find(|i| i.issuer.trim_end_matches('/') == iss.trim_end_matches('/'))
    }
}

fn managed_entry(m: &ManagedIdentityConfig, default_tenant: &str) -> ManagedEntry {
    ManagedEntry {
        client_id: m.client_id.clone(),
        object_id: m
            .object_id
            .clone()
            .unwrap_or_else(|| derived_object_id(&m.client_id)),
        resource_id: m.resource_id.clone(),
        tenant: m
            .tenant
            .clone()
            .unwrap_or_else(|| default_tenant.to_string()),
        system_assigned: m.system_assigned,
    }
}

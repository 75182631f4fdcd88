//! Hand-written behaviour for particular kinds, in one place, keyed by kind. Everything else is
//! generic and driven by the generated `KindInfo`.

pub mod keyvault;

use serde_json::Value;

use aso_runtime::KindInfo;

/// What is known about Azure's current state when a body is prepared. Offline planning knows
/// nothing; the operator looks things up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AzureState {
    /// Nothing is known (offline): assume the resource and its soft-deleted twin do not exist.
    #[default]
    Unknown,
}

/// Adjusts a PUT body for kinds whose ARM request is not a plain conversion of their spec.
pub fn adjust_body(info: &KindInfo, body: &mut Value, state: AzureState) {
    if let ("keyvault.azure.com", "Vault") = (info.api_group, info.kind) {
        keyvault::adjust_create_mode(body, state);
    }
}

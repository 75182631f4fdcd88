//! Names ASO users already write in their manifests: annotations, the finalizer, credential secrets.

pub const FINALIZER: &str = "serviceoperator.azure.com/finalizer";
pub const RECONCILE_POLICY: &str = "serviceoperator.azure.com/reconcile-policy";
pub const CREDENTIAL_FROM: &str = "serviceoperator.azure.com/credential-from";
pub const RESOURCE_ID: &str = "serviceoperator.azure.com/resource-id";
/// ASO's record of the last generation it reconciled successfully (ASO v2's
/// `reconcilers.LatestReconciledGeneration`): on objects ASO ran, it says Azure took that
/// generation's spec even when the Ready condition no longer does.
pub const LATEST_RECONCILED_GENERATION: &str =
    "serviceoperator.azure.com/latest-reconciled-generation";

/// The per-namespace credential Secret.
pub const NAMESPACE_CREDENTIAL_SECRET: &str = "aso-credential";
/// The global settings Secret in the operator's namespace.
pub const GLOBAL_SETTINGS_SECRET: &str = "aso-controller-settings";

/// Values of the reconcile-policy annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReconcilePolicy {
    #[default]
    Manage,
    Skip,
    DetachOnDelete,
}

impl std::str::FromStr for ReconcilePolicy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "manage" => Ok(Self::Manage),
            "skip" => Ok(Self::Skip),
            "detach-on-delete" => Ok(Self::DetachOnDelete),
            other => Err(format!(
                "{RECONCILE_POLICY} is {other:?}; expected one of manage, skip, detach-on-delete"
            )),
        }
    }
}

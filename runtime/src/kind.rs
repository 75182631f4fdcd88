//! The static description of one generated kind (one group, version and kind).
//!
//! Generated code emits one `KindInfo` per kind; the operator, `asoctl` and the ARM simulator
//! work from these descriptors alone, so one generic code path serves every kind.

use crate::shape::ObjectShape;

/// Where a resource lives in Azure, which decides how its ARM ID is built from its owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Directly under a subscription with a location (resource groups).
    Location,
    /// Under a subscription, without a resource group.
    Subscription,
    /// Under a resource group, possibly nested under parent resources.
    ResourceGroup,
    /// Attached to any other resource (`{scope}/providers/...`): role assignments and the like.
    Extension,
    /// Not under a subscription.
    Tenant,
}

/// What `spec.owner` may point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerRule {
    /// No owner (resource groups).
    None,
    /// A known kind, given as `{name}` or `{armId}`.
    Kind(KindRef),
    /// Any kind, given as `{group, kind, name}` or `{armId}` (extension resources).
    Arbitrary,
}

/// A reference to a kind by API group and kind name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KindRef {
    /// Full API group, e.g. `resources.azure.com`.
    pub group: &'static str,
    pub kind: &'static str,
}

impl KindRef {
    pub fn is_resource_group(&self) -> bool {
        self.group == "resources.azure.com" && self.kind == "ResourceGroup"
    }
}

/// How the Azure name of a resource is chosen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AzureName {
    /// A singleton child with a fixed name (`blobServices/default`); no `spec.azureName`.
    Fixed(&'static str),
    /// `spec.azureName`, defaulting to `metadata.name`.
    FromSpec(NameRule),
    /// `spec.azureName` with no default from `metadata.name`: a UUID derived from the
    /// object's identity is used when it is empty (role assignments).
    UuidFromSpec(NameRule),
}

/// Validation of an Azure name, taken from the path parameter of the PUT operation.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NameRule {
    pub pattern: Option<&'static str>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
}

/// How absent values are written into the ARM body (some resource providers treat PUT like PATCH,
/// so an absent collection must be sent as an explicit `null` to clear it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Payload {
    /// Only properties that have a value are sent.
    #[default]
    OmitEmpty,
    /// Collections (arrays and maps) of every emitted object are sent, as `null` when absent.
    ExplicitCollections,
    /// Collections are sent, as empty collections when absent.
    ExplicitEmptyCollections,
    /// Every property is sent, as `null` when absent.
    ExplicitProperties,
}

/// Where an exported value (`spec.operatorSpec.secrets.<key>` / `.configMaps.<key>`) comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportSource {
    /// A JSON path into `status`, as segments (`["primaryEndpoints", "blob"]`).
    Status(&'static [&'static str]),
    /// Retrieved from Azure by hand-written per-kind code (for example `listKeys`).
    Azure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTarget {
    Secret,
    ConfigMap,
}

/// One value a kind can export to a Secret or ConfigMap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Export {
    /// The key under `spec.operatorSpec.secrets` or `.configMaps` (`key1`, `blobEndpoint`).
    pub key: &'static str,
    pub target: ExportTarget,
    pub source: ExportSource,
}

/// Everything the runtime knows about one generated kind.
#[derive(Debug)]
pub struct KindInfo {
    /// Short group name, e.g. `storage`, `network.frontdoor`.
    pub group: &'static str,
    /// Full API group, e.g. `storage.azure.com`.
    pub api_group: &'static str,
    /// Kubernetes version, e.g. `v1api20230101`.
    pub version: &'static str,
    pub kind: &'static str,
    /// Lower-case plural used in URLs, e.g. `storageaccounts`.
    pub plural: &'static str,
    /// ARM resource type, e.g. `Microsoft.Storage/storageAccounts`.
    pub arm_type: &'static str,
    /// ARM api-version, e.g. `2023-01-01`.
    pub api_version: &'static str,
    /// The PUT path template from the spec, with fixed segments substituted, e.g.
    /// `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}`.
    pub arm_uri: &'static str,
    pub scope: Scope,
    pub owner: OwnerRule,
    pub azure_name: AzureName,
    pub payload: Payload,
    /// Maps `spec` (minus `azureName`, `owner`, `operatorSpec`) to the ARM PUT body.
    pub spec: &'static ObjectShape,
    /// Maps the ARM GET body to `status` (minus `conditions`).
    pub status: &'static ObjectShape,
    pub exports: &'static [Export],
    /// JSON Schema (subset) of the ARM PUT body, for simulators and validation. See `crate::arm_schema`.
    pub arm_schema: &'static str,
    /// Every API version ASO has for this kind (`v1api20210401`, ...), generated here or not,
    /// oldest first: the CRD keeps ASO's storage variant of each (see `crate::versions`).
    pub aso_versions: &'static [&'static str],
}

impl KindInfo {
    pub fn kind_ref(&self) -> KindRef {
        KindRef {
            group: self.api_group,
            kind: self.kind,
        }
    }

    /// `apiVersion` of manifests of this kind, e.g. `storage.azure.com/v1api20230101`.
    pub fn api_version_string(&self) -> String {
        format!("{}/{}", self.api_group, self.version)
    }

    /// The CRD name, e.g. `storageaccounts.storage.azure.com`.
    pub fn crd_name(&self) -> String {
        format!("{}.{}", self.plural, self.api_group)
    }

    /// The last literal segment of the ARM URI before the name parameter (`storageAccounts`,
    /// `AuthorizationRules`, `A` for DNS A records). ARM IDs of children use it verbatim.
    pub fn child_segment(&self) -> &'static str {
        let mut segments = self.arm_uri.rsplit('/');
        let _name = segments.next();
        segments.next().unwrap_or("")
    }

    pub fn exports(&self, target: ExportTarget) -> impl Iterator<Item = &Export> {
        self.exports.iter().filter(move |e| e.target == target)
    }
}

//! How each resource provider answers, by ARM type: the one place that says which status codes,
//! long-running operation shapes, transitional states and error wordings a type uses.
//!
//! The entries reproduce what ASO's recordings show real Azure doing (the comment on each names
//! the recording shape); types without an entry get the common ARM contract: top-level resources
//! answer PUT with 201 + `Azure-AsyncOperation` and DELETE with 202 + `Azure-AsyncOperation` and
//! `Location`, nested resources answer synchronously.

use crate::lro::{Durations, LroMode, LroSettings};

/// How long an operation runs by default (time-based progress): short, for tests. Azure takes
/// seconds to minutes; benchmarks and demos set their own (`durationMs`).
pub const DEFAULT_DURATION_MS: u64 = 100;

/// Where an operation's status monitor lives, as each provider shapes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonitorStyle {
    /// `/subscriptions/{s}/providers/{ns}/locations/{loc}/operationStatuses|operationResults/{id}`.
    Provider,
    /// Storage: `.../providers/Microsoft.Storage/locations/{loc}/asyncoperations/{id}?monitor=true`.
    StorageAsyncOperations,
    /// Resource groups: `/subscriptions/{s}/operationresults/{token}`.
    ResourceGroupJob,
    /// Service Bus / Event Hubs: `.../resourcegroups/{rg}/providers/{ns}/locations/{loc}/operationStatus/{id}`.
    ServiceBusOperationStatus,
}

/// How the 404 for a missing resource of the type is worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotFound {
    /// ARM's `ResourceNotFound` ("The Resource 'T/name' under resource group 'rg' was not found").
    Arm,
    /// A provider's own code and message; `{name}` and `{id}` are substituted.
    Provider {
        code: &'static str,
        message: &'static str,
    },
}

/// How the 404 for a nested resource whose parent is missing is worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParentNotFound {
    /// "Failed to perform '{op}' on resource(s) of type '{type}', because the parent resource '{id}' could not be found."
    Arm,
    /// Storage, below the account's services: "Can not perform requested operation on nested
    /// resource. Parent resource '{account}' not found."
    StorageNested,
    /// ARM's `ResourceNotFound` for the top-level ancestor (storage management policies).
    TopLevelNotFound,
}

/// A child that exists as soon as its parent does (`blobServices/default`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImplicitChild {
    pub segment: &'static str,
    pub name: &'static str,
    /// The body, without id/name/type.
    pub body: &'static str,
}

/// Everything type-specific about answering.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// LRO defaults for the type (overridable per test).
    pub lro: LroSettings,
    /// Status of a synchronous or provisioning-state create (201 for most, 200 for some).
    pub create_status: u16,
    /// Whether a create answers with `Location: <the resource's relative ID>` (managed identity).
    pub create_location_header: bool,
    /// Whether a synchronous create answers with only `id`, `name` and `type` (storage containers).
    pub minimal_create_body: bool,
    pub creating_state: &'static str,
    pub updating_state: &'static str,
    pub deleting_state: &'static str,
    pub monitor: MonitorStyle,
    /// Whether 201/202 answers and in-progress monitors carry `Retry-After`.
    pub retry_after_header: bool,
    /// Final status of a Location-mode DELETE monitor.
    pub delete_done_status: u16,
    /// Whether DELETE answers 200 with the deleted resource (role assignments).
    pub delete_returns_body: bool,
    pub not_found: NotFound,
    pub parent_not_found: ParentNotFound,
    /// Error code for a name that breaks the name rule.
    pub invalid_name_code: &'static str,
    /// For names unique across Azure: the 409 code and message (`{name}` substituted).
    pub globally_unique: Option<(&'static str, &'static str)>,
    /// Deleted resources go to a recoverable deleted state (key vaults).
    pub soft_delete: bool,
    /// Whether bodies carry `properties.provisioningState` when written synchronously (`None`:
    /// when the schema declares it or the resource is tracked).
    pub provisioning_state: Option<bool>,
    pub implicit_children: &'static [ImplicitChild],
}

impl Profile {
    fn top_level() -> Profile {
        Profile {
            lro: LroSettings {
                create: Some(LroMode::AsyncOperation),
                update: Some(LroMode::AsyncOperation),
                delete: Some(LroMode::AsyncOperation),
                progress: None,
                duration_ms: Some(Durations::all(DEFAULT_DURATION_MS)),
                polls: Some(1),
                min_duration_ms: Some(0),
                retry_after: Some(1),
                relative_location: Some(false),
                fail: None,
            },
            create_status: 201,
            create_location_header: false,
            minimal_create_body: false,
            creating_state: "Creating",
            updating_state: "Updating",
            deleting_state: "Deleting",
            monitor: MonitorStyle::Provider,
            retry_after_header: true,
            delete_done_status: 200,
            delete_returns_body: false,
            not_found: NotFound::Arm,
            parent_not_found: ParentNotFound::Arm,
            invalid_name_code: "InvalidResourceName",
            globally_unique: None,
            soft_delete: false,
            provisioning_state: None,
            implicit_children: &[],
        }
    }

    fn nested() -> Profile {
        let mut p = Profile::top_level();
        p.lro.create = Some(LroMode::Sync);
        p.lro.update = Some(LroMode::Sync);
        p.lro.delete = Some(LroMode::Sync);
        p.not_found = NotFound::Provider {
            code: "NotFound",
            message: "Resource '{id}' was not found.",
        };
        p
    }

    fn sync(mut self) -> Profile {
        self.lro.create = Some(LroMode::Sync);
        self.lro.update = Some(LroMode::Sync);
        self.lro.delete = Some(LroMode::Sync);
        self
    }
}

const STORAGE_SERVICES: &[ImplicitChild] = &[
    ImplicitChild {
        segment: "blobServices",
        name: "default",
        body: r#"{"properties":{"cors":{"corsRules":[]},"deleteRetentionPolicy":{"allowPermanentDelete":false,"enabled":false}}}"#,
    },
    ImplicitChild {
        segment: "fileServices",
        name: "default",
        body: r#"{"properties":{"protocolSettings":{"smb":{}},"cors":{"corsRules":[]},"shareDeleteRetentionPolicy":{"enabled":true,"days":7}}}"#,
    },
    ImplicitChild {
        segment: "queueServices",
        name: "default",
        body: r#"{"properties":{"cors":{"corsRules":[]}}}"#,
    },
    ImplicitChild {
        segment: "tableServices",
        name: "default",
        body: r#"{"properties":{"cors":{"corsRules":[]}}}"#,
    },
];

const SAS_ROOT_RULE: &[ImplicitChild] = &[ImplicitChild {
    segment: "AuthorizationRules",
    name: "RootManageSharedAccessKey",
    body: r#"{"properties":{"rights":["Listen","Manage","Send"]}}"#,
}];

/// The profile of an ARM type (any casing).
pub fn profile(arm_type: &str) -> Profile {
    let t = arm_type.to_ascii_lowercase();
    let nested = t.matches('/').count() > 1;
    let base = if nested {
        Profile::nested()
    } else {
        Profile::top_level()
    };
    match t.as_str() {
        // PUT 201/200 at once; DELETE 202 + Location `/subscriptions/{s}/operationresults/{token}`
        // + Retry-After, polled 202 ... 200.
        "microsoft.resources/resourcegroups" => Profile {
            lro: LroSettings {
                delete: Some(LroMode::Location),
                ..base.sync().lro
            },
            monitor: MonitorStyle::ResourceGroupJob,
            ..Profile::top_level()
        },
        // PUT (create) 202 + Location `.../asyncoperations/{id}?monitor=true` + Retry-After, polled
        // 202 ... 200 with the account; updates 200 at once; DELETE 200 at once.
        "microsoft.storage/storageaccounts" => Profile {
            lro: LroSettings {
                create: Some(LroMode::Location),
                update: Some(LroMode::Sync),
                delete: Some(LroMode::Sync),
                ..base.lro
            },
            monitor: MonitorStyle::StorageAsyncOperations,
            invalid_name_code: "AccountNameInvalid",
            globally_unique: Some((
                "StorageAccountAlreadyTaken",
                "The storage account named {name} is already taken.",
            )),
            implicit_children: STORAGE_SERVICES,
            ..base
        },
        // Containers and shares: 201 with only id, name and type.
        "microsoft.storage/storageaccounts/blobservices/containers" => Profile {
            minimal_create_body: true,
            not_found: NotFound::Provider {
                code: "ContainerNotFound",
                message: "The specified container does not exist.",
            },
            parent_not_found: ParentNotFound::StorageNested,
            ..base
        },
        "microsoft.storage/storageaccounts/fileservices/shares" => Profile {
            minimal_create_body: true,
            not_found: NotFound::Provider {
                code: "ShareNotFound",
                message: "The specified share does not exist.",
            },
            parent_not_found: ParentNotFound::StorageNested,
            ..base
        },
        "microsoft.storage/storageaccounts/queueservices/queues"
        | "microsoft.storage/storageaccounts/tableservices/tables" => Profile {
            create_status: 200,
            parent_not_found: ParentNotFound::StorageNested,
            ..base
        },
        // DELETE after the account is gone: 404 ResourceNotFound naming the account.
        "microsoft.storage/storageaccounts/managementpolicies" => Profile {
            create_status: 200,
            parent_not_found: ParentNotFound::TopLevelNotFound,
            ..base
        },
        t if t.starts_with("microsoft.storage/storageaccounts/") => Profile {
            create_status: 200,
            ..base
        },
        // PUT 201 at once with `Location: <relative resource ID>`; DELETE 200.
        "microsoft.managedidentity/userassignedidentities"
        | "microsoft.managedidentity/userassignedidentities/federatedidentitycredentials" => {
            Profile {
                create_location_header: true,
                // Managed identities carry no provisioningState (see the recordings).
                provisioning_state: Some(false),
                ..base.sync()
            }
        }
        // PUT 200 with provisioningState `Created`, GETs see `Created` then `Succeeded` (and
        // `Updating` on updates); DELETE 202 + Location to an operationStatus monitor, 202 ... 204.
        "microsoft.servicebus/namespaces" | "microsoft.eventhub/namespaces" => Profile {
            lro: LroSettings {
                create: Some(LroMode::ProvisioningState),
                update: Some(LroMode::ProvisioningState),
                delete: Some(LroMode::Location),
                ..base.lro
            },
            create_status: 200,
            creating_state: "Created",
            monitor: MonitorStyle::ServiceBusOperationStatus,
            retry_after_header: false,
            delete_done_status: 204,
            implicit_children: SAS_ROOT_RULE,
            ..base
        },
        "microsoft.servicebus/namespaces/topics/subscriptions" => Profile {
            create_status: 200,
            not_found: NotFound::Provider {
                code: "SubscriptionNotFound",
                message: "Subscription does not exist",
            },
            ..base
        },
        "microsoft.servicebus/namespaces/topics/subscriptions/rules" => Profile {
            create_status: 200,
            not_found: NotFound::Provider {
                code: "SubscriptionNotFound",
                message: "Rule does not exist",
            },
            ..base
        },
        t if t.starts_with("microsoft.servicebus/") || t.starts_with("microsoft.eventhub/") => {
            Profile {
                create_status: 200,
                ..base
            }
        }
        // PUT 200 with provisioningState `RegisteringDns`, GETs see it then `Succeeded`; DELETE 200
        // and the vault goes to deletedVaults.
        "microsoft.keyvault/vaults" => Profile {
            lro: LroSettings {
                create: Some(LroMode::ProvisioningState),
                update: Some(LroMode::Sync),
                delete: Some(LroMode::Sync),
                ..base.lro
            },
            create_status: 200,
            creating_state: "RegisteringDns",
            globally_unique: Some((
                "VaultAlreadyExists",
                "The vault name '{name}' is already in use. Vault names are globally unique so it is possible that the name is already taken.",
            )),
            soft_delete: true,
            ..base
        },
        t if t.starts_with("microsoft.keyvault/vaults/") => Profile {
            create_status: 200,
            ..base
        },
        // AKS: agent pools and trusted access role bindings are long-running like their cluster
        // (`x-ms-long-running-operation: true` on their PUT and DELETE in managedClusters.json,
        // 2023-10-01: 201 + Azure-AsyncOperation, DELETE 202); maintenance configurations are
        // synchronous (the nested default).
        "microsoft.containerservice/managedclusters/agentpools"
        | "microsoft.containerservice/managedclusters/trustedaccessrolebindings" => Profile {
            lro: Profile::top_level().lro,
            ..base
        },
        // PUT 201 at once; GET 404 RoleAssignmentNotFound; DELETE 200 with the assignment.
        "microsoft.authorization/roleassignments" => Profile {
            delete_returns_body: true,
            not_found: NotFound::Provider {
                code: "RoleAssignmentNotFound",
                message: "The role assignment '{name}' is not found.",
            },
            ..base.sync()
        },
        _ => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_shapes_are_the_defaults() {
        assert_eq!(
            profile("Microsoft.Storage/storageAccounts").lro.create,
            Some(LroMode::Location)
        );
        assert_eq!(
            profile("Microsoft.Resources/resourceGroups").lro.delete,
            Some(LroMode::Location)
        );
        assert!(profile("Microsoft.ManagedIdentity/userAssignedIdentities").create_location_header);
        assert_eq!(
            profile("Microsoft.KeyVault/vaults").creating_state,
            "RegisteringDns"
        );
        assert_eq!(
            profile("Microsoft.Foo/bars").lro.create,
            Some(LroMode::AsyncOperation)
        );
        assert_eq!(
            profile("Microsoft.Foo/bars/bazs").lro.create,
            Some(LroMode::Sync)
        );
        assert_eq!(
            profile("Microsoft.ContainerService/managedClusters/agentPools")
                .lro
                .delete,
            Some(LroMode::AsyncOperation)
        );
    }
}

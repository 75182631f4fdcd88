//! The workload: per index a resource group holding a storage account, its blob service, a
//! container and a user-assigned identity, written at API versions both operators serve (and
//! that are not ASO's storage versions, so ASO's conversion webhook is on the path); the update
//! of a tenth of the objects; and the ARM IDs the objects become.

use serde_json::{Value, json};

/// The namespace the objects live in.
pub const NAMESPACE: &str = "default";
pub const LOCATION: &str = "westus2";
pub const SUBSCRIPTION: &str = "00000000-0000-0000-0000-000000000000";

/// A kind of the workload and the API version it is written at.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
    pub plural: &'static str,
}

impl Kind {
    /// The namespaced collection's URL path at `version`.
    pub fn collection(&self, version: &str) -> String {
        format!(
            "/apis/{}/{version}/namespaces/{NAMESPACE}/{}",
            self.group, self.plural
        )
    }

    /// `plural.group`: the CRD's name.
    pub fn crd(&self) -> String {
        format!("{}.{}", self.plural, self.group)
    }

    /// `group/Kind`, as `--crd-pattern` names it.
    pub fn pattern(&self) -> String {
        format!("{}/{}", self.group, self.kind)
    }
}

pub const GROUP: Kind = Kind {
    group: "resources.azure.com",
    version: "v1api20200601",
    kind: "ResourceGroup",
    plural: "resourcegroups",
};
pub const ACCOUNT: Kind = Kind {
    group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccount",
    plural: "storageaccounts",
};
pub const BLOB_SERVICE: Kind = Kind {
    group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsBlobService",
    plural: "storageaccountsblobservices",
};
pub const CONTAINER: Kind = Kind {
    group: "storage.azure.com",
    version: "v1api20230101",
    kind: "StorageAccountsBlobServicesContainer",
    plural: "storageaccountsblobservicescontainers",
};
pub const IDENTITY: Kind = Kind {
    group: "managedidentity.azure.com",
    version: "v1api20230131",
    kind: "UserAssignedIdentity",
    plural: "userassignedidentities",
};

/// In creation order (owners first); deletion goes the other way.
pub const KINDS: [Kind; 5] = [GROUP, ACCOUNT, BLOB_SERVICE, CONTAINER, IDENTITY];

fn group_name(i: usize) -> String {
    format!("versus-rg-{i:05}")
}
/// Storage account names are global across Azure: 3-24 lowercase letters and digits.
fn account_name(i: usize) -> String {
    format!("versussa{i:06}")
}
fn blob_name(i: usize) -> String {
    format!("versus-blob-{i:05}")
}
fn container_name(i: usize) -> String {
    format!("versus-data-{i:05}")
}
fn identity_name(i: usize) -> String {
    format!("versus-id-{i:05}")
}

/// The Kubernetes name of object `i` of a kind.
pub fn name(kind: &Kind, i: usize) -> String {
    match kind.plural {
        "resourcegroups" => group_name(i),
        "storageaccounts" => account_name(i),
        "storageaccountsblobservices" => blob_name(i),
        "storageaccountsblobservicescontainers" => container_name(i),
        _ => identity_name(i),
    }
}

/// Object `i` of a kind, as a user writes it.
pub fn object(kind: &Kind, i: usize) -> Value {
    let spec = match kind.plural {
        "resourcegroups" => json!({"location": LOCATION}),
        "storageaccounts" => json!({"location": LOCATION, "kind": "StorageV2",
            "sku": {"name": "Standard_LRS"}, "accessTier": "Hot",
            "owner": {"name": group_name(i)}}),
        "storageaccountsblobservices" => json!({"owner": {"name": account_name(i)}}),
        "storageaccountsblobservicescontainers" => json!({"owner": {"name": blob_name(i)}}),
        _ => json!({"location": LOCATION, "owner": {"name": group_name(i)}}),
    };
    json!({
        "apiVersion": format!("{}/{}", kind.group, kind.version),
        "kind": kind.kind,
        "metadata": {"name": name(kind, i), "namespace": NAMESPACE},
        "spec": spec,
    })
}

/// Every tenth index is updated, in every kind: a tenth of the objects.
pub fn updated(i: usize) -> bool {
    i.is_multiple_of(10)
}

/// The merge patch of the update: a changed property each kind's ARM body carries.
pub fn update(kind: &Kind) -> Value {
    match kind.plural {
        "storageaccountsblobservices" => json!({"spec": {"isVersioningEnabled": true}}),
        "storageaccountsblobservicescontainers" => {
            json!({"spec": {"metadata": {"versus": "updated"}}})
        }
        _ => json!({"spec": {"tags": {"versus": "updated"}}}),
    }
}

/// The ARM ID of object `i` of a kind, lower case (ARM IDs compare without case).
pub fn arm_id(kind: &Kind, i: usize) -> String {
    let group = format!(
        "/subscriptions/{SUBSCRIPTION}/resourcegroups/{}",
        group_name(i)
    );
    let account = format!(
        "{group}/providers/microsoft.storage/storageaccounts/{}",
        account_name(i)
    );
    match kind.plural {
        "resourcegroups" => group,
        "storageaccounts" => account,
        "storageaccountsblobservices" => format!("{account}/blobservices/default"),
        "storageaccountsblobservicescontainers" => format!(
            "{account}/blobservices/default/containers/{}",
            container_name(i)
        ),
        _ => format!(
            "{group}/providers/microsoft.managedidentity/userassignedidentities/{}",
            identity_name(i)
        ),
    }
    .to_lowercase()
}

/// Whether an object is Ready for its current generation.
pub fn ready_at_generation(object: &Value) -> bool {
    let generation = object["metadata"]["generation"].as_i64().unwrap_or(0);
    object["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| {
            c["type"] == "Ready"
                && c["status"] == "True"
                && c["observedGeneration"].as_i64().unwrap_or(generation) >= generation
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_point_at_their_owners_and_ids_nest() {
        let i = 7;
        assert_eq!(
            object(&ACCOUNT, i)["spec"]["owner"]["name"],
            name(&GROUP, i)
        );
        assert_eq!(
            object(&CONTAINER, i)["spec"]["owner"]["name"],
            name(&BLOB_SERVICE, i)
        );
        assert!(arm_id(&CONTAINER, i).starts_with(&arm_id(&BLOB_SERVICE, i)));
        assert!(arm_id(&IDENTITY, i).starts_with(&arm_id(&GROUP, i)));
        assert_eq!(KINDS.iter().filter(|_| updated(i)).count(), 0);
        assert_eq!((0..100).filter(|&i| updated(i)).count(), 10);
    }

    #[test]
    fn ready_only_at_the_current_generation() {
        let at = |observed: i64| {
            json!({"metadata": {"generation": 2}, "status": {"conditions": [
                {"type": "Ready", "status": "True", "observedGeneration": observed}]}})
        };
        assert!(ready_at_generation(&at(2)));
        assert!(!ready_at_generation(&at(1)));
        assert!(!ready_at_generation(
            &json!({"metadata": {"generation": 1}})
        ));
    }
}

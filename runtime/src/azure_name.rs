//! The Azure name of a resource: fixed, `spec.azureName`, `metadata.name`, or a stable UUID.

use serde_json::Value;
use uuid::Uuid;

use crate::kind::{AzureName, KindInfo};

/// The namespace ASO uses for its version 5 UUIDs; names it generated must stay the same.
const ASO_UUID_NAMESPACE: Uuid = Uuid::from_u128(0x9a329043_7ad7_4b1c_812f_9c7a93d6392a);

/// The owner as it appears in `spec.owner`, for kinds whose Azure name is a generated UUID.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnerIdentity<'a> {
    pub group: &'a str,
    pub kind: &'a str,
    pub name: &'a str,
}

/// The Azure name of an object of `info`'s kind.
///
/// For kinds whose names are UUIDs (role assignments) and no `azureName` given, the name is a
/// version 5 UUID of the object's identity, computed exactly as ASO does, so that an object
/// moved from ASO keeps addressing the same Azure resource.
pub fn azure_name(
    info: &KindInfo,
    namespace: &str,
    metadata_name: &str,
    spec: &Value,
    owner: &OwnerIdentity,
) -> String {
    let given = spec
        .get("azureName")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty());
    match info.azure_name {
        AzureName::Fixed(name) => name.to_string(),
        AzureName::FromSpec(_) => given.unwrap_or(metadata_name).to_string(),
        AzureName::UuidFromSpec(_) => match given {
            Some(name) => name.to_string(),
            None if Uuid::parse_str(metadata_name).is_ok() => metadata_name.to_string(),
            None => {
                let unique = format!(
                    "{}/{}:{namespace}/{}:{}/{}:{namespace}/{metadata_name}",
                    owner.group, owner.kind, owner.name, info.kind, info.api_group
                );
                Uuid::new_v5(&ASO_UUID_NAMESPACE, unique.as_bytes()).to_string()
            }
        },
    }
}

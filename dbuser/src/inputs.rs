//! Where the values a spec refers to come from: the operator reads Secrets and ConfigMaps from
//! its cache; tests pass maps.

use std::collections::BTreeMap;

use crate::api::{ConfigMapReference, SecretReference};
use crate::{Error, ErrorClass, Secret};

/// The Secret and ConfigMap values of the object's namespace.
pub trait Inputs {
    /// The value of `reference`, or `None` when the Secret or the key is missing.
    fn secret_value(&self, reference: &SecretReference) -> Option<Secret>;

    /// The value of `reference`, or `None` when the ConfigMap or the key is missing.
    fn config_value(&self, reference: &ConfigMapReference) -> Option<String>;

    /// The value of the Secret key at spec field `field`, or a `SecretNotFound` error naming both.
    fn secret(&self, field: &str, reference: &SecretReference) -> Result<Secret, Error> {
        self.secret_value(reference).ok_or_else(|| {
            Error::new(
                ErrorClass::SecretNotFound,
                format!(
                    "{field}: Secret {:?} has no key {:?} (or does not exist)",
                    reference.name, reference.key
                ),
            )
        })
    }

    /// The value of the ConfigMap key at spec field `field`.
    fn config(&self, field: &str, reference: &ConfigMapReference) -> Result<String, Error> {
        self.config_value(reference).ok_or_else(|| {
            Error::new(
                ErrorClass::SecretNotFound,
                format!(
                    "{field}: ConfigMap {:?} has no key {:?} (or does not exist)",
                    reference.name, reference.key
                ),
            )
        })
    }
}

/// Inputs from maps keyed by `(name, key)`: for tests and tools.
#[derive(Default)]
pub struct MapInputs {
    pub secrets: BTreeMap<(String, String), String>,
    pub config_maps: BTreeMap<(String, String), String>,
}

impl Inputs for MapInputs {
    fn secret_value(&self, r: &SecretReference) -> Option<Secret> {
        self.secrets
            .get(&(r.name.clone(), r.key.clone()))
            .map(Secret::new)
    }

    fn config_value(&self, r: &ConfigMapReference) -> Option<String> {
        self.config_maps
            .get(&(r.name.clone(), r.key.clone()))
            .cloned()
    }
}

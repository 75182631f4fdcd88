//! The trait every generated kind implements, tying its Rust type to its [`KindInfo`].

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::kind::KindInfo;
use crate::to_arm::{self, ConvertError, Resolver};

/// A generated Azure resource kind.
pub trait AzureResource: kube_core::Resource<DynamicType = ()> + Serialize + DeserializeOwned + Clone {
    /// The descriptor of this kind.
    fn info() -> &'static KindInfo;

    /// The spec as JSON, the form the generic passes work on.
    fn spec_json(&self) -> Value;

    /// The ARM PUT body for this object, with values resolved by `resolver`.
    fn arm_body(&self, azure_name: &str, resolver: &dyn Resolver) -> Result<Value, ConvertError> {
        to_arm::arm_body(Self::info(), &self.spec_json(), azure_name, resolver)
    }
}

//! The trait every generated kind implements, tying its Rust type to its [`KindInfo`], and the
//! macro generated code uses to declare a kind's resource type.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::kind::KindInfo;
use crate::to_arm::{self, ConvertError, Resolver};

/// A generated Azure resource kind.
pub trait AzureResource:
    kube_core::Resource<DynamicType = ()> + Serialize + DeserializeOwned + Clone
{
    /// The descriptor of this kind.
    fn info() -> &'static KindInfo;

    /// The spec as JSON, the form the generic passes work on.
    fn spec_json(&self) -> Value;

    /// The ARM PUT body for this object, with values resolved by `resolver`.
    fn arm_body(&self, azure_name: &str, resolver: &dyn Resolver) -> Result<Value, ConvertError> {
        to_arm::arm_body(Self::info(), &self.spec_json(), azure_name, resolver)
    }
}

/// What the [`azure_resource!`] macro needs, reachable from generated code through this crate.
#[doc(hidden)]
pub mod macro_support {
    pub use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
    pub use kube_core::{NamespaceResourceScope, Resource};
    pub use serde;
    pub use serde_json;
    pub use std::borrow::Cow;
}

/// Declares the resource type of a generated kind: `metadata`, `spec`, `status`, serialised with
/// `apiVersion` and `kind`, implementing `kube::Resource` and [`AzureResource`] from its
/// [`KindInfo`]. The calling crate must depend on `serde`.
#[macro_export]
macro_rules! azure_resource {
    ($(#[$meta:meta])* $name:ident, $spec:ty, $status:ty, $info:path) => {
        $(#[$meta])*
        // The deriving crate needs `serde` as a dependency, as generated crates have.
        #[derive(Clone, Debug, ::serde::Deserialize)]
        pub struct $name {
            pub metadata: $crate::resource::macro_support::ObjectMeta,
            pub spec: $spec,
            #[serde(default)]
            pub status: ::core::option::Option<$status>,
        }

        impl $crate::resource::macro_support::serde::Serialize for $name {
            fn serialize<S: $crate::resource::macro_support::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                use $crate::resource::macro_support::serde::ser::SerializeStruct;
                let info: &$crate::KindInfo = &$info;
                let mut s = serializer.serialize_struct(stringify!($name), 5)?;
                s.serialize_field("apiVersion", &info.api_version_string())?;
                s.serialize_field("kind", info.kind)?;
                s.serialize_field("metadata", &self.metadata)?;
                s.serialize_field("spec", &self.spec)?;
                if let Some(status) = &self.status {
                    s.serialize_field("status", status)?;
                }
                s.end()
            }
        }

        impl $crate::resource::macro_support::Resource for $name {
            type DynamicType = ();
            type Scope = $crate::resource::macro_support::NamespaceResourceScope;

            fn kind(_: &()) -> $crate::resource::macro_support::Cow<'_, str> {
                $info.kind.into()
            }
            fn group(_: &()) -> $crate::resource::macro_support::Cow<'_, str> {
                $info.api_group.into()
            }
            fn version(_: &()) -> $crate::resource::macro_support::Cow<'_, str> {
                $info.version.into()
            }
            fn plural(_: &()) -> $crate::resource::macro_support::Cow<'_, str> {
                $info.plural.into()
            }
            fn meta(&self) -> &$crate::resource::macro_support::ObjectMeta {
                &self.metadata
            }
            fn meta_mut(&mut self) -> &mut $crate::resource::macro_support::ObjectMeta {
                &mut self.metadata
            }
        }

        impl $crate::AzureResource for $name {
            fn info() -> &'static $crate::KindInfo {
                &$info
            }
            fn spec_json(&self) -> $crate::resource::macro_support::serde_json::Value {
                $crate::resource::macro_support::serde_json::to_value(&self.spec)
                    .expect("generated specs always serialise")
            }
        }
    };
}

//! The trait every generated kind implements, tying its Rust type to its [`KindInfo`], and the
//! macro the typed-API crate (`aso-api`) implements it and kube's traits with.
//!
//! The resource types mirror what kube's `#[derive(CustomResource)]` produces (`metadata`,
//! `spec`, `status`; `apiVersion` and `kind` written on serialisation; `kube::Resource` with
//! `DynamicType = ()`; `HasSpec`, `HasStatus`; `new(name, spec)`), so everything kube offers for
//! such types (`Api<T>`, `ListParams`, watches, `Patch::Apply`) works with ours.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::condition::{self, Condition, ConditionStatus};
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

    /// The conditions the operator wrote in `status`; empty before its first reconcile.
    fn conditions(&self) -> &[Condition];

    /// The `Ready` condition, if the operator wrote one.
    fn ready_condition(&self) -> Option<&Condition> {
        self.conditions()
            .iter()
            .find(|c| c.type_ == condition::READY)
    }

    /// Whether Azure matches the current spec: `Ready` is `True` for this generation.
    fn is_ready(&self) -> bool {
        self.ready_condition().is_some_and(|c| {
            c.status == ConditionStatus::True
                && c.observed_generation.is_some()
                && c.observed_generation == self.meta().generation
        })
    }

    /// The ARM PUT body for this object, with values resolved by `resolver`.
    fn arm_body(&self, azure_name: &str, resolver: &dyn Resolver) -> Result<Value, ConvertError> {
        to_arm::arm_body(Self::info(), &self.spec_json(), azure_name, resolver)
    }
}

/// What the [`impl_azure_resource!`] macro needs, reachable from generated code through this
/// crate.
#[doc(hidden)]
pub mod macro_support {
    pub use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
    pub use kube_core::object::{HasSpec, HasStatus};
    pub use kube_core::{NamespaceResourceScope, Resource};
    pub use serde;
    pub use serde_json;
    pub use std::borrow::Cow;

    pub use crate::condition::Condition;
}

/// Implements, for the resource type of a generated kind, what kube's `CustomResource` derive
/// would: `new`, serialisation with `apiVersion` and `kind` from its [`KindInfo`],
/// `kube::Resource`, `HasSpec`, `HasStatus`; and [`AzureResource`]. The type is a struct with
/// `metadata: ObjectMeta`, `spec: $spec` and `status: Option<$status>` that derives
/// `Deserialize`, `Clone` and `Debug` itself (so its fields and docs read in the source), and
/// `$status` has a `conditions: Option<Vec<Condition>>` field, as every generated status has.
#[macro_export]
macro_rules! impl_azure_resource {
    ($name:ident, $spec:ty, $status:ty, $info:path) => {
        impl $name {
            /// A new object named `name` with `spec`, no namespace (`Api::namespaced` sets it)
            /// and no status.
            pub fn new(name: &str, spec: $spec) -> Self {
                Self {
                    metadata: $crate::resource::macro_support::ObjectMeta {
                        name: ::core::option::Option::Some(name.into()),
                        ..::core::default::Default::default()
                    },
                    spec,
                    status: ::core::option::Option::None,
                }
            }
        }

        impl $crate::resource::macro_support::serde::Serialize for $name {
            fn serialize<S: $crate::resource::macro_support::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                use $crate::resource::macro_support::serde::ser::SerializeStruct;
                let info: &$crate::KindInfo = &$info;
                let fields = 4 + usize::from(self.status.is_some());
                let mut s = serializer.serialize_struct(stringify!($name), fields)?;
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

        impl $crate::resource::macro_support::HasSpec for $name {
            type Spec = $spec;
            fn spec(&self) -> &$spec {
                &self.spec
            }
            fn spec_mut(&mut self) -> &mut $spec {
                &mut self.spec
            }
        }

        impl $crate::resource::macro_support::HasStatus for $name {
            type Status = $status;
            fn status(&self) -> ::core::option::Option<&$status> {
                self.status.as_ref()
            }
            fn status_mut(&mut self) -> &mut ::core::option::Option<$status> {
                &mut self.status
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
            fn conditions(&self) -> &[$crate::resource::macro_support::Condition] {
                self.status
                    .as_ref()
                    .and_then(|s| s.conditions.as_deref())
                    .unwrap_or(&[])
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use kube_core::Resource;
    use kube_core::object::{HasSpec, HasStatus};
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    use super::AzureResource;
    use crate::condition::{Condition, ConditionStatus};
    use crate::reference::KnownResourceReference;
    use crate::shape::ObjectShape;
    use crate::{AzureName, KindInfo, KindRef, NameRule, OwnerRule, Payload, Scope};

    static EMPTY: ObjectShape = ObjectShape { props: &[] };
    static WIDGET: KindInfo = KindInfo {
        group: "test",
        api_group: "test.azure.com",
        version: "v1api20240101",
        kind: "Widget",
        plural: "widgets",
        arm_type: "Microsoft.Test/widgets",
        api_version: "2024-01-01",
        arm_uri: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Test/widgets/{widgetName}",
        scope: Scope::ResourceGroup,
        owner: OwnerRule::Kind(KindRef {
            group: "resources.azure.com",
            kind: "ResourceGroup",
        }),
        azure_name: AzureName::FromSpec(NameRule {
            pattern: None,
            min_length: None,
            max_length: None,
        }),
        payload: Payload::OmitEmpty,
        spec: &EMPTY,
        status: &EMPTY,
        exports: &[],
        arm_schema: "{}",
        aso_versions: &["v1api20240101"],
    };

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WidgetSpec {
        owner: KnownResourceReference,
        location: String,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WidgetStatus {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        conditions: Option<Vec<Condition>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
    }

    /// A widget.
    #[derive(Clone, Debug, PartialEq, Deserialize)]
    pub struct Widget {
        metadata: kube_core::ObjectMeta,
        spec: WidgetSpec,
        #[serde(default)]
        status: Option<WidgetStatus>,
    }

    crate::impl_azure_resource!(Widget, WidgetSpec, WidgetStatus, WIDGET);

    fn widget() -> Widget {
        Widget::new(
            "w1",
            WidgetSpec {
                owner: KnownResourceReference {
                    name: Some("rg".into()),
                    arm_id: None,
                },
                location: "westus2".into(),
            },
        )
    }

    fn ready(status: ConditionStatus, observed: Option<i64>) -> Condition {
        Condition {
            type_: "Ready".into(),
            status,
            severity: None,
            reason: None,
            message: None,
            observed_generation: observed,
            last_transition_time: "2024-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn kube_sees_the_kind_of_its_kind_info() {
        assert_eq!(Widget::kind(&()), "Widget");
        assert_eq!(Widget::group(&()), "test.azure.com");
        assert_eq!(Widget::version(&()), "v1api20240101");
        assert_eq!(Widget::api_version(&()), "test.azure.com/v1api20240101");
        assert_eq!(
            Widget::url_path(&(), Some("ns")),
            "/apis/test.azure.com/v1api20240101/namespaces/ns/widgets"
        );
        assert!(std::ptr::eq(Widget::info(), &WIDGET));
    }

    #[test]
    fn serialises_as_a_manifest_and_reads_back() {
        let mut object = widget();
        assert_eq!(
            serde_json::to_value(&object).unwrap(),
            json!({
                "apiVersion": "test.azure.com/v1api20240101",
                "kind": "Widget",
                "metadata": {"name": "w1"},
                "spec": {"owner": {"name": "rg"}, "location": "westus2"}
            }),
            "no status until there is one"
        );
        object.status = Some(WidgetStatus {
            conditions: None,
            id: Some(
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Test/widgets/w1".into(),
            ),
        });
        let text = serde_json::to_string(&object).unwrap();
        assert!(text.starts_with(r#"{"apiVersion":"#), "{text}");
        let back: Widget = serde_json::from_str(&text).unwrap();
        assert_eq!(back, object);
        assert_eq!(back.spec(), &object.spec);
        assert_eq!(back.status(), object.status.as_ref());
        assert_eq!(
            object.spec_json(),
            json!({"owner": {"name": "rg"}, "location": "westus2"})
        );
    }

    #[test]
    fn an_object_without_status_reads() {
        let object: Widget = serde_json::from_value(json!({
            "apiVersion": "test.azure.com/v1api20240101",
            "kind": "Widget",
            "metadata": {"name": "w1", "namespace": "ns"},
            "spec": {"owner": {"armId": "/subscriptions/s/resourceGroups/rg"}, "location": "westus2"}
        }))
        .unwrap();
        assert_eq!(object.status, None);
        assert!(object.conditions().is_empty());
        assert!(!object.is_ready());
    }

    #[test]
    fn ready_means_true_for_the_current_generation() {
        let mut object = widget();
        object.metadata.generation = Some(2);
        let mut with = |condition: Condition| {
            object.status_mut().get_or_insert_default().conditions = Some(vec![condition]);
            (object.ready_condition().cloned(), object.is_ready())
        };
        assert!(with(ready(ConditionStatus::True, Some(2))).1);
        assert!(!with(ready(ConditionStatus::True, Some(1))).1, "stale");
        assert!(!with(ready(ConditionStatus::False, Some(2))).1);
        assert!(!with(ready(ConditionStatus::True, None)).1);
        let (condition, _) = with(ready(ConditionStatus::Unknown, Some(2)));
        assert_eq!(condition.unwrap().status, ConditionStatus::Unknown);
    }
}

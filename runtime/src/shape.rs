//! How a Kubernetes-side object maps to its ARM JSON, property by property.
//!
//! The code generator emits these tables; `to_arm` and `from_arm` walk them. Keeping the mapping as
//! data (instead of a conversion function per generated type) keeps the generated crate small and
//! gives every kind the same, tested conversion code.

/// An object type: its properties and where each one goes in ARM JSON.
#[derive(Debug)]
pub struct ObjectShape {
    pub props: &'static [Prop],
}

/// One property of an object.
#[derive(Debug)]
pub struct Prop {
    /// Name on the Kubernetes side (`accessTier`, `userAssignedIdentityReference`, `tenantIdFromConfig`).
    pub name: &'static str,
    /// Path on the ARM side, relative to the object. More than one segment where the generator
    /// flattened an `x-ms-client-flatten` property (`["properties", "accessTier"]`).
    pub arm: &'static [&'static str],
    pub shape: Shape,
    /// The property's own payload rule (ASO's `$payloadType` on a property: AKS's `tags` sent as
    /// `{}` when absent, in a group whose rule sends `null`); `None`: the kind's rule.
    pub payload: Option<crate::Payload>,
}

/// What a value is and how it converts.
#[derive(Debug)]
pub enum Shape {
    /// Copied as is: scalars, enums, free-form JSON.
    Value,
    Object(&'static ObjectShape),
    Array(&'static Shape),
    /// A JSON object with arbitrary keys.
    Map(&'static Shape),
    /// `{armId}` or `{group, kind, name}` on the Kubernetes side; an ARM ID string in ARM.
    Reference,
    /// `{name, key}` of a Secret; the secret's value in ARM.
    Secret,
    /// `{name}` of a Secret; in ARM a string map holding every key and value of the Secret.
    SecretMap,
    /// `{name, key}` of a ConfigMap; the value in ARM (the `xxxFromConfig` twin of `xxx`).
    ConfigValue,
    /// A list of objects each holding a `reference` on the Kubernetes side; in ARM a map keyed by
    /// the referenced ARM ID whose values are the objects without `reference`
    /// (`identity.userAssignedIdentities`).
    ReferenceKeyedMap(&'static ObjectShape),
    /// A polymorphic type: one optional property per option on the Kubernetes side, exactly one set;
    /// in ARM the chosen option's object, discriminator included.
    OneOf(&'static OneOf),
}

/// The options of a polymorphic type.
#[derive(Debug)]
pub struct OneOf {
    /// The ARM discriminator property (`odata.type`, `name`, `filterType`, ...).
    pub discriminator: &'static str,
    pub options: &'static [OneOfOption],
}

#[derive(Debug)]
pub struct OneOfOption {
    /// Property name on the Kubernetes side.
    pub name: &'static str,
    /// Discriminator value in ARM.
    pub value: &'static str,
    pub shape: &'static ObjectShape,
}

impl Shape {
    /// Arrays and maps: what `Payload::ExplicitCollections` sends as `null` when absent.
    pub fn is_collection(&self) -> bool {
        matches!(
            self,
            Shape::Array(_) | Shape::Map(_) | Shape::SecretMap | Shape::ReferenceKeyedMap(_)
        )
    }
}

impl ObjectShape {
    pub const EMPTY: ObjectShape = ObjectShape { props: &[] };

    pub fn prop(&self, name: &str) -> Option<&Prop> {
        self.props.iter().find(|p| p.name == name)
    }
}

//! The runtime shared by generated code, the operator, `asoctl` and the simulators.
//!
//! Generated kinds are described by data ([`KindInfo`], [`shape`]) and converted by generic
//! passes ([`to_arm`], [`from_arm`]): one tested code path for every kind. Where a resource lives
//! in Azure (owner, Azure name, ARM ID) is worked out once, by [`resolve`], with every name
//! checked by [`names`] before it can reach a URL.

pub mod annotations;
pub mod arm_id;
pub mod arm_schema;
pub mod azure_name;
pub mod condition;
pub mod from_arm;
#[cfg(feature = "hostile-names")]
pub mod hostile;
pub mod kind;
pub mod location;
pub mod names;
pub mod reference;
pub mod resolve;
pub mod resource;
pub mod shape;
pub mod to_arm;
pub mod versions;

pub use kind::{
    AzureName, Export, ExportSource, ExportTarget, KindInfo, KindRef, NameRule, OwnerRule, Payload,
    Scope,
};
pub use resource::AzureResource;
pub use shape::{ObjectShape, OneOf, OneOfOption, Prop, Shape};

//! CRD schema handling as the Kubernetes API server does it, shared by the API server simulator,
//! `asoctl` and the tests (the code generator's tests check ASO
//! samples against generated CRDs with it):
//!
//! - [`Schema`]: a compiled `openAPIV3Schema` (regexes and CEL rules compiled once);
//! - [`validate`]: OpenAPI value validation with the server's messages;
//! - [`validate_rules`]: CEL `x-kubernetes-validations`, with `oldSelf` for transition rules;
//! - [`prune`]: removal of undeclared fields, returning their paths;
//! - [`apply_defaults`]: structural defaulting;
//! - [`check_structural`]: the structural-schema rules apiextensions.k8s.io/v1 enforces.
//!
//! ```
//! use aso_schema::{Schema, validate, prune};
//! use serde_json::json;
//! let schema = Schema::from_json(&json!({"type": "object", "properties": {
//!     "spec": {"type": "object", "required": ["location"], "properties": {"location": {"type": "string"}}}}})).unwrap();
//! let errors = validate(&schema, &json!({"spec": {}}));
//! assert_eq!(errors[0].to_string(), "spec.location: Required value");
//! let mut obj = json!({"spec": {"location": "x", "extra": 1}});
//! assert_eq!(prune(&schema, &mut obj), vec!["spec.extra"]);
//! ```

pub mod cel;
pub mod convert;
mod defaults;
pub mod field;
mod model;
mod prune;
mod structural;
pub mod validate;

pub use self::cel::{Env as CelEnv, Rule, has_rules, validate_rules};
pub use defaults::{apply_defaults, prune_non_nullable_nulls};
pub use model::{AdditionalProperties, Pattern, Schema};
pub use prune::prune;
pub use structural::check_structural;
pub use validate::{validate, validate_at};

use field::FieldError;
use serde_json::Value;

/// Everything the server does to a custom resource body before storing it, in its order:
/// nulls the schema does not allow dropped, defaults, pruning, OpenAPI validation, then CEL rules (only when the rest passed, so rules
/// never see values of the wrong type). Returns the pruned paths and the errors.
pub fn admit(
    schema: &Schema,
    value: &mut Value,
    old: Option<&Value>,
) -> (Vec<String>, Vec<FieldError>) {
    prune_non_nullable_nulls(schema, value);
    apply_defaults(schema, value);
    let pruned = prune(schema, value);
    let mut errors = validate(schema, value);
    if errors.is_empty() && has_rules(schema) {
        errors = validate_rules(schema, value, old);
    }
    (pruned, errors)
}

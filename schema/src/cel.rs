//! CEL `x-kubernetes-validations`: compiled once per schema node, evaluated with `self` (and
//! `oldSelf` on updates, for transition rules) bound to the value at that node.

use super::model::Schema;
use crate::field::{ErrorType, FieldError, Path};
use cel::common::types::{
    CelBool, CelDouble, CelInt, CelList, CelMap as CelMapVal, CelMapKey, CelNull, CelString,
    CelUInt,
};
use cel::common::value::Val;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

/// The CEL environment rules compile and run in: the standard library plus the strings, lists
/// and math extensions that Kubernetes also offers.
#[derive(Clone)]
pub struct Env(Arc<cel::Env>);

impl Env {
    pub fn new() -> Self {
        let mut env = cel::Env::stdlib();
        // These only fail on duplicate declarations, which a fresh stdlib env cannot have.
        let _ = env.add_extension(cel::extensions::strings);
        let _ = env.add_extension(cel::extensions::lists);
        let _ = env.add_extension(cel::extensions::math);
        Env(Arc::new(env))
    }
}

impl Default for Env {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("cel::Env")
    }
}

/// One `x-kubernetes-validations` entry.
#[derive(Clone)]
pub struct Rule {
    pub rule: String,
    program: Arc<cel::Program>,
    pub message: Option<String>,
    message_expression: Option<Arc<cel::Program>>,
    pub field_path: Option<String>,
    pub reason: Option<String>,
    /// The rule reads `oldSelf`, so it only runs on updates (unless `optionalOldSelf`).
    pub transition: bool,
    pub optional_old_self: bool,
    /// The first-level fields of `self`/`oldSelf` the rule reads, or `None` when it uses the
    /// value as a whole; only those are converted to CEL values (objects can be large).
    fields: Option<Vec<String>>,
    env: Env,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule")
            .field("rule", &self.rule)
            .field("transition", &self.transition)
            .finish()
    }
}

impl Rule {
    pub fn compile(raw: &Value, path: &Path, env: &Env) -> Result<Rule, Vec<FieldError>> {
        let Some(rule) = raw.get("rule").and_then(Value::as_str) else {
            return Err(vec![FieldError::required(path.child("rule").as_str(), "")]);
        };
        let program = env.0.compile(rule).map_err(|e| {
            vec![FieldError::invalid(
                path.child("rule").as_str(),
                Value::String(rule.into()),
                format!("compilation failed: {e}"),
            )]
        })?;
        let message_expression = match raw.get("messageExpression").and_then(Value::as_str) {
            Some(m) => Some(Arc::new(env.0.compile(m).map_err(|e| {
                vec![FieldError::invalid(
                    path.child("messageExpression").as_str(),
                    Value::String(m.into()),
                    format!("compilation failed: {e}"),
                )]
            })?)),
            None => None,
        };
        let reason = raw.get("reason").and_then(Value::as_str).map(String::from);
        if let Some(r) = &reason
            && !matches!(
                r.as_str(),
                "FieldValueInvalid"
                    | "FieldValueForbidden"
                    | "FieldValueRequired"
                    | "FieldValueDuplicate"
            )
        {
            return Err(vec![FieldError::not_supported(
                path.child("reason").as_str(),
                Value::String(r.clone()),
                &[
                    Value::from("FieldValueDuplicate"),
                    Value::from("FieldValueForbidden"),
                    Value::from("FieldValueInvalid"),
                    Value::from("FieldValueRequired"),
                ],
            )]);
        }
        let transition = program.references().has_variable("oldSelf");
        let mut fields = std::collections::BTreeSet::new();
        let whole = reads_whole(program.expression(), &mut fields);
        let fields = (!whole).then(|| fields.into_iter().collect());
        Ok(Rule {
            rule: rule.to_string(),
            program: Arc::new(program),
            message: raw.get("message").and_then(Value::as_str).map(String::from),
            message_expression,
            field_path: raw
                .get("fieldPath")
                .and_then(Value::as_str)
                .map(String::from),
            reason,
            transition,
            optional_old_self: raw
                .get("optionalOldSelf")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            fields,
            env: env.clone(),
        })
    }
}

/// Evaluates every CEL rule in `schema` against `value`; `old` is the stored object on updates.
pub fn validate_rules(schema: &Schema, value: &Value, old: Option<&Value>) -> Vec<FieldError> {
    let mut errors = Vec::new();
    walk(schema, value, old, &mut Path::root(), &mut errors);
    errors
}

/// Whether any node of `schema` carries CEL rules (so callers can skip the walk).
pub fn has_rules(schema: &Schema) -> bool {
    schema.subtree_rules
}

fn walk(
    schema: &Schema,
    value: &Value,
    old: Option<&Value>,
    path: &mut Path,
    errors: &mut Vec<FieldError>,
) {
    if value.is_null() {
        return;
    }
    if !schema.rules.is_empty() {
        let wanted = wanted_fields(&schema.rules);
        let mut ctx = cel::Context::with_env(schema.rules[0].env.0.clone());
        ctx.add_variable_as_val("self", to_val_fields(value, schema, wanted.as_deref()));
        match old {
            Some(o) => {
                ctx.add_variable_as_val("oldSelf", to_val_fields(o, schema, wanted.as_deref()))
            }
            None => ctx.add_variable_as_val("oldSelf", Box::new(CelNull)),
        }
        for rule in &schema.rules {
            if rule.transition && old.is_none() && !rule.optional_old_self {
                continue;
            }
            let outcome = rule.program.execute(&ctx);
            let message = match outcome {
                Ok(cel::Value::Bool(true)) => continue,
                Ok(cel::Value::Bool(false)) => failure_message(rule, &ctx),
                Ok(other) => format!("rule evaluated to {other:?}, want bool: {}", rule.rule),
                Err(e) => format!("{e} evaluating rule: {}", rule.rule),
            };
            let at = match &rule.field_path {
                Some(fp) => Path::new(format!("{}{}", path.as_str(), fp)),
                None => path.clone(),
            };
            let at = at.as_str().trim_start_matches('.').to_string();
            let kind = match rule.reason.as_deref() {
                Some("FieldValueForbidden") => ErrorType::Forbidden,
                Some("FieldValueRequired") => ErrorType::Required,
                Some("FieldValueDuplicate") => ErrorType::Duplicate,
                _ => ErrorType::Invalid,
            };
            let bad = match kind {
                ErrorType::Invalid | ErrorType::Duplicate => {
                    Some(Value::String(crate::validate::json_type(value).into()))
                }
                _ => None,
            };
            errors.push(FieldError::new(kind, at, bad, message));
        }
    }
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let (child, len) = match schema.properties.get(k) {
                    Some(c) if c.subtree_rules => (c, path.push_field(k)),
                    Some(_) => continue,
                    None => match schema.additional() {
                        Some(c) if c.subtree_rules => (c, path.push_key(k)),
                        _ => continue,
                    },
                };
                walk(child, v, old.and_then(|o| o.get(k)), path, errors);
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            let Some(item_schema) = schema.items.as_deref().filter(|s| s.subtree_rules) else {
                return;
            };
            let keys = schema.map_list_keys();
            let old_items = old.and_then(Value::as_array);
            for (i, v) in items.iter().enumerate() {
                // Only keyed lists correlate items with the old object; atomic lists do not.
                let prev = match (keys, old_items) {
                    (Some(keys), Some(olds)) => olds
                        .iter()
                        .find(|o| keys.iter().all(|k| o.get(k) == v.get(k))),
                    _ => None,
                };
                let len = path.push_index(i);
                walk(item_schema, v, prev, path, errors);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

fn failure_message(rule: &Rule, ctx: &cel::Context) -> String {
    if let Some(expr) = &rule.message_expression
        && let Ok(cel::Value::String(s)) = expr.execute(ctx)
        && !s.trim().is_empty()
    {
        return s.to_string();
    }
    match &rule.message {
        Some(m) if !m.is_empty() => m.clone(),
        _ => format!("failed rule: {}", rule.rule),
    }
}

/// Whether the expression uses `self`/`oldSelf` other than by selecting a field of it; the
/// selected fields are collected in `fields`.
fn reads_whole(e: &cel::IdedExpr, fields: &mut std::collections::BTreeSet<String>) -> bool {
    use cel::common::ast::{EntryExpr, Expr};
    let is_self =
        |e: &cel::IdedExpr| matches!(&e.expr, Expr::Ident(n) if n == "self" || n == "oldSelf");
    match &e.expr {
        Expr::Ident(n) => n == "self" || n == "oldSelf",
        Expr::Select(sel) if is_self(&sel.operand) => {
            fields.insert(sel.field.clone());
            false
        }
        Expr::Select(sel) => reads_whole(&sel.operand, fields),
        Expr::Call(c) => {
            let mut whole = c.target.as_deref().is_some_and(|t| reads_whole(t, fields));
            for a in &c.args {
                whole |= reads_whole(a, fields);
            }
            whole
        }
        Expr::Comprehension(c) => [
            &c.iter_range,
            &c.accu_init,
            &c.loop_cond,
            &c.loop_step,
            &c.result,
        ]
        .into_iter()
        .any(|x| reads_whole(x, fields)),
        Expr::List(l) => l.elements.iter().any(|x| reads_whole(x, fields)),
        Expr::Map(m) => m.entries.iter().fold(false, |w, x| match &x.expr {
            EntryExpr::MapEntry(me) => {
                reads_whole(&me.key, fields) | reads_whole(&me.value, fields) || w
            }
            EntryExpr::StructField(sf) => reads_whole(&sf.value, fields) || w,
        }),
        Expr::Struct(st) => st.entries.iter().fold(false, |w, x| match &x.expr {
            EntryExpr::MapEntry(me) => {
                reads_whole(&me.key, fields) | reads_whole(&me.value, fields) || w
            }
            EntryExpr::StructField(sf) => reads_whole(&sf.value, fields) || w,
        }),
        Expr::Literal(_) | Expr::Unspecified => false,
    }
}

/// The union of the fields the rules at one node read, `None` if any reads the whole value.
fn wanted_fields(rules: &[Rule]) -> Option<Vec<String>> {
    let mut all = std::collections::BTreeSet::new();
    for r in rules {
        all.extend(r.fields.as_ref()?.iter().cloned());
    }
    Some(all.into_iter().collect())
}

/// Like [`to_val`], but for an object converts only the listed first-level fields.
fn to_val_fields<'v>(
    value: &'v Value,
    schema: &Schema,
    fields: Option<&[String]>,
) -> Box<dyn Val + 'v> {
    match (value, fields) {
        (Value::Object(map), Some(fields)) => {
            let empty = Schema::default();
            let mut out: HashMap<CelMapKey<'v>, Box<dyn Val + 'v>> =
                HashMap::with_capacity(fields.len());
            for (k, v) in map.iter().filter(|(k, _)| fields.iter().any(|f| f == *k)) {
                out.insert(
                    CelMapKey::from(k.as_str()),
                    to_val(v, schema.child(k).unwrap_or(&empty)),
                );
            }
            Box::new(CelMapVal::from(out))
        }
        _ => to_val(value, schema),
    }
}

/// JSON to CEL values borrowing the JSON's strings (no copies), typed by the schema: `number`
/// fields are doubles even when integral.
pub fn to_val<'v>(value: &'v Value, schema: &Schema) -> Box<dyn Val + 'v> {
    match value {
        Value::Null => Box::new(CelNull),
        Value::Bool(b) => Box::new(CelBool::from(*b)),
        Value::Number(n) => {
            if schema.is_type("number") {
                Box::new(CelDouble::from(n.as_f64().unwrap_or_default()))
            } else if let Some(i) = n.as_i64() {
                Box::new(CelInt::from(i))
            } else if let Some(u) = n.as_u64() {
                Box::new(CelUInt::from(u))
            } else {
                let f = n.as_f64().unwrap_or_default();
                if schema.is_type("integer") && f.fract() == 0.0 {
                    Box::new(CelInt::from(f as i64))
                } else {
                    Box::new(CelDouble::from(f))
                }
            }
        }
        Value::String(s) => Box::new(CelString::from(s.as_str())),
        Value::Array(items) => {
            let empty = Schema::default();
            let item_schema = schema.items.as_deref().unwrap_or(&empty);
            Box::new(CelList::from(
                items
                    .iter()
                    .map(|v| to_val(v, item_schema))
                    .collect::<Vec<_>>(),
            ))
        }
        Value::Object(map) => {
            let empty = Schema::default();
            let out: HashMap<CelMapKey<'v>, Box<dyn Val + 'v>> = map
                .iter()
                .map(|(k, v)| {
                    (
                        CelMapKey::from(k.as_str()),
                        to_val(v, schema.child(k).unwrap_or(&empty)),
                    )
                })
                .collect();
            Box::new(CelMapVal::from(out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(v: Value) -> Schema {
        Schema::from_json(&v).unwrap()
    }

    #[test]
    fn rules_see_self_and_report_messages() {
        let s = schema(
            json!({"type":"object","properties":{"spec":{"type":"object",
            "x-kubernetes-validations":[
                {"rule":"self.min <= self.max","message":"min must not exceed max"},
                {"rule":"!has(self.name) || self.name.matches('^[a-z]+$')"},
                {"rule":"self.items.all(i, size(i) < 4)","messageExpression":"'too long: ' + self.items.filter(i, size(i) >= 4)[0]"}],
            "properties":{"min":{"type":"integer"},"max":{"type":"integer"},"name":{"type":"string"},
                "items":{"type":"array","items":{"type":"string"}}}}}}),
        );
        let ok = validate_rules(
            &s,
            &json!({"spec":{"min":1,"max":2,"name":"abc","items":["a"]}}),
            None,
        );
        assert!(ok.is_empty(), "{ok:?}");
        let bad: Vec<String> = validate_rules(
            &s,
            &json!({"spec":{"min":3,"max":2,"name":"A","items":["long1"]}}),
            None,
        )
        .iter()
        .map(ToString::to_string)
        .collect();
        assert_eq!(
            bad,
            vec![
                r#"spec: Invalid value: "object": min must not exceed max"#,
                r#"spec: Invalid value: "object": failed rule: !has(self.name) || self.name.matches('^[a-z]+$')"#,
                r#"spec: Invalid value: "object": too long: long1"#,
            ]
        );
    }

    #[test]
    fn rules_convert_only_the_fields_they_read() {
        let field_sets = |rule: &str| {
            let r = Rule::compile(&json!({"rule": rule}), &Path::root(), &Env::new()).unwrap();
            r.fields
        };
        assert_eq!(
            field_sets("size(self.items) <= 100 && has(self.x)"),
            Some(vec!["items".to_string(), "x".to_string()])
        );
        assert_eq!(
            field_sets("self.items.all(i, i.w > 0)"),
            Some(vec!["items".to_string()])
        );
        assert_eq!(field_sets("self == oldSelf"), None);
        assert_eq!(field_sets("size(self) > 1"), None);
        // and still evaluate correctly
        let s = schema(
            json!({"type":"object","x-kubernetes-validations":[{"rule":"!has(self.b) || self.a < self.b"}],
            "properties":{"a":{"type":"integer"},"b":{"type":"integer"},"big":{"type":"string"}}}),
        );
        assert!(validate_rules(&s, &json!({"a":1,"b":2,"big":"x"}), None).is_empty());
        assert_eq!(validate_rules(&s, &json!({"a":3,"b":2}), None).len(), 1);
        assert!(validate_rules(&s, &json!({"a":3}), None).is_empty());
    }

    #[test]
    fn transition_rules_only_run_on_update() {
        let s = schema(
            json!({"type":"object","properties":{"spec":{"type":"object","properties":{
            "azureName":{"type":"string","x-kubernetes-validations":[{"rule":"self == oldSelf","message":"azureName is immutable"}]}}}}}),
        );
        assert!(validate_rules(&s, &json!({"spec":{"azureName":"a"}}), None).is_empty());
        assert!(
            validate_rules(
                &s,
                &json!({"spec":{"azureName":"a"}}),
                Some(&json!({"spec":{"azureName":"a"}}))
            )
            .is_empty()
        );
        let e = validate_rules(
            &s,
            &json!({"spec":{"azureName":"b"}}),
            Some(&json!({"spec":{"azureName":"a"}})),
        );
        assert_eq!(
            e[0].to_string(),
            r#"spec.azureName: Invalid value: "string": azureName is immutable"#
        );
    }

    #[test]
    fn compile_errors_are_reported_with_paths() {
        let err = Schema::from_json(
            &json!({"type":"object","x-kubernetes-validations":[{"rule":"self.a +"}]}),
        )
        .unwrap_err();
        assert!(
            err[0].to_string().starts_with(
                "x-kubernetes-validations[0].rule: Invalid value: \"self.a +\": compilation failed"
            ),
            "{}",
            err[0]
        );
    }
}

//! The configured facts of one api-version as `build` asks for them: per side, for a property of
//! a type or of a kind's own body, or for a type as a whole, with our deviations (`ours`) applied
//! over the imported facts. Which deviations were asked for is remembered, so that those no kind
//! reached can be reported.

use std::cell::RefCell;
use std::collections::BTreeSet;

use crate::config::{PropertyFacts, Side, TypeFacts, VersionConfig};

/// The configured facts of one api-version, with our deviations applied over the imported facts,
/// remembering which deviations were used so that stale ones can be reported.
pub struct Facts<'a> {
    config: &'a VersionConfig,
    used: RefCell<BTreeSet<String>>,
}

impl<'a> Facts<'a> {
    pub fn new(config: &'a VersionConfig) -> Self {
        Facts {
            config,
            used: RefCell::default(),
        }
    }

    /// The facts of `property` of `definition` on `side`.
    pub fn property(&self, side: Side, definition: &str, property: &str) -> PropertyFacts {
        let imported = self
            .config
            .definitions
            .get(definition)
            .and_then(|d| d.get(property));
        let ours = self
            .config
            .ours
            .definitions
            .get(definition)
            .and_then(|d| d.get(property));
        if ours.is_some() {
            self.mark(format!("ours.definitions.{definition}.{property}"));
        }
        merged(side, imported, ours)
    }

    /// The facts about the property at `path` (ARM path from the body) of `kind`'s own body.
    pub fn kind_property(&self, side: Side, kind: &str, path: &str) -> PropertyFacts {
        let imported = self
            .config
            .kinds
            .get(kind)
            .and_then(|k| k.properties.get(path));
        let ours = self
            .config
            .ours
            .kinds
            .get(kind)
            .and_then(|k| k.properties.get(path));
        if ours.is_some() {
            self.mark(format!("ours.kinds.{kind}.properties.{path}"));
        }
        merged(side, imported, ours)
    }

    pub fn type_facts(&self, side: Side, definition: &str) -> TypeFacts {
        let imported = self.config.types.get(definition).map(|f| f.on(side));
        let ours = self.config.ours.types.get(definition).map(|f| f.on(side));
        if ours.is_some() {
            self.mark(format!("ours.types.{definition}"));
        }
        match (imported, ours) {
            (Some(imported), Some(ours)) => imported.overridden_by(&ours),
            (Some(facts), None) | (None, Some(facts)) => facts,
            (None, None) => TypeFacts::default(),
        }
    }

    fn mark(&self, entry: String) {
        self.used.borrow_mut().insert(entry);
    }

    /// Our deviations no kind's schemas reached. (Imported facts are checked against the specs
    /// by the import; they may concern parts of a schema no generated kind reaches.)
    pub fn unused(&self) -> Vec<String> {
        let used = self.used.borrow();
        let ours = &self.config.ours;
        let entries = ours
            .definitions
            .iter()
            .flat_map(|(d, props)| {
                props
                    .keys()
                    .map(move |p| format!("ours.definitions.{d}.{p}"))
            })
            .chain(ours.kinds.iter().flat_map(|(k, over)| {
                over.properties
                    .keys()
                    .map(move |p| format!("ours.kinds.{k}.properties.{p}"))
            }))
            .chain(ours.types.keys().map(|d| format!("ours.types.{d}")));
        entries.filter(|e| !used.contains(e)).collect()
    }
}

/// Imported facts with ours applied over them, on `side`.
fn merged(
    side: Side,
    imported: Option<&PropertyFacts>,
    ours: Option<&PropertyFacts>,
) -> PropertyFacts {
    let imported = imported.map(|f| f.on(side)).unwrap_or_default();
    match ours {
        Some(ours) => imported.overridden_by(&ours.on(side)),
        None => imported,
    }
}

//! What became of every fact of ASO's configuration: how many were placed, by modifier; how many
//! are not applicable, by modifier and reason; and every unplaced one, named.

use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Report {
    /// By modifier (`$armReference`, `typeTransformers`, ...).
    pub placed: BTreeMap<String, usize>,
    /// By modifier, then reason.
    pub not_applicable: BTreeMap<String, BTreeMap<String, usize>>,
    pub unplaced: Vec<String>,
}

impl Report {
    pub fn placed(&mut self, modifier: &str) {
        *self.placed.entry(modifier.to_string()).or_default() += 1;
    }

    pub fn not_applicable(&mut self, modifier: &str, reason: &str) {
        *self
            .not_applicable
            .entry(modifier.to_string())
            .or_default()
            .entry(reason.to_string())
            .or_default() += 1;
    }

    pub fn unplaced(&mut self, error: String) {
        self.unplaced.push(error);
    }

    pub fn placed_total(&self) -> usize {
        self.placed.values().sum()
    }

    pub fn not_applicable_total(&self) -> usize {
        self.not_applicable
            .values()
            .flat_map(BTreeMap::values)
            .sum()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "placed: {}", self.placed_total())?;
        for (modifier, count) in &self.placed {
            writeln!(f, "  {modifier}: {count}")?;
        }
        writeln!(f, "not applicable: {}", self.not_applicable_total())?;
        for (modifier, reasons) in &self.not_applicable {
            for (reason, count) in reasons {
                writeln!(f, "  {modifier}: {count} ({reason})")?;
            }
        }
        writeln!(f, "unplaced: {}", self.unplaced.len())?;
        for error in &self.unplaced {
            writeln!(f, "  {error}")?;
        }
        Ok(())
    }
}

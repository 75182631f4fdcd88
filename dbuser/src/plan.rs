//! The difference between what a server holds and what the spec lists: what to grant and what
//! to revoke. Pure, so every engine's decisions are tested without a server.

use std::collections::BTreeSet;

/// Items to add and items to remove so that `current` becomes `desired`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct SetDiff<T> {
    pub grant: Vec<T>,
    pub revoke: Vec<T>,
}

pub(crate) fn diff<T: Ord + Clone>(current: &BTreeSet<T>, desired: &BTreeSet<T>) -> SetDiff<T> {
    SetDiff {
        grant: desired.difference(current).cloned().collect(),
        revoke: current.difference(desired).cloned().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Applying the diff to the current set gives exactly the desired set.
        #[test]
        fn applying_the_diff_gives_the_desired_set(
            current in proptest::collection::btree_set("[a-d]{1,2}", 0..8),
            desired in proptest::collection::btree_set("[a-d]{1,2}", 0..8),
        ) {
            let d = diff(&current, &desired);
            let mut after = current.clone();
            for r in &d.revoke { prop_assert!(after.remove(r)); }
            for g in &d.grant { prop_assert!(after.insert(g.clone())); }
            prop_assert_eq!(after, desired);
        }
    }
}

//! The operator's binary driven as users run it.

mod binary;

//! asoctl's binary driven as users run it, as one test binary.

#[cfg(feature = "playground")]
mod playground;

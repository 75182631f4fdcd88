//! The operator's and asoctl's binaries driven as users run them, as one test binary: each
//! suite links all generated kinds, so one binary per suite would cost a link and ~100 MB apiece.

mod binary;
mod playground;

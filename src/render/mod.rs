//! One renderer per output format, all reading the same [`CheckReport`](crate::report::CheckReport).

mod excerpt;
pub mod human;
pub mod json;

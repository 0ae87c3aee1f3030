//! The newsroom workflow end to end: output formats, autofix, rule authoring aids, shell
//! completions, the pre-commit hook and checking on all cores. One test binary, so the helpers are shared.

#[path = "../common/mod.rs"]
mod common;

mod authoring;
mod cache;
mod fix;
mod formats;
mod parallel;
mod pre_commit;
mod robustness;
mod tools;

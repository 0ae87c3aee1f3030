//! The newsroom workflow end to end: output formats, autofix, rule authoring aids, shell
//! completions and the pre-commit hook. One test binary, so the helpers are shared.

#[path = "../common/mod.rs"]
mod common;

mod authoring;
mod fix;
mod formats;
mod pre_commit;
mod robustness;
mod tools;

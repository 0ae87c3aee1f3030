//! The assertion language: never a panic, and an error points inside the assertion.
#![no_main]

#[path = "common.rs"]
mod common;

use factlint::lang::{parse_assertion, parse_condition};

libfuzzer_sys::fuzz_target!(|text: &str| {
    for result in [
        parse_assertion(text).map(drop),
        parse_condition(text).map(drop),
    ] {
        if let Err(error) = result {
            common::assert_slice(text, error.span, "error span");
        }
    }
});

//! The markdown reader: never a panic, and every span of the prose maps back to the file.
#![no_main]

#[path = "article.rs"]
mod article;
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    article::read_article("article.md", bytes);
});

//! The fact sheet loader: never a panic, every problem points inside the file, and a sheet
//! that compiles can be checked against.
#![no_main]

#[path = "common.rs"]
mod common;

use std::path::Path;

use factlint::article::Article;
use factlint::check::Ruleset;
use factlint::extract::Context;
use factlint::sheet::compile_sheet;

const ARTICLE: &str = "North Korea fired a missile with a range of 900 km on Jan. 2, 2024, \
                       Kirby said. \"We will respond,\" he said.\n";

libfuzzer_sys::fuzz_target!(|text: &str| {
    match compile_sheet(Path::new("sheet.yaml"), text.to_string(), &[]) {
        Ok(sheet) => {
            let ruleset = Ruleset::new(vec![sheet], Vec::new());
            let article = Article::from_bytes(Path::new("a.txt"), ARTICLE.as_bytes()).unwrap();
            let context = Context::for_article(&article, None);
            for finding in ruleset.check(&article, &context).findings {
                common::assert_slice(&article.source, finding.span, "finding");
            }
        }
        Err(problems) => {
            for problem in problems {
                if let Some(location) = &problem.location {
                    common::assert_slice(&location.source, location.span, "problem");
                }
            }
        }
    }
});

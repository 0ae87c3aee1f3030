//! Every kind of mistake in a rule file yields one diagnostic at the right line and column.

use std::path::{Path, PathBuf};

use factlint::render::human::{Style, render_problems};
use factlint::sheet::load_sheets;

fn rendered(path: &Path) -> (usize, String) {
    let relative = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .expect("fixtures are inside the repository");
    let (sheets, problems) = load_sheets(&[PathBuf::from(relative)]);
    assert!(sheets.is_empty(), "a sheet with errors is not used");
    let mut out = Vec::new();
    let style = Style {
        color: false,
        width: 100,
    };
    render_problems(&problems, style, &mut out).unwrap();
    (problems.len(), String::from_utf8(out).unwrap())
}

#[test]
fn bad_rule_files() {
    insta::glob!("fixtures/rules/bad/*.yaml", |path| {
        let (count, text) = rendered(path);
        let expected = match path.file_stem().and_then(|s| s.to_str()) {
            Some("several_errors") => 3,
            _ => 1,
        };
        assert_eq!(count, expected, "{text}");
        insta::assert_snapshot!(text);
    });
}

#[test]
fn the_bundled_sheet_is_valid() {
    let (sheets, problems) = load_sheets(&[PathBuf::from("rules")]);
    assert_eq!(problems, []);
    assert_eq!(sheets.len(), 1);
    assert!(sheets[0].facts.len() >= 13);
}

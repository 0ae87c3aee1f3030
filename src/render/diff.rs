//! `check --diff`: the fixes factlint would make, as a unified diff `patch -p1` applies.

use std::io::{self, Write};

use similar::TextDiff;

use super::escape;
use crate::commands::check::Change;

pub fn render(change: &Change, out: &mut dyn Write) -> io::Result<()> {
    let path = escape::path(&change.path).replace('\\', "/");
    let diff = TextDiff::from_lines(&change.before, &change.after);
    let diff = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string();
    write!(out, "{}", escape::text(&diff))
}

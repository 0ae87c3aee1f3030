//! Inline suppressions: a writer marks a finding as deliberate in the article itself.
//!
//! In Markdown and HTML the directives are comments; in plain text, the same words on a line of
//! their own:
//!
//! ```text
//! <!-- factlint-disable -->                 every finding until factlint-enable
//! <!-- factlint-disable nk/range, weekday -->  those facts only
//! <!-- factlint-enable -->                  ends every open disable (with ids: those with the same ids)
//! <!-- factlint-disable-next-line [ids] --> findings starting on the next line
//! ```
//!
//! A fact id is the finding's `story/fact`, or the part after the story (`range`,
//! `weekday`). A directive that suppresses nothing is itself reported, as info, like ruff's
//! unused `noqa`.

use memchr::memmem;

use crate::article::{Article, Format};
use crate::finding::{Finding, Severity};
use crate::lang::ast::AssertionKind;
use crate::report::Rule;
use crate::source::Span;

/// The id of the info finding for a directive that suppresses nothing.
pub const UNUSED_ID: &str = "factlint/unused-suppression";

/// What a directive does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Disable,
    Enable,
    DisableNextLine,
}

/// One directive, as written in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Directive {
    action: Action,
    /// The file bytes of the whole comment or line.
    span: Span,
    /// The facts named; empty for all.
    facts: Vec<String>,
}

/// The file bytes where a directive suppresses findings, and which.
#[derive(Debug)]
struct Region {
    /// Index into the directives, for reporting it unused.
    directive: usize,
    /// Findings starting in `start..end` are suppressed.
    start: usize,
    end: usize,
    facts: Vec<String>,
    used: bool,
}

/// Removes the findings that the article's directives suppress, adds an info finding for each
/// directive that suppresses nothing, and returns how many findings were suppressed.
pub fn apply(article: &Article, findings: &mut Vec<Finding>) -> usize {
    let directives = directives(&article.source, article.format);
    if directives.is_empty() {
        return 0;
    }
    let mut regions = regions(&article.source, &directives);
    let before = findings.len();
    findings.retain(|finding| {
        let region = regions.iter_mut().find(|region| {
            (region.start..region.end).contains(&finding.span.start)
                && names(&region.facts, &finding.fact)
        });
        match region {
            Some(region) => {
                region.used = true;
                false
            }
            None => true,
        }
    });
    let suppressed = before - findings.len();
    for region in regions.iter().filter(|region| !region.used) {
        findings.push(unused(&article.source, &directives[region.directive]));
    }
    findings.sort_by(|a, b| (a.span, &a.fact).cmp(&(b.span, &b.fact)));
    suppressed
}

/// Whether a directive naming `facts` (all, when empty) covers a finding of `fact`.
fn names(facts: &[String], fact: &str) -> bool {
    facts.is_empty()
        || facts.iter().any(|id| {
            fact == id
                || fact
                    .strip_suffix(id.as_str())
                    .is_some_and(|story| story.ends_with('/'))
        })
}

/// The rule of unused-suppression findings, for formats that list the rules of a run.
pub fn unused_rule() -> Rule {
    Rule {
        id: UNUSED_ID.to_string(),
        kind: AssertionKind::Term,
        severity: Severity::Info,
        description: "an inline `factlint-disable` that suppresses nothing".to_string(),
        note: None,
        source: None,
    }
}

fn unused(source: &str, directive: &Directive) -> Finding {
    let written = source[directive.span.range()].trim();
    let mut finding = Finding::new(
        UNUSED_ID.to_string(),
        AssertionKind::Term,
        Severity::Info,
        directive.span,
        "this suppression suppresses nothing".to_string(),
        "nothing to suppress here",
    );
    finding.help = Some(format!("remove `{written}`"));
    finding
}

/// The regions the directives suppress findings in: a `disable` up to the `enable` that closes
/// it (or the end of the file), a `disable-next-line` over the line after it.
fn regions(source: &str, directives: &[Directive]) -> Vec<Region> {
    let mut regions: Vec<Region> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (index, directive) in directives.iter().enumerate() {
        match directive.action {
            Action::Disable => {
                open.push(regions.len());
                regions.push(Region {
                    directive: index,
                    start: directive.span.end,
                    end: source.len(),
                    facts: directive.facts.clone(),
                    used: false,
                });
            }
            Action::Enable => open.retain(|&region| {
                let closes = directive.facts.is_empty() || directive.facts == regions[region].facts;
                if closes {
                    regions[region].end = directive.span.start;
                }
                !closes
            }),
            Action::DisableNextLine => {
                let next_line = line_end(source, directive.span.end);
                regions.push(Region {
                    directive: index,
                    start: next_line,
                    end: line_end(source, next_line),
                    facts: directive.facts.clone(),
                    used: false,
                });
            }
        }
    }
    regions
}

/// Where the line containing `offset` ends, its line ending included.
fn line_end(source: &str, offset: usize) -> usize {
    source[offset..]
        .find('\n')
        .map_or(source.len(), |newline| offset + newline + 1)
}

/// The directives of an article, in file order.
fn directives(source: &str, format: Format) -> Vec<Directive> {
    match format {
        Format::Markdown | Format::Html => comment_directives(source),
        Format::Text => line_directives(source),
    }
}

/// `<!-- factlint-… -->` comments, found with memchr's SIMD search: every article is
/// searched, and most have none.
fn comment_directives(source: &str) -> Vec<Directive> {
    let find =
        |from: usize, needle: &str| memmem::find(&source.as_bytes()[from..], needle.as_bytes());
    let mut found = Vec::new();
    let mut search = 0;
    while let Some(open) = find(search, "<!--") {
        let start = search + open;
        let inner_start = start + "<!--".len();
        let Some(close) = find(inner_start, "-->") else {
            break;
        };
        let end = inner_start + close + "-->".len();
        if let Some((action, facts)) = parse(&source[inner_start..inner_start + close]) {
            found.push(Directive {
                action,
                span: Span::new(start, end),
                facts,
            });
        }
        search = end;
    }
    found
}

/// Lines that are a directive and nothing else; the span leaves out the line ending.
fn line_directives(source: &str) -> Vec<Directive> {
    let mut found = Vec::new();
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if let Some((action, facts)) = parse(content) {
            let indent = content.len() - content.trim_start().len();
            let span = Span::new(line_start + indent, line_start + content.trim_end().len());
            found.push(Directive {
                action,
                span,
                facts,
            });
        }
        line_start += line.len();
    }
    found
}

/// `factlint-disable nk/range, weekday`: the action and the facts named.
fn parse(text: &str) -> Option<(Action, Vec<String>)> {
    let text = text.trim();
    let word_end = text.find(char::is_whitespace).unwrap_or(text.len());
    let action = match &text[..word_end] {
        "factlint-disable" => Action::Disable,
        "factlint-enable" => Action::Enable,
        "factlint-disable-next-line" => Action::DisableNextLine,
        _ => return None,
    };
    let facts = text[word_end..]
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect();
    Some((action, facts))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn article(name: &str, source: &str) -> Article {
        Article::from_bytes(Path::new(name), source.as_bytes()).unwrap()
    }

    /// A finding of `fact` at the first occurrence of `word`.
    fn finding_at(source: &str, word: &str, fact: &str) -> Finding {
        let start = source.find(word).expect(word);
        Finding::new(
            fact.to_string(),
            AssertionKind::Term,
            Severity::Warning,
            Span::new(start, start + word.len()),
            format!("{word} is wrong"),
            word,
        )
    }

    /// Applies the article's directives to findings at `words`; what is left, as
    /// `fact@text`, and the count suppressed.
    fn remaining(name: &str, source: &str, words: &[(&str, &str)]) -> (Vec<String>, usize) {
        let article = article(name, source);
        let mut findings: Vec<Finding> = words
            .iter()
            .map(|(word, fact)| finding_at(source, word, fact))
            .collect();
        let suppressed = apply(&article, &mut findings);
        let left = findings
            .iter()
            .map(|f| format!("{}@{}", f.fact, &source[f.span.range()]))
            .collect();
        (left, suppressed)
    }

    #[test]
    fn disable_and_enable_bracket_a_region() {
        let source = "Alpha one.\n\n<!-- factlint-disable -->\nBravo two.\n<!-- factlint-enable -->\n\nCharlie three.\n";
        let (left, suppressed) = remaining(
            "a.md",
            source,
            &[("Alpha", "s/a"), ("Bravo", "s/b"), ("Charlie", "s/c")],
        );
        assert_eq!(left, ["s/a@Alpha", "s/c@Charlie"]);
        assert_eq!(suppressed, 1);
    }

    #[test]
    fn named_facts_match_by_full_or_short_id() {
        let source = "<p><!--factlint-disable s/a,  b --></p><p>Alpha Bravo Charlie</p>";
        let (left, suppressed) = remaining(
            "a.html",
            source,
            &[("Alpha", "s/a"), ("Bravo", "s/b"), ("Charlie", "s/c")],
        );
        assert_eq!(left, ["s/c@Charlie"]);
        assert_eq!(suppressed, 2);
        assert!(names(&["range".into()], "nk/range"));
        assert!(!names(&["ange".into()], "nk/range"));
    }

    #[test]
    fn next_line_covers_the_next_line_only_across_crlf() {
        let source =
            "<!-- factlint-disable-next-line s/b -->\r\nBravo and Alpha.\r\nBravo again.\r\n";
        let (left, suppressed) = remaining(
            "a.md",
            source,
            &[("Alpha", "s/a"), ("Bravo", "s/b"), ("again", "s/b")],
        );
        assert_eq!(left, ["s/a@Alpha", "s/b@again"]);
        assert_eq!(suppressed, 1);
    }

    #[test]
    fn plain_text_directives_are_lines_of_their_own() {
        let source =
            "Alpha.\n  factlint-disable-next-line  \nBravo.\nnot factlint-disable here\nCharlie.\n";
        let (left, suppressed) = remaining(
            "a.txt",
            source,
            &[("Alpha", "s/a"), ("Bravo", "s/b"), ("Charlie", "s/c")],
        );
        assert_eq!(left, ["s/a@Alpha", "s/c@Charlie"]);
        assert_eq!(suppressed, 1);
        // A comment is no directive in plain text.
        let (left, _) = remaining(
            "a.txt",
            "<!-- factlint-disable -->\nAlpha.\n",
            &[("Alpha", "s/a")],
        );
        assert_eq!(left, ["s/a@Alpha"]);
    }

    #[test]
    fn a_directive_that_suppresses_nothing_is_reported_as_info() {
        let source =
            "Alpha.\n<!-- factlint-disable s/z -->\nBravo.\n<!-- factlint-enable s/z -->\n";
        let article = article("a.md", source);
        let mut findings = vec![finding_at(source, "Bravo", "s/b")];
        assert_eq!(apply(&article, &mut findings), 0);
        assert_eq!(findings.len(), 2);
        let unused = &findings[0];
        assert_eq!(
            (unused.fact.as_str(), unused.severity),
            (UNUSED_ID, Severity::Info)
        );
        assert_eq!(
            &source[unused.span.range()],
            "<!-- factlint-disable s/z -->"
        );
        assert_eq!(
            unused.help.as_deref(),
            Some("remove `<!-- factlint-disable s/z -->`")
        );
    }

    #[test]
    fn other_comments_and_unclosed_ones_are_not_directives() {
        assert!(comment_directives("<!-- factlint-disabled --> <!-- vale off -->").is_empty());
        assert!(comment_directives("<!-- factlint-disable").is_empty());
        assert_eq!(
            parse(" factlint-disable-next-line a, b c "),
            Some((
                Action::DisableNextLine,
                vec!["a".into(), "b".into(), "c".into()]
            ))
        );
    }
}

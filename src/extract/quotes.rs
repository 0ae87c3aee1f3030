//! Quotations: text between quotation marks, straight or curly, nested, and running over
//! several paragraphs (news style reopens the quotation at the start of each new paragraph
//! without closing the previous one).
//!
//! Whether a straight mark opens or closes is read from its neighbours: after a space it
//! opens, before a space or punctuation it closes. Apostrophes inside words ("Korea’s",
//! "would've") are part of the word token and never reach this module; a lone `’` after a
//! plural ("the allies’ support") closes nothing and is ignored. Single quotation marks never
//! run past their paragraph, so an elision such as "'90s" opens nothing.

use crate::source::Span;
use crate::text::{Document, TokenKind};

/// Quotations of at most this many words are scare quotes or cited terms
/// ("“multiple” missiles", "'provocations'"), not reported speech.
const MAX_SCARE_WORDS: usize = 2;

/// Quotations open inside one another at most this deep; a further opening mark opens
/// nothing. News quotes nest two or three deep; without a bound, a text of opening marks
/// alone would make each quotation hold the rest of its paragraph (quadratic memory). With
/// it, every step below works on a stack of bounded height: linear in the tokens.
pub const MAX_NESTING: usize = 8;

/// One quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to the closing one (of the last paragraph, for a quotation that
    /// runs over several).
    pub span: Span,
    /// The text inside the marks, one span per paragraph.
    pub parts: Vec<Span>,
    /// Inside another quotation.
    pub nested: bool,
    /// One or two words: kept apart from reported speech.
    pub scare: bool,
    /// The attribution that credits it: an index into `Mentions::attributions`.
    pub attribution: Option<usize>,
}

impl Quotation {
    /// Reported speech: neither a scare quote nor a quotation inside another.
    pub fn is_speech(&self) -> bool {
        !self.scare && !self.nested
    }

    /// Whether `span` lies inside the marks.
    pub fn encloses(&self, span: Span) -> bool {
        self.parts.iter().any(|part| part.contains(span))
    }

    /// The words inside the marks, paragraphs joined by a line break.
    pub fn inner_text(&self, text: &str) -> String {
        let parts: Vec<&str> = self.parts.iter().map(|p| &text[p.range()]).collect();
        parts.join("\n")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open(Level),
    Close(Level),
    /// A straight mark between two words or two spaces: closes an open quotation of its level,
    /// else opens one.
    Either(Level),
}

/// A quotation whose closing mark has not been seen yet.
struct Open {
    level: Level,
    start: usize,
    parts: Vec<Span>,
    part_start: usize,
}

/// Every quotation of `text`, ordered by where it opens.
pub fn find(text: &str, document: &Document) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut previous_end = 0;
    for paragraph in &document.paragraphs {
        let tokens = paragraph
            .sentences
            .clone()
            .flat_map(|s| document.sentence_tokens(s));
        let mut first = true;
        for token in tokens {
            let Some(mark) = classify(text, token.span) else {
                first = false;
                continue;
            };
            let continues = first
                && matches!(
                    mark,
                    Mark::Open(Level::Double) | Mark::Either(Level::Double)
                )
                && stack.last().is_some_and(|open| open.level == Level::Double);
            first = false;
            if continues {
                // The quotation goes on in this paragraph: a new part starts after the mark.
                let open = stack.last_mut().expect("checked above");
                open.parts.push(Span::new(
                    open.part_start,
                    previous_end.max(open.part_start),
                ));
                open.part_start = token.span.end;
                continue;
            }
            match mark {
                Mark::Close(level) => close(&mut stack, level, token.span, &mut found),
                Mark::Either(level) if stack.iter().any(|o| o.level == level) => {
                    close(&mut stack, level, token.span, &mut found)
                }
                Mark::Open(_) | Mark::Either(_) if stack.len() == MAX_NESTING => {}
                Mark::Open(level) | Mark::Either(level) => stack.push(Open::new(level, token.span)),
            }
        }
        // Single quotation marks stay in their paragraph.
        while stack.last().is_some_and(|open| open.level == Level::Single) {
            stack.pop();
        }
        // A double quotation open at the end of a paragraph continues only if the next
        // paragraph reopens it; that is decided there, so remember where this one ended.
        if let Some(next_start) = next_paragraph_start(document, paragraph.span.end)
            && !opens_with_double_mark(text, document, next_start)
        {
            unclosed(&mut stack, paragraph.span.end, &mut found);
        }
        previous_end = paragraph.span.end;
    }
    unclosed(&mut stack, previous_end, &mut found);
    found.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    mark_scare_quotes(document, &mut found);
    found
}

impl Open {
    fn new(level: Level, mark: Span) -> Self {
        Self {
            level,
            start: mark.start,
            parts: Vec::new(),
            part_start: mark.end,
        }
    }

    fn into_quotation(mut self, inner_end: usize, end: usize, nested: bool) -> Quotation {
        self.parts
            .push(Span::new(self.part_start, inner_end.max(self.part_start)));
        Quotation {
            span: Span::new(self.start, end),
            parts: self.parts,
            nested,
            scare: false,
            attribution: None,
        }
    }
}

/// Closes the innermost open quotation of `level` (and drops unclosed ones inside it). A
/// closing single mark with no open single quotation is an apostrophe.
fn close(stack: &mut Vec<Open>, level: Level, mark: Span, found: &mut Vec<Quotation>) {
    let Some(index) = stack.iter().rposition(|open| open.level == level) else {
        return;
    };
    stack.truncate(index + 1);
    let open = stack.pop().expect("index is in the stack");
    found.push(open.into_quotation(mark.start, mark.end, !stack.is_empty()));
}

/// A quotation left open ends with its paragraph.
fn unclosed(stack: &mut Vec<Open>, paragraph_end: usize, found: &mut Vec<Quotation>) {
    while let Some(open) = stack.pop() {
        if open.level == Level::Double {
            let nested = !stack.is_empty();
            found.push(open.into_quotation(paragraph_end, paragraph_end, nested));
        }
    }
}

fn next_paragraph_start(document: &Document, after: usize) -> Option<usize> {
    let index = document
        .paragraphs
        .partition_point(|p| p.span.start < after);
    document.paragraphs.get(index).map(|p| p.span.start)
}

fn opens_with_double_mark(text: &str, document: &Document, start: usize) -> bool {
    let index = document.tokens.partition_point(|t| t.span.start < start);
    document.tokens.get(index).is_some_and(|t| {
        matches!(
            classify(text, t.span),
            Some(Mark::Open(Level::Double) | Mark::Either(Level::Double))
        )
    })
}

/// What the punctuation token at `span` is, if it is a quotation mark.
fn classify(text: &str, span: Span) -> Option<Mark> {
    let mark = &text[span.range()];
    // Every mark below starts with one of these bytes; a word is ruled out at one compare
    // rather than one per mark.
    if !matches!(mark.as_bytes().first(), Some(b'"' | b'\'' | 0xC2 | 0xE2)) {
        return None;
    }
    let (level, fixed) = match mark {
        "“" | "„" | "«" => (Level::Double, Some(true)),
        "”" | "»" => (Level::Double, Some(false)),
        "‘" => (Level::Single, Some(true)),
        "’" => (Level::Single, Some(false)),
        "\"" => (Level::Double, None),
        "'" => (Level::Single, None),
        _ => return None,
    };
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let may_open = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let may_close =
        after.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || "—–…".contains(c));
    Some(match (fixed, may_open, may_close) {
        (Some(true), ..) => Mark::Open(level),
        (Some(false), ..) => Mark::Close(level),
        (None, true, false) => Mark::Open(level),
        (None, false, true) => Mark::Close(level),
        (None, _, _) => Mark::Either(level),
    })
}

/// Counts the words of each quotation from a running count of the words before each token,
/// so that thousands of nested quotations stay linear.
fn mark_scare_quotes(document: &Document, quotations: &mut [Quotation]) {
    let mut words_before = Vec::with_capacity(document.tokens.len() + 1);
    let mut words = 0;
    words_before.push(0);
    for token in &document.tokens {
        words += usize::from(matches!(token.kind, TokenKind::Word | TokenKind::Number));
        words_before.push(words);
    }
    let words_in = |part: &Span| {
        let first = document
            .tokens
            .partition_point(|t| t.span.start < part.start);
        let end = first + document.tokens[first..].partition_point(|t| t.span.end <= part.end);
        words_before[end] - words_before[first]
    };
    for quotation in quotations {
        let words: usize = quotation.parts.iter().map(words_in).sum();
        quotation.scare = words <= MAX_SCARE_WORDS;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::seed;

    #[test]
    fn every_quotation_mark_is_classified() {
        for mark in ["“", "„", "«", "”", "»", "‘", "’", "\"", "'"] {
            let text = format!("a {mark} b");
            let span = Span::new(2, 2 + mark.len());
            assert!(classify(&text, span).is_some(), "{mark}");
        }
        for word in ["a", "the", "–", "…", "•"] {
            let text = format!("a {word} b");
            let span = Span::new(2, 2 + word.len());
            assert!(classify(&text, span).is_none(), "{word}");
        }
    }

    fn quotes(text: &str) -> Vec<(String, bool, bool)> {
        let document = Document::new(text);
        find(text, &document)
            .into_iter()
            .map(|q| (q.inner_text(text), q.scare, q.nested))
            .collect()
    }

    fn inner(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|(t, ..)| t).collect()
    }

    #[test]
    fn opening_marks_alone_nest_no_deeper_than_the_limit() {
        let text = "“a ".repeat(1000);
        let document = Document::new(&text);
        let found = find(&text, &document);
        assert_eq!(found.len(), MAX_NESTING);
    }

    #[test]
    fn straight_and_curly_marks_mixed() {
        let text =
            "He called for a “new Cold War\". The US \"is concerned that talks are advancing\".";
        assert_eq!(
            inner(text),
            ["new Cold War", "is concerned that talks are advancing"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        let text = "'Concerning escalation': Korea's allies' view, what would've been the '90s.";
        assert_eq!(
            quotes(text),
            [("Concerning escalation".into(), true, false)]
        );
    }

    #[test]
    fn nested_quotations() {
        let text = "“He told me ‘we will not back down’ last week,” she said.";
        assert_eq!(
            quotes(text),
            [
                (
                    "He told me ‘we will not back down’ last week,".into(),
                    false,
                    false
                ),
                ("we will not back down".into(), false, true),
            ]
        );
    }

    #[test]
    fn a_quotation_reopened_in_the_next_paragraph_continues() {
        let text = "\"First, we will raise it at the council.\n\n\"Second, we will impose sanctions.\"\n\nKirby left.";
        assert_eq!(
            inner(text),
            ["First, we will raise it at the council.\nSecond, we will impose sanctions."]
        );
    }

    #[test]
    fn a_quotation_never_closed_ends_with_its_paragraph() {
        let text = "He said \"we will raise it\n\nNothing else.";
        assert_eq!(inner(text), ["we will raise it"]);
    }

    #[test]
    fn seed_001_quotations() {
        let found = quotes(seed(1));
        let speech: Vec<&str> = found
            .iter()
            .filter(|(_, scare, nested)| !scare && !nested)
            .map(|(t, ..)| t.as_str())
            .collect();
        assert_eq!(speech.len(), 6, "{speech:#?}");
        assert!(speech[4].starts_with("First, Russia's procurement"));
        assert!(speech[4].ends_with("war machine in secret."));
        let scare: Vec<&str> = found
            .iter()
            .filter(|(_, scare, _)| *scare)
            .map(|(t, ..)| t.as_str())
            .collect();
        assert_eq!(scare, ["Concerning escalation", "like-minded states"]);
    }

    #[test]
    fn malformed_marks_never_panic() {
        for text in ["\"", "'", "”“", "a \" b ' c ’ d", "“\n\n”", "«»", "é\"é'é"] {
            let _ = quotes(text);
        }
    }
}

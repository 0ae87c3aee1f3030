//! Splitting a paragraph into sentences.
//!
//! A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or brackets right after,
//! which belong to it) when whitespace and then an upper-case letter, a digit or an opening
//! quote follow. Not after:
//! - a `?` or `!` standing alone between spaces (a mis-encoded dash: "Ukraine ? and");
//! - a title or month abbreviation ("Dec. 30", "Gen. Smith"), [`NEVER_FINAL`];
//! - a dotted acronym ("U.S.", "a.m."), an initial ("John F. Kennedy") or an abbreviation that
//!   may end a sentence ([`MAYBE_FINAL`]), unless what follows is a quotation or a word from
//!   [`SENTENCE_STARTERS`]: "the U.N. Security Council" stays whole, "in the U.S. The next
//!   day" splits, and "in the U.S. Russia said" stays whole (the rare miss we accept).
//!
//! A quotation running over several sentences is split like any other text; quote marks only
//! decide which side of a boundary they fall on.

use super::abbreviations::{MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS};
use crate::source::Span;

const TERMINALS: &[char] = &['.', '!', '?', '…'];
const CLOSING: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const OPENING: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];

/// The sentences of the paragraph at `paragraph` in `text`, trimmed.
pub(super) fn sentence_spans(text: &str, paragraph: Span) -> Vec<Span> {
    let body = &text[paragraph.range()];
    let mut spans = Vec::new();
    let mut sentence_start = 0;
    while let Some((end, next_start)) = next_boundary(body, sentence_start) {
        spans.extend(trimmed(body, sentence_start, end));
        sentence_start = next_start;
    }
    spans.extend(trimmed(body, sentence_start, body.len()));
    spans
        .into_iter()
        .map(|span| span.shift(paragraph.start))
        .collect()
}

/// Whether `line` ends with terminal punctuation, possibly followed by closing quotes.
pub(super) fn ends_with_terminal(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(CLOSING)
        .ends_with(TERMINALS)
}

/// The next sentence boundary in `body` from `from` on: where the sentence ends and where the
/// next one starts.
fn next_boundary(body: &str, from: usize) -> Option<(usize, usize)> {
    let mut offset = from;
    while let Some(found) = find_terminal(&body[offset..]) {
        let terminal = offset + found;
        let after_terminals = terminal + prefix_len(&body[terminal..], |c| TERMINALS.contains(&c));
        let end = after_terminals + prefix_len(&body[after_terminals..], |c| CLOSING.contains(&c));
        offset = end;
        let next_start = end + prefix_len(&body[end..], char::is_whitespace);
        let next = &body[next_start..];
        if next_start == end || next.is_empty() || !starts_sentence(next) {
            continue;
        }
        let stray_mark = body[..terminal].ends_with(char::is_whitespace)
            && body[terminal..].starts_with(['?', '!']);
        if stray_mark {
            continue;
        }
        if &body[terminal..after_terminals] == "." && !period_ends_sentence(body, terminal, next) {
            continue;
        }
        return Some((end, next_start));
    }
    None
}

/// Whether a single period at `period` ends a sentence, given the text `next` after it.
fn period_ends_sentence(body: &str, period: usize, next: &str) -> bool {
    let word_start = body[..period]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(index, c)| index + c.len_utf8());
    let word = body[word_start..=period].trim_start_matches(OPENING);
    if NEVER_FINAL.contains(&word) {
        return false;
    }
    let ambiguous = MAYBE_FINAL.contains(&word) || is_initial_or_acronym(word);
    if !ambiguous {
        return true;
    }
    let next_word = &next[..prefix_len(next, char::is_alphabetic)];
    next.starts_with(OPENING) || SENTENCE_STARTERS.contains(&next_word)
}

/// "F.", "U.S.", "a.m.": single letters each followed by a period.
fn is_initial_or_acronym(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(|letters| {
        letters.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
        })
    })
}

fn starts_sentence(text: &str) -> bool {
    text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || OPENING.contains(&c))
}

/// The length in bytes of the longest prefix of `text` whose characters all match.
/// Where the first of [`TERMINALS`] in `text` starts: `str::find` with SIMD searches, as it
/// is asked of every sentence of every article.
fn find_terminal(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let ascii = memchr::memchr3(b'.', b'!', b'?', bytes);
    // An ellipsis has no byte of the others, so one before them ends before them too.
    let before = &bytes[..ascii.unwrap_or(bytes.len())];
    let ellipsis = "…".as_bytes();
    (memchr::memchr_iter(ellipsis[0], before))
        .find(|&at| before[at..].starts_with(ellipsis))
        .or(ascii)
}

fn prefix_len(text: &str, pattern: impl Fn(char) -> bool + Copy) -> usize {
    text.len() - text.trim_start_matches(pattern).len()
}

fn trimmed(body: &str, start: usize, end: usize) -> Option<Span> {
    let slice = &body[start..end];
    let trimmed = slice.trim();
    let offset = start + slice.len() - slice.trim_start().len();
    (!trimmed.is_empty()).then(|| Span::new(offset, offset + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_terminal_is_found_as_str_find_finds_it() {
        for text in [
            "",
            "no end",
            "Done.",
            "Wait… what?",
            "“Quoted” — and then? yes.",
            "…",
            "a…b.c",
            "x!…",
            "étude… fin",
        ] {
            assert_eq!(find_terminal(text), text.find(TERMINALS), "{text}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        sentence_spans(text, Span::new(0, text.len()))
            .into_iter()
            .map(|span| &text[span.range()])
            .collect()
    }

    #[test]
    fn month_abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "On Dec. 30, Russian forces launched at least one of these North Korean missiles into Ukraine, Kirby said. The missile appears to have landed in an open field. On Jan. 2, Russia launched multiple North Korean ballistic missiles into Ukraine, part of an overnight aerial attack."
            ),
            [
                "On Dec. 30, Russian forces launched at least one of these North Korean missiles into Ukraine, Kirby said.",
                "The missile appears to have landed in an open field.",
                "On Jan. 2, Russia launched multiple North Korean ballistic missiles into Ukraine, part of an overnight aerial attack.",
            ]
        );
    }

    #[test]
    fn currency_and_rank_abbreviations_do_not_end_sentences() {
        let text = "The rover cost Rs. 250 crore, Maj. Gen. Rao said. It flew.";
        assert_eq!(
            sentences(text),
            [
                "The rover cost Rs. 250 crore, Maj. Gen. Rao said.",
                "It flew."
            ]
        );
    }

    #[test]
    fn a_quotation_over_several_sentences_splits_normally() {
        assert_eq!(
            sentences(
                "\"First, Russia's procurement of ballistic missiles from the DPRK directly violates multiple U.N. Security Council resolutions. We will raise these arms deals at the U.N. Security Council alongside our allies and partners, and we will demand that Russia be held accountable for yet again violating its international obligation."
            ),
            [
                "\"First, Russia's procurement of ballistic missiles from the DPRK directly violates multiple U.N. Security Council resolutions.",
                "We will raise these arms deals at the U.N. Security Council alongside our allies and partners, and we will demand that Russia be held accountable for yet again violating its international obligation.",
            ]
        );
        assert_eq!(
            sentences(
                "\"Second, we will impose additional sanctions. Third, we'll continue to release information to the public and expose these arms deals as we are doing today, because we will not allow countries to aid Russia's war machine in secret.\""
            )
            .len(),
            2
        );
    }

    #[test]
    fn a_closing_quote_belongs_to_the_sentence_before() {
        assert_eq!(
            sentences(
                "He said \"we are concerned.\" The missile landed. “This is a significant and concerning escalation,” Kirby said."
            ),
            [
                "He said \"we are concerned.\"",
                "The missile landed.",
                "“This is a significant and concerning escalation,” Kirby said.",
            ]
        );
    }

    #[test]
    fn a_question_mark_between_spaces_is_not_a_boundary() {
        let text = "The White House said Thursday that it had evidence Russia has used North Korean ballistic missiles in its war against Ukraine ? and believes the former Soviet country intends to purchase missile systems from Iran.";
        assert_eq!(sentences(text), [text]);
        assert_eq!(
            sentences("It was a test ? Kirby said."),
            ["It was a test ? Kirby said."]
        );
    }

    #[test]
    fn marks_inside_a_quotation_before_lower_case_are_not_boundaries() {
        assert_eq!(
            sentences("\"Why now?\" he asked. \"Stop!\" said Kirby."),
            ["\"Why now?\" he asked.", "\"Stop!\" said Kirby."]
        );
    }

    #[test]
    fn acronyms_end_sentences_only_before_a_sentence_starter() {
        assert_eq!(
            sentences("It acted because of U.S. sanctions. The U.S. Army agreed."),
            [
                "It acted because of U.S. sanctions.",
                "The U.S. Army agreed."
            ]
        );
        assert_eq!(
            sentences("Troops moved into the U.S. The next day they left."),
            ["Troops moved into the U.S.", "The next day they left."]
        );
        assert_eq!(
            sentences("They met at 3 p.m. Thursday. Washington, D.C. Police said so."),
            [
                "They met at 3 p.m. Thursday.",
                "Washington, D.C. Police said so."
            ]
        );
        assert_eq!(
            sentences(
                "President John F. Kennedy spoke. He left at 5 p.m. \"We are done,\" he said."
            ),
            [
                "President John F. Kennedy spoke.",
                "He left at 5 p.m.",
                "\"We are done,\" he said."
            ]
        );
    }

    #[test]
    fn titles_decimals_and_numbers() {
        assert_eq!(
            sentences(
                "Gen. Smith and Mr. Kirby met Sen. Jones. The range grew 1.5 times to 550 miles. 2024 began."
            ),
            [
                "Gen. Smith and Mr. Kirby met Sen. Jones.",
                "The range grew 1.5 times to 550 miles.",
                "2024 began.",
            ]
        );
        assert_eq!(
            sentences("Apple Inc. The company agreed. It is No. 1 in sales etc. and more."),
            [
                "Apple Inc.",
                "The company agreed.",
                "It is No. 1 in sales etc. and more."
            ]
        );
    }

    #[test]
    fn headlines_ellipses_and_odd_ends() {
        assert_eq!(
            sentences("/ 03:07 AM January 05, 2024"),
            ["/ 03:07 AM January 05, 2024"]
        );
        assert_eq!(
            sentences("Wait… Then it fired. Done?! Yes"),
            ["Wait…", "Then it fired.", "Done?!", "Yes"]
        );
        assert_eq!(sentences("Ends here.  "), ["Ends here."]);
        assert!(sentences("   ").is_empty());
        assert_eq!(sentences("."), ["."]);
    }
}

//! Splitting a sentence into words, numbers, punctuation and symbols.
//!
//! - A word is a run of letters and digits (any script), joined across an apostrophe or a
//!   hyphen between two of them: "Korea’s", "would've", "Jong-un", "KN-23", "550-mile". A
//!   dotted acronym keeps its periods: "U.S.", "a.m.".
//! - A number is a run of digits, joined across `,` `.` `:` `-` `/` between two digits:
//!   "1,000", "1.5", "03:07", "2023-12-30". A run with a letter in it is a word ("1990s").
//! - Every other character is a token of its own, a symbol ($ % € ± © …) or punctuation.

use super::{Token, TokenKind};
use crate::source::Span;

/// Characters that join two letters or digits into one word.
const WORD_JOINERS: &[char] = &['\'', '’', '-', '‐'];

/// Characters that join two digits into one number.
const NUMBER_JOINERS: &[char] = &[',', '.', ':', '-', '/'];

/// The ASCII characters of [`WORD_JOINERS`] and [`NUMBER_JOINERS`], to look a byte up in.
const ASCII_JOINERS: [bool; 128] = {
    let mut table = [false; 128];
    let mut i = 0;
    while i < WORD_JOINERS.len() + NUMBER_JOINERS.len() {
        let joiner = match i.checked_sub(WORD_JOINERS.len()) {
            Some(j) => NUMBER_JOINERS[j],
            None => WORD_JOINERS[i],
        };
        if joiner.is_ascii() {
            table[joiner as usize] = true;
        }
        i += 1;
    }
    table
};

/// Appends the tokens of `text[span]` to `tokens`.
pub(super) fn tokenize(text: &str, span: Span, tokens: &mut Vec<Token>) {
    let slice = &text[span.range()];
    let mut offset = 0;
    while let Some(&byte) = slice.as_bytes().get(offset) {
        // ASCII white space, nearly all of it, is passed over without decoding a character.
        if matches!(byte, b'\t'..=b'\r' | b' ') {
            offset += 1;
            continue;
        }
        let c = slice[offset..]
            .chars()
            .next()
            .expect("a character starts here");
        let (len, kind) = if c.is_whitespace() {
            offset += c.len_utf8();
            continue;
        } else if let Some(len) = dotted_acronym_len(&slice[offset..]) {
            (len, TokenKind::Word)
        } else if c.is_alphanumeric() {
            word_or_number(&slice[offset..])
        } else if is_symbol(c) {
            (c.len_utf8(), TokenKind::Symbol)
        } else {
            (c.len_utf8(), TokenKind::Punct)
        };
        let start = span.start + offset;
        tokens.push(Token {
            span: Span::new(start, start + len),
            kind,
        });
        offset += len;
    }
}

/// The length and kind of the word or number `text` starts with.
fn word_or_number(text: &str) -> (usize, TokenKind) {
    // Most of a token is ASCII letters and digits, always part of it: read them a byte at a
    // time, then go on a character at a time from the first other character.
    let ascii_run = text.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let has_letter = text.as_bytes()[..ascii_run]
        .iter()
        .any(u8::is_ascii_alphabetic);
    // Most tokens end at a space or a mark that joins nothing here (a joiner joins only what
    // goes on with a letter or digit): done, without reading on.
    let bytes = text.as_bytes();
    let ends_here = match bytes.get(ascii_run) {
        None => true,
        Some(next) if !next.is_ascii() => false,
        Some(&next) if ASCII_JOINERS[usize::from(next)] => bytes
            .get(ascii_run + 1)
            .is_none_or(|after| after.is_ascii() && !after.is_ascii_alphanumeric()),
        Some(_) => true,
    };
    if ascii_run > 0 && ends_here {
        return (ascii_run, kind(has_letter));
    }
    word_or_number_from(text, ascii_run, has_letter)
}

fn kind(has_letter: bool) -> TokenKind {
    if has_letter {
        TokenKind::Word
    } else {
        TokenKind::Number
    }
}

/// The length and kind of the word or number `text` starts with, read a character at a time
/// from `start` on, where the token so far has a letter if `has_letter`.
fn word_or_number_from(text: &str, start: usize, mut has_letter: bool) -> (usize, TokenKind) {
    let mut chars = text[start..].char_indices().peekable();
    let mut end = start;
    let mut previous = text[..start].chars().next_back();
    while let Some((index, c)) = chars.next() {
        let joins = |joiners: &[char], next: Option<&(usize, char)>, is_part: fn(char) -> bool| {
            joiners.contains(&c)
                && previous.is_some_and(is_part)
                && next.is_some_and(|&(_, next)| is_part(next))
        };
        let next = chars.peek();
        let part_of_token = c.is_alphanumeric()
            || joins(WORD_JOINERS, next, char::is_alphanumeric)
            || joins(NUMBER_JOINERS, next, |c| c.is_ascii_digit());
        if !part_of_token {
            break;
        }
        has_letter |= c.is_alphabetic();
        end = start + index + c.len_utf8();
        previous = Some(c);
    }
    (end, kind(has_letter))
}

/// "U.S.", "a.m.": two or more single letters, each followed by a period, and no letter after.
fn dotted_acronym_len(text: &str) -> Option<usize> {
    // An ASCII character not followed by a period starts none: most tokens, ruled out at once.
    if let [first, second, ..] = text.as_bytes()
        && first.is_ascii()
        && *second != b'.'
    {
        return None;
    }
    let mut len = 0;
    let mut letters = 0;
    loop {
        let mut chars = text[len..].chars();
        match (chars.next(), chars.next()) {
            (Some(letter), Some('.')) if letter.is_alphabetic() => {
                len += letter.len_utf8() + 1;
                letters += 1;
            }
            (Some(c), _) if c.is_alphanumeric() => return None,
            _ => break,
        }
    }
    (letters >= 2).then_some(len)
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '¢' | '£' | '¤' | '¥' | '\u{20a0}'
            ..='\u{20cf}'
                | '%'
                | '‰'
                | '°'
                | '±'
                | '+'
                | '−'
                | '×'
                | '÷'
                | '='
                | '<'
                | '>'
                | '~'
                | '^'
                | '|'
                | '©'
                | '®'
                | '™'
                | '#'
                | '@'
                | '&'
                | '§'
                | '¶'
                | 'µ'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        tokens
            .into_iter()
            .map(|token| (&text[token.span.range()], token.kind))
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|(token, _)| token).collect()
    }

    #[test]
    fn a_token_ends_where_reading_on_a_character_at_a_time_ends_it() {
        let joined = [
            "don't", "co-op", "1,000", "3.5", "10:30", "12/05", "U.S.", "a‐b",
        ];
        let ended = [
            "abc def", "abc,", "x, y", "1. 2", "a.", "a:", "end", "Zürich", "é1", "ab’s",
        ];
        let words = [
            "9/x",
            "a/b",
            "x-",
            "x'",
            "x--y",
            "2024-01-05",
            "a\u{a0}b",
            "b;c",
        ];
        for text in joined.iter().chain(&ended).chain(&words) {
            assert_eq!(
                word_or_number(text),
                word_or_number_from(text, 0, false),
                "{text}"
            );
        }
    }

    #[test]
    fn only_letters_each_with_a_period_start_a_dotted_acronym() {
        for text in ["ab", "$5", ".5", "a. b", "a.", "5.5.", "a.b", "ab.c."] {
            assert_eq!(dotted_acronym_len(text), None, "{text}");
        }
        assert_eq!(dotted_acronym_len("U.S. aid"), Some(4));
        assert_eq!(dotted_acronym_len("é.x. "), Some(5));
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            words("North Korea’s Hwasong-11 family, KN-23, would've; Kim Jong-un's 'provocations'"),
            [
                "North",
                "Korea’s",
                "Hwasong-11",
                "family",
                ",",
                "KN-23",
                ",",
                "would've",
                ";",
                "Kim",
                "Jong-un's",
                "'",
                "provocations",
                "'"
            ]
        );
    }

    #[test]
    fn numbers_keep_separators_between_digits() {
        use TokenKind::*;
        assert_eq!(
            tokens("/ 03:07 AM January 05, 2024: 1,000 1.5% $900 2023-12-30 1990s 550."),
            [
                ("/", Punct),
                ("03:07", Number),
                ("AM", Word),
                ("January", Word),
                ("05", Number),
                (",", Punct),
                ("2024", Number),
                (":", Punct),
                ("1,000", Number),
                ("1.5", Number),
                ("%", Symbol),
                ("$", Symbol),
                ("900", Number),
                ("2023-12-30", Number),
                ("1990s", Word),
                ("550", Number),
                (".", Punct),
            ]
        );
    }

    #[test]
    fn dotted_acronyms_are_one_word() {
        assert_eq!(
            words("the U.S. sanctions, U.N. Security Council, 3 p.m. and U.S.-led"),
            [
                "the",
                "U.S.",
                "sanctions",
                ",",
                "U.N.",
                "Security",
                "Council",
                ",",
                "3",
                "p.m.",
                "and",
                "U.S.",
                "-",
                "led"
            ]
        );
        assert_eq!(words("John F. Kennedy"), ["John", "F", ".", "Kennedy"]);
        assert_eq!(words("INQUIRER.net"), ["INQUIRER", ".", "net"]);
    }

    #[test]
    fn letters_of_any_script_and_quotes_and_dashes() {
        use TokenKind::*;
        assert_eq!(
            tokens("“Zaporizhzhia” — São Paulo ± 5 © @SwapnaVenugopal…"),
            [
                ("“", Punct),
                ("Zaporizhzhia", Word),
                ("”", Punct),
                ("—", Punct),
                ("São", Word),
                ("Paulo", Word),
                ("±", Symbol),
                ("5", Number),
                ("©", Symbol),
                ("@", Symbol),
                ("SwapnaVenugopal", Word),
                ("…", Punct),
            ]
        );
    }

    #[test]
    fn the_ascii_fast_path_reads_words_and_numbers_as_a_character_at_a_time() {
        let pieces = [
            "a", "Z", "7", "é", "ß9", "'", "’", "-", "‐", ",", ".", ":", "/", " ", "s", "0", "x-",
        ];
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let text = format!("{first}{second}{third}1a");
                    for (start, _) in text.char_indices() {
                        let rest = &text[start..];
                        assert_eq!(
                            word_or_number(rest),
                            word_or_number_from(rest, 0, false),
                            "{rest}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "xx Kirby said";
        let mut found = Vec::new();
        tokenize(text, Span::new(3, text.len()), &mut found);
        assert_eq!(found[0].span, Span::new(3, 8));
        assert_eq!(found[1].span, Span::new(9, 13));
    }
}

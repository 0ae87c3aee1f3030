//! Words, keywords, lists and white space.

use super::*;

/// One word of a subject, claim or event, and the input after it: letters, digits, `-`,
/// `_`, apostrophes and `.` (for `U.S.`), starting with one of the first.
pub(super) fn subject_word(i: &str) -> Option<(&str, &str)> {
    if !i.starts_with(is_word_char) {
        return None;
    }
    // A comma between digits groups thousands: "300,000" is one word of a claim.
    let digit_at = |at: usize| i.as_bytes().get(at).is_some_and(u8::is_ascii_digit);
    let len = i
        .char_indices()
        .find(|&(at, c)| {
            let thousands = c == ',' && at > 0 && digit_at(at - 1) && digit_at(at + 1);
            !(is_word_char(c) || c == '.' || thousands)
        })
        .map_or(i.len(), |(at, _)| at);
    Some(i.split_at(len))
}

/// `item (SEPARATOR item)*`, the separator being `,`, `or` or `, or`. Once a separator is
/// read, an item must follow.
pub(super) fn list<'a, T>(
    mut item: impl Parser<&'a str, Output = T, Error = Failure>,
) -> impl Parser<&'a str, Output = Vec<T>, Error = Failure> {
    move |i: &'a str| {
        let (mut i, first) = item.parse(i)?;
        let mut items = vec![first];
        while let Ok((after, ())) = list_separator(i) {
            let (after, next) = cut(|i| item.parse(i)).parse(after)?;
            items.push(next);
            i = after;
        }
        Ok((i, items))
    }
}

pub(super) fn list_separator(i: &str) -> PResult<'_, ()> {
    let i = i.trim_start();
    let (i, comma) = opt(tag(",")).parse(i)?;
    let after_comma = i.trim_start();
    match keyword("or").parse(after_comma) {
        Ok((rest, _)) => Ok((rest.trim_start(), ())),
        Err(_) if comma.is_some() => Ok((after_comma, ())),
        Err(error) => Err(error),
    }
}

/// `word` in any case, not followed by a letter or digit.
pub(super) fn keyword<'a>(
    word: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = Failure> {
    move |i: &'a str| {
        let (rest, matched) = tag_no_case(word).parse(i)?;
        if rest.starts_with(is_word_char) {
            return Err(nom::Err::Error(Failure::from_error_kind(i, ErrorKind::Tag)));
        }
        Ok((rest, matched))
    }
}

/// `word`, or an error that `expected` was expected, with "did you mean" for a near miss.
pub(super) fn expect_keyword<'a>(
    word: &'static str,
    expected: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = Failure> {
    move |i: &'a str| {
        context(expected, keyword(word)).parse(i).map_err(|error| {
            error.map(|failure| {
                failure
                    .with_label(format!("expected '{word}'"))
                    .with_suggestion(closest(token_at(i), [word]))
            })
        })
    }
}

/// Succeeds at the end of the input (after white space); otherwise says what may follow.
pub(super) fn end_of_input<'a>(i: &'a str, expected: &str) -> PResult<'a, ()> {
    let rest = i.trim_start();
    if rest.is_empty() {
        return Ok((rest, ()));
    }
    Err(nom::Err::Failure(Failure::expected(
        rest,
        expected,
        "unexpected",
    )))
}

pub(super) fn ws0(i: &str) -> PResult<'_, &str> {
    let rest = i.trim_start();
    Ok((rest, &i[..i.len() - rest.len()]))
}

pub(super) fn ws1(i: &str) -> PResult<'_, &str> {
    match ws0(i)? {
        (_, "") => Err(nom::Err::Error(Failure::from_error_kind(
            i,
            ErrorKind::Space,
        ))),
        spaced => Ok(spaced),
    }
}

//! Numbers that are not quantities, told by their neighbours: years, dates, times, ages,
//! phone numbers, identifiers and names ("Boeing 747", "38 North").
//!
//! Numbers glued to letters ("KN-23", "F-16", "30th", "1990s", "10-year-old") never get here:
//! the operand grammar already refuses them.

use super::operand::Operand;
use super::tokens::Tokens;
use crate::text::calendar::MONTHS;

const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];
const AGE_WORDS: &[&str] = &["aged", "age", "ages"];

/// Whether the number of `operand` is something else than a quantity.
pub(super) fn is_excluded(tokens: &Tokens, operand: &Operand) -> bool {
    if operand.unit.is_some() || operand.scaled {
        return false;
    }
    is_year(tokens, operand)
        || is_date_or_time(tokens, operand)
        || is_age(tokens, operand)
        || is_identifier(tokens, operand)
        || is_phone_number(tokens, operand)
}

/// "2019", "in 1993": four digits without a separator, 1000 to 2100. Newsrooms write larger
/// counts with a comma ("2,000 troops").
fn is_year(tokens: &Tokens, operand: &Operand) -> bool {
    let text = tokens.str(operand.number);
    operand
        .digits
        .is_some_and(|d| !d.grouped && d.decimals == 0)
        && text.len() == 4
        && (1000.0..=2100.0).contains(&operand.raw.abs())
}

fn is_month(tokens: &Tokens, i: usize) -> bool {
    let (word, lower) = (tokens.str(i), tokens.lower(i));
    (MONTHS.contains(&lower) && (lower != "may" || word == "May"))
        || MONTH_ABBREVIATIONS.contains(&word)
}

/// "December 30", "30 December", "Dec. 30", "3 p.m.", "2211 GMT", "11 o'clock".
fn is_date_or_time(tokens: &Tokens, operand: &Operand) -> bool {
    let (before, after) = (operand.first, operand.end);
    let month_before = before > 0
        && (is_month(tokens, before - 1)
            || (before > 1 && tokens.str(before - 1) == "." && is_month(tokens, before - 2)));
    let month_after =
        is_month(tokens, after) || (tokens.lower(after) == "of" && is_month(tokens, after + 1));
    // "3 p.m.", "2211 GMT", "00.11 GMT": a clock time, not the count 2,211 or 0.11.
    let clock = tokens.is_clock(operand.number);
    let o_clock = matches!(tokens.str(after), "o'clock" | "o’clock") && operand.raw <= 12.0;
    clock || (operand.raw.fract() == 0.0 && (month_before || month_after || o_clock))
}

/// "aged 45", "45 years old", "Smith, 45, said".
fn is_age(tokens: &Tokens, operand: &Operand) -> bool {
    let (before, after) = (operand.first, operand.end);
    let after_age_word = before > 0 && AGE_WORDS.contains(&tokens.lower(before - 1));
    let years_old =
        matches!(tokens.lower(after), "years" | "year") && tokens.lower(after + 1) == "old";
    let apposition = before > 1
        && tokens.str(before - 1) == ","
        && tokens.is_capitalized(before - 2)
        && !is_month(tokens, before - 2)
        && matches!(tokens.str(after), "," | ")")
        && operand.digits.is_some()
        && (1.0..=120.0).contains(&operand.raw);
    after_age_word || years_old || apposition
}

/// "No. 5", "#5", "Boeing 747", "Resolution 2397", "the Stimson Center's 38 North".
fn is_identifier(tokens: &Tokens, operand: &Operand) -> bool {
    let before = operand.first;
    if before == 0 || operand.digits.is_none_or(|d| d.grouped || d.decimals > 0) {
        return false;
    }
    let numbered = tokens.str(before - 1) == "#"
        || (tokens.str(before - 1) == "."
            && before > 1
            && matches!(tokens.lower(before - 2), "no" | "nr"));
    if numbered {
        return true;
    }
    let sentence_start = before == 1;
    if sentence_start || !tokens.is_capitalized(before - 1) || tokens.is_title_case() {
        return false;
    }
    let previous = tokens.str(before - 1);
    let possessive = previous.ends_with("'s") || previous.ends_with("’s");
    !possessive || tokens.is_capitalized(operand.end)
}

/// "555-1234", "+1 (555) 123 4567": seven or more digits laid out as a phone number.
fn is_phone_number(tokens: &Tokens, operand: &Operand) -> bool {
    if operand.digits.is_some_and(|d| d.grouped) {
        return false;
    }
    let text = tokens.text();
    let span = tokens.span(operand.number);
    let is_part = |c: char| c.is_ascii_digit() || " -()+.".contains(c);
    let start = text[..span.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_part(c))
        .last()
        .map_or(span.start, |(i, _)| i);
    let end = span.end
        + text[span.end..]
            .chars()
            .take_while(|&c| is_part(c))
            .map(char::len_utf8)
            .sum::<usize>();
    let run = &text[start..end];
    let digits = run.chars().filter(char::is_ascii_digit).count();
    let groups: Vec<&str> = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let laid_out = run.contains(['(', '+', '-']) || groups.iter().skip(1).any(|g| g.len() >= 4);
    digits >= 7 && groups.len() >= 2 && laid_out
}

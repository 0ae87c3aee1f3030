//! Dates written in one token: `2023-12-30`, `12/30/2023`, `30.12.2023`, `9/2012`, `2/15`,
//! `1957-58`, `5/1-5/7/2020`, `Feb13`, `31-Oct-74`, `2019-aug-1`, and decades (`1990s`).

use super::PartialDate;
use super::lexicon;

/// What one token states: a date, or a range of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenDate {
    One(PartialDate),
    Range(PartialDate, PartialDate),
}

/// The date in a number token (digits and `-` `/` `.`).
pub fn number_token(token: &str) -> Option<TokenDate> {
    if let Some(date) = numeric_date(token) {
        return Some(TokenDate::One(date));
    }
    if let Some((first, second)) = year_range(token) {
        return Some(TokenDate::Range(
            PartialDate::year(first),
            PartialDate::year(second),
        ));
    }
    // "5/1/2019-5/7/2020", "10/1-11/2/2017": two dates joined by a hyphen.
    token.match_indices('-').find_map(|(at, _)| {
        let (start, end) = (numeric_date(&token[..at])?, numeric_date(&token[at + 1..])?);
        let start = PartialDate {
            year: start.year.or(end.year),
            ..start
        };
        let ordered = match (start.first_day(), end.first_day()) {
            (Some(a), Some(b)) => a <= b,
            _ => true,
        };
        (ordered && start.day.is_some() == end.day.is_some())
            .then_some(TokenDate::Range(start, end))
    })
}

/// "2014-2018", "1957-58": a range of years, the second after the first.
fn year_range(token: &str) -> Option<(i16, i16)> {
    let (first, second) = token.split_once(['-', '/'])?;
    let first = lexicon::year(first)?;
    let second = match second.len() {
        4 => lexicon::year(second)?,
        2 => first - first % 100 + second.parse::<i16>().ok()?,
        _ => return None,
    };
    (second > first).then_some((first, second))
}

/// A word token of letters and digits: "Feb13", "31-Oct-74", "2019-aug-1", "15SEP", and
/// decades: "1990s", "1970's", "90s".
pub fn word_token(token: &str) -> Option<TokenDate> {
    if let Some(decade) = decade(token) {
        return Some(TokenDate::Range(
            PartialDate::year(decade),
            PartialDate::year(decade + 9),
        ));
    }
    let parts = split_letters_and_digits(token);
    let month_at = parts.iter().position(|p| lexicon::month(p).is_some())?;
    let month = lexicon::month(parts[month_at]);
    let year = |p: &str| match p.len() {
        4 => lexicon::year(p),
        2 => two_digit_year(p.parse().ok()?),
        _ => None,
    };
    let date = match (month_at, parts.len()) {
        // "Feb13", "Oct-2"
        (0, 2) => PartialDate::new(None, month, Some(lexicon::day(parts[1])?)),
        // "15SEP", "14april"
        (1, 2) => PartialDate::new(None, month, Some(lexicon::day(parts[0])?)),
        // "Aug-10-2012"
        (0, 3) => PartialDate::new(year(parts[2]), month, Some(lexicon::day(parts[1])?)),
        // "2019-aug-1", "31-Oct-74"
        (1, 3) if parts[0].len() == 4 => PartialDate::new(
            lexicon::year(parts[0]),
            month,
            Some(lexicon::day(parts[2])?),
        ),
        (1, 3) => PartialDate::new(year(parts[2]), month, Some(lexicon::day(parts[0])?)),
        _ => return None,
    };
    let year_missing = parts.len() == 3 && date.year.is_none();
    (!year_missing).then_some(TokenDate::One(date))
}

/// "1990s", "1970's" → 1990, 1970; "90s" → 1990, "20s" → 2020.
fn decade(token: &str) -> Option<i16> {
    let digits = token
        .strip_suffix("'s")
        .or_else(|| token.strip_suffix("’s"))
        .or_else(|| token.strip_suffix('s'))?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    match digits.len() {
        4 => lexicon::year(digits),
        2 => two_digit_year(digits.parse().ok()?),
        _ => None,
    }
}

/// "74" → 1974, "16" → 2016: the century that puts it closest to now.
fn two_digit_year(year: i16) -> Option<i16> {
    match year {
        0..=29 => Some(2000 + year),
        30..=99 => Some(1900 + year),
        _ => None,
    }
}

/// "31-Oct-74" → ["31", "Oct", "74"]; "Feb13" → ["Feb", "13"].
fn split_letters_and_digits(token: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    for piece in token.split(['-', '/']) {
        let mut start = 0;
        let mut previous_digit = None;
        for (at, c) in piece.char_indices() {
            let digit = c.is_ascii_digit();
            if previous_digit.is_some_and(|p| p != digit) {
                parts.push(&piece[start..at]);
                start = at;
            }
            previous_digit = Some(digit);
        }
        parts.push(&piece[start..]);
    }
    parts
}

/// The date in one number token: `2023-12-30`, `2023/12/30`, `12/30/2023`, `30/12/2023`,
/// `30.12.2023`, `12-30-16`, `9/2012`, `2023-09`, `2/15`. Month first unless the first
/// number cannot be a month, or the separator is a dot (European day first).
fn numeric_date(token: &str) -> Option<PartialDate> {
    let separator = token
        .chars()
        .find(|c| matches!(c, '-' | '/' | '.'))
        .unwrap_or('-');
    let parts: Vec<&str> = token.split(separator).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<i16>().ok();
    let month_day = |m: i16, d: i16| (1..=12).contains(&m) && (1..=31).contains(&d);
    let date = |y: i16, m: i16, d: Option<i16>| {
        PartialDate::new(Some(y), Some(m as i8), d.map(|d| d as i8))
    };
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => {
            let (y, m, d) = (number(y)?, number(m)?, number(d)?);
            month_day(m, d).then(|| date(y, m, Some(d)))
        }
        [a, b, y] if y.len() == 4 || y.len() == 2 => {
            let (a, b) = (number(a)?, number(b)?);
            let y = if y.len() == 2 {
                two_digit_year(number(y)?)?
            } else {
                number(y)?
            };
            let day_first = (separator == '.' && month_day(b, a)) || !month_day(a, b);
            let (m, d) = if day_first { (b, a) } else { (a, b) };
            month_day(m, d).then(|| date(y, m, Some(d)))
        }
        [y, m] if y.len() == 4 && m.len() == 2 && separator != '.' => {
            let (y, m) = (number(y)?, number(m)?);
            month_day(m, 1).then(|| date(y, m, None))
        }
        [m, y] if y.len() == 4 && m.len() <= 2 && separator != '.' => {
            let (m, y) = (number(m)?, number(y)?);
            month_day(m, 1).then(|| date(y, m, None))
        }
        [a, b] if separator == '/' && a.len() <= 2 && b.len() <= 2 => {
            let (a, b) = (number(a)?, number(b)?);
            // "4/22", or "22/04" when the first cannot be a month.
            let (m, d) = if month_day(a, b) { (a, b) } else { (b, a) };
            month_day(m, d).then(|| PartialDate::new(None, Some(m as i8), Some(d as i8)))
        }
        [compact] if compact.len() == 8 => {
            // "20161016"
            let (y, m, d) = (
                number(&compact[..4])?,
                number(&compact[4..6])?,
                number(&compact[6..])?,
            );
            ((1900..=2100).contains(&y) && month_day(m, d)).then(|| date(y, m, Some(d)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(year: Option<i16>, month: i8, day: Option<i8>) -> Option<TokenDate> {
        Some(TokenDate::One(PartialDate::new(year, Some(month), day)))
    }

    fn years(first: i16, second: i16) -> Option<TokenDate> {
        Some(TokenDate::Range(
            PartialDate::year(first),
            PartialDate::year(second),
        ))
    }

    #[test]
    fn number_tokens() {
        let cases = [
            ("2023-12-30", one(Some(2023), 12, Some(30))),
            ("6/10/2018", one(Some(2018), 6, Some(10))),
            ("30/12/2016", one(Some(2016), 12, Some(30))),
            ("30.12.2023", one(Some(2023), 12, Some(30))),
            ("10.31.1974", one(Some(1974), 10, Some(31))),
            ("12-30-16", one(Some(2016), 12, Some(30))),
            ("9/2012", one(Some(2012), 9, None)),
            ("2023-09", one(Some(2023), 9, None)),
            ("2/15", one(None, 2, Some(15))),
            ("22/04", one(None, 4, Some(22))),
            ("11-2016", one(Some(2016), 11, None)),
            ("20161016", one(Some(2016), 10, Some(16))),
            ("12345678", None),
            ("2014-2018", years(2014, 2018)),
            ("1957-58", years(1957, 1958)),
            ("8/32/2014", None),
            ("2019-20", years(2019, 2020)),
            ("10.1", None),
            ("1,000", None),
            ("80-32-89-89", None),
        ];
        for (token, expected) in cases {
            assert_eq!(number_token(token), expected, "{token}");
        }
        assert_eq!(
            number_token("5/1-5/7/2020"),
            Some(TokenDate::Range(
                PartialDate::new(Some(2020), Some(5), Some(1)),
                PartialDate::new(Some(2020), Some(5), Some(7)),
            ))
        );
    }

    #[test]
    fn word_tokens() {
        let cases = [
            ("Feb13", one(None, 2, Some(13))),
            ("Oct-2", one(None, 10, Some(2))),
            ("15SEP", one(None, 9, Some(15))),
            ("31-Oct-74", one(Some(1974), 10, Some(31))),
            ("2019-aug-1", one(Some(2019), 8, Some(1))),
            ("1990s", years(1990, 1999)),
            ("1970's", years(1970, 1979)),
            ("90s", years(1990, 1999)),
            ("KN-23", None),
            ("Hwasong-11", None),
            ("1990", None),
            ("550-mile", None),
        ];
        for (token, expected) in cases {
            assert_eq!(word_token(token), expected, "{token}");
        }
    }
}

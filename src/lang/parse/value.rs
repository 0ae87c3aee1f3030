//! Values: quantities, dates, quoted texts, identifiers, and the numbers, scales and units
//! inside them.

use super::*;

impl<'a> Grammar<'a> {
    /// `[CURRENCY] NUMBER [SCALE] [UNIT] [RATE]`: `885 km`, `$61 billion`, `61.2%`, `61bn
    /// USD`, `$1 million per day`; or a vague word (`several`, `dozens`) or an ordinal
    /// (`11th`, `eleventh`).
    pub(super) fn quantity(self, i: &'a str) -> PResult<'a, Quantity> {
        let start = i;
        let (i, currency) = opt(|i| self.currency_sign(i)).parse(i)?;
        let (i, _) = ws0(i)?;
        if currency.is_none()
            && let Some((i, value, form)) = self.count_word(i)?
        {
            let (i, unit) = match form {
                Form::Ordinal => (i, None),
                _ => self.unit_after_number(i)?,
            };
            let (i, per) = self.rate(i)?;
            let span = self.span_between(start, i);
            let quantity = Quantity {
                value,
                unit,
                form,
                per,
                span,
            };
            return Ok((i, quantity));
        }
        let (i, number) = number(i).map_err(|error| self.vague_typo(i, error))?;
        let (i, scale) = scale(i, currency.is_some())?;
        let value = number * scale;
        if !value.is_finite() {
            let span = self.span_between(start, i);
            return Err(nom::Err::Failure(self.failure_at(
                span,
                "number too large",
                "too large",
            )));
        }
        let (i, unit) = self.unit_after_number(i)?;
        let unit = match (currency, unit) {
            (Some(currency), Some(unit)) => {
                let message = format!(
                    "'{}' already gives the currency",
                    self.text_of(currency.span)
                );
                let failure = self
                    .failure_at(unit.span, message, "second unit")
                    .with_help("keep only one of them");
                return Err(nom::Err::Failure(failure));
            }
            (currency, unit) => currency.or(unit),
        };
        let (i, per) = self.rate(i)?;
        let span = self.span_between(start, i);
        let quantity = Quantity {
            value,
            unit,
            form: Form::Number,
            per,
            span,
        };
        Ok((i, quantity))
    }

    /// A vague word (`several`, `a few dozen`), an ordinal in digits (`11th`, its suffix
    /// checked) or in words (`eleventh`), with the value it stands for (a vague word's low
    /// end) and its form; `None` when `i` starts with none of them.
    fn count_word(self, i: &'a str) -> Result<Option<(&'a str, f64, Form)>, nom::Err<Failure>> {
        let token = unit_token(i);
        if let Some((n, suffix)) = counting::ordinal_digits(token) {
            let expected = counting::ordinal_suffix(n);
            if !suffix.eq_ignore_ascii_case(expected) {
                let message = format!("malformed ordinal '{token}'");
                let failure = self
                    .failure_on(suffix, message, "wrong suffix")
                    .with_help(format!("write {n}{expected}"));
                return Err(nom::Err::Failure(failure));
            }
            return Ok(Some((&i[token.len()..], n as f64, Form::Ordinal)));
        }
        if let Some(n) = counting::ordinal_word(token) {
            return Ok(Some((&i[token.len()..], n, Form::Ordinal)));
        }
        let mut words = Vec::new();
        let mut ends = Vec::new();
        let mut rest = i;
        while words.len() < 3 {
            let word = unit_token(rest);
            if word.is_empty() {
                break;
            }
            words.push(word);
            ends.push(i.len() - rest.len() + word.len());
            rest = rest[word.len()..].trim_start();
        }
        Ok(counting::vague_at(&words)
            .map(|(vague, taken)| (&i[ends[taken - 1]..], vague.low, Form::Vague(vague))))
    }

    /// The error of a figure that is no number: with a "did you mean 'several'?" when the
    /// word is close to a vague one.
    fn vague_typo(self, i: &'a str, error: nom::Err<Failure>) -> nom::Err<Failure> {
        let token = unit_token(i);
        match counting::suggest_vague(token) {
            Some(known) if token.chars().all(char::is_alphabetic) => {
                let failure = self
                    .failure_on(
                        token,
                        format!("expected a number, found '{token}'"),
                        "not a number",
                    )
                    .with_help(format!("did you mean '{known}'?"));
                nom::Err::Failure(failure)
            }
            _ => error,
        }
    }

    /// `per UNIT` or `/UNIT` after a quantity, with a unit of time: the quantity is a rate
    /// (`20,000 per day`, `$1 million/yr`). `per` before anything else is left for a source.
    fn rate(self, i: &'a str) -> PResult<'a, Option<Spanned<&'static Unit>>> {
        let after_slash = i.strip_prefix('/');
        let after_per = (ws0, keyword("per"), ws1)
            .parse(i)
            .ok()
            .map(|(rest, _)| rest)
            .filter(|rest| longest_unit_at(rest).is_some());
        let Some(at) = after_slash.or(after_per) else {
            return Ok((i, None));
        };
        let token = unit_token(at);
        let Some((len, unit)) = longest_unit_at(at) else {
            let failure = Failure::expected(at, "a unit of time after '/'", "not a unit of time")
                .with_help("write a rate as 20,000 per day or 20,000/day");
            return Err(nom::Err::Failure(failure));
        };
        if unit.dimension != Dimension::Duration {
            let message = format!("a rate is per a unit of time, not per {}", unit.dimension);
            let failure = self
                .failure_on(&at[..len.max(token.len())], message, "not a unit of time")
                .with_help("write a rate as 20,000 per day, $1 million per year or 5/h");
            return Err(nom::Err::Failure(failure));
        }
        let (name, rest) = at.split_at(len);
        Ok((rest, Some(Spanned::new(unit, self.span_of(name)))))
    }

    /// `$`, `US$`, `€`, `£`, `¥`… before a number.
    pub(super) fn currency_sign(self, i: &'a str) -> PResult<'a, Spanned<&'static Unit>> {
        let Some((sign, unit)) = units::currency_sign_prefix(i) else {
            return Err(nom::Err::Error(Failure::from_error_kind(i, ErrorKind::Tag)));
        };
        let (sign, rest) = i.split_at(sign.len());
        Ok((rest, Spanned::new(unit, self.span_of(sign))))
    }

    /// The unit after a number (`km`, `%`, `per cent`, `nautical miles`), if any. A word
    /// there that is not a unit is an error, except `and` (`between 10 and 12`), `or`
    /// (`= 6.8 or 7.0`) and `per` before a source (`= 6.8 per usgs`).
    pub(super) fn unit_after_number(
        self,
        i: &'a str,
    ) -> PResult<'a, Option<Spanned<&'static Unit>>> {
        let at = i.trim_start();
        let token = unit_token(at);
        let not_a_unit_position = token.is_empty()
            || token.starts_with(|c: char| c.is_ascii_digit() || c == '/')
            || token.eq_ignore_ascii_case("and")
            || token.eq_ignore_ascii_case("or")
            || is_as_of(at);
        if not_a_unit_position {
            return Ok((i, None));
        }
        let found = longest_unit_at(at);
        if found.is_none() && token.eq_ignore_ascii_case("per") {
            return Ok((i, None));
        }
        let Some((name_len, unit)) = found else {
            return Err(nom::Err::Failure(unknown_unit(at, token)));
        };
        let (name, rest) = at.split_at(name_len);
        Ok((rest, Some(Spanned::new(unit, self.span_of(name)))))
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]` and an offset from UTC (`Z`, `+01:00`,
    /// `-0400`): when a figure held. A time without an offset is an error, since the day it
    /// falls on depends on it.
    pub(super) fn moment(self, i: &'a str) -> PResult<'a, Spanned<Moment>> {
        const HELP: &str = "write the day the figure was current: as of 2023-09-09";
        let start = i;
        let (i, day) = self.day_of(i, "'as of' needs a day", HELP)?;
        let Some(after_t) = i.strip_prefix(['T', 't']) else {
            return Ok((i, Spanned::new(Moment::Day(day.node), day.span)));
        };
        let (i, time) = self.time_on(start, day.node, after_t)?;
        let moment = Moment::Instant {
            day: day.node,
            at: time.at,
        };
        Ok((i, Spanned::new(moment, self.span_between(start, i))))
    }

    /// `2023-10-25T00:25-06:00`, after `at`: a day, a time of day and its offset.
    pub(super) fn event_time(self, i: &'a str) -> PResult<'a, Spanned<EventTime>> {
        const HELP: &str = "write the day, the time and its offset: at 2023-10-25T00:25-06:00";
        let start = i;
        let (i, day) = self.day_of(i, "'at' needs a day and a time", HELP)?;
        let Some(after_t) = i.strip_prefix(['T', 't']) else {
            let failure = self
                .failure_at(day.span, "'at' needs a time of day", "a day without a time")
                .with_help(format!(
                    "add the time and its offset ({}T00:25-06:00), or write 'on {}' for the day",
                    day.node, day.node
                ));
            return Err(nom::Err::Failure(failure));
        };
        let (i, time) = self.time_on(start, day.node, after_t)?;
        Ok((i, Spanned::new(time, self.span_between(start, i))))
    }

    /// A day, at the start of a moment: `2023-09-09` (not a month or a year).
    fn day_of(
        self,
        i: &'a str,
        not_a_day: &str,
        help: &str,
    ) -> PResult<'a, Spanned<jiff::civil::Date>> {
        let (i, date) = self
            .date(i)
            .map_err(|error| error.map(|failure| failure.with_help(help)))?;
        match date.node {
            DateValue::Day(day) => Ok((i, Spanned::new(day, date.span))),
            _ => {
                let failure = self
                    .failure_at(date.span, not_a_day, "not a day")
                    .with_help(help);
                Err(nom::Err::Failure(failure))
            }
        }
    }

    /// `HH:MM[:SS]` and its offset, after the `T` of a moment that starts at `start`.
    fn time_on(
        self,
        start: &'a str,
        day: jiff::civil::Date,
        after_t: &'a str,
    ) -> PResult<'a, EventTime> {
        let (i, time) = self.time_of_day(after_t)?;
        let (i, offset) = self.utc_offset(i)?;
        let at = offset.to_timestamp(day.to_datetime(time)).map_err(|_| {
            nom::Err::Failure(self.failure_on(
                &start[..start.len() - i.len()],
                "time out of range",
                "out of range",
            ))
        })?;
        Ok((i, EventTime { at, offset }))
    }

    /// `HH:MM` or `HH:MM:SS`, on the 24-hour clock.
    fn time_of_day(self, i: &'a str) -> PResult<'a, jiff::civil::Time> {
        let len = i
            .find(|c: char| !(c.is_ascii_digit() || c == ':'))
            .unwrap_or(i.len());
        let token = &i[..len];
        let parts: Vec<&str> = token.split(':').collect();
        let two_digits = |part: &&str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
        if !(2..=3).contains(&parts.len()) || !parts.iter().all(two_digits) {
            let failure = Failure::expected(i, "a time of day (HH:MM)", "not HH:MM").with_help(
                "write a time as 21:00 or 21:00:30, then its offset: 21:00Z, 21:00+01:00",
            );
            return Err(nom::Err::Failure(failure));
        }
        let number = |part: &str| part.parse::<i8>().unwrap_or(i8::MAX);
        let (hour, minute) = (number(parts[0]), number(parts[1]));
        let second = parts.get(2).map_or(0, |part| number(part));
        match jiff::civil::Time::new(hour, minute, second, 0) {
            Ok(time) => Ok((&i[len..], time)),
            Err(_) => {
                let failure = self
                    .failure_on(
                        token,
                        format!("no such time of day '{token}'"),
                        "out of range",
                    )
                    .with_help("hours go from 00 to 23, minutes and seconds from 00 to 59");
                Err(nom::Err::Failure(failure))
            }
        }
    }

    /// `Z`, `+01:00`, `-0400`, `+05:30`: a time's offset from UTC.
    fn utc_offset(self, i: &'a str) -> PResult<'a, jiff::tz::Offset> {
        if let Some(rest) = i.strip_prefix(['Z', 'z']) {
            return Ok((rest, jiff::tz::Offset::UTC));
        }
        let missing = || {
            let failure = Failure::expected(i, "the time's offset from UTC", "no offset")
                .with_help("a time needs its offset: 21:00Z for UTC, 21:00+01:00, 18:04+05:30");
            nom::Err::Failure(failure)
        };
        let sign = match i.chars().next() {
            Some('+') => 1,
            Some('-' | '−') => -1,
            _ => return Err(missing()),
        };
        let rest = &i[i.chars().next().map_or(0, char::len_utf8)..];
        let len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ':'))
            .unwrap_or(rest.len());
        let digits: String = rest[..len].chars().filter(char::is_ascii_digit).collect();
        let (hours, minutes) = match digits.len() {
            2 => (&digits[..2], "00"),
            4 => (&digits[..2], &digits[2..]),
            _ => return Err(missing()),
        };
        let (hours, minutes) = (
            hours.parse::<i32>().unwrap_or(i32::MAX),
            minutes.parse::<i32>().unwrap_or(i32::MAX),
        );
        let offset = (hours <= 14 && minutes < 60)
            .then(|| jiff::tz::Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok())
            .flatten();
        match offset {
            Some(offset) => Ok((&rest[len..], offset)),
            None => {
                let written = &i[..i.len() - rest.len() + len];
                let failure = self
                    .failure_on(
                        written,
                        format!("no such offset from UTC '{written}'"),
                        "out of range",
                    )
                    .with_help("offsets go from -14:00 to +14:00");
                Err(nom::Err::Failure(failure))
            }
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, checked against the calendar.
    pub(super) fn date(self, i: &'a str) -> PResult<'a, Spanned<DateValue>> {
        let token_len = i
            .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '/'))
            .unwrap_or(i.len());
        let (token, rest) = i.split_at(token_len);
        if token.is_empty() {
            let what = "a date (YYYY-MM-DD, YYYY-MM or YYYY)";
            return Err(nom::Err::Error(Failure::expected(i, what, "not a date")));
        }
        let date = self.calendar_date(token).map_err(nom::Err::Failure)?;
        Ok((rest, Spanned::new(date, self.span_of(token))))
    }

    pub(super) fn calendar_date(self, token: &'a str) -> Result<DateValue, Failure> {
        let parts: Vec<&str> = token.split('-').collect();
        let digits =
            |part: &str, len| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        let well_formed = parts.len() <= 3
            && digits(parts[0], 4)
            && parts[1..].iter().all(|part| digits(part, 2));
        let year = parts[0].parse::<i16>().ok().filter(|_| well_formed);
        let Some(year) = year else {
            let message = format!("malformed date '{token}'");
            return Err(self
                .failure_on(token, message, "not YYYY-MM-DD, YYYY-MM or YYYY")
                .with_help("write dates as 2024-01-04, 2024-01 or 2024"));
        };
        match parts[1..] {
            [] => Ok(DateValue::Year(year)),
            [month] => Ok(DateValue::Month {
                year,
                month: self.month(month)?,
            }),
            [month, day] => {
                let month = self.month(month)?;
                Ok(DateValue::Day(self.day(year, month, day)?))
            }
            _ => Err(self.failure_on(token, "malformed date", "too many parts")),
        }
    }

    pub(super) fn month(self, text: &'a str) -> Result<i8, Failure> {
        match text.parse::<i8>() {
            Ok(month @ 1..=12) => Ok(month),
            _ => Err(self
                .failure_on(
                    text,
                    format!("month {text} does not exist"),
                    "no such month",
                )
                .with_help("months run from 01 to 12")),
        }
    }

    pub(super) fn day(self, year: i16, month: i8, text: &'a str) -> Result<Date, Failure> {
        let days = Date::new(year, month, 1)
            .map(Date::days_in_month)
            .unwrap_or(0);
        let day = text.parse::<i8>().unwrap_or(0);
        if (1..=days).contains(&day)
            && let Ok(date) = Date::new(year, month, day)
        {
            return Ok(date);
        }
        let message = match day {
            0 => format!("day {text} does not exist"),
            _ => format!("{year:04}-{month:02} has {days} days"),
        };
        Err(self
            .failure_on(text, message, "no such day")
            .with_help(format!(
                "the last day of the month is {year:04}-{month:02}-{days}"
            )))
    }

    /// A text in straight or curly double quotes. The node's span is the text inside the
    /// marks.
    pub(super) fn quoted(self, i: &'a str, what: &str) -> PResult<'a, Spanned<String>> {
        let Some(&(open, close)) = QUOTE_MARKS.iter().find(|(open, _)| i.starts_with(open)) else {
            let help = if i.starts_with(['\'', '‘']) {
                "use double quotes (\"…\" or “…”), not single quotes"
            } else {
                "put it between double quotes: \"…\""
            };
            let failure = Failure::expected(i, &format!("{what} in double quotes"), "not quoted")
                .with_help(help);
            return Err(nom::Err::Error(failure));
        };
        let inside = &i[open.len()..];
        let Some(text_len) = inside.find(close) else {
            let failure = Failure::at(
                i,
                open.len(),
                "unterminated quote",
                "this quote is never closed",
            )
            .with_help(format!("end the text with {close}"));
            return Err(nom::Err::Failure(failure));
        };
        let (text, after) = inside.split_at(text_len);
        let quoted_len = open.len() + text_len + close.len();
        if text.trim().is_empty() {
            let failure = Failure::at(i, quoted_len, format!("{what} is empty"), "empty quotes");
            return Err(nom::Err::Failure(failure));
        }
        // Articles are matched word by word, with hyphens and dashes read as spaces: a text
        // without a letter or digit would match between any two words.
        if !text.chars().any(char::is_alphanumeric) {
            let failure = Failure::at(
                i,
                quoted_len,
                format!("{what} has no word"),
                "no letter or digit",
            )
            .with_help("factlint matches whole words: write at least one");
            return Err(nom::Err::Failure(failure));
        }
        let node = Spanned::new(text.to_owned(), self.span_of(text));
        Ok((&after[close.len()..], node))
    }

    /// An entity id or role: letters, digits, `-` and `_`.
    pub(super) fn identifier(self, i: &'a str, what: &str) -> PResult<'a, Spanned<String>> {
        let len = i.find(|c| !is_identifier_char(c)).unwrap_or(i.len());
        if len == 0 {
            return Err(nom::Err::Error(Failure::expected(i, what, "not an id")));
        }
        let (id, rest) = i.split_at(len);
        Ok((rest, Spanned::new(id.to_owned(), self.span_of(id))))
    }
}

/// `1000`, `1,000`, `-3`, `61.2`: digits with optional thousands commas and decimals.
pub(super) fn number(i: &str) -> PResult<'_, f64> {
    let unsigned = i.strip_prefix(['-', '−']).unwrap_or(i);
    let integer = leading_digits(unsigned);
    if integer.is_empty() {
        return Err(nom::Err::Error(Failure::expected(
            i,
            "a number",
            "not a number",
        )));
    }
    let mut rest = &unsigned[integer.len()..];
    while let Some(group) = rest
        .strip_prefix(',')
        .filter(|group| starts_with_digit(group))
    {
        let digits = leading_digits(group);
        if integer.len() > 3 {
            let label = "more than three digits before a thousands separator";
            return Err(nom::Err::Failure(malformed_number(i, integer, label)));
        }
        if digits.len() != 3 {
            let label = "a group after a thousands separator has three digits";
            return Err(nom::Err::Failure(malformed_number(i, digits, label)));
        }
        rest = &group[digits.len()..];
    }
    if let Some(fraction) = rest
        .strip_prefix('.')
        .filter(|fraction| starts_with_digit(fraction))
    {
        rest = &fraction[leading_digits(fraction).len()..];
    }
    let written = &i[..i.len() - rest.len()];
    let value = written
        .replace(',', "")
        .replace('−', "-")
        .parse::<f64>()
        .map_err(|error| {
            nom::Err::Failure(Failure::from_external_error(i, ErrorKind::Float, error))
        })?;
    Ok((rest, value))
}

/// "malformed number '1,00'", pointing at `offending`, a part of `number`.
pub(super) fn malformed_number(number: &str, offending: &str, label: &str) -> Failure {
    let offset = number.offset(offending);
    let message = format!("malformed number '{}'", token_at(number));
    Failure::at(&number[offset..], offending.len(), message, label)
        .with_help("commas separate thousands: 1,000 or 1,000,000")
}

/// The multiplier written after a number (`61bn`, `$5m`, `1.5 million`); 1 when none.
pub(super) fn scale(i: &str, after_currency: bool) -> PResult<'_, f64> {
    // A scale ends at a slash: "$1 million/yr" is a rate.
    let scale_token = |text| {
        let token = unit_token(text);
        token.split('/').next().unwrap_or(token)
    };
    let attached = scale_token(i);
    let attached_scale = find_scale(attached, &ATTACHED_SCALES)
        .or_else(|| find_scale(attached, &CURRENCY_SCALES).filter(|_| after_currency));
    if let Some(factor) = attached_scale {
        return Ok((&i[attached.len()..], factor));
    }
    let after_space = i.trim_start();
    let word = scale_token(after_space);
    match find_scale(word, &SCALE_WORDS) {
        Some(factor) if after_space.len() < i.len() => Ok((&after_space[word.len()..], factor)),
        _ => Ok((i, 1.0)),
    }
}

pub(super) fn find_scale(word: &str, scales: &[(&str, f64)]) -> Option<f64> {
    scales
        .iter()
        .find(|(name, _)| word.eq_ignore_ascii_case(name))
        .map(|&(_, factor)| factor)
}

/// The unit name at the start of `text` that spans the most words (`nautical miles` over
/// `nautical`), as its byte length and unit.
pub(super) fn longest_unit_at(text: &str) -> Option<(usize, &'static Unit)> {
    let mut ends = Vec::new();
    let mut rest = text;
    while ends.len() < 3 {
        let token = unit_token(rest);
        if token.is_empty() {
            break;
        }
        let end = text.len() - rest.len() + token.len();
        ends.push(end);
        rest = text[end..].trim_start();
    }
    ends.iter()
        .rev()
        .find_map(|&end| units::lookup(&text[..end]).map(|unit| (end, unit)))
}

/// A unit-shaped token: letters and digits, `/`, `²`, `%` and currency signs.
pub(super) fn unit_token(text: &str) -> &str {
    let is_unit_char = |c: char| {
        c.is_alphanumeric()
            || matches!(
                c,
                '/' | '²' | '°' | 'º' | '%' | '$' | '€' | '£' | '¥' | '₽' | '₴' | '₹'
            )
    };
    let len = text.find(|c| !is_unit_char(c)).unwrap_or(text.len());
    &text[..len]
}

pub(super) fn unknown_unit(at: &str, token: &str) -> Failure {
    let failure = Failure::at(
        at,
        token.len(),
        format!("unknown unit '{token}'"),
        "not a unit",
    );
    match token {
        "M" => failure.with_help("write millions as 'mn' or 'million' ('m' is metres)"),
        "B" => failure.with_help("write billions as 'bn' or 'billion'"),
        // "Mx", "MW": a magnitude's scale mistyped, not the closest unit by letters ('m').
        _ if token.len() == 2 && token.starts_with('M') => {
            failure.with_help("did you mean 'Mw'? (a magnitude; millions are 'mn')")
        }
        _ => match units::suggest(token) {
            Some(known) => failure.with_help(format!("did you mean '{known}'?")),
            None => failure.with_help(
                "units include km, mi, m, ft, kg, t, lb, %, USD, $, EUR, €; see docs/language.md",
            ),
        },
    }
}

/// Whether `text` starts with the words `as of`, which end a quantity's figures.
pub(super) fn is_as_of(text: &str) -> bool {
    (keyword("as"), ws1, keyword("of")).parse(text).is_ok()
}

pub(super) fn leading_digits(text: &str) -> &str {
    let len = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    &text[..len]
}

pub(super) fn starts_with_digit(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit())
}

/// What may follow `between`: a number (`10`, `-3`, `$61`) or a date.
pub(super) fn starts_number_or_date(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '−']).unwrap_or(text);
    starts_with_digit(unsigned) || units::currency_sign_prefix(text).is_some()
}

/// `2024-11-01` or `2024-11`: a year, a hyphen and a digit. A bare year after `between` is
/// read as a number.
pub(super) fn looks_like_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 6
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5].is_ascii_digit()
}

pub(super) fn starts_with_quote(text: &str) -> bool {
    QUOTE_MARKS.iter().any(|(open, _)| text.starts_with(open))
}

pub(super) fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

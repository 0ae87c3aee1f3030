//! The grammar, construct by construct, and every error with its exact span.

use super::*;

fn parse(input: &str) -> Assertion {
    parse_assertion(input).unwrap_or_else(|error| panic!("{input:?}: {error:?}"))
}

fn quantity(input: &str) -> QuantityAssertion {
    match parse(input) {
        Assertion::Quantity(quantity) => quantity,
        other => panic!("{input:?} is not a quantity: {other:?}"),
    }
}

fn date(input: &str) -> DateAssertion {
    match parse(input) {
        Assertion::Date(date) => date,
        other => panic!("{input:?} is not a date: {other:?}"),
    }
}

fn attribution(input: &str) -> AttributionAssertion {
    match parse(input) {
        Assertion::Attribution(attribution) => attribution,
        other => panic!("{input:?} is not an attribution: {other:?}"),
    }
}

/// The operator and the figures of a comparison.
fn figures(input: &str) -> (Spanned<CompareOp>, Vec<Figure>) {
    match quantity(input).constraint {
        QuantityConstraint::Compare { op, figures } => (op, figures),
        other => panic!("{input:?} is not a comparison: {other:?}"),
    }
}

/// A comparison of one figure: its operator, value and tolerance.
fn compare(input: &str) -> (CompareOp, Quantity, Option<Spanned<Tolerance>>) {
    let (op, mut figures) = figures(input);
    assert_eq!(figures.len(), 1, "{input:?}");
    let figure = figures.remove(0);
    (op.node, figure.value, figure.tolerance)
}

fn unit_symbol(quantity: &Quantity) -> Option<&'static str> {
    quantity.unit.as_ref().map(|unit| unit.node.symbol)
}

/// The byte range of the first `needle` in `input` (of the `nth`, counting from 0).
fn at(input: &str, needle: &str, nth: usize) -> Span {
    let start = input
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} is not in {input:?}"))
        .0;
    Span::new(start, start + needle.len())
}

fn spanned(node: &str, span: Span) -> Spanned<String> {
    Spanned::new(node.to_owned(), span)
}

fn day(text: &str) -> DateValue {
    DateValue::Day(
        text.parse()
            .unwrap_or_else(|_| panic!("{text} is not a date")),
    )
}

/// Asserts the error for `input`: where it points, its message, label and help.
fn assert_error(input: &str, span: Span, message: &str, label: &str, help: Option<&str>) {
    let error = parse_assertion(input).expect_err(input);
    let expected = ParseError {
        span,
        message: message.to_owned(),
        label: label.to_owned(),
        help: help.map(str::to_owned),
    };
    assert_eq!(error, expected, "{input:?}");
}

fn assert_condition_error(input: &str, span: Span, message: &str, help: Option<&str>) {
    let error = parse_condition(input).expect_err(input);
    assert_eq!(
        (error.span, error.message.as_str(), error.help.as_deref()),
        (span, message, help),
        "{input:?}"
    );
}

// Quantities.

#[test]
fn approximate_quantity_with_absolute_tolerance() {
    let input = "range ≈ 885 km ±20";
    let assertion = quantity(input);
    assert_eq!(assertion.subject, spanned("range", at(input, "range", 0)));
    let (op, mut figures) = figures(input);
    let Figure {
        value, tolerance, ..
    } = figures.remove(0);
    assert_eq!(op, Spanned::new(CompareOp::Approx, at(input, "≈", 0)));
    assert_eq!((value.value, unit_symbol(&value)), (885.0, Some("km")));
    assert_eq!(value.span, at(input, "885 km", 0));
    assert_eq!(value.unit.map(|unit| unit.span), Some(at(input, "km", 0)));
    let expected = Tolerance::Absolute {
        amount: 20.0,
        unit: None,
    };
    assert_eq!(tolerance, Some(Spanned::new(expected, at(input, "±20", 0))));
}

#[test]
fn percent_tolerance_on_a_length_is_relative() {
    let (_, value, tolerance) = compare("range ≈ 550 mi ±2%");
    assert_eq!(unit_symbol(&value), Some("mi"));
    assert_eq!(tolerance.map(|t| t.node), Some(Tolerance::Percent(2.0)));
}

#[test]
fn tolerance_on_a_percentage_is_in_points() {
    let (_, _, tolerance) = compare("turnout = 61.2% ±0.5");
    let expected = Tolerance::Absolute {
        amount: 0.5,
        unit: None,
    };
    assert_eq!(tolerance.map(|t| t.node), Some(expected));
    let input = "turnout = 61.2% ±0.5%";
    let (_, _, tolerance) = compare(input);
    let Some(Tolerance::Absolute {
        amount,
        unit: Some(unit),
    }) = tolerance.map(|t| t.node)
    else {
        panic!("not absolute points");
    };
    assert_eq!(
        (amount, unit.node.symbol, unit.span),
        (0.5, "%", at(input, "%", 1))
    );
}

#[test]
fn tolerance_in_another_unit_of_the_same_dimension() {
    let (_, _, tolerance) = compare("range ≈ 885 km ± 12 mi");
    let Some(Tolerance::Absolute {
        amount,
        unit: Some(unit),
    }) = tolerance.map(|t| t.node)
    else {
        panic!("not absolute");
    };
    assert_eq!((amount, unit.node.symbol), (12.0, "mi"));
}

#[test]
fn every_tolerance_spelling() {
    for input in [
        "range ≈ 885 km ±20",
        "range ≈ 885 km +/-20",
        "range ≈ 885 km +- 20",
    ] {
        let (_, _, tolerance) = compare(input);
        let expected = Tolerance::Absolute {
            amount: 20.0,
            unit: None,
        };
        assert_eq!(tolerance.map(|t| t.node), Some(expected), "{input}");
    }
}

#[test]
fn every_operator_spelling() {
    let spellings = [
        ("≈", CompareOp::Approx),
        ("~", CompareOp::Approx),
        ("~=", CompareOp::Approx),
        ("=", CompareOp::Eq),
        ("==", CompareOp::Eq),
        ("!=", CompareOp::Ne),
        ("≠", CompareOp::Ne),
        ("<", CompareOp::Lt),
        ("<=", CompareOp::Le),
        ("≤", CompareOp::Le),
        (">", CompareOp::Gt),
        (">=", CompareOp::Ge),
        ("≥", CompareOp::Ge),
    ];
    for (spelling, expected) in spellings {
        let input = format!("containers {spelling} 1000");
        let assertion = quantity(&input);
        let QuantityConstraint::Compare { op, .. } = assertion.constraint else {
            panic!("{input} is not a comparison");
        };
        assert_eq!(
            op,
            Spanned::new(expected, at(&input, spelling, 0)),
            "{input}"
        );
    }
}

#[test]
fn plain_counts_and_percentages() {
    let (op, value, tolerance) = compare("containers > 1000");
    assert_eq!(
        (op, value.value, value.unit, tolerance),
        (CompareOp::Gt, 1000.0, None, None)
    );
    let (_, value, _) = compare("turnout = 61.2%");
    assert_eq!((value.value, unit_symbol(&value)), (61.2, Some("%")));
    let (_, value, _) = compare("turnout = 61.2 per cent");
    assert_eq!(unit_symbol(&value), Some("%"));
}

#[test]
fn money_with_sign_and_scale() {
    let input = "aid ≈ $61 billion ±1%";
    let (_, value, tolerance) = compare(input);
    assert_eq!((value.value, unit_symbol(&value)), (61e9, Some("USD")));
    assert_eq!(value.unit.map(|unit| unit.span), Some(at(input, "$", 0)));
    assert_eq!(value.span, at(input, "$61 billion", 0));
    assert_eq!(tolerance.map(|t| t.node), Some(Tolerance::Percent(1.0)));
}

#[test]
fn number_spellings() {
    let cases = [
        ("1000", 1000.0),
        ("1,000", 1000.0),
        ("1,000,000.5", 1_000_000.5),
        ("1.5", 1.5),
        ("-3", -3.0),
        ("−3", -3.0),
        ("0.25", 0.25),
    ];
    for (written, expected) in cases {
        let (_, value, _) = compare(&format!("change = {written}"));
        assert_eq!(value.value, expected, "{written}");
    }
}

#[test]
fn scales_and_units_after_numbers() {
    let cases = [
        ("61bn", 61e9, None),
        ("61 bn", 61e9, None),
        ("10k", 10e3, None),
        ("1.5 million", 1.5e6, None),
        ("2 Trillion", 2e12, None),
        ("$5m", 5e6, Some("USD")),
        ("$2.5B", 2.5e9, Some("USD")),
        ("US$5", 5.0, Some("USD")),
        ("€5", 5.0, Some("EUR")),
        ("£5", 5.0, Some("GBP")),
        ("¥5", 5.0, Some("JPY")),
        ("$ 5", 5.0, Some("USD")),
        ("61bn USD", 61e9, Some("USD")),
        ("3 US dollars", 3.0, Some("USD")),
        ("20 euros", 20.0, Some("EUR")),
        ("5m", 5.0, Some("m")),
        ("885km", 885.0, Some("km")),
        ("885 kms", 885.0, Some("km")),
        ("12 nautical miles", 12.0, Some("nmi")),
        ("40 km/h", 40.0, Some("km/h")),
        ("3 metric tons", 3.0, Some("t")),
        ("3 tons", 3.0, Some("ton")),
        ("3 pounds", 3.0, Some("lb")),
        ("3 pounds sterling", 3.0, Some("GBP")),
    ];
    for (written, expected, unit) in cases {
        let (_, value, _) = compare(&format!("amount ≈ {written}"));
        assert_eq!(
            (value.value, unit_symbol(&value)),
            (expected, unit),
            "{written}"
        );
    }
}

#[test]
fn quantity_ranges() {
    let input = "death toll between 10 and 12";
    let assertion = quantity(input);
    assert_eq!(
        assertion.subject,
        spanned("death toll", at(input, "death toll", 0))
    );
    let QuantityConstraint::Between { low, high } = assertion.constraint else {
        panic!("not a range");
    };
    assert_eq!((low.value, low.span), (10.0, at(input, "10", 0)));
    assert_eq!((high.value, high.span), (12.0, at(input, "12", 0)));
}

#[test]
fn a_range_bound_without_unit_takes_the_other_ones() {
    let input = "range between 500 and 900 km";
    let QuantityConstraint::Between { low, high } = quantity(input).constraint else {
        panic!("not a range");
    };
    assert_eq!(low.unit, high.unit);
    assert_eq!(low.unit.map(|unit| unit.span), Some(at(input, "km", 0)));
    let QuantityConstraint::Between { low, .. } =
        quantity("range between 500 m and 2 km").constraint
    else {
        panic!("not a range");
    };
    assert_eq!(unit_symbol(&low), Some("m"));
}

#[test]
fn subjects_may_contain_relation_words_that_start_no_relation() {
    let input = "troops in Ukraine > 1000";
    assert_eq!(
        quantity(input).subject,
        spanned("troops in Ukraine", at(input, "troops in Ukraine", 0))
    );
    let input = "distance between cities ≈ 5 km";
    assert_eq!(quantity(input).subject.node, "distance between cities");
    let input = "U.S. troops' count = 3";
    assert_eq!(quantity(input).subject.node, "U.S. troops' count");
}

#[test]
fn subjects_are_single_spaced_but_spanned_as_written() {
    let input = "  death   toll=5";
    assert_eq!(
        quantity(input).subject,
        spanned("death toll", at(input, "death   toll", 0))
    );
}

// Dates.

#[test]
fn dates_on_one_of_several_days() {
    let input = "launch on 2023-12-30 or 2024-01-02";
    let assertion = date(input);
    assert_eq!(assertion.event, spanned("launch", at(input, "launch", 0)));
    let expected = DateConstraint::OneOf(vec![
        Spanned::new(day("2023-12-30"), at(input, "2023-12-30", 0)),
        Spanned::new(day("2024-01-02"), at(input, "2024-01-02", 0)),
    ]);
    assert_eq!(assertion.constraint, expected);
}

#[test]
fn dates_at_month_and_year_precision() {
    let month = DateValue::Month {
        year: 2023,
        month: 9,
    };
    assert_eq!(
        date("visit in 2023-09").constraint,
        DateConstraint::OneOf(vec![Spanned::new(month, Span::new(9, 16))])
    );
    let year = DateValue::Year(2023);
    assert_eq!(
        date("visit IN 2023").constraint,
        DateConstraint::OneOf(vec![Spanned::new(year, Span::new(9, 13))])
    );
}

#[test]
fn date_lists_take_commas_and_or() {
    let DateConstraint::OneOf(dates) =
        date("launch On 2023-12-30, 2024-01-02, or 2024-01-03").constraint
    else {
        panic!("not a list");
    };
    assert_eq!(dates.len(), 3);
}

#[test]
fn date_ranges() {
    let input = "ceasefire between 2024-11-01 and 2024-11-30";
    let expected = DateConstraint::Between {
        start: Spanned::new(day("2024-11-01"), at(input, "2024-11-01", 0)),
        end: Spanned::new(day("2024-11-30"), at(input, "2024-11-30", 0)),
    };
    assert_eq!(date(input).constraint, expected);
    assert!(matches!(
        date("talks between 2024-11 and 2024").constraint,
        DateConstraint::Between { .. }
    ));
}

// Attributions.

#[test]
fn attribution_to_a_role() {
    let input = "first combat use attributed to analyst";
    let expected = AttributionAssertion {
        claim: spanned("first combat use", at(input, "first combat use", 0)),
        negated: false,
        speakers: vec![Speaker::Named(spanned("analyst", at(input, "analyst", 0)))],
    };
    assert_eq!(attribution(input), expected);
}

#[test]
fn attribution_to_an_entity_with_a_hyphen() {
    let input = "provided Russia with ballistic missiles attributed to white-house";
    let assertion = attribution(input);
    assert_eq!(
        assertion.claim.node,
        "provided Russia with ballistic missiles"
    );
    assert_eq!(
        assertion.speakers,
        vec![Speaker::Named(spanned(
            "white-house",
            at(input, "white-house", 0)
        ))]
    );
}

#[test]
fn negated_attribution_to_a_literal_name() {
    let input = "intelligence source not attributed to \"United Nations\"";
    let assertion = attribution(input);
    assert!(assertion.negated);
    assert_eq!(assertion.claim.node, "intelligence source");
    let name = spanned("United Nations", at(input, "United Nations", 0));
    assert_eq!(assertion.speakers, vec![Speaker::Literal(name)]);
}

#[test]
fn attribution_to_several_speakers() {
    let input = "claim attributed to kirby, town or “Pentagon officials”";
    let speakers = attribution(input).speakers;
    let expected = vec![
        Speaker::Named(spanned("kirby", at(input, "kirby", 0))),
        Speaker::Named(spanned("town", at(input, "town", 0))),
        Speaker::Literal(spanned(
            "Pentagon officials",
            at(input, "Pentagon officials", 0),
        )),
    ];
    assert_eq!(speakers, expected);
}

// Quotes, titles, terms.

#[test]
fn quote_with_straight_or_curly_marks() {
    for input in [
        "quote \"significant and concerning escalation\" by kirby",
        "Quote “significant and concerning escalation” BY kirby",
    ] {
        let expected = QuoteAssertion {
            text: spanned(
                "significant and concerning escalation",
                at(input, "significant", 0).cover(at(input, "escalation", 0)),
            ),
            speaker: spanned("kirby", at(input, "kirby", 0)),
        };
        assert_eq!(parse(input), Assertion::Quote(expected), "{input}");
    }
}

#[test]
fn titles_from_the_entity() {
    let input = "kirby titled one of kirby.titles";
    let expected = TitleAssertion {
        entity: spanned("kirby", at(input, "kirby", 0)),
        titles: TitleSet::EntityTitles(spanned("kirby", at(input, "kirby", 1))),
    };
    assert_eq!(parse(input), Assertion::Title(expected));
}

#[test]
fn listed_titles() {
    let input = "kirby titled \"National Security Council spokesman\"";
    let Assertion::Title(title) = parse(input) else {
        panic!("not a title")
    };
    let spokesman = spanned(
        "National Security Council spokesman",
        Span::new(14, input.len() - 1),
    );
    assert_eq!(title.titles, TitleSet::Listed(vec![spokesman]));
    let input = "kirby titled one of \"spokesman\", \"press secretary\" or \"admiral\"";
    let Assertion::Title(title) = parse(input) else {
        panic!("not a title")
    };
    let TitleSet::Listed(titles) = title.titles else {
        panic!("not listed")
    };
    let names: Vec<_> = titles.iter().map(|title| title.node.as_str()).collect();
    assert_eq!(names, ["spokesman", "press secretary", "admiral"]);
}

#[test]
fn terms() {
    let input = "forbid \"visit to Moscow\"";
    let expected =
        TermAssertion::Forbid(spanned("visit to Moscow", at(input, "visit to Moscow", 0)));
    assert_eq!(parse(input), Assertion::Term(expected));
    let input = "require \"correction\"";
    let expected = TermAssertion::Require(spanned("correction", at(input, "correction", 0)));
    assert_eq!(parse(input), Assertion::Term(expected));
    let input = "prefer \"Kim Jong Un\" over \"Kim Jong-un\"";
    let expected = TermAssertion::Prefer {
        preferred: spanned("Kim Jong Un", at(input, "Kim Jong Un", 0)),
        over: vec![spanned("Kim Jong-un", at(input, "Kim Jong-un", 0))],
    };
    assert_eq!(parse(input), Assertion::Term(expected));
}

#[test]
fn preferences_over_several_spellings() {
    let Assertion::Term(TermAssertion::Prefer { over, .. }) =
        parse("prefer \"Kim Jong Un\" over \"Kim Jong-un\", \"Kim Jong-Un\" or “Kim Jongun”")
    else {
        panic!("not a preference");
    };
    assert_eq!(over.len(), 3);
}

// Conditions.

fn mentions(input: &str, phrase: &str) -> Condition {
    Condition::Mentions(spanned(phrase, at(input, phrase, 0)))
}

#[test]
fn conditions_with_parentheses() {
    let input = "mentions \"North Korea\" and (mentions \"missile\" or mentions \"KN-23\")";
    let expected = Condition::And(
        Box::new(mentions(input, "North Korea")),
        Box::new(Condition::Or(
            Box::new(mentions(input, "missile")),
            Box::new(mentions(input, "KN-23")),
        )),
    );
    assert_eq!(parse_condition(input), Ok(expected));
}

#[test]
fn negated_condition() {
    let input = "not mentions \"satire\"";
    let expected = Condition::Not(Box::new(mentions(input, "satire")));
    assert_eq!(parse_condition(input), Ok(expected));
}

#[test]
fn not_binds_tighter_than_and_which_binds_tighter_than_or() {
    let input = "mentions \"a\" OR mentions \"b\" and not mentions \"c\"";
    let expected = Condition::Or(
        Box::new(mentions(input, "a")),
        Box::new(Condition::And(
            Box::new(mentions(input, "b")),
            Box::new(Condition::Not(Box::new(mentions(input, "c")))),
        )),
    );
    assert_eq!(parse_condition(input), Ok(expected));
}

// Errors.

#[test]
fn unknown_unit_suggests_the_closest() {
    let input = "range ≈ 885 kmz";
    assert_error(
        input,
        at(input, "kmz", 0),
        "unknown unit 'kmz'",
        "not a unit",
        Some("did you mean 'km'?"),
    );
    let input = "range ≈ 885 kilometeres ±20";
    let help = Some("did you mean 'kilometres'?");
    assert_error(
        input,
        at(input, "kilometeres", 0),
        "unknown unit 'kilometeres'",
        "not a unit",
        help,
    );
    let input = "range ≈ 885 KM";
    assert_error(
        input,
        at(input, "KM", 0),
        "unknown unit 'KM'",
        "not a unit",
        Some("did you mean 'km'?"),
    );
}

#[test]
fn capital_m_is_not_a_unit() {
    let input = "aid ≈ 5M";
    let help = Some("write millions as 'mn' or 'million' ('m' is metres)");
    assert_error(
        input,
        at(input, "M", 0),
        "unknown unit 'M'",
        "not a unit",
        help,
    );
}

#[test]
fn malformed_thousands_groups() {
    let help = Some("commas separate thousands: 1,000 or 1,000,000");
    let input = "containers > 1,00";
    let label = "a group after a thousands separator has three digits";
    assert_error(
        input,
        at(input, "00", 0),
        "malformed number '1,00'",
        label,
        help,
    );
    let input = "containers > 1000,000";
    let label = "more than three digits before a thousands separator";
    assert_error(
        input,
        at(input, "1000", 0),
        "malformed number '1000,000'",
        label,
        help,
    );
}

#[test]
fn missing_subject() {
    let input = "≈ 885 km";
    let help = Some("write what is measured first, as in 'range ≈ 885 km'");
    assert_error(
        input,
        Span::new(0, 3),
        "expected what is measured before '≈'",
        "nothing before this",
        help,
    );
    let input = "  not attributed to kirby";
    let help = Some("write the claim first, as in 'first combat use attributed to analyst'");
    let message = "expected the claim before 'not attributed to'";
    assert_error(
        input,
        at(input, "not attributed", 0),
        message,
        "nothing before this",
        help,
    );
    let input = "on 2024-01-01";
    assert_error(
        input,
        Span::new(0, 2),
        "expected the event before 'on'",
        "nothing before this",
        Some("write the event first, as in 'launch on 2023-12-30'"),
    );
}

#[test]
fn impossible_month() {
    let input = "launch on 2023-13-40";
    let help = Some("months run from 01 to 12");
    assert_error(
        input,
        at(input, "13", 0),
        "month 13 does not exist",
        "no such month",
        help,
    );
}

#[test]
fn impossible_day() {
    let input = "launch on 2023-12-30 or 2023-02-30";
    let help = Some("the last day of the month is 2023-02-28");
    assert_error(
        input,
        at(input, "30", 1),
        "2023-02 has 28 days",
        "no such day",
        help,
    );
    let input = "launch on 2024-02-30";
    let help = Some("the last day of the month is 2024-02-29");
    assert_error(
        input,
        at(input, "30", 0),
        "2024-02 has 29 days",
        "no such day",
        help,
    );
}

#[test]
fn day_zero() {
    let input = "launch on 2023-01-00";
    let help = Some("the last day of the month is 2023-01-31");
    assert_error(
        input,
        at(input, "00", 0),
        "day 00 does not exist",
        "no such day",
        help,
    );
}

#[test]
fn in_before_a_number_in_a_subject_starts_a_date() {
    let input = "deaths in 2023 > 500";
    let message = "expected 'or' and another date, or the end of the assertion, found '>'";
    assert_error(
        input,
        at(input, ">", 0),
        message,
        "unexpected",
        Some(DATE_IN_SUBJECT),
    );
}

#[test]
fn malformed_date() {
    let input = "launch on 2023/12/30";
    let help = Some("write dates as 2024-01-04, 2024-01 or 2024");
    let label = "not YYYY-MM-DD, YYYY-MM or YYYY";
    assert_error(
        input,
        at(input, "2023/12/30", 0),
        "malformed date '2023/12/30'",
        label,
        help,
    );
    let input = "launch in 2023-9";
    assert_error(
        input,
        at(input, "2023-9", 0),
        "malformed date '2023-9'",
        label,
        help,
    );
}

#[test]
fn backwards_ranges() {
    let input = "ceasefire between 2024-11-30 and 2024-11-01";
    let message = "the range ends (2024-11-01) before it starts (2024-11-30)";
    let help = Some("write the earlier date first: between 2024-11-01 and 2024-11-30");
    assert_error(
        input,
        at(input, "2024-11-01", 0),
        message,
        "before the start",
        help,
    );
    let input = "death toll between 12 and 10";
    let help = Some("write the lower bound first: between 10 and 12");
    let message = "the range is backwards: 10 is less than 12";
    assert_error(
        input,
        at(input, "10", 0),
        message,
        "below the lower bound",
        help,
    );
    let input = "range between 2 km and 900 m";
    let message = "the range is backwards: 900 m is less than 2 km";
    let help = Some("write the lower bound first: between 900 m and 2 km");
    assert_error(
        input,
        at(input, "900 m", 0),
        message,
        "below the lower bound",
        help,
    );
}

#[test]
fn figures_of_several_sources() {
    let input = "magnitude = 6.8 ±0.1 per usgs or 7.0 per ing";
    let (op, found) = figures(input);
    assert_eq!(op.node, CompareOp::Eq);
    let read: Vec<(f64, bool, Option<&str>)> = found
        .iter()
        .map(|f| {
            (
                f.value.value,
                f.tolerance.is_some(),
                f.source.as_ref().map(|s| s.node.as_str()),
            )
        })
        .collect();
    assert_eq!(read, [(6.8, true, Some("usgs")), (7.0, false, Some("ing"))]);
    assert_eq!(
        found[1].source.as_ref().map(|s| s.span),
        Some(at(input, "ing", 0))
    );
    // A figure without a unit takes the first's; "per cent" is still a unit.
    let (_, read) = figures("epicentre ≈ 72 km or 75");
    assert_eq!(unit_symbol(&read[1].value), Some("km"));
    let (_, read) = figures("turnout ≈ 61 per cent per commission");
    assert_eq!(unit_symbol(&read[0].value), Some("%"));
    assert_eq!(
        read[0].source.as_ref().map(|s| s.node.as_str()),
        Some("commission")
    );
}

#[test]
fn figures_as_of_a_moment() {
    let day = |text: &str| text.parse::<Date>().unwrap();
    let input = "death toll = 2,012 as of 2023-09-09T21:00+01:00";
    let read = quantity(input);
    let as_of = read.as_of.expect("an as-of moment");
    assert_eq!(as_of.span, at(input, "2023-09-09T21:00+01:00", 0));
    let at_utc: jiff::Timestamp = "2023-09-09T20:00:00Z".parse().unwrap();
    assert_eq!(
        as_of.node,
        Moment::Instant {
            day: day("2023-09-09"),
            at: at_utc
        }
    );
    let read = quantity("toll between 2,000 and 2,100 AS  OF 2023-09-10");
    assert_eq!(
        read.as_of.map(|m| m.node),
        Some(Moment::Day(day("2023-09-10")))
    );
    let read = quantity("oxygen left ≈ 40 hours ±4 as of 2023-06-20T16:00-0400");
    let utc: jiff::Timestamp = "2023-06-20T20:00:00Z".parse().unwrap();
    assert!(matches!(read.as_of.map(|m| m.node), Some(Moment::Instant { at, .. }) if at == utc));
    // "as" is not a unit, "as of" no subject word.
    let (_, read) = figures("crew = 5 per coastguard as of 2023-06-19");
    assert_eq!(
        read[0].source.as_ref().map(|s| s.node.as_str()),
        Some("coastguard")
    );
}

#[test]
fn as_of_errors() {
    let help = Some("write the day the figure was current: as of 2023-09-09");
    let input = "death toll = 2,012 as of";
    let message = "expected a date (YYYY-MM-DD, YYYY-MM or YYYY)";
    assert_error(
        input,
        Span::new(input.len(), input.len()),
        message,
        "ends here",
        help,
    );
    let input = "death toll = 2,012 as of 2023-09";
    assert_error(
        input,
        at(input, "2023-09", 0),
        "'as of' needs a day",
        "not a day",
        help,
    );
    let input = "death toll = 2,012 as of 2023-09-09T21:00";
    let help = Some("a time needs its offset: 21:00Z for UTC, 21:00+01:00, 18:04+05:30");
    let message = "expected the time's offset from UTC";
    assert_error(
        input,
        Span::new(input.len(), input.len()),
        message,
        "ends here",
        help,
    );
    let input = "death toll = 2,012 as of 2023-09-09T25:00Z";
    let help = Some("hours go from 00 to 23, minutes and seconds from 00 to 59");
    let message = "no such time of day '25:00'";
    assert_error(input, at(input, "25:00", 0), message, "out of range", help);
    let input = "death toll = 2,012 as of 2023-09-09T21:00+15:00";
    let message = "no such offset from UTC '+15:00'";
    let help = Some("offsets go from -14:00 to +14:00");
    assert_error(input, at(input, "+15:00", 0), message, "out of range", help);
    let input = "death toll = 2,012 as of 2023-09-09 noon";
    let message = "expected the end of the assertion, found 'noon'";
    assert_error(input, at(input, "noon", 0), message, "unexpected", None);
}

#[test]
fn events_at_a_time_of_day() {
    let input = "landfall at 2023-10-25T00:25-06:00 ±30min";
    let read = date(input);
    assert_eq!(read.event.node, "landfall");
    let DateConstraint::At { time, tolerance } = read.constraint else {
        panic!("{input}: not a time");
    };
    assert_eq!(time.span, at(input, "2023-10-25T00:25-06:00", 0));
    let utc: jiff::Timestamp = "2023-10-25T06:25:00Z".parse().unwrap();
    assert_eq!(time.node.at, utc);
    assert_eq!(time.node.to_string(), "2023-10-25T00:25-06:00");
    let tolerance = tolerance.expect("a tolerance");
    assert_eq!(tolerance.node, jiff::SignedDuration::from_mins(30));
    assert_eq!(tolerance.span, at(input, "±30min", 0));
    let read = date("quake at 2023-09-08T22:11Z ± 1 h");
    let DateConstraint::At { time, tolerance } = read.constraint else {
        panic!("not a time");
    };
    assert_eq!(time.node.to_string(), "2023-09-08T22:11Z");
    assert_eq!(
        tolerance.map(|t| t.node),
        Some(jiff::SignedDuration::from_hours(1))
    );
    // "at" followed by a word or a number is part of the subject or claim.
    let claim = attribution("toll stood at 3,000 attributed to officials");
    assert_eq!(claim.claim.node, "toll stood at 3,000");
    let (_, figures) = figures("winds at landfall ≈ 165 mph");
    assert_eq!(figures[0].value.value, 165.0);
    assert_eq!(
        quantity("winds at landfall ≈ 165 mph").subject.node,
        "winds at landfall"
    );
}

#[test]
fn distances_from_a_place() {
    let input = "epicentre ≈ 72 km southwest of Marrakech ±5 km";
    let (_, read) = figures(input);
    let bearing = read[0].bearing.as_ref().expect("a bearing");
    assert_eq!(bearing.node.point.name(), "southwest");
    assert_eq!(bearing.node.place.node, "Marrakech");
    assert_eq!(bearing.span, at(input, "southwest of Marrakech", 0));
    assert!(read[0].tolerance.is_some());
    let (_, read) = figures("epicentre = 72 km South-West of Al Haouz province per usgs");
    let bearing = read[0].bearing.as_ref().expect("a bearing");
    assert_eq!(bearing.node.point.name(), "southwest");
    assert_eq!(bearing.node.place.node, "Al Haouz province");
    assert_eq!(
        read[0].source.as_ref().map(|s| s.node.as_str()),
        Some("usgs")
    );
}

#[test]
fn bearing_errors() {
    let input = "epicentre ≈ 72 km southwset of Marrakech";
    let help = Some("did you mean 'southwest'?");
    let message = "unknown direction 'southwset'";
    assert_error(
        input,
        at(input, "southwset", 0),
        message,
        "not a direction",
        help,
    );
    let input = "epicentre ≈ 72 km southwest of ±5 km";
    let help = Some("write the place after 'of': 72 km southwest of Marrakech");
    let place = input.find('±').unwrap();
    assert_error(
        input,
        Span::new(place, place + '±'.len_utf8()),
        "expected the place the direction is from, found '±'",
        "no place",
        help,
    );
    let help = Some(
        "write one distance and where it is from: epicentre ≈ 72 km southwest of Marrakech ±5 km",
    );
    let input = "epicentre > 72 km southwest of Marrakech";
    let message = "a direction goes with one figure, after ≈ or =";
    assert_error(
        input,
        at(input, "southwest of Marrakech", 0),
        message,
        "direction",
        help,
    );
    let input = "toll ≈ 72 kg southwest of Marrakech";
    let message = "a direction goes with a distance";
    assert_error(
        input,
        at(input, "southwest of Marrakech", 0),
        message,
        "not after a distance",
        help,
    );
}

#[test]
fn time_of_day_errors() {
    let input = "landfall at 2023-10-25";
    let help = Some(
        "add the time and its offset (2023-10-25T00:25-06:00), or write 'on 2023-10-25' for the day",
    );
    let message = "'at' needs a time of day";
    assert_error(
        input,
        at(input, "2023-10-25", 0),
        message,
        "a day without a time",
        help,
    );
    let input = "landfall at 2023-10";
    let help = Some("write the day, the time and its offset: at 2023-10-25T00:25-06:00");
    let message = "'at' needs a day and a time";
    assert_error(input, at(input, "2023-10", 0), message, "not a day", help);
    let input = "landfall at 2023-10-25T00:25";
    let help = Some("a time needs its offset: 21:00Z for UTC, 21:00+01:00, 18:04+05:30");
    let message = "expected the time's offset from UTC";
    let end = Span::new(input.len(), input.len());
    assert_error(input, end, message, "ends here", help);
    let input = "landfall at 2023-10-25T25:00Z";
    let help = Some("hours go from 00 to 23, minutes and seconds from 00 to 59");
    let message = "no such time of day '25:00'";
    assert_error(input, at(input, "25:00", 0), message, "out of range", help);
    let help = Some("write minutes or hours: ±30 min, ±1 h");
    let input = "landfall at 2023-10-25T00:25-06:00 ±30";
    let message = "a tolerance on a time needs its unit";
    assert_error(input, at(input, "30", 0), message, "no unit", help);
    let input = "landfall at 2023-10-25T00:25-06:00 ±30 km";
    let message = "a tolerance on a time is a duration";
    assert_error(
        input,
        at(input, "30 km", 0),
        message,
        "not a duration",
        help,
    );
    let input = "landfall at 2023-10-25T00:25-06:00 ±30 min later";
    let message = "expected the end of the assertion, found 'later'";
    assert_error(input, at(input, "later", 0), message, "unexpected", None);
    let input = "landfall at 2023-10-25T00:25-06:00 EDT";
    let message = "expected a tolerance (±30 min) or the end of the assertion, found 'EDT'";
    assert_error(input, at(input, "EDT", 0), message, "unexpected", None);
}

#[test]
fn figure_errors() {
    let input = "magnitude > 6.8 or 7.0";
    let help = Some("figures that are each possible go with ≈ or =");
    let message = "'or' does not go with '>'";
    assert_error(input, at(input, "7.0", 0), message, "a second figure", help);
    let input = "range ≈ 885 km or 900 kg";
    let message = "this figure is in kg but the first is in km";
    let help = Some("use km or another unit of length");
    assert_error(input, at(input, "kg", 0), message, "a unit of mass", help);
}

#[test]
fn range_bounds_in_different_dimensions() {
    let input = "range between 2 km and 900 kg";
    let message = "the upper bound is in kg but the lower bound is in km";
    let help = Some("use km or another unit of length");
    assert_error(input, at(input, "kg", 0), message, "a unit of mass", help);
}

#[test]
fn tolerance_errors() {
    let input = "range ≈ 885 km ±20 kg";
    let help = Some("use km or another unit of length");
    let message = "the tolerance is in kg but the value is in km";
    assert_error(input, at(input, "kg", 0), message, "a unit of mass", help);
    let input = "aid ≈ $61 billion ±€1 billion";
    let message = "the tolerance is in EUR but the value is in USD";
    assert_error(
        input,
        at(input, "€", 0),
        message,
        "another currency",
        Some("use USD here too"),
    );
    let input = "range ≈ 885 ±20 km";
    let message = "the tolerance is in km but the value has no unit";
    let help = Some("give the value the same unit, or leave it off the tolerance");
    assert_error(
        input,
        at(input, "km", 0),
        message,
        "the value has no unit",
        help,
    );
    let input = "containers > 1000 ±20";
    let help = Some("tolerances go with ≈, = and ≠; for a bound, move the bound itself");
    assert_error(
        input,
        at(input, "±", 0),
        "a tolerance does not apply to '>'",
        "tolerance",
        help,
    );
    let input = "range ≈ 885 km ±-5";
    let help = Some("write the size of the margin: ±20");
    assert_error(
        input,
        at(input, "-5", 0),
        "a tolerance cannot be negative",
        "negative",
        help,
    );
}

#[test]
fn currency_given_twice() {
    let input = "aid ≈ $61 billion USD";
    let help = Some("keep only one of them");
    assert_error(
        input,
        at(input, "USD", 0),
        "'$' already gives the currency",
        "second unit",
        help,
    );
}

#[test]
fn misspelt_keywords() {
    let input = "first combat use atributed to analyst";
    let help = Some("did you mean 'attributed'?");
    assert_error(
        input,
        at(input, "atributed", 0),
        "unknown keyword 'atributed'",
        "not a keyword",
        help,
    );
    let input = "forbidd \"visit to Moscow\"";
    let help = Some("did you mean 'forbid'?");
    assert_error(
        input,
        at(input, "forbidd", 0),
        "unknown keyword 'forbidd'",
        "not a keyword",
        help,
    );
    let input = "kirby titeld \"spokesman\"";
    let help = Some("did you mean 'titled'?");
    assert_error(
        input,
        at(input, "titeld", 0),
        "unknown keyword 'titeld'",
        "not a keyword",
        help,
    );
    let input = "claim attributed ot kirby";
    let message = "expected 'to' after 'attributed', found 'ot'";
    assert_error(
        input,
        at(input, "ot", 0),
        message,
        "expected 'to'",
        Some("did you mean 'to'?"),
    );
}

#[test]
fn no_relation() {
    let input = "range 885 km";
    let message = "expected a comparison (≈, =, ≠, <, ≤, >, ≥) before '885'";
    let help = Some("ASCII spellings: ~ or ~= for ≈, != for ≠, <= for ≤, >= for ≥");
    assert_error(
        input,
        at(input, "885", 0),
        message,
        "no comparison before this",
        help,
    );
    let input = "range: 885 km";
    let message = format!("expected {RELATIONS}, found ':'");
    let help = Some("see docs/language.md for the kinds of assertion");
    assert_error(input, at(input, ":", 0), &message, "unexpected", help);
    let input = "range";
    assert_error(
        input,
        Span::new(5, 5),
        &format!("expected {RELATIONS}"),
        "ends here",
        help,
    );
    let input = "death toll between ten and 12";
    let message = "expected a number or a date after 'between', found 'ten'";
    assert_error(
        input,
        at(input, "ten", 0),
        message,
        "not a number or a date",
        None,
    );
}

#[test]
fn empty_assertion() {
    let help = Some("write an assertion, as in 'range ≈ 885 km'");
    assert_error("", Span::new(0, 0), "empty assertion", "ends here", help);
    assert_error("   ", Span::new(3, 3), "empty assertion", "ends here", help);
}

#[test]
fn missing_or_extra_parts() {
    assert_error(
        "range ≈",
        Span::new(9, 9),
        "expected a number",
        "ends here",
        None,
    );
    let input = "range ≈ 885 km extra";
    let message = "expected the end of the assertion, found 'extra'";
    let message = message.replace(
        "the end",
        "a tolerance (±…), 'per SOURCE', 'or' and another figure, 'as of' a date, or the end",
    );
    assert_error(input, at(input, "extra", 0), &message, "unexpected", None);
    let input = "launch on 2023-12-30 of 2024";
    let message = "expected 'or' and another date, or the end of the assertion, found 'of'";
    assert_error(input, at(input, "of", 0), message, "unexpected", None);
    let input = "claim attributed to kirby and town";
    let message =
        "expected ',' or 'or' and another speaker, or the end of the assertion, found 'and'";
    assert_error(input, at(input, "and", 0), message, "unexpected", None);
}

#[test]
fn quoting_errors() {
    let input = "quote \"significant by kirby";
    let help = Some("end the text with \"");
    assert_error(
        input,
        at(input, "\"", 0),
        "unterminated quote",
        "this quote is never closed",
        help,
    );
    let input = "quote “significant\" by kirby";
    let help = Some("end the text with ”");
    assert_error(
        input,
        at(input, "“", 0),
        "unterminated quote",
        "this quote is never closed",
        help,
    );
    let input = "quote \"  \" by kirby";
    assert_error(
        input,
        at(input, "\"  \"", 0),
        "the quoted words is empty",
        "empty quotes",
        None,
    );
    let input = "forbid visit to Moscow";
    let help = Some("put it between double quotes: \"…\"");
    let message = "expected a phrase in double quotes, found 'visit'";
    assert_error(input, at(input, "visit", 0), message, "not quoted", help);
    let input = "mentions 'a'";
    let help = Some("use double quotes (\"…\" or “…”), not single quotes");
    let error = parse_condition(input).expect_err(input);
    assert_eq!(
        (error.span, error.help.as_deref()),
        (at(input, "'a'", 0), help)
    );
    let input = "prefer \"Kim Jong Un\" \"Kim Jong-un\"";
    let message = "expected 'over' and the phrases to avoid, found '\"'";
    assert_error(input, at(input, "\"", 2), message, "expected 'over'", None);
    let input = "quote \"escalation\" kirby";
    let message = "expected 'by' and who said it, found 'kirby'";
    assert_error(input, at(input, "kirby", 0), message, "expected 'by'", None);
}

#[test]
fn title_errors() {
    let input = "john kirby titled \"spokesman\"";
    let help = Some("use the entity's id from the sheet's `entities:`, as in 'kirby titled …'");
    let message = "expected an entity id before 'titled', found 'john kirby'";
    assert_error(
        input,
        at(input, "john kirby", 0),
        message,
        "not an entity id",
        help,
    );
    let input = "kirby titled one of kirby";
    let message = "expected '.titles' after the entity id";
    assert_error(
        input,
        Span::new(input.len(), input.len()),
        message,
        "ends here",
        Some("write kirby.titles"),
    );
    let input = "kirby titled one of kirby.aliases";
    let message = "expected 'titles', found 'aliases'";
    assert_error(
        input,
        at(input, "aliases", 0),
        message,
        "expected 'titles'",
        Some("write kirby.titles"),
    );
    let input = "kirby titled spokesman";
    let message = "expected a title in double quotes, or 'one of', found 'spokesman'";
    assert_error(
        input,
        at(input, "spokesman", 0),
        message,
        "not a title",
        None,
    );
}

#[test]
fn condition_errors() {
    let input = "mention \"North Korea\"";
    let message = "expected 'mentions \"…\"', 'published before|after|on DATE', 'outlet \"…\"', 'not' or '(', found 'mention'";
    assert_condition_error(
        input,
        at(input, "mention", 0),
        message,
        Some("did you mean 'mentions'?"),
    );
    let input = "mentions \"a\" and (mentions \"b\" or mentions \"c\"";
    assert_condition_error(
        input,
        at(input, "(", 0),
        "unclosed '('",
        Some("add ')' where the group ends"),
    );
    let input = "mentions \"a\")";
    assert_condition_error(input, at(input, ")", 0), "unmatched ')'", None);
    let input = "mentions \"a\" adn mentions \"b\"";
    let message = "expected 'and', 'or' or the end of the condition, found 'adn'";
    assert_condition_error(
        input,
        at(input, "adn", 0),
        message,
        Some("did you mean 'and'?"),
    );
    let input = "(mentions \"a\" mentions \"b\")";
    let message = "expected 'and', 'or' or ')', found 'mentions'";
    assert_condition_error(input, at(input, "mentions", 1), message, None);
    let input = "mentions \"a\" and";
    let message =
        "expected 'mentions \"…\"', 'published before|after|on DATE', 'outlet \"…\"', 'not' or '('";
    assert_condition_error(input, Span::new(input.len(), input.len()), message, None);
}

#[test]
fn conditions_on_the_date_and_the_outlet() {
    let input = "mentions \"quake\" and published after 2023-09-10 and not outlet \"Wire\"";
    let day: Date = "2023-09-10".parse().unwrap();
    let expected = Condition::And(
        Box::new(Condition::And(
            Box::new(Condition::Mentions(spanned("quake", at(input, "quake", 0)))),
            Box::new(Condition::Published {
                relation: Published::After,
                date: Spanned::new(DateValue::Day(day), at(input, "2023-09-10", 0)),
            }),
        )),
        Box::new(Condition::Not(Box::new(Condition::Outlet(spanned(
            "Wire",
            at(input, "Wire", 0),
        ))))),
    );
    assert_eq!(parse_condition(input), Ok(expected));
    let read = parse_condition("published before 2023-09");
    assert!(matches!(
        read,
        Ok(Condition::Published {
            relation: Published::Before,
            ..
        })
    ));
}

#[test]
fn date_and_outlet_condition_errors() {
    let input = "published afer 2023-09-10";
    let message = "expected 'before', 'after' or 'on' and a date, found 'afer'";
    assert_condition_error(
        input,
        at(input, "afer", 0),
        message,
        Some("did you mean 'after'?"),
    );
    let input = "published after 2023-13-01";
    let help = Some("months run from 01 to 12");
    assert_condition_error(input, at(input, "13", 0), "month 13 does not exist", help);
    let input = "published after";
    let message = "expected a date (YYYY-MM-DD, YYYY-MM or YYYY)";
    assert_condition_error(input, Span::new(input.len(), input.len()), message, None);
    let input = "outlet Reuters";
    let error = parse_condition(input).expect_err(input);
    assert_eq!(error.span, at(input, "Reuters", 0), "{error:?}");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let input = format!("{}mentions \"a\"", "not ".repeat(500));
    let error = parse_condition(&input).expect_err("too deep");
    assert_eq!(error.message, "the condition nests deeper than 64 levels");
    let input = format!("{}mentions \"a\"{}", "(".repeat(1_000), ")".repeat(1_000));
    let error = parse_condition(&input).expect_err("too deep");
    assert_eq!(error.span, Span::new(64, 65));
}

/// Every substring of these, on character boundaries, parses or fails without panicking,
/// and every error span lies inside the input on character boundaries.
#[test]
fn odd_inputs_never_panic() {
    let samples = [
        "range ≈ 885 km ±20",
        "aid ≈ $61 billion ±1% US$5 €£¥",
        "turnout = 61.2% ±0.5% +/- +- ≠≤≥ != <= >=",
        "launch on 2023-12-30 or 2024-02-30, 2023-13-40 in 2023-09",
        "ceasefire between 2024-11-01 and 2024-11-30 between 10 and 12 km",
        "claim not attributed to kirby, “United Nations” or analyst",
        "quote “significant and concerning escalation” by kirby \"",
        "kirby titled one of kirby.titles \"a\", \"b\"",
        "prefer \"Kim Jong Un\" over \"Kim Jong-un\" forbid require",
        "mentions \"North Korea\" and (not mentions \"missile\" or mentions \"KN-23\"))",
        "1,000,000.5 1,00 1000,000 −3 61bn $5m 5M 99999999999999999999999999999999999 trillion",
        "é ü 中文 🚀 \u{0} \t\n ’ ' - _ . , ; : ( ) [ ] { }",
    ];
    for sample in samples {
        let boundaries: Vec<usize> = sample
            .char_indices()
            .map(|(i, _)| i)
            .chain([sample.len()])
            .collect();
        for (n, &start) in boundaries.iter().enumerate() {
            for &end in &boundaries[n..] {
                let input = &sample[start..end];
                let errors = [parse_assertion(input).err(), parse_condition(input).err()];
                for error in errors.into_iter().flatten() {
                    let span = error.span;
                    assert!(span.end <= input.len(), "{input:?}: {error:?}");
                    assert!(input.is_char_boundary(span.start), "{input:?}: {error:?}");
                    assert!(input.is_char_boundary(span.end), "{input:?}: {error:?}");
                    assert!(
                        !span.is_empty() || span.end == input.len(),
                        "{input:?}: {error:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_phrase_of_only_dashes_is_refused() {
    let help = Some("factlint matches whole words: write at least one");
    for input in ["forbid \"-\"", "prefer \"a\" over \"‑\""] {
        let quoted = input
            .rfind('"')
            .map(|end| input[..end].rfind('"').unwrap())
            .unwrap();
        let span = Span::new(quoted, input.len());
        let message = if input.starts_with("forbid") {
            "a phrase has no word"
        } else {
            "a phrase to avoid has no word"
        };
        assert_error(input, span, message, "no letter or digit", help);
    }
    let error = parse_condition("mentions \"–\"").expect_err("dash");
    assert_eq!(error.message, "a phrase has no word");
}

#[test]
fn a_subject_of_only_hyphens_is_missing() {
    let error = parse_assertion("-- ≈ 885 km").expect_err("hyphens");
    assert_eq!(error.message, "expected what is measured before '≈'");
}

#[test]
fn an_assertion_past_the_length_limit_is_refused_at_the_limit() {
    let input = format!("forbid \"{}\"", "word ".repeat(1000));
    let error = parse_assertion(&input).expect_err("too long");
    assert_eq!(error.message, "longer than 4000 bytes");
    assert_eq!(error.span, Span::new(MAX_LENGTH, input.len()));
}

// Vague words, ordinals, rates and the units added with them.

#[test]
fn vague_words_and_ordinals_as_figures() {
    let (_, value, _) = compare("missiles ≈ several");
    assert_eq!(
        (value.value, value.span),
        (3.0, at("missiles ≈ several", "several", 0))
    );
    assert!(matches!(value.form, Form::Vague(v) if v.phrase == "several"));
    let (_, value, _) = compare("drones = Several Dozen");
    assert!(matches!(value.form, Form::Vague(v) if v.phrase == "several dozen" && v.high == 99.0));
    let (_, value, _) = compare("deaths ≠ tens of thousands");
    assert!(matches!(value.form, Form::Vague(v) if v.low == 20_000.0));
    for input in ["hike = 11th", "hike = eleventh", "hike = 11TH"] {
        let (_, value, _) = compare(input);
        assert_eq!((value.value, value.form), (11.0, Form::Ordinal), "{input}");
    }
}

#[test]
fn rates_per_a_unit_of_time() {
    let input = "traffic ≈ 34,000 per day ±4,000";
    let (_, value, tolerance) = compare(input);
    let per = value.per.as_ref().map(|per| (per.node.symbol, per.span));
    assert_eq!(per, Some(("d", at(input, "day", 0))));
    assert_eq!(value.span, at(input, "34,000 per day", 0));
    assert!(tolerance.is_some());
    let (_, value, _) = compare("cost ≈ $1 million/yr");
    assert_eq!(unit_symbol(&value), Some("USD"));
    assert_eq!(value.per.map(|per| per.node.symbol), Some("yr"));
    let (_, figures) = figures("magnitude = 6.8 per usgs or 7.0 per ing");
    assert!(
        figures
            .iter()
            .all(|f| f.value.per.is_none() && f.source.is_some())
    );
}

#[test]
fn temperatures_magnitudes_and_gross_tonnage() {
    for (input, symbol) in [
        ("water temperature ≈ 47 °F ±2", "°F"),
        ("air = 30 degrees Celsius", "°C"),
        ("air = 30°C", "°C"),
        ("magnitude = 6.8 Mw", "Mw"),
        ("magnitude = 6.8 ML", "Mw"),
        ("gross tonnage ≈ 95,000 GT ±1,000", "GT"),
        ("gross tonnage ≈ 95,000 gross tons", "GT"),
    ] {
        let (_, value, _) = compare(input);
        assert_eq!(unit_symbol(&value), Some(symbol), "{input}");
    }
}

#[test]
fn vague_ordinal_rate_and_unit_errors() {
    let input = "missiles ≈ sevral";
    let help = Some("did you mean 'several'?");
    let message = "expected a number, found 'sevral'";
    assert_error(input, at(input, "sevral", 0), message, "not a number", help);
    let input = "hike = 11st";
    let help = Some("write 11th");
    assert_error(
        input,
        at(input, "st", 0),
        "malformed ordinal '11st'",
        "wrong suffix",
        help,
    );
    let input = "missiles > several";
    let help = Some("'several' is 3 to 9: write ≈ several, or a bound with a number (> 9)");
    let message = "'several' does not go with '>'";
    assert_error(
        input,
        at(input, "several", 0),
        message,
        "a range of values",
        help,
    );
    let input = "missiles ≈ several ±2";
    let help = Some("'several' already stands for 3 to 9");
    let message = "'several' has no tolerance";
    assert_error(input, at(input, "±", 0), message, "tolerance", help);
    let input = "air ≈ 30 °C ±2%";
    let help = Some("write the margin in degrees: ±2 or ±2 °C");
    let message = "a temperature has no relative tolerance";
    assert_error(input, at(input, "%", 0), message, "relative", help);
    let input = "rate = 5 per kg";
    let help = Some("write a rate as 20,000 per day, $1 million per year or 5/h");
    let message = "a rate is per a unit of time, not per mass";
    assert_error(
        input,
        at(input, "kg", 0),
        message,
        "not a unit of time",
        help,
    );
    let input = "rate = 5/";
    let help = Some("write a rate as 20,000 per day or 20,000/day");
    let end = Span::new(input.len(), input.len());
    assert_error(
        input,
        end,
        "expected a unit of time after '/'",
        "ends here",
        help,
    );
    let input = "rate = 5 per";
    let message = "expected a unit of time (per day) or whose figure it is (an entity id)";
    assert_error(input, end_of(input), message, "ends here", None);
    let input = "temp = 30 °X";
    let help = Some("did you mean '°C'?");
    assert_error(
        input,
        at(input, "°X", 0),
        "unknown unit '°X'",
        "not a unit",
        help,
    );
    let input = "magnitude = 6.8 Mx";
    let help = Some("did you mean 'Mw'? (a magnitude; millions are 'mn')");
    assert_error(
        input,
        at(input, "Mx", 0),
        "unknown unit 'Mx'",
        "not a unit",
        help,
    );
}

fn end_of(input: &str) -> Span {
    Span::new(input.len(), input.len())
}

#[test]
fn term_phrases_with_gaps() {
    for input in [
        "forbid \"on the … south pole of the moon\"",
        "forbid \"on the ... south pole of the moon\"",
        "require \"landed…near … pole\"",
    ] {
        assert!(matches!(parse(input), Assertion::Term(_)), "{input}");
    }
    let cases: &[(&str, &str, usize, &str, &str)] = &[
        (
            "forbid \"… moon\"",
            "…",
            0,
            "a phrase cannot start with a gap",
            "nothing before this gap",
        ),
        (
            "forbid \"on the ...\"",
            "...",
            0,
            "a phrase cannot end with a gap",
            "nothing after this gap",
        ),
        (
            "require \"on … … moon\"",
            "…",
            1,
            "two gaps in a row",
            "a second gap",
        ),
        (
            "forbid \"on ……moon\"",
            "…",
            1,
            "two gaps in a row",
            "a second gap",
        ),
        (
            "forbid \"on , … moon … \"",
            "…",
            1,
            "a phrase cannot end with a gap",
            "nothing after this gap",
        ),
        (
            "prefer \"Kyiv\" over \"Ki … ev\"",
            "…",
            0,
            "a gap goes in 'forbid' and 'require' phrases",
            "a gap",
        ),
    ];
    for (input, gap, nth, message, label) in cases {
        let error = parse_assertion(input).expect_err(input);
        assert_eq!(
            (error.span, error.message.as_str(), error.label.as_str()),
            (at(input, gap, *nth), *message, *label),
            "{input}"
        );
        assert!(error.help.is_some(), "{input}");
    }
    let input = "mentions \"south … pole\"";
    let error = parse_condition(input).expect_err(input);
    assert_eq!(
        (error.span, error.message.as_str()),
        (
            at(input, "…", 0),
            "a gap goes in 'forbid' and 'require' phrases"
        )
    );
}

#[test]
fn claims_with_figures() {
    let input = "affected more than 300,000 people attributed to who";
    assert_eq!(
        attribution(input).claim,
        spanned(
            "affected more than 300,000 people",
            at(input, "affected more than 300,000 people", 0)
        )
    );
    // A comma that does not group digits still ends a word.
    let input = "claim attributed to kirby, town";
    assert_eq!(attribution(input).speakers.len(), 2);
}

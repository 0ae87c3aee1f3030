//! Table tests of real phrasings: what is a quantity, with which value, unit and qualifier.

use super::*;
use crate::text::Document;

/// A quantity as found: text, amount, unit symbol and qualifier.
type Found = (String, Amount, Option<&'static str>, Option<Qualifier>);

/// Every number of `sentence` (vague words and ordinals are read by `read_counts`).
fn quantities(sentence: &str) -> Vec<Found> {
    let document = Document::new(sentence);
    extract(sentence, &document)
        .into_iter()
        .filter(|q| q.form == Form::Number)
        .map(|q| {
            (
                sentence[q.span.range()].to_string(),
                q.amount,
                q.unit.map(|u| u.symbol),
                q.qualifier,
            )
        })
        .collect()
}

/// Every quantity in `sentence` as text, amount and unit symbol: what the table tests of the
/// extractor's parts compare.
pub(super) fn read(sentence: &str) -> Vec<(String, Amount, Option<&'static str>)> {
    quantities(sentence)
        .into_iter()
        .map(|(text, amount, unit, _)| (text, amount, unit))
        .collect()
}

/// A quantity as found with its form and the unit of time of its rate.
pub(super) type Counted = (
    String,
    Amount,
    Option<&'static str>,
    Form,
    Option<&'static str>,
);

/// Every quantity in `sentence` with its form and rate: what the tests of counts compare.
pub(super) fn read_counts(sentence: &str) -> Vec<Counted> {
    let document = Document::new(sentence);
    extract(sentence, &document)
        .into_iter()
        .map(|q| {
            (
                sentence[q.span.range()].to_string(),
                q.amount,
                q.unit.map(|u| u.symbol),
                q.form,
                q.per.map(|u| u.symbol),
            )
        })
        .collect()
}

fn texts(sentence: &str) -> Vec<String> {
    quantities(sentence).into_iter().map(|q| q.0).collect()
}

fn one(sentence: &str) -> Found {
    let mut found = quantities(sentence);
    assert_eq!(found.len(), 1, "{sentence}: {found:?}");
    found.remove(0)
}

/// `(sentence, quantity as written, amount, unit, qualifier)`.
type Case = (
    &'static str,
    &'static str,
    Amount,
    Option<&'static str>,
    Option<Qualifier>,
);

fn interval(min: Option<f64>, max: Option<f64>) -> Amount {
    Amount::Interval { min, max }
}

#[test]
fn qualified_quantities_become_intervals() {
    use Qualifier::*;
    let cases: &[Case] = &[
        (
            "It delivered more than 1,000 containers.",
            "more than 1,000",
            interval(Some(1000.0), None),
            None,
            Some(Gt),
        ),
        (
            "a range of approximately 900 km.",
            "approximately 900 km",
            Amount::Number(900.0),
            Some("km"),
            Some(Approx),
        ),
        (
            "a range of up to 900km.",
            "up to 900km",
            interval(None, Some(900.0)),
            Some("km"),
            Some(Le),
        ),
        (
            "some 1.5 million shells",
            "some 1.5 million",
            Amount::Number(1.5e6),
            None,
            Some(Approx),
        ),
        (
            "between 10 and 12 people died",
            "between 10 and 12",
            interval(Some(10.0), Some(12.0)),
            None,
            None,
        ),
        (
            "10 to 12 km",
            "10 to 12 km",
            interval(Some(10.0), Some(12.0)),
            Some("km"),
            None,
        ),
        (
            "10-12 people",
            "10-12",
            interval(Some(10.0), Some(12.0)),
            None,
            None,
        ),
        (
            "at least 14 people",
            "at least 14",
            interval(Some(14.0), None),
            None,
            Some(Ge),
        ),
        (
            "fewer than 20 drones",
            "fewer than 20",
            interval(None, Some(20.0)),
            None,
            Some(Lt),
        ),
        (
            "around 3-5 kilometers",
            "around 3-5 kilometers",
            interval(Some(3.0), Some(5.0)),
            Some("km"),
            Some(Approx),
        ),
        (
            "from 1.5 to 2 million",
            "from 1.5 to 2 million",
            interval(Some(1.5e6), Some(2e6)),
            None,
            None,
        ),
    ];
    for &(sentence, text, amount, unit, qualifier) in cases {
        assert_eq!(
            one(sentence),
            (text.to_string(), amount, unit, qualifier),
            "{sentence}"
        );
    }
}

#[test]
fn units_and_currencies_in_every_spelling() {
    let cases: &[(&str, f64, &str)] = &[
        (
            "Kirby said the missiles have a range of about 550 miles.",
            550.0,
            "mi",
        ),
        ("a 550-mile range", 550.0, "mi"),
        ("nine hundred miles away", 900.0, "mi"),
        ("it flew 885 kilometres", 885.0, "km"),
        ("it flew 885 kilometers", 885.0, "km"),
        ("it flew 885 kms", 885.0, "km"),
        ("it sailed 20 nautical miles", 20.0, "nmi"),
        ("a 3-inch screen", 3.0, "in"),
        ("a wall 10 feet tall", 10.0, "ft"),
        ("it weighs 200lbs", 200.0, "lb"),
        ("it weighs 5 tonnes", 5.0, "t"),
        ("aid of $61bn", 61e9, "USD"),
        ("aid of 61 billion dollars", 61e9, "USD"),
        ("the loan of US$2 million", 2e6, "USD"),
        ("a fine of €5,000", 5000.0, "EUR"),
        ("a fine of £8.1 million", 8.1e6, "GBP"),
        ("it costs ¥450,000", 450_000.0, "JPY"),
        ("a 12 per cent rise", 12.0, "%"),
        ("a 12 percent rise", 12.0, "%"),
        ("turnout was 61.2%", 61.2, "%"),
        ("a six-day trip", 6.0, "d"),
        ("he is 5 feet 6 inches tall", 5.5, "ft"),
        ("he is 5 ft 6 in", 5.5, "ft"),
        ("it only cost 3 dollars 50 cents.", 3.5, "USD"),
        ("down 34 cents", 34.0, "¢"),
        ("it costs USD3.25", 3.25, "USD"),
        ("it costs only 15 dollars 50.", 15.5, "USD"),
        ("a fee of five (5) dollars", 5.0, "USD"),
    ];
    for &(sentence, value, unit) in cases {
        let (_, amount, found_unit, _) = one(sentence);
        assert_eq!(
            (amount, found_unit),
            (Amount::Number(value), Some(unit)),
            "{sentence}"
        );
    }
}

#[test]
fn a_count_measures_the_noun_it_modifies() {
    let sentence = "Pyongyang delivered more than 1,000 containers of military equipment.";
    let document = Document::new(sentence);
    let found = extract(sentence, &document);
    let head = found[0].binding.head.map(|span| &sentence[span.range()]);
    assert_eq!(head, Some("containers"));
}

#[test]
fn parenthetical_conversions_are_two_quantities() {
    assert_eq!(
        texts("The missiles have a range of about 550 miles (885 kilometres)."),
        ["about 550 miles", "885 kilometres"]
    );
}

#[test]
fn years_dates_times_ordinals_phones_ages_and_names_are_not_quantities() {
    for sentence in [
        "first tested in 2019.",
        "the invasion in 2022 and the visit in 2023",
        "On Dec. 30, Russian forces launched missiles.",
        "fired on December 30 and on Tuesday (January 2)",
        "30 December 2023",
        "/ 03:07 AM January 05, 2024",
        "at 3 p.m. local time",
        "the 30th anniversary",
        "in the 1990s",
        "call 555-1234 or +1 (555) 123-4567",
        "a 10-year-old boy",
        "John Smith, 45, said",
        "aged 45",
        "the KN-23 and KN-24 missiles of the Hwasong-11 family",
        "an F-16 jet",
        "Jenny Town, director of the Stimson Center’s 38 North Program, highlighted it",
        "a Boeing 747 landed",
        "© Copyright 1997-2024 INQUIRER.net",
        "The one you mentioned is invalid",
        "hundreds of drones and millions of shells",
        "one-way attack drones",
        "It breaches Resolution 2397 again",
        "Any time to meet on 5/17/2018?",
        "It struck at 2211 GMT and again at 0011 local time.",
    ] {
        assert_eq!(texts(sentence), Vec::<String>::new(), "{sentence}");
    }
}

#[test]
fn words_and_negative_numbers() {
    assert_eq!(one("a dozen drones").1, Amount::Number(12.0));
    assert_eq!(one("half a million shells").1, Amount::Number(500_000.0));
    assert_eq!(one("Twenty-six people died").1, Amount::Number(26.0));
    assert_eq!(one("it fell to -15 overnight").1, Amount::Number(-15.0));
    assert_eq!(
        one("one of these missiles was fired").1,
        Amount::Number(1.0)
    );
}

#[test]
fn arbitrary_text_never_panics() {
    for text in [
        "",
        "$",
        "-",
        "1,",
        "between",
        "from 5 to",
        "€ ₽ ¥ 5",
        "5 - - 6",
        "½ ¼",
    ] {
        let document = Document::new(text);
        let _ = extract(text, &document);
    }
}

#[test]
fn proportions_are_one_number() {
    let cases: &[(&str, &str, f64)] = &[
        ("One in four adults smokes.", "One in four", 0.25),
        ("3 in 10 voters stayed home.", "3 in 10", 0.3),
        ("two out of three households", "two out of three", 2.0 / 3.0),
        (
            "Nine out of 1,000 samples failed.",
            "Nine out of 1,000",
            0.009,
        ),
    ];
    for &(sentence, written, value) in cases {
        let found = one(sentence);
        assert_eq!(
            (found.0.as_str(), found.1),
            (written, Amount::Number(value))
        );
    }
    // Not proportions: a duration, a year, a larger part.
    assert_eq!(texts("He scored 2 in 5 minutes."), ["2", "5 minutes"]);
    assert_eq!(texts("They lost 3 in 2019."), ["3"]);
    assert_eq!(texts("Won 12 in 3 rounds"), ["12", "3"]);
}

#[test]
fn digits_continued_in_smaller_parts() {
    let cases: &[(&str, &str, f64)] = &[
        (
            "It had 7 thousand 2 hundred and 15 seats.",
            "7 thousand 2 hundred and 15",
            7215.0,
        ),
        (
            "a budget of 9 crore and fifty lakh",
            "9 crore and fifty lakh",
            9.5e7,
        ),
        ("some 2 million and a half", "2 million and a half", 2.5e6),
    ];
    for &(sentence, written, value) in cases {
        let found = one(sentence);
        assert!(found.0.ends_with(written), "{sentence}: {found:?}");
        assert_eq!(found.1, Amount::Number(value), "{sentence}");
    }
    // A larger number after "and" is a second number.
    assert_eq!(texts("5 million and 8 million"), ["5 million", "8 million"]);
    assert_eq!(
        texts("between 2 million and 3 million"),
        ["between 2 million and 3 million"]
    );
}

#[test]
fn one_unit_continued_by_a_part_is_one_quantity() {
    let cases: &[(&str, &str, f64, &str)] = &[
        (
            "The pump ran for an hour and 20 minutes.",
            "an hour and 20 minutes",
            80.0 / 60.0,
            "h",
        ),
        (
            "It stopped a day and a half later.",
            "a day and a half",
            1.5,
            "d",
        ),
        (
            "The trail is a mile and a half long.",
            "a mile and a half",
            1.5,
            "mi",
        ),
        (
            "It weighs a pound, 4 ounces.",
            "a pound, 4 ounces",
            1.25,
            "lb",
        ),
    ];
    for &(sentence, written, value, unit) in cases {
        let found = one(sentence);
        assert_eq!(found.0, written, "{sentence}");
        assert!(
            matches!(found.1, Amount::Number(v) if (v - value).abs() < 1e-9),
            "{sentence}: {found:?}"
        );
        assert_eq!(found.2, Some(unit), "{sentence}");
    }
    // A fraction in words of a unit, and points of a rate.
    let points: &[(&str, &str, f64, &str)] = &[
        (
            "Rates rose by a quarter of a percentage point.",
            "a quarter of a percentage point",
            0.25,
            "pp",
        ),
        ("It moved a half point.", "a half point", 0.5, "pp"),
        (
            "Yields fell 30 basis points.",
            "30 basis points",
            30.0,
            "bp",
        ),
        ("a walk of half of a mile", "half of a mile", 0.5, "mi"),
    ];
    for &(sentence, written, value, unit) in points {
        let found = one(sentence);
        assert_eq!(
            (found.0.as_str(), found.1, found.2),
            (written, Amount::Number(value), Some(unit)),
            "{sentence}"
        );
    }
    assert_eq!(texts("The team scored 20 points."), ["20"]);
    // One of a unit alone is a phrase, not a figure.
    assert!(texts("They waited an hour for a mile of road.").is_empty());
}

#[test]
fn approximations_decimal_commas_fractions_and_percent_first() {
    use Qualifier::*;
    assert_eq!(
        one("a 40-ish strong crowd"),
        ("40-ish".into(), Amount::Number(40.0), None, Some(Approx))
    );
    assert_eq!(one("a rate of 3,75 today").1, Amount::Number(3.75));
    assert_eq!(
        one("each tile is 1/64 of the floor").1,
        Amount::Number(1.0 / 64.0)
    );
    assert_eq!(texts("on 4/12 they met"), Vec::<String>::new());
    assert_eq!(
        one("Per cent of 75: the share they hold."),
        (
            "Per cent of 75".into(),
            Amount::Number(75.0),
            Some("%"),
            None
        )
    );
    // A percentage of something after its own number stays that number.
    assert_eq!(texts("What percent of 300 voters?"), ["300"]);
    assert_eq!(one("Half of them left.").1, Amount::Number(0.5));
    assert!(texts("in the second half of the game").is_empty());
    assert!(texts("half an hour later").is_empty());
    assert_eq!(one("a couple of weeks").1, Amount::Number(2.0));
}

#[test]
fn a_number_with_plus_is_at_least_that_many() {
    use Qualifier::Ge;
    let at_least = |n: f64| interval(Some(n), None);
    assert_eq!(
        one("The crew had 70 plus hours of air."),
        ("70 plus hours".into(), at_least(70.0), Some("h"), Some(Ge))
    );
    assert_eq!(
        one("a 2,000-plus crowd gathered"),
        ("2,000-plus".into(), at_least(2000.0), None, Some(Ge))
    );
    assert_eq!(
        one("The storm cut off 40+ villages."),
        ("40+".into(), at_least(40.0), None, Some(Ge))
    );
    assert_eq!(
        one("They hired 300 Plus staff."),
        ("300 Plus".into(), at_least(300.0), None, Some(Ge))
    );
    // Plus another number adds: two quantities, neither a bound.
    let sums = quantities("It cost 5 plus 3 dollars, or 5+3.");
    assert!(sums.iter().all(|q| q.3.is_none()), "{sums:?}");
}

#[test]
fn small_lengths_and_other_dimensions() {
    let cases: &[(&str, f64, &str)] = &[
        ("a gate of 7 nanometres", 7.0, "nanometre"),
        ("about 40 microns thick", 40.0, "µm"),
        ("a 120 mg dose", 120.0, "mg"),
        ("a 3.2 GHz chip", 3.2, "GHz"),
        ("16 GB of memory", 16.0, "GB"),
        ("collisions at 13 TeV", 13.0, "TeV"),
        ("used 400 kWh", 400.0, "kWh"),
    ];
    for &(sentence, value, unit) in cases {
        let found = one(sentence);
        assert_eq!(
            (found.1, found.2),
            (Amount::Number(value), Some(unit)),
            "{sentence}"
        );
    }
    // The symbols `nm` and `pm` are not nanometres and picometres.
    let symbols = quantities("a 12 nm zone at 2 pm");
    assert!(
        symbols
            .iter()
            .all(|q| q.2 != Some("nanometre") && q.2 != Some("picometre"))
    );
}

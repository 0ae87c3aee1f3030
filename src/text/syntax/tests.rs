//! The structure reader on sentences written for these tests.

use super::*;
use crate::source::Span;

/// Each token with its tag, segments separated by `|`.
fn tagged(text: &str) -> String {
    let document = Document::new(text);
    let syntax = document.syntax(text);
    let mut out = Vec::new();
    for (index, segment) in syntax.segments.iter().enumerate() {
        if index > 0 {
            out.push("|".to_string());
        }
        for i in segment.clone() {
            let word = &text[document.tokens[i].span.range()];
            out.push(format!("{word}/{:?}", syntax.tags[i]));
        }
    }
    out.join(" ")
}
/// How `read` (a binding of the syntax) binds the words `written` in `text`.
fn binding(
    text: &str,
    written: &str,
    read: fn(
        &Syntax,
        &str,
        &crate::text::LowerCase,
        &[crate::text::Token],
        std::ops::Range<usize>,
    ) -> Binding,
) -> Binding {
    let document = Document::new(text);
    let start = text.find(written).expect("the words are in the text");
    let tokens = tokens_within(&document.tokens, Span::new(start, start + written.len()));
    read(
        document.syntax(text),
        text,
        document.lower_case(text),
        &document.tokens,
        tokens,
    )
}

/// A binding's relation and words, as text.
fn shown(text: &str, binding: &Binding) -> (&'static str, Vec<String>) {
    let words = binding.words.iter().map(|w| text[w.range()].to_string());
    (binding.relation.as_str(), words.collect())
}

fn strings(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// What the value written `value` in `text` attaches to: its relation and words.
fn value(text: &str, value: &str) -> (&'static str, Vec<String>) {
    shown(text, &binding(text, value, Syntax::value_binding))
}

/// What the date written `date` in `text` attaches to.
fn date(text: &str, date: &str) -> (&'static str, Vec<String>) {
    shown(text, &binding(text, date, Syntax::date_binding))
}

#[test]
fn a_value_attaches_to_the_noun_it_modifies() {
    let cases = [
        (
            "Crews towed a 610-foot tanker into port.",
            "610-foot",
            &["towed", "tanker"][..],
        ),
        (
            "A 5.9-magnitude tremor shook the valley.",
            "5.9",
            &["tremor", "shook"],
        ),
        (
            "A magnitude 6.1 tremor shook the valley.",
            "6.1",
            &["tremor", "shook"],
        ),
        (
            "The magnitude 6.1 quake hit at night.",
            "6.1",
            &["quake", "hit"],
        ),
        (
            "Officials counted 1,200 damaged homes.",
            "1,200",
            &["counted", "homes"],
        ),
        (
            "Three people have been rescued so far.",
            "Three",
            &["people", "rescued"],
        ),
    ];
    for (text, written, words) in cases {
        assert_eq!(
            value(text, written),
            ("modifies", words.iter().map(|w| w.to_string()).collect()),
            "{text}"
        );
    }
}

#[test]
fn a_value_attaches_to_the_noun_it_is_of_and_to_the_subject_of_its_verb() {
    let cases = [
        (
            "The quake struck at a depth of 12 km near the coast.",
            "12 km",
            "of",
            &["depth"][..],
        ),
        (
            "It brought winds of 140 mph to the bay.",
            "140 mph",
            "of",
            &["winds"],
        ),
        (
            "By Monday the death toll had risen to 1,050.",
            "1,050",
            "complement",
            &["toll", "risen"],
        ),
        (
            "The crossing, which opened in 1981, is 2.3 miles long.",
            "2.3 miles",
            "complement",
            &["crossing", "is"],
        ),
        (
            "The epicentre was 40 km north of the city.",
            "40 km",
            "complement",
            &["epicentre", "was"],
        ),
        // A distance or size set off by commas after a noun is the noun's.
        (
            "The epicentre, 90 km southwest of the city, was shallow.",
            "90 km",
            "label",
            &["epicentre"],
        ),
        (
            "The bridge, 1.6 miles long, carried trucks.",
            "1.6 miles",
            "label",
            &["bridge"],
        ),
        (
            "The quake struck Ighil, 72 km southwest of the city.",
            "72 km",
            "label",
            &["Ighil"],
        ),
        // Where a thing is: "lies", "lay", "sits", "stands" link it to its distance.
        (
            "The epicentre lay some 40 km north of the city.",
            "some 40 km",
            "complement",
            &["epicentre", "lay"],
        ),
        (
            "The crater lies 3 km from the rim, and the hut sits 200 m above it.",
            "3 km",
            "complement",
            &["crater", "lies"],
        ),
        (
            "The crater lies 3 km from the rim, and the hut sits 200 m above it.",
            "200 m",
            "complement",
            &["hut", "sits"],
        ),
        (
            "The probe has cost about $90m so far.",
            "about $90m",
            "complement",
            &["probe", "cost"],
        ),
        (
            "Crews said the ship held only “900 tonnes” at the time.",
            "900 tonnes",
            "complement",
            &["ship", "held"],
        ),
    ];
    for (text, written, relation, words) in cases {
        let expected = (relation, words.iter().map(|w| w.to_string()).collect());
        assert_eq!(value(text, written), expected, "{text}");
    }
}

#[test]
fn a_value_of_a_position_or_of_another_clause_attaches_to_no_noun_of_its_own() {
    // "40 km north of the city" is a distance from the city, not the city's size.
    assert_eq!(
        value(
            "Rescuers reached a village 40 km north of the city.",
            "40 km"
        )
        .1,
        Vec::<String>::new()
    );
    // The storm's forward speed belongs to "it moved", not to the winds.
    let (relation, words) = value("Its winds reached 120 mph as it moved at 9 mph.", "9 mph");
    assert_eq!(
        (relation, words),
        ("complement", vec!["it".to_string(), "moved".to_string()])
    );
    // What could be, and one of several counted apart, are no values of their own.
    assert_eq!(
        value(
            "Its sonar is able to scan depths of up to 9,000 feet.",
            "9,000 feet"
        )
        .0,
        "irrealis"
    );
    assert_eq!(
        value(
            "One man was pulled out alive, and another walked out.",
            "One"
        )
        .0,
        "partitive"
    );
    assert_eq!(value("One man was pulled out alive.", "One").0, "modifies");
    // What is left after a fall is a later state, not the value.
    assert_eq!(
        value("By noon its winds had eased to 90 mph.", "90 mph").0,
        "fallen"
    );
    assert_eq!(
        value("By noon its winds had risen to 90 mph.", "90 mph").0,
        "complement"
    );
    // "seven more" after "searching for" attaches to nothing it could be told to.
    assert_eq!(
        value(
            "Divers rescued two, and are searching for at least seven more.",
            "at least seven"
        )
        .0,
        "unbound"
    );
}

#[test]
fn a_value_in_parentheses_attaches_to_what_stands_before_them() {
    assert_eq!(
        value("It is cheaper than the film Gravity ($100m) was.", "$100m"),
        ("apposition", vec!["Gravity".to_string()])
    );
}

#[test]
fn the_owner_of_a_value_is_the_name_its_noun_belongs_to() {
    let owner = |text: &str, written: &str| {
        let binding = binding(text, written, Syntax::value_binding);
        binding.owner.map(|o| text[o.range()].to_string())
    };
    assert_eq!(
        owner("Japan's lander had cost $100m.", "$100m").as_deref(),
        Some("Japan's")
    );
    assert_eq!(
        owner("It beat the film Gravity, which cost $100m.", "$100m").as_deref(),
        Some("Gravity")
    );
    assert_eq!(
        owner("The mission, the first of its kind, has cost $80m.", "$80m"),
        None
    );
    // A relative clause about another name, a "when" clause about another year.
    assert_eq!(
        owner("It outran Hurricane Iris, which killed 40 people.", "40").as_deref(),
        Some("Iris")
    );
    assert_eq!(
        owner(
            "It was the worst since 1931, when a quake killed 256 people.",
            "256"
        )
        .as_deref(),
        Some("1931")
    );
    assert_eq!(owner("The quake killed 256 people.", "256"), None);
    // "The mission's" opening a sentence points back to the last name of the one before.
    let text = "It cost less than Luna-24, which had cost more. The mission's total cost was $90m.";
    assert_eq!(owner(text, "$90m").as_deref(), Some("Luna-24"));
    assert_eq!(owner("The mission's total cost was $90m.", "$90m"), None);
    let text = "Luna-24 had cost more. Officials said the mission's cost was $90m.";
    assert_eq!(owner(text, "$90m"), None);
}

#[test]
fn a_length_of_time_after_a_superlative_measures_the_record() {
    let cases = [
        (
            "Reservoirs fell to the lowest water level in 40 years.",
            "40 years",
            &["lowest", "water", "level"][..],
        ),
        (
            "It was the wettest in more than three decades.",
            "more than three decades",
            &["wettest"][..],
        ),
        (
            "Exports had their biggest monthly drop for 14 months.",
            "14 months",
            &["biggest", "monthly", "drop"][..],
        ),
    ];
    for (text, written, words) in cases {
        assert_eq!(value(text, written), ("record", strings(words)), "{text}");
    }
    // The owner is what a possessive determiner points back to; when that is a pronoun,
    // the record is nobody's the reader could tell.
    let owner = |text: &str, written: &str| {
        let binding = binding(text, written, Syntax::value_binding);
        (
            binding.relation.as_str(),
            binding.owner.map(|o| text[o.range()].to_string()),
        )
    };
    assert_eq!(
        owner(
            "Tourism bookings reached their highest point in six years.",
            "six years"
        ),
        ("record", Some("bookings".to_string()))
    );
    assert_eq!(
        owner("It reached its highest point in six years.", "six years"),
        ("record", None)
    );
    assert!(
        value("It reached its highest point in six years.", "six years")
            .1
            .is_empty()
    );
    // Not a record: no superlative, or a verb between.
    assert_eq!(value("Prices rose in 3 years.", "3 years").0, "unbound");
}

#[test]
fn a_length_of_time_into_or_after_an_event_times_its_clause() {
    let cases = [
        (
            "The ferry lost power 20 minutes into the crossing.",
            "20 minutes",
            &["ferry", "lost", "power"][..],
        ),
        (
            "The rover stopped moving last Tuesday morning, two hours into a test drive.",
            "two hours",
            &["rover", "stopped"][..],
        ),
        (
            "Ninety minutes into the flight, the crew declared an emergency.",
            "Ninety minutes",
            &["crew", "declared", "emergency"][..],
        ),
        (
            "The lander sent its last signal about an hour and 10 minutes later.",
            "about an hour and 10 minutes",
            &["lander", "sent", "signal"][..],
        ),
        (
            "The pumps failed after 36 hours.",
            "36 hours",
            &["pumps", "failed"][..],
        ),
    ];
    for (text, written, words) in cases {
        assert_eq!(value(text, written), ("elapsed", strings(words)), "{text}");
    }
    // Counted back from a later event, it is not the time elapsed.
    assert_ne!(
        value("The crew left 10 minutes before the blast.", "10 minutes").0,
        "elapsed"
    );
}

#[test]
fn a_date_attaches_to_the_verb_of_its_clause() {
    let cases = [
        (
            "The quake struck at 23:11 on Friday near the town.",
            "Friday",
            &["struck"][..],
        ),
        (
            "The agency on Monday announced a rate cut.",
            "Monday",
            &["announced"],
        ),
        (
            "Data released on Friday showed prices rose.",
            "Friday",
            &["released"],
        ),
        (
            "Ministry figures on Saturday showed the toll rose.",
            "Saturday",
            &["showed"],
        ),
        (
            "The storm formed on Sunday and then struck land on Tuesday.",
            "Tuesday",
            &["struck"],
        ),
        (
            "The lander is expected to make its touchdown on May 4.",
            "May 4",
            &["make", "touchdown"],
        ),
        (
            "It follows the Apollo 8 flight, which took place in 1968.",
            "1968",
            &["Apollo", "8", "flight", "took", "place"],
        ),
        (
            "The flood came in 1927, the same year the levee failed.",
            "1927",
            &["came", "failed"],
        ),
    ];
    for (text, written, words) in cases {
        let expected = ("clause", words.iter().map(|w| w.to_string()).collect());
        assert_eq!(date(text, written), expected, "{text}");
    }
}

#[test]
fn a_date_of_another_noun_or_phrase_is_not_its_clauses() {
    let cases = [
        (
            "The storm recalled the 1985 hurricane that hit the port.",
            "1985",
            "names",
            &["hurricane"][..],
        ),
        (
            "The board revised its March policy statement.",
            "March",
            "names",
            &["statement"],
        ),
        (
            "After a pause in June, the bank raised rates.",
            "June",
            "phrase",
            &["pause"],
        ),
        (
            "In the spring of 2021, a reporter joined a dive.",
            "2021",
            "phrase",
            &["spring"],
        ),
    ];
    for (text, written, relation, words) in cases {
        let expected = (relation, words.iter().map(|w| w.to_string()).collect());
        assert_eq!(date(text, written), expected, "{text}");
    }
    assert_eq!(
        date("Prices have risen since May 2021.", "May 2021").0,
        "opens-span"
    );
    assert_eq!(
        date("The rival had planned to land on Monday.", "Monday").0,
        "irrealis"
    );
}

#[test]
fn segments_split_at_clause_openers_and_keep_parentheses() {
    assert_eq!(
        tagged("On Monday (May 1) the bank raised rates, which surprised traders."),
        "On/Preposition Monday/Name (/Punct May/Name 1/Number )/Punct the/Determiner \
         bank/Noun raised/Verb rates/Noun ,/Punct | which/Subordinator surprised/Verb \
         traders/Noun ./Punct"
    );
}

#[test]
fn structure_is_linear_on_long_sentences_without_stops() {
    let text = "the 12 big ships of 2020 sailed on Monday and ".repeat(5_000);
    let document = Document::new(&text);
    assert_eq!(document.syntax(&text).tags.len(), document.tokens.len());
    let last = document.tokens.len() - 1;
    let binding = document.syntax(&text).value_binding(
        &text,
        document.lower_case(&text),
        &document.tokens,
        last - 8..last - 7,
    );
    assert!(binding.words.len() <= 4);
}

#[test]
fn a_binding_is_described_in_words_for_explain() {
    let text = "Russia's probe had cost $200m, and winds of 165 mph hit the coast.";
    let bound = binding(text, "$200m", Syntax::value_binding);
    assert_eq!(
        bound.describe(text),
        "bound to “probe” “cost” (complement), owned by “Russia's”"
    );
    assert_eq!(Binding::default().describe(text), "bound to nothing");
}

//! Quantity facts and the `conversion` check end to end: misstated fixtures, the seed
//! corpus, and what `factlint extract` lists.

mod common;

use common::{factlint, factlint_in};

/// Each way of misstating a quantity yields its finding, rendered as an editor sees it.
#[test]
fn misstated_quantities() {
    insta::glob!("fixtures/quantities/*.txt", |path| {
        let relative = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .expect("fixtures are inside the repository");
        let file = relative.to_str().expect("fixture paths are UTF-8");
        let run = factlint(&["check", "--rules", "rules/nk-missiles.yaml", file]);
        let clean = file.ends_with("consistent.txt");
        assert_eq!(run.code, if clean { 0 } else { 1 }, "{}", run.transcript());
        insta::assert_snapshot!(run.transcript());
    });
}

/// "about 900 km", "about 550 miles", "550 miles (885 kilometres)" and "more than 1,000
/// containers" agree with the sheet: the seed corpus has no quantity finding.
#[test]
fn the_seed_corpus_states_the_quantities_correctly() {
    let run = factlint(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let kinds: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert!(!kinds.contains(&"quantity"), "{kinds:?}");
}

/// Every quantity of seed article 002, and nothing else, with the documented fields.
#[test]
fn extract_lists_the_quantities_of_a_seed_article() {
    let run = factlint(&["extract", "corpus/002_f5a9c8bcc7db6ed9.md"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let line: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(line["file"], "corpus/002_f5a9c8bcc7db6ed9.md");
    let file = std::fs::read_to_string("corpus/002_f5a9c8bcc7db6ed9.md").unwrap();
    let mentions: Vec<&serde_json::Value> = line["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "quantity")
        .collect();
    for mention in &mentions {
        let (start, end) = (
            mention["start"].as_u64().unwrap() as usize,
            mention["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(file[start..end], *mention["text"].as_str().unwrap());
    }
    let listed: Vec<String> = mentions
        .iter()
        .map(|m| {
            format!(
                "{} | {} {} {} | {} {} | {}",
                m["text"].as_str().unwrap(),
                m["value"],
                m["unit"],
                m["dimension"].as_str().unwrap(),
                m["base_value"],
                m["base_unit"],
                m["qualifier"],
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            r#"several | {"max":9.0,"min":3.0} null count | {"max":9.0,"min":3.0} null | null"#,
            "one | 1.0 null count | 1.0 null | null",
            r#"about 550 miles | 550.0 "mi" length | 885139.2 "m" | "approx""#,
            r#"885 kilometres | 885.0 "km" length | 885000.0 "m" | null"#,
            r#"six-day | 6.0 "d" duration | 518400.0 "s" | null"#,
            r#"millions of | {"max":9999999.0,"min":2000000.0} null count | {"max":9999999.0,"min":2000000.0} null | null"#,
            r#"more than 1,000 | {"max":null,"min":1000.0} null count | {"max":null,"min":1000.0} null | "gt""#,
            r#"hundreds of | {"max":999.0,"min":200.0} null count | {"max":999.0,"min":200.0} null | null"#,
        ]
    );
}

/// `checks: {conversion: false}` in factlint.yaml turns the built-in check off.
#[test]
fn the_conversion_check_can_be_turned_off() {
    let dir = tempfile::tempdir().unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let fixture = "tests/fixtures/quantities/range_with_wrong_conversion.txt";
    std::fs::copy(format!("{root}/{fixture}"), dir.path().join("article.txt")).unwrap();
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    // A folder without a sheet is an error; this one has a sheet of nothing that applies.
    let sheet = "story: other\napplies_when: mentions \"Mars\"\nfacts: {}\n";
    std::fs::write(dir.path().join("rules/other.yaml"), sheet).unwrap();
    let config = "rules: rules\ncorpus: .\nchecks:\n  conversion: false\n";
    std::fs::write(dir.path().join("factlint.yaml"), config).unwrap();
    let off = factlint_in(
        dir.path(),
        &["check", "--fail-on", "warning", "article.txt"],
    );
    assert_eq!(off.code, 0, "{}", off.transcript());
    std::fs::write(dir.path().join("factlint.yaml"), "rules: rules\n").unwrap();
    let on = factlint_in(
        dir.path(),
        &["check", "--fail-on", "warning", "article.txt"],
    );
    assert_eq!(on.code, 1, "{}", on.transcript());
    assert!(
        on.stdout.contains("builtin/conversion"),
        "{}",
        on.transcript()
    );
}

/// Values and dates are compared only where the sentence structure attaches them to the
/// fact's subject or event: `other_things.md` states the winds, the toll, the depth and the
/// landfall day correctly among values and dates of other things (a dateline, another storm's
/// year, a forward speed, another ship, a statement's day, a length of time, another thing's
/// record) and states a record and a time elapsed into the storm rightly, giving no finding;
/// `misstated.md` misstates each fact once in a shape of its own.
#[test]
fn values_and_dates_are_compared_where_they_attach() {
    insta::glob!("fixtures/binding/*.md", |path| insta::assert_snapshot!(
        "binding",
        common::check_fixture("binding", path)
    ));
}

/// The same for a quake: `other_things.md` states the magnitude on its scale ("the magnitude
/// 6.4 quake") among an aftershock's, another agency's and another year's values, and a part
/// of the toll in the sentence that states the toll ("320 …, of whom 45"), and tolls of past
/// disasters in the clause of their year ("a landslide that left 52 people dead … in 1998",
/// "In 2011, a flood killed 2,000", "the 2019 quake killed 75"), and gives no finding; `misstated.md` misstates the magnitude, day, depth and toll in one sentence.
#[test]
fn values_on_a_scale_are_compared_for_the_storys_noun() {
    insta::glob!("fixtures/binding_quake/*.md", |path| {
        insta::assert_snapshot!(
            "binding_quake",
            common::check_fixture("binding_quake", path)
        )
    });
}

/// A value given differently by two sources (`magnitude = 6.8 per survey or 7.0 per
/// institute`): `other_things.md` states each figure credited to its source or to no one and
/// gives no finding; `misstated.md` credits the institute's figure to the survey and gives a
/// figure of neither.
#[test]
fn a_figure_holds_when_credited_to_its_source_or_to_no_one() {
    insta::glob!("fixtures/figures/*.md", |path| insta::assert_snapshot!(
        "figures",
        common::check_fixture("figures", path)
    ));
}

/// A change of a rate in percentage points (`hike = 0.25 pp`): `other_things.md` states it as
/// "a quarter of a percentage point" and "25 basis points" among a percentage of something
/// else and gives no finding; `misstated.md` writes the sheet's number as a percentage
/// (a warning) and gives another number of basis points.
#[test]
fn percentage_points_are_not_percentages() {
    insta::glob!("fixtures/points/*.md", |path| insta::assert_snapshot!(
        "points",
        common::check_fixture("points", path)
    ));
}

/// Vague words and ordinals (`deaths between 200 and 400`, `drones ≈ several`, `hike =
/// 11th`): `other_things.md` states values whose ranges meet the sheet's, ordinals that are
/// days of a month, a vague count of a part and one ten times below the fact, and gives no
/// finding; `misstated.md` gives "dozens", "several dozen" and "twelfth".
#[test]
fn vague_words_and_ordinals() {
    insta::glob!("fixtures/counts/*.md", |path| {
        insta::assert_snapshot!("counts", common::check_fixture("counts", path))
    });
}

/// Rates, temperatures, magnitudes and gross tonnage: `other_things.md` states each right in
/// other units ("8 degrees Celsius" for 47 °F, "12.4 million vehicles a year" for 34,000 a
/// day, "6.8 on the Richter scale", a mass in tonnes beside the gross tonnage);
/// `misstated.md` gets each wrong.
#[test]
fn rates_temperatures_magnitudes_and_gross_tonnage() {
    insta::glob!("fixtures/units/*.md", |path| {
        insta::assert_snapshot!("units", common::check_fixture("units", path))
    });
}

/// Thousands of values in one sentence, and thousands of words without a full stop, are
/// read in linear time: attachment looks a bounded distance around each value. Only the
/// value its verb attaches to the range is compared.
#[test]
fn long_sentences_full_of_values_stay_linear() {
    let dir = tempfile::tempdir().unwrap();
    let values: Vec<String> = (1..=2_000).map(|i| format!("{i} km")).collect();
    let words = "word ".repeat(10_000);
    let text = format!(
        "North Korea's missile range was {} on Monday.\n\nThe missile range {words}was 5 km.\n",
        values.join(" and ")
    );
    let article = dir.path().join("long.txt");
    std::fs::write(&article, text).unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let rules = format!("{root}/rules");
    let run = factlint(&[
        "check",
        "--rules",
        &rules,
        "--format",
        "short",
        article.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.transcript());
}

/// A name of a series with another designator than the story's ("Kestrel-3" against the
/// sheet's "Kestrel-4"): `other_things.md` gives siblings' costs and launches, including
/// "The mission's" after a sibling's sentence, and gives no finding; `misstated.md` misstates
/// the story's own probe's cost and launch.
#[test]
fn a_sibling_in_a_series_is_not_the_story() {
    insta::glob!("fixtures/series/*.md", |path| insta::assert_snapshot!(
        "series",
        common::check_fixture("series", path)
    ));
}

/// A figure that changes over time (`death toll = 31 as of 2024-04-03T09:00+02:00`, and the
/// figures before and after it): `other_things.md`, published the day the toll rose, gives the
/// earlier, the current and a later figure and no finding; `other_things_undated.md` has no
/// date, so no figure can be told current; `outdated.md`, published later, repeats earlier
/// figures (a warning, and an info for "at least" an earlier one) and one that was never
/// given.
#[test]
fn a_figure_is_judged_against_the_one_current_at_publication() {
    insta::glob!("fixtures/timeline/*.md", |path| insta::assert_snapshot!(
        "timeline",
        common::check_fixture("timeline", path)
    ));
}

/// `explain` says why a figure of a timeline judges nothing in an article: no date, or
/// another figure current at publication.
#[test]
fn explain_says_why_a_figure_of_a_timeline_is_not_judged() {
    let sheet = "tests/fixtures/timeline/sheet.yaml";
    let undated = "tests/fixtures/timeline/other_things_undated.md";
    let run = factlint(&["explain", "--rules", sheet, "toll-day2", undated]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stdout
            .contains("not judged: the article has no publication date"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("verdict   not judged"),
        "{}",
        run.stdout
    );
    let later = "tests/fixtures/timeline/outdated.md";
    let run = factlint(&["explain", "--rules", sheet, "toll-day2", later]);
    assert!(
        run.stdout.contains(
            "not judged: on the article's date (2024-04-05), the figure in force is fact landslide/toll-day3's"
        ),
        "{}",
        run.stdout
    );
}

/// Distances from a place are judged only with a direction from the same place (in any of
/// its spellings); a direction two points of 16 off is borderline, more is wrong.
#[test]
fn distances_from_a_place_are_judged_with_their_direction() {
    insta::glob!("fixtures/bearing/*.md", |path| {
        insta::assert_snapshot!("bearing", common::check_fixture("bearing", path))
    });
}

use super::*;
use crate::extract::{Context, extract};
use crate::testing::seed;

/// (attributed text, speaker as written, resolved speaker, carried) for every attribution.
fn read(text: &str) -> Vec<(String, String, String, bool)> {
    let document = Document::new(text);
    let mentions = extract(text, &document, &Context::default());
    mentions
        .attributions
        .iter()
        .map(|a| {
            (
                text[a.content.range()].to_string(),
                text[a.speaker.range()].to_string(),
                a.resolved
                    .map(|r| text[r.range()].to_string())
                    .unwrap_or_default(),
                a.carried,
            )
        })
        .collect()
}

/// The resolved speaker of the attribution whose attributed text contains `claim`.
fn speaker_of(text: &str, claim: &str) -> Option<(String, bool)> {
    let document = Document::new(text);
    let mentions = extract(text, &document, &Context::default());
    let start = text.find(claim).expect("the claim is in the text");
    let attribution = mentions.attribution_of(Span::new(start, start + claim.len()))?;
    let resolved = attribution.resolved?;
    Some((text[resolved.range()].to_string(), attribution.carried))
}

fn named(speaker: &str) -> Option<(String, bool)> {
    Some((speaker.to_string(), false))
}

fn carried(speaker: &str) -> Option<(String, bool)> {
    Some((speaker.to_string(), true))
}

#[test]
fn pronouns_take_the_last_named_speaker_of_this_paragraph_or_the_one_before() {
    let text =
        "Russia fired missiles on Dec. 30, Kirby said.\n\n\"We expect more launches,\" he said.";
    assert_eq!(speaker_of(text, "We expect"), named("Kirby"));
    let text = "Russia fired missiles, Kirby said.\n\nThe launches went on.\n\n\"We expect \
                more,\" he said.";
    assert_eq!(speaker_of(text, "We expect"), None);
}

#[test]
fn a_pronoun_after_its_sentence_subject_stands_for_it() {
    let text = "Kirby spoke first. The North Korean leader visited Russia, after which he called \
                for a “new Cold War\".";
    assert_eq!(
        speaker_of(text, "new Cold War"),
        named("The North Korean leader")
    );
    let text = "The White House refrained from naming them, but it noted their range.";
    assert_eq!(speaker_of(text, "their range"), named("The White House"));
}

#[test]
fn a_quotation_over_paragraphs_is_carried_over() {
    let text = "The U.S. is taking steps, Kirby said.\n\n\"First, we will raise it.\n\n\"Second, \
                we will impose sanctions.\"";
    assert_eq!(speaker_of(text, "impose sanctions"), carried("Kirby"));
}

#[test]
fn the_next_sentence_is_the_outlets_own_voice() {
    let text = "Jenny Town highlighted the significance, stating that it prolongs the war. This \
                marks the first known combat use of the missiles.";
    assert_eq!(speaker_of(text, "prolongs the war"), named("Jenny Town"));
    assert_eq!(speaker_of(text, "first known combat use"), None);
}

#[test]
fn seed_000_attributions() {
    let rows = read(seed(0));
    let speakers: Vec<&str> = rows.iter().map(|(_, _, r, _)| r.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "The White House",
            "National security spokesperson John Kirby",
            "The White House",
            "The White House",
            "Analysts",
            "Jenny Town",
            "Jenny Town",
            "The White House",
            "China",
        ]
    );
    assert_eq!(speaker_of(seed(0), "first known combat use"), None);
}

#[test]
fn seed_002_credits_the_transfer_to_the_united_nations() {
    assert_eq!(
        speaker_of(seed(2), "acquired ballistic missiles from North Korea"),
        named("Intelligence officials from the United Nations")
    );
    assert_eq!(
        speaker_of(seed(2), "Kim deepened"),
        named("the state-run Korean Central News Agency (KCNA)")
    );
}

#[test]
fn seed_001_quotations_are_kirbys() {
    let text = seed(1);
    let document = Document::new(text);
    let mentions = extract(text, &document, &Context::default());
    let speakers: Vec<&str> = mentions
        .quotes
        .iter()
        .filter(|q| q.is_speech())
        .map(|q| {
            let attribution = &mentions.attributions[q.attribution.expect("credited")];
            &text[attribution.resolved.expect("named").range()]
        })
        .collect();
    assert_eq!(speakers.len(), 6);
    assert!(
        speakers.iter().all(|s| s.ends_with("Kirby")),
        "{speakers:?}"
    );
}

#[test]
fn attributions_of_any_text_never_panic() {
    for text in [
        "",
        "said",
        ", said",
        "according to",
        "He said.",
        "“",
        "Kirby, said, and, stating",
        "é, said É according to, é",
    ] {
        let _ = read(text);
    }
}

#[test]
fn a_short_adverbial_before_the_speaker_is_not_what_is_attributed() {
    let text = "In a statement, the Biden administration accused Moscow of violating resolutions.";
    assert_eq!(
        speaker_of(text, "Moscow of violating"),
        named("the Biden administration")
    );
}

#[test]
fn an_unnamed_official_after_a_quotation() {
    let text = "“We are watching closely,” a senior administration official told reporters.";
    assert_eq!(
        speaker_of(text, "watching closely"),
        named("a senior administration official")
    );
}

#[test]
fn a_pronoun_before_any_attribution_stands_for_the_last_subject() {
    let text = "Kirby spoke to reporters on Thursday. “This is a concerning escalation,” he said.";
    assert_eq!(speaker_of(text, "concerning escalation"), named("Kirby"));
}

#[test]
fn a_pronoun_stands_for_a_speaker_it_agrees_with() {
    let text = "Kirby briefed reporters. The launches went on. “We expect more,” he said.";
    assert_eq!(speaker_of(text, "We expect more"), named("Kirby"));
    let text = "The spokesman spoke first. The company stated that it would comply. It said \
                the fine was unfair.";
    assert_eq!(
        speaker_of(text, "the fine was unfair"),
        named("The company")
    );
}

#[test]
fn a_quotation_takes_the_clause_of_the_next_sentence_before_an_earlier_speaker() {
    let text = "Kirby spoke first. “We grieve with the families.” The royal palace said the \
                funeral would be private.";
    assert_eq!(
        speaker_of(text, "We grieve with the families"),
        named("The royal palace")
    );
}

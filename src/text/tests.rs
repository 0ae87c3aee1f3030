//! The text model on passages of the seed articles.

use super::*;

/// Seed 001 (USA TODAY), whole: a headline without terminal punctuation, a mis-encoded dash
/// ("Ukraine ? and"), month abbreviations, "U.S." and "U.N.", and a quotation over two
/// paragraphs of several sentences.
use crate::testing::seed;

fn sentence_texts<'a>(text: &'a str, document: &Document) -> Vec<&'a str> {
    document
        .sentences
        .iter()
        .map(|sentence| &text[sentence.span.range()])
        .collect()
}

#[test]
fn seed_001_has_the_hand_counted_paragraphs_and_sentences() {
    let document = Document::new(seed(1));
    assert_eq!(document.paragraphs.len(), 19);
    assert_eq!(document.sentences.len(), 24);
    let sentences = sentence_texts(seed(1), &document);
    assert_eq!(
        sentences[0],
        "'Concerning escalation': Russia used North Korean ballistic missiles against Ukraine"
    );
    assert!(sentences[1].ends_with("intends to purchase missile systems from Iran."));
    assert!(sentences.contains(
        &"On Dec. 30, Russian forces launched at least one of these North Korean missiles into Ukraine, Kirby said."
    ));
    assert!(sentences.contains(
        &"National Security Council spokesman John Kirby noted that as Russia has become increasingly isolated on the world stage because of U.S. sanctions and export restrictions, it has looked to \"like-minded states\" for military equipment."
    ));
    assert!(
        sentences
            .contains(&"Swapna Venugopal Ramaswamy is a White House correspondent for USA TODAY.")
    );
}

/// Paragraph and sentence counts of the five seed articles, counted by hand.
#[test]
fn every_seed_has_the_hand_counted_paragraphs_and_sentences() {
    let seeds = [
        (seed(0), 7, 15),
        (seed(1), 19, 24),
        (seed(2), 17, 28),
        (seed(3), 8, 19),
        (seed(4), 28, 35),
    ];
    for (index, (text, paragraphs, sentences)) in seeds.into_iter().enumerate() {
        let document = Document::new(text);
        assert_eq!(document.paragraphs.len(), paragraphs, "seed {index}");
        assert_eq!(document.sentences.len(), sentences, "seed {index}");
    }
}

#[test]
fn sentences_and_tokens_are_linked_both_ways() {
    let document = Document::new(seed(1));
    for (index, sentence) in document.sentences.iter().enumerate() {
        let paragraph = &document.paragraphs[sentence.paragraph];
        assert!(paragraph.sentences.contains(&index));
        assert!(paragraph.span.contains(sentence.span));
        for token in document.sentence_tokens(index) {
            assert!(sentence.span.contains(token.span));
            assert_eq!(document.sentence_at(token.span.start), Some(index));
        }
    }
    let words = document
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    assert!(words > 500, "{words}");
}

#[test]
fn sentence_at_finds_the_sentence_around_an_offset() {
    let text = "Kirby said so. The missile landed.";
    let document = Document::new(text);
    assert_eq!(document.sentence_at(0), Some(0));
    assert_eq!(document.sentence_at(13), Some(0));
    assert_eq!(document.sentence_at(14), None);
    assert_eq!(document.sentence_at(15), Some(1));
    assert_eq!(document.sentence_at(text.len()), None);
    assert!(document.sentence_tokens(9).is_empty());
    let missile = document.sentence_tokens(1)[1];
    assert_eq!(&text[missile.span.range()], "missile");
}

#[test]
fn seed_003_headline_and_blank_lines() {
    let text = "North Korean Connection Confirmed in Ukraine War\n\n\n\nThe United States has imposed rigorous sanctions on Russia and individuals aiding them in acquiring weapons. In September, there were indications of Russia seeking assistance from North Korea.\n\nKirby characterized the information about North Korea’s engagement in the conflict as a noteworthy and troubling escalation. Additionally, he conveyed the U.S. belief that Kim Jong-un is actively seeking to acquire surface-to-air missiles, a fighter plane, and other sophisticated weaponry.";
    let document = Document::new(text);
    assert_eq!(document.paragraphs.len(), 3);
    assert_eq!(
        sentence_texts(text, &document),
        [
            "North Korean Connection Confirmed in Ukraine War",
            "The United States has imposed rigorous sanctions on Russia and individuals aiding them in acquiring weapons.",
            "In September, there were indications of Russia seeking assistance from North Korea.",
            "Kirby characterized the information about North Korea’s engagement in the conflict as a noteworthy and troubling escalation.",
            "Additionally, he conveyed the U.S. belief that Kim Jong-un is actively seeking to acquire surface-to-air missiles, a fighter plane, and other sophisticated weaponry.",
        ]
    );
}

#[test]
fn seed_004_captions_datelines_and_curly_quotes() {
    let text = "North Korea supplied Russia with missiles for Ukraine attacks: US\r\n\r\n/ 03:07 AM January 05, 2024\r\n\r\nWhite House national security spokesperson John Kirby answers a question during a press briefing at the White House in Washington, U.S., January 3, 2024. REUTERS/Kevin Lamarque\r\n\r\nWashington, United States —\u{a0}North Korea has provided Russia with ballistic missiles and missile launchers that were used in recent attacks on Ukraine, the White House said Thursday.\r\n\r\n“This is a significant and concerning escalation,” National Security Council spokesman John Kirby told reporters in a briefing.\r\n\r\nYour subscription could not be saved. Please try again.\r\nYour subscription has been successful.\r\n";
    let document = Document::new(text);
    assert_eq!(document.paragraphs.len(), 7);
    assert_eq!(
        sentence_texts(text, &document),
        [
            "North Korea supplied Russia with missiles for Ukraine attacks: US",
            "/ 03:07 AM January 05, 2024",
            "White House national security spokesperson John Kirby answers a question during a press briefing at the White House in Washington, U.S., January 3, 2024.",
            "REUTERS/Kevin Lamarque",
            "Washington, United States —\u{a0}North Korea has provided Russia with ballistic missiles and missile launchers that were used in recent attacks on Ukraine, the White House said Thursday.",
            "“This is a significant and concerning escalation,” National Security Council spokesman John Kirby told reporters in a briefing.",
            "Your subscription could not be saved.",
            "Please try again.",
            "Your subscription has been successful.",
        ]
    );
}

#[test]
fn empty_and_blank_texts_have_no_sentences() {
    assert_eq!(Document::new(""), Document::default());
    assert_eq!(Document::new(" \r\n\r\n "), Document::default());
}

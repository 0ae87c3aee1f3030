//! Attribution facts: `CLAIM attributed to SPEAKER[, …]` and `CLAIM not attributed to …`.
//!
//! Each occurrence of the claim is credited to whoever the article credits it to (the
//! speaker of the quotation it is in, else the innermost reporting clause around it). A
//! different speaker is a misattribution (the fact's severity); no speaker at all, with no
//! reporting clause anywhere in the sentence and no reporting frame around it ("Kirby
//! said:"), means the outlet states the claim in its own voice (a warning at most); the right
//! speaker of a quotation carried over from another sentence is only implicit (info). A
//! speaker that cannot be resolved (a pronoun with no antecedent in its paragraph, "the
//! company" that is no entity of the sheet) gives no finding: precision first.

use super::ArticleContext;
use super::claim::ClaimPhrase;
use super::phrases::PhraseSetBuilder;
use super::speakers::{Resolution, SpeakerDirectory};
use crate::extract::{Attribution, Kinds};
use crate::finding::{Finding, FoundSpeaker, Label, Severity};
use crate::lang::ast::{AttributionAssertion, Speaker};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;

#[derive(Debug)]
pub struct AttributionCheck {
    claim: ClaimPhrase,
    negated: bool,
    expected: Vec<Expected>,
    directory: SpeakerDirectory,
}

/// A speaker named by the fact.
#[derive(Debug)]
enum Expected {
    Entity(usize),
    Role(String),
    /// A quoted name, kept as written; matched on the speaker's words.
    Literal(String),
}

impl AttributionCheck {
    pub fn compile(
        assertion: &AttributionAssertion,
        sheet: &Sheet,
        phrases: &mut PhraseSetBuilder,
    ) -> Self {
        let directory = SpeakerDirectory::new(sheet);
        let expected = assertion
            .speakers
            .iter()
            .map(|speaker| match speaker {
                Speaker::Named(name) => match directory.index_of(&name.node) {
                    Some(index) => Expected::Entity(index),
                    None => Expected::Role(name.node.clone()),
                },
                Speaker::Literal(text) => Expected::Literal(text.node.clone()),
            })
            .collect();
        Self {
            claim: ClaimPhrase::compile(&sheet.with_terms(&assertion.claim.node).0, phrases),
            negated: assertion.negated,
            expected,
            directory,
        }
    }

    /// The kinds of mention the check reads: speech, and quantities for a claim's figures.
    pub fn reads(&self) -> Kinds {
        Kinds::SPEECH.and(self.claim.reads())
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        for claim in self.claim.find(article) {
            let around = article.mentions().attributions_around(claim);
            let finding = if around.is_empty() {
                let own_voice = !self.negated && !has_reporting_frame(article, claim);
                own_voice.then(|| self.unattributed(fact, article, claim))
            } else {
                self.credited(fact, article, claim, &around)
            };
            findings.extend(finding);
        }
    }

    /// The finding on a claim the article credits through the attributions `around` it
    /// (innermost first), if any: the innermost speaker that resolves decides; a sentence-wide
    /// "…, according to X" that relays it must name an expected speaker too.
    fn credited(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        claim: Span,
        around: &[&Attribution],
    ) -> Option<Finding> {
        let mut resolved = self.directory.known_speakers(article, around);
        let (attribution, speaker, head, resolution) = resolved.next()?;
        let relay = resolved.find(|(a, ..)| is_sentence_wide_according_to(article, a));
        let expected = |speaker: Span, resolution| {
            self.names_expected(article.text(speaker), resolution) != self.negated
        };
        let wrong = if !expected(speaker, resolution) {
            Some((attribution, speaker, head, resolution))
        } else {
            relay.filter(|&(_, s, _, r)| !self.negated && !expected(s, r))
        };
        let mut finding = match wrong {
            Some((attribution, speaker, ..)) => {
                self.misattributed(fact, article, claim, attribution, speaker)
            }
            None if attribution.carried && !self.negated => {
                self.implicit(fact, article, claim, attribution, speaker)
            }
            None => return None,
        };
        let (attribution, speaker, head, resolution) =
            wrong.unwrap_or((attribution, speaker, head, resolution));
        finding.speaker = Some(FoundSpeaker {
            span: article.source_span(attribution.speaker),
            text: article.text(attribution.speaker).to_string(),
            head: article.text(head).to_string(),
            resolved_to: self.describe(resolution, article.text(speaker)),
        });
        Some(finding)
    }

    /// Whether the speaker written `speaker`, resolved as `resolution`, is one the fact names.
    fn names_expected(&self, speaker: &str, resolution: Resolution) -> bool {
        self.expected
            .iter()
            .any(|expected| match (expected, resolution) {
                (Expected::Entity(want), Resolution::Entity(got)) => *want == got,
                (Expected::Role(role), Resolution::Role(got)) => role == got,
                (Expected::Role(role), Resolution::Entity(got)) => {
                    self.directory.role(got) == Some(role.as_str())
                }
                (Expected::Literal(name), _) => contains_words(speaker, name),
                _ => false,
            })
    }

    fn describe(&self, resolution: Resolution, phrase: &str) -> String {
        match resolution {
            Resolution::Entity(index) => self.directory.id(index).to_string(),
            Resolution::Role(role) => role.to_string(),
            Resolution::AsWritten | Resolution::Unknown => phrase.to_string(),
        }
    }

    fn misattributed(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        claim: Span,
        attribution: &Attribution,
        speaker: Span,
    ) -> Finding {
        let message = if self.negated {
            "claim attributed to a source the fact sheet rules out"
        } else {
            "claim attributed to the wrong source"
        };
        let mut finding = article.finding(
            fact,
            claim,
            message.to_string(),
            "claim",
            Some(self.expected_text()),
        );
        finding.labels = speaker_labels(article, attribution, speaker);
        finding
    }

    fn unattributed(&self, fact: &Fact, article: &ArticleContext, claim: Span) -> Finding {
        let mut finding = article.finding(
            fact,
            claim,
            "claim stated in the outlet's own voice, attributed to no one".to_string(),
            "claim, unattributed",
            Some(self.expected_text()),
        );
        finding.severity = fact.severity.min(Severity::Warning);
        finding.help = Some("credit the claim to its source, or leave it out".to_string());
        if let Some(earlier) = earlier_attribution_in_paragraph(article, claim) {
            let name = article.text(earlier.resolved.unwrap_or(earlier.speaker));
            finding.labels.push(Label {
                span: article.source_span(earlier.speaker),
                text: format!("“{name}” is credited in an earlier sentence, not in this one"),
            });
        }
        finding
    }

    fn implicit(
        &self,
        fact: &Fact,
        article: &ArticleContext,
        claim: Span,
        attribution: &Attribution,
        speaker: Span,
    ) -> Finding {
        let mut finding = article.finding(
            fact,
            claim,
            "claim attributed only implicitly, carried over from another sentence".to_string(),
            "claim",
            Some(self.expected_text()),
        );
        finding.severity = Severity::Info;
        finding.help = Some("name the source in the claim's own sentence".to_string());
        finding.labels = speaker_labels(article, attribution, speaker);
        finding
    }

    fn expected_text(&self) -> String {
        let names: Vec<String> = self
            .expected
            .iter()
            .map(|expected| match expected {
                Expected::Entity(index) => match self.directory.role(*index) {
                    Some(role) => format!("{} ({role})", self.directory.name(*index)),
                    None => self.directory.name(*index).to_string(),
                },
                Expected::Role(role) => format!("{} {role}", article_for(role)),
                Expected::Literal(name) => format!("“{name}”"),
            })
            .collect();
        let relation = if self.negated {
            "not attributed to"
        } else {
            "attributed to"
        };
        format!("{relation} {}", names.join(" or "))
    }
}

/// What sentence `within` states of an attribution: each of its `claims`, and the speaker the
/// article credits the claim to when that speaker is written in the same sentence (one
/// carried over from another sentence is not stated here).
pub fn claims_and_speakers(article: &ArticleContext, within: Span, claims: &[Span]) -> Vec<Span> {
    let speakers = claims
        .iter()
        .filter_map(|&claim| article.mentions().attribution_of(claim))
        .map(|attribution| attribution.speaker)
        .filter(|&speaker| within.contains(speaker));
    claims.iter().copied().chain(speakers).collect()
}

/// The labels on who the claim is credited to: the speaker as written and, when it stands
/// for a speaker named elsewhere, where that one is named.
fn speaker_labels(
    article: &ArticleContext,
    attribution: &Attribution,
    speaker: Span,
) -> Vec<Label> {
    let written = article.text(attribution.speaker);
    let named = article.text(speaker);
    let mut labels = Vec::new();
    if attribution.verb.is_some() {
        let text = if speaker == attribution.speaker {
            format!("attributed to “{named}”")
        } else {
            format!("attributed to “{written}”, that is “{named}”")
        };
        labels.push(Label {
            span: article.source_span(attribution.speaker),
            text,
        });
    }
    if speaker != attribution.speaker || attribution.verb.is_none() {
        labels.push(Label {
            span: article.source_span(speaker),
            text: format!("“{named}” is named here, in another sentence"),
        });
    }
    labels
}

/// "…, according to X." at the end of a sentence, which credits all of it.
fn is_sentence_wide_according_to(article: &ArticleContext, attribution: &Attribution) -> bool {
    let according = attribution
        .verb
        .is_some_and(|v| article.text(v).eq_ignore_ascii_case("according to"));
    let document = article.document();
    let sentence_start = document.sentences[attribution.sentence].span.start;
    according && attribution.content.start == sentence_start
}

/// Whether the claim's sentence has a reporting clause of any speaker (which the claim may
/// belong to though its attributed text was not read to hold it), or its paragraph is framed
/// as reported speech by a sentence that ends in a colon, earlier in it or closing the
/// paragraph before ("Town listed the findings:").
fn has_reporting_frame(article: &ArticleContext, claim: Span) -> bool {
    let document = article.document();
    let Some(sentence) = document.sentence_at(claim.start) else {
        return false;
    };
    let paragraph = document.sentences[sentence].paragraph;
    let span = document.sentences[sentence].span;
    // Attributions are ordered by where their attributed text starts, inside its sentence.
    let attributions = &article.mentions().attributions;
    let from = attributions.partition_point(|a| a.content.start < span.start);
    let in_sentence = attributions[from..]
        .iter()
        .take_while(|a| a.content.start < span.end)
        .any(|a| a.sentence == sentence && a.verb.is_some());
    let ends_in_colon = |s: usize| {
        article
            .text(document.sentences[s].span)
            .trim_end()
            .ends_with(':')
    };
    // An earlier sentence of the paragraph, or the paragraph before, opens the frame.
    let paragraph_start = document.paragraphs[paragraph].sentences.start;
    let framed = (paragraph_start..sentence).any(ends_in_colon)
        || paragraph_start.checked_sub(1).is_some_and(ends_in_colon);
    in_sentence || framed
}

/// The last attribution with a reporting verb in an earlier sentence of the claim's paragraph.
fn earlier_attribution_in_paragraph<'a>(
    article: &'a ArticleContext,
    claim: Span,
) -> Option<&'a Attribution> {
    let document = article.document();
    let sentence = document.sentence_at(claim.start)?;
    let paragraph = document.sentences[sentence].paragraph;
    article
        .mentions()
        .attributions
        .iter()
        .filter(|a| a.verb.is_some() && a.sentence < sentence)
        .filter(|a| document.sentences[a.sentence].paragraph == paragraph)
        .max_by_key(|a| a.sentence)
}

/// Whether the words of `name` occur in `speaker`, whatever the case.
fn contains_words(speaker: &str, name: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        super::normalize::fold(s)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (speaker, name) = (words(speaker), words(name));
    !name.is_empty() && speaker.windows(name.len()).any(|w| w == name.as_slice())
}

fn article_for(role: &str) -> &'static str {
    if role.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_speakers_match_whole_words() {
        assert!(contains_words(
            "Intelligence officials from the United Nations",
            "United Nations"
        ));
        assert!(!contains_words("the United Nationsky", "United Nations"));
        assert!(!contains_words("anyone", ""));
    }
}

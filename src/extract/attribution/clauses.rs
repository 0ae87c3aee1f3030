//! Reporting clauses in one sentence: a speaker, a reporting verb or phrase, and where the
//! attributed text lies relative to them.
//!
//! The orders news writing uses: "Kirby said (that) …", "…, Kirby said.", "…, said Kirby.",
//! "“…,” he said.", "Kirby, who …, said …", "according to X, …", "…, according to X.",
//! "…, White House believes, …" (inside the attributed text) and a participle or a second verb
//! that shares the sentence's subject ("…, stating that …", "… and believes …").

use std::ops::Range;

use super::lexicon::List;
use super::sentence::SentenceView;
use crate::text::syntax::Tag;

/// A tail after the verb longer than this, in words, is what is attributed, not a time or an
/// audience ("told reporters in a briefing").
const MAX_TAIL_WORDS: usize = 6;

/// Text before a comma this short is an adverbial ("In a statement, the administration
/// accused …"), not what a clause after the comma attributes.
const MAX_ADVERBIAL_WORDS: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// Written in this clause.
    Written(Range<usize>),
    /// The subject of the sentence ("…, stating that", "… and believes").
    Subject,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// What is attributed follows, from token `from` on.
    Before { from: usize },
    /// What is attributed precedes the token `separator` (a comma, a quote mark or a dash).
    After { separator: usize },
    /// The clause interrupts what is attributed, which resumes at token `resume`.
    Inside { resume: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    pub speaker: Speaker,
    pub verb: Range<usize>,
    pub form: Form,
}

/// The reporting clauses of a sentence, in order.
pub fn clauses(view: &SentenceView) -> Vec<Clause> {
    (0..view.token_count())
        .filter(|&k| !view.is_quoted(k))
        .filter_map(|k| clause_at(view, k))
        .collect()
}

/// Where the clauses that follow what they attribute begin, in order: what [`content`] reads
/// its ends from.
pub fn separators(clauses: &[Clause]) -> Vec<usize> {
    let mut separators: Vec<usize> = clauses
        .iter()
        .filter_map(|c| match c.form {
            Form::After { separator } => Some(separator),
            _ => None,
        })
        .collect();
    separators.sort_unstable();
    separators
}

/// The tokens attributed by `clauses[index]`, if any; `separators` are those of
/// [`separators`], looked up by binary search so that a sentence of many clauses stays
/// linear.
pub fn content(
    view: &SentenceView,
    clauses: &[Clause],
    index: usize,
    separators: &[usize],
) -> Option<Range<usize>> {
    let clause = &clauses[index];
    // A clause after the attributed text ends what an earlier clause attributes:
    // "X alleged that …, said the White House."
    let end_before_later_clause = |from: usize| {
        let next = separators.partition_point(|&s| s < from);
        separators.get(next).copied().unwrap_or(view.token_count())
    };
    let (mut start, mut end) = match clause.form {
        Form::Before { from } => (from, end_before_later_clause(from)),
        Form::Inside { resume } => (resume, end_before_later_clause(resume)),
        Form::After { separator } if view.is_quote_mark(separator) => (0, separator + 1),
        Form::After { separator } => (0, separator),
    };
    if matches!(clause.form, Form::Before { .. }) {
        start = skip_time_forward(view, start);
    }
    while view.is_comma(start) || view.word(start) == "that" {
        start += 1;
    }
    while end > start && matches!(view.word(end - 1), "." | "!" | "?" | "," | ";" | ":") {
        end -= 1;
    }
    (start < end).then_some(start..end)
}

fn clause_at(view: &SentenceView, k: usize) -> Option<Clause> {
    if view.word(k).eq_ignore_ascii_case("according") && view.word(k + 1) == "to" {
        return according_to(view, k);
    }
    // A capitalised "States" or "Reports" is a name or a subject, not a verb.
    if view.is_capitalised(k) {
        return None;
    }
    let after_be = k > 0 && view.tag(k - 1) == Some(Tag::Auxiliary);
    if after_be && view.is(List::ProgressiveReporting, k) {
        return subject_clause(view, k);
    }
    if view.is(List::ReportingParticiple, k) {
        let after_comma = k > 0 && (view.is_comma(k - 1) || view.word(k - 1) == "and");
        return after_comma.then(|| Clause {
            speaker: Speaker::Subject,
            verb: k..k + 1,
            form: Form::Before { from: k + 1 },
        });
    }
    // "his estimate", "the claims", "Kim's claims": a noun after a determiner.
    let after_determiner = k > 0
        && (view.tag(k - 1) == Some(Tag::Determiner)
            || view.word(k - 1).ends_with("'s")
            || view.word(k - 1).ends_with("’s"));
    if after_determiner {
        return None;
    }
    // "media reports citing …": a noun after a noun, not a verb.
    let after_noun = k > 0 && view.tag(k - 1) == Some(Tag::Noun);
    if view.is(List::DocumentNoun, k) && (after_noun || view.is(List::Relaying, k + 1)) {
        return None;
    }
    if view.is(List::EvidenceVerb, k) {
        let mut clause = subject_clause(view, k)?;
        let Speaker::Written(phrase) = &clause.speaker else {
            return None;
        };
        let is_document = |p: &Range<usize>| p.end > 0 && view.is(List::DocumentNoun, p.end - 1);
        // "Damage assessments by the state agency show": the document is the subject.
        let issued = phrase
            .start
            .checked_sub(1)
            .filter(|&by| matches!(view.word(by), "by" | "from" | "of"))
            .and_then(|by| view.phrase_before(by))
            .filter(is_document)
            .map(|document| document.start..phrase.end);
        if let Some(whole) = issued {
            clause.form = form_of(view, whole.start, k);
            clause.speaker = Speaker::Written(whole);
            return Some(clause);
        }
        return is_document(phrase).then_some(clause);
    }
    if !view.is(List::ReportingVerb, k) {
        return None;
    }
    if let Some(clause) = inverted(view, k) {
        return Some(clause);
    }
    subject_clause(view, k).map(|clause| relayed(view, clause))
}

/// The clause of reporting verb `k` with its subject before it: "Kirby said", "Jenny Town,
/// director of 38 North, said", "media reports citing the ministry said".
fn subject_clause(view: &SentenceView, k: usize) -> Option<Clause> {
    let end = skip_back_to_speaker(view, k);
    if end > 0 && view.word(end - 1) == "and" {
        return Some(Clause {
            speaker: Speaker::Subject,
            verb: k..k + 1,
            form: Form::Before { from: k + 1 },
        });
    }
    let phrase = if end > 0 && view.is_comma(end - 1) {
        appositive_subject(view, end - 1)?
    } else {
        view.phrase_before(end)?
    };
    // "media reports citing the ministry said": the clause starts after the break before
    // the whole subject.
    let clause_start = match phrase.start.checked_sub(1) {
        Some(citing) if view.is(List::Relaying, citing) => (0..citing)
            .rev()
            .find(|&i| view.is_clause_break(i))
            .map_or(0, |b| b + 1),
        _ => phrase.start,
    };
    let form = form_of(view, clause_start, k);
    Some(Clause {
        speaker: Speaker::Written(phrase),
        verb: k..k + 1,
        form,
    })
}

/// "…, Reuters reported, citing the ministry.": the source is the one cited.
fn relayed(view: &SentenceView, mut clause: Clause) -> Clause {
    let after = clause.verb.end;
    let cites = view.is_comma(after) && view.is(List::Relaying, after + 1);
    if let (true, Form::After { .. }) = (cites, clause.form)
        && let Some(source) = view.phrase_after(after + 2)
    {
        clause.speaker = Speaker::Written(source);
    }
    clause
}

/// "according to X, …" and "…, according to X.", with an apposition that names X after a
/// title: "according to the former chairman of the agency, K Sivan, …".
fn according_to(view: &SentenceView, k: usize) -> Option<Clause> {
    let start = k + 2;
    let phrase_end = |from: usize| {
        (from..view.token_count())
            .find(|&i| view.is_comma(i) || (view.is_clause_break(i) && !view.is_quote_mark(i)))
            .unwrap_or(view.token_count())
    };
    let mut end = phrase_end(start);
    if end == start {
        return None;
    }
    let apposition_end = phrase_end(end + 1);
    let names_a_title =
        (start..end).any(|i| view.is(List::SpeakerNoun, i) && !view.word(i).ends_with('s'));
    if names_a_title && view.is_comma(end) && is_name_apposition(view, end + 1..apposition_end) {
        end = apposition_end;
    }
    let at_start = (0..k).all(|i| view.is_quote_mark(i));
    let form = if at_start {
        Form::Before { from: end + 1 }
    } else {
        Form::After {
            separator: if view.is_comma(k - 1) { k - 1 } else { k },
        }
    };
    Some(Clause {
        speaker: Speaker::Written(start..end),
        verb: k..k + 2,
        form,
    })
}

/// A short run of capitalised words (with title abbreviations) that names the person a
/// title before it describes: "K Sivan", "Dr. Jane Roe".
fn is_name_apposition(view: &SentenceView, range: Range<usize>) -> bool {
    let words = range.clone().filter(|&i| view.is_word(i)).count();
    (1..=5).contains(&words)
        && range
            .clone()
            .all(|i| view.is_capitalised(i) || view.is_abbreviation_period(i))
        && view.word(range.end) != "("
}

/// "…, said Kirby." and "…,” said the spokesman."
fn inverted(view: &SentenceView, k: usize) -> Option<Clause> {
    if !view.is(List::InvertingVerb, k) {
        return None;
    }
    let separator = k.checked_sub(1)?;
    let after_break =
        view.is_comma(separator) || view.is_quote_mark(separator) || view.is_dash(separator);
    if !after_break {
        return None;
    }
    let phrase = view.phrase_after(k + 1)?;
    let next = skip_time_forward(view, phrase.end);
    // "…, said the company." ends the sentence; "…, highlighted the risk, …" is no inversion.
    let common_noun = !view.is_head(phrase.end - 1);
    let ends_clause = next >= view.token_count()
        || (!common_noun && (view.is_comma(next) || view.is_clause_break(next)))
        || (common_noun && view.is_clause_break(next) && !view.is_comma(next));
    ends_clause.then(|| Clause {
        speaker: Speaker::Written(phrase),
        verb: k..k + 1,
        form: Form::After { separator },
    })
}

/// "Jenny Town, director of …, highlighted": the phrase before the comma that opens the
/// apposition or relative clause ending at `comma`; "State television, quoting the
/// minister, said": the source quoted.
fn appositive_subject(view: &SentenceView, comma: usize) -> Option<Range<usize>> {
    let opening = (0..comma).rev().find(|&i| view.is_comma(i))?;
    if view.is(List::Relaying, opening + 1)
        && let Some(source) = view.phrase_after(opening + 2)
        && source.end == comma
    {
        return Some(source);
    }
    let phrase = view.phrase_before(opening)?;
    // "the city's fire chief, Dana Whitfield, said": the name is part of the speaker.
    if is_name_apposition(view, opening + 1..comma) && !view.is(List::Pronoun, phrase.start) {
        return Some(phrase.start..comma);
    }
    Some(phrase)
}

/// Whether a clause whose speaker starts at `speaker_start` and whose verb is `k` comes before,
/// after or inside what it attributes.
fn form_of(view: &SentenceView, speaker_start: usize, k: usize) -> Form {
    let before = Form::Before { from: k + 1 };
    let Some(separator) = speaker_start.checked_sub(1) else {
        return before;
    };
    let after_break =
        view.is_comma(separator) || view.is_quote_mark(separator) || view.is_dash(separator);
    if !after_break {
        return before;
    }
    let tail_end = (k + 1..view.token_count())
        .find(|&i| view.is_comma(i) || (view.is_clause_break(i) && !view.is_quote_mark(i)))
        .unwrap_or(view.token_count());
    let tail = k + 1..tail_end;
    let tail_words = tail.clone().filter(|&i| view.is_word(i)).count();
    // Counted up to one past the limit: a sentence of many clauses stays linear.
    let lead_words = (0..separator)
        .filter(|&i| view.is_word(i))
        .take(MAX_ADVERBIAL_WORDS + 1)
        .count();
    // A finite verb makes the lead a clause; "Speaking to reporters" is an adverbial.
    let lead_is_clause = || {
        (0..separator).any(|i| {
            (view.is_clause_verb(i) || view.tag(i) == Some(Tag::Auxiliary))
                && !view.word(i).ends_with("ing")
        })
    };
    let after_adverbial =
        view.is_comma(separator) && lead_words <= MAX_ADVERBIAL_WORDS && !lead_is_clause();
    // "told reporters in a briefing at the White House" is an audience and a place, however
    // long; a verb or "that" in the tail starts what is attributed.
    let audience_or_place = view.is(List::AddresseeVerb, k)
        || view.tag(k + 1) == Some(Tag::Preposition)
        || tail_words <= MAX_TAIL_WORDS;
    // Words inside a prepositional phrase of the tail are nouns ("at a town hall meeting").
    let mut before_preposition = tail
        .clone()
        .take_while(|&i| view.tag(i) != Some(Tag::Preposition));
    if after_adverbial
        || !audience_or_place
        || tail.clone().any(|i| view.word(i) == "that")
        || before_preposition.any(|i| view.is_clause_verb(i))
    {
        return before;
    }
    let resume = tail_end + 1;
    let interrupts = view.is_comma(separator)
        && view.is_comma(tail_end)
        && view.is_word(resume)
        && !view.is(List::Conjunction, resume)
        && !view.is(List::ReportingParticiple, resume)
        && !view.is(List::Relaying, resume)
        && view.tag(resume) != Some(Tag::Subordinator);
    if interrupts {
        Form::Inside { resume }
    } else {
        Form::After { separator }
    }
}

/// From verb `k` back over auxiliaries, adverbs and times ("has also", "on Thursday", "at the
/// time") to the end of the speaker's phrase.
fn skip_back_to_speaker(view: &SentenceView, k: usize) -> usize {
    let mut end = k;
    loop {
        let is_on = |i: usize| view.word(i).eq_ignore_ascii_case("on");
        if end > 0 && view.is(List::BetweenSpeakerAndVerb, end - 1) {
            end -= 1;
        } else if end > 0 && is_weekday(view, end - 1) {
            end -= 1;
            if end > 0 && is_on(end - 1) {
                end -= 1;
            }
        } else if end > 1 && !view.is_word(end - 1) && is_month(view, end - 2) {
            end -= 2;
            if end > 0 && is_on(end - 1) {
                end -= 1;
            }
        } else if end > 2 && is_at_the_time(view, end - 3) {
            end -= 3;
        } else {
            return end;
        }
    }
}

/// Whether the words from `i` are "at the time", in any case. (Comparing ASCII letters
/// ignoring their case is lower-casing here: no other letter lower-cases to one of these.)
fn is_at_the_time(view: &SentenceView, i: usize) -> bool {
    ["at", "the", "time"]
        .iter()
        .enumerate()
        .all(|(j, word)| view.word(i + j).eq_ignore_ascii_case(word))
}

/// Past "Thursday", "on Thursday" or "on January 4" after a speaker.
fn skip_time_forward(view: &SentenceView, mut i: usize) -> usize {
    if view.word(i).eq_ignore_ascii_case("on") {
        i += 1;
    }
    if is_weekday(view, i) {
        return i + 1;
    }
    if is_month(view, i) {
        return if view.is_word(i + 1) { i + 1 } else { i + 2 };
    }
    i
}

fn is_weekday(view: &SentenceView, i: usize) -> bool {
    view.is_capitalised(i) && view.is(List::Weekday, i)
}

fn is_month(view: &SentenceView, i: usize) -> bool {
    view.is_capitalised(i) && view.is(List::Month, i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// (speaker, verb, attributed text) of each clause of a one-sentence `text`.
    fn read(text: &str) -> Vec<(String, String, String)> {
        let document = Document::new(text);
        let view = SentenceView::new(text, document.lower_case(text), &document.tokens, &[])
            .with_tags(&document.syntax(text).tags);
        let found = clauses(&view);
        (0..found.len())
            .map(|i| {
                let clause = &found[i];
                let speaker = match &clause.speaker {
                    Speaker::Written(r) => text[view.span(r.clone()).range()].to_string(),
                    Speaker::Subject => "(subject)".to_string(),
                };
                let content = content(&view, &found, i, &separators(&found))
                    .map(|r| text[view.span(r).range()].to_string())
                    .unwrap_or_default();
                (
                    speaker,
                    text[view.span(clause.verb.clone()).range()].to_string(),
                    content,
                )
            })
            .collect()
    }

    fn triple(speaker: &str, verb: &str, content: &str) -> (String, String, String) {
        (speaker.into(), verb.into(), content.into())
    }

    #[test]
    fn speaker_before_the_verb() {
        assert_eq!(
            read("The White House said Thursday that it had evidence."),
            [triple("The White House", "said", "it had evidence")]
        );
        assert_eq!(
            read("Kirby on Thursday said that the US would raise its concerns."),
            [triple("Kirby", "said", "the US would raise its concerns")]
        );
        assert_eq!(
            read("The Biden administration has also accused Iran of providing drones."),
            [triple(
                "The Biden administration",
                "accused",
                "Iran of providing drones"
            )]
        );
    }

    #[test]
    fn speaker_after_the_attributed_text() {
        assert_eq!(
            read("Russia launched missiles on Dec. 30, Kirby said."),
            [triple(
                "Kirby",
                "said",
                "Russia launched missiles on Dec. 30"
            )]
        );
        assert_eq!(
            read("Russia also intends to buy missiles, said the spokesman."),
            [triple(
                "the spokesman",
                "said",
                "Russia also intends to buy missiles"
            )]
        );
        assert_eq!(
            read("“This is a significant escalation,” Kirby told reporters in a briefing."),
            [triple(
                "Kirby",
                "told",
                "“This is a significant escalation,”"
            )]
        );
    }

    #[test]
    fn the_nearest_clause_attributes_the_claim() {
        let text = "Intelligence officials from the United Nations alleged that Russia has acquired \
                    missiles, said the White House.";
        assert_eq!(
            read(text),
            [
                triple(
                    "Intelligence officials from the United Nations",
                    "alleged",
                    "Russia has acquired missiles"
                ),
                triple(
                    "the White House",
                    "said",
                    "Intelligence officials from the United Nations alleged that Russia has \
                     acquired missiles"
                ),
            ]
        );
    }

    #[test]
    fn appositions_participles_and_parentheticals() {
        let town = "Jenny Town, director of 38 North, highlighted the risk, stating that it \
                    prolongs the war.";
        assert_eq!(
            read(town),
            [
                triple(
                    "Jenny Town",
                    "highlighted",
                    "the risk, stating that it prolongs the war"
                ),
                triple("(subject)", "stating", "it prolongs the war"),
            ]
        );
        let inside =
            "In return, White House believes, North Korea is seeking aircraft, Kirby said.";
        assert_eq!(
            read(inside),
            [
                triple("White House", "believes", "North Korea is seeking aircraft"),
                triple(
                    "Kirby",
                    "said",
                    "In return, White House believes, North Korea is seeking aircraft"
                ),
            ]
        );
    }

    #[test]
    fn according_to_before_and_after() {
        assert_eq!(
            read("According to a report by The Wall Street Journal, the Kremlin wants missiles."),
            [triple(
                "a report by The Wall Street Journal",
                "According to",
                "the Kremlin wants missiles"
            )]
        );
        assert_eq!(
            read("The Kremlin wants missiles, according to Kirby."),
            [triple(
                "Kirby",
                "according to",
                "The Kremlin wants missiles"
            )]
        );
    }

    #[test]
    fn only_verbs_of_saying_invert() {
        assert!(read("The span, called the Key Bridge, fell.").is_empty());
        assert_eq!(
            read("The fault was shallow, Jane Roe, a geologist, told Al Jazeera."),
            [triple("Jane Roe", "told", "The fault was shallow")]
        );
    }

    #[test]
    fn nouns_and_names_are_not_verbs() {
        assert!(read("The United States imposed sanctions.").is_empty());
        assert!(read("Kim's claims were dismissed.").is_empty());
        assert!(read("This suggests a relationship.").is_empty());
    }
}

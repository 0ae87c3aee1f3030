//! Title facts: `kirby titled one of kirby.titles`, `kirby titled "…"`.
//!
//! The title is the phrase right before the entity's name that ends in a title noun, written
//! out or abbreviated ("Pentagon spokesman John Kirby", "Lt. Gov. Jane Doe"), a title that
//! opens the sentence before the name and a comma ("Lt. Gov. of Some County, Jane Doe said"),
//! or the apposition right after the name ("John Kirby, the Pentagon press secretary,"). It
//! must be one of the allowed titles, a shortening of one that keeps its title noun
//! ("spokesman" for "National Security Council spokesman"), or say the same office of the same
//! organisation in other words ([`title_words`]).

use super::ArticleContext;
use super::phrases::{PhraseId, PhraseSetBuilder};
use super::title_words::{self, AllowedTitle, TitleReading, compared_words};
use crate::extract::attribution::lexicon::{self, List};
use crate::extract::attribution::sentence::SentenceView;
use crate::finding::{Finding, Label};
use crate::lang::ast::{TitleAssertion, TitleSet};
use crate::sheet::{Fact, Sheet};
use crate::source::Span;

/// The longest apposition read as a title, in tokens.
const MAX_APPOSITION: usize = 12;

/// An apposition is a title only if a title noun comes within this many words.
const TITLE_NOUN_WITHIN: usize = 4;

#[derive(Debug)]
pub struct TitleCheck {
    name: String,
    /// The name and the capitalised aliases (a lower-case alias such as "the spokesman" is a
    /// title itself).
    names: Vec<PhraseId>,
    allowed: Vec<AllowedTitle>,
}

impl TitleCheck {
    /// Panics if the fact names an entity that `sheet` does not declare:
    /// `sheet::compile_sheet` rejects such a sheet.
    pub fn compile(
        assertion: &TitleAssertion,
        sheet: &Sheet,
        phrases: &mut PhraseSetBuilder,
    ) -> Self {
        let declared = |id: &str| {
            sheet
                .entity(id)
                .expect("a validated sheet declares every entity of its title facts")
        };
        let entity = declared(&assertion.entity.node);
        let allowed = match &assertion.titles {
            TitleSet::EntityTitles(owner) => declared(&owner.node).titles.clone(),
            TitleSet::Listed(titles) => titles.iter().map(|t| t.node.clone()).collect(),
        };
        let allowed = allowed
            .iter()
            .map(|title| AllowedTitle::new(title, sheet))
            .collect();
        let names = std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .filter(|name| name.starts_with(char::is_uppercase))
            .map(|name| phrases.add(name))
            .collect();
        Self {
            name: entity.name.clone(),
            names,
            allowed,
        }
    }

    pub fn check(&self, fact: &Fact, article: &ArticleContext, findings: &mut Vec<Finding>) {
        for name in self.occurrences(article) {
            let Some(title) = written_title(article, name, &self.allowed) else {
                continue;
            };
            let written = article.text(title);
            let words = compared_words(written);
            // Read as offices and names only when the words alone do not settle it.
            if (self.allowed.iter()).any(|allowed| is_allowed(&words, &allowed.words))
                || self.agrees_with_an_allowed(written)
            {
                continue;
            }
            let mut finding = article.finding(
                fact,
                title,
                format!("“{written}” is not a title of {}", self.name),
                "title",
                Some(format!("one of {}", self.allowed_text())),
            );
            finding.labels.push(Label {
                span: article.source_span(name),
                text: self.name.clone(),
            });
            findings.push(finding);
        }
    }

    /// Whether `written` says the office and organisation of an allowed title.
    fn agrees_with_an_allowed(&self, written: &str) -> bool {
        let reading = TitleReading::new(written);
        self.allowed
            .iter()
            .any(|allowed| allowed.agrees_with(&reading))
    }

    /// Where the name or an alias is written with a capital, an alias inside the name
    /// ("Kirby" in "John Kirby") counted once.
    fn occurrences(&self, article: &ArticleContext) -> Vec<Span> {
        let spans: Vec<Span> = self
            .names
            .iter()
            .flat_map(|&id| article.matches_of(id))
            .map(|m| m.stem.unwrap_or(m.span))
            .filter(|&span| article.text(span).starts_with(char::is_uppercase))
            .collect();
        outermost(&spans)
    }

    /// What a sentence states of the fact: the title written next to each of the entity's
    /// `names`, or the name itself where none is written.
    pub fn titles_next_to(&self, article: &ArticleContext, names: &[Span]) -> Vec<Span> {
        outermost(names)
            .into_iter()
            .map(|name| written_title(article, name, &self.allowed).unwrap_or(name))
            .collect()
    }

    fn allowed_text(&self) -> String {
        let quoted: Vec<String> = self
            .allowed
            .iter()
            .map(|t| format!("“{}”", t.text))
            .collect();
        quoted.join(", ")
    }
}

/// The spans not inside another one, sorted, each once: an alias inside the name ("Kirby" in
/// "John Kirby") is the same mention.
fn outermost(spans: &[Span]) -> Vec<Span> {
    let mut outermost: Vec<Span> = spans
        .iter()
        .copied()
        .filter(|s| !spans.iter().any(|o| o != s && o.contains(*s)))
        .collect();
    outermost.sort();
    outermost.dedup();
    outermost
}

/// The title written right before or after the name at `name`, if any; `allowed` are the
/// titles the sheet allows, whose organisations an unknown office word may come with.
fn written_title(article: &ArticleContext, name: Span, allowed: &[AllowedTitle]) -> Option<Span> {
    let document = article.document();
    let text = &article.article().body.text;
    let sentence = document.sentence_at(name.start)?;
    let tokens = document.sentence_tokens(sentence);
    let view = SentenceView::new(text, document.lower_case(text), tokens, &[]);
    let first = tokens.iter().position(|t| t.span.start >= name.start)?;
    let after = tokens
        .iter()
        .position(|t| t.span.start >= name.end)
        .unwrap_or(tokens.len());
    title_before(&view, first)
        .or_else(|| title_opening(&view, first))
        .or_else(|| title_after(&view, after))
        .or_else(|| office_of_known_organisation(&view, after, allowed))
}

/// "Jane Doe, overseer of the Harbour Authority,": an apposition of one lower-case word and
/// an organisation that an allowed title names is a title, even when the word is no known
/// office (a wrong or misspelt one).
fn office_of_known_organisation(
    view: &SentenceView,
    after_name: usize,
    allowed: &[AllowedTitle],
) -> Option<Span> {
    let office = after_name + 1;
    let joins = matches!(view.word(office + 1), "of" | "at" | "for");
    if !view.is_comma(after_name)
        || !view.is_word(office)
        || view.is_capitalised(office)
        || view.is(List::FunctionWord, office)
        || !joins
    {
        return None;
    }
    let mut start = office + 2;
    if view.word(start).eq_ignore_ascii_case("the") {
        start += 1;
    }
    let end = (start..view.token_count())
        .find(|&i| !view.is_capitalised(i) && !view.is(List::Connector, i))
        .unwrap_or(view.token_count());
    if end <= start || !view.is_clause_break(end) {
        return None;
    }
    let words: Vec<&str> = (start..end).map(|i| view.word(i)).collect();
    let organisation = TitleReading::new(&words.join(" "));
    allowed
        .iter()
        .any(|title| title.names_organisation(&organisation))
        .then(|| view.span(office..end))
}

/// "Pentagon spokesman John Kirby", "Lt. Gov. Jane Doe": the phrase ending right before the
/// name, ending in a title noun; a leading "the" or day ("on Friday Gov. …") left out.
fn title_before(view: &SentenceView, name: usize) -> Option<Span> {
    let head = if name >= 2 && view.word(name - 1) == "." && is_abbreviation(view, name - 2) {
        name - 2
    } else {
        name.checked_sub(1)?
    };
    if !view.is_word(head) || !title_words::is_title_noun(view.word(head)) {
        return None;
    }
    let mut start = view.phrase_before(head + 1)?.start;
    while start >= 2 && view.word(start - 1) == "." && is_abbreviation(view, start - 2) {
        start = view.phrase_before(start - 1).map_or(start - 2, |p| p.start);
    }
    while start < head
        && (view.word(start).eq_ignore_ascii_case("the")
            || title_words::is_time_word(view.word(start)))
    {
        start += 1;
    }
    Some(view.span(start..name))
}

fn is_abbreviation(view: &SentenceView, i: usize) -> bool {
    view.is_capitalised(i) && title_words::is_abbreviation(view.word(i))
}

/// The longest title read at the start of a sentence, before the name and a comma.
const MAX_OPENING_TITLE: usize = 10;

/// "Lt. Gov. of Some County, Jane Doe said": a title opening the sentence, written in
/// capitalised words, abbreviations and connectors only, then a comma and the name.
fn title_opening(view: &SentenceView, name: usize) -> Option<Span> {
    let comma = name.checked_sub(1)?;
    if !view.is_comma(comma) || comma == 0 || comma > MAX_OPENING_TITLE {
        return None;
    }
    let start = usize::from(view.word(0).eq_ignore_ascii_case("the"));
    let opens_with_title = title_words::is_title_noun(view.word(start));
    let only_title_words = (start..comma)
        .all(|i| view.is_capitalised(i) || view.word(i) == "." || view.is(List::Connector, i));
    (opens_with_title && only_title_words && start < comma).then(|| view.span(start..comma))
}

/// "John Kirby, the Pentagon press secretary,": an apposition with a title noun early on.
fn title_after(view: &SentenceView, after_name: usize) -> Option<Span> {
    if !view.is_comma(after_name) {
        return None;
    }
    let mut start = after_name + 1;
    if matches!(view.word(start).to_lowercase().as_str(), "the" | "a" | "an") {
        start += 1;
    }
    let end = (start..view.token_count())
        .find(|&i| view.is_clause_break(i) || view.word(i) == "(" || view.word(i) == ")")
        .unwrap_or(view.token_count());
    let opens_clause = view.is(List::FunctionWord, start)
        || view.is(List::Pronoun, start)
        || view.is(List::ReportingVerb, start);
    let has_title_noun = (start..end)
        .take(TITLE_NOUN_WITHIN)
        .any(|i| view.is_word(i) && title_words::is_title_noun(view.word(i)));
    let fits = end > start && end - start <= MAX_APPOSITION;
    (fits && has_title_noun && !opens_clause).then(|| view.span(start..end))
}

/// Whether the title written as `written` (its [`compared_words`]) is the one whose words are
/// `allowed`, or a run of them that keeps a title noun.
fn is_allowed(written: &[String], allowed: &[String]) -> bool {
    let keeps_title_noun = written.iter().any(|w| lexicon::is(List::TitleNoun, w));
    written == allowed
        || (keeps_title_noun
            && !written.is_empty()
            && allowed.windows(written.len()).any(|w| w == written))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The title written next to `name` in the one-sentence `text`.
    fn title_next_to(text: &str, name: &str) -> Option<String> {
        let document = Document::new(text);
        let view = SentenceView::new(text, document.lower_case(text), &document.tokens, &[]);
        let start = text.find(name)?;
        let first = document.tokens.iter().position(|t| t.span.start >= start)?;
        let after = document
            .tokens
            .iter()
            .position(|t| t.span.start >= start + name.len())
            .unwrap_or(document.tokens.len());
        let span = title_before(&view, first)
            .or_else(|| title_opening(&view, first))
            .or_else(|| title_after(&view, after))?;
        Some(text[span.range()].to_string())
    }

    #[test]
    fn titles_before_and_after_a_name() {
        let caption = "White House national security spokesperson John Kirby answers a question.";
        assert_eq!(
            title_next_to(caption, "John Kirby").as_deref(),
            Some("White House national security spokesperson")
        );
        let quote = "“This is an escalation,” National Security Council spokesman John Kirby told reporters.";
        assert_eq!(
            title_next_to(quote, "John Kirby").as_deref(),
            Some("National Security Council spokesman")
        );
        let town = "Jenny Town, director of the Stimson Center’s 38 North Program, highlighted it.";
        assert_eq!(
            title_next_to(town, "Jenny Town").as_deref(),
            Some("director of the Stimson Center’s 38 North Program")
        );
        let apposition = "John Kirby, the Pentagon press secretary, said so.";
        assert_eq!(
            title_next_to(apposition, "John Kirby").as_deref(),
            Some("Pentagon press secretary")
        );
    }

    #[test]
    fn abbreviated_titles_and_titles_opening_the_sentence() {
        let text = "On Friday Springfield Gov. Jane Doe toured the harbour.";
        assert_eq!(
            title_next_to(text, "Jane Doe").as_deref(),
            Some("Springfield Gov.")
        );
        let text = "Vice Adm. Jane Doe toured the harbour.";
        assert_eq!(
            title_next_to(text, "Jane Doe").as_deref(),
            Some("Vice Adm.")
        );
        let text = "Lt. Gov. of Shelby County, Jane Doe said the harbour was closed.";
        assert_eq!(
            title_next_to(text, "Jane Doe").as_deref(),
            Some("Lt. Gov. of Shelby County")
        );
        let text = "In the end, Jane Doe said the harbour was closed.";
        assert_eq!(title_next_to(text, "Jane Doe"), None);
    }

    #[test]
    fn an_unknown_office_of_a_known_organisation_is_a_title() {
        let sheet = crate::check::speakers::bundled_sheet();
        let allowed = [AllowedTitle::new(
            "administrator of the Harbour Safety Agency",
            &sheet,
        )];
        let read = |text: &str| {
            let document = Document::new(text);
            let view = SentenceView::new(text, document.lower_case(text), &document.tokens, &[]);
            let after = document
                .tokens
                .iter()
                .position(|t| &text[t.span.range()] == ",")?;
            let span = office_of_known_organisation(&view, after, &allowed)?;
            Some(text[span.range()].to_string())
        };
        assert_eq!(
            read("Jane Doe, overseer of the Harbour Safety Agency, resigned.").as_deref(),
            Some("overseer of the Harbour Safety Agency")
        );
        assert_eq!(
            read("Jane Doe, resident of the Shelby County, resigned."),
            None
        );
        assert_eq!(
            read("Jane Doe, who runs the Harbour Safety Agency, resigned."),
            None
        );
    }

    #[test]
    fn no_title_after_a_verb_or_in_a_relative_clause() {
        assert_eq!(
            title_next_to("The matter is closed, said Kirby.", "Kirby"),
            None
        );
        assert_eq!(
            title_next_to("Kirby, who spoke on Thursday, said so.", "Kirby"),
            None
        );
    }

    fn is_allowed(written: &str, allowed: &str) -> bool {
        super::is_allowed(&compared_words(written), &compared_words(allowed))
    }

    #[test]
    fn shortened_titles_keep_their_title_noun() {
        let allowed = "National Security Council spokesman";
        assert!(is_allowed("National Security Council spokesman", allowed));
        assert!(is_allowed("national security council spokesman", allowed));
        assert!(is_allowed("spokesman", allowed));
        assert!(is_allowed("Council spokesman", allowed));
        assert!(!is_allowed("National Security Council", allowed));
        assert!(!is_allowed("Pentagon spokesman", allowed));
        assert!(is_allowed(
            "director of the Stimson Center’s 38 North Program",
            "director of the Stimson Center's 38 North Program"
        ));
        assert!(is_allowed("U.S. envoy", "US envoy"));
    }
}

//! The story's own names: what a value or a date may belong to.
//!
//! A quantity or a date whose phrase is owned by a name ("Russia's probe had cost $200m",
//! "Hurricane Pauline, which hit Acapulco in 1997") is the fact's only when that name is
//! one of the story's: a phrase its `applies_when` asks for, an entity's name or alias, or
//! the fact's own subject or event words. A value of any other named thing is left alone.
//!
//! A name followed by a designator ("Chandrayaan-2", "Luna 24", "Apollo XIII") names one of
//! a series. When the sheet writes the story's member of that series ("Chandrayaan-3" in its
//! title, an entity or the fact's words), another member is a sibling, not the story: a value
//! of "Chandrayaan-2" is not compared with the facts of "Chandrayaan-3".

use super::ArticleContext;
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::sheet::Sheet;
use crate::source::Span;
use crate::text::syntax::Binding;

#[derive(Debug, Default)]
pub struct OwnNames {
    phrases: Vec<PhraseId>,
    /// Lower-cased names and the designators the sheet gives them ("chandrayaan" → ["3"]).
    series: Vec<(String, Vec<String>)>,
}

impl OwnNames {
    /// The names of `sheet`, and `fact_words` (the fact's subject or event, with its terms).
    pub fn compile(sheet: &Sheet, fact_words: &[&str], phrases: &mut PhraseSetBuilder) -> Self {
        let wanted = sheet
            .applies_when
            .iter()
            .flat_map(|condition| condition.wanted_phrases());
        let entities = sheet.entities.iter().flat_map(|entity| {
            std::iter::once(entity.name.as_str()).chain(entity.aliases.iter().map(String::as_str))
        });
        let names: Vec<&str> = wanted
            .chain(entities)
            .chain(fact_words.iter().copied())
            .collect();
        let story_texts: Vec<&str> = sheet
            .title
            .as_deref()
            .into_iter()
            .chain(names.iter().copied())
            .collect();
        let series = names
            .iter()
            .filter_map(|name| {
                let lower = name.to_lowercase();
                let designators: Vec<String> = story_texts
                    .iter()
                    .flat_map(|text| designators_after(text, &lower))
                    .collect();
                (!designators.is_empty()).then_some((lower, designators))
            })
            .collect();
        let mut ids: Vec<PhraseId> = names.iter().map(|name| phrases.add(name)).collect();
        ids.sort();
        ids.dedup();
        Self {
            phrases: ids,
            series,
        }
    }

    /// Where the article writes the story's names, and the names of its siblings.
    pub fn find(&self, article: &ArticleContext) -> StoryNames {
        let text = &article.article.body.text;
        let (siblings, own) = article
            .spans_of(&self.phrases)
            .into_iter()
            .partition(|span| self.is_sibling(text, *span));
        StoryNames { own, siblings }
    }

    /// Whether the name at `span` carries a designator the sheet does not give it.
    fn is_sibling(&self, text: &str, span: Span) -> bool {
        if self.series.is_empty() {
            return false;
        }
        let name = &text[span.range()];
        let lower = || name.chars().flat_map(char::to_lowercase);
        let Some((_, own)) = self.series.iter().find(|(n, _)| n.chars().eq(lower())) else {
            return false;
        };
        designator(&text[span.end..]).is_some_and(|found| !own.contains(&found))
    }
}

/// Where an article names the story, and siblings of its names, each in text order.
#[derive(Debug, Default)]
pub struct StoryNames {
    pub own: Vec<Span>,
    pub siblings: Vec<Span>,
}

impl StoryNames {
    /// Whether a mention bound by `binding` may be the story's: it is when one of the story's
    /// names owns it, or nothing does and its clause is not about a sibling ("Kestrel-3
    /// failed after a launch in 2022").
    pub fn may_own(&self, binding: &Binding) -> bool {
        match binding.owner {
            Some(owner) => owner.overlaps_any(&self.own),
            None => !binding
                .actor
                .is_some_and(|actor| actor.overlaps_any(&self.siblings)),
        }
    }
}

/// The designators that follow `name` (lower case) in `text`: "Chandrayaan-3 lands" → "3".
fn designators_after(text: &str, name: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    lower
        .match_indices(name)
        .filter(|(at, _)| !lower[..*at].ends_with(char::is_alphanumeric))
        .filter_map(|(at, _)| designator(&text[at + name.len()..]))
        .collect()
}

/// The designator at the start of `rest`, right after a name: "-2", " 25", "-IIA", " XIII",
/// upper-cased and without its separator. A number of four digits is a year, not one.
fn designator(rest: &str) -> Option<String> {
    let rest = rest
        .strip_prefix(['-', ' ', '\u{2011}', '\u{a0}'])
        .unwrap_or(rest);
    let end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..end];
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &word[digits..];
    let numbered = (1..=3).contains(&digits) && suffix.len() <= 1;
    let roman = digits == 0
        && !word.is_empty()
        && word.len() <= 5
        && word
            .bytes()
            .all(|b| b"IVX".contains(&b) || b == b'A' || b == b'B')
        && word.bytes().next().is_some_and(|b| b"IVX".contains(&b));
    (numbered || roman).then(|| word.to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn designators_are_numbers_and_roman_numerals_after_a_name() {
        assert_eq!(designator("-2's cost"), Some("2".to_string()));
        assert_eq!(designator(" 25 crashed"), Some("25".to_string()));
        assert_eq!(designator("-3A."), Some("3A".to_string()));
        assert_eq!(designator(" XIII mission"), Some("XIII".to_string()));
        assert_eq!(designator("-IIA"), Some("IIA".to_string()));
    }

    #[test]
    fn words_and_years_are_not_designators() {
        assert_eq!(designator(" mission"), None);
        assert_eq!(designator(" 2019 mission"), None);
        assert_eq!(designator("'s cost"), None);
        assert_eq!(designator(""), None);
        assert_eq!(designator(" Island"), None);
    }

    #[test]
    fn a_sheet_text_gives_the_designators_of_its_names() {
        assert_eq!(
            designators_after("Vostok-5 reaches orbit after Vostok 4", "vostok"),
            ["5", "4"]
        );
        assert!(designators_after("Mars Express arrives", "mars").is_empty());
        assert!(designators_after("Kamars-2", "mars").is_empty());
    }
}

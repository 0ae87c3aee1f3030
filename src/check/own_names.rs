//! The story's own names: what a value or a date may belong to.
//!
//! A quantity or a date whose phrase is owned by a name ("Russia's probe had cost $200m",
//! "Hurricane Pauline, which hit Acapulco in 1997") is the fact's only when that name is
//! one of the story's: a phrase its `applies_when` asks for, an entity's name or alias, or
//! the fact's own subject or event words. A value of any other named thing is left alone.

use super::ArticleContext;
use super::phrases::{PhraseId, PhraseSetBuilder};
use crate::sheet::Sheet;
use crate::source::Span;

#[derive(Debug, Default)]
pub struct OwnNames(Vec<PhraseId>);

impl OwnNames {
    /// The names of `sheet`, and `fact_words` (the fact's subject or event).
    pub fn compile(sheet: &Sheet, fact_words: &[PhraseId], phrases: &mut PhraseSetBuilder) -> Self {
        let wanted = sheet
            .applies_when
            .iter()
            .flat_map(|condition| condition.wanted_phrases());
        let entities = sheet.entities.iter().flat_map(|entity| {
            std::iter::once(entity.name.as_str()).chain(entity.aliases.iter().map(String::as_str))
        });
        let mut ids: Vec<PhraseId> = wanted
            .chain(entities)
            .map(|name| phrases.add(name))
            .chain(fact_words.iter().copied())
            .collect();
        ids.sort();
        ids.dedup();
        Self(ids)
    }

    /// Where the article writes any of the names.
    pub fn find(&self, article: &ArticleContext) -> Vec<Span> {
        article.spans_of(&self.0)
    }
}

/// Whether a mention owned by `owner` may be the story's, given where its names are
/// (`names`, from [`OwnNames::find`]): it is when nothing owns it or one of them does.
pub fn is_owned_by_story(owner: Option<Span>, names: &[Span]) -> bool {
    owner.is_none_or(|owner| owner.overlaps_any(names))
}

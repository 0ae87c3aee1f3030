//! What a quantity or a date attaches to.
//!
//! A value attaches to the noun it modifies ("a 948-foot ship", "165 mph winds"), to the
//! noun it is "of" ("a depth of 18.5 km"), to a noun it labels ("magnitude 6.8"), to the
//! noun it follows in parentheses ("the film ($165M)"), or, as a verb's complement, to the
//! verb and its subject ("the toll rose to 2,946", "the mission has cost $75m"). A date
//! attaches to the noun it modifies ("the 1997 storm", "its June statement"), else to the
//! nearest verb of its segment ("landed on Wednesday", "figures on Saturday showed"), else
//! to the head of its phrase ("after a pause in June"). A length of time may measure a
//! record or the time between two events ([`durations`]). Anything else attaches to nothing.

mod durations;

use std::ops::Range;

use serde_json::{Value, json};

use super::lexicon;
use super::{Syntax, Tag};
use crate::source::Span;
use crate::text::{LowerCase, Token};

/// The words a mention attaches to, and how.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Binding {
    /// Body-text spans of the words: a noun, a verb, a verb and its subject.
    pub words: Vec<Span>,
    pub relation: Relation,
    /// The name that owns what the mention attaches to, when one does: "Russia's probe had
    /// cost $200m", "the film Interstellar, which cost $165m". A value of another named
    /// thing is not the story's.
    pub owner: Option<Span>,
    /// When nothing owns the mention, the name its clause is about: the subject of the
    /// clause's verb ("Kestrel-3 failed after a launch in 2022"). It is not an owner (the
    /// actor of the story's own event is often a name a sheet does not list), but a check
    /// may tell by it that the mention is about a sibling of the story's name.
    pub actor: Option<Span>,
    /// The noun the value measures, among `words`: the head it modifies, the noun it is of,
    /// its label, the verb's subject. `None` for dates and for a value bound to a verb only.
    pub head: Option<Span>,
    /// The scale a value modifying a noun is read on: "magnitude" in "a magnitude 6.8
    /// quake" or "a 6.8-magnitude quake". It states the head's value on that scale.
    pub scale: Option<Span>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Relation {
    /// The mention modifies the noun after it: "a 948-foot ship", "Wednesday's decision".
    Modifies,
    /// A date that says which one of several is meant: "the 1960 quake", "the 2022 dive". It
    /// names another instance rather than dating this one.
    Names,
    /// "a depth of 18.5 km", "the summer of 2022".
    Of,
    /// "magnitude 6.8", "Death toll: 27".
    Label,
    /// In parentheses after a noun: "the film Interstellar ($165M)".
    Apposition,
    /// A verb's complement, with the verb's subject: "the toll rose to 2,946".
    Complement,
    /// Dates the verb of its segment: "landed on Wednesday".
    Clause,
    /// Dates the head of a phrase without a verb: "after a pause in June".
    Phrase,
    /// Opens a stretch of time ("since March 2022", "from 2001"): it dates no point event.
    OpensSpan,
    /// In an infinitive of intent or capability: "had intended to land on Monday", "able to
    /// reach depths of 4,000 m".
    Irrealis,
    /// One of several counted apart: "One person was rescued, while another …".
    Partitive,
    /// What is left after a fall: "its winds easing to 130 mph".
    Fallen,
    /// How long since a record was last matched: "its highest level in 22 years".
    Record,
    /// The time from another event to the clause's: "lost contact 45 minutes into the dive".
    Elapsed,
    /// Nothing it could be told to attach to.
    #[default]
    Unbound,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Modifies => "modifies",
            Self::Names => "names",
            Self::Of => "of",
            Self::Label => "label",
            Self::Apposition => "apposition",
            Self::Complement => "complement",
            Self::Clause => "clause",
            Self::Phrase => "phrase",
            Self::OpensSpan => "opens-span",
            Self::Irrealis => "irrealis",
            Self::Partitive => "partitive",
            Self::Fallen => "fallen",
            Self::Record => "record",
            Self::Elapsed => "elapsed",
            Self::Unbound => "unbound",
        }
    }
}

impl Binding {
    fn new(relation: Relation, tokens: &[Token], anchors: &[usize]) -> Self {
        let mut words: Vec<Span> = anchors.iter().map(|&i| tokens[i].span).collect();
        words.sort();
        words.dedup();
        Self {
            words,
            relation,
            owner: None,
            actor: None,
            head: None,
            scale: None,
        }
    }

    fn measuring(mut self, head: Option<usize>, tokens: &[Token]) -> Self {
        self.head = head.map(|i| tokens[i].span);
        self
    }

    fn owned_by(mut self, owner: Option<usize>, tokens: &[Token]) -> Self {
        self.owner = owner.map(|i| tokens[i].span);
        self
    }

    fn unbound(relation: Relation) -> Self {
        Self {
            words: Vec::new(),
            relation,
            owner: None,
            actor: None,
            head: None,
            scale: None,
        }
    }

    /// Whether the mention attaches to a word inside any of `spans` (or overlapping it);
    /// `spans` are ordered by start, as phrase matches are.
    pub fn attaches_to(&self, spans: &[Span]) -> bool {
        self.words.iter().any(|word| word.overlaps_any(spans))
    }

    /// In words, for `factlint explain`: `bound to “winds” (modifies), owned by “Russia”`,
    /// or `bound to nothing`.
    pub fn describe(&self, text: &str) -> String {
        let quoted = |span: Span| format!("“{}”", text.get(span.range()).unwrap_or_default());
        if self.words.is_empty() {
            return match self.relation {
                Relation::Unbound => "bound to nothing".to_string(),
                relation => format!("bound to nothing ({})", relation.as_str()),
            };
        }
        let words: Vec<String> = self.words.iter().map(|&w| quoted(w)).collect();
        let mut described = format!("bound to {} ({})", words.join(" "), self.relation.as_str());
        if let Some(owner) = self.owner {
            described.push_str(&format!(", owned by {}", quoted(owner)));
        }
        if let Some(actor) = self.actor {
            described.push_str(&format!(", in a clause about {}", quoted(actor)));
        }
        described
    }

    /// `{"relation": …, "words": […], "head": …, "owner": …}` for `factlint extract`.
    pub fn to_json(&self, text: &str) -> Value {
        let words: Vec<&str> = self
            .words
            .iter()
            .map(|w| text.get(w.range()).unwrap_or_default())
            .collect();
        let owner = self.owner.and_then(|o| text.get(o.range()));
        let actor = self.actor.and_then(|a| text.get(a.range()));
        let head = self.head.and_then(|h| text.get(h.range()));
        let scale = self.scale.and_then(|s| text.get(s.range()));
        json!({
            "relation": self.relation.as_str(),
            "words": words,
            "head": head,
            "scale": scale,
            "owner": owner,
            "actor": actor,
        })
    }
}

/// Words right after a value that make it a measure of position, size or age, not a
/// modifier of a noun: "72 km southwest of", "1.6 miles long", "seven more".
const NOT_HEADS: &[&str] = &[
    "ago",
    "apart",
    "apiece",
    "away",
    "deep",
    "each",
    "earlier",
    "east",
    "high",
    "later",
    "less",
    "long",
    "more",
    "north",
    "northeast",
    "northwest",
    "old",
    "south",
    "southeast",
    "southwest",
    "tall",
    "west",
    "wide",
];

/// Currency words written before a number: "Rs. 215 crore", "INR 500".
const CURRENCY_WORDS: &[&str] = &["aud", "cad", "chf", "eur", "gbp", "inr", "jpy", "rs", "usd"];

const CLOSING_QUOTES: &[&str] = &["\"", "'", "”", "’", "»"];

/// Words that, later in a sentence opened by "one", make that one a part of a count: "One
/// person was rescued, while another left hospital".
const OTHERS: &[&str] = &["another", "other", "others", "second"];

/// Nouns of a time that an apposition after a date can restate it with: "in 1960, the year
/// …".
const TIME_NOUNS: &[&str] = &["date", "day", "month", "morning", "night", "week", "year"];

/// Words of a time of day after a date: "Tuesday night" is a time, not a night's date.
const TIME_WORDS: &[&str] = &[
    "afternoon",
    "evening",
    "local",
    "midnight",
    "morning",
    "night",
    "noon",
    "time",
];

/// Prepositions between a verb and its complement value: "rose to", "stood at", "fell by".
const COMPLEMENT_PREPOSITIONS: &[&str] = &["about", "around", "at", "by", "near", "to"];

/// Words before a date that make it the start of a stretch.
const SPAN_OPENERS: &[&str] = &["since", "from"];

/// How far, in tokens, a mention may attach: attachment in English is local, and the bound
/// keeps reading linear on sentences of thousands of words.
const REACH: usize = 40;

/// How many segments back a subject is looked for.
const SEGMENTS_BACK: usize = 6;

struct Reader<'a> {
    syntax: &'a Syntax,
    text: &'a str,
    /// The lower-case form of each token of `text`.
    lower: &'a LowerCase,
    tokens: &'a [Token],
}

impl Reader<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.span.range()])
    }

    fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.lower.of(t.span))
    }

    fn tag(&self, i: usize) -> Option<Tag> {
        self.syntax.tag(i)
    }

    /// Whether token `i`, in lower case, is one of `words`.
    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.lower(i))
    }

    /// Token indices of `segment` before `i`, nearest first, parentheses skipped unless
    /// `i` is inside them itself.
    /// Whether token `j` is a quotation mark that opens a quotation: glued to the word after
    /// it, and not to one before it.
    fn opens_quote(&self, j: usize) -> bool {
        let glued = |a: usize, b: usize| match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        };
        self.is(j, &["\"", "“", "‘", "«", "'"]) && glued(j, j + 1) && (j == 0 || !glued(j - 1, j))
    }

    fn before(&self, i: usize, segment: &Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let inside = self.syntax.is_parenthetical(i);
        (segment.start.max(i.saturating_sub(REACH))..i)
            .rev()
            .filter(move |&j| inside || !self.syntax.is_parenthetical(j))
    }

    fn after(&self, i: usize, segment: &Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let inside = self.syntax.is_parenthetical(i.saturating_sub(1));
        (i..segment.end.min(i + REACH)).filter(move |&j| inside || !self.syntax.is_parenthetical(j))
    }

    /// The head of the noun phrase that starts at `start`: the last of its run of nouns
    /// and names ("container ship"), within `segment`.
    fn head_from(&self, start: usize, segment: &Range<usize>, names: bool) -> Option<usize> {
        let mut head = None;
        for j in self.after(start, segment) {
            match self.tag(j) {
                Some(Tag::Noun) => head = Some(j),
                Some(Tag::Name) if names || head.is_some() => head = Some(j),
                _ => break,
            }
            if lexicon::is_possessive(self.word(j)) {
                // "Russia's probe": the possessor is not the head; go on.
                head = None;
            }
        }
        head
    }

    /// The nearest noun or name before `i` in `segment`: the head of the phrase that ends
    /// there.
    fn nominal_before(&self, i: usize, segment: &Range<usize>) -> Option<usize> {
        self.before(i, segment)
            .find(|&j| matches!(self.tag(j), Some(Tag::Noun | Tag::Name | Tag::Pronoun)))
    }

    /// The object head after light verb `verb`: "made landfall", "make its touchdown".
    fn light_object(&self, verb: usize, segment: &Range<usize>) -> Option<usize> {
        if !lexicon::is_light_verb(self.lower(verb)) {
            return None;
        }
        self.object_of(verb, segment)
    }

    /// "raised interest rates by 0.25 pp": a value after "by" and the verb's object
    /// "The epicentre, 90 km southwest of the city, was shallow", "the bridge, 1.6 miles long,":
    /// a distance or a size set off by a comma right after a noun is that noun's. Only a
    /// `positional` one (followed by a direction, "from", "long", "deep"…): a bare figure after
    /// a comma may start anything.
    fn set_off_after_noun(
        &self,
        segment: &Range<usize>,
        positional: bool,
        tokens: &[Token],
    ) -> Binding {
        let noun = segment
            .start
            .checked_sub(2)
            .filter(|&j| positional && self.is(j + 1, &[","]))
            .filter(|&j| matches!(self.tag(j), Some(Tag::Noun | Tag::Name)));
        match noun {
            Some(noun) => {
                Binding::new(Relation::Label, tokens, &[noun]).measuring(Some(noun), tokens)
            }
            None => Binding::default(),
        }
    }

    /// measures the object's change; it attaches to the verb and the object. `noun` is the
    /// word before "by".
    fn change_of_object(
        &self,
        first: usize,
        noun: Option<usize>,
        segment: &Range<usize>,
    ) -> Binding {
        let by = first
            .checked_sub(1)
            .filter(|&j| j >= segment.start && self.is(j, &["by"]));
        let Some(object) =
            noun.filter(|&j| by.is_some() && matches!(self.tag(j), Some(Tag::Noun | Tag::Name)))
        else {
            return Binding::default();
        };
        let verb = self
            .before(object, segment)
            .find(|&j| {
                !matches!(
                    self.tag(j),
                    Some(Tag::Noun | Tag::Name | Tag::Determiner | Tag::Adverb)
                )
            })
            .filter(|&j| self.tag(j) == Some(Tag::Verb));
        match verb {
            Some(verb) => Binding::new(Relation::Complement, self.tokens, &[verb, object]),
            None => Binding::default(),
        }
    }

    /// The head of the noun phrase right after `verb`: "lost contact", "ended the dive".
    fn object_of(&self, verb: usize, segment: &Range<usize>) -> Option<usize> {
        let start = self
            .after(verb + 1, segment)
            .find(|&j| self.tag(j) != Some(Tag::Determiner))?;
        self.head_from(start, segment, false)
    }

    /// The subject of `verb`: the nearest noun phrase head before it in its segment; for
    /// a relative clause, the noun it follows ("the bridge, which is 1.6 miles long"); else
    /// the head of a phrase without a verb before it in the sentence ("The bridge, opened in
    /// 1977, is 1.6 miles long").
    fn subject_of(&self, verb: usize, segment: &Range<usize>) -> Option<usize> {
        let relative = lexicon::is_relative(self.word(segment.start));
        if !relative && let Some(found) = self.nominal_before(verb, segment) {
            return Some(found);
        }
        // Back over appositions, relative clauses and infinitives to the phrase that opens
        // the sentence: "The mission, the first to land there, has cost".
        let mut start = segment.start;
        let mut subject = None;
        for _ in 0..SEGMENTS_BACK {
            let Some(previous) = self.syntax.previous_segment(start) else {
                break;
            };
            if relative {
                return self.nominal_before(previous.end, &previous);
            }
            let aside = matches!(self.tag(previous.start), Some(Tag::Subordinator))
                || self.is(previous.start, &["to"]);
            let has_verb = self.syntax.has_verb(&previous);
            if !aside && has_verb {
                break;
            }
            if !aside && self.tag(previous.start) != Some(Tag::Coordinator) {
                subject = self.nominal_before(previous.end, &previous).or(subject);
            }
            start = previous.start;
        }
        subject
    }
}

impl Reader<'_> {
    /// The first verb of `segment`, or of the nearest segment before it in the sentence that
    /// has one ("Kestrel-3 failed, after a launch in 2022"), with its segment.
    fn clause_verb(&self, mut segment: Range<usize>) -> Option<(usize, Range<usize>)> {
        for _ in 0..SEGMENTS_BACK {
            let verb = self
                .after(segment.start, &segment)
                .find(|&j| matches!(self.tag(j), Some(Tag::Verb | Tag::Auxiliary)));
            if let Some(verb) = verb {
                return Some((verb, segment));
            }
            segment = self.syntax.previous_segment(segment.start)?;
        }
        None
    }

    /// The name that owns the noun at `head`: a possessive name before its phrase ("Russia's
    /// probe"), the name itself, or the name a relative clause around it follows ("the film
    /// Interstellar, which was made at a cost of").
    fn owner_of(&self, head: usize, segment: &Range<usize>) -> Option<usize> {
        if self.tag(head) == Some(Tag::Name) {
            return Some(head);
        }
        // A possessive name owns the phrase, or the name between it and the head: "Russia's
        // probe" is Russia's, "India's Chandrayaan-3 craft" Chandrayaan-3's. A name alone
        // before the head is an adjective or a compound ("the Russian craft").
        let mut nearest_name = None;
        for j in self
            .before(head, segment)
            .take_while(|&j| matches!(self.tag(j), Some(Tag::Noun | Tag::Name | Tag::Number)))
        {
            let possessive = lexicon::is_possessive(self.word(j));
            if possessive && nearest_name.is_none() && self.is(j.wrapping_sub(1), &["the"]) {
                return self.name_before_sentence(j);
            }
            if possessive {
                let owner = nearest_name.or(Some(j));
                return owner.filter(|&o| self.tag(o) == Some(Tag::Name));
            }
            if self.tag(j) == Some(Tag::Name) && nearest_name.is_none() {
                nearest_name = Some(j);
            }
        }
        if lexicon::is_relative(self.word(segment.start))
            && let Some(previous) = self.syntax.previous_segment(segment.start)
        {
            return self
                .nominal_before(previous.end, &previous)
                .filter(|&j| self.tag(j) == Some(Tag::Name));
        }
        None
    }

    /// What "the mission's" at `token` refers to when its sentence opens with it: the last
    /// name of the sentence before ("…than Chandrayaan-2's budget. The mission's cost was"),
    /// the nearest thing a definite description can point back to. `None` when the
    /// description is not at the sentence's start or the sentence before names nothing.
    fn name_before_sentence(&self, token: usize) -> Option<usize> {
        let start = token.checked_sub(1)?;
        if !self.syntax.starts_sentence(start) {
            return None;
        }
        (start.saturating_sub(REACH)..start)
            .rev()
            .take_while(|&j| j + 1 == start || !self.syntax.starts_sentence(j + 1))
            .find(|&j| self.tag(j) == Some(Tag::Name) && !self.syntax.is_parenthetical(j))
    }

    /// The name an apposition describes: "the research vessel Polar Dawn, a 400-foot
    /// ship,". An apposition is a segment without a verb that opens with a determiner.
    fn apposition_owner(&self, segment: &Range<usize>) -> Option<usize> {
        let describes =
            self.tag(segment.start) == Some(Tag::Determiner) && !self.syntax.has_verb(segment);
        if !describes {
            return None;
        }
        let previous = self.syntax.previous_segment(segment.start)?;
        self.nominal_before(previous.end, &previous)
            .filter(|&j| self.tag(j) == Some(Tag::Name))
    }

    /// The noun phrase a relative clause is about, when `segment` is one: "ISRO's
    /// Chandrayaan-2 mission, which took place in 2019" dates the mission.
    fn antecedent(&self, segment: &Range<usize>) -> Vec<usize> {
        if !lexicon::is_relative(self.word(segment.start)) {
            return Vec::new();
        }
        let Some(previous) = self.syntax.previous_segment(segment.start) else {
            return Vec::new();
        };
        let Some(head) = self.nominal_before(previous.end, &previous) else {
            return Vec::new();
        };
        let mut phrase: Vec<usize> = self
            .before(head, &previous)
            .take_while(|&j| matches!(self.tag(j), Some(Tag::Noun | Tag::Name | Tag::Number)))
            .collect();
        phrase.push(head);
        phrase
    }

    /// The name a relative clause is about: "Hurricane Pauline, which hit Acapulco in 1997".
    /// A main clause's subject is not an owner: the actor of the story's own event is often
    /// a name the sheet does not list ("Moscow's forces fired on Nov. 30").
    /// A clause opened by "when" right after a year is about that other time: "since 1960,
    /// when the Agadir quake killed 12,000 people".
    fn clause_owner(&self, segment: &Range<usize>) -> Option<usize> {
        let previous = self.syntax.previous_segment(segment.start)?;
        if self.is(segment.start, &["when"]) {
            return self
                .before(previous.end, &previous)
                .find(|&j| self.tag(j) != Some(Tag::Punct))
                .filter(|&j| is_year(self.word(j)));
        }
        if !lexicon::is_relative(self.word(segment.start)) {
            return None;
        }
        self.nominal_before(previous.end, &previous)
            .filter(|&j| self.tag(j) == Some(Tag::Name))
    }
}

/// "1960", "2019": four digits that can be a year of news.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u16>()
            .is_ok_and(|year| (1000..=2200).contains(&year))
}

impl Syntax {
    /// What the value at tokens `value` (indices into `tokens`, the document's tokens, whose
    /// lower-case forms `lower` has) attaches to.
    pub fn value_binding(
        &self,
        text: &str,
        lower: &LowerCase,
        tokens: &[Token],
        value: Range<usize>,
    ) -> Binding {
        let reader = &self.reader(text, lower, tokens);
        let binding = self.value_attachment(reader, value.clone());
        self.with_actor(reader, binding, value.start)
    }

    /// What the date at tokens `date` attaches to.
    pub fn date_binding(
        &self,
        text: &str,
        lower: &LowerCase,
        tokens: &[Token],
        date: Range<usize>,
    ) -> Binding {
        let reader = &self.reader(text, lower, tokens);
        let binding = self.date_attachment(reader, date.clone());
        self.with_actor(reader, binding, date.start)
    }

    fn reader<'a>(
        &'a self,
        text: &'a str,
        lower: &'a LowerCase,
        tokens: &'a [Token],
    ) -> Reader<'a> {
        Reader {
            syntax: self,
            text,
            lower,
            tokens,
        }
    }

    /// `binding` with the name its clause is about, when nothing owns it.
    fn with_actor(&self, reader: &Reader, mut binding: Binding, at: usize) -> Binding {
        let tokens = reader.tokens;
        if binding.owner.is_some() || at >= tokens.len() {
            return binding;
        }
        binding.actor = reader
            .clause_verb(self.segment(at))
            .and_then(|(verb, segment)| reader.subject_of(verb, &segment))
            .filter(|&j| reader.tag(j) == Some(Tag::Name))
            .map(|j| tokens[j].span);
        binding
    }

    fn value_attachment(&self, reader: &Reader, value: Range<usize>) -> Binding {
        let tokens = reader.tokens;
        if value.is_empty() || value.end > tokens.len() {
            return Binding::default();
        }
        let segment = self.segment(value.start);
        if self.is_irrealis(reader, &segment) {
            return Binding::unbound(Relation::Irrealis);
        }
        if reader.is(value.start, &["one"]) && self.names_others(reader, value.end) {
            return Binding::unbound(Relation::Partitive);
        }
        // "Rs. 215 crore": a currency word before the number is part of the value.
        let mut first = value.start;
        while first > segment.start
            && (reader.is(first - 1, CURRENCY_WORDS)
                || (reader.is(first - 1, &["."])
                    && first >= 2
                    && reader.is(first - 2, CURRENCY_WORDS)))
        {
            first -= 1;
        }
        // "(885 kilometres)", "($165M)", "“The Martian” ($108M)": what stands before the
        // parenthesis, inside any quotation marks.
        if first > segment.start && reader.is(first - 1, &["(", "["]) {
            let named = reader
                .before(first - 1, &segment)
                .find(|&j| !reader.is(j, CLOSING_QUOTES));
            if let Some(named) = named {
                return Binding::new(Relation::Apposition, tokens, &[named])
                    .measuring(Some(named), tokens);
            }
        }
        if let Some(binding) = reader.duration_binding(&value, first, &segment) {
            return binding;
        }
        let mut anchors = Vec::new();
        let next = reader.after(value.end, &segment).next();
        let modifies = next
            .filter(|&j| !reader.is(j, NOT_HEADS))
            .and_then(|j| reader.head_from(j, &segment, false));
        // "had only “80 hours of oxygen”": a quotation mark opening a fragment is no word.
        let before = reader
            .before(first, &segment)
            .find(|&j| reader.tag(j) != Some(Tag::Determiner) && !reader.opens_quote(j));
        if let Some(head) = modifies {
            anchors.push(head);
            // "two people have been rescued": the verb the phrase is subject of.
            if let Some(verb) = reader
                .after(head + 1, &segment)
                .find(|&j| !matches!(reader.tag(j), Some(Tag::Auxiliary | Tag::Adverb)))
                .filter(|&j| reader.tag(j) == Some(Tag::Verb))
            {
                anchors.push(verb);
            }
            // "killed 6 workers": the verb the phrase is object of.
            if let Some(verb) = before.filter(|&j| reader.tag(j) == Some(Tag::Verb)) {
                anchors.push(verb);
            }
            // A scale before the value or in its word ("a magnitude 4.9 aftershock", "a
            // 4.9-magnitude quake") is kept apart: the value is the head's on that scale.
            let scale = before
                .filter(|&j| j + 1 == first && reader.tag(j) == Some(Tag::Noun))
                .or_else(|| {
                    value.clone().find(|&j| {
                        reader.word(j).contains('-') && reader.word(j).contains(char::is_alphabetic)
                    })
                });
            let mut binding = Binding::new(Relation::Modifies, tokens, &anchors);
            binding.scale = scale.map(|j| tokens[j].span);
            return binding
                .owned_by(
                    reader
                        .apposition_owner(&segment)
                        .or_else(|| reader.clause_owner(&segment)),
                    tokens,
                )
                .measuring(Some(head), tokens);
        }
        let positional = next.is_some_and(|j| reader.is(j, NOT_HEADS));
        let Some(before) = before else {
            return reader.set_off_after_noun(&segment, positional, tokens);
        };
        if reader.is(before, &["of"]) {
            return match reader.nominal_before(before, &segment) {
                Some(head) => Binding::new(Relation::Of, tokens, &[head])
                    .owned_by(reader.owner_of(head, &segment), tokens)
                    .measuring(Some(head), tokens),
                None => Binding::default(),
            };
        }
        // "a village 40 km north of the city": a distance from somewhere, not a label.
        if !positional && matches!(reader.tag(before), Some(Tag::Noun | Tag::Name)) {
            return Binding::new(Relation::Label, tokens, &[before])
                .measuring(Some(before), tokens);
        }
        if reader.is(before, &[":"]) && before > 0 {
            return Binding::new(Relation::Label, tokens, &[before - 1])
                .measuring(Some(before - 1), tokens);
        }
        let verb = reader.before(first, &segment).find(|&j| {
            !(matches!(reader.tag(j), Some(Tag::Adverb | Tag::Determiner))
                || reader.is(j, COMPLEMENT_PREPOSITIONS)
                || reader.opens_quote(j))
        });
        match verb.filter(|&j| matches!(reader.tag(j), Some(Tag::Verb | Tag::Auxiliary))) {
            // "its winds easing to 130 mph": what is left after a fall is a later state of
            // the subject, not the value a fact holds for it.
            Some(verb)
                if lexicon::is_falling_verb(reader.lower(verb))
                    && reader.is(first.saturating_sub(1), &["to"]) =>
            {
                Binding::unbound(Relation::Fallen)
            }
            Some(verb) => {
                anchors.push(verb);
                let subject = reader.subject_of(verb, &segment);
                anchors.extend(subject);
                let owner = subject.and_then(|s| reader.owner_of(s, &reader.syntax.segment(s)));
                Binding::new(Relation::Complement, tokens, &anchors)
                    .owned_by(owner, tokens)
                    .measuring(subject, tokens)
            }
            None => reader.change_of_object(first, verb, &segment),
        }
    }

    fn date_attachment(&self, reader: &Reader, date: Range<usize>) -> Binding {
        let tokens = reader.tokens;
        if date.is_empty() || date.end > tokens.len() {
            return Binding::default();
        }
        let segment = self.segment(date.start);
        let first = date.start;
        let last = date.end - 1;
        if first > segment.start && reader.is(first - 1, SPAN_OPENERS) {
            return Binding::unbound(Relation::OpensSpan);
        }
        // "the 1997 storm", "its June policy statement", "Wednesday's increase".
        let possessive = lexicon::is_possessive(reader.word(last));
        let after_determiner = first > segment.start
            && (reader.tag(first - 1) == Some(Tag::Determiner)
                || reader.word(first - 1).ends_with("'s"));
        if (possessive || after_determiner)
            && let Some(next) = reader.after(date.end, &segment).next()
            && !reader.is(next, TIME_WORDS)
            && let Some(head) = reader.head_from(next, &segment, true)
        {
            // "Wednesday's decision" dates the decision; "the 1960 quake" says which quake.
            let relation = if possessive {
                Relation::Modifies
            } else {
                Relation::Names
            };
            return Binding::new(relation, tokens, &[head]);
        }
        let verb_left = reader
            .before(first, &segment)
            .find(|&j| reader.tag(j) == Some(Tag::Verb));
        let verb = verb_left.or_else(|| {
            reader
                .after(date.end, &segment)
                .find(|&j| reader.tag(j) == Some(Tag::Verb))
        });
        if let Some(verb) = verb {
            if self.is_irrealis(reader, &segment) {
                return Binding::unbound(Relation::Irrealis);
            }
            let mut anchors = vec![verb];
            anchors.extend(reader.light_object(verb, &segment));
            anchors.extend(reader.antecedent(&segment));
            anchors.extend(self.restated_by(reader, date.end, &segment));
            return Binding::new(Relation::Clause, tokens, &anchors)
                .owned_by(reader.clause_owner(&segment), tokens);
        }
        match reader.nominal_before(first, &segment) {
            Some(head) if reader.tag(head) != Some(Tag::Pronoun) => {
                Binding::new(Relation::Phrase, tokens, &[head])
            }
            Some(_) => Binding::default(),
            // "On Dec. 29, Russian forces launched": a phrase that opens the sentence and ends
            // in a comma dates the clause after it. Not "As of June," or "After June," (a
            // relation), nor a dateline ("PORT MIRA, Sept. 15 (Wire) -").
            None if reader.tag(segment.start) == Some(Tag::Subordinator)
                || self.previous_segment(segment.start).is_some()
                || !reader.is(segment.end - 1, &[","]) =>
            {
                Binding::default()
            }
            None => self
                .next_segment(&segment)
                .filter(|next| {
                    !matches!(
                        reader.tag(next.start),
                        Some(Tag::Subordinator | Tag::Coordinator)
                    )
                })
                .and_then(|next| {
                    let verb = reader
                        .after(next.start, &next)
                        .find(|&j| reader.tag(j) == Some(Tag::Verb))?;
                    let mut anchors = vec![verb];
                    anchors.extend(reader.light_object(verb, &next));
                    Some(
                        Binding::new(Relation::Clause, tokens, &anchors)
                            .owned_by(reader.clause_owner(&next), tokens),
                    )
                })
                .unwrap_or_default(),
        }
    }

    /// Whether the sentence goes on, after token `from`, to name another of what "one"
    /// counts: "One person was rescued, while another left hospital".
    fn names_others(&self, reader: &Reader, from: usize) -> bool {
        let opens_sentence = |j: usize| {
            self.segment_of
                .get(j)
                .is_some_and(|&index| self.opens_sentence[index] && self.segments[index].start == j)
        };
        (from..self.tags.len().min(from + 2 * REACH))
            .take_while(|&j| !opens_sentence(j))
            .any(|j| reader.is(j, OTHERS))
    }

    /// The verb of an apposition that restates a date which ends its segment: "in 1960, the
    /// very year Hawaii joined the Union" also dates the joining.
    fn restated_by(
        &self,
        reader: &Reader,
        date_end: usize,
        segment: &Range<usize>,
    ) -> Option<usize> {
        if date_end + 1 != segment.end || !reader.is(date_end, &[","]) {
            return None;
        }
        let next = self.next_segment(segment)?;
        if !reader.is(next.start, &["the"]) {
            return None;
        }
        let noun = (next.start + 1..next.end)
            .find(|&j| !reader.is(j, &["very", "same", "first", "last"]))?;
        if !reader.is(noun, TIME_NOUNS) {
            return None;
        }
        reader
            .after(noun + 1, &next)
            .find(|&j| reader.tag(j) == Some(Tag::Verb))
    }

    /// Whether `segment` is an infinitive of intent: "(had intended) to land on Monday".
    fn is_irrealis(&self, reader: &Reader, segment: &Range<usize>) -> bool {
        if !reader.is(segment.start, &["to"]) {
            return false;
        }
        let Some(previous) = self.previous_segment(segment.start) else {
            return false;
        };
        // "able to monitor depths of", "designed to reach": what could be, not what was.
        if lexicon::is_capability_word(reader.lower(previous.end - 1)) {
            return true;
        }
        reader
            .before(segment.start, &previous)
            .find(|&j| reader.tag(j) == Some(Tag::Verb))
            .is_some_and(|verb| lexicon::is_irrealis_verb(reader.lower(verb)))
    }
}

//! The word lists the sentence splitter consults, in one place.

/// Abbreviations after which a sentence never ends: titles before a name, months before a day.
pub(super) const NEVER_FINAL: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Sgt.",
    "Capt.", "Adm.", "St.", "Prof.", "vs.", "Maj.", "Brig.", "Cmdr.", "Rev.", "Hon.", "Supt.",
    "Insp.", "Amb.", "Sens.", "Reps.", "Gens.", "Rs.", "Rp.",
];

/// Abbreviations that may also end a sentence ("… said Apple Inc. The company …"). Like dotted
/// acronyms and initials, they end one only before a [`SENTENCE_STARTERS`] word or a quotation.
pub(super) const MAYBE_FINAL: &[&str] = &[
    "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "No.", "etc.", "a.m.", "p.m.",
];

/// Words that start sentences and are not part of names: after "U.S." or "p.m.", "The" starts
/// a new sentence while "Security" (Council) or "Thursday" does not.
pub(super) const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "For",
    "He",
    "Her",
    "His",
    "How",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Now",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "We",
    "What",
    "When",
    "While",
    "Why",
    "You",
];

//! British and American spellings of one word ("epicentre", "epicenter"): a phrase of a
//! fact sheet matches both, without the editor listing them.
//!
//! The rules are data, one a line, in [`RULES`]. An `ending` rule rewrites the end of any
//! word that keeps enough letters before it: it is kept only where both spellings of the
//! ending make the same word wherever they occur ("-tre"/"-ter", "-ise"/"-ize"), and the
//! variant a rule makes of another word is no English word ("water" → "watre"), so it finds
//! nothing. A `word` rule rewrites a word and the words it begins ("colour" → "colourful",
//! "colours"): used where an ending rule would make other words ("-our"/"-or" would turn
//! "four" into "for", "-ence"/"-ense" "hence" into "hense"), and for single words ("grey").
//! Every rule goes both ways.

use std::sync::LazyLock;

/// `ending BRITISH AMERICAN MIN` (letters the word keeps before the ending) or `word
/// BRITISH AMERICAN`; `#` starts a comment.
const RULES: &str = "
ending tre ter 2        # centre, metre, litre, theatre, epicentre, kilometre
ending tres ters 2
ending tred tered 2     # centred
ending ise ize 4        # organise, realise, recognise (not prise/prize: too few letters)
ending ised ized 4
ending ises izes 4
ending ising izing 4
ending isation ization 3
ending yse yze 3        # analyse, paralyse, catalyse
ending ysed yzed 3
ending ysing yzing 3
ending logue log 2      # catalogue, dialogue, analogue
ending logues logs 2
word colour color
word honour honor
word labour labor
word neighbour neighbor
word favour favor
word harbour harbor
word behaviour behavior
word rumour rumor
word humour humor
word vapour vapor
word armour armor
word flavour flavor
word endeavour endeavor
word savour savor
word valour valor
word vigour vigor
word odour odor
word splendour splendor
word parlour parlor
word tumour tumor
word saviour savior
word defence defense
word offence offense
word pretence pretense
word licence license
word grey gray
word aluminium aluminum
word plough plow
word sceptic skeptic
word mould mold
word moustache mustache
word jewellery jewelry
word pyjama pajama
word sulphur sulfur
word programme program
word cosy cozy
word manoeuvre maneuver
word manoeuvred maneuvered
word manoeuvring maneuvering
word paediatric pediatric
word anaesthe anesthe
word haemorrhag hemorrhag
word oestrogen estrogen
word diarrhoea diarrhea
word fibre fiber
word sabre saber
word calibre caliber
word sombre somber
word enrol enroll
word fulfil fulfill
word instil instill
word skilful skillful
word wilful willful
word travell travel
word cancell cancel
word labell label
word modell model
word fuell fuel
word signall signal
word levell level
word tunnell tunnel
word counsell counsel
word jewell jewel
word marvell marvel
word quarrell quarrel
word diall dial
";

/// The most spellings of one phrase: a bound on the automaton's patterns.
const MAX_SPELLINGS: usize = 16;

#[derive(Debug, PartialEq)]
enum Rule {
    Ending {
        british: &'static str,
        american: &'static str,
        min_stem: usize,
    },
    Word {
        british: &'static str,
        american: &'static str,
    },
}

static TABLE: LazyLock<Vec<Rule>> = LazyLock::new(|| RULES.lines().filter_map(rule).collect());

/// One line of [`RULES`]; blank lines and comments are none.
fn rule(line: &'static str) -> Option<Rule> {
    let line = line.split('#').next().unwrap_or_default();
    let fields: Vec<&'static str> = line.split_whitespace().collect();
    match fields.as_slice() {
        ["ending", british, american, min] => Some(Rule::Ending {
            british,
            american,
            min_stem: min.parse().ok()?,
        }),
        ["word", british, american] => Some(Rule::Word { british, american }),
        _ => None,
    }
}

/// The other spellings of one folded (lower-case) word.
fn word_variants(word: &str) -> Vec<String> {
    let mut variants = Vec::new();
    for rule in TABLE.iter() {
        match *rule {
            Rule::Ending {
                british,
                american,
                min_stem,
            } => {
                for (from, to) in [(british, american), (american, british)] {
                    if let Some(stem) = word.strip_suffix(from)
                        && stem.chars().count() >= min_stem
                        && stem.chars().all(char::is_alphabetic)
                    {
                        variants.push(format!("{stem}{to}"));
                    }
                }
            }
            Rule::Word { british, american } => {
                // The longer form first, where one begins the other: "travelled" is
                // "traveled", not "travellled"; "enroll" is "enrol", not "enrolll".
                let mut ways = [(british, american), (american, british)];
                if american.len() > british.len() {
                    ways.reverse();
                }
                if let Some((rest, to)) = ways
                    .iter()
                    .find_map(|(from, to)| word.strip_prefix(from).map(|rest| (rest, to)))
                {
                    variants.push(format!("{to}{rest}"));
                }
            }
        }
    }
    variants.retain(|variant| variant != word);
    variants.sort();
    variants.dedup();
    variants
}

/// `folded` (words split by single spaces, as [`super::normalize::fold`] makes them) and
/// its other spellings, itself first; at most [`MAX_SPELLINGS`].
pub fn variants(folded: &str) -> Vec<String> {
    let mut spellings = vec![String::new()];
    for (index, word) in folded.split(' ').enumerate() {
        let forms: Vec<String> = std::iter::once(word.to_string())
            .chain(word_variants(word))
            .collect();
        let mut next = Vec::new();
        for spelling in &spellings {
            for form in &forms {
                if next.len() < MAX_SPELLINGS {
                    let space = if index == 0 { "" } else { " " };
                    next.push(format!("{spelling}{space}{form}"));
                }
            }
        }
        spellings = next;
    }
    spellings.dedup();
    spellings
}

/// Whether two folded phrases are one spelled two ways (or the same).
pub fn same_phrase(a: &str, b: &str) -> bool {
    a == b || variants(a).iter().any(|variant| variant == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_is_a_rule() {
        let lines = RULES
            .lines()
            .filter(|line| !line.split('#').next().unwrap_or_default().trim().is_empty());
        assert_eq!(lines.count(), TABLE.len());
    }

    #[test]
    fn british_and_american_spellings_of_a_word() {
        let cases: &[(&str, &[&str])] = &[
            ("epicentre", &["epicenter"]),
            ("epicenter", &["epicentre"]),
            ("kilometres", &["kilometers"]),
            ("organised", &["organized"]),
            ("realize", &["realise"]),
            ("analysing", &["analyzing"]),
            ("catalogue", &["catalog"]),
            ("colourful", &["colorful"]),
            ("neighbours", &["neighbors"]),
            ("grey", &["gray"]),
            ("defence", &["defense"]),
            ("travelled", &["traveled"]),
            ("traveled", &["travelled"]),
            ("enroll", &["enrol"]),
            ("enrolment", &["enrollment"]),
            // Too few letters before the ending, or no rule: no other spelling.
            ("prize", &[]),
            ("four", &[]),
            ("hence", &[]),
            ("tre", &[]),
        ];
        for (word, expected) in cases {
            assert_eq!(word_variants(word), *expected, "{word}");
        }
    }

    #[test]
    fn a_phrase_is_spelled_every_way_its_words_are() {
        assert_eq!(
            variants("defence centre"),
            [
                "defence centre",
                "defence center",
                "defense centre",
                "defense center"
            ]
        );
        assert_eq!(variants("north korea"), ["north korea"]);
        assert!(same_phrase("gray area", "grey area"));
        assert!(!same_phrase("gray area", "grey zone"));
    }

    #[test]
    fn spellings_are_bounded() {
        let many = "centre ".repeat(10);
        assert_eq!(variants(many.trim()).len(), MAX_SPELLINGS);
    }
}

//! Demonyms: "Moroccan" speaks of Morocco, "North Korean" of North Korea.
//!
//! An `applies_when` that wants "Morocco" should apply to an article that only says "Moroccan
//! officials". The table is small on purpose (docs/language.md lists it): countries and
//! places in the news whose adjective is not the name plus an inflection the phrase
//! automaton already tries. The last word of a phrase is looked up, so "North Korea" gives
//! "North Korean" through "Korea".

/// Place names (folded: lower case) and their demonyms.
const DEMONYMS: &[(&str, &str)] = &[
    ("afghanistan", "afghan"),
    ("america", "american"),
    ("argentina", "argentine"),
    ("australia", "australian"),
    ("brazil", "brazilian"),
    ("britain", "british"),
    ("canada", "canadian"),
    ("china", "chinese"),
    ("egypt", "egyptian"),
    ("ethiopia", "ethiopian"),
    ("france", "french"),
    ("germany", "german"),
    ("greece", "greek"),
    ("haiti", "haitian"),
    ("hawaii", "hawaiian"),
    ("india", "indian"),
    ("indonesia", "indonesian"),
    ("iran", "iranian"),
    ("iraq", "iraqi"),
    ("israel", "israeli"),
    ("italy", "italian"),
    ("japan", "japanese"),
    ("jordan", "jordanian"),
    ("korea", "korean"),
    ("lebanon", "lebanese"),
    ("libya", "libyan"),
    ("mexico", "mexican"),
    ("morocco", "moroccan"),
    ("nepal", "nepali"),
    ("nigeria", "nigerian"),
    ("pakistan", "pakistani"),
    ("philippines", "filipino"),
    ("russia", "russian"),
    ("saudi arabia", "saudi"),
    ("spain", "spanish"),
    ("syria", "syrian"),
    ("taiwan", "taiwanese"),
    ("turkey", "turkish"),
    ("ukraine", "ukrainian"),
    ("venezuela", "venezuelan"),
    ("vietnam", "vietnamese"),
    ("yemen", "yemeni"),
];

/// `phrase` with its place name made a demonym, in the place's case: "North Korea" →
/// "North Korean", "saudi arabia" → "saudi". `None` when it does not end with a place of
/// the table.
pub fn demonym_of(phrase: &str) -> Option<String> {
    DEMONYMS.iter().find_map(|(place, demonym)| {
        let at = phrase.len().checked_sub(place.len())?;
        let (before, name) = (phrase.get(..at)?, phrase.get(at..)?);
        if !name.eq_ignore_ascii_case(place) || !(before.is_empty() || before.ends_with(' ')) {
            return None;
        }
        let capital = name.starts_with(|c: char| c.is_uppercase());
        let mut demonym = demonym.to_string();
        if capital {
            demonym[..1].make_ascii_uppercase();
        }
        Some(format!("{before}{demonym}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_words_of_a_place_become_its_demonym() {
        assert_eq!(demonym_of("morocco").as_deref(), Some("moroccan"));
        assert_eq!(demonym_of("North Korea").as_deref(), Some("North Korean"));
        assert_eq!(demonym_of("Saudi Arabia").as_deref(), Some("Saudi"));
        assert_eq!(demonym_of("missile"), None);
        // A place must be a whole word: "Koreas" is not in the table, nor "Gazakorea".
        assert_eq!(demonym_of("gazakorea"), None);
    }

    #[test]
    fn the_table_is_sorted_folded_and_documented() {
        let places: Vec<&str> = DEMONYMS.iter().map(|(place, _)| *place).collect();
        let mut sorted = places.clone();
        sorted.sort();
        assert_eq!(places, sorted);
        assert!(
            places
                .iter()
                .all(|p| *p == super::super::normalize::fold(p))
        );
        let docs = include_str!("../../docs/language.md").to_lowercase();
        for (place, demonym) in DEMONYMS {
            assert!(docs.contains(&format!("{place} → {demonym}")), "{place}");
        }
    }
}

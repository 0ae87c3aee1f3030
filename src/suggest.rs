//! "Did you mean …?" for every name an editor can misspell: units, entities, sources, keys.

/// The candidate closest to `word`, if it is close enough to be a plausible typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            let distance = strsim::damerau_levenshtein(&word, &candidate.to_lowercase());
            (distance, candidate)
        })
        .filter(|&(distance, candidate)| {
            let longest = word.chars().count().max(candidate.chars().count());
            let abbreviated =
                word.chars().count() >= 3 && candidate.to_lowercase().starts_with(&word);
            distance > 0 && (distance <= (longest / 3).max(1) || abbreviated)
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// `Some("did you mean 'x'?")` when there is a close candidate.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    closest(word, candidates).map(|c| format!("did you mean '{c}'?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let entities = ["kirby", "town", "white-house"];
        assert_eq!(closest("kirbi", entities), Some("kirby"));
        assert_eq!(closest("whitehouse", entities), Some("white-house"));
        assert_eq!(closest("putin", entities), None);
        assert_eq!(
            closest("warn", ["error", "warning", "info"]),
            Some("warning")
        );
        assert_eq!(
            closest("kirby", entities),
            None,
            "an exact name is not a typo"
        );
    }

    #[test]
    fn ignores_case() {
        assert_eq!(closest("Kirbi", ["kirby"]), Some("kirby"));
    }
}

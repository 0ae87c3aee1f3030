//! Numbers written in words: "three", "twenty-five", "nine hundred", "a dozen", "half a
//! million", "one hundred and two", "two and a half".
//!
//! Vague plurals ("hundreds of", "millions of") are not numbers; neither are sequences a
//! reader would take as several numbers ("one two three").

/// A number word, or a word that may sit inside a written number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Piece {
    /// 0–9.
    Unit(f64),
    /// 10–19.
    Teen(f64),
    /// 20, 30, … 90.
    Ten(f64),
    /// 21–99 written as one hyphenated word.
    Compound(f64),
    Hundred,
    /// thousand, million, …; `plural` for "millions".
    Scale {
        factor: f64,
        plural: bool,
    },
    Dozen,
    And,
    A,
    Half,
}

const UNITS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The factor of a scale word: "million" → 1e6. Abbreviations included ("bn", "mn").
pub fn scale_word(word: &str) -> Option<f64> {
    let word = word.to_lowercase();
    let word = word
        .strip_suffix('s')
        .filter(|w| w.len() > 2)
        .unwrap_or(&word);
    Some(match word {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "lakh" | "lac" => 1e5,
        "million" | "mn" | "mln" => 1e6,
        "crore" => 1e7,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "tln" => 1e12,
        _ => return None,
    })
}

fn simple(word: &str) -> Option<Piece> {
    let index = |list: &[&str]| list.iter().position(|w| *w == word).map(|i| i as f64);
    if word == "nought" {
        return Some(Piece::Unit(0.0));
    }
    if let Some(n) = index(&UNITS) {
        return Some(Piece::Unit(n));
    }
    if let Some(n) = index(&TEENS) {
        return Some(Piece::Teen(10.0 + n));
    }
    index(&TENS).map(|n| Piece::Ten(20.0 + 10.0 * n))
}

fn piece(word: &str) -> Option<Piece> {
    let word = word.to_lowercase();
    if let Some((ten, unit)) = word.split_once(['-', '‐']) {
        return match (simple(ten), simple(unit)) {
            (Some(Piece::Ten(t)), Some(Piece::Unit(u))) if u > 0.0 => Some(Piece::Compound(t + u)),
            _ => None,
        };
    }
    if let Some(piece) = simple(&word) {
        return Some(piece);
    }
    Some(match word.as_str() {
        "hundred" => Piece::Hundred,
        "dozen" | "dozens" => Piece::Dozen,
        "and" => Piece::And,
        "a" => Piece::A,
        "half" => Piece::Half,
        _ => {
            let factor = scale_word(&word).filter(|&f| f > 100.0)?;
            Piece::Scale {
                factor,
                plural: word.ends_with('s'),
            }
        }
    })
}

/// The number written by the leading words of `words`, and how many words it takes.
///
/// `words` are consecutive tokens of a sentence; parsing stops at the first that cannot
/// continue the number, and falls back to the longest complete prefix.
pub fn parse(words: &[&str]) -> Option<(f64, usize)> {
    let pieces: Vec<Piece> = words.iter().map_while(|w| piece(w)).collect();
    let mut total = 0.0;
    let mut group = 0.0;
    let mut last: Option<Piece> = None;
    let mut best = None;
    let mut i = 0;
    while i < pieces.len() {
        let next = pieces.get(i + 1).copied();
        match (last, pieces[i]) {
            // "a hundred", "a dozen", "a million"; "half a million".
            (None | Some(Piece::Half), Piece::A) => {
                if !matches!(
                    next,
                    Some(Piece::Hundred | Piece::Dozen | Piece::Scale { plural: false, .. })
                ) {
                    break;
                }
            }
            (None, Piece::Half) => {
                if next != Some(Piece::A) {
                    break;
                }
            }
            // "two and a half", "a million and a half": half of what precedes "and".
            (Some(Piece::A), Piece::Half) if i >= 2 && pieces[i - 2] == Piece::And => {
                match i.checked_sub(3).map(|j| pieces[j]) {
                    Some(Piece::Scale { factor, .. }) => total += 0.5 * factor,
                    Some(Piece::Hundred) => group += 50.0,
                    _ => group += 0.5,
                }
            }
            (
                None | Some(Piece::Hundred | Piece::Scale { .. } | Piece::And),
                Piece::Unit(n) | Piece::Teen(n) | Piece::Ten(n) | Piece::Compound(n),
            ) => group += n,
            (Some(Piece::Ten(_)), Piece::Unit(n)) if n > 0.0 => group += n,
            (
                Some(
                    Piece::A | Piece::Unit(_) | Piece::Teen(_) | Piece::Ten(_) | Piece::Compound(_),
                ),
                Piece::Hundred,
            ) if group < 100.0 => group = group.max(1.0) * 100.0,
            (Some(previous), Piece::Scale { factor, plural }) => {
                let after_half = last == Some(Piece::A) && i >= 2 && pieces[i - 2] == Piece::Half;
                if (plural && previous == Piece::A) || (total > 0.0 && total < factor) {
                    break;
                }
                let amount = if after_half { 0.5 } else { group.max(1.0) };
                total += amount * factor;
                group = 0.0;
            }
            (Some(_), Piece::Dozen) if previous_is_count(last) => {
                group = group.max(1.0) * 12.0;
            }
            (Some(Piece::Hundred | Piece::Scale { .. }), Piece::And) => {}
            (Some(_), Piece::And)
                if next == Some(Piece::A) && pieces.get(i + 2) == Some(&Piece::Half) => {}
            (Some(Piece::And), Piece::A) if next == Some(Piece::Half) => {}
            _ => break,
        }
        last = Some(pieces[i]);
        i += 1;
        // A number never ends on "a", "and", or the "half" of "half a million".
        let dangling = matches!(last, Some(Piece::A | Piece::And))
            || (last == Some(Piece::Half) && group == 0.0 && total == 0.0);
        if !dangling {
            best = Some((total + group, i));
        }
    }
    best
}

fn previous_is_count(last: Option<Piece>) -> bool {
    matches!(
        last,
        Some(
            Piece::A
                | Piece::Unit(_)
                | Piece::Teen(_)
                | Piece::Ten(_)
                | Piece::Compound(_)
                | Piece::Hundred
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<(f64, usize)> {
        let words: Vec<&str> = text.split_whitespace().collect();
        parse(&words)
    }

    #[test]
    fn written_numbers() {
        let cases: &[(&str, f64, usize)] = &[
            ("three missiles", 3.0, 1),
            ("twenty-five people", 25.0, 1),
            ("twenty five people", 25.0, 2),
            ("nine hundred miles", 900.0, 2),
            ("a dozen drones", 12.0, 2),
            ("two dozen", 24.0, 2),
            ("half a million shells", 500_000.0, 3),
            ("a hundred and two of those", 102.0, 4),
            ("one hundred and sixty-one", 161.0, 4),
            ("two and a half miles", 2.5, 4),
            ("a million and a half", 1_500_000.0, 5),
            ("seven hundred twenty-one thousand and twelve", 721_012.0, 6),
            (
                "thirty-one million two hundred fifty-six thousand",
                31_256_000.0,
                6,
            ),
            ("three billion", 3e9, 2),
            ("Twenty-six people", 26.0, 1),
            ("zero", 0.0, 1),
            ("eleven and", 11.0, 1),
        ];
        for &(text, expected, words) in cases {
            assert_eq!(value(text), Some((expected, words)), "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in [
            "hundreds of drones",
            "millions of shells",
            "a few",
            "a",
            "and",
            "half of them",
        ] {
            assert_eq!(value(text), None, "{text}");
        }
    }

    #[test]
    fn separate_numbers_stay_separate() {
        assert_eq!(value("one two and three"), Some((1.0, 1)));
        assert_eq!(value("twenty five thirty six"), Some((25.0, 2)));
    }
}

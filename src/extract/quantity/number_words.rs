//! Numbers written in words: "three", "twenty-five", "nine hundred", "a dozen", "half a
//! million", "one hundred and two", "two and a half", "two thirds", "two point five".
//!
//! Vague plurals ("hundreds of", "millions of") are not numbers; neither are sequences a
//! reader would take as several numbers ("one two three").

use foldhash::HashMap;
use std::sync::LazyLock;

use crate::lang::counting::TENS;
use crate::text::case;

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
    /// "half" (0.5) and "quarter" (0.25).
    Part(f64),
    /// "pair", "couple": two, after "a".
    Pair,
    /// The denominator of a fraction: "thirds", "fifth", "hundredths".
    Fraction {
        denominator: f64,
        plural: bool,
    },
    Point,
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

/// Denominators written as ordinals; "second" is left out (a unit of time).
const FRACTIONS: &[(&str, f64)] = &[
    ("third", 3.0),
    ("fourth", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
    ("millionth", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
];

/// [`FRACTIONS`] by name, built once: every word of an article is asked whether it is a
/// denominator.
static FRACTION_NAMES: LazyLock<HashMap<&'static str, f64>> =
    LazyLock::new(|| FRACTIONS.iter().copied().collect());

/// Ordinals of one to nine, as the last part of a compound denominator ("twenty-fifth",
/// "twenty-firsts"); alone, "first" and "second" are no denominators.
const ORDINAL_UNITS: [&str; 9] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];

/// "fifth" → (5, false), "firsts" → (1, true).
fn ordinal_unit(word: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match word.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    let n = ORDINAL_UNITS.iter().position(|w| *w == stem)?;
    Some((n as f64 + 1.0, plural))
}

/// The factor of a scale word: "million" → 1e6. Abbreviations included ("bn", "mn").
pub fn scale_word(word: &str) -> Option<f64> {
    let word = case::lower(word);
    let word = word
        .strip_suffix('s')
        .filter(|w| w.len() > 2)
        .unwrap_or(&word);
    SCALES
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, factor)| factor)
}

/// Scale words and their factors, lower case; a plural "s" is taken off before looking.
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("lac", 1e5),
    ("million", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("crore", 1e7),
    ("krore", 1e7),
    ("cr", 1e7),
    ("billion", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("tln", 1e12),
];

fn simple(word: &str) -> Option<Piece> {
    SIMPLE.get(word).copied()
}

/// Zero to nineteen and the tens as words, with their pieces, built once from the lists
/// above: every word of an article is asked whether it starts a number.
static SIMPLE: LazyLock<HashMap<&'static str, Piece>> = LazyLock::new(|| {
    let numbered = |list: &'static [&'static str], piece: fn(f64) -> Piece| {
        list.iter()
            .enumerate()
            .map(move |(n, word)| (*word, piece(n as f64)))
    };
    [("nought", Piece::Unit(0.0)), ("nil", Piece::Unit(0.0))]
        .into_iter()
        .chain(numbered(&UNITS, Piece::Unit))
        .chain(numbered(&TEENS, |n| Piece::Teen(10.0 + n)))
        .chain(numbered(&TENS, |n| Piece::Ten(20.0 + 10.0 * n)))
        .collect()
});

fn piece(word: &str) -> Option<Piece> {
    let word = case::lower(word);
    if let Some((ten, unit)) = word.split_once(['-', '‐']) {
        // "twenty-five"; "one-half", "three-quarters", "one-eighth".
        return match (simple(ten), piece(unit)) {
            (Some(Piece::Ten(t)), Some(Piece::Unit(u))) if u > 0.0 => Some(Piece::Compound(t + u)),
            // "twenty-fifth", "twenty-firsts": the denominator of "one twenty-fifth".
            (Some(Piece::Ten(t)), _) if ordinal_unit(unit).is_some() => {
                let (u, plural) = ordinal_unit(unit)?;
                Some(Piece::Fraction {
                    denominator: t + u,
                    plural,
                })
            }
            (Some(Piece::Unit(n)), Some(Piece::Part(part))) => Some(Piece::Compound(n * part)),
            (Some(Piece::Unit(n)), Some(Piece::Fraction { denominator, .. })) => {
                Some(Piece::Compound(n / denominator))
            }
            _ => None,
        };
    }
    if let Some(piece) = simple(&word) {
        return Some(piece);
    }
    let fraction = FRACTION_NAMES.get_key_value(word.as_ref()).or_else(|| {
        let singular = word.strip_suffix('s')?;
        FRACTION_NAMES.get_key_value(singular)
    });
    if let Some((&name, &denominator)) = fraction {
        return Some(Piece::Fraction {
            denominator,
            plural: word != name || name == "quarters",
        });
    }
    if let Some(&(_, piece)) = NAMED_PIECES.iter().find(|(name, _)| *name == word) {
        return Some(piece);
    }
    let factor = scale_word(&word).filter(|&f| f > 100.0)?;
    Some(Piece::Scale {
        factor,
        plural: word.ends_with('s'),
    })
}

/// The other words a number is written with, lower case.
const NAMED_PIECES: &[(&str, Piece)] = &[
    ("hundred", Piece::Hundred),
    ("dozen", Piece::Dozen),
    ("dozens", Piece::Dozen),
    ("doz", Piece::Dozen),
    ("dozs", Piece::Dozen),
    ("and", Piece::And),
    ("a", Piece::A),
    ("half", Piece::Part(0.5)),
    ("quarter", Piece::Part(0.25)),
    ("pair", Piece::Pair),
    ("couple", Piece::Pair),
    ("point", Piece::Point),
];

/// Every word [`parse`] can read a number from, lower case, plurals included (a superset:
/// "hundreds" is here, though only "hundred" is a number): what a number in words can
/// start with.
pub(super) fn spellings() -> impl Iterator<Item = String> {
    fn with_plural(name: &str) -> [String; 2] {
        [name.to_string(), format!("{name}s")]
    }
    SIMPLE
        .keys()
        .chain(NAMED_PIECES.iter().map(|(name, _)| name))
        .map(|name| name.to_string())
        .chain(FRACTIONS.iter().flat_map(|&(name, _)| with_plural(name)))
        .chain(SCALES.iter().flat_map(|&(name, _)| with_plural(name)))
}

/// The number written by the leading words of `words`, and how many words it takes.
///
/// `words` are consecutive tokens of a sentence; parsing stops at the first that cannot
/// continue the number, and falls back to the longest complete prefix.
pub fn parse(words: &[&str]) -> Option<(f64, usize)> {
    let (value, count) = parse_number(words)?;
    Some(of_a_scale(words, value, count).unwrap_or((value, count)))
}

/// "three quarters of a billion", "half of a million", "seven and three quarters
/// million": a number with a fraction, of one scale; and the words it takes with the scale.
fn of_a_scale(words: &[&str], number: f64, count: usize) -> Option<(f64, usize)> {
    if number.fract() == 0.0 {
        return None;
    }
    let rest = words.get(count..)?;
    let singular_scale =
        |word: &str| scale_word(word).filter(|&f| f > 100.0 && !word.ends_with('s'));
    if let Some(factor) = rest.first().and_then(|w| singular_scale(w)) {
        return Some((number * factor, count + 1));
    }
    let [of, a, scale, ..] = rest else {
        return None;
    };
    let article = matches!(case::lower(a).as_ref(), "a" | "an");
    let factor = singular_scale(scale)?;
    (number < 1.0 && of.eq_ignore_ascii_case("of") && article)
        .then_some((number * factor, count + 3))
}

fn parse_number(words: &[&str]) -> Option<(f64, usize)> {
    let pieces: Vec<Piece> = words.iter().map_while(|w| piece(w)).collect();
    let mut parser = Parser::default();
    let mut best = None;
    let mut i = 0;
    while i < pieces.len() {
        let Some(taken) = parser.take(&pieces, i) else {
            break;
        };
        i += taken;
        if !parser.dangling {
            best = Some((parser.total + parser.group, i));
        }
        if parser.done {
            break;
        }
    }
    if parser.done {
        return best;
    }
    let (numerator, count) = best?;
    match denominator(&pieces[count..]) {
        // A numerator of one takes a singular denominator, a larger one a plural.
        Some((denominator, plural, taken))
            if numerator.fract() == 0.0 && numerator >= 1.0 && plural == (numerator > 1.0) =>
        {
            Some((numerator / denominator, count + taken))
        }
        _ => best,
    }
}

/// A denominator of several words after a numerator: "twenty fifths", "one hundred
/// fifth", "one hundred and fifth"; its value, whether it is plural, and its length.
fn denominator(pieces: &[Piece]) -> Option<(f64, bool, usize)> {
    let ordinal = pieces
        .iter()
        .position(|p| matches!(p, Piece::Fraction { .. }))?;
    let Piece::Fraction {
        denominator,
        plural,
    } = pieces[ordinal]
    else {
        return None;
    };
    let hundreds = |lead: &[Piece]| match lead {
        [Piece::Hundred] | [Piece::Hundred, Piece::And] => Some(100.0),
        [Piece::Unit(n), Piece::Hundred] | [Piece::Unit(n), Piece::Hundred, Piece::And]
            if *n > 0.0 =>
        {
            Some(n * 100.0)
        }
        [Piece::A, Piece::Hundred] | [Piece::A, Piece::Hundred, Piece::And] => Some(100.0),
        _ => None,
    };
    let lead = &pieces[..ordinal];
    let value = match lead {
        [Piece::Ten(t)] if denominator < 10.0 => t + denominator,
        _ if denominator < 100.0 => hundreds(lead)? + denominator,
        _ => return None,
    };
    Some((value, plural, ordinal + 1))
}

fn is_small(piece: Option<Piece>) -> bool {
    matches!(
        piece,
        Some(Piece::Unit(_) | Piece::Teen(_) | Piece::Ten(_) | Piece::Compound(_))
    )
}

fn value_of(piece: Piece) -> f64 {
    match piece {
        Piece::Unit(n) | Piece::Teen(n) | Piece::Ten(n) | Piece::Compound(n) => n,
        _ => 0.0,
    }
}

/// The state of [`parse`]: `total` holds what scale words closed, `group` the part below a
/// thousand being written, `run` the small number just written (a fraction's numerator).
#[derive(Default)]
struct Parser {
    total: f64,
    group: f64,
    run: f64,
    last: Option<Piece>,
    /// The last scale written, for "a million and a half".
    scale: f64,
    /// Whether the words so far cannot end a number ("a", "and", "half a").
    dangling: bool,
    /// Whether nothing may follow (a fraction's denominator).
    done: bool,
}

impl Parser {
    /// The "half" or "quarter" just before piece `i` ("half a million", "quarter million").
    /// Not the "half" of "five and a half million": that one is already in the number
    /// (but it is the "quarter" of "a trillion and a quarter billion").
    fn part_before(&self, pieces: &[Piece], i: usize) -> Option<f64> {
        let and_a = i >= 3 && pieces[i - 3] == Piece::And && pieces[i - 2] == Piece::A;
        let smaller_scale = matches!(pieces[i], Piece::Scale { factor, .. } if factor < self.scale);
        if and_a && !smaller_scale {
            return None;
        }
        match (self.last, pieces.get(i.wrapping_sub(2)).copied()) {
            (Some(Piece::Part(part)), _) | (Some(Piece::A), Some(Piece::Part(part))) => Some(part),
            _ => None,
        }
    }

    /// Takes the piece at `i` (with the digits after "point"); how many pieces it took.
    fn take(&mut self, pieces: &[Piece], i: usize) -> Option<usize> {
        let piece = pieces[i];
        let next = pieces.get(i + 1).copied();
        let after_and_a = i >= 2 && pieces[i - 1] == Piece::A && pieces[i - 2] == Piece::And;
        let mut taken = 1;
        self.dangling = false;
        match (self.last, piece) {
            // "a hundred", "a dozen", "a million", "a fifth", "and a half"; "half a million".
            (None | Some(Piece::Part(_) | Piece::And), Piece::A) => {
                let leads = matches!(
                    next,
                    Some(
                        Piece::Hundred
                            | Piece::Dozen
                            | Piece::Pair
                            | Piece::Fraction { .. }
                            | Piece::Part(_)
                            | Piece::Scale { plural: false, .. }
                    )
                );
                if !leads {
                    return None;
                }
                self.run = 1.0;
                self.dangling = true;
            }
            // "a pair", "a couple".
            (Some(Piece::A), Piece::Pair) if i == 1 => {
                self.group = 2.0;
                self.done = true;
            }
            // "half a million", "quarter million"; "half" alone is one half.
            (None, Piece::Part(part)) => {
                let scale_follows = matches!(next, Some(Piece::Scale { plural: false, .. }));
                if !(scale_follows || matches!(next, Some(Piece::A | Piece::Dozen))) {
                    if part != 0.5 {
                        return None;
                    }
                    self.group = part;
                    self.done = true;
                } else {
                    self.dangling = true;
                }
            }
            // "and a half": that part of what precedes "and".
            (Some(Piece::A), Piece::Part(part)) if after_and_a => {
                let smaller_scale = matches!(
                    next,
                    Some(Piece::Scale { factor, plural: false }) if factor < self.scale
                );
                match pieces.get(i.wrapping_sub(3)) {
                    // "a billion and a quarter million": a part of the scale that follows.
                    _ if smaller_scale => self.dangling = true,
                    Some(Piece::Scale { .. }) => self.total += part * self.scale,
                    Some(Piece::Hundred) => self.group += part * 100.0,
                    _ => self.group += part,
                }
            }
            // "a half", "one quarter", "a quarter million".
            (Some(p), Piece::Part(part)) if p == Piece::A || is_small(Some(p)) => {
                if matches!(next, Some(Piece::Scale { plural: false, .. })) && p == Piece::A {
                    self.dangling = true;
                } else {
                    let whole = if p == Piece::A { 0.0 } else { self.run };
                    self.group = self.group - whole + self.run * part;
                    self.done = true;
                }
            }
            // "two thirds", "a fifth", "and two thirds": the run just written is the
            // numerator; after "million and", a fraction of a million. A numerator above one
            // takes a plural ("two thirds"): "two millionth" is an ordinal.
            (
                Some(p),
                Piece::Fraction {
                    denominator,
                    plural,
                },
            ) if (p == Piece::A || is_small(Some(p))) && (plural || self.run == 1.0) => {
                let whole = if p == Piece::A { 0.0 } else { self.run };
                let after_scale = matches!(
                    pieces.get(i.wrapping_sub(if p == Piece::A { 3 } else { 2 })),
                    Some(Piece::And)
                ) && self.group == whole
                    && self.scale > 0.0;
                // "two hundred three fifths": without "and", the whole number written is the
                // numerator; "two hundred and three fifths" is a mixed number.
                let run_start = (0..i)
                    .rev()
                    .find(|&j| !is_small(Some(pieces[j])))
                    .map(|j| pieces[j]);
                let whole_numerator = p != Piece::A
                    && matches!(run_start, Some(Piece::Hundred | Piece::Scale { .. }));
                if whole_numerator {
                    self.group = (self.total + self.group) / denominator;
                    self.total = 0.0;
                    self.done = true;
                    self.last = Some(piece);
                    return Some(1);
                }
                let fraction = self.run / denominator;
                self.group -= whole;
                if after_scale {
                    self.total += fraction * self.scale;
                } else {
                    self.group += fraction;
                }
                self.done = true;
            }
            // "a hundred trillionths": a round number over a denominator.
            (
                Some(Piece::Hundred | Piece::Scale { .. }),
                Piece::Fraction {
                    denominator,
                    plural: true,
                },
            ) => {
                let numerator = self.total + self.group;
                self.total = 0.0;
                self.group = numerator / denominator;
                self.done = true;
            }
            (None | Some(Piece::Hundred | Piece::Scale { .. } | Piece::And), p)
                if is_small(Some(p)) =>
            {
                self.group += value_of(p);
                self.run = value_of(p);
            }
            (Some(Piece::Ten(_)), Piece::Unit(n)) if n > 0.0 => {
                self.group += n;
                self.run += n;
            }
            (None, Piece::Hundred) | (None, Piece::Scale { plural: false, .. }) => {
                // "hundred thousand dollars", "million and one": a bare scale is one of it.
                let factor = match piece {
                    Piece::Scale { factor, .. } => factor,
                    _ => 100.0,
                };
                if factor == 100.0 {
                    self.group = 100.0;
                } else {
                    self.total = factor;
                    self.scale = factor;
                }
            }
            (Some(p), Piece::Hundred)
                if (is_small(Some(p)) || p == Piece::A) && self.group < 100.0 =>
            {
                self.group = self.group.max(1.0) * 100.0;
                self.run = 0.0;
            }
            (Some(previous), Piece::Scale { factor, plural }) => {
                if (plural && previous == Piece::A) || (self.total > 0.0 && self.total < factor) {
                    return None;
                }
                let part = self.part_before(pieces, i);
                self.total += part.unwrap_or(self.group.max(1.0)) * factor;
                self.group = 0.0;
                self.run = 0.0;
                self.scale = factor;
            }
            (Some(p), Piece::Dozen)
                if is_small(Some(p)) || matches!(p, Piece::A | Piece::Hundred | Piece::Part(_)) =>
            {
                // "three hundred and two dozen": the dozens are the run just written.
                let part = self.part_before(pieces, i);
                let run = if is_small(self.last) { self.run } else { 0.0 };
                let dozens = part.unwrap_or(if run > 0.0 { run } else { self.group.max(1.0) });
                let rest = if run > 0.0 { self.group - run } else { 0.0 };
                self.group = rest + dozens * 12.0;
                self.run = 0.0;
            }
            // "hundred and two", "million and one", "two and a half", "three and two thirds".
            (Some(p), Piece::And) => {
                let closes_a_scale = matches!(p, Piece::Hundred | Piece::Scale { .. });
                let fraction_follows = next == Some(Piece::A)
                    || (is_small(next)
                        && matches!(pieces.get(i + 2), Some(Piece::Fraction { .. })));
                if !(closes_a_scale || (is_small(Some(p)) && fraction_follows)) {
                    return None;
                }
                self.run = 0.0;
                self.dangling = true;
            }
            // "two point five", "two hundred point seventy-one": the digits after "point".
            (Some(p), Piece::Point) if is_small(Some(p)) || p == Piece::Hundred => {
                let digits: Vec<Piece> = pieces[i + 1..]
                    .iter()
                    .copied()
                    .take_while(|p| is_small(Some(*p)))
                    .collect();
                if digits.is_empty() {
                    return None;
                }
                let written: String = digits.iter().map(|p| value_of(*p).to_string()).collect();
                self.group += format!("0.{written}").parse::<f64>().ok()?;
                taken += digits.len();
            }
            _ => return None,
        }
        self.last = Some(pieces[i + taken - 1]);
        Some(taken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<(f64, usize)> {
        let words: Vec<&str> = text.split_whitespace().collect();
        parse(&words)
    }

    /// Every word of the lists is found through the table, with its value, in any case.
    #[test]
    fn every_listed_number_word_is_read() {
        let lists: [(&[&str], f64); 3] = [(&UNITS, 0.0), (&TEENS, 10.0), (&TENS, 20.0)];
        for (list, first) in lists {
            let step = if first == 20.0 { 10.0 } else { 1.0 };
            for (n, word) in list.iter().enumerate() {
                let expected = first + step * n as f64;
                assert_eq!(value(word), Some((expected, 1)), "{word}");
                assert_eq!(value(&word.to_uppercase()), Some((expected, 1)), "{word}");
            }
        }
        assert_eq!(value("nought"), Some((0.0, 1)));
        assert_eq!(value("nil"), Some((0.0, 1)));
        assert_eq!(value("none"), None);
        for &(name, denominator) in FRACTIONS {
            let plural = name == "quarters";
            let found = Some(Piece::Fraction {
                denominator,
                plural,
            });
            assert_eq!(piece(name), found, "{name}");
            let plural = format!("{name}s");
            let found = Some(Piece::Fraction {
                denominator,
                plural: true,
            });
            assert_eq!(piece(&plural), found, "{plural}");
        }
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
            ("two thirds of the cake", 2.0 / 3.0, 2),
            ("a fifth", 0.2, 2),
            ("a half", 0.5, 2),
            ("three quarters", 0.75, 2),
            ("one and a fourth", 1.25, 4),
            ("two point two million", 2.2e6, 4),
            ("quarter million", 250_000.0, 2),
            ("half million", 500_000.0, 2),
            ("half a dozen", 6.0, 3),
            ("three million and a quarter", 3_250_000.0, 5),
            ("two hundred and fifty-four hundredths", 200.54, 5),
            ("six million and two thirds", 6e6 + 2e6 / 3.0, 5),
            ("three hundred and two dozen", 324.0, 5),
            ("a hundred trillionths", 1e-10, 3),
            ("one-eighth", 0.125, 1),
            ("two millionth", 2.0, 1),
            ("million and one", 1_000_001.0, 3),
            ("half of them", 0.5, 1),
            ("a pair of boots", 2.0, 2),
            ("a couple of weeks", 2.0, 2),
            ("nil", 0.0, 1),
            ("five doz eggs", 60.0, 2),
            ("three cr", 3e7, 2),
            ("two hundred krores", 2e9, 3),
            ("four crore six lakh", 4.06e7, 4),
            ("a trillion and a quarter billion", 1_000_250_000_000.0, 6),
            ("nine million and a quarter", 9.25e6, 5),
        ];
        for &(text, expected, words) in cases {
            assert_eq!(value(text), Some((expected, words)), "{text}");
        }
    }

    #[test]
    fn fractions_of_scales() {
        let cases: &[(&str, f64, usize)] = &[
            // A mixed number before a scale multiplies it.
            ("five and a half million dollars", 5.5e6, 5),
            ("one and a half billion", 1.5e9, 5),
            ("two and a quarter million people", 2.25e6, 5),
            ("Three and a half thousand", 3_500.0, 5),
            ("twenty and a half million", 20.5e6, 5),
            ("seven and three quarters million", 7.75e6, 5),
            // A scale and a part of it.
            ("a million and a half", 1.5e6, 5),
            ("a billion and a quarter", 1.25e9, 5),
            // A part of one scale.
            ("half a million", 5e5, 3),
            ("a quarter million", 2.5e5, 3),
            ("half a billion", 5e8, 3),
            ("three quarters of a billion", 7.5e8, 5),
            ("a quarter of a million", 2.5e5, 5),
            ("half of a million", 5e5, 4),
            ("two thirds of a million", 2e6 / 3.0, 5),
            ("three-quarters of a million", 7.5e5, 4),
            // Parts alone.
            ("two and a quarter", 2.25, 4),
            ("one and a half", 1.5, 4),
        ];
        for &(text, expected, words) in cases {
            let (value, count) = value(text).unwrap_or_else(|| panic!("{text}: nothing"));
            assert!((value - expected).abs() < 1e-6, "{text}: {value}");
            assert_eq!(count, words, "{text}");
        }
        // Not a fraction of a scale: the scale is plural, or it is no scale.
        let near_misses: &[(&str, f64, usize)] = &[
            ("half of the million people", 0.5, 1),
            ("three quarters of millions", 0.75, 2),
            ("a third of a mile", 1.0 / 3.0, 2),
            ("two and a half miles", 2.5, 4),
        ];
        for &(text, expected, words) in near_misses {
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
            "quarter of them",
            "pair of boots",
            "the couple",
        ] {
            assert_eq!(value(text), None, "{text}");
        }
    }

    #[test]
    fn fractions_in_words() {
        let cases: &[(&str, f64, usize)] = &[
            // A compound ordinal is one denominator.
            ("one sixty-fourth of an inch", 1.0 / 64.0, 2),
            ("five thirty-seconds", 5.0 / 32.0, 2),
            ("seven forty-thirds", 7.0 / 43.0, 2),
            // ... and so is one written in several words.
            ("nine thirty sevenths", 9.0 / 37.0, 3),
            ("one two hundred third", 1.0 / 203.0, 4),
            ("one one hundred and ninth", 1.0 / 109.0, 5),
            // Without "and", the whole number written is the numerator.
            ("four thousand six hundred seven eighths", 4607.0 / 8.0, 6),
            // With "and", a mixed number.
            ("six hundred and seven eighths", 600.875, 5),
        ];
        for &(text, expected, words) in cases {
            let (value, count) = value(text).unwrap_or_else(|| panic!("{text}: nothing"));
            assert!((value - expected).abs() < 1e-12, "{text}: {value}");
            assert_eq!(count, words, "{text}");
        }
        // A numerator above one takes a plural, one a singular: these are ordinals.
        assert_eq!(value("the twenty-first"), None);
        assert_eq!(value("two hundred fifth anniversary"), Some((200.0, 2)));
        assert_eq!(value("three twenty-first"), Some((3.0, 1)));
    }

    #[test]
    fn separate_numbers_stay_separate() {
        assert_eq!(value("one two and three"), Some((1.0, 1)));
        assert_eq!(value("twenty five thirty six"), Some((25.0, 2)));
    }
}

//! Numbers written in words: "three", "twenty-five", "nine hundred", "a dozen", "half a
//! million", "one hundred and two", "two and a half", "two thirds", "two point five".
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
    /// "half" (0.5) and "quarter" (0.25).
    Part(f64),
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
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
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
        // "twenty-five"; "one-half", "three-quarters", "one-eighth".
        return match (simple(ten), piece(unit)) {
            (Some(Piece::Ten(t)), Some(Piece::Unit(u))) if u > 0.0 => Some(Piece::Compound(t + u)),
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
    let fraction = FRACTIONS
        .iter()
        .find(|(name, _)| word == *name || word.strip_suffix('s') == Some(name));
    if let Some(&(name, denominator)) = fraction {
        return Some(Piece::Fraction {
            denominator,
            plural: word != name || name == "quarters",
        });
    }
    Some(match word.as_str() {
        "hundred" => Piece::Hundred,
        "dozen" | "dozens" => Piece::Dozen,
        "and" => Piece::And,
        "a" => Piece::A,
        "half" => Piece::Part(0.5),
        "quarter" => Piece::Part(0.25),
        "point" => Piece::Point,
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
    best
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
    fn part_before(&self, pieces: &[Piece], i: usize) -> Option<f64> {
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
            // "half a million", "quarter million".
            (None, Piece::Part(_)) => {
                let scale_follows = matches!(next, Some(Piece::Scale { plural: false, .. }));
                if !(scale_follows || matches!(next, Some(Piece::A | Piece::Dozen))) {
                    return None;
                }
                self.dangling = true;
            }
            // "and a half": that part of what precedes "and".
            (Some(Piece::A), Piece::Part(part)) if after_and_a => {
                match pieces.get(i.wrapping_sub(3)) {
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

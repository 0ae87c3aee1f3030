//! `nm` after a number: nanometres in a sentence about chips, light or particles, nautical
//! miles in one about ships, coasts or flights, and nothing when the words around it do not
//! tell (a wrong unit is worse than none).
//!
//! Only the words near the number are read (a fixed window), so a sentence of a thousand
//! numbers costs a thousand windows, not a thousand sentences.

use super::tokens::Tokens;
use crate::lang::units::{self, Unit};

/// Tokens read on either side of the number.
const WINDOW: usize = 12;

/// Words of science and technology, where `nm` is the nanometre.
const SCIENCE: &[&str] = &[
    "chip",
    "chips",
    "chipmaker",
    "process",
    "node",
    "nodes",
    "transistor",
    "transistors",
    "semiconductor",
    "semiconductors",
    "wafer",
    "wafers",
    "lithography",
    "euv",
    "wavelength",
    "wavelengths",
    "light",
    "laser",
    "lasers",
    "ultraviolet",
    "uv",
    "infrared",
    "spectrum",
    "particle",
    "particles",
    "nanoparticles",
    "virus",
    "viruses",
    "molecule",
    "molecules",
    "atom",
    "atoms",
    "protein",
    "proteins",
    "dna",
    "cell",
    "cells",
    "membrane",
    "film",
    "films",
    "layer",
    "layers",
    "coating",
    "thick",
    "thickness",
    "pore",
    "pores",
    "microscope",
    "resolution",
    "emission",
    "absorption",
    "fabrication",
    "manufacturing",
];

/// Words of the sea and the air, where `nm` is the nautical mile.
const TRAVEL: &[&str] = &[
    "ship",
    "ships",
    "vessel",
    "vessels",
    "boat",
    "boats",
    "tanker",
    "ferry",
    "navy",
    "naval",
    "maritime",
    "coast",
    "coastline",
    "offshore",
    "off",
    "sea",
    "seas",
    "waters",
    "port",
    "harbour",
    "harbor",
    "island",
    "islands",
    "aircraft",
    "flight",
    "flights",
    "plane",
    "airport",
    "runway",
    "sailed",
    "sailing",
    "knots",
    "nautical",
    "radius",
    "zone",
    "territorial",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "fishing",
];

/// The unit `nm` stands for after the number at token `number`.
pub(super) fn unit_near(tokens: &Tokens, number: usize) -> Option<&'static Unit> {
    let first = number.saturating_sub(WINDOW);
    let last = (number + WINDOW).min(tokens.len());
    let words: Vec<_> = (first..last).map(|i| tokens.lower(i)).collect();
    let science = words.iter().any(|w| SCIENCE.contains(w));
    let travel = words.iter().any(|w| TRAVEL.contains(w));
    match (science, travel) {
        (true, false) => units::lookup("nanometre"),
        (false, true) => units::lookup("nmi"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::quantity::Amount;
    use crate::extract::quantity::tests::read;

    #[test]
    fn nm_by_the_words_around_it() {
        let cases: &[(&str, &str, f64, &str)] = &[
            (
                "The new chip is built on a 3 nm process.",
                "3 nm",
                3.0,
                "nanometre",
            ),
            (
                "Its 5nm chips go on sale next year.",
                "5nm",
                5.0,
                "nanometre",
            ),
            (
                "The laser emits light at 532 nm.",
                "532 nm",
                532.0,
                "nanometre",
            ),
            (
                "The virus measures 120 nm across.",
                "120 nm",
                120.0,
                "nanometre",
            ),
            (
                "The tanker was seized 20 nm off the coast.",
                "20 nm",
                20.0,
                "nmi",
            ),
            (
                "The aircraft turned back 150 nm from the airport.",
                "150 nm",
                150.0,
                "nmi",
            ),
            (
                "The island lies 40nm southwest of the port.",
                "40nm",
                40.0,
                "nmi",
            ),
        ];
        for &(sentence, text, value, unit) in cases {
            let found = read(sentence);
            assert!(
                found.contains(&(text.to_string(), Amount::Number(value), Some(unit))),
                "{sentence}: {found:?}"
            );
        }
    }

    #[test]
    fn nm_is_left_unread_when_the_words_do_not_tell() {
        for sentence in [
            "The figure was 40 nm.",
            "The laser ship fired from 12 nm away.",
            "They walked 7nm today.",
        ] {
            let found = read(sentence);
            assert!(
                found.iter().all(|(text, ..)| !text.contains("nm")) && found.is_empty(),
                "{sentence}: {found:?}"
            );
        }
    }
}

//! Compass directions as the 16 points newsrooms write: "north", "southwest", "south-west",
//! "south west", "west-southwest", and in capitals "SW", "WSW".

use super::Token;

/// One of the 16 points of the compass: 0 is north, 4 east, 8 south, 12 west.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point(u8);

/// The points' names, clockwise from north.
const NAMES: [&str; 16] = [
    "north",
    "north-northeast",
    "northeast",
    "east-northeast",
    "east",
    "east-southeast",
    "southeast",
    "south-southeast",
    "south",
    "south-southwest",
    "southwest",
    "west-southwest",
    "west",
    "west-northwest",
    "northwest",
    "north-northwest",
];

impl Point {
    pub const NAMES: [&'static str; 16] = NAMES;

    /// The point named by `name` in any of its spellings: "southwest", "south-west",
    /// "South West", "SW".
    pub fn named(name: &str) -> Option<Self> {
        let letters: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '‐' | ' '))
            .collect::<String>()
            .to_lowercase();
        let abbreviation = name.len() <= 3 && name.chars().all(|c| "NESW".contains(c));
        NAMES
            .iter()
            .position(|full| {
                let joined = full.replace('-', "");
                match abbreviation {
                    true => initials(full) == name.to_lowercase(),
                    false => joined == letters,
                }
            })
            .map(|index| Self(index as u8))
    }

    /// "southwest".
    pub fn name(self) -> &'static str {
        NAMES[usize::from(self.0)]
    }

    /// How many of the 16 points lie between two directions, the shorter way round: 0 to 8.
    pub fn points_from(self, other: Self) -> u8 {
        let diff = self.0.abs_diff(other.0);
        diff.min(16 - diff)
    }
}

/// "sw" of "southwest", "wsw" of "west-southwest".
fn initials(full: &str) -> String {
    full.split('-')
        .map(|part| {
            ["north", "south"]
                .iter()
                .find_map(|half| {
                    part.strip_prefix(half).map(|rest| {
                        let mut letters = half[..1].to_string();
                        letters.push_str(rest.get(..1).unwrap_or(""));
                        letters
                    })
                })
                .unwrap_or_else(|| part[..1].to_string())
        })
        .collect()
}

/// The direction written at token `i` ("southwest", "south-west", "south west", "SW"), and
/// the token after it.
pub fn read(text: &str, tokens: &[Token], i: usize) -> Option<(Point, usize)> {
    let word = |j: usize| tokens.get(j).map(|t| &text[t.span.range()]);
    let first = word(i)?;
    // "south west": two words that make one point.
    if let Some(second) = word(i + 1)
        && matches!(first.to_lowercase().as_str(), "north" | "south")
        && matches!(second.to_lowercase().as_str(), "east" | "west")
        && let Some(point) = Point::named(&format!("{first}{second}"))
    {
        return Some((point, i + 2));
    }
    Point::named(first).map(|point| (point, i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn every_spelling_of_a_point() {
        let cases = [
            ("southwest", Some("southwest")),
            ("South-West", Some("southwest")),
            ("SW", Some("southwest")),
            ("WSW", Some("west-southwest")),
            ("NNE", Some("north-northeast")),
            ("north", Some("north")),
            ("E", Some("east")),
            ("sw", None),
            ("southwset", None),
            ("westward", None),
        ];
        for (name, expected) in cases {
            assert_eq!(Point::named(name).map(Point::name), expected, "{name}");
        }
    }

    #[test]
    fn two_words_make_one_point() {
        let text = "72 km south west of the city";
        let document = Document::new(text);
        let read = read(text, &document.tokens, 2).map(|(p, end)| (p.name(), end));
        assert_eq!(read, Some(("southwest", 4)));
    }

    #[test]
    fn points_apart_the_shorter_way_round() {
        let point = |name| Point::named(name).unwrap();
        assert_eq!(point("southwest").points_from(point("southeast")), 4);
        assert_eq!(point("south").points_from(point("southwest")), 2);
        assert_eq!(
            point("north-northwest").points_from(point("north-northeast")),
            2
        );
        assert_eq!(point("north").points_from(point("south")), 8);
    }
}

//! The one table of units factlint knows, shared by rule files and article extraction.
//!
//! Each [`Unit`] has a canonical symbol, a [`Dimension`], an exact factor to that dimension's
//! base unit and every spelling accepted for it. Conversion goes through the base unit, so
//! `550 mi` becomes `885.1392 km` without any rounding beyond `f64`'s.
//!
//! Choices an editor may need to know (also in `docs/language.md`):
//! - **Case.** Names of one or two characters (`m`, `mi`, `km`, `kg`, `t`, `in`, `%`, `$`)
//!   match exactly, because case changes their meaning: `m` is metres while `M` is often
//!   "million". Longer names (`miles`, `KM/H`, `usd`, `USD`, `Percent`) match in any case.
//! - **Tons.** `ton`/`tons` are US short tons (907.18474 kg), as in US news writing; metric
//!   tons are `t`, `tonne(s)` or `metric ton(s)`.
//! - **Pounds.** `lb`/`pound(s)` are mass; the British currency is `£`, `GBP`,
//!   `pound(s) sterling` or `sterling`.
//! - **Yen.** `¥` is the Japanese yen; the Chinese yuan is `CNY`, `yuan`, `RMB` or `renminbi`.
//! - **Money.** Each currency is its own base unit: amounts never convert between currencies.
//!   Cents (`¢`) and pence (`p`) are hundredths of an unnamed currency: they convert to
//!   nothing, but add to the currency before them in "3 dollars 50 cents".
//! - **Durations.** Seconds to weeks are exact; `month` and `year` are Julian (30.4375 and
//!   365.25 days), exact by definition.
//! - **Percentage points.** A difference of two percentages (`pp`, "percentage points",
//!   "basis points" = 0.01 pp, "a quarter point") is its own dimension: "raised rates by
//!   0.25%" is not a rise of 0.25 points and is not compared with one.
//! - **Temperatures** convert by a factor and an offset (°C, °F, K: 0 °C = 32 °F), unlike
//!   every other dimension; a tolerance is a difference of temperatures and converts by the
//!   factor alone ([`Unit::convert_difference`]: 2 °C = 3.6 °F).
//! - **Magnitudes.** Earthquake scales (moment magnitude, Richter, surface-wave) are one
//!   dimension compared number for number, as the press reports them.
//! - **Gross tonnage** (`GT`) measures a ship's volume, not its mass: it never converts to
//!   tonnes or tons.
//! - **`in`.** Accepted for inches in rule files (`6 in`); article extraction should treat it
//!   with care, since "5 in 10" is rarely about inches.

use foldhash::{HashMap, HashMapExt};
use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

/// What a unit measures. Units convert only within one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// Base unit: metre.
    Length,
    /// Base unit: square metre.
    Area,
    /// Base unit: kilogram.
    Mass,
    /// Base unit: metre per second.
    Speed,
    /// Base unit: second.
    Duration,
    /// Base unit: percent.
    Percent,
    /// A difference of two percentages. Base unit: percentage point.
    Points,
    /// Base unit: hertz.
    Frequency,
    /// Base unit: byte.
    Data,
    /// Base unit: joule.
    Energy,
    /// Base unit: kelvin; converts with an offset.
    Temperature,
    /// An earthquake's magnitude, on any of its scales.
    Magnitude,
    /// A ship's gross tonnage, a measure of its volume.
    Tonnage,
    /// Base unit: the currency itself; see [`Unit::convert`].
    Money,
}

impl Dimension {
    /// The name used in messages ("a tolerance in kg (mass)").
    pub fn name(self) -> &'static str {
        match self {
            Self::Length => "length",
            Self::Area => "area",
            Self::Mass => "mass",
            Self::Speed => "speed",
            Self::Duration => "duration",
            Self::Percent => "percentage",
            Self::Points => "percentage points",
            Self::Frequency => "frequency",
            Self::Data => "data",
            Self::Energy => "energy",
            Self::Temperature => "temperature",
            Self::Magnitude => "magnitude",
            Self::Tonnage => "gross tonnage",
            Self::Money => "money",
        }
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One unit and all the ways of writing it.
#[derive(Debug, PartialEq)]
pub struct Unit {
    /// The canonical spelling, used in messages and output (`km`, `USD`).
    pub symbol: &'static str,
    pub dimension: Dimension,
    /// The exact factor to the dimension's base unit (metres, square metres, kilograms,
    /// metres per second, percent; 1 for every currency).
    pub to_base: f64,
    /// Added after the factor, for scales whose zero is not the base unit's: 273.15 for
    /// °C (K = °C × 1 + 273.15). 0 for every other unit.
    pub offset: f64,
    /// Every accepted spelling, the symbol included. See the module doc for case rules.
    pub names: &'static [&'static str],
}

impl Unit {
    /// `value` in this unit expressed in `to`; `None` across dimensions or currencies.
    pub fn convert(&self, value: f64, to: &Unit) -> Option<f64> {
        if !self.converts_to(to) {
            return None;
        }
        if self.symbol == to.symbol {
            return Some(value);
        }
        Some((value * self.to_base + self.offset - to.offset) / to.to_base)
    }

    /// A difference of two values in this unit expressed in `to`: the same as
    /// [`Unit::convert`] except for temperatures, whose offset cancels out (a margin of 2 °C
    /// is one of 3.6 °F).
    pub fn convert_difference(&self, value: f64, to: &Unit) -> Option<f64> {
        self.converts_to(to)
            .then(|| value * self.to_base / to.to_base)
    }

    /// `value` in this unit expressed in the base unit.
    pub fn to_base_value(&self, value: f64) -> f64 {
        value * self.to_base + self.offset
    }

    /// The symbol of the unit [`Unit::to_base`] converts to: `m`, `kg`, `s`, `%`, or the
    /// currency's own code.
    pub fn base_symbol(&self) -> &'static str {
        match self.dimension {
            Dimension::Length => "m",
            Dimension::Area => "m²",
            Dimension::Mass => "kg",
            Dimension::Speed => "m/s",
            Dimension::Duration => "s",
            Dimension::Percent => "%",
            Dimension::Points => "pp",
            Dimension::Frequency => "Hz",
            Dimension::Data => "byte",
            Dimension::Energy => "J",
            Dimension::Temperature => "K",
            Dimension::Magnitude => "Mw",
            Dimension::Tonnage => "GT",
            Dimension::Money => self.symbol,
        }
    }

    /// Whether amounts in this unit can be expressed in `other`.
    pub fn converts_to(&self, other: &Unit) -> bool {
        match self.dimension {
            Dimension::Money => self.symbol == other.symbol,
            dimension => dimension == other.dimension,
        }
    }

    /// Cents and pence: hundredths of whichever currency is written before them.
    pub fn is_hundredth(&self) -> bool {
        matches!(self.symbol, "¢" | "p")
    }
}

/// A currency sign such as `$`, `US$` or `€`: a name that does not end in a letter.
fn is_sign(name: &str) -> bool {
    name.chars().last().is_some_and(|c| !c.is_alphanumeric())
}

/// Every unit factlint knows. Order matters only for [`suggest`]: on a tie, earlier wins.
#[rustfmt::skip]
pub static UNITS: &[Unit] = &[
    // Length (base: metre).
    unit("km", Dimension::Length, 1000.0, &["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]),
    unit("m", Dimension::Length, 1.0, &["m", "metre", "metres", "meter", "meters"]),
    unit("cm", Dimension::Length, 0.01, &["cm", "centimetre", "centimetres", "centimeter", "centimeters"]),
    unit("dm", Dimension::Length, 0.1, &["dm", "decimetre", "decimetres", "decimeter", "decimeters"]),
    unit("mm", Dimension::Length, 0.001, &["mm", "millimetre", "millimetres", "millimeter", "millimeters"]),
    // Below the millimetre only the written-out names, `µm` and `Å`: in news `nm` is as often
    // a nautical mile (article extraction decides it by the words around it) and `pm` the
    // afternoon.
    unit("µm", Dimension::Length, 1e-6, &["µm", "μm", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"]),
    unit("nanometre", Dimension::Length, 1e-9, &["nanometre", "nanometres", "nanometer", "nanometers"]),
    unit("Å", Dimension::Length, 1e-10, &["Å", "ångström", "ångströms", "angstrom", "angstroms"]),
    unit("picometre", Dimension::Length, 1e-12, &["picometre", "picometres", "picometer", "picometers"]),
    unit("mi", Dimension::Length, 1609.344, &["mi", "mile", "miles"]),
    unit("nmi", Dimension::Length, 1852.0, &["nmi", "nautical mile", "nautical miles"]),
    unit("yd", Dimension::Length, 0.9144, &["yd", "yds", "yard", "yards"]),
    unit("ft", Dimension::Length, 0.3048, &["ft", "foot", "feet"]),
    unit("in", Dimension::Length, 0.0254, &["in", "inch", "inches"]),
    // Area (base: square metre).
    unit("km²", Dimension::Area, 1e6, &["km²", "km2", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers"]),
    unit("m²", Dimension::Area, 1.0, &["m²", "m2", "sq m", "square metre", "square metres", "square meter", "square meters"]),
    unit("ha", Dimension::Area, 1e4, &["ha", "hectare", "hectares"]),
    unit("acre", Dimension::Area, 4_046.856_422_4, &["acre", "acres"]),
    unit("sq mi", Dimension::Area, 2_589_988.110_336, &["sq mi", "square mile", "square miles"]),
    // Mass (base: kilogram).
    unit("kg", Dimension::Mass, 1.0, &["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"]),
    unit("g", Dimension::Mass, 0.001, &["g", "gram", "grams", "gramme", "grammes"]),
    unit("mg", Dimension::Mass, 1e-6, &["mg", "milligram", "milligrams", "milligramme", "milligrammes"]),
    unit("µg", Dimension::Mass, 1e-9, &["µg", "μg", "mcg", "microgram", "micrograms"]),
    unit("t", Dimension::Mass, 1000.0, &["t", "tonne", "tonnes", "metric ton", "metric tons"]),
    unit("ton", Dimension::Mass, 907.184_74, &["ton", "tons", "short ton", "short tons"]),
    unit("lb", Dimension::Mass, 0.453_592_37, &["lb", "lbs", "pound", "pounds"]),
    unit("oz", Dimension::Mass, 0.028_349_523_125, &["oz", "ounce", "ounces"]),
    // Speed (base: metre per second).
    unit("km/h", Dimension::Speed, 1000.0 / 3600.0, &["km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour"]),
    unit("mph", Dimension::Speed, 0.447_04, &["mph", "miles per hour"]),
    unit("kn", Dimension::Speed, 1852.0 / 3600.0, &["kn", "knot", "knots"]),
    unit("m/s", Dimension::Speed, 1.0, &["m/s", "metres per second", "meters per second"]),
    // Duration (base: second). Months and years are Julian: exact by definition, and what
    // a reader means by "a six-month trip" or "three years".
    unit("s", Dimension::Duration, 1.0, &["s", "sec", "secs", "second", "seconds"]),
    unit("min", Dimension::Duration, 60.0, &["min", "mins", "minute", "minutes"]),
    unit("h", Dimension::Duration, 3600.0, &["h", "hr", "hrs", "hour", "hours"]),
    unit("d", Dimension::Duration, 86_400.0, &["d", "day", "days"]),
    unit("wk", Dimension::Duration, 604_800.0, &["wk", "wks", "week", "weeks"]),
    unit("mo", Dimension::Duration, 2_629_800.0, &["mo", "month", "months"]),
    unit("yr", Dimension::Duration, 31_557_600.0, &["yr", "yrs", "year", "years"]),
    // Percent.
    unit("%", Dimension::Percent, 1.0, &["%", "percent", "percents", "per cent", "pct", "percentage"]),
    unit("pp", Dimension::Points, 1.0, &["pp", "percentage point", "percentage points", "percent point", "percent points", "per cent point", "per cent points"]),
    unit("bp", Dimension::Points, 0.01, &["bp", "bps", "basis point", "basis points"]),
    // Frequency (base: hertz), data (base: byte, decimal prefixes as drives are sold) and
    // energy (base: joule).
    unit("Hz", Dimension::Frequency, 1.0, &["Hz", "hertz"]),
    unit("kHz", Dimension::Frequency, 1e3, &["kHz", "kilohertz"]),
    unit("MHz", Dimension::Frequency, 1e6, &["MHz", "megahertz"]),
    unit("GHz", Dimension::Frequency, 1e9, &["GHz", "gigahertz"]),
    unit("byte", Dimension::Data, 1.0, &["byte", "bytes"]),
    unit("KB", Dimension::Data, 1e3, &["KB", "kilobyte", "kilobytes"]),
    unit("MB", Dimension::Data, 1e6, &["MB", "megabyte", "megabytes"]),
    unit("GB", Dimension::Data, 1e9, &["GB", "gigabyte", "gigabytes"]),
    unit("TB", Dimension::Data, 1e12, &["TB", "terabyte", "terabytes"]),
    unit("J", Dimension::Energy, 1.0, &["J", "joule", "joules"]),
    unit("kJ", Dimension::Energy, 1e3, &["kJ", "kilojoule", "kilojoules"]),
    unit("MJ", Dimension::Energy, 1e6, &["MJ", "megajoule", "megajoules"]),
    unit("kWh", Dimension::Energy, 3.6e6, &["kWh", "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"]),
    unit("MWh", Dimension::Energy, 3.6e9, &["MWh", "megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours"]),
    unit("GWh", Dimension::Energy, 3.6e12, &["GWh", "gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours"]),
    unit("eV", Dimension::Energy, 1.602_176_634e-19, &["eV", "electronvolt", "electronvolts", "electron volt", "electron volts"]),
    unit("keV", Dimension::Energy, 1.602_176_634e-16, &["keV"]),
    unit("MeV", Dimension::Energy, 1.602_176_634e-13, &["MeV"]),
    unit("GeV", Dimension::Energy, 1.602_176_634e-10, &["GeV"]),
    unit("TeV", Dimension::Energy, 1.602_176_634e-7, &["TeV"]),
    // Temperature (base: kelvin), the one dimension with offsets; "degrees" alone is no
    // unit (an angle, or a scale the text leaves unsaid).
    affine("°C", 1.0, 273.15, &["°C", "ºC", "° C", "C", "degC", "degree Celsius", "degrees Celsius", "Celsius", "degree centigrade", "degrees centigrade", "centigrade"]),
    affine("°F", 5.0 / 9.0, 273.15 - 32.0 * 5.0 / 9.0, &["°F", "ºF", "° F", "F", "degF", "degree Fahrenheit", "degrees Fahrenheit", "Fahrenheit"]),
    affine("K", 1.0, 0.0, &["K", "kelvin", "kelvins"]),
    // Earthquake magnitudes: every scale compares as the number it gives. In articles "on
    // the Richter scale" reads as this unit; "magnitude 6.8" is a number on the scale of
    // the word "magnitude" (see `check::quantity`).
    unit("Mw", Dimension::Magnitude, 1.0, &["Mw", "Mww", "ML", "Ms", "moment magnitude", "Richter"]),
    // Gross tonnage: a ship's volume, never a mass.
    unit("GT", Dimension::Tonnage, 1.0, &["GT", "gross ton", "gross tons", "gross tonnage", "gross tonne", "gross tonnes"]),
    // Money: each currency is its own base unit.
    unit("USD", Dimension::Money, 1.0, &["USD", "$", "US$", "dollar", "dollars", "US dollar", "US dollars", "buck", "bucks"]),
    unit("EUR", Dimension::Money, 1.0, &["EUR", "€", "euro", "euros"]),
    unit("GBP", Dimension::Money, 1.0, &["GBP", "£", "pound sterling", "pounds sterling", "sterling"]),
    unit("JPY", Dimension::Money, 1.0, &["JPY", "¥", "yen"]),
    unit("CNY", Dimension::Money, 1.0, &["CNY", "RMB", "yuan", "renminbi"]),
    unit("RUB", Dimension::Money, 1.0, &["RUB", "₽", "rouble", "roubles", "ruble", "rubles"]),
    unit("UAH", Dimension::Money, 1.0, &["UAH", "₴", "hryvnia", "hryvnias"]),
    unit("INR", Dimension::Money, 1.0, &["INR", "₹", "Rs", "rupee", "rupees", "Indian rupee", "Indian rupees"]),
    unit("PKR", Dimension::Money, 1.0, &["PKR", "Pakistani rupee", "Pakistani rupees"]),
    unit("CAD", Dimension::Money, 1.0, &["CAD", "C$", "Canadian dollar", "Canadian dollars"]),
    unit("AUD", Dimension::Money, 1.0, &["AUD", "A$", "AU$", "Australian dollar", "Australian dollars"]),
    unit("NZD", Dimension::Money, 1.0, &["NZD", "NZ$", "New Zealand dollar", "New Zealand dollars"]),
    unit("HKD", Dimension::Money, 1.0, &["HKD", "HK$", "Hong Kong dollar", "Hong Kong dollars"]),
    unit("SGD", Dimension::Money, 1.0, &["SGD", "S$", "Singapore dollar", "Singapore dollars"]),
    unit("TWD", Dimension::Money, 1.0, &["TWD", "NT$", "Taiwan dollar", "Taiwan dollars", "New Taiwan dollar", "New Taiwan dollars"]),
    unit("BRL", Dimension::Money, 1.0, &["BRL", "R$", "reais", "Brazilian real", "Brazilian reais"]),
    unit("ZAR", Dimension::Money, 1.0, &["ZAR", "rand", "South African rand"]),
    unit("SEK", Dimension::Money, 1.0, &["SEK", "Swedish krona", "Swedish kronor"]),
    unit("NOK", Dimension::Money, 1.0, &["NOK", "Norwegian krone", "Norwegian kroner"]),
    unit("DKK", Dimension::Money, 1.0, &["DKK", "Danish krone", "Danish kroner"]),
    unit("AED", Dimension::Money, 1.0, &["AED", "dirham", "dirhams", "UAE dirham", "UAE dirhams"]),
    unit("CHF", Dimension::Money, 1.0, &["CHF", "Swiss franc", "Swiss francs"]),
    unit("KRW", Dimension::Money, 1.0, &["KRW", "₩", "South Korean won"]),
    unit("KPW", Dimension::Money, 1.0, &["KPW", "North Korean won"]),
    unit("ILS", Dimension::Money, 1.0, &["ILS", "₪", "shekel", "shekels"]),
    unit("TRY", Dimension::Money, 1.0, &["TRY", "₺", "Turkish lira", "Turkish liras"]),
    unit("MXN", Dimension::Money, 1.0, &["MXN", "Mex$", "Mexican peso", "Mexican pesos"]),
    unit("MYR", Dimension::Money, 1.0, &["MYR", "RM", "ringgit", "ringgits", "Malaysian ringgit", "Malaysian ringgits"]),
    unit("SAR", Dimension::Money, 1.0, &["SAR", "riyal", "riyals", "Saudi riyal", "Saudi riyals"]),
    unit("QAR", Dimension::Money, 1.0, &["QAR", "Qatari riyal", "Qatari riyals"]),
    unit("IRR", Dimension::Money, 1.0, &["IRR", "rial", "rials", "Iranian rial", "Iranian rials"]),
    unit("EGP", Dimension::Money, 1.0, &["EGP", "Egyptian pound", "Egyptian pounds"]),
    unit("LBP", Dimension::Money, 1.0, &["LBP", "Lebanese pound", "Lebanese pounds"]),
    unit("KWD", Dimension::Money, 1.0, &["KWD", "Kuwaiti dinar", "Kuwaiti dinars"]),
    unit("BGN", Dimension::Money, 1.0, &["BGN", "lev", "leva"]),
    unit("MNT", Dimension::Money, 1.0, &["MNT", "tugrik", "tugriks"]),
    unit("PLN", Dimension::Money, 1.0, &["PLN", "zloty", "zlotys"]),
    unit("BTC", Dimension::Money, 1.0, &["BTC", "bitcoin", "bitcoins"]),
    // Hundredths of whichever currency the text is about: "34 cents", "470 pence". They
    // convert to nothing, and add to a currency written before them ("3 dollars 50 cents").
    unit("¢", Dimension::Money, 1.0, &["¢", "c", "cent", "cents"]),
    unit("p", Dimension::Money, 1.0, &["p", "pence", "penny", "pennies"]),
];

const fn unit(
    symbol: &'static str,
    dimension: Dimension,
    to_base: f64,
    names: &'static [&'static str],
) -> Unit {
    Unit {
        symbol,
        dimension,
        to_base,
        offset: 0.0,
        names,
    }
}

/// A temperature scale: kelvin = value × `to_base` + `offset`.
const fn affine(
    symbol: &'static str,
    to_base: f64,
    offset: f64,
    names: &'static [&'static str],
) -> Unit {
    Unit {
        symbol,
        dimension: Dimension::Temperature,
        to_base,
        offset,
        names,
    }
}

/// The unit `name` spells, if any. Inner white space is free (`per  cent`); see the module
/// doc for the case rules.
pub fn lookup(name: &str) -> Option<&'static Unit> {
    let name = normalize_spaces(name);
    let index = &*INDEX;
    if name.chars().count() <= 2 {
        index.symbols.get(name.as_ref()).copied()
    } else if name.is_ascii() {
        // Lower-cased on the stack: units are looked up for many capitalised words ("The").
        let mut buffer = [0; 32];
        let lower = crate::text::case::lower_into(&name, &mut buffer);
        index.words.get(lower.as_ref()).copied()
    } else if name.bytes().any(|b| b.is_ascii_uppercase()) {
        index.words.get(&name.to_ascii_lowercase()).copied()
    } else {
        index.words.get(name.as_ref()).copied()
    }
}

/// The currency sign `text` starts with (`$61` → `$`, USD), longest sign first so that
/// `US$` wins over `$`.
pub fn currency_sign_prefix(text: &str) -> Option<(&'static str, &'static Unit)> {
    let first = text.chars().next()?;
    INDEX
        .signs
        .get(&first)?
        .iter()
        .find(|(sign, _)| text.starts_with(sign))
        .copied()
}

/// [`UNITS`] indexed by spelling, built once: extraction looks up every word of an article.
struct Index {
    /// Spellings of one or two characters, which match exactly (`m`, not `M`).
    symbols: HashMap<&'static str, &'static Unit>,
    /// Longer spellings, lower-cased, which match in any case (`Miles`, `USD`).
    words: HashMap<String, &'static Unit>,
    /// Currency signs by their first character, longest first: most tokens start none.
    signs: HashMap<char, Vec<(&'static str, &'static Unit)>>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let spellings = || {
        UNITS
            .iter()
            .flat_map(|unit| unit.names.iter().map(move |name| (*name, unit)))
    };
    let (short, long): (Vec<_>, Vec<_>) =
        spellings().partition(|(name, _)| name.chars().count() <= 2);
    let mut signs: Vec<_> = spellings()
        .filter(|(name, unit)| unit.dimension == Dimension::Money && is_sign(name))
        .collect();
    signs.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    let mut signs_by_first: HashMap<char, Vec<_>> = HashMap::new();
    for (sign, unit) in signs {
        let first = sign.chars().next().expect("a currency sign is not empty");
        signs_by_first.entry(first).or_default().push((sign, unit));
    }
    Index {
        symbols: short.into_iter().collect(),
        words: long
            .into_iter()
            .map(|(name, unit)| (name.to_ascii_lowercase(), unit))
            .collect(),
        signs: signs_by_first,
    }
});

/// The known spelling closest to an unknown `name`, for "did you mean 'km'?".
///
/// A spelling that differs only in case comes first (`KM` → `km`); otherwise the closest by
/// edit distance, the canonical symbol winning a tie, then the earlier spelling in [`UNITS`].
pub fn suggest(name: &str) -> Option<&'static str> {
    if name.trim().is_empty() {
        return None;
    }
    let spellings = || UNITS.iter().flat_map(|unit| unit.names.iter().copied());
    let canonical = UNITS.iter().map(|unit| unit.symbol);
    spellings()
        .find(|known| known.eq_ignore_ascii_case(name))
        .or_else(|| crate::suggest::closest(name, canonical.chain(spellings())))
}

/// `name` with its words apart by one space; borrowed when they already are, as in every
/// token and span of an article.
fn normalize_spaces(name: &str) -> Cow<'_, str> {
    let normal = !name.starts_with(' ')
        && !name.ends_with(' ')
        && !name.contains("  ")
        && name.chars().all(|c| c == ' ' || !c.is_whitespace());
    if normal {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(name: &str) -> &'static Unit {
        lookup(name).unwrap_or_else(|| panic!("{name} is not a unit"))
    }

    #[test]
    fn every_spelling_finds_its_unit() {
        for unit in UNITS {
            for name in unit.names {
                assert_eq!(lookup(name).map(|u| u.symbol), Some(unit.symbol), "{name}");
            }
        }
    }

    #[test]
    fn spellings_are_unique_and_include_the_symbol() {
        let mut seen = std::collections::HashSet::new();
        for unit in UNITS {
            assert!(unit.names.contains(&unit.symbol), "{}", unit.symbol);
            for name in unit.names {
                // As `lookup` reads them: short names exactly, longer ones in any case.
                let key = if name.chars().count() <= 2 {
                    (*name).to_string()
                } else {
                    name.to_lowercase()
                };
                assert!(seen.insert(key), "{name} twice");
            }
        }
    }

    #[test]
    fn short_symbols_are_case_sensitive_and_words_are_not() {
        assert_eq!(unit("m").symbol, "m");
        assert!(lookup("M").is_none());
        assert!(lookup("KM").is_none());
        assert_eq!(unit("Kilometres").symbol, "km");
        assert_eq!(unit("MILES").symbol, "mi");
        assert_eq!(unit("usd").symbol, "USD");
        assert_eq!(unit("Eur").symbol, "EUR");
        assert_eq!(unit("KM/H").symbol, "km/h");
    }

    #[test]
    fn multi_word_names_accept_any_spacing() {
        assert_eq!(unit("per cent").symbol, "%");
        assert_eq!(unit("per   cent").symbol, "%");
        assert_eq!(unit("Nautical Miles").symbol, "nmi");
        assert_eq!(unit("metric tons").symbol, "t");
    }

    #[test]
    fn pounds_are_mass_and_sterling_is_money() {
        assert_eq!(unit("pounds").dimension, Dimension::Mass);
        assert_eq!(unit("£").symbol, "GBP");
        assert_eq!(unit("pounds sterling").symbol, "GBP");
    }

    #[test]
    fn tons_are_short_tons() {
        assert_eq!(unit("tons").symbol, "ton");
        assert_eq!(unit("tons").convert(1.0, unit("kg")), Some(907.184_74));
        assert_eq!(unit("tonnes").symbol, "t");
    }

    fn assert_converts(value: f64, from: &str, to: &str, expected: f64) {
        let converted = unit(from).convert(value, unit(to)).unwrap_or(f64::NAN);
        let tolerance = expected.abs() * 1e-12;
        assert!(
            (converted - expected).abs() <= tolerance,
            "{value} {from} = {converted} {to}"
        );
    }

    #[test]
    fn converts_with_exact_factors() {
        assert_converts(550.0, "mi", "km", 885.1392);
        assert_converts(885.0, "km", "mi", 549.913_505_130_040_6);
        assert_converts(1.0, "nmi", "m", 1852.0);
        assert_converts(1.0, "ft", "m", 0.3048);
        assert_converts(1.0, "yd", "ft", 3.0);
        assert_converts(1.0, "lb", "kg", 0.453_592_37);
        assert_converts(16.0, "oz", "lb", 1.0);
        assert_converts(1.0, "t", "kg", 1000.0);
        assert_converts(1.0, "mph", "m/s", 0.447_04);
        assert_converts(1.0, "kn", "km/h", 1.852);
        assert_converts(1.0, "sq mi", "acre", 640.0);
        assert_converts(1.0, "km²", "ha", 100.0);
        assert_converts(16.25, "nanometers", "m", 16.25e-9);
        assert_converts(2.0, "picometre", "mm", 2e-9);
        assert_converts(3.0, "microns", "mm", 0.003);
        assert_converts(250.0, "mg", "g", 0.25);
        assert_converts(2.8, "GHz", "MHz", 2800.0);
        assert_converts(8.0, "GB", "MB", 8000.0);
        assert_converts(1.0, "kWh", "kJ", 3600.0);
        assert_converts(1.0, "TeV", "GeV", 1000.0);
        assert_eq!(unit("km").convert(885.0, unit("kilometres")), Some(885.0));
    }

    #[test]
    fn temperatures_convert_with_their_offset_and_differences_without() {
        assert_converts(100.0, "°C", "°F", 212.0);
        assert_converts(47.0, "°F", "°C", 8.333_333_333_333_334);
        assert_converts(-40.0, "degrees Celsius", "Fahrenheit", -40.0);
        assert_converts(0.0, "°C", "K", 273.15);
        let difference = unit("°C").convert_difference(2.0, unit("°F"));
        assert!(
            difference.is_some_and(|d| (d - 3.6).abs() < 1e-12),
            "{difference:?}"
        );
        assert_eq!(unit("°C").to_base_value(0.0), 273.15);
    }

    #[test]
    fn magnitudes_and_gross_tonnage_are_their_own_dimensions() {
        assert_eq!(unit("Richter").convert(6.8, unit("Mw")), Some(6.8));
        assert_eq!(unit("ML").dimension, Dimension::Magnitude);
        assert_eq!(unit("gross tons").convert(95_000.0, unit("t")), None);
        assert_eq!(unit("GT").convert(1.0, unit("tons")), None);
        assert_eq!(unit("gross tonnage").symbol, "GT");
    }

    #[test]
    fn does_not_convert_across_dimensions_or_currencies() {
        assert_eq!(unit("km").convert(1.0, unit("kg")), None);
        assert_eq!(unit("%").convert(1.0, unit("km")), None);
        assert_eq!(unit("$").convert(1.0, unit("€")), None);
        assert_eq!(unit("$").convert(2.0, unit("dollars")), Some(2.0));
    }

    #[test]
    fn finds_currency_signs_before_numbers() {
        let sign = |text| currency_sign_prefix(text).map(|(name, unit)| (name, unit.symbol));
        assert_eq!(sign("$61"), Some(("$", "USD")));
        assert_eq!(sign("US$61"), Some(("US$", "USD")));
        assert_eq!(sign("€5"), Some(("€", "EUR")));
        assert_eq!(sign("£5"), Some(("£", "GBP")));
        assert_eq!(sign("¥5"), Some(("¥", "JPY")));
        assert_eq!(sign("61"), None);
        assert_eq!(sign("%"), None);
        assert_eq!(sign(""), None);
    }

    /// Every currency sign of [`UNITS`] is found through the index by first character,
    /// before a number, as itself: no sign can be missing from it.
    #[test]
    fn every_currency_sign_is_found_through_the_index() {
        let mut signs = 0;
        for unit in UNITS
            .iter()
            .filter(|unit| unit.dimension == Dimension::Money)
        {
            for name in unit.names.iter().filter(|name| is_sign(name)) {
                let found = currency_sign_prefix(&format!("{name}5"));
                assert_eq!(
                    found.map(|(sign, u)| (sign, u.symbol)),
                    Some((*name, unit.symbol))
                );
                signs += 1;
            }
        }
        assert!(signs > 5, "{signs}");
    }

    #[test]
    fn spaces_are_normalised_and_borrowed_when_single() {
        for name in [
            "per cent",
            "per  cent",
            " km ",
            "nautical\tmiles",
            "",
            "km\u{a0}h",
        ] {
            let joined = name.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(normalize_spaces(name), joined, "{name:?}");
        }
        assert!(matches!(normalize_spaces("per cent"), Cow::Borrowed(_)));
        assert_eq!(lookup("Per  Cent").map(|u| u.symbol), Some("%"));
    }

    #[test]
    fn suggests_the_closest_spelling() {
        assert_eq!(suggest("kmz"), Some("km"));
        assert_eq!(suggest("kilometeres"), Some("kilometres"));
        assert_eq!(suggest("KM"), Some("km"));
        assert_eq!(suggest("milles"), Some("miles"));
        assert_eq!(suggest("percnt"), Some("percent"));
        assert_eq!(suggest("k/mh"), Some("km/h"));
        assert_eq!(suggest("zzzzzz"), None);
        assert_eq!(suggest(""), None);
    }
}

//! Packs: a generation's entries, many to a file, so that a hit is one `pread` of an open
//! file instead of opening, reading and closing a file of its own (three system calls of
//! the seven a hit cost, and the dearest: a third of a re-run's time).
//!
//! Each run that writes entries appends them to a pack of its own (`NAME.pack`) and, once
//! done, writes the pack's index (`NAME.index`: the entries' names, offsets and lengths,
//! sorted by name) under a temporary name and renames it into place. A run reads the
//! indexes there are when it starts and keeps their packs open, so a pack merged and removed
//! meanwhile is still read whole. A pack without an index (a run that ended early) is never
//! read, and is removed once it is a day old. Two runs at once write two packs.
//!
//! A pack is closed (its index written) once it holds [`ROLL`] bytes, and the run goes on
//! in a new one: a run stopped with Ctrl-C loses at most that much of its work. Every run
//! that writes adds a pack, so once more than [`MOST_PACKS`] are under half that size, they
//! are merged into one: a pre-commit run that writes one entry merges a few small packs,
//! never the archive's, and an archive of a million articles is some twenty packs.
//!
//! An index carries a format version and a checksum; a damaged one is ignored (its entries
//! miss). Entries are checked whole when read ([`super::entry`]), so a damaged pack, or an
//! entry at a wrong offset, is a miss too.

use std::collections::HashSet;
use std::fs::{self, File};
use std::hash::BuildHasher;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const INDEX_MAGIC: &[u8] = b"factlint-index\0";
/// Raised whenever the layout of an index changes.
const INDEX_FORMAT: u32 = 1;
const INDEX_HEADER: usize = INDEX_MAGIC.len() + 4 + 8 + 8;
const RECORD: usize = 3 * 8;

/// The size at which a pack is closed and the next begun.
const ROLL: u64 = 256 * 1024 * 1024;
/// Packs under half of [`ROLL`] in a generation past which they are merged.
const MOST_PACKS: usize = 8;
/// Age past which a pack without an index is taken for the leftover of a run that ended
/// early rather than one still being written.
const ORPHAN_AGE: Duration = Duration::from_secs(24 * 60 * 60);

/// Where an entry is in its pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Record {
    name: u64,
    offset: u64,
    length: u64,
}

/// The packs of a generation that had an index when the run started, open.
pub struct Packs(Vec<Pack>);

struct Pack {
    file: File,
    /// Sorted by name.
    places: Vec<Place>,
}

/// Where an entry is, as a run keeps it: 12 bytes instead of an index record's 24, since a
/// run holds one for every entry of its generation (1.2 MB at 100,000 articles). A name is
/// kept by its high half: two names alike in it are both offered, and the entry that is not
/// the article's is a miss, as a collision of whole names would be. Packs stay under 4 GB
/// ([`Writer::add`]), so offsets and lengths are 32 bits.
#[derive(Clone, Copy, Debug)]
struct Place {
    name_high: u32,
    length: u32,
    offset: u32,
}

impl Place {
    fn of(record: &Record) -> Option<Self> {
        Some(Self {
            name_high: high_half(record.name),
            length: u32::try_from(record.length).ok()?,
            offset: u32::try_from(record.offset).ok()?,
        })
    }
}

fn high_half(name: u64) -> u32 {
    (name >> 32) as u32
}

impl Packs {
    /// The packs of `generation` that have an intact index; the others are left unread.
    pub fn open(generation: &Path) -> Self {
        let packs = indexes(generation)
            .into_iter()
            .filter_map(|index| Pack::open(&index))
            .collect();
        Self(packs)
    }

    /// Reads every entry named `name` into `buffer` in turn, until `accept` takes one.
    /// (`buffer` is kept from hit to hit: no allocation per entry.)
    pub fn find<T>(
        &self,
        name: u64,
        buffer: &mut Vec<u8>,
        mut accept: impl FnMut(&[u8]) -> Option<T>,
    ) -> Option<T> {
        let high = high_half(name);
        for pack in &self.0 {
            let first = first_at_least(&pack.places, high);
            let places = pack.places[first..].iter();
            for place in places.take_while(|place| place.name_high == high) {
                if let Some(entry) = read_at(&pack.file, place, buffer)
                    && let Some(found) = accept(entry)
                {
                    return Some(found);
                }
            }
        }
        None
    }
}

/// The first of `places` (sorted) whose name's high half is not below `high`, as
/// `partition_point` finds it. Names are hashes, spread evenly, so the search starts where
/// `high` falls among evenly spread names and widens from there until it brackets the
/// answer: a few neighbouring cache lines, where a binary search over 100,000 places missed
/// the cache at every step (a tenth of a warm re-run).
fn first_at_least(places: &[Place], high: u32) -> usize {
    let below = |at: usize| places[at].name_high < high;
    let count = places.len();
    if count == 0 {
        return 0;
    }
    let guess = ((u64::from(high) * count as u64) >> 32) as usize;
    let (mut low, mut high_end) = (0, count);
    let mut step = 1;
    if below(guess) {
        // The answer is after `guess`.
        low = guess + 1;
        while let Some(probe) = guess.checked_add(step).filter(|&p| p < count) {
            if !below(probe) {
                high_end = probe;
                break;
            }
            low = probe + 1;
            step *= 2;
        }
    } else {
        // The answer is `guess` or before it.
        high_end = guess;
        while let Some(probe) = high_end.checked_sub(step) {
            if below(probe) {
                low = probe + 1;
                break;
            }
            high_end = probe;
            step *= 2;
        }
    }
    low + places[low..high_end].partition_point(|place| place.name_high < high)
}

/// The entry at `place`, read into `buffer`'s spare room in one call: no zeroing first.
/// `None` if the pack is shorter than its index says.
fn read_at<'a>(file: &File, place: &Place, buffer: &'a mut Vec<u8>) -> Option<&'a [u8]> {
    let length = place.length as usize;
    buffer.clear();
    buffer.reserve(length);
    let room = &mut buffer.spare_capacity_mut()[..length];
    let (entry, _) = rustix::io::pread(file, room, u64::from(place.offset)).ok()?;
    (entry.len() == length).then_some(entry)
}

impl Pack {
    fn open(index: &Path) -> Option<Self> {
        let (file, places) = open_pack(index, |record| Place::of(&record))?;
        Some(Self { file, places })
    }
}

/// The pack of `index`, open, and what `each` makes of the index's records, if the index is
/// intact, sorted, and every entry it lists lies within the pack (so that no damaged length
/// can size a read). The records are made one by one: a run never holds them all.
fn open_pack<T>(index: &Path, mut each: impl FnMut(Record) -> Option<T>) -> Option<(File, Vec<T>)> {
    let bytes = fs::read(index).ok()?;
    let records = index_records(&bytes)?;
    let file = File::open(index.with_extension("pack")).ok()?;
    let size = file.metadata().ok()?.len();
    let mut previous = None;
    let made = records
        .chunks_exact(RECORD)
        .map(|bytes| {
            let number = |at: usize| {
                let number = bytes.get(at..at + 8).and_then(|n| n.try_into().ok());
                u64::from_le_bytes(number.unwrap_or_default())
            };
            let record = Record {
                name: number(0),
                offset: number(8),
                length: number(16),
            };
            let in_order = previous.is_none_or(|previous| previous <= record);
            let within = record
                .offset
                .checked_add(record.length)
                .is_some_and(|end| end <= size);
            previous = Some(record);
            (in_order && within).then_some(record).and_then(&mut each)
        })
        .collect::<Option<Vec<T>>>()?;
    Some((file, made))
}

/// The index files of `generation`.
fn indexes(generation: &Path) -> Vec<PathBuf> {
    let mut files = files(generation);
    files.retain(|path| has_extension(path, "index"));
    files
}

/// The files of `generation`.
fn files(generation: &Path) -> Vec<PathBuf> {
    let listing = fs::read_dir(generation).into_iter().flatten().flatten();
    listing.map(|entry| entry.path()).collect()
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|e| e == extension)
}

fn checksum(records: &[u8]) -> u64 {
    foldhash::quality::FixedState::with_seed(1).hash_one(records)
}

/// The records of an intact index, as bytes; `None` for anything else.
fn index_records(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(INDEX_MAGIC)?;
    let (format, rest) = rest.split_first_chunk::<4>()?;
    let (count, rest) = rest.split_first_chunk::<8>()?;
    let (stored_checksum, records) = rest.split_first_chunk::<8>()?;
    let intact = u32::from_le_bytes(*format) == INDEX_FORMAT
        && u64::from_le_bytes(*count).checked_mul(RECORD as u64) == Some(records.len() as u64)
        && u64::from_le_bytes(*stored_checksum) == checksum(records);
    intact.then_some(records)
}

fn write_index(records: &[Record]) -> Vec<u8> {
    let mut body = Vec::with_capacity(records.len() * RECORD);
    for record in records {
        for number in [record.name, record.offset, record.length] {
            body.extend(number.to_le_bytes());
        }
    }
    let mut bytes = Vec::with_capacity(INDEX_HEADER + body.len());
    bytes.extend(INDEX_MAGIC);
    bytes.extend(INDEX_FORMAT.to_le_bytes());
    bytes.extend((records.len() as u64).to_le_bytes());
    bytes.extend(checksum(&body).to_le_bytes());
    bytes.extend(body);
    bytes
}

/// The pack a run writes its entries to, made at its first entry.
pub struct Writer {
    /// `NAME.pack`; its index is `NAME.index`.
    path: PathBuf,
    file: BufWriter<File>,
    written: u64,
    records: Vec<Record>,
    /// [`ROLL`] (smaller in tests).
    roll: u64,
}

impl Writer {
    /// A new pack in `generation`, named so that no other run or writer picks the name.
    pub fn create(generation: &Path) -> io::Result<Self> {
        fs::create_dir_all(generation)?;
        let path = generation.join(format!("{}.pack", unique_name()));
        let file = File::options().write(true).create_new(true).open(&path)?;
        Ok(Self {
            path,
            file: BufWriter::with_capacity(256 * 1024, file),
            written: 0,
            records: Vec::new(),
            roll: ROLL,
        })
    }

    /// Whether the pack should be closed and the next begun.
    pub fn is_full(&self) -> bool {
        self.written >= self.roll
    }

    /// Appends an entry, unless the pack would reach 4 GB ([`Place`]; a pack is closed at a
    /// sixteenth of that, so only an article of gigabytes is left out, and checked afresh).
    pub fn add(&mut self, name: u64, entry: &[u8]) -> io::Result<()> {
        let end = self.written.saturating_add(entry.len() as u64);
        if u32::try_from(end).is_err() {
            return Ok(());
        }
        self.file.write_all(entry)?;
        let length = entry.len() as u64;
        self.records.push(Record {
            name,
            offset: self.written,
            length,
        });
        self.written += length;
        Ok(())
    }

    /// Removes the pack, whose writes failed.
    pub fn abandon(self) {
        let Self { path, file, .. } = self;
        // Whatever is still buffered is not wanted: the file is going.
        let _ = file.into_parts();
        let _ = fs::remove_file(path);
    }

    /// Writes the rest of the pack, then its index (under a temporary name, renamed into
    /// place): from then on, runs read it. A pack with no entry is removed. A pack removed meanwhile (its generation evicted
    /// by another run) is given up quietly: its entries are written again by the next run
    /// that needs them.
    pub fn finish(mut self) -> io::Result<()> {
        if self.records.is_empty() {
            self.abandon();
            return Ok(());
        }
        self.file.flush()?;
        if !self.path.exists() {
            return Ok(());
        }
        // The index lists a name once: the entry written first (the same article twice in a
        // corpus, or in two merged packs; or, once in billions of articles, two whose names
        // collide, and the second is then checked again by the next run and written to its
        // pack).
        self.records.sort_unstable();
        self.records.dedup_by_key(|record| record.name);
        let index = self.path.with_extension("index");
        let temporary = self.path.with_extension("index-tmp");
        let written = fs::write(&temporary, write_index(&self.records))
            .and_then(|()| fs::rename(&temporary, &index));
        if written.is_err() {
            let _ = fs::remove_file(&temporary);
            let _ = fs::remove_file(&self.path);
        }
        written
    }
}

/// A file name no other process, and no other writer of this one, uses at once.
fn unique_name() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static WRITERS: AtomicU64 = AtomicU64::new(0);
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let writer = WRITERS.fetch_add(1, Ordering::Relaxed);
    format!("{now:x}-{}-{writer}", std::process::id())
}

/// Merges the packs of `generation` under half of [`ROLL`] into one once there are more
/// than [`MOST_PACKS`] of them, and removes packs left without an index for a day.
/// Housekeeping: whatever fails is left for the next run.
pub fn tidy(generation: &Path) -> io::Result<()> {
    tidy_below(generation, ROLL / 2)
}

fn tidy_below(generation: &Path, small: u64) -> io::Result<()> {
    let files = files(generation);
    remove_orphans(&files);
    let is_small = |index: &&PathBuf| {
        let pack = fs::metadata(index.with_extension("pack"));
        pack.is_ok_and(|pack| pack.len() < small)
    };
    let indexes = files.iter().filter(|path| has_extension(path, "index"));
    let packs: Vec<&PathBuf> = indexes.filter(is_small).collect();
    if packs.len() <= MOST_PACKS {
        return Ok(());
    }
    merge(generation, &packs)?;
    // A damaged index among them goes too: its entries were never read.
    for index in &packs {
        // The index first: a run that lists the folder now no longer reads the pack.
        if fs::remove_file(index).is_ok() {
            let _ = fs::remove_file(index.with_extension("pack"));
        }
    }
    Ok(())
}

/// Writes the entries of the packs of `indexes` to new packs of `generation`, each closed
/// when full as a run's are. A failed write removes the pack it was writing.
fn merge(generation: &Path, indexes: &[&PathBuf]) -> io::Result<()> {
    let mut merged = Writer::create(generation)?;
    let mut buffer = Vec::new();
    for index in indexes {
        let entries = open_pack(index, |record| Some((record.name, Place::of(&record)?)));
        let Some((file, entries)) = entries else {
            continue;
        };
        for (name, place) in entries {
            let Some(entry) = read_at(&file, &place, &mut buffer) else {
                continue;
            };
            if let Err(error) = merged.add(name, entry) {
                merged.abandon();
                return Err(error);
            }
            if merged.is_full() {
                merged.finish()?;
                merged = Writer::create(generation)?;
            }
        }
    }
    merged.finish()
}

/// Removes what runs that ended early left among `files` (packs without an index, and
/// temporary indexes) once it is older than [`ORPHAN_AGE`].
fn remove_orphans(files: &[PathBuf]) {
    let indexed: HashSet<PathBuf> = files
        .iter()
        .filter(|path| has_extension(path, "index"))
        .map(|index| index.with_extension("pack"))
        .collect();
    let now = SystemTime::now();
    for path in files {
        let orphan = has_extension(path, "index-tmp")
            || (has_extension(path, "pack") && !indexed.contains(path));
        if !orphan {
            continue;
        }
        let modified = fs::metadata(path).and_then(|m| m.modified());
        let old = modified.is_ok_and(|m| now.duration_since(m).unwrap_or_default() > ORPHAN_AGE);
        if old {
            let _ = fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: u64) -> Vec<u8> {
        format!("entry {n} ")
            .repeat(n as usize % 7 + 1)
            .into_bytes()
    }

    /// A finished pack of the entries named `names`.
    fn write(generation: &Path, names: impl IntoIterator<Item = u64>) {
        let mut writer = Writer::create(generation).expect("created");
        for name in names {
            writer.add(name, &entry(name)).expect("added");
        }
        writer.finish().expect("finished");
    }

    /// The entry of `name`, taken only if it is the one written for it: as an entry is
    /// taken only if it holds the article asked for. (The names of these tests share their
    /// high half, so every lookup is offered several entries.)
    fn found(packs: &Packs, name: u64) -> Option<Vec<u8>> {
        packs.find(name, &mut Vec::new(), |bytes| {
            (bytes == entry(name)).then(|| bytes.to_vec())
        })
    }

    /// The files of `generation` with `extension`, listed apart from the code under test.
    fn listed(generation: &Path, extension: &str) -> Vec<PathBuf> {
        let listing = fs::read_dir(generation).expect("listed").flatten();
        let paths = listing.map(|entry| entry.path());
        paths
            .filter(|path| path.extension().is_some_and(|e| e == extension))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn the_search_from_where_a_name_should_be_finds_what_a_binary_search_does(
            names in proptest::collection::vec(proptest::prelude::any::<u32>(), 0..300),
            bunched in 0..3usize,
            other in proptest::prelude::any::<u32>(),
        ) {
            // Names spread evenly, or bunched into a few values (repeats).
            let spread = [u32::MAX, 1000, 3][bunched];
            let mut names: Vec<u32> = names.into_iter().map(|name| name % spread).collect();
            names.sort_unstable();
            let places: Vec<Place> = names
                .iter()
                .map(|&name_high| Place { name_high, length: 0, offset: 0 })
                .collect();
            let near = names.iter().flat_map(|&n| [n, n.saturating_add(1), n.wrapping_sub(1)]);
            for high in near.chain([0, 1, u32::MAX, other]) {
                let expected = places.partition_point(|place| place.name_high < high);
                proptest::prop_assert_eq!(first_at_least(&places, high), expected);
            }
        }
    }

    #[test]
    fn entries_are_read_once_their_pack_is_finished() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut writer = Writer::create(dir.path()).expect("created");
        for name in [9, 3, 5] {
            writer.add(name, &entry(name)).expect("added");
        }
        assert!(found(&Packs::open(dir.path()), 3).is_none());
        writer.finish().expect("finished");
        let packs = Packs::open(dir.path());
        for name in [9, 3, 5] {
            assert_eq!(found(&packs, name), Some(entry(name)), "{name}");
        }
        assert!(found(&packs, 4).is_none());
    }

    #[test]
    fn a_name_is_written_once_to_a_pack_and_every_pack_is_offered_until_one_is_taken() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut writer = Writer::create(dir.path()).expect("created");
        writer.add(7, b"first").expect("added");
        writer.add(7, b"twice").expect("added");
        writer.finish().expect("finished");
        let packs = Packs::open(dir.path());
        let twice = packs.find(7, &mut Vec::new(), |bytes| {
            (bytes == b"twice").then(|| bytes.to_vec())
        });
        assert!(twice.is_none());
        let mut writer = Writer::create(dir.path()).expect("created");
        writer.add(7, b"second").expect("added");
        writer.finish().expect("finished");
        let packs = Packs::open(dir.path());
        let second = packs.find(7, &mut Vec::new(), |bytes| {
            (bytes == b"second").then(|| bytes.to_vec())
        });
        assert_eq!(second.as_deref(), Some(b"second".as_slice()));
    }

    #[test]
    fn a_damaged_index_is_ignored() {
        let dir = tempfile::tempdir().expect("temporary folder");
        write(dir.path(), 0..20);
        let index = listed(dir.path(), "index").remove(0);
        let intact = fs::read(&index).expect("read");
        for at in (0..intact.len()).step_by(7) {
            let mut damaged = intact.clone();
            damaged[at] ^= 0x10;
            fs::write(&index, &damaged).expect("written");
            let packs = Packs::open(dir.path());
            assert!(
                (0..20).all(|name| found(&packs, name).is_none()),
                "byte {at}"
            );
        }
        for cut in [0, INDEX_HEADER - 1, INDEX_HEADER + 5, intact.len() - 1] {
            fs::write(&index, &intact[..cut]).expect("written");
            assert!(found(&Packs::open(dir.path()), 0).is_none(), "cut at {cut}");
        }
    }

    #[test]
    fn an_index_that_points_past_its_pack_is_ignored() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let records = [Record {
            name: 1,
            offset: 0,
            length: u64::MAX / 2,
        }];
        fs::write(dir.path().join("x.pack"), b"short").expect("written");
        fs::write(dir.path().join("x.index"), write_index(&records)).expect("written");
        assert!(found(&Packs::open(dir.path()), 1).is_none());
    }

    #[test]
    fn many_small_packs_are_merged_and_large_ones_left() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let packs = MOST_PACKS as u64 + 2;
        for pack in 0..packs {
            // Pack `n` holds `n + 1` entries; each pack repeats the name 1000.
            write(dir.path(), (0..=pack).map(|n| 100 * pack + n).chain([1000]));
        }
        let large = listed(dir.path(), "pack")
            .into_iter()
            .map(|pack| fs::metadata(pack).expect("a pack").len())
            .max()
            .expect("packs");
        // The largest pack counts as large; the others are merged.
        tidy_below(dir.path(), large).expect("tidied");
        assert_eq!(listed(dir.path(), "index").len(), 2);
        assert_eq!(listed(dir.path(), "pack").len(), 2);
        let read = Packs::open(dir.path());
        for pack in 0..packs {
            for name in (0..=pack).map(|n| 100 * pack + n) {
                assert_eq!(found(&read, name), Some(entry(name)), "{name}");
            }
        }
        assert_eq!(found(&read, 1000), Some(entry(1000)));
        // A few small packs are left alone.
        tidy_below(dir.path(), u64::MAX).expect("tidied");
        assert_eq!(listed(dir.path(), "index").len(), 2);
    }

    #[test]
    fn a_pack_is_full_at_its_roll_size() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut writer = Writer::create(dir.path()).expect("created");
        assert_eq!(writer.roll, ROLL);
        writer.roll = 10;
        writer.add(1, b"12345").expect("added");
        assert!(!writer.is_full());
        writer.add(2, b"12345").expect("added");
        assert!(writer.is_full());
        // A pack never reaches 4 GB: offsets are 32 bits.
        writer.written = u64::from(u32::MAX) - 3;
        writer.add(3, b"12345").expect("left out");
        assert_eq!(writer.records.len(), 2);
    }

    #[test]
    fn a_pack_whose_write_fails_is_removed() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let mut writer = Writer::create(dir.path()).expect("created");
        // A full disk: every write to /dev/full fails with ENOSPC.
        let Ok(full) = File::options().write(true).open("/dev/full") else {
            return;
        };
        writer.file = BufWriter::with_capacity(16, full);
        assert!(writer.add(1, &entry(1)).is_err());
        writer.abandon();
        assert!(listed(dir.path(), "pack").is_empty());
        assert!(listed(dir.path(), "index").is_empty());
    }

    #[test]
    fn leftovers_of_runs_that_ended_early_go_once_a_day_old() {
        let dir = tempfile::tempdir().expect("temporary folder");
        write(dir.path(), [1]);
        let day_old = SystemTime::now() - ORPHAN_AGE - Duration::from_secs(60);
        for name in ["old.pack", "old.index-tmp", "new.pack"] {
            fs::write(dir.path().join(name), b"partial").expect("written");
        }
        for name in ["old.pack", "old.index-tmp"] {
            let file = File::options().write(true).open(dir.path().join(name));
            file.and_then(|f| f.set_modified(day_old)).expect("aged");
        }
        tidy(dir.path()).expect("tidied");
        assert!(!dir.path().join("old.pack").exists());
        assert!(!dir.path().join("old.index-tmp").exists());
        assert!(dir.path().join("new.pack").exists());
        assert_eq!(found(&Packs::open(dir.path()), 1), Some(entry(1)));
    }
}

//! Several word lists in one table: each word with the lists it is in, so that a word is
//! looked up once whatever lists are asked of it. The tagger and attribution read every word
//! of every sentence against a dozen lists; searching them one by one was most of their time.

use foldhash::{HashMap, HashMapExt};

/// The lists a word is in, one bit per list (a list is numbered 0 to 31).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(u32);

impl Lists {
    pub fn contains(self, list: u32) -> bool {
        self.0 & (1 << list) != 0
    }
}

#[derive(Debug)]
pub struct WordLists(HashMap<&'static str, Lists>);

impl WordLists {
    /// The table of `lists`, each numbered (below 32) and given with its words as written,
    /// which is how they are looked up. A list may be given in several parts.
    ///
    /// # Panics
    ///
    /// If a list's number is 32 or more: the lists are the program's own data.
    pub fn new<'l>(lists: impl IntoIterator<Item = (u32, &'l [&'static str])>) -> Self {
        let mut table: HashMap<&'static str, Lists> = HashMap::new();
        for (list, words) in lists {
            assert!(list < 32, "list {list}: at most 32 lists");
            for &word in words {
                table.entry(word).or_default().0 |= 1 << list;
            }
        }
        Self(table)
    }

    /// The lists `word` is in (none when it is in no list).
    pub fn lists_of(&self, word: &str) -> Lists {
        self.0.get(word).copied().unwrap_or_default()
    }

    /// The listed word equal to `word`, as the lists write it, if it is in `list`.
    pub fn find(&self, word: &str, list: u32) -> Option<&'static str> {
        let (&listed, lists) = self.0.get_key_value(word)?;
        lists.contains(list).then_some(listed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_in_every_list_that_has_it_and_no_other() {
        let table = WordLists::new([
            (0, &["that", "the"][..]),
            (3, &["that"][..]),
            (3, &["who"][..]),
        ]);
        assert!(table.lists_of("that").contains(0) && table.lists_of("that").contains(3));
        assert!(table.lists_of("the").contains(0) && !table.lists_of("the").contains(3));
        assert!(table.lists_of("who").contains(3));
        assert_eq!(table.lists_of("This"), Lists::default());
        assert_eq!(table.find("who", 3), Some("who"));
        assert_eq!(table.find("who", 0), None);
    }
}

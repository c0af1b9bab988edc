//! Indonesian word lists and outlet profiles, as data. One file per list; each entry says
//! why it is there when that is not obvious.

/// Whether a lower-case word is in a word list (`in_list!(titles::RANKS, "irjen")`): the list
/// is hashed once, on first use, so the finders' per-token lookups stay cheap however long
/// the lists grow.
macro_rules! in_list {
    ($list:path, $word:expr) => {{
        static SET: std::sync::LazyLock<$crate::lexicon::WordSet> =
            std::sync::LazyLock::new(|| $list.iter().copied().collect());
        SET.contains::<str>($word)
    }};
}
pub(crate) use in_list;

/// FNV-1a: the keys are the lexicon's own short words, fixed at build time, so the
/// collision-resistant (and several times slower) default hasher buys nothing here.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of lexicon words.
pub(crate) type WordSet =
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;
/// A map from lexicon words.
pub(crate) type WordMap<V> =
    std::collections::HashMap<&'static str, V, std::hash::BuildHasherDefault<Fnv>>;

pub(crate) mod abbreviations;
pub(crate) mod boilerplate;
pub(crate) mod calendar;
pub(crate) mod cities;
pub(crate) mod classes;
pub(crate) mod credits;
pub(crate) mod glued;
pub(crate) mod media;
pub mod outlets;
pub(crate) mod place_nouns;
pub(crate) mod places;
pub(crate) mod pronouns;
pub(crate) mod quote_marks;
pub(crate) mod read_also;
pub(crate) mod speech;
pub(crate) mod terms;
pub(crate) mod titles;

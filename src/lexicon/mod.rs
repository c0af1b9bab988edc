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

/// A word-at-a-time multiplicative hash (as rustc's FxHash): the keys are the lexicon's own
/// short words, fixed at build time, so the collision-resistant (and several times slower)
/// default hasher buys nothing here, and eight bytes a step beat FNV's one.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The table picks buckets from the low bits: bring the well-mixed high bits down.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The same little-endian word, zero-padded, built byte by byte: a copy of a
            // variable length would be a call to `memcpy` for every short word.
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |word, &b| word << 8 | u64::from(b));
            self.add(word);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
}

/// `f` of `word` in lower case: lower-cased on the stack when it is short ASCII (every
/// listed word is), without allocating.
pub(crate) fn lowered<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).unwrap_or_default())
        }
        None => f(&word.to_lowercase()),
    }
}

/// Lexicon words with a value each, and a [`Sieve`] in front of the hash map: most words asked
/// about are in no list, and one bit test answers them.
pub(crate) struct WordTable<V> {
    words: WordMap<V>,
    sieve: Sieve,
}

impl<V> WordTable<V> {
    /// The table of `words`.
    pub(crate) fn new(words: WordMap<V>) -> WordTable<V> {
        let sieve = Sieve::new(words.keys().copied());
        WordTable { words, sieve }
    }

    /// The value of `word`, if it is in the table.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        self.sieve
            .may_hold(word)
            .then(|| self.words.get(word))
            .flatten()
    }

    /// The words of the table, in no order.
    #[cfg(test)]
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.keys().copied()
    }
}

/// A set of lexicon words.
pub(crate) struct WordSet(WordTable<()>);

impl WordSet {
    /// Whether `word` is in the set.
    pub(crate) fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        self.0.get(word.as_ref()).is_some()
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> WordSet {
        WordSet(WordTable::new(iter.into_iter().map(|w| (w, ())).collect()))
    }
}

/// One bit per slot of a word's length and first, middle and last bytes, set when a word of a
/// list falls there: a bit test rejects most other words before they are hashed. A sieve has
/// 64 slots per word of its list (between one cache line and 8 KiB): with some ninety lists
/// asked about for every word, small sieves stay in cache where 8 KiB each would not.
struct Sieve {
    bits: Vec<u64>,
    /// The number of slots less one (a power of two less one).
    mask: usize,
}

/// The fewest and the most slots of a sieve.
const SIEVE_SLOTS: std::ops::RangeInclusive<usize> = 512..=1 << 16;

impl Sieve {
    /// The sieve of `words`.
    fn new<'w>(words: impl ExactSizeIterator<Item = &'w str>) -> Sieve {
        let slots = (words.len() * 64)
            .next_power_of_two()
            .clamp(*SIEVE_SLOTS.start(), *SIEVE_SLOTS.end());
        let mut sieve = Sieve {
            bits: vec![0u64; slots / 64],
            mask: slots - 1,
        };
        for word in words {
            let slot = sieve.slot(word.as_bytes());
            if let Some(w) = sieve.bits.get_mut(slot / 64) {
                *w |= 1 << (slot % 64);
            }
        }
        sieve
    }

    /// Whether `word` may be one of the sieve's words (never false when it is).
    fn may_hold(&self, word: &str) -> bool {
        let slot = self.slot(word.as_bytes());
        self.bits
            .get(slot / 64)
            .is_some_and(|w| w >> (slot % 64) & 1 == 1)
    }

    /// The slot of `word`.
    fn slot(&self, word: &[u8]) -> usize {
        let n = word.len();
        let byte = |i: usize| usize::from(word.get(i).copied().unwrap_or(0));
        let mixed = (byte(0) << 9) ^ (byte(n / 2) << 4) ^ (byte(n.saturating_sub(1)) << 1) ^ n;
        mixed.wrapping_mul(0x9E37_79B9) >> 7 & self.mask
    }
}
/// A map from lexicon words.
pub(crate) type WordMap<V> =
    std::collections::HashMap<&'static str, V, std::hash::BuildHasherDefault<WordHasher>>;

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

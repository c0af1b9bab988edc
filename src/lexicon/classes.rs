//! Word classes: the lexicon lists that the speaker rules ask about for every word, folded
//! into one table of bit sets. A token is looked up once, when it is made, and each later
//! question ("is it a rank?", "a place?") is a bit test instead of a hash lookup. The words
//! themselves stay in their own lists; this is only an index over them.

use std::sync::LazyLock;

use super::{WordMap, WordTable, lowered, place_nouns, places, pronouns, speech, titles};

/// A set of word classes (bits), as [`of`] gives them for a word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Classes(u32);

impl Classes {
    /// Whether any class of `mask` is in the set.
    pub(crate) fn any(self, mask: Classes) -> bool {
        self.0 & mask.0 != 0
    }
}

impl std::ops::BitOr for Classes {
    type Output = Classes;
    fn bitor(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }
}

/// [`pronouns::FURNITURE`].
pub(crate) const FURNITURE: Classes = Classes(1);
/// [`titles::ROLE_WORDS`].
pub(crate) const ROLE_WORD: Classes = Classes(1 << 1);
/// [`titles::HONORIFICS`].
pub(crate) const HONORIFIC: Classes = Classes(1 << 2);
/// [`titles::RANKS`].
pub(crate) const RANK: Classes = Classes(1 << 3);
/// [`titles::DOCUMENT_HEADS`].
pub(crate) const DOCUMENT_HEAD: Classes = Classes(1 << 4);
/// [`titles::GROUP_HEADS`].
pub(crate) const GROUP_HEAD: Classes = Classes(1 << 5);
/// [`titles::ORG_HEADS`].
pub(crate) const ORG_HEAD: Classes = Classes(1 << 6);
/// [`pronouns::FIRST_PERSON`].
pub(crate) const FIRST_PERSON: Classes = Classes(1 << 7);
/// [`titles::PHRASE_STOPS`].
pub(crate) const PHRASE_STOP: Classes = Classes(1 << 8);
/// [`pronouns::CLAUSE_OPENERS`].
pub(crate) const CLAUSE_OPENER: Classes = Classes(1 << 9);
/// [`pronouns::DEMONSTRATIVES`].
pub(crate) const DEMONSTRATIVE: Classes = Classes(1 << 10);
/// [`places::PLACES`].
pub(crate) const PLACE: Classes = Classes(1 << 11);
/// [`pronouns::PERSON`].
pub(crate) const PERSON_PRONOUN: Classes = Classes(1 << 12);
/// [`pronouns::PLURAL`].
pub(crate) const PLURAL_PRONOUN: Classes = Classes(1 << 13);
/// [`place_nouns::PLACE_NOUNS`].
pub(crate) const PLACE_NOUN: Classes = Classes(1 << 14);
/// [`titles::WHOLE_ORGS`].
pub(crate) const WHOLE_ORG: Classes = Classes(1 << 15);
/// [`titles::ORG_TAILS`].
pub(crate) const ORG_TAIL: Classes = Classes(1 << 16);
/// [`speech::ADVERBS`].
pub(crate) const ADVERB: Classes = Classes(1 << 17);
/// [`titles::NAME_PARTICLES`].
pub(crate) const NAME_PARTICLE: Classes = Classes(1 << 18);
/// A one-word head of [`titles::ROLE_HEADS`] (`kapolda`).
pub(crate) const ROLE_HEAD: Classes = Classes(1 << 19);
/// The first word of a two-word head of [`titles::ROLE_HEADS`] (`kepala` of `kepala dinas`).
pub(crate) const PAIR_OPENER: Classes = Classes(1 << 20);
/// A form of [`speech::CUES`] (`ujarnya`, `mengatakan`).
pub(crate) const CUE: Classes = Classes(1 << 23);
/// [`pronouns::OBJECT_PREPOSITIONS`].
pub(crate) const OBJECT_PREPOSITION: Classes = Classes(1 << 25);
/// A report verb of [`speech::PASSIVE_REPORTS`] (`dikatakan`) or [`speech::REPORTS_INSIDE`]
/// (`nilai` in `dia nilai`).
pub(crate) const REPORT: Classes = Classes(1 << 26);
/// Set by the tokenizer: a word that starts with a capital letter.
pub(crate) const CAPITALISED: Classes = Classes(1 << 21);
/// Set by the tokenizer: a word of two letters or more, all capitals (`KPK`, `DPR-RI`).
pub(crate) const ACRONYM: Classes = Classes(1 << 22);
/// Set by the tokenizer: a word with a capital letter anywhere (`Jakarta`, `iPhone`).
pub(crate) const HAS_CAPITAL: Classes = Classes(1 << 24);
/// Set by the tokenizer: a word that may hold scraper glue other than a lower-case word glued
/// on its end: a capital after its first letter (`dariAntara`), a dot (`Jokowi.Presiden`), or a
/// character outside ASCII (not looked at closer).
pub(crate) const INNER_GLUE: Classes = Classes(1 << 27);

/// Each list with its class.
const LISTS: &[(&[&str], Classes)] = &[
    (pronouns::FURNITURE, FURNITURE),
    (titles::ROLE_WORDS, ROLE_WORD),
    (titles::HONORIFICS, HONORIFIC),
    (titles::RANKS, RANK),
    (titles::DOCUMENT_HEADS, DOCUMENT_HEAD),
    (titles::GROUP_HEADS, GROUP_HEAD),
    (titles::ORG_HEADS, ORG_HEAD),
    (pronouns::FIRST_PERSON, FIRST_PERSON),
    (titles::PHRASE_STOPS, PHRASE_STOP),
    (pronouns::CLAUSE_OPENERS, CLAUSE_OPENER),
    (pronouns::DEMONSTRATIVES, DEMONSTRATIVE),
    (places::PLACES, PLACE),
    (pronouns::PERSON, PERSON_PRONOUN),
    (pronouns::PLURAL, PLURAL_PRONOUN),
    (place_nouns::PLACE_NOUNS, PLACE_NOUN),
    (titles::WHOLE_ORGS, WHOLE_ORG),
    (titles::ORG_TAILS, ORG_TAIL),
    (speech::ADVERBS, ADVERB),
    (titles::NAME_PARTICLES, NAME_PARTICLE),
    (pronouns::OBJECT_PREPOSITIONS, OBJECT_PREPOSITION),
];

/// Every listed word with its classes.
fn listed_words() -> WordMap<Classes> {
    let mut table: WordMap<Classes> = WordMap::default();
    let mut add = |word: &'static str, class: Classes| {
        let entry = table.entry(word).or_default();
        *entry = *entry | class;
    };
    for (list, class) in LISTS {
        for word in *list {
            add(word, *class);
        }
    }
    // The dateline gazetteer's one-word places (`Garut`, `Blitar`) are places too:
    // `Kepala BPBD Banyuwangi Danang Hartanto` keeps `Banyuwangi` in the role. Lower-cased
    // once, at build time.
    let one_word = |p: &&&str| !p.contains(' ') && !super::cities::ALSO_FIRST_NAMES.contains(p);
    for place in super::cities::PLACES.iter().filter(one_word) {
        add(leaked(place.to_lowercase()), PLACE);
    }
    // `Tbk.`, `Inc.` keep their dot in a token (`PT Bank Tabungan Negara (Persero) Tbk.
    // Winang Budoyo`): the tail of an organisation's name, like `Tbk` without it.
    for abbreviation in super::abbreviations::IN_NAMES {
        add(
            leaked(format!("{}.", abbreviation.to_lowercase())),
            ORG_TAIL,
        );
    }
    for cue in speech::CUES {
        add(cue.form, CUE);
    }
    for (form, _) in speech::PASSIVE_REPORTS.iter().chain(speech::REPORTS_INSIDE) {
        add(form, REPORT);
    }
    for (head, _) in titles::ROLE_HEADS {
        match head.split_once(' ') {
            Some((first, _)) => add(first, PAIR_OPENER),
            None => add(head, ROLE_HEAD),
        }
    }
    table
}

/// The listed words, indexed twice: the short ones packed into numbers, all by their text.
struct Index {
    short: ShortWords,
    all: WordTable<Classes>,
}

/// The index of every listed word, built once.
fn index() -> &'static Index {
    static INDEX: LazyLock<Index> = LazyLock::new(|| {
        let words = listed_words();
        Index {
            short: ShortWords::new(&words),
            all: WordTable::new(words),
        }
    });
    &INDEX
}

/// Every listed word with its classes, by text.
#[cfg(test)]
fn table() -> &'static WordTable<Classes> {
    &index().all
}

/// The listed words of one to eight bytes, each [`packed`] into a number, in an open-addressed
/// table: most words of a text are that short, and a look-up is one multiplication and a
/// comparison or two of numbers, no hashing of bytes and no string comparison. A bit filter in
/// front answers most words that are in no list: it is small enough to stay in cache, where a
/// look-up in the table would wait for memory.
struct ShortWords {
    /// One bit per [`FILTER_BITS`]-bit hash, set when a listed word has that hash.
    filter: Vec<u64>,
    /// The packed words with their classes; a key of 0 marks a free slot (no packed word is 0).
    slots: Vec<(u64, Classes)>,
}

/// The bits of a word's hash that pick its bit in the filter of [`ShortWords`]: 2^15 bits
/// (4 KiB) for some two thousand short words, so that about one word in sixteen that is in
/// no list gets past it.
const FILTER_BITS: u32 = 15;

impl ShortWords {
    /// The table of the short words of `words`, a quarter full at most.
    fn new(words: &WordMap<Classes>) -> ShortWords {
        let short = words.keys().filter(|w| packed(w).is_some()).count();
        let size = (short * 4).next_power_of_two().max(16);
        let mut table = ShortWords {
            filter: vec![0; (1 << FILTER_BITS) / 64],
            slots: vec![(0, Classes::default()); size],
        };
        for (word, classes) in words {
            if let Some(key) = packed(word) {
                let bit = filter_bit(key);
                if let Some(bits) = table.filter.get_mut(bit / 64) {
                    *bits |= 1 << (bit % 64);
                }
                let mut slot = table.slot(key);
                while table.slots.get(slot).is_some_and(|&(k, _)| k != 0) {
                    slot = (slot + 1) & (size - 1);
                }
                if let Some(entry) = table.slots.get_mut(slot) {
                    *entry = (key, *classes);
                }
            }
        }
        table
    }

    /// Where the search for `key` starts.
    fn slot(&self, key: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        usize::try_from(hashed(key) >> (64 - bits)).unwrap_or(0)
    }

    /// The classes of the packed word `key` (none when it is not listed).
    fn get(&self, key: u64) -> Classes {
        let bit = filter_bit(key);
        let passes = self
            .filter
            .get(bit / 64)
            .is_some_and(|bits| bits >> (bit % 64) & 1 == 1);
        if !passes {
            return Classes::default();
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.slot(key);
        while let Some(&(k, classes)) = self.slots.get(slot) {
            if k == key {
                return classes;
            }
            if k == 0 {
                break;
            }
            slot = (slot + 1) & mask;
        }
        Classes::default()
    }
}

/// A packed word's hash: the high bits of the product mix every byte of the word.
fn hashed(key: u64) -> u64 {
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The bit of the filter of [`ShortWords`] for a packed word.
fn filter_bit(key: u64) -> usize {
    usize::try_from(hashed(key) >> (64 - FILTER_BITS)).unwrap_or(0)
}

/// A word of one to eight bytes as a number, its bytes little-endian; `None` for a longer or
/// empty word, or one ending in a zero byte (which would pack as the shorter word).
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 8 || bytes.last() == Some(&0) {
        return None;
    }
    Some(
        bytes
            .iter()
            .rev()
            .fold(0u64, |key, &b| key << 8 | u64::from(b)),
    )
}

/// A word built once for the table, kept for the life of the program.
fn leaked(word: String) -> &'static str {
    Box::leak(word.into_boxed_str())
}

/// The classes of a word given in lower case.
pub(crate) fn of(lower: &str) -> Classes {
    let index = index();
    match packed(lower) {
        Some(key) => index.short.get(key),
        None => index.all.get(lower).copied().unwrap_or_default(),
    }
}

/// The classes of the word at `start..end` of `lowered`, a lower-case text: as [`of`] gives
/// them for that slice, but a short word is packed from the eight bytes that start there at
/// once, when the text holds them, instead of byte by byte.
pub(crate) fn of_in(lowered: &str, start: usize, end: usize) -> Classes {
    let len = end.saturating_sub(start);
    let eight = lowered
        .as_bytes()
        .get(start..start + 8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok());
    match eight {
        // A word ending in a zero byte is no packed word ([`packed`]).
        Some(eight) if (1..=8).contains(&len) && eight.get(len - 1) != Some(&0) => {
            let key = u64::from_le_bytes(eight) & (u64::MAX >> (64 - 8 * len));
            index().short.get(key)
        }
        _ => lowered.get(start..end).map(of).unwrap_or_default(),
    }
}

/// The classes of a word as written: lower-cased on the stack when it is short ASCII (every
/// listed word is), without allocating.
pub(crate) fn of_written(word: &str) -> Classes {
    lowered(word, of)
}

/// Whether `word` (as written, without its dot) is a title or rank written with a dot
/// (`Prof`, `Irjen` of `Prof.`, `Irjen.`).
pub(crate) fn dotted_title(word: &str) -> bool {
    static DOTTED: LazyLock<super::WordSet> = LazyLock::new(|| {
        titles::HONORIFICS
            .iter()
            .chain(titles::RANKS)
            .filter_map(|t| t.strip_suffix('.'))
            .collect()
    });
    lowered(word, |lower| DOTTED.contains(lower))
}

/// The role heads ([`titles::ROLE_HEADS`]) that open with one word: what the word takes as
/// a head alone, and the second words that make a two-word head with it (`kepala dinas`).
#[derive(Default)]
pub(crate) struct RoleHeads {
    /// The complement the word takes as a one-word head, if it is one.
    pub(crate) alone: Option<titles::Complement>,
    /// The second words of the two-word heads it opens, with the complement each takes.
    pub(crate) pairs: WordMap<titles::Complement>,
}

/// The role heads that open with `first` (lower case), if any: one look-up tells both whether
/// it is a head alone and which words make a head with it.
pub(crate) fn role_heads(first: &str) -> Option<&'static RoleHeads> {
    static HEADS: LazyLock<WordMap<RoleHeads>> = LazyLock::new(|| {
        let mut heads: WordMap<RoleHeads> = WordMap::default();
        for (head, complement) in titles::ROLE_HEADS {
            match head.split_once(' ') {
                Some((first, second)) => {
                    heads
                        .entry(first)
                        .or_default()
                        .pairs
                        .insert(second, *complement);
                }
                None => heads.entry(head).or_default().alone = Some(*complement),
            }
        }
        heads
    });
    HEADS.get(first)
}

/// The role head of first and second word (a one-word head has an empty second word), with
/// the complement it takes.
pub(crate) fn role_head(first: &str, second: &str) -> Option<titles::Complement> {
    let heads = role_heads(first)?;
    if second.is_empty() {
        heads.alone
    } else {
        heads.pairs.get(second).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_every_list_they_are_in() {
        assert!(of("irjen").any(RANK));
        assert!(!of("irjen").any(HONORIFIC | PLACE));
        assert!(of_written("Jakarta").any(PLACE));
        assert!(of_written("KEPALA").any(PAIR_OPENER));
        assert!(of("ini").any(DEMONSTRATIVE));
        assert_eq!(of("meja"), Classes::default());
        // Longer than the stack buffer, or not ASCII: still looked up.
        assert_eq!(of_written(&"a".repeat(40)), Classes::default());
        assert_eq!(of_written("Ñandú"), Classes::default());
    }

    #[test]
    fn a_word_in_a_text_has_the_classes_of_its_slice() {
        let text = "kata irjen budi di jakarta, kepala\0 x";
        for (start, _) in text.char_indices() {
            for end in start..=text.len() {
                if let Some(word) = text.get(start..end) {
                    assert_eq!(of_in(text, start, end), of(word), "{word:?}");
                }
            }
        }
        assert!(of_in(text, 5, 10).any(RANK));
    }

    #[test]
    fn no_list_holds_punctuation() {
        // The tokenizer gives punctuation tokens no classes: one character or an entity.
        for word in table().words() {
            let one_mark = word.chars().count() == 1 && !word.chars().all(char::is_alphanumeric);
            assert!(!one_mark && !word.starts_with('&'), "{word:?}");
        }
    }

    #[test]
    fn report_verbs_are_marked() {
        // Indirect speech skips a sentence without a cue or a report verb: each must be found.
        let reports = speech::PASSIVE_REPORTS.iter().chain(speech::REPORTS_INSIDE);
        for (form, _) in reports {
            assert!(of(form).any(REPORT), "{form}");
        }
        assert!(of_written("Dikatakan").any(REPORT));
        assert!(!of("meja").any(REPORT));
    }

    #[test]
    fn gazetteer_places_but_not_first_names() {
        assert!(of("banyuwangi").any(PLACE));
        assert!(!of("bima").any(PLACE));
    }

    #[test]
    fn dotted_company_suffixes_are_organisation_tails() {
        assert!(of_written("Tbk.").any(ORG_TAIL));
        assert!(of_written("Inc.").any(ORG_TAIL));
    }

    #[test]
    fn titles_written_with_a_dot() {
        assert!(dotted_title("Prof"));
        assert!(dotted_title("IRJEN"));
        assert!(!dotted_title("Budi"));
    }

    #[test]
    fn role_heads_by_words() {
        assert_eq!(
            role_head("kepala", "desa"),
            Some(titles::Complement::Required)
        );
        assert_eq!(
            role_head("presiden", ""),
            Some(titles::Complement::Optional)
        );
        assert_eq!(role_head("kepala", "meja"), None);
    }
}

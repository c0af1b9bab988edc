//! Indonesian word lists and outlet profiles, as data. One file per list; each entry says
//! why it is there when that is not obvious.

/// Whether a lower-case word is in a word list (`in_list!(titles::RANKS, "irjen")`): the list
/// is hashed once, on first use, so the finders' per-token lookups stay cheap however long
/// the lists grow.
macro_rules! in_list {
    ($list:path, $word:expr) => {{
        static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
            std::sync::LazyLock::new(|| $list.iter().copied().collect());
        let word: &str = $word;
        SET.contains(word)
    }};
}
pub(crate) use in_list;

pub(crate) mod abbreviations;
pub(crate) mod boilerplate;
pub(crate) mod calendar;
pub(crate) mod cities;
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

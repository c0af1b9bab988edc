//! Indonesian word lists and outlet profiles, as data. One file per list; each entry says
//! why it is there when that is not obvious.

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

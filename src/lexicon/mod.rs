//! Indonesian word lists and outlet profiles, as data. One file per list; each entry says
//! why it is there when that is not obvious.

pub mod abbreviations;
pub mod outlets;
pub mod places;
pub mod pronouns;
pub mod quote_marks;
pub mod speech;
pub mod terms;
pub mod titles;

//! Indonesian word lists and outlet profiles, as data. One file per list; each entry says
//! why it is there when that is not obvious.

pub(crate) mod boilerplate;
pub(crate) mod credits;
pub mod outlets;
pub(crate) mod read_also;

//! The frame: what surrounds the story and the story's paragraphs. The stages run in this
//! order, each reading the text and the blocks of [`layout`], and what the earlier stages
//! claimed:
//!
//! 1. [`layout`] reads the text once and cuts it into blocks (lines, or the pieces of
//!    run-on text), the unit every frame finder reads;
//! 2. [`dateline`] finds the opening stamp in the first blocks (outlet names found by their
//!    first bytes, then compared);
//! 3. [`read_also`] finds the "Baca juga" lines and their headlines;
//! 4. [`boilerplate`] finds page furniture: one automaton over the whole text finds every
//!    pattern's trigger words, and a pattern runs only on the blocks holding one;
//! 5. [`credits`] finds bylines and closing codes among the blocks not yet claimed;
//! 6. [`body`] gathers what nobody claimed into the story's paragraphs, which the speech
//!    and date stages read.

pub(crate) mod body;
pub(crate) mod boilerplate;
pub(crate) mod credits;
pub(crate) mod dateline;
pub(crate) mod layout;
pub(crate) mod read_also;

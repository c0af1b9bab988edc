//! Where a date may start, found in one pass over a paragraph, and the date patterns,
//! tried only there.
//!
//! A date pattern starts with a digit, an opening bracket or one of a few words (`pukul`,
//! `kemarin`, a weekday, a number word, `pekan`): its *cue*. Most of a paragraph holds
//! none, so one Aho-Corasick pass finds the cues, and each pattern is tried, anchored, at
//! the cues of its kinds only, with the whole paragraph around so that `\b` still sees
//! what comes before. Since a match can start nowhere else, the matches are those that
//! `captures_iter` over the whole paragraph gives (leftmost-first, non-overlapping).
//!
//! The cues are ASCII. A digit of another script is `\d` too, and two letters fold to ASCII
//! under Unicode case-insensitivity, the Kelvin sign `K` and the long `ſ`, so a word cue
//! spelled with them is not seen: a paragraph holding any of these is searched whole, the
//! slow way.

use std::cell::OnceCell;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, Span, meta};

use crate::lexicon::calendar::{
    CLOCK_WORDS, NUMBER_WORDS, RELATIVE_DAYS, RELATIVE_UNITS, WEEKDAYS,
};

/// Kinds of cue, as a set: what a pattern may start with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cue(u8);

impl Cue {
    /// No cue: a pattern tried only where its caller says ([`Pattern::at`]).
    pub const NONE: Cue = Cue(0);
    /// An opening bracket, `(`.
    pub const BRACKET: Cue = Cue(1);
    /// An ASCII digit starting a word (other scripts' digits: see [`HIDDEN_CUE`]).
    pub const DIGIT: Cue = Cue(1 << 1);
    /// `pukul`, `jam`.
    pub const CLOCK: Cue = Cue(1 << 2);
    /// The first word of a relative day (`kemarin`, `hari` of `hari ini`, `tadi`).
    pub const DAY_WORD: Cue = Cue(1 << 3);
    /// The first word of a relative unit phrase: a number word, a unit, `se` and a unit.
    pub const UNIT: Cue = Cue(1 << 4);
    /// A weekday spelling.
    pub const WEEKDAY: Cue = Cue(1 << 5);

    /// Both sets together.
    pub const fn or(self, other: Cue) -> Cue {
        Cue(self.0 | other.0)
    }

    fn meets(self, other: Cue) -> bool {
        self.0 & other.0 != 0
    }
}

/// The cue automaton and the kinds of each of its patterns.
struct CueFinder {
    automaton: AhoCorasick,
    kinds: Vec<Cue>,
}

/// Every cue spelling (matched ignoring ASCII case) with its kinds, from the lexicon.
fn cue_spellings() -> Vec<(Vec<u8>, Cue)> {
    let mut spellings: Vec<(Vec<u8>, Cue)> = vec![(b"(".to_vec(), Cue::BRACKET)];
    spellings.extend((b'0'..=b'9').map(|d| (vec![d], Cue::DIGIT)));
    let words = [
        (CLOCK_WORDS.to_vec(), Cue::CLOCK),
        (
            RELATIVE_DAYS
                .iter()
                .filter_map(|(w, _)| w.split(' ').next())
                .collect(),
            Cue::DAY_WORD,
        ),
        (NUMBER_WORDS.iter().map(|(w, _)| *w).collect(), Cue::UNIT),
        (RELATIVE_UNITS.iter().map(|(w, _)| *w).collect(), Cue::UNIT),
        (WEEKDAYS.iter().map(|(w, _)| *w).collect(), Cue::WEEKDAY),
    ];
    for (list, kind) in words {
        for word in list {
            add_spelling(&mut spellings, word.to_lowercase(), kind);
        }
    }
    for (unit, _) in RELATIVE_UNITS {
        add_spelling(&mut spellings, format!("se{unit}"), Cue::UNIT);
    }
    spellings
}

/// Adds a cue spelling, or its kind to the same spelling already there.
fn add_spelling(spellings: &mut Vec<(Vec<u8>, Cue)>, spelling: String, kind: Cue) {
    let spelling = spelling.into_bytes();
    match spellings.iter_mut().find(|(s, _)| *s == spelling) {
        Some((_, kinds)) => *kinds = kinds.or(kind),
        None => spellings.push((spelling, kind)),
    }
}

static CUE_FINDER: LazyLock<CueFinder> = LazyLock::new(|| {
    let (spellings, kinds): (Vec<Vec<u8>>, Vec<Cue>) = cue_spellings().into_iter().unzip();
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(&spellings)
        .unwrap_or_else(|e| unreachable!("cue spellings: {e}"));
    CueFinder { automaton, kinds }
});

/// What the ASCII cues miss: a digit of another script (`\d` is Unicode), and the two
/// letters that Unicode case folding turns into ASCII ones (the Kelvin sign `K`, the long
/// `ſ`).
static HIDDEN_CUE: LazyLock<meta::Regex> = LazyLock::new(|| {
    meta::Regex::new(r"[\d--0-9]|[\x{212A}\x{17F}]")
        .unwrap_or_else(|e| unreachable!("hidden cue pattern: {e}"))
});

/// The cues of one paragraph, in order.
pub(super) struct Cues {
    /// Byte offset and kinds of each cue.
    hits: Vec<(usize, Cue)>,
    /// Whether a letter that folds to ASCII hides cues: then every pattern searches the
    /// whole paragraph.
    search_whole: bool,
}

impl Cues {
    /// Finds the cues of `para`. A cue other than a bracket must start a word (no ASCII
    /// letter, digit or `_` before it), since every pattern that it starts opens with `\b`.
    /// A paragraph with a cue the automaton cannot see ([`HIDDEN_CUE`]) is searched whole.
    /// The automaton reports cues leftmost-first, without overlaps; none is lost, since a
    /// spelling (letters, digits, a bracket, the apostrophe of `Jum'at`) holds no word start
    /// where another cue could begin.
    pub fn of(para: &str) -> Cues {
        if !para.is_ascii() && HIDDEN_CUE.is_match(para) {
            return Cues {
                hits: Vec::new(),
                search_whole: true,
            };
        }
        let finder = &*CUE_FINDER;
        let mut hits = Vec::new();
        for m in finder.automaton.find_iter(para) {
            let kind = finder.kinds[m.pattern().as_usize()];
            let starts_date = match kind {
                Cue::BRACKET => true,
                Cue::DIGIT => !after_word_byte(para, m.start()) && !long_number(para, m.start()),
                _ => !after_word_byte(para, m.start()),
            };
            if starts_date {
                hits.push((m.start(), kind));
            }
        }
        Cues {
            hits,
            search_whole: false,
        }
    }

    /// No cues: every pattern searches the whole paragraph, as `captures_iter` does (the
    /// reference the cues are tested against).
    #[cfg(test)]
    pub fn none() -> Cues {
        Cues {
            hits: Vec::new(),
            search_whole: true,
        }
    }

    /// The offsets of the cues of any of `kinds`.
    fn starts(&self, kinds: Cue) -> impl Iterator<Item = usize> {
        self.hits
            .iter()
            .filter(move |(_, k)| k.meets(kinds))
            .map(|(at, _)| *at)
    }
}

/// Whether three ASCII digits or more start at `at` (`2025`, the `500` of `1.500`). No date
/// starts there: every pattern reads at most two digits first and needs something other than
/// a digit after them, but for a time's bare hour (`20` of `2025`), which the time finder
/// rejects, and which ends inside the number, where no other cue is.
fn long_number(para: &str, at: usize) -> bool {
    para.as_bytes()
        .get(at..at + 3)
        .is_some_and(|digits| digits.iter().all(u8::is_ascii_digit))
}

/// Whether the byte before `at` is an ASCII letter, digit or `_` (a word character, so no
/// `\b` at `at` before another word character).
fn after_word_byte(para: &str, at: usize) -> bool {
    at.checked_sub(1)
        .and_then(|i| para.as_bytes().get(i))
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// A date pattern and the kinds of cue a match of it starts with. It must not match the
/// empty string.
pub(super) struct Pattern {
    regex: meta::Regex,
    starts: Cue,
}

impl Pattern {
    /// Compiles `pattern`, whose matches start at cues of `starts`.
    pub fn new(pattern: &str, starts: Cue) -> Pattern {
        let regex = meta::Regex::new(pattern)
            .unwrap_or_else(|e| unreachable!("date pattern {pattern:?}: {e}"));
        Pattern { regex, starts }
    }

    /// Calls `found` with each match in `para`, in order, as `captures_iter` over the whole
    /// paragraph finds them.
    pub fn each<'h>(&self, para: &'h str, cues: &Cues, mut found: impl FnMut(&Groups<'_, 'h>)) {
        let mut from = 0;
        if cues.search_whole {
            while let Some(groups) = self.search(para, from, Anchored::No) {
                found(&groups);
                from = groups.whole.end;
            }
            return;
        }
        for at in cues.starts(self.starts) {
            if at >= from {
                if let Some(groups) = self.search(para, at, Anchored::Yes) {
                    found(&groups);
                    from = groups.whole.end;
                }
            }
        }
    }

    /// The match starting at byte `at` of `text`, if any.
    pub fn at<'h>(&self, text: &'h str, at: usize) -> Option<Groups<'_, 'h>> {
        self.search(text, at, Anchored::Yes)
    }

    /// The first match in `text` from byte `from`; its groups are read when first asked for.
    fn search<'h>(&self, text: &'h str, from: usize, anchored: Anchored) -> Option<Groups<'_, 'h>> {
        let input = Input::new(text).range(from..).anchored(anchored);
        let whole = self.regex.search(&input)?.span();
        Some(Groups {
            regex: &self.regex,
            text,
            whole,
            caps: OnceCell::new(),
        })
    }
}

/// A match and its groups. Only the span of the whole match is known at first: the groups,
/// dearer to find, are read on the first question about one, so that a finder that rejects
/// a match by its text alone never pays for them.
pub(super) struct Groups<'r, 'h> {
    regex: &'r meta::Regex,
    text: &'h str,
    whole: Span,
    caps: OnceCell<Captures>,
}

impl<'h> Groups<'_, 'h> {
    /// The whole match.
    pub fn whole(&self) -> Option<Piece<'h>> {
        self.piece(self.whole)
    }

    /// The group called `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<Piece<'h>> {
        self.piece(self.captures().get_group_by_name(name)?)
    }

    /// The groups, read over the span of the match (the same match, anchored at its start).
    fn captures(&self) -> &Captures {
        self.caps.get_or_init(|| {
            let mut caps = self.regex.create_captures();
            let input = Input::new(self.text)
                .span(self.whole)
                .anchored(Anchored::Yes);
            self.regex.search_captures(&input, &mut caps);
            caps
        })
    }

    fn piece(&self, span: Span) -> Option<Piece<'h>> {
        Some(Piece {
            text: self.text.get(span.range())?,
            start: span.start,
        })
    }
}
/// A matched piece of text and where it starts.
#[derive(Clone, Copy, Debug)]
pub(super) struct Piece<'h> {
    text: &'h str,
    start: usize,
}

impl<'h> Piece<'h> {
    /// The text matched.
    pub fn as_str(&self) -> &'h str {
        self.text
    }

    /// Where it starts (byte offset).
    pub fn start(&self) -> usize {
        self.start
    }

    /// Where it ends (byte offset).
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

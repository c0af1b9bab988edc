//! Where a date may start, found in one pass over a paragraph, and the date patterns,
//! tried only there.
//!
//! A date pattern starts with a digit, an opening bracket or one of a few words (`pukul`,
//! `kemarin`, a weekday, a number word, `pekan`): its *cue*. Most of a paragraph holds
//! none, so one pass over the bytes finds the cues, and each pattern is tried, anchored, at
//! the cues of its kinds only, with the whole paragraph around so that `\b` still sees
//! what comes before. Since a match can start nowhere else, the matches are those that
//! `captures_iter` over the whole paragraph gives (leftmost-first, non-overlapping).
//!
//! Most cues start nothing (a number in `10 persen`, `hari` without `ini`), and asking a
//! regex costs far more than looking at a few bytes: each pattern has a [`Gate`], a quick
//! look at the bytes of the cue that rules out the cues where it cannot match (or can
//! only match what its finder rejects, holding no other cue of its kinds).
//!
//! The cues are ASCII. A digit of another script is `\d` too, and two letters fold to ASCII
//! under Unicode case-insensitivity, the Kelvin sign `K` and the long `ſ`, so a word cue
//! spelled with them is not seen: a paragraph holding any of these is searched whole, the
//! slow way.
//!
//! Everywhere else `\d` can only meet ASCII digits, and case folding only ASCII letters:
//! there each pattern is read by hand ([`super::read`]), at the cues its gate lets
//! through, and no regex is built. The pattern as written is built only for a paragraph
//! searched whole ([`Digits`]); the tests check the readers against it.

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, Span, meta};

use super::read::Read;
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
    /// An ASCII digit starting a word (other scripts' digits: see [`hides_cue`]).
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
}

/// Every cue word (lower case) with its kinds, from the lexicon, in the order the lexicon
/// gives them.
fn cue_words() -> Vec<(Vec<u8>, Cue)> {
    let mut spellings: Vec<(Vec<u8>, Cue)> = Vec::new();
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

/// The cue words, by their first three letters, for a quick look at each word start.
struct CueWords {
    /// For each three bytes (by [`LETTER_INDEX`]: `27 * 27 * first + 27 * second +
    /// third`, where 26 stands for any byte that is no letter), the
    /// number of their bucket in `buckets` plus one, or 0 when no cue word starts so.
    bucket_of: Vec<u8>,
    /// The words of each bucket, in lexicon order, with their kinds. Most words of the text
    /// start with three letters no cue word starts with, and are passed over at once: a test
    /// that seldom passes, where one of the first letter alone would pass half of the words
    /// and leave the processor guessing.
    buckets: Vec<Vec<(Vec<u8>, Cue)>>,
}

impl CueWords {
    fn new() -> CueWords {
        let mut words = CueWords {
            bucket_of: vec![0; 27 * 27 * 27],
            buckets: Vec::new(),
        };
        for (word, kind) in cue_words() {
            let Some(key) = three_letters(&word, 0) else {
                unreachable!("cue words have three letters first: {word:?}");
            };
            if words.bucket_of[key] == 0 {
                words.buckets.push(Vec::new());
                words.bucket_of[key] = u8::try_from(words.buckets.len())
                    .unwrap_or_else(|_| unreachable!("fewer than 256 cue buckets"));
            }
            let bucket = usize::from(words.bucket_of[key]) - 1;
            words.buckets[bucket].push((word, kind));
        }
        words
    }

    /// The kinds of the cue word that starts at byte `at` of `bytes` (ignoring ASCII
    /// case), if one does; the first listed wins.
    fn at(&self, bytes: &[u8], at: usize) -> Option<Cue> {
        let bucket = usize::from(*self.bucket_of.get(three_letters(bytes, at)?)?);
        let rest = bytes.get(at..)?;
        self.buckets
            .get(bucket.checked_sub(1)?)?
            .iter()
            .find(|(word, _)| {
                rest.get(..word.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(word))
            })
            .map(|(_, kind)| *kind)
    }
}

/// The key of the three bytes from byte `at` (letters in any case), if three bytes are
/// there: a key in which a byte other than a letter stands is never a cue word's.
fn three_letters(bytes: &[u8], at: usize) -> Option<usize> {
    let &[a, b, c] = bytes.get(at..at + 3)? else {
        return None;
    };
    let [a, b, c] = [a, b, c].map(|x| usize::from(LETTER_INDEX[usize::from(x)]));
    Some((a * 27 + b) * 27 + c)
}

/// The place in the alphabet of each byte that is an ASCII letter (`a` and `A` are 0), and
/// 26 for any other byte.
static LETTER_INDEX: [u8; 256] = {
    let mut index = [26; 256];
    let mut i = 0;
    while i < 26 {
        index[b'a' as usize + i] = i as u8;
        index[b'A' as usize + i] = i as u8;
        i += 1;
    }
    index
};

static CUE_WORDS: LazyLock<CueWords> = LazyLock::new(CueWords::new);

/// What a byte is to the cue scan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// An ASCII letter: may start a cue word.
    Letter,
    /// An ASCII digit: may start a number.
    Digit,
    /// `_`: a word byte that starts nothing.
    Underscore,
    /// `(`.
    Bracket,
    /// The first byte of a non-ASCII character, which may hide a cue ([`hides_cue`]).
    Lead,
    /// Anything else.
    Other,
}

impl ByteClass {
    /// Whether the byte is a word byte (an ASCII letter, digit or `_`), after which `\b`
    /// cannot stand before another.
    const fn is_word(self) -> bool {
        matches!(
            self,
            ByteClass::Letter | ByteClass::Digit | ByteClass::Underscore
        )
    }
}

/// Where the run of word bytes from byte `at` ends.
fn word_end(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, |b| WORD_BYTES[usize::from(b)])
}

/// Whether each byte is a word byte (an ASCII letter, digit or `_`).
static WORD_BYTES: [bool; 256] = {
    let mut word = [false; 256];
    let mut b = 0;
    while b < 256 {
        word[b] = BYTE_CLASSES[b].is_word();
        b += 1;
    }
    word
};

/// The class of every byte.
static BYTE_CLASSES: [ByteClass; 256] = {
    let mut classes = [ByteClass::Other; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => ByteClass::Letter,
            b'0'..=b'9' => ByteClass::Digit,
            b'_' => ByteClass::Underscore,
            b'(' => ByteClass::Bracket,
            0xC0..=0xFF => ByteClass::Lead,
            _ => ByteClass::Other,
        };
        b += 1;
    }
    classes
};

/// Whether the character at byte `at` of `para` hides a cue ([`hides_cue`]).
fn hides_cue_at(para: &str, at: usize) -> bool {
    para.get(at..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(hides_cue)
}

/// Whether `c` is a character the ASCII cues miss: a digit of another script (`\d` is
/// Unicode), or one of the two letters that Unicode case folding turns into ASCII ones
/// (the Kelvin sign `K`, the long `ſ`).
fn hides_cue(c: char) -> bool {
    !c.is_ascii()
        && (c == '\u{212A}'
            || c == '\u{17F}'
            || (c.is_numeric() && OTHER_DIGIT.is_match(&*c.encode_utf8(&mut [0; 4]))))
}

/// A digit, as `\d` has it: asked only about the few characters `char::is_numeric` takes,
/// which also counts fractions and superscripts (`½`, `²`) that `\d` does not.
static OTHER_DIGIT: LazyLock<meta::Regex> = LazyLock::new(|| {
    meta::Regex::new(r"\d").unwrap_or_else(|e| unreachable!("digit pattern: {e}"))
});

/// Which digits the patterns may meet in a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Digits {
    /// ASCII digits only: the paragraph holds no digit of another script (its cues are
    /// seen), so `\d` and `[0-9]` match alike.
    Ascii,
    /// Any digit `\d` takes: the paragraph is searched whole.
    Any,
}

/// A cue found: where it is and what it may start.
#[derive(Clone, Copy)]
struct CueAt {
    /// Its offset in the paragraph.
    at: usize,
    /// Its kinds.
    kinds: Cue,
}

/// The cues of one paragraph, in order.
pub(super) struct Cues {
    /// The cues, in order (one list for all kinds: a paragraph holds few cues, and one
    /// list is one allocation).
    found: Vec<CueAt>,
    /// Whether a letter that folds to ASCII hides cues: then every pattern searches the
    /// whole paragraph.
    search_whole: bool,
}

impl Cues {
    /// Finds the cues of `para`, in one pass over its bytes. A cue other than a bracket
    /// must start a word (no ASCII letter, digit or `_` before it), since every pattern
    /// that it starts opens with `\b`. A paragraph with a cue the pass cannot see
    /// ([`hides_cue`]) is searched whole.
    ///
    /// These are the cues a leftmost-first scan for the spellings would keep: a spelling
    /// (letters, digits, a bracket, the apostrophe of `Jum'at`) holds no word start where
    /// another cue could begin, so a scan that skips over each spelling found would see no
    /// more than this one does. The pass skips the rest of each word, where no cue starts.
    pub fn of(para: &str) -> Cues {
        let words = &*CUE_WORDS;
        let bytes = para.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(b) = bytes.get(at) {
            let class = BYTE_CLASSES[usize::from(*b)];
            let kind = match class {
                ByteClass::Bracket => Some(Cue::BRACKET),
                ByteClass::Digit if !long_number(bytes, at) => Some(Cue::DIGIT),
                ByteClass::Letter => words.at(bytes, at),
                ByteClass::Lead if hides_cue_at(para, at) => return Cues::whole(),
                _ => None,
            };
            if let Some(kinds) = kind {
                found.push(CueAt { at, kinds });
            }
            // The rest of a word starts nothing: no cue follows a word byte.
            at = if class.is_word() {
                word_end(bytes, at + 1)
            } else {
                at + 1
            };
        }
        Cues {
            found,
            search_whole: false,
        }
    }

    /// No cues: every pattern searches the whole paragraph, as `captures_iter` does.
    fn whole() -> Cues {
        Cues {
            found: Vec::new(),
            search_whole: true,
        }
    }

    /// No cues: every pattern searches the whole paragraph, as `captures_iter` does (the
    /// reference the cues are tested against).
    #[cfg(test)]
    pub fn none() -> Cues {
        Cues::whole()
    }

    /// Which digits the patterns may meet in the paragraph.
    pub fn digits(&self) -> Digits {
        if self.search_whole {
            Digits::Any
        } else {
            Digits::Ascii
        }
    }

    /// The offsets of the cues of any of `kinds`, in order.
    fn starts(&self, kinds: Cue) -> impl Iterator<Item = usize> + '_ {
        self.found
            .iter()
            .filter(move |f| f.kinds.0 & kinds.0 != 0)
            .map(|f| f.at)
    }
}

/// Whether three ASCII digits or more start at `at` (`2025`, the `500` of `1.500`). No date
/// starts there: every pattern reads at most two digits first and needs something other than
/// a digit after them, but for a time's bare hour (`20` of `2025`), which the time finder
/// rejects, and which ends inside the number, where no other cue is.
fn long_number(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at..at + 3)
        .is_some_and(|digits| digits.iter().all(u8::is_ascii_digit))
}

/// A date pattern and the kinds of cue a match of it starts with. It must not match the
/// empty string, but for a pattern only tried where its caller says ([`Pattern::at`]).
pub(super) struct Pattern {
    /// The pattern with `[0-9]` for `\d`, for paragraphs of [`Digits::Ascii`] when it has
    /// no reader; built when first needed.
    ascii: OnceLock<meta::Regex>,
    /// The pattern as written, for paragraphs of [`Digits::Any`]; built when first needed.
    any: OnceLock<meta::Regex>,
    /// The pattern as written.
    source: String,
    starts: Cue,
    gate: Gate,
    /// Its hand reader, for paragraphs of [`Digits::Ascii`].
    reader: Option<Reader>,
}

/// Whether a pattern may match at byte `at` (a cue) of a paragraph's bytes: `false` only
/// where it cannot, or where it could only match what its finder rejects while holding no
/// other cue of its kinds (so that skipping it changes neither the finds nor where the next
/// match may start). A paragraph searched whole asks no gate.
pub(super) type Gate = fn(&[u8], usize) -> bool;

/// A hand reader of a pattern ([`super::read`]): the match the pattern's regex gives
/// anchored at byte `at` of a paragraph of [`Digits::Ascii`], if any.
pub(super) type Reader = fn(&str, usize) -> Option<Read>;

impl Pattern {
    /// A pattern `pattern`, whose matches start at cues of `starts` that pass `gate`.
    pub fn new(pattern: &str, starts: Cue, gate: Gate) -> Pattern {
        Pattern {
            ascii: OnceLock::new(),
            any: OnceLock::new(),
            source: pattern.to_owned(),
            starts,
            gate,
            reader: None,
        }
    }

    /// The pattern, read by `reader` in paragraphs of [`Digits::Ascii`].
    pub fn read_by(self, reader: Reader) -> Pattern {
        Pattern {
            reader: Some(reader),
            ..self
        }
    }

    /// The regex that reads `digits`.
    fn regex(&self, digits: Digits) -> &meta::Regex {
        match digits {
            Digits::Ascii => self
                .ascii
                .get_or_init(|| build(&self.source.replace(r"\d", "[0-9]"))),
            Digits::Any => self.any.get_or_init(|| build(&self.source)),
        }
    }

    /// Calls `found` with each match in `para`, in order, as `captures_iter` over the whole
    /// paragraph finds them.
    pub fn each<'h>(&self, para: &'h str, cues: &Cues, mut found: impl FnMut(&Groups<'_, 'h>)) {
        let mut from = 0;
        let digits = cues.digits();
        if cues.search_whole {
            while let Some(groups) = self.search(para, from, Anchored::No, digits) {
                found(&groups);
                from = groups.whole.end;
            }
            return;
        }
        for at in cues.starts(self.starts) {
            if at >= from && (self.gate)(para.as_bytes(), at) {
                if let Some(groups) = self.at(para, at, digits) {
                    found(&groups);
                    from = groups.whole.end;
                }
            }
        }
    }

    /// The match starting at byte `at` of `text` (a paragraph whose digits are `digits`),
    /// if any.
    pub fn at<'h>(&self, text: &'h str, at: usize, digits: Digits) -> Option<Groups<'_, 'h>> {
        match (self.reader, digits) {
            (Some(reader), Digits::Ascii) => {
                let read = reader(text, at)?;
                Some(Groups {
                    digits,
                    text,
                    whole: Span::from(at..read.end),
                    source: Source::Hand(read.groups),
                })
            }
            _ => self.search(text, at, Anchored::Yes, digits),
        }
    }

    /// The first match in `text` from byte `from`; its groups are read when first asked for.
    fn search<'h>(
        &self,
        text: &'h str,
        from: usize,
        anchored: Anchored,
        digits: Digits,
    ) -> Option<Groups<'_, 'h>> {
        let regex = self.regex(digits);
        let input = Input::new(text).range(from..).anchored(anchored);
        let whole = regex.search(&input)?.span();
        Some(Groups {
            digits,
            text,
            whole,
            source: Source::Regex {
                regex,
                caps: OnceCell::new(),
            },
        })
    }
}

/// Compiles a date pattern. No prefilter is built: the searches are anchored at the cues,
/// where a prefilter cannot help, and extracting the literals of the large case-insensitive
/// alternations costs more than all the searches of a thousand articles.
fn build(pattern: &str) -> meta::Regex {
    meta::Builder::new()
        .configure(meta::Config::new().auto_prefilter(false))
        .build(pattern)
        .unwrap_or_else(|e| unreachable!("date pattern {pattern:?}: {e}"))
}

/// A match and its groups. Only the span of the whole match is known at first: the groups
/// of a regex match, dearer to find, are read on the first question about one, so that a
/// finder that rejects a match by its text alone never pays for them.
pub(super) struct Groups<'r, 'h> {
    digits: Digits,
    text: &'h str,
    whole: Span,
    source: Source<'r>,
}

/// Where the groups of a match come from.
enum Source<'r> {
    /// A regex, asked for them when first needed.
    Regex {
        regex: &'r meta::Regex,
        caps: OnceCell<Captures>,
    },
    /// A hand reader, which gave them with the match.
    Hand(Vec<(&'static str, Range<usize>)>),
}

impl<'h> Groups<'_, 'h> {
    /// The whole match.
    pub fn whole(&self) -> Option<Piece<'h>> {
        self.piece(self.whole)
    }

    /// Which digits the paragraph of the match may hold.
    pub fn digits(&self) -> Digits {
        self.digits
    }

    /// The group called `name`, when it took part in the match.
    pub fn name(&self, name: &str) -> Option<Piece<'h>> {
        let span = match &self.source {
            Source::Regex { regex, caps } => caps
                .get_or_init(|| self.captures(regex))
                .get_group_by_name(name)?,
            Source::Hand(groups) => {
                let (_, range) = groups.iter().find(|(n, _)| *n == name)?;
                Span::from(range.clone())
            }
        };
        self.piece(span)
    }

    /// The groups of a regex match, read over its span (the same match, anchored at its
    /// start).
    fn captures(&self, regex: &meta::Regex) -> Captures {
        let mut caps = regex.create_captures();
        let input = Input::new(self.text)
            .span(self.whole)
            .anchored(Anchored::Yes);
        regex.search_captures(&input, &mut caps);
        caps
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

/// A gate that lets every cue through.
pub(super) fn any_cue(_: &[u8], _: usize) -> bool {
    true
}

/// Whether `b` is ASCII white space as `\s` has it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Where the run of bytes that `holds` from byte `at` ends (a plain loop: the cheapest
/// form of this, the hottest loop of the cue scan and the gates).
fn run_end(bytes: &[u8], at: usize, holds: impl Fn(u8) -> bool) -> usize {
    let mut end = at;
    while bytes.get(end).is_some_and(|b| holds(*b)) {
        end += 1;
    }
    end
}

/// Where the run of ASCII digits from byte `at` ends.
pub(super) fn digits_end(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, |b| b.is_ascii_digit())
}

/// Where the run of ASCII white space from byte `at` ends.
pub(super) fn space_end(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, is_space)
}

/// What stands at byte `at` after a run of ASCII white space: the next byte, when it is
/// anything but an ASCII letter; else the run of ASCII letters (a word).
pub(super) enum Next<'b> {
    /// A byte that is no ASCII letter (a non-ASCII one may be Unicode white space or a
    /// letter, which a gate must let through).
    Byte(u8),
    /// ASCII letters, and where they end.
    Word(&'b [u8], usize),
    /// The end of the paragraph.
    End,
}

/// What follows the ASCII white space from byte `at` (`at` itself, when no space is there).
pub(super) fn next_after_space(bytes: &[u8], at: usize) -> Next<'_> {
    let at = space_end(bytes, at);
    let Some(rest) = bytes.get(at..) else {
        return Next::End;
    };
    let letters = run_end(rest, 0, |b| b.is_ascii_alphabetic());
    match (rest.first(), rest.get(..letters)) {
        (None, _) => Next::End,
        (Some(_), Some(word)) if letters > 0 => Next::Word(word, at + letters),
        (Some(b), _) => Next::Byte(*b),
    }
}

/// Whether `word` is one of `spellings`, ignoring ASCII case (a spelling's blanks are
/// not looked at: only single words are asked about).
pub(super) fn one_of<'a>(word: &[u8], spellings: impl IntoIterator<Item = &'a str>) -> bool {
    spellings
        .into_iter()
        .any(|s| s.as_bytes().eq_ignore_ascii_case(word))
}

/// Whether `phrase` (words of ASCII letters and single spaces) may start at byte `at`,
/// ignoring ASCII case, its spaces written as any run of white space: `false` only when
/// it surely does not (a non-ASCII byte where a space may be is let through, as Unicode
/// white space).
pub(super) fn phrase_may_start(bytes: &[u8], at: usize, phrase: &str) -> bool {
    let mut at = at;
    for (i, word) in phrase.split(' ').enumerate() {
        if i > 0 {
            let end = space_end(bytes, at);
            if bytes.get(end).is_some_and(|b| !b.is_ascii()) {
                return true;
            }
            if end == at {
                return false;
            }
            at = end;
        }
        let written = bytes.get(at..at + word.len());
        if !written.is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes())) {
            return false;
        }
        at += word.len();
    }
    true
}

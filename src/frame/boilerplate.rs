//! Page furniture: advertisement markers, embeds, promos, invitations, footers, copy tails
//! and syndication credits. The patterns are data in [`crate::lexicon::boilerplate`]; each
//! is matched inside every layout block, so inline markers in run-on text are found too.

use crate::Rule;
use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use regex::Regex;

use crate::article::{Boilerplate, BoilerplateKind, Span};
use crate::document::Document;
use crate::frame::layout::Layout;
use crate::frame::{captions, embeds};
use crate::lexicon::boilerplate::{
    Beyond, Bound, HEADLINE_SMALL_WORDS, PATTERNS, Pattern, SPANNING_PATTERNS,
};
use crate::lexicon::in_list;

/// One built-in pattern, compiled.
struct Compiled {
    /// The pattern, compiled the first time a block holds one of its triggers: a run that
    /// never meets one (a single short article) never pays for it.
    regex: OnceLock<Regex>,
    source: &'static str,
    kind: BoilerplateKind,
    rule: Rule,
    /// [`Pattern::at_block_start`].
    at_block_start: bool,
    /// [`Pattern::at_trigger`].
    at_trigger: bool,
    /// [`Pattern::gate`].
    gate: Option<fn(&str, Span) -> bool>,
    /// The regex anchored (`^(?:…)`), tried at each trigger when [`Pattern::at_trigger`].
    anchored: OnceLock<Regex>,
    /// [`Pattern::bound`].
    bound: Option<&'static Bound>,
    /// The regex of [`Beyond::Cut`], compiled with the pattern's.
    rest: OnceLock<Regex>,
}

impl Compiled {
    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            Regex::new(self.source)
                .unwrap_or_else(|e| unreachable!("boilerplate pattern {}: {e}", self.rule))
        })
    }

    /// The regex anchored at the start of what it searches, for [`Pattern::at_trigger`].
    fn anchored(&self) -> &Regex {
        self.anchored.get_or_init(|| {
            Regex::new(&format!("^(?:{})", self.source))
                .unwrap_or_else(|e| unreachable!("boilerplate pattern {}: {e}", self.rule))
        })
    }

    /// The pattern as [`add_matches`] runs it on a whole block: its regex and its bound.
    fn matcher(&self) -> Matcher<'_> {
        self.matcher_with(self.regex())
    }

    /// The pattern as [`add_matches`] runs it with `regex` (its own, or anchored).
    fn matcher_with<'r>(&'r self, regex: &'r Regex) -> Matcher<'r> {
        let bound = self.bound.map(|bound| Bounded {
            group: bound.group,
            max_chars: bound.max_chars,
            rest: match bound.beyond {
                Beyond::Drop => None,
                Beyond::Cut { rest } => Some(self.rest.get_or_init(|| {
                    Regex::new(rest)
                        .unwrap_or_else(|e| unreachable!("boilerplate rest {}: {e}", self.rule))
                })),
            },
        });
        Matcher { regex, bound }
    }
}

/// A regex with the bound the finder puts on one of its groups ([`Bound`]).
#[derive(Clone, Copy)]
struct Matcher<'r> {
    regex: &'r Regex,
    bound: Option<Bounded<'r>>,
}

/// A [`Bound`] ready to check: for a cut, with the regex of what follows the group.
#[derive(Clone, Copy)]
struct Bounded<'r> {
    group: &'static str,
    max_chars: usize,
    /// `None` drops a match over the bound ([`Beyond::Drop`]).
    rest: Option<&'r Regex>,
}

/// One match in a block: the span it reports (the `keep` group, or the whole match) and the
/// outlet it credits (the `source` group), both in the block's offsets.
struct Furniture<'t> {
    span: Span,
    /// Where the whole match ends: the next one is searched from there.
    end: usize,
    source: Option<&'t str>,
}

impl<'t> Furniture<'t> {
    /// The furniture of one match of a regex, which ends at `end`.
    fn of(caps: &regex::Captures<'t>, whole: regex::Match<'t>, end: usize) -> Furniture<'t> {
        let span = caps
            .name("keep")
            .map_or(Span::new(whole.start(), end), |m| {
                Span::new(m.start(), m.end())
            });
        Furniture {
            span,
            end,
            source: caps.name("source").map(|m| m.as_str()),
        }
    }

    /// The same furniture `by` bytes further on.
    fn shifted(self, by: usize) -> Furniture<'t> {
        Furniture {
            span: Span::new(self.span.start + by, self.span.end + by),
            end: self.end + by,
            source: self.source,
        }
    }
}

impl Matcher<'_> {
    /// The matches in `slice`, in order, as `captures_iter` finds them, with the bound put on
    /// them. A regex without groups is run by `find_iter`, which needs no capture engine.
    fn furniture<'t>(&self, slice: &'t str) -> Vec<Furniture<'t>> {
        match self.bound {
            None if self.regex.captures_len() == 1 => self
                .regex
                .find_iter(slice)
                .map(|m| Furniture {
                    span: Span::new(m.start(), m.end()),
                    end: m.end(),
                    source: None,
                })
                .collect(),
            Some(Bounded {
                rest: Some(rest), ..
            }) => self.cut(slice, rest),
            _ => self
                .regex
                .captures_iter(slice)
                .filter_map(|caps| {
                    let whole = caps.get(0)?;
                    self.within_bound(&caps)
                        .then(|| Furniture::of(&caps, whole, whole.end()))
                })
                .collect(),
        }
    }

    /// The matches in `slice` of an anchored regex tried at each of `starts` (ascending), as
    /// the unanchored regex finds them when every match starts at one of them: each start
    /// inside a match found is passed over.
    fn furniture_at<'t>(&self, slice: &'t str, starts: &[usize]) -> Vec<Furniture<'t>> {
        let mut found = Vec::new();
        let mut at = 0;
        for &start in starts {
            if start < at {
                continue;
            }
            let window = slice.get(start..).unwrap_or("");
            if let Some(m) = self.furniture(window).into_iter().next() {
                let m = m.shifted(start);
                at = m.end.max(start + 1);
                found.push(m);
            }
        }
        found
    }

    /// Whether the bounded group of a match, if any, holds no more than its bound.
    fn within_bound(&self, caps: &regex::Captures<'_>) -> bool {
        self.bound.is_none_or(|b| {
            caps.name(b.group)
                .is_none_or(|g| g.as_str().chars().nth(b.max_chars).is_none())
        })
    }

    /// The matches of a regex whose bounded group is cut ([`Beyond::Cut`]): each goes on with
    /// `rest` from where the group stops, and the next is searched from there.
    fn cut<'t>(&self, slice: &'t str, rest: &Regex) -> Vec<Furniture<'t>> {
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(caps) = self.regex.captures_at(slice, at) {
            let (Some(whole), Some(bound)) = (caps.get(0), self.bound) else {
                break;
            };
            let group_end = caps.name(bound.group).map_or(whole.end(), |g| {
                g.as_str()
                    .char_indices()
                    .nth(bound.max_chars)
                    .map_or(g.end(), |(i, _)| g.start() + i)
            });
            let end = group_end
                + slice
                    .get(group_end..)
                    .and_then(|after| rest.find(after))
                    .map_or(0, |m| m.end());
            found.push(Furniture::of(&caps, whole, end));
            // An empty match (a cut pattern has none) moves the search on by one character.
            at = slice
                .get(whole.start()..)
                .and_then(|s| s.chars().next())
                .map_or(slice.len() + 1, |c| whole.start() + c.len_utf8())
                .max(end);
            if at > slice.len() {
                break;
            }
        }
        found
    }
}

/// A list of patterns with one automaton over all their triggers.
struct PatternSet {
    patterns: Vec<Compiled>,
    /// Finds the longest trigger that starts at a position in the lower-case copy of the
    /// text ([`Document::lowered`]): over the distinct triggers of all patterns. Searched
    /// case-sensitively, so that a single trigger is found by a substring search.
    triggers: AhoCorasick,
    /// For each trigger of the automaton, every trigger it starts with (itself included):
    /// what occurs where it occurs.
    implied: Vec<Vec<Implied>>,
}

/// A trigger of one pattern, found where a longer one (or itself) is.
struct Implied {
    /// Its length in bytes.
    len: usize,
    /// The index of the pattern that owns it.
    pattern: usize,
    /// The trigger as written when it has a capital: the text must spell it so.
    exact: Option<&'static str>,
}

impl Implied {
    /// Whether the trigger occurs in `text` at byte `start`, where the automaton found its
    /// lower-case form.
    fn occurs(&self, text: &str, start: usize) -> bool {
        self.exact.is_none_or(|written| {
            text.as_bytes().get(start..start + self.len) == Some(written.as_bytes())
        })
    }
}

impl PatternSet {
    fn new(patterns: &'static [Pattern]) -> PatternSet {
        let compiled = patterns
            .iter()
            .map(|p| Compiled {
                regex: OnceLock::new(),
                source: p.regex,
                kind: p.kind,
                rule: p.rule,
                at_block_start: p.at_block_start,
                at_trigger: p.at_trigger,
                gate: p.gate,
                anchored: OnceLock::new(),
                bound: p.bound.as_ref(),
                rest: OnceLock::new(),
            })
            .collect();
        // Each trigger as written, in lower case, and its pattern.
        let owned: Vec<(&'static str, String, usize)> = patterns
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                p.triggers
                    .iter()
                    .map(move |t| (*t, t.to_ascii_lowercase(), i))
            })
            .collect();
        let mut distinct: Vec<&str> = owned.iter().map(|(_, lower, _)| lower.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let implied = distinct
            .iter()
            .map(|long| {
                owned
                    .iter()
                    .filter(|(_, short, _)| long.starts_with(short.as_str()))
                    .map(|(written, short, pattern)| Implied {
                        len: short.len(),
                        pattern: *pattern,
                        exact: (written != short).then_some(*written),
                    })
                    .collect()
            })
            .collect();
        let triggers = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            // One trigger is found by a substring search far faster than by the automaton;
            // for many, the automaton's prefilter stops at so many candidates that it is
            // slower than the automaton alone (measured: 2.5 times the instructions).
            .prefilter(distinct.len() == 1)
            .build(&distinct)
            .unwrap_or_else(|e| unreachable!("boilerplate triggers: {e}"));
        PatternSet {
            patterns: compiled,
            triggers,
            implied,
        }
    }

    /// Where each pattern's triggers occur in the document, ordered by start. The
    /// automaton reads the lower-case copy (the triggers' lower-case forms); a trigger
    /// written with a capital is then checked against the text. The automaton is asked for
    /// the longest trigger at each position where one starts (searching again from the
    /// next byte after each), which is faster than an overlapping search; the shorter
    /// triggers there are its prefixes.
    fn hits(&self, doc: &Document<'_>) -> Vec<TriggerHit> {
        let mut hits = Vec::new();
        let mut from = 0;
        while let Some(m) = self.triggers.find(Input::new(doc.lowered()).range(from..)) {
            let implied = self.implied.get(m.pattern().as_usize());
            hits.extend(
                implied
                    .into_iter()
                    .flatten()
                    .filter(|trigger| trigger.occurs(doc.text, m.start()))
                    .map(|trigger| TriggerHit {
                        span: Span::new(m.start(), m.start() + trigger.len),
                        pattern: trigger.pattern,
                    }),
            );
            from = m.start() + 1;
        }
        hits
    }
}

/// A trigger found in the text: where, and whose.
#[derive(Clone, Copy)]
struct TriggerHit {
    span: Span,
    pattern: usize,
}

/// The built-in patterns, compiled once.
static BUILTIN: LazyLock<PatternSet> = LazyLock::new(|| PatternSet::new(PATTERNS));
static SPANNING: LazyLock<PatternSet> = LazyLock::new(|| PatternSet::new(SPANNING_PATTERNS));

/// Finds boilerplate: the built-in kinds first, then the caller's patterns. Matches never
/// overlap (an earlier pattern wins); the result is in text order. A built-in pattern runs
/// only on the blocks that hold one of its triggers.
pub(crate) fn find(
    doc: &Document<'_>,
    extra: &[(Regex, BoilerplateKind)],
    read_also: &[Span],
) -> Vec<Boilerplate> {
    let (text, layout) = (doc.text, &doc.layout);
    let mut found: Vec<Boilerplate> = Vec::new();
    let spanning: Vec<usize> = SPANNING.hits(doc).iter().map(|h| h.pattern).collect();
    // One ledger for the whole text: what a spanning pattern took, no block pattern takes.
    let mut taken = Taken::default();
    for (i, p) in SPANNING.patterns.iter().enumerate() {
        if spanning.contains(&i) {
            add_matches(
                Reach::Block(p.matcher()),
                p.kind,
                p.rule,
                text,
                0,
                &mut taken,
                &mut found,
            );
        }
    }
    let hits = BUILTIN.hits(doc);
    let mut next_hit = 0;
    let mut due = vec![false; BUILTIN.patterns.len()];
    let mut starts = Vec::new();
    for &block in &layout.blocks {
        let Some(slice) = block.slice(text) else {
            continue;
        };
        next_hit += hits[next_hit..].partition_point(|h| h.span.start < block.start);
        let in_block = hits[next_hit..]
            .iter()
            .take_while(|h| h.span.start < block.end)
            .filter(|h| h.span.end <= block.end);
        due.fill(false);
        for h in in_block.clone() {
            let Some(p) = BUILTIN.patterns.get(h.pattern) else {
                continue;
            };
            let placed = h.span.start == block.start || !p.at_block_start;
            let in_slice = Span::new(h.span.start - block.start, h.span.end - block.start);
            due[h.pattern] |= placed && p.gate.is_none_or(|gate| gate(slice, in_slice));
        }
        // The regexes ignore case the Unicode way, which also reads the long s `ſ` as `s`
        // and the Kelvin sign `K` as `k`: where one occurs, a match may start where no
        // trigger was found, and the block is searched whole.
        let folds = OnceCell::new();
        for (i, p) in BUILTIN.patterns.iter().enumerate() {
            if !due.get(i).copied().unwrap_or(false) {
                continue;
            }
            let folds =
                || *folds.get_or_init(|| slice.contains('\u{17F}') || slice.contains('\u{212A}'));
            let matcher = if p.at_trigger && !folds() {
                starts.clear();
                starts.extend(
                    in_block
                        .clone()
                        .filter(|h| h.pattern == i)
                        .map(|h| h.span.start - block.start),
                );
                Reach::Triggers(p.matcher_with(p.anchored()), &starts)
            } else {
                Reach::Block(p.matcher())
            };
            add_matches(
                matcher,
                p.kind,
                p.rule,
                slice,
                block.start,
                &mut taken,
                &mut found,
            );
        }
        for (re, kind) in extra {
            add_matches(
                Reach::Block(Matcher {
                    regex: re,
                    bound: None,
                }),
                *kind,
                Rule::BoilerplateCustom,
                slice,
                block.start,
                &mut taken,
                &mut found,
            );
        }
    }
    found.sort_by_key(|b| b.span);
    credit_desk_on_next_line(text, layout, &mut found);
    let posts = embeds::find(text, layout, &spans(&found));
    found.extend(posts);
    found.sort_by_key(|b| b.span);
    let mut claims = spans(&found);
    claims.extend_from_slice(read_also);
    claims.sort();
    let photos = captions::find(text, layout, &disjoint(claims));
    found.extend(photos);
    found.sort_by_key(|b| b.span);
    add_trailing_headlines(text, layout, read_also, &mut found);
    found.sort_by_key(|b| b.span);
    found
}

/// The longest desk name on a line of its own after a credit, in bytes.
const MAX_DESK_NAME: usize = 40;

/// detik breaks its syndication credit before the desk's name, a link on a line of its own
/// (`Artikel ini telah naik di` ⏎ `detikBali.`: 11 in the corpus): a credit that names no
/// outlet takes the next line when that line is one word, and names it.
fn credit_desk_on_next_line(text: &str, layout: &Layout, found: &mut [Boilerplate]) {
    let credits = found.iter_mut().filter(|b| {
        b.kind == BoilerplateKind::Syndication
            && b.rule == Rule::BoilerplateSyndication
            && b.source.is_none()
    });
    for credit in credits {
        let next = credit
            .span
            .end
            .checked_sub(1)
            .and_then(|last| layout.block_at(last))
            .and_then(|i| layout.blocks.get(i + 1));
        let Some(&next) = next else {
            continue;
        };
        let one_line_break = text
            .get(credit.span.end..next.start)
            .is_some_and(|gap| gap.matches('\n').count() == 1 && gap.trim().is_empty());
        let word = next.slice(text).unwrap_or_default();
        let desk = word.trim_end_matches('.');
        let is_desk = !desk.is_empty()
            && desk.len() <= MAX_DESK_NAME
            && desk.chars().next().is_some_and(char::is_alphabetic)
            && desk
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
        if one_line_break && is_desk {
            credit.span = Span::new(credit.span.start, next.end);
            credit.source = Some(desk.to_owned());
        }
    }
}

/// The spans of `found`, in its order.
fn spans(found: &[Boilerplate]) -> Vec<Span> {
    found.iter().map(|b| b.span).collect()
}

/// Sorted spans merged where they overlap: pairwise disjoint, so that ordered by start they
/// are ordered by end too.
fn disjoint(sorted: Vec<Span>) -> Vec<Span> {
    let mut merged: Vec<Span> = Vec::with_capacity(sorted.len());
    for span in sorted {
        match merged.last_mut() {
            Some(last) if last.end > span.start => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// detik ends many stories with the headline of a related video, bare, sometimes twice, before
/// the closing code and the tag words (`Tips Anti Ketipu Beli Mobil Bekas\n(riar/lua)\nmobil
/// bekas`). Walking back from the end over codes, tag words and furniture, every Title Case
/// line without a full stop is such a promo; the walk stops at the first story line.
fn add_trailing_headlines(
    text: &str,
    layout: &Layout,
    read_also: &[Span],
    found: &mut Vec<Boilerplate>,
) {
    if layout.blocks.len() < 2 {
        return;
    }
    let mut promos = Vec::new();
    let claims = Claims::new(
        found
            .iter()
            .map(|b| b.span)
            .chain(read_also.iter().copied()),
    );
    for &block in layout.blocks.iter().rev() {
        let Some(s) = block.slice(text) else { break };
        let claimed = claims.overlap(block);
        if claimed || is_code_like(s) || is_tag_line(s) {
            continue;
        }
        if !is_bare_headline(s) {
            // The story's last line must end as a sentence does, or this was no promo tail.
            if !s
                .trim_end()
                .ends_with(['.', '!', '?', '"', '\u{201D}', ')'])
            {
                promos.clear();
            }
            break;
        }
        promos.push(block);
    }
    found.extend(promos.into_iter().map(|span| Boilerplate {
        kind: BoilerplateKind::VideoPromo,
        span,
        source: None,
        rule: Rule::BoilerplateTrailingHeadline,
    }));
}

/// `(riar/lua)`, `[qnt]`: a closing code alone on its line.
fn is_code_like(s: &str) -> bool {
    let bracketed =
        (s.starts_with('(') && s.ends_with(')')) || (s.starts_with('[') && s.ends_with(']'));
    bracketed && s.len() <= 40
}

/// detik's tag words after the code: short, lower case, no punctuation (`mobil bekas`).
fn is_tag_line(s: &str) -> bool {
    s.split_whitespace().count() <= 5
        && s.chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == ' ' || c == '-')
}

/// A headline: 4 to 16 words and 25 characters or more, Title Case (small words aside), no
/// full stop, colon, slash or bracket (list items, results tables, chord lines and credit
/// lines have them), not opening with a number (list items) or `Laporan` (a byline).
fn is_bare_headline(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let listy = s.starts_with(|c: char| c.is_ascii_digit()) || s.starts_with("Laporan");
    if !(4..=16).contains(&words.len())
        || s.len() < 25
        || listy
        || s.contains(['.', ':', '/', '(', ')', ';', '"', '\u{201D}', '\u{201C}'])
        || s.ends_with(',')
    {
        return false;
    }
    words
        .iter()
        .filter(|w| !in_list!(HEADLINE_SMALL_WORDS, w.to_lowercase().as_str()))
        .all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric())
        })
}

/// Where a pattern is tried in a block.
enum Reach<'r, 's> {
    /// Anywhere: its regex searches the block.
    Block(Matcher<'r>),
    /// At its triggers only (block offsets, ascending), with its anchored regex.
    Triggers(Matcher<'r>, &'s [usize]),
}

/// Adds every match of a pattern in one block that does not overlap what this block
/// already gave.
fn add_matches(
    reach: Reach<'_, '_>,
    kind: BoilerplateKind,
    rule: Rule,
    slice: &str,
    offset: usize,
    taken: &mut Taken,
    found: &mut Vec<Boilerplate>,
) {
    let matches = match reach {
        Reach::Block(matcher) => matcher.furniture(slice),
        Reach::Triggers(matcher, starts) => matcher.furniture_at(slice, starts),
    };
    for m in matches {
        if m.span.slice(slice).is_none_or(|s| s.trim().is_empty()) {
            continue;
        }
        let span = crate::frame::layout::trim(slice, m.span);
        let span = Span::new(span.start + offset, span.end + offset);
        if span.is_empty() || taken.overlaps(span) {
            continue;
        }
        taken.insert(span);
        // A credit whose outlet's link the scraper dropped (`Artikel ini telah naik di`)
        // names none: its preposition is no outlet.
        let source = m
            .source
            .map(|s| s.trim().trim_end_matches('.').to_owned())
            .filter(|s| !s.is_empty() && !["di", "dari"].contains(&s.as_str()));
        found.push(Boilerplate {
            kind,
            span,
            source,
            rule,
        });
    }
}

/// The spans one block (or the spanning patterns) already gave: pairwise disjoint, so that
/// ordered by start they are ordered by end too, and one look finds an overlap.
#[derive(Default)]
struct Taken(BTreeSet<(usize, usize)>);

impl Taken {
    /// Whether `span` overlaps a span taken.
    fn overlaps(&self, span: Span) -> bool {
        self.0
            .range(..(span.end, 0))
            .next_back()
            .is_some_and(|&(start, end)| Span::new(start, end).overlaps(span))
    }

    /// Takes `span` (which overlaps none taken).
    fn insert(&mut self, span: Span) {
        self.0.insert((span.start, span.end));
    }
}

/// Spans sorted by start with the largest end so far: whether a block overlaps any of them
/// in one binary search.
struct Claims {
    spans: Vec<Span>,
    /// For each span, the largest end among it and those before it.
    max_end: Vec<usize>,
}

impl Claims {
    fn new(spans: impl Iterator<Item = Span>) -> Claims {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0, |max, s| {
                *max = s.end.max(*max);
                Some(*max)
            })
            .collect();
        Claims { spans, max_end }
    }

    /// Whether `block` overlaps one of the spans.
    fn overlap(&self, block: Span) -> bool {
        let before_end = self.spans.partition_point(|s| s.start < block.end);
        before_end
            .checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .is_some_and(|&end| end > block.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::BoilerplateKind as K;

    fn kinds(text: &str) -> Vec<(K, &str)> {
        let doc = Document::new(text);
        find(&doc, &[], &[])
            .iter()
            .map(|b| (b.kind, b.span.slice(text).unwrap_or("")))
            .collect()
    }

    #[test]
    fn all_patterns_compile() {
        assert_eq!(BUILTIN.patterns.len(), PATTERNS.len());
        assert_eq!(SPANNING.patterns.len(), SPANNING_PATTERNS.len());
        for p in BUILTIN.patterns.iter().chain(&SPANNING.patterns) {
            // Compiled on first use: an invalid pattern panics here, not in a user's parse.
            let matcher = p.matcher();
            assert!(!matcher.regex.as_str().is_empty(), "{}", p.rule);
            if let Some(bound) = p.bound {
                let groups: Vec<_> = matcher.regex.capture_names().flatten().collect();
                assert!(groups.contains(&bound.group), "{}", p.rule);
                if matches!(bound.beyond, Beyond::Drop) {
                    let opening = p.source.trim_start_matches("(?i)");
                    assert!(opening.starts_with('^'), "{} may match twice", p.rule);
                }
            }
        }
    }

    #[test]
    fn patterns_tried_at_their_triggers_open_with_one() {
        for p in PATTERNS.iter().filter(|p| p.at_trigger) {
            let opening = p
                .regex
                .trim_start_matches("(?i)")
                .trim_start_matches("(?:")
                .replace('\\', "")
                .to_lowercase();
            let opens = |t: &&str| opening.starts_with(&t.trim().to_lowercase());
            assert!(p.triggers.iter().any(opens), "{}", p.rule);
        }
    }

    #[test]
    fn a_caption_credit_gate_passes_only_labels_that_can_end_a_caption() {
        let caption = "Sweet Home 2 tayang di Netflix. Foto: dok. Netflix";
        assert_eq!(kinds(&format!("Hujan.\n{caption}"))[0].0, K::Caption);
        let deep = format!("Hujan.\n{} {caption}", "kata ".repeat(40));
        assert!(
            kinds(&deep).is_empty(),
            "the label starts past 200 characters"
        );
        let long_credit = format!("Hujan.\nFoto: {}", "x".repeat(61));
        assert!(kinds(&long_credit).is_empty());
        let blanks_then_credit = format!("Hujan.\nFoto:{}{}", " ".repeat(5), "x".repeat(60));
        assert_eq!(kinds(&blanks_then_credit)[0].0, K::Caption);
    }

    #[test]
    fn a_kelvin_sign_makes_the_whole_block_searched() {
        let text = "Hujan.\nIa baca artikel lama. Baca arti\u{212A}el detikcom, \"Banjir\"";
        let doc = Document::new(text);
        let b = find(&doc, &[], &[]);
        assert_eq!(b[0].kind, K::CopyTail);
        assert_eq!(b[0].source.as_deref(), Some("detikcom"));
        assert!(b[0].span.slice(text).unwrap().starts_with("Baca arti"));
    }

    #[test]
    fn bounded_groups_hold_what_the_page_wording_allows() {
        let forty = "Abcdefghij Abcdefghij Abcdefghij Abcdefg";
        let source = format!("Hujan.\nSumber: {forty}");
        assert_eq!(kinds(&source)[0].0, K::Syndication);
        assert!(kinds(&format!("{source}h")).is_empty());
        let owner = format!("Hujan.\n© 2023 {forty}hij Abcdefghij");
        assert_eq!(kinds(&owner), [(K::Copyright, &*format!("© 2023 {forty}"))]);
        let rights = "Hujan.\nCopyright © 2023 Okezone, All Rights Reserved";
        assert_eq!(
            kinds(rights)[0].1,
            "Copyright © 2023 Okezone, All Rights Reserved"
        );
        // 79 letters and a blank: 80 characters before `di`.
        let google = format!("Hujan.\n{} di Google News", "x".repeat(79));
        assert_eq!(kinds(&google)[0].0, K::ChannelInvite);
        assert!(kinds(&google.replace(" di", "x di")).is_empty());
    }

    #[test]
    fn every_pattern_has_triggers_and_capitals_are_spelled_by_the_regex() {
        for p in PATTERNS.iter().chain(SPANNING_PATTERNS) {
            assert!(!p.triggers.is_empty(), "{} has no trigger", p.rule);
            if p.at_block_start {
                let opening = p.regex.trim_start_matches("(?i)");
                assert!(opening.starts_with('^'), "{} opens no block", p.rule);
            }
            let literal = p.regex.replace('\\', "");
            for t in p
                .triggers
                .iter()
                .filter(|t| t.chars().any(char::is_uppercase))
            {
                assert!(literal.contains(t.trim()), "{}: trigger {t:?}", p.rule);
            }
        }
    }

    #[test]
    fn kapanlagi_captions_with_bracketed_credits_and_the_slogan() {
        let text = "Dramanya tayang pekan depan.\nIlustrasi Drama (Image by mydramalist)\nPemeran Utama Drama (credit: instagram/drama_official)\nPATUNG DEWI (Credit; Istimewa)\nTemukan kabar terbaru dunia hiburan di kapanlagi.com. Kalau bukan sekarang, KapanLagi?";
        assert_eq!(
            kinds(text),
            [
                (K::Caption, "Ilustrasi Drama (Image by mydramalist)"),
                (
                    K::Caption,
                    "Pemeran Utama Drama (credit: instagram/drama_official)"
                ),
                (K::Caption, "PATUNG DEWI (Credit; Istimewa)"),
                (
                    K::Promo,
                    "Temukan kabar terbaru dunia hiburan di kapanlagi.com. Kalau bukan sekarang, KapanLagi?"
                ),
            ]
        );
        // A story sentence with a bracket that is no credit stays.
        assert!(kinds("Hujan.\nIa memotret kota itu (foto pertama kali dipamerkan).").is_empty());
    }

    #[test]
    fn kapanlagi_slogan_glued_to_the_story() {
        // The scraper glues the closing invitation to the story's last sentence, with or
        // without a blank; the promo starts at the invitation.
        let text = "Konsernya digelar di Seoul pekan lalu.Temukan kabar terbaru dunia hiburan di kapanlagi.com. Kalau bukan sekarang, KapanLagi?\nPenonton memadati arena sejak sore. Simak update terbaru hanya di KapanLagi, karena kalau bukan sekarang, kapan lagi?\nDrama ini punya 16 episode. Masih banyak rekomendasi drama lain yang bisa KLovers baca di kapanlagi.com loh. Karena, kalau bukan sekarang, KapanLagi?";
        assert_eq!(
            kinds(text),
            [
                (
                    K::Promo,
                    "Temukan kabar terbaru dunia hiburan di kapanlagi.com. Kalau bukan sekarang, KapanLagi?"
                ),
                (
                    K::Promo,
                    "Simak update terbaru hanya di KapanLagi, karena kalau bukan sekarang, kapan lagi?"
                ),
                (
                    K::Promo,
                    "Masih banyak rekomendasi drama lain yang bisa KLovers baca di kapanlagi.com loh. Karena, kalau bukan sekarang, KapanLagi?"
                ),
            ]
        );
        // A story sentence that happens to ask `kapan lagi?` stays.
        assert!(kinds("Ia bertanya, kalau bukan sekarang, kapan lagi?").is_empty());
    }

    #[test]
    fn kapanlagi_lone_image_credits_by_handle_or_outlet() {
        let text = "Aktor itu kembali syuting.\ninstagram/aktor_resmi\nIa tampil segar.\nX.com/GrupIdola\n\u{a9} KapanLagi.com/Budi Santoso\nLihat instagram/aktor_resmi untuk jadwalnya.";
        assert_eq!(
            kinds(text),
            [
                (K::Caption, "instagram/aktor_resmi"),
                (K::Caption, "X.com/GrupIdola"),
                (K::Caption, "\u{a9} KapanLagi.com/Budi Santoso"),
            ]
        );
    }

    #[test]
    fn tempo_advertorial_rubric_opens_the_text() {
        let text = "INFO NASIONAL - PT Sinar Jaya menggelar pelatihan UMKM di Bandung.";
        assert_eq!(kinds(text), [(K::Other, "INFO NASIONAL -")]);
        let text = "INFO BISNIS– Bank Daerah Riau meluncurkan tabungan pelajar.";
        assert_eq!(kinds(text), [(K::Other, "INFO BISNIS–")]);
        let text = "Info lebih lanjut - hubungi panitia di kantor desa.";
        assert!(kinds(text).is_empty());
    }

    #[test]
    fn a_line_of_stars_ends_the_story() {
        // Surya and other Tribun regionals close the story with stars, alone on the last line,
        // glued after its last sentence, or before a syndication note; stars inside a line
        // (`rating ****`) and two stars stay.
        let text = "Warga diminta waspada banjir, kata camat. *****";
        assert_eq!(kinds(text), [(K::Other, "*****")]);
        let text = "Petugas masih berjaga di lokasi.\n***\nArtikel ini sudah lebih dulu tayang di detikjatim. Selengkapnya klik disini.";
        assert!(kinds(text).contains(&(K::Other, "***")));
        let text = "Film itu mendapat nilai **** dari kritikus.\nPenonton antre sejak pagi. **";
        assert!(kinds(text).is_empty());
    }

    #[test]
    fn detik_scroll_marker_and_gambas() {
        let text = "Harga cabai naik tajam pekan ini.\nSCROLL TO CONTINUE WITH CONTENT\nPedagang mengeluh.\nSimak juga Video: Harga Cabai Meroket di Pasar Induk\n[Gambas:Video 20detik]";
        assert_eq!(
            kinds(text),
            [
                (K::ScrollMarker, "SCROLL TO CONTINUE WITH CONTENT"),
                (
                    K::VideoPromo,
                    "Simak juga Video: Harga Cabai Meroket di Pasar Induk"
                ),
                (K::Embed, "[Gambas:Video 20detik]"),
            ]
        );
    }

    #[test]
    fn cnn_inline_ad_in_run_on_text() {
        let text = "Rupiah melemah 0,3 persen. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Analis menilai tekanan datang dari luar. [Gambas:Video CNN]";
        assert_eq!(
            kinds(text),
            [
                (
                    K::ScrollMarker,
                    "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT"
                ),
                (K::Embed, "[Gambas:Video CNN]"),
            ]
        );
    }

    #[test]
    fn liputan6_advertisement_line_but_not_the_word_in_a_sentence() {
        let text =
            "Warga berkumpul di balai desa.\nAdvertisement\nAdvertisement di televisi itu viral.";
        assert_eq!(kinds(text), [(K::Advertisement, "Advertisement")]);
    }

    #[test]
    fn republika_channel_invite_glued_to_loading() {
        let text = "Bantuan disalurkan pekan depan.\nLoading...Ikuti Whatsapp Channel Republika\nsumber : Antara";
        let found = kinds(text);
        assert_eq!(found[0], (K::Advertisement, "Loading..."));
        assert_eq!(
            found[1],
            (K::ChannelInvite, "Ikuti Whatsapp Channel Republika")
        );
        assert_eq!(found[2], (K::Syndication, "sumber : Antara"));
    }

    #[test]
    fn tribun_syndication_credit_reports_the_outlet() {
        let text = "Polisi masih menyelidiki kasus itu.\nArtikel ini telah tayang di Kompas.com dengan judul \"Polisi Selidiki Kasus Pencurian Motor\"";
        let doc = Document::new(text);
        let b = find(&doc, &[], &[]);
        assert_eq!(b[0].kind, K::Syndication);
        assert_eq!(b[0].source.as_deref(), Some("Kompas.com"));
        assert!(b[0].span.slice(text).unwrap().ends_with("Motor\""));
    }

    #[test]
    fn detik_and_cnn_copy_tails() {
        let text = "Timnas menang 2-0.\nBaca artikel detiksport, \"Timnas Menang Lagi\" selengkapnya https://sport.detik.com/x Download Apps Detikcom Sekarang https://apps.detik.com/detik/";
        let doc = Document::new(text);
        let b = find(&doc, &[], &[]);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].kind, K::CopyTail);
        assert_eq!(b[0].source.as_deref(), Some("detiksport"));
        let cnn = "Harga emas turun.\nBaca artikel CNN Indonesia \"Emas Turun\" selengkapnya di sini: https://www.cnnindonesia.com/x";
        assert_eq!(kinds(cnn)[0].0, K::CopyTail);
    }

    #[test]
    fn antara_copyright_and_crawl_notice() {
        let text = "Pewarta: Budi Santoso\nEditor: Rina Wati\nCOPYRIGHT © ANTARA 2023\nDilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.";
        let found = kinds(text);
        assert_eq!(found[0], (K::Copyright, "COPYRIGHT © ANTARA 2023"));
        assert_eq!(found[1].0, K::Copyright);
    }

    #[test]
    fn okezone_footer_and_pagination() {
        let text = "Laga berakhir imbang.\n© 2007 - 2015 okezone.com, All Rights Reserved\nHalaman 1 2 Selanjutnya\nBersambung ke halaman berikutnya...";
        let found = kinds(text);
        assert_eq!(found[0].0, K::Copyright);
        assert_eq!(found[1], (K::Pagination, "Halaman 1 2 Selanjutnya"));
        assert_eq!(found[2].0, K::Pagination);
    }

    #[test]
    fn next_page_invitations() {
        for (text, page) in [
            (
                "Timnas bersiap.\nBaca di halaman berikutnya>>>\nPelatih baru datang.",
                "Baca di halaman berikutnya>>>",
            ),
            (
                "Kadar gula naik. Simak cara menurunkan gula darah di halaman berikutnya.. Menurut ahli, olahraga membantu.",
                "Simak cara menurunkan gula darah di halaman berikutnya..",
            ),
            (
                "Korban bertambah.\nSimak berita selengkapnya di halaman selanjutnya.\nTim SAR bekerja.",
                "Simak berita selengkapnya di halaman selanjutnya.",
            ),
            (
                "Tiga berita terpopuler pekan ini. Baca berita selengkapnya di sini\nBerita kedua.",
                "Baca berita selengkapnya di sini",
            ),
            (
                "Harga saham naik. Selengkapnya baca di sini.\nBerita lain.",
                "Selengkapnya baca di sini.",
            ),
        ] {
            assert_eq!(kinds(text), [(K::Pagination, page)], "{text}");
        }
        // Reading on a page of a book is story.
        assert!(kinds("Ia membaca di halaman berikutnya.").is_empty());
    }

    #[test]
    fn kompas_app_download_and_whatsapp_invite() {
        let text = "Gempa tidak berpotensi tsunami.\nDapatkan update berita teknologi dan gadget pilihan setiap hari. Mari bergabung di Kanal WhatsApp KompasTekno.\nDownload aplikasi Kompas.com untuk akses berita lebih mudah dan cepat: Android: https://x iOS: https://y";
        let found = kinds(text);
        assert_eq!(found[0].0, K::ChannelInvite);
        assert_eq!(found[1].0, K::AppDownload);
    }

    #[test]
    fn tribun_google_news_and_disclaimer() {
        let text = "Banjir surut.\nIkuti Berita POS-KUPANG.COM lainnya di GOOGLE NEWS\nDisclaimer: Informasi ini bukan ajakan membeli saham.";
        let found = kinds(text);
        assert_eq!(found[0].0, K::ChannelInvite);
        assert_eq!(found[1].0, K::Disclaimer);
    }

    #[test]
    fn kapanlagi_whatsapp_invite_in_brackets() {
        let text = "Film itu tayang pekan depan.\n(Ayo ikuti saluran WhatsApp KapanLagi.com biar enggak ketinggalan berita terbaru. Klik di sini ya, Klovers!)";
        assert_eq!(kinds(text)[0].0, K::ChannelInvite);
    }

    #[test]
    fn kompas_whatsapp_invite_broken_over_lines() {
        let text = "Harga turun.\nSimak\nbreaking news\ndan\nberita pilihan\nkami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel :\nhttps://www.whatsapp.com/channel/0029Va\n. Pastikan kamu sudah install aplikasi WhatsApp ya.";
        let doc = Document::new(text);
        let found = find(&doc, &[], &[]);
        let start = text.find("Simak").unwrap();
        assert!(found.iter().all(|b| b.kind == K::ChannelInvite));
        assert_eq!(found[0].span.start, start);
        assert_eq!(found.last().unwrap().span.end, text.len());
    }

    #[test]
    fn photo_captions_and_credits() {
        let text = "Serial itu kembali.\nSweet Home 2 tayang di Netflix 1 Desember 2023. Foto: dok. Netflix\nPemeran utama kembali hadir.\n(credit: instagram.com/paragonpictures.id)\nKOMPAS.com/Aisyah Sekar Ayu MaharaniMock up rumah subsidi di Tangerang";
        let found = kinds(text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found.iter().all(|(k, _)| *k == K::Caption));
        assert_eq!(
            found[0].1,
            "Sweet Home 2 tayang di Netflix 1 Desember 2023. Foto: dok. Netflix"
        );
    }

    #[test]
    fn kompas_caption_opening_with_its_dok_credit() {
        // `Dok. Source` glued to the caption, on a line of its own (Kompas).
        let text = "Mobil itu dijual mulai bulan ini.\nDok. SeresMobil listrik Seres di pameran\nHarga belum diumumkan.\nDok. Dinas PerhubunganPetugas memeriksa truk di jembatan timbang Cikampek.";
        let found = kinds(text);
        assert_eq!(
            found,
            [
                (K::Caption, "Dok. SeresMobil listrik Seres di pameran"),
                (
                    K::Caption,
                    "Dok. Dinas PerhubunganPetugas memeriksa truk di jembatan timbang Cikampek."
                )
            ]
        );
        // A document, not a credit: story.
        assert!(kinds("Syaratnya banyak.\nDokumen yang harus dibawa: KTP dan KK.").is_empty());
    }

    #[test]
    fn posmetro_source_line_glued_to_the_editor_credit() {
        let text = "Pelaku ditahan.\nSumber: RandomEditor: Oki Budiman";
        let doc = Document::new(text);
        let b = find(&doc, &[], &[]);
        assert_eq!(b[0].span.slice(text), Some("Sumber: Random"));
        assert_eq!(b[0].source.as_deref(), Some("Random"));
    }

    #[test]
    fn spoiler_warning_is_a_disclaimer() {
        let text = "Artikel ini mungkin mengandung spoiler Sweet Home 1.\nCerita berlanjut.";
        assert_eq!(kinds(text)[0].0, K::Disclaimer);
    }

    #[test]
    fn detik_trailing_video_headlines_before_code_and_tags() {
        let text = "Penjualan naik 10 persen selama 2024.\nTips Anti Ketipu Beli Mobil Bekas Ala Inspektur\nTips Anti Ketipu Beli Mobil Bekas Ala Inspektur\n(riar/lua)\nmobil bekas\npasar otomotif";
        let found = kinds(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|(k, _)| *k == K::VideoPromo));
        let last = "Ketua PGI memuji panitia.\n\nBNI Sirnas DKI Jakarta Digelar di UNJ, Pedagang Ikut Cuan";
        assert_eq!(kinds(last).len(), 1);
    }

    #[test]
    fn a_closing_story_sentence_is_not_a_video_headline() {
        let text = "Warga berharap jalan segera diperbaiki.\nPemerintah Kota Akan Menambah Anggaran Tahun Depan.";
        assert!(kinds(text).is_empty());
        let short = "Hujan.\nSekian";
        assert!(kinds(short).is_empty());
    }

    #[test]
    fn story_sentences_are_not_furniture() {
        let text = "Ia mengikuti kami ke pasar.\nPenonton diminta ikuti aturan.\nHak copyright lagu itu dibahas.\nSimak penjelasannya berikut ini.";
        assert!(kinds(text).is_empty());
    }

    #[test]
    fn caller_patterns_run_after_builtins() {
        let text = "Hujan.\nIkuti kami di Mastodon\nFollow kami di Mastodon";
        let doc = Document::new(text);
        let extra = [(Regex::new("(?m)^Follow kami.*$").unwrap(), K::Other)];
        let found = find(&doc, &extra, &[]);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].rule, Rule::BoilerplateCustom);
    }
}

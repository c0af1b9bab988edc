//! The opening stamp: `JAKARTA, KOMPAS.com -`, `Liputan6.com, Jakarta -`, `Jakarta (ANTARA) -`.
//!
//! The finder looks at the start of the story only: the blocks of the layout that start within
//! [`MAX_START`] bytes, the first [`MAX_BLOCKS`] of them in full (a headline, a byline or a
//! table of contents may come first), later ones only for a dash on a line of its own. At each
//! block start it tries, in order:
//!
//! - outlet first: `Liputan6.com, Jakarta -` (`dateline.outlet_city`), the dash lost
//!   `Liputan6.com, JakartaKita` (`dateline.outlet_city_glued`, known outlets only),
//!   `KONTAN.CO.ID - JAKARTA.` (`dateline.outlet_dash_city`), `KOMPAS.com -`,
//!   `WahanaNews.co |` (`dateline.outlet`), `BANJARMASINPOST.CO.ID  Presenter ...` with the
//!   dash lost (`dateline.outlet_glued`);
//! - city first: `JAKARTA, KOMPAS.com -` (`dateline.city_outlet`), `Jakarta (ANTARA) -`
//!   (`dateline.city_agency`), and in the first block only `JAKARTA -` or `Jakarta\n-\n`
//!   (`dateline.city`) and Medcom's `Jakarta: ...` (`dateline.city_colon`).
//!
//! Inside a block, a stamp glued after a byline or headline (`... MuhanaTRIBUNSOLO.COM,
//! KLATEN -`, `... Swasta SEMARANG, KOMPAS.com-`) is found only with an outlet and a
//! separator. Outlets come from the [`OutletTable`]; an unknown one is still found by its
//! shape (`Xxx.com, City -`, `XXX.CO.ID, CITY -`) with a `dateline.generic_*` rule.
//!
//! The span runs from the stamp's first char through its separator (a dash run, `|`, or the
//! `.` after Kontan's city); without a separator it ends after the city. Blanks between the
//! parts may be spaces, no-break spaces, `&nbsp;` or line breaks (`JAKARTA\n, KOMPAS.com\n-`).
//! Everything is scanned within the first [`WINDOW`] bytes, so the cost per text is bounded.

use crate::Rule;
use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Dateline, Span};
use crate::document::Document;
use crate::lexicon::cities;
use crate::lexicon::outlets::{BRACKET_NAMES, OutletProfile, OutletTable, ends_word};
use crate::text::{entity_at, is_blank};

/// Blocks looked at: a headline, a byline or detik's table of contents may come first.
const MAX_BLOCKS: usize = 8;
/// A stamp's block starts within this many bytes of the text.
const MAX_START: usize = 600;
/// Bytes of text scanned at all: the stamp lies inside them.
const WINDOW: usize = 800;
/// Most bytes of blanks between two parts of a stamp (`JAKARTA, KOMPAS.com\n-\n`).
const MAX_GAP: usize = 24;
/// Most words in a city (`HO CHI MINH CITY`).
const MAX_CITY_WORDS: usize = 4;
/// Most words in a city glued to the story without a separator (`Palangka RayaUntuk`).
const MAX_GLUED_CITY_WORDS: usize = 3;

/// `Liputan6.com, Jakarta -`, `TEMPO.CO, Jakarta -`, `REPUBLIKA.CO.ID, JAKARTA --`.
pub(crate) const RULE_OUTLET_CITY: Rule = Rule::DatelineOutletCity;
/// `Liputan6.com, JakartaKita ...`: the separator lost, the city glued to the story.
pub(crate) const RULE_OUTLET_CITY_GLUED: Rule = Rule::DatelineOutletCityGlued;
/// `KONTAN.CO.ID - JAKARTA.`: the city after the dash, closed by a full stop.
pub(crate) const RULE_OUTLET_DASH_CITY: Rule = Rule::DatelineOutletDashCity;
/// `KOMPAS.com -`, `WahanaNews.co |`, `POSMETRO MEDAN–`.
pub(crate) const RULE_OUTLET: Rule = Rule::DatelineOutlet;
/// `BANJARMASINPOST.CO.ID  Presenter ...`: a known web name, the separator lost.
pub(crate) const RULE_OUTLET_GLUED: Rule = Rule::DatelineOutletGlued;
/// `JAKARTA, KOMPAS.com -`, `Jakarta, CNN Indonesia --`.
pub(crate) const RULE_CITY_OUTLET: Rule = Rule::DatelineCityOutlet;
/// `Jakarta (ANTARA) -`, `Mataram, NTB (ANTARA News) -`.
pub(crate) const RULE_CITY_AGENCY: Rule = Rule::DatelineCityAgency;
/// `Jakarta: ...`: a place and a colon (Medcom, Lampung Post).
pub(crate) const RULE_CITY_COLON: Rule = Rule::DatelineCityColon;
/// `JAKARTA -` (SINDOnews, Okezone), `Jakarta\n-\n` (old detik).
pub(crate) const RULE_CITY: Rule = Rule::DatelineCity;
/// `Xxx.com, City -` with an outlet not in the table.
pub(crate) const RULE_GENERIC_OUTLET_CITY: Rule = Rule::DatelineGenericOutletCity;
/// `CITY, Xxx.com -` with an outlet not in the table.
pub(crate) const RULE_GENERIC_CITY_OUTLET: Rule = Rule::DatelineGenericCityOutlet;
/// `Xxx.com -` with an outlet not in the table.
pub(crate) const RULE_GENERIC_OUTLET: Rule = Rule::DatelineGenericOutlet;

/// A web name that may sign a dateline: `BeritaBaru.id`, `TRIBUNKALTENGE.COM`.
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\.(?i:co\.id|or\.id|web\.id|my\.id|com|co|id|net|org|tv|news)",
    )
    .unwrap_or_else(|_| unreachable!("the domain pattern compiles"))
});

/// Finds the dateline at the start of the story.
pub(crate) fn find(doc: &Document<'_>, outlets: &OutletTable) -> Option<Dateline> {
    let (text, layout) = (doc.text, &doc.layout);
    let scan = Scan {
        text: head(text),
        outlets,
    };
    layout
        .blocks
        .iter()
        .take_while(|b| b.start < MAX_START)
        .enumerate()
        .find_map(|(index, block)| {
            if index >= MAX_BLOCKS {
                // Past a long list (detik's table of contents, a list of addresses) only the
                // dash on a line of its own still marks the stamp.
                return scan.city_alone(&scan.words(block.start), false);
            }
            scan.at_block_start(block.start, index == 0)
                .or_else(|| scan.inside(block.start, block.end))
        })
        .map(|found| found.into_dateline(scan.text))
}

/// The first [`WINDOW`] bytes of `text`, cut at a char boundary.
fn head(text: &str) -> &str {
    let mut end = text.len().min(WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

/// Who signed a stamp, as matched in the text.
#[derive(Clone, Copy, Debug)]
struct Outlet<'a> {
    span: Span,
    kind: OutletKind<'a>,
}

/// Where an outlet's id comes from.
#[derive(Clone, Copy, Debug)]
enum OutletKind<'a> {
    /// In the outlet table.
    Known(&'a OutletProfile),
    /// A Tribun regional site not in the table (`TRIBUNKALTENGE.COM`): its id is its name.
    Tribun,
    /// Any other web name (`BeritaBaru.id`).
    Generic,
}

impl Outlet<'_> {
    /// Whether the outlet has an id (from the table, or a Tribun site by its name).
    fn known(&self) -> bool {
        !matches!(self.kind, OutletKind::Generic)
    }

    /// `rule` for a known outlet, `generic` for an unknown one.
    fn rule(&self, rule: Rule, generic: Rule) -> Rule {
        if self.known() { rule } else { generic }
    }
}

/// A stamp found: where it is and what it says.
#[derive(Debug)]
struct Found<'a> {
    span: Span,
    outlet: Option<Outlet<'a>>,
    city: Option<Span>,
    rule: Rule,
}

impl Found<'_> {
    /// The result type: outlet as written, its id and network, the city as people write it.
    fn into_dateline(self, text: &str) -> Dateline {
        let written = |s: Span| s.slice(text).map(collapse_blanks);
        let (outlet_id, network) = match self.outlet.map(|o| (o.kind, o.span)) {
            Some((OutletKind::Known(p), _)) => (Some(p.id.clone()), p.network.clone()),
            Some((OutletKind::Tribun, span)) => (
                span.slice(text).map(tribun_id),
                Some("tribunnews".to_owned()),
            ),
            _ => (None, None),
        };
        Dateline {
            outlet: self.outlet.and_then(|o| written(o.span)),
            outlet_id,
            network,
            city: self.city.and_then(|s| s.slice(text)).map(city_name),
            span: self.span,
            rule: self.rule,
        }
    }
}

/// Whether the stamp is at a block start or glued inside a block after other text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    BlockStart,
    Inside,
}

/// A capitalised word: `Jakarta`, `JAKARTA`, `SAINT-DENIS`, `D.C`.
#[derive(Clone, Copy, Debug, Default)]
struct Word {
    start: usize,
    end: usize,
    upper: bool,
}

/// Up to [`MAX_CITY_WORDS`] words in a row, kept without allocating.
#[derive(Clone, Copy, Debug, Default)]
struct Words {
    list: [Word; MAX_CITY_WORDS],
    len: usize,
}

impl Words {
    /// Adds a word (ignored when the list is full).
    fn push(&mut self, word: Word) {
        if let Some(slot) = self.list.get_mut(self.len) {
            *slot = word;
            self.len += 1;
        }
    }
}

impl std::ops::Deref for Words {
    type Target = [Word];

    fn deref(&self) -> &[Word] {
        self.list.get(..self.len).unwrap_or_default()
    }
}

/// The scanner over the head of one text.
struct Scan<'a> {
    text: &'a str,
    outlets: &'a OutletTable,
}

impl<'a> Scan<'a> {
    /// A stamp that starts at a block start.
    fn at_block_start(&self, pos: usize, first_block: bool) -> Option<Found<'a>> {
        self.outlet_at(pos)
            .and_then(|o| self.after_outlet(o, Place::BlockStart))
            .or_else(|| self.city_first(pos, Place::BlockStart, first_block))
            .or_else(|| first_block.then(|| self.orphan_comma(pos)).flatten())
    }

    /// A stamp glued inside a block, after a byline or headline: only with an outlet.
    fn inside(&self, start: usize, end: usize) -> Option<Found<'a>> {
        let end = end.min(MAX_START).min(self.text.len());
        let mut prev: Option<char> = None;
        for (i, c) in self.text.get(start..end)?.char_indices() {
            let word_start =
                c.is_uppercase() && prev.is_some_and(|p| !p.is_alphanumeric() || p.is_lowercase());
            prev = Some(c);
            if !word_start {
                continue;
            }
            let pos = start + i;
            let found = self
                .outlet_at(pos)
                .and_then(|o| self.after_outlet(o, Place::Inside))
                .or_else(|| self.city_first(pos, Place::Inside, false));
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The outlet name at `pos`: from the table, or a web name by its shape.
    fn outlet_at(&self, pos: usize) -> Option<Outlet<'a>> {
        let rest = self.text.get(pos..)?;
        if let Some((profile, len)) = self.outlets.match_at(rest) {
            return Some(Outlet {
                span: Span::new(pos, pos + len),
                kind: OutletKind::Known(profile),
            });
        }
        if !may_be_domain(rest) {
            return None;
        }
        let m = DOMAIN.find(rest)?;
        let name = m.as_str();
        if !ends_word(rest.get(m.end()..)?) {
            return None;
        }
        if self.ends_with_known(name) {
            return None;
        }
        let tribun = name.len() > 6 && name.get(..6)?.eq_ignore_ascii_case("tribun");
        Some(Outlet {
            span: Span::new(pos, pos + m.end()),
            kind: if tribun {
                OutletKind::Tribun
            } else {
                OutletKind::Generic
            },
        })
    }

    /// Whether a known name is glued at the end of a web name: `MuhanaTRIBUNSOLO.COM` is a
    /// byline's last word and `TRIBUNSOLO.COM`.
    fn ends_with_known(&self, name: &str) -> bool {
        let mut prev: Option<char> = None;
        name.char_indices().any(|(i, c)| {
            let glued = c.is_uppercase() && prev.is_some_and(char::is_lowercase);
            prev = Some(c);
            glued
                && name
                    .get(i..)
                    .and_then(|rest| self.outlets.match_at(rest))
                    .is_some()
        })
    }

    /// What may follow an outlet name: `, City -`, `- CITY.`, `-`, ` City -`, `, CityGlued`.
    fn after_outlet(&self, o: Outlet<'a>, place: Place) -> Option<Found<'a>> {
        let (after, newline) = self.blanks(o.span.end);
        let strict = place == Place::Inside;
        if self.comma_at(after) {
            let (c, _) = self.blanks(after + 1);
            if let Some(end) = self.separator(c) {
                return Some(self.found(
                    o.span.start,
                    end,
                    Some(o),
                    None,
                    o.rule(RULE_OUTLET, RULE_GENERIC_OUTLET),
                ));
            }
            if let Some((city, end)) = self.city_then_separator(c, strict) {
                return Some(self.found(
                    o.span.start,
                    end,
                    Some(o),
                    Some(city),
                    o.rule(RULE_OUTLET_CITY, RULE_GENERIC_OUTLET_CITY),
                ));
            }
            if place == Place::BlockStart && o.known() {
                let city = self.glued_city(c)?;
                return Some(self.found(
                    o.span.start,
                    city.end,
                    Some(o),
                    Some(city),
                    RULE_OUTLET_CITY_GLUED,
                ));
            }
            return None;
        }
        if let Some(sep_end) = self.outlet_separator(after, o) {
            let (c, _) = self.blanks(sep_end);
            if let Some((city, dot_end)) = self.city_then_full_stop(c) {
                return Some(self.found(
                    o.span.start,
                    dot_end,
                    Some(o),
                    Some(city),
                    RULE_OUTLET_DASH_CITY,
                ));
            }
            let glued_before = o.span.start > 0
                && self
                    .text
                    .get(..o.span.start)?
                    .chars()
                    .next_back()
                    .is_some_and(|c| !is_blank(c));
            let alone = match place {
                Place::BlockStart => true,
                Place::Inside => o.known() && glued_before,
            };
            return alone.then(|| {
                self.found(
                    o.span.start,
                    sep_end,
                    Some(o),
                    None,
                    o.rule(RULE_OUTLET, RULE_GENERIC_OUTLET),
                )
            });
        }
        if o.known() && after > o.span.end && !newline {
            if let Some((city, end)) = self.city_then_separator(after, true) {
                return Some(self.found(o.span.start, end, Some(o), Some(city), RULE_OUTLET_CITY));
            }
        }
        let web_name = o.span.slice(self.text).is_some_and(|s| s.contains('.'));
        let story = self.char_at(after).is_some_and(char::is_uppercase);
        (place == Place::BlockStart && o.known() && web_name && after > o.span.end && story)
            .then(|| self.found(o.span.start, o.span.end, Some(o), None, RULE_OUTLET_GLUED))
    }

    /// A comma after an outlet name, or a full stop standing for one (`BANJARMASINPOST.CO.ID.
    /// BANJARBARU -`).
    fn comma_at(&self, pos: usize) -> bool {
        let mut chars = self.text.get(pos..).unwrap_or_default().chars();
        match chars.next() {
            Some(',') => true,
            Some('.') => chars.next().is_some_and(is_blank),
            _ => false,
        }
    }

    /// City-first stamps at `pos`: `CITY, OUTLET -`, `City (ANTARA) -`, and (first block only)
    /// `CITY -`. Inside a block only the first two, with a one-word or gazetteer city.
    fn city_first(&self, pos: usize, place: Place, first_block: bool) -> Option<Found<'a>> {
        let words = self.words(pos);
        (1..=words.len()).rev().find_map(|k| {
            let taken = words.get(..k)?;
            let city_end = taken.last()?.end;
            if place == Place::Inside
                && (!self.may_go_on_inside(city_end)
                    || (k > 1 && cities::place(self.text.get(pos..city_end)?).is_none()))
            {
                return None;
            }
            let city = Span::new(pos, city_end);
            self.city_outlet(city)
                .or_else(|| self.city_agency(city))
                .or_else(|| {
                    if place == Place::BlockStart {
                        self.city_alone(taken, first_block)
                            .or_else(|| self.city_colon(city, first_block))
                    } else {
                        None
                    }
                })
        })
    }

    /// Whether a stamp found inside a block may go on after a city ending at `city_end`: with
    /// a comma (`CITY, OUTLET -`, `City, REGION (AGENCY) -`), a bracket (`City (AGENCY) -`)
    /// or a known outlet after a blank (`CITY OUTLET -`). A cheap test that spares most
    /// capitalised words inside a block the gazetteer and the outlet lookups of
    /// [`Scan::city_outlet`] and [`Scan::city_agency`], which need one of these.
    fn may_go_on_inside(&self, city_end: usize) -> bool {
        let (b, _) = self.blanks(city_end);
        match self.char_at(b) {
            Some(',' | '(') => true,
            _ => b > city_end && self.outlet_at(b).is_some_and(|o| o.known()),
        }
    }

    /// `CITY, OUTLET -` (the comma may be missing before a known outlet).
    fn city_outlet(&self, city: Span) -> Option<Found<'a>> {
        let (b, newline) = self.blanks(city.end);
        let comma = self.char_at(b) == Some(',');
        let at = if comma { self.blanks(b + 1).0 } else { b };
        let o = self.outlet_at(at)?;
        // Without a comma the outlet must be known, on the same line and apart: `... di
        // Gerik\nTRIBUN-MEDAN.COM -` ends a headline with a place, `MuhanaTRIBUNSOLO.COM` a
        // byline with a name.
        if !comma && (!o.known() || newline || b == city.end) {
            return None;
        }
        let end = self.outlet_separator(self.blanks(o.span.end).0, o)?;
        Some(self.found(
            city.start,
            end,
            Some(o),
            Some(city),
            o.rule(RULE_CITY_OUTLET, RULE_GENERIC_CITY_OUTLET),
        ))
    }

    /// `City (AGENCY) -`, `City, REGION (AGENCY) -` with a known agency.
    fn city_agency(&self, city: Span) -> Option<Found<'a>> {
        let city_end = self.region(city.end).unwrap_or(city.end);
        let (b, _) = self.blanks(city_end);
        if self.char_at(b) != Some('(') {
            return None;
        }
        let inner = self.blanks(b + 1).0;
        let o = self
            .outlet_at(inner)
            .or_else(|| self.bracket_name_at(inner))?;
        if !matches!(o.kind, OutletKind::Known(_)) {
            return None;
        }
        let (close, _) = self.blanks(o.span.end);
        if self.char_at(close) != Some(')') {
            return None;
        }
        let end = self.separator(self.blanks(close + 1).0)?;
        Some(self.found(
            city.start,
            end,
            Some(o),
            Some(Span::new(city.start, city_end)),
            RULE_CITY_AGENCY,
        ))
    }

    /// One of [`BRACKET_NAMES`] at `pos`, as written and closed by its bracket (`MI)`).
    fn bracket_name_at(&self, pos: usize) -> Option<Outlet<'a>> {
        let rest = self.text.get(pos..)?;
        BRACKET_NAMES.iter().find_map(|&(name, id)| {
            let after = rest.strip_prefix(name)?;
            let closed = after.trim_start_matches([' ', '\u{a0}']).starts_with(')');
            let profile = self.outlets.profile(id)?;
            closed.then(|| Outlet {
                span: Span::new(pos, pos + name.len()),
                kind: OutletKind::Known(profile),
            })
        })
    }

    /// Medcom's and Lampung Post's `Jakarta: Presiden ...` (first block only): a gazetteer
    /// place glued to a colon, then blanks and a capital. Other words before a colon
    /// (`Catatan:`, `Foto:`) are no place.
    fn city_colon(&self, city: Span, first_block: bool) -> Option<Found<'a>> {
        let name = self.text.get(city.start..city.end)?;
        if !first_block || self.char_at(city.end) != Some(':') || cities::place(name).is_none() {
            return None;
        }
        let (after, _) = self.blanks(city.end + 1);
        let opens = self
            .char_at(after)
            .is_some_and(|c| c.is_uppercase() || is_opening_quote(c));
        (after > city.end + 1 && opens)
            .then(|| self.found(city.start, city.end + 1, None, Some(city), RULE_CITY_COLON))
    }

    /// `CITY -` (any upper-case place), `City -` (a gazetteer place, not a route such as
    /// `Jakarta - Bandung dibuka`), `City\n-\n` (the dash on a line of its own, old detik).
    fn city_alone(&self, words: &[Word], first_block: bool) -> Option<Found<'a>> {
        let first = words.first()?;
        let last = words.last()?;
        let name = self.text.get(first.start..last.end)?;
        let city_end = self.region(last.end).unwrap_or(last.end);
        let (b, newline_before) = self.blanks(city_end);
        let sep_end = self.separator(b)?;
        let (after, newline_after) = self.blanks(sep_end);
        let next = self.char_at(after)?;
        let glued_digit = b == city_end && next.is_ascii_digit();
        if !(next.is_alphanumeric() || is_opening_quote(next)) || glued_digit {
            return None;
        }
        let own_line = newline_before && newline_after;
        if !first_block && !own_line {
            return None;
        }
        let accepted = if words.iter().all(|w| w.upper) {
            let letters = name.chars().filter(|c| c.is_alphabetic()).count();
            let reduplication = b == city_end && after == sep_end && next.is_lowercase();
            let label = name
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(cities::is_not_place);
            letters >= 3 && !reduplication && !label
        } else if own_line && !first.upper {
            words.len() <= 3
        } else {
            cities::place(name).is_some() && b > city_end && !self.route(after, name)
        };
        accepted.then(|| {
            self.found(
                first.start,
                sep_end,
                None,
                Some(Span::new(first.start, city_end)),
                RULE_CITY,
            )
        })
    }

    /// `, Jakarta - ...`: a stamp whose outlet the scraper cut off, leaving the comma.
    fn orphan_comma(&self, pos: usize) -> Option<Found<'a>> {
        if self.char_at(pos) != Some(',') {
            return None;
        }
        let (c, _) = self.blanks(pos + 1);
        let words = self.words(c);
        let mut found = self.city_alone(&words, true)?;
        found.span.start = pos;
        Some(found)
    }

    /// Whether the text at `pos` starts with a place other than `city`: `Jakarta - Bandung
    /// dibuka` names a route, not a dateline (`Padang - Padang memiliki` is one).
    fn route(&self, pos: usize, city: &str) -> bool {
        let words = self.words(pos);
        words.iter().any(|w| {
            self.text
                .get(pos..w.end)
                .and_then(cities::place)
                .is_some_and(|p| !p.eq_ignore_ascii_case(city))
        })
    }

    /// A city (with an optional `, REGION`) and then a separator: the city's span and the
    /// separator's end. `strict`: the city must be upper-case or in the gazetteer.
    fn city_then_separator(&self, pos: usize, strict: bool) -> Option<(Span, usize)> {
        let words = self.words(pos);
        (1..=words.len()).rev().find_map(|k| {
            let taken = words.get(..k)?;
            let last_end = taken.last()?.end;
            let upper = taken.iter().all(|w| w.upper);
            let name = self.text.get(pos..last_end)?;
            if !upper && cities::place(name).is_none() && (strict || self.place_prefix(taken)) {
                return None;
            }
            let candidates = [self.region(last_end), Some(last_end)];
            candidates.into_iter().flatten().find_map(|city_end| {
                Some((Span::new(pos, city_end), self.city_separator(city_end)?))
            })
        })
    }

    /// Whether fewer of `words` already make a place: `Jakarta Timnas Indonesia U` is
    /// `Jakarta` and the story, not a city of four words.
    fn place_prefix(&self, words: &[Word]) -> bool {
        let Some(first) = words.first() else {
            return false;
        };
        words.iter().take(words.len().saturating_sub(1)).any(|w| {
            self.text
                .get(first.start..w.end)
                .and_then(cities::place)
                .is_some()
        })
    }

    /// Kontan's `JAKARTA.` after the dash (upper case, three letters or more): the city's
    /// span and the end of the full stop.
    fn city_then_full_stop(&self, pos: usize) -> Option<(Span, usize)> {
        let words = self.words(pos);
        let last = *words.last()?;
        let letters = self
            .text
            .get(pos..last.end)?
            .chars()
            .filter(|c| c.is_alphabetic())
            .count();
        if !words.iter().all(|w| w.upper) || letters < 3 {
            return None;
        }
        if self.char_at(last.end) != Some('.') {
            return None;
        }
        let next = self.text.get(last.end + 1..)?.chars().next();
        next.is_none_or(|c| is_blank(c) || c.is_uppercase())
            .then_some((Span::new(pos, last.end), last.end + 1))
    }

    /// The city of a stamp whose separator was lost: `JakartaKita` → `Jakarta`, `Jakarta
    /// Partai` → `Jakarta` (gazetteer), `Palangka RayaUntuk` → `Palangka Raya` (case change).
    fn glued_city(&self, pos: usize) -> Option<Span> {
        let words = self.words(pos);
        let in_gazetteer = (1..=words.len()).rev().find_map(|k| {
            let end = words.get(k - 1)?.end;
            cities::place(self.text.get(pos..end)?)?;
            self.story_follows(end).then_some(Span::new(pos, end))
        });
        in_gazetteer.or_else(|| {
            let glued = words.iter().position(|w| self.glued_after(w.end))?;
            let end = words.get(glued)?.end;
            (glued < MAX_GLUED_CITY_WORDS).then_some(Span::new(pos, end))
        })
    }

    /// `, REGION` after a city: upper-case abbreviations (`NTB`, `DC`) or a gazetteer region
    /// (`Jawa Timur`). Returns the region's end.
    fn region(&self, pos: usize) -> Option<usize> {
        let (b, newline) = self.blanks(pos);
        if newline || self.char_at(b) != Some(',') {
            return None;
        }
        let (c, newline) = self.blanks(b + 1);
        if newline {
            return None;
        }
        let words = self.words(c);
        (1..=words.len()).rev().find_map(|k| {
            let taken = words.get(..k)?;
            let end = taken.last()?.end;
            let abbreviations = taken.iter().all(|w| {
                self.text
                    .get(w.start..w.end)
                    .is_some_and(cities::is_abbreviation)
            });
            (abbreviations || cities::place(self.text.get(c..end)?).is_some()).then_some(end)
        })
    }

    /// Up to [`MAX_CITY_WORDS`] capitalised words at `pos`, one blank apart.
    fn words(&self, pos: usize) -> Words {
        let mut words = Words::default();
        let mut at = pos;
        while words.len() < MAX_CITY_WORDS {
            let Some(word) = self.word_at(at) else { break };
            words.push(word);
            let mut rest = self.text.get(word.end..).unwrap_or_default().chars();
            match (rest.next(), rest.next()) {
                (Some(b @ (' ' | '\u{a0}')), Some(c)) if c.is_uppercase() => {
                    at = word.end + b.len_utf8()
                }
                _ => break,
            }
        }
        words
    }

    /// One capitalised word at `pos`. Upper-case words keep inner dots, apostrophes and
    /// hyphens between capitals (`D.C`, `SAINT-DENIS`) and give back a last capital that
    /// starts a glued title-case word (`JAKARTAPresiden`); title-case words end where a
    /// capital follows a small letter (`JakartaKita`).
    fn word_at(&self, pos: usize) -> Option<Word> {
        let rest = self.text.get(pos..)?;
        let mut chars = rest.char_indices().peekable();
        let (_, first) = chars.next()?;
        if !first.is_uppercase() {
            return None;
        }
        let upper = {
            let mut look = rest.chars().skip(1);
            match (look.next(), look.next()) {
                (Some(c), _) if c.is_uppercase() => true,
                (Some('.'), Some(c)) => c.is_uppercase(),
                _ => false,
            }
        };
        let mut end = first.len_utf8();
        let mut last_len = end;
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            let joins = if upper {
                c.is_uppercase()
                    || (c == '.'
                        && next.is_some_and(char::is_uppercase)
                        && single_letter_before(rest, i))
                    || (matches!(c, '\'' | '\u{2019}') && next.is_some_and(char::is_uppercase))
                    || (c == '-' && upper_compound(rest.get(i + 1..).unwrap_or_default()))
            } else {
                c.is_lowercase()
                    || (matches!(c, '\'' | '\u{2019}') && next.is_some_and(char::is_lowercase))
            };
            if !joins {
                break;
            }
            end = i + c.len_utf8();
            last_len = c.len_utf8();
        }
        if upper
            && rest
                .get(end..)?
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && end > last_len
        {
            end -= last_len;
        }
        Some(Word {
            start: pos,
            end: pos + end,
            upper,
        })
    }

    /// Whether a letter, digit or opening quote follows `pos` directly.
    fn glued_after(&self, pos: usize) -> bool {
        self.char_at(pos)
            .is_some_and(|c| c.is_alphanumeric() || is_opening_quote(c))
    }

    /// Whether the story goes on at `pos`: glued, or after one blank.
    fn story_follows(&self, pos: usize) -> bool {
        let mut chars = self.text.get(pos..).unwrap_or_default().chars();
        match chars.next() {
            Some(c) if is_blank(c) => chars
                .next()
                .is_some_and(|c| c.is_alphanumeric() || is_opening_quote(c)),
            Some(c) => c.is_alphanumeric() || is_opening_quote(c),
            None => false,
        }
    }

    /// The end of the blanks at `pos` (spaces, no-break spaces, `&nbsp;`, line breaks,
    /// invisible characters; at most [`MAX_GAP`] bytes), and whether a line break was among
    /// them.
    fn blanks(&self, pos: usize) -> (usize, bool) {
        let mut at = pos;
        let mut newline = false;
        while at - pos < MAX_GAP {
            let Some(rest) = self.text.get(at..) else {
                break;
            };
            if let Some((len, " ")) = entity_at(rest) {
                at += len;
                continue;
            }
            match rest.chars().next() {
                Some(c) if is_blank(c) => {
                    newline |= matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}');
                    at += c.len_utf8();
                }
                _ => break,
            }
        }
        (at, newline)
    }

    /// The end of the separator at `pos`: a run of up to three dashes (`-`, `--`, `–`, `—`,
    /// `&ndash;`, `&mdash;`) or one `|`.
    fn separator(&self, pos: usize) -> Option<usize> {
        let rest = self.text.get(pos..)?;
        if rest.starts_with('|') {
            return Some(pos + 1);
        }
        let mut at = pos;
        for _ in 0..3 {
            match self.text.get(at..).and_then(dash_len) {
                Some(len) => at += len,
                None => break,
            }
        }
        (at > pos).then_some(at)
    }

    /// A separator after an outlet name: a dash run or `|`, or a colon after a known outlet
    /// (`POSMETRO.CO:`, `BATAM, POSMETRO :`).
    fn outlet_separator(&self, pos: usize, o: Outlet<'a>) -> Option<usize> {
        self.separator(pos)
            .or_else(|| (o.known() && self.char_at(pos) == Some(':')).then_some(pos + 1))
    }

    /// A separator after a city at `city_end`: blanks, an optional stray comma (`MARTAPURA,
    /// -`), then a dash run or `|`. A hyphen glued on both sides to a digit (`U-17`) is part of
    /// a name, not a separator.
    fn city_separator(&self, city_end: usize) -> Option<usize> {
        let (mut b, _) = self.blanks(city_end);
        if self.char_at(b) == Some(',') {
            b = self.blanks(b + 1).0;
        }
        let end = self.separator(b)?;
        let glued_digit = b == city_end && self.char_at(end).is_some_and(|c| c.is_ascii_digit());
        (!glued_digit).then_some(end)
    }

    /// The char at byte `pos`, if `pos` is a char boundary inside the head.
    fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..)?.chars().next()
    }

    /// A [`Found`] from its parts.
    fn found(
        &self,
        start: usize,
        end: usize,
        outlet: Option<Outlet<'a>>,
        city: Option<Span>,
        rule: Rule,
    ) -> Found<'a> {
        Found {
            span: Span::new(start, end),
            outlet,
            city,
            rule,
        }
    }
}

/// Whether `rest` may start with a [`DOMAIN`]: an ASCII letter, then letters, digits and
/// hyphens up to a `.`. A cheap test that spares the regex most candidate positions.
fn may_be_domain(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let name_len = bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    bytes.first().is_some_and(u8::is_ascii_alphabetic) && bytes.get(name_len) == Some(&b'.')
}

/// Length of the dash at the start of `rest`, if any (characters or entities).
fn dash_len(rest: &str) -> Option<usize> {
    if let Some((len, "\u{2013}" | "\u{2014}")) = entity_at(rest) {
        return Some(len);
    }
    rest.chars()
        .next()
        .filter(|c| {
            matches!(
                c,
                '-' | '\u{2010}'
                    | '\u{2011}'
                    | '\u{2012}'
                    | '\u{2013}'
                    | '\u{2014}'
                    | '\u{2015}'
                    | '\u{2212}'
            )
        })
        .map(char::len_utf8)
}

/// Whether the char before byte `i` of `word` is a letter standing alone (`D` in `D.C`).
fn single_letter_before(word: &str, i: usize) -> bool {
    let mut before = word.get(..i).unwrap_or_default().chars().rev();
    before.next().is_some_and(char::is_alphabetic)
        && !before.next().is_some_and(char::is_alphabetic)
}

/// Whether `rest` (after a hyphen) is the upper-case second half of a compound place
/// (`DENIS` in `SAINT-DENIS`): two or more capitals, not followed by a small letter.
fn upper_compound(rest: &str) -> bool {
    let capitals = rest.chars().take_while(|c| c.is_uppercase()).count();
    capitals >= 2 && !rest.chars().nth(capitals).is_some_and(char::is_lowercase)
}

/// A char that may open the story right after a stamp: quotation marks, or `&` of an entity
/// such as `&ldquo;`.
fn is_opening_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201C}' | '\u{2018}' | '\u{201E}' | '\u{AB}' | '&'
    )
}

/// `s` with every run of blanks (line breaks, no-break spaces, `&nbsp;`) as one space.
fn collapse_blanks(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .split(is_blank)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A city as a person writes it: `JAKARTA` → `Jakarta`, `KOTA BANDUNG` → `Kota Bandung`,
/// `MATARAM, NTB` → `Mataram, NTB`; the gazetteer's spelling when it has the place.
fn city_name(raw: &str) -> String {
    let name = collapse_blanks(raw)
        .split(' ')
        .map(city_word)
        .collect::<Vec<_>>()
        .join(" ");
    cities::place(&name).map_or(name, str::to_owned)
}

/// One word of a city: abbreviations upper-case, upper-case words in title case.
fn city_word(word: &str) -> String {
    let core = word.trim_end_matches(',');
    let tail = &word[core.len()..];
    if cities::is_abbreviation(core) {
        return format!("{}{tail}", core.to_uppercase());
    }
    if core.chars().any(char::is_lowercase) {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len());
    let mut start_of_part = true;
    for c in core.chars() {
        if start_of_part {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start_of_part = matches!(c, '-' | '.');
    }
    out.push_str(tail);
    out
}

/// The id of a Tribun site from its web name: `TRIBUN-KALTENGE.COM` → `tribunkaltenge`.
fn tribun_id(name: &str) -> String {
    name.split('.')
        .next()
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> OutletTable {
        OutletTable::new(&[]).unwrap_or_else(|_| unreachable!())
    }

    fn run(text: &str) -> Option<Dateline> {
        find(&Document::new(text), &table())
    }

    /// What a fixture must give: the stamp as spanned, outlet, outlet_id, city, rule.
    struct Expect<'e>(
        &'e str,
        Option<&'e str>,
        Option<&'e str>,
        Option<&'e str>,
        Rule,
    );

    fn check(text: &str, Expect(stamp, outlet, id, city, rule): Expect) {
        let d = run(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
        assert_eq!(d.span.slice(text), Some(stamp), "span in {text:?}");
        assert_eq!(d.outlet.as_deref(), outlet, "outlet in {text:?}");
        assert_eq!(d.outlet_id.as_deref(), id, "outlet_id in {text:?}");
        assert_eq!(d.city.as_deref(), city, "city in {text:?}");
        assert_eq!(d.rule, rule, "rule in {text:?}");
    }

    fn none(text: &str) {
        assert_eq!(run(text), None, "false dateline in {text:?}");
    }

    #[test]
    fn seed_wahananews_pipe() {
        let text = "WahanaNews.co | Presiden China Xi Jinping dan Presiden Vladimir Putin bertemu.";
        check(
            text,
            Expect(
                "WahanaNews.co |",
                Some("WahanaNews.co"),
                Some("wahananews"),
                None,
                RULE_OUTLET,
            ),
        );
        assert_eq!(run(text).map(|d| d.span), Some(Span::new(0, 15)));
        check(
            "WahanaNews.co|Presiden Jokowi meresmikan bandara.",
            Expect(
                "WahanaNews.co|",
                Some("WahanaNews.co"),
                Some("wahananews"),
                None,
                RULE_OUTLET,
            ),
        );
    }

    #[test]
    fn liputan6_outlet_city() {
        let l6 = Some("Liputan6.com");
        let id = Some("liputan6");
        check(
            "Liputan6.com, Jakarta - Harga cabai rawit di pasar tradisional naik tajam.",
            Expect(
                "Liputan6.com, Jakarta -",
                l6,
                id,
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "Liputan6.com, Banyuwangi -Festival gandrung kembali digelar tahun ini.",
            Expect(
                "Liputan6.com, Banyuwangi -",
                l6,
                id,
                Some("Banyuwangi"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "Liputan6.com, Washington, DC -Presiden AS menandatangani aturan baru.",
            Expect(
                "Liputan6.com, Washington, DC -",
                l6,
                id,
                Some("Washington, DC"),
                RULE_OUTLET_CITY,
            ),
        );
        let d = run("Liputan6.com, Jakarta - Hujan.").unwrap_or_else(|| unreachable!());
        assert_eq!(d.network.as_deref(), Some("kly"));
    }

    #[test]
    fn liputan6_separator_lost() {
        let l6 = Some("Liputan6.com");
        let id = Some("liputan6");
        let glued = RULE_OUTLET_CITY_GLUED;
        check(
            "Liputan6.com, JakartaKita semua tahu harga beras naik lagi.",
            Expect("Liputan6.com, Jakarta", l6, id, Some("Jakarta"), glued),
        );
        check(
            "Liputan6.com, Jakarta Partai buruh menggelar aksi di depan gedung DPR.",
            Expect("Liputan6.com, Jakarta", l6, id, Some("Jakarta"), glued),
        );
        check(
            "Liputan6.com, Palangka RayaUntuk pertama kalinya festival sungai digelar.",
            Expect(
                "Liputan6.com, Palangka Raya",
                l6,
                id,
                Some("Palangka Raya"),
                glued,
            ),
        );
        check(
            "Liputan6.com, Jakarta Timnas Indonesia U-17 mulai berlatih di Bali.",
            Expect("Liputan6.com, Jakarta", l6, id, Some("Jakarta"), glued),
        );
        none("Liputan6.com, Jakarta");
    }

    #[test]
    fn tempo_dash_zoo() {
        let t = Some("TEMPO.CO");
        let id = Some("tempo");
        check(
            "TEMPO.CO, Jakarta - Menteri Keuangan menyampaikan laporan APBN.",
            Expect(
                "TEMPO.CO, Jakarta -",
                t,
                id,
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "TEMPO.CO,Jakarta-Ginjaladalah organ yang menyaring darah.",
            Expect(
                "TEMPO.CO,Jakarta-",
                t,
                id,
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "TEMPO.CO, Jakarta -&nbsp;Presiden meresmikan jalan tol baru.",
            Expect(
                "TEMPO.CO, Jakarta -",
                t,
                id,
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "TEMPO.CO, Probolinggo&nbsp;- Gudang beras milik Bulog penuh.",
            Expect(
                "TEMPO.CO, Probolinggo&nbsp;-",
                t,
                id,
                Some("Probolinggo"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "TEMPO.CO , Jakarta - Harga emas turun.",
            Expect(
                "TEMPO.CO , Jakarta -",
                t,
                id,
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
    }

    #[test]
    fn bisnis_and_republika_upper_city() {
        check(
            "Bisnis.com, JAKARTA — Nilai tukar rupiah menguat pagi ini.",
            Expect(
                "Bisnis.com, JAKARTA —",
                Some("Bisnis.com"),
                Some("bisnis"),
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "Bisnis.com,\u{a0}JAKARTA\u{a0}–\u{a0}Pemerintah menerbitkan obligasi ritel.",
            Expect(
                "Bisnis.com,\u{a0}JAKARTA\u{a0}–",
                Some("Bisnis.com"),
                Some("bisnis"),
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "Bisnis.com, JAKARTA --- Bursa ditutup menguat.",
            Expect(
                "Bisnis.com, JAKARTA ---",
                Some("Bisnis.com"),
                Some("bisnis"),
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        let r = Some("REPUBLIKA.CO.ID");
        let id = Some("republika");
        check(
            "REPUBLIKA.CO.ID, JAKARTA -- Kementerian Agama menetapkan awal Zulhijah.",
            Expect(
                "REPUBLIKA.CO.ID, JAKARTA --",
                r,
                id,
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "REPUBLIKA.CO.ID,\u{a0}CIREBON--Ratusan nelayan melaut kembali.",
            Expect(
                "REPUBLIKA.CO.ID,\u{a0}CIREBON--",
                r,
                id,
                Some("Cirebon"),
                RULE_OUTLET_CITY,
            ),
        );
        let d = run("IHRAM.CO.ID, BANJARMASIN -- Jamaah haji kloter pertama tiba.")
            .unwrap_or_else(|| unreachable!());
        assert_eq!(d.outlet_id.as_deref(), Some("ihram"));
        assert_eq!(d.network.as_deref(), Some("republika"));
        assert_eq!(d.city.as_deref(), Some("Banjarmasin"));
    }

    #[test]
    fn tribun_network_keeps_regional_ids() {
        check(
            "TRIBUNSOLO.COM, KLATEN - Hujan deras membuat sungai meluap.",
            Expect(
                "TRIBUNSOLO.COM, KLATEN -",
                Some("TRIBUNSOLO.COM"),
                Some("tribunsolo"),
                Some("Klaten"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "WARTAKOTALIVE.COM, JAKARTA-Polisi menangkap dua pelaku begal.",
            Expect(
                "WARTAKOTALIVE.COM, JAKARTA-",
                Some("WARTAKOTALIVE.COM"),
                Some("wartakota"),
                Some("Jakarta"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "SURYA.co.id, KOTA SURABAYA - Pemkot menata parkir di tepi jalan.",
            Expect(
                "SURYA.co.id, KOTA SURABAYA -",
                Some("SURYA.co.id"),
                Some("surya"),
                Some("Kota Surabaya"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "BANJARMASINPOST.CO.ID, MARTAPURA, - Sebuah benda diduga granat ditemukan.",
            Expect(
                "BANJARMASINPOST.CO.ID, MARTAPURA, -",
                Some("BANJARMASINPOST.CO.ID"),
                Some("banjarmasinpost"),
                Some("Martapura"),
                RULE_OUTLET_CITY,
            ),
        );
        check(
            "BINTAN, TRIBUNBATAM.id - Kapal cepat terbalik di perairan Bintan.",
            Expect(
                "BINTAN, TRIBUNBATAM.id -",
                Some("TRIBUNBATAM.id"),
                Some("tribunbatam"),
                Some("Bintan"),
                RULE_CITY_OUTLET,
            ),
        );
        let d = run("SERAMBINEWS.COM, BANDA ACEH - Hujan turun.").unwrap_or_else(|| unreachable!());
        assert_eq!(d.network.as_deref(), Some("tribunnews"));
        assert_eq!(d.city.as_deref(), Some("Banda Aceh"));
        // A Tribun site not in the table keeps its own id and the network.
        let d = run("TRIBUNMALUKU.COM, AMBON - Gempa terasa di Ambon.")
            .unwrap_or_else(|| unreachable!());
        assert_eq!(d.outlet_id.as_deref(), Some("tribunmaluku"));
        assert_eq!(d.network.as_deref(), Some("tribunnews"));
    }

    #[test]
    fn byline_or_headline_before_the_stamp() {
        let solo = Expect(
            "TRIBUNSOLO.COM, KLATEN -",
            Some("TRIBUNSOLO.COM"),
            Some("tribunsolo"),
            Some("Klaten"),
            RULE_OUTLET_CITY,
        );
        check(
            "Laporan Wartawan TribunSolo.com, Zharfan Muhana\nTRIBUNSOLO.COM, KLATEN - Warga antre air.",
            solo,
        );
        let solo = Expect(
            "TRIBUNSOLO.COM, KLATEN -",
            Some("TRIBUNSOLO.COM"),
            Some("tribunsolo"),
            Some("Klaten"),
            RULE_OUTLET_CITY,
        );
        check(
            "Laporan Wartawan TribunSolo.com, Zharfan MuhanaTRIBUNSOLO.COM, KLATEN - Warga antre air.",
            solo,
        );
        let solo = Expect(
            "TRIBUNSOLO.COM, KLATEN -",
            Some("TRIBUNSOLO.COM"),
            Some("tribunsolo"),
            Some("Klaten"),
            RULE_OUTLET_CITY,
        );
        check(
            "Banjir Rendam Tiga Desa di Klaten\nTRIBUNSOLO.COM, KLATEN - Warga mengungsi.",
            solo,
        );
        // A headline that ends with a place is not a city before the outlet.
        check(
            "Hujan Es Turun di Denpasar\nTRIBUN-BALI.COM - Warga dikejutkan hujan es.",
            Expect(
                "TRIBUN-BALI.COM -",
                Some("TRIBUN-BALI.COM"),
                Some("tribunbali"),
                None,
                RULE_OUTLET,
            ),
        );
        // Run-on text: the headline glued before the stamp on the same line.
        check(
            "Hakim Jelaskan Putusan soal SMP Swasta SEMARANG, KOMPAS.com-Mahkamah Konstitusi memutus.",
            Expect(
                "SEMARANG, KOMPAS.com-",
                Some("KOMPAS.com"),
                Some("kompas"),
                Some("Semarang"),
                RULE_CITY_OUTLET,
            ),
        );
        // detik's table of contents before `Jakarta\n-\n`.
        check(
            "Daftar Isi\nHarga Emas Hari Ini\nCara Membeli Emas\nJakarta\n-\nHarga emas naik lagi.",
            Expect("Jakarta\n-", None, None, Some("Jakarta"), RULE_CITY),
        );
    }

    #[test]
    fn outlet_only() {
        let k = Some("KOMPAS.com");
        let id = Some("kompas");
        check(
            "KOMPAS.com - Timnas Indonesia kalah dari Jepang.",
            Expect("KOMPAS.com -", k, id, None, RULE_OUTLET),
        );
        check(
            "KOMPAS.com\n-\nTimnas Indonesia\nmenelan kekalahan.",
            Expect("KOMPAS.com\n-", k, id, None, RULE_OUTLET),
        );
        check(
            "Kapanlagi.com - Penyanyi muda itu merilis album baru.",
            Expect(
                "Kapanlagi.com -",
                Some("Kapanlagi.com"),
                Some("kapanlagi"),
                None,
                RULE_OUTLET,
            ),
        );
        check(
            "Merdeka.com - Harga bawang merah turun.",
            Expect(
                "Merdeka.com -",
                Some("Merdeka.com"),
                Some("merdeka"),
                None,
                RULE_OUTLET,
            ),
        );
        check(
            "POSMETRO MEDAN– Seorang pencuri sepeda motor ditangkap warga.",
            Expect(
                "POSMETRO MEDAN–",
                Some("POSMETRO MEDAN"),
                Some("posmetromedan"),
                None,
                RULE_OUTLET,
            ),
        );
        check(
            "TRIBUN-MEDAN.COM,- Bagi Anda yang lupa niat puasa, simak berikut ini.",
            Expect(
                "TRIBUN-MEDAN.COM,-",
                Some("TRIBUN-MEDAN.COM"),
                Some("tribunmedan"),
                None,
                RULE_OUTLET,
            ),
        );
        check(
            "BANJARMASINPOST.CO.ID \u{a0}Presenter kondang itu batal berangkat umrah.",
            Expect(
                "BANJARMASINPOST.CO.ID",
                Some("BANJARMASINPOST.CO.ID"),
                Some("banjarmasinpost"),
                None,
                RULE_OUTLET_GLUED,
            ),
        );
    }

    #[test]
    fn kontan_city_after_the_dash() {
        let k = Some("KONTAN.CO.ID");
        let id = Some("kontan");
        check(
            "KONTAN.CO.ID - JAKARTA. Bank sentral menahan suku bunga.",
            Expect(
                "KONTAN.CO.ID - JAKARTA.",
                k,
                id,
                Some("Jakarta"),
                RULE_OUTLET_DASH_CITY,
            ),
        );
        check(
            "KONTAN.CO.ID -\u{a0}SEOUL. Bursa Korea ditutup melemah.",
            Expect(
                "KONTAN.CO.ID -\u{a0}SEOUL.",
                k,
                id,
                Some("Seoul"),
                RULE_OUTLET_DASH_CITY,
            ),
        );
        // A title after the dash is not Kontan's city.
        check(
            "SURYA.CO.ID - Dr. Ahmad memimpin doa bersama.",
            Expect(
                "SURYA.CO.ID -",
                Some("SURYA.CO.ID"),
                Some("surya"),
                None,
                RULE_OUTLET,
            ),
        );
    }

    #[test]
    fn city_then_outlet() {
        let k = Some("KOMPAS.com");
        let id = Some("kompas");
        check(
            "JAKARTA, KOMPAS.com - Presiden melantik menteri baru.",
            Expect(
                "JAKARTA, KOMPAS.com -",
                k,
                id,
                Some("Jakarta"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "LHOKSEUMAWE, KOMPAS.com – Nelayan kembali melaut.",
            Expect(
                "LHOKSEUMAWE, KOMPAS.com –",
                k,
                id,
                Some("Lhokseumawe"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "PALANGKA RAYA, KOMPAS.com- Kabut asap menyelimuti kota.",
            Expect(
                "PALANGKA RAYA, KOMPAS.com-",
                k,
                id,
                Some("Palangka Raya"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "KABUPATEN BOGOR, KOMPAS.com -Jalan penuh lubang dikeluhkan warga.",
            Expect(
                "KABUPATEN BOGOR, KOMPAS.com -",
                k,
                id,
                Some("Kabupaten Bogor"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "JAKARTA\n, KOMPAS.com -\nGubernur meninjau banjir.",
            Expect(
                "JAKARTA\n, KOMPAS.com -",
                k,
                id,
                Some("Jakarta"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "Jakarta, CNN Indonesia -- Bank Indonesia menahan suku bunga.",
            Expect(
                "Jakarta, CNN Indonesia --",
                Some("CNN Indonesia"),
                Some("cnnindonesia"),
                Some("Jakarta"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "Jakarta, CNN Indonesia --Bank\u{a0}Indonesia menahan suku bunga.",
            Expect(
                "Jakarta, CNN Indonesia --",
                Some("CNN Indonesia"),
                Some("cnnindonesia"),
                Some("Jakarta"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "Jakarta, CNBC Indonesia\u{a0}— IHSG dibuka menguat.",
            Expect(
                "Jakarta, CNBC Indonesia\u{a0}—",
                Some("CNBC Indonesia"),
                Some("cnbcindonesia"),
                Some("Jakarta"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "Jakarta, CNBC Indonesia - IHSG dibuka menguat.",
            Expect(
                "Jakarta, CNBC Indonesia -",
                Some("CNBC Indonesia"),
                Some("cnbcindonesia"),
                Some("Jakarta"),
                RULE_CITY_OUTLET,
            ),
        );
        check(
            "BATAM, POSMETRO.CO :Wali Kota Batam menghadiri halalbihalal.",
            Expect(
                "BATAM, POSMETRO.CO :",
                Some("POSMETRO.CO"),
                Some("posmetro"),
                Some("Batam"),
                RULE_CITY_OUTLET,
            ),
        );
    }

    #[test]
    fn medcom_and_lampung_post_place_and_colon() {
        check(
            "Jakarta: Presiden meresmikan bendungan di Jawa Barat.",
            Expect("Jakarta:", None, None, Some("Jakarta"), RULE_CITY_COLON),
        );
        check(
            "Bandar Lampung: Gubernur meninjau pasar induk.",
            Expect(
                "Bandar Lampung:",
                None,
                None,
                Some("Bandar Lampung"),
                RULE_CITY_COLON,
            ),
        );
        none("Catatan: Presiden meresmikan bendungan.");
        none("Jakarta:Presiden meresmikan bendungan.");
        none("Jakarta: kota itu padat.");
    }

    #[test]
    fn city_and_agency() {
        let a = Some("ANTARA");
        let id = Some("antara");
        check(
            "Jakarta (ANTARA) - Presiden meresmikan bendungan.",
            Expect(
                "Jakarta (ANTARA) -",
                a,
                id,
                Some("Jakarta"),
                RULE_CITY_AGENCY,
            ),
        );
        check(
            "Purwokerto (ANTARA) - Harga cabai di Banyumas turun.",
            Expect(
                "Purwokerto (ANTARA) -",
                a,
                id,
                Some("Purwokerto"),
                RULE_CITY_AGENCY,
            ),
        );
        check(
            "Kota Bandung (ANTARA) - Wali kota meninjau pasar.",
            Expect(
                "Kota Bandung (ANTARA) -",
                a,
                id,
                Some("Kota Bandung"),
                RULE_CITY_AGENCY,
            ),
        );
        check(
            "Mataram, NTB (ANTARA News) - Gubernur membuka festival.",
            Expect(
                "Mataram, NTB (ANTARA News) -",
                Some("ANTARA News"),
                id,
                Some("Mataram, NTB"),
                RULE_CITY_AGENCY,
            ),
        );
        check(
            "LONDON (Reuters) - Harga minyak naik.",
            Expect(
                "LONDON (Reuters) -",
                Some("Reuters"),
                Some("reuters"),
                Some("London"),
                RULE_CITY_AGENCY,
            ),
        );
        // Outlets that sign in brackets with a short name (FIELD-NOTES: Media Indonesia,
        // VOA Indonesia; no article of theirs in the corpus).
        check(
            "JAKARTA (MI) - Pemerintah menaikkan anggaran pendidikan.",
            Expect(
                "JAKARTA (MI) -",
                Some("MI"),
                Some("mediaindonesia"),
                Some("Jakarta"),
                RULE_CITY_AGENCY,
            ),
        );
        check(
            "BANDUNG (MI) — Hujan deras merendam ratusan rumah.",
            Expect(
                "BANDUNG (MI) —",
                Some("MI"),
                Some("mediaindonesia"),
                Some("Bandung"),
                RULE_CITY_AGENCY,
            ),
        );
        check(
            "WASHINGTON (VOA) — Kongres menunda pemungutan suara.",
            Expect(
                "WASHINGTON (VOA) —",
                Some("VOA"),
                Some("voaindonesia"),
                Some("Washington"),
                RULE_CITY_AGENCY,
            ),
        );
    }

    #[test]
    fn city_only() {
        check(
            "JAKARTA - Rupiah menguat terhadap dolar AS.",
            Expect("JAKARTA -", None, None, Some("Jakarta"), RULE_CITY),
        );
        check(
            "JAKARTA– Musisi senior merilis lagu baru.",
            Expect("JAKARTA–", None, None, Some("Jakarta"), RULE_CITY),
        );
        check(
            "JAKARTA-WhatsApp mengembangkan fitur baru.",
            Expect("JAKARTA-", None, None, Some("Jakarta"), RULE_CITY),
        );
        check(
            "SAINT-DENIS– Final digelar malam ini.",
            Expect("SAINT-DENIS–", None, None, Some("Saint-Denis"), RULE_CITY),
        );
        check(
            "LOS ANGELES - Kebakaran hutan meluas.",
            Expect("LOS ANGELES -", None, None, Some("Los Angeles"), RULE_CITY),
        );
        check(
            "JAKARTA - 6 tokoh lulusan kampus itu diulas.",
            Expect("JAKARTA -", None, None, Some("Jakarta"), RULE_CITY),
        );
        check(
            "Jakarta\n-\nSejumlah warga berlibur ke Bogor.",
            Expect("Jakarta\n-", None, None, Some("Jakarta"), RULE_CITY),
        );
        check(
            "Chanthaburi, Thailand\n-\nDua pos perbatasan ditutup.",
            Expect(
                "Chanthaburi, Thailand\n-",
                None,
                None,
                Some("Chanthaburi, Thailand"),
                RULE_CITY,
            ),
        );
        check(
            "Jakarta - Presiden Prabowo membuka rapat kabinet.",
            Expect("Jakarta -", None, None, Some("Jakarta"), RULE_CITY),
        );
        check(
            "Probolinggo, Jawa Timur -Pemerintah kabupaten membagikan bibit.",
            Expect(
                "Probolinggo, Jawa Timur -",
                None,
                None,
                Some("Probolinggo, Jawa Timur"),
                RULE_CITY,
            ),
        );
        check(
            ", Jakarta - Siapa pun kini bisa membuat gambar.",
            Expect(", Jakarta -", None, None, Some("Jakarta"), RULE_CITY),
        );
    }

    #[test]
    fn unknown_outlets_by_shape() {
        check(
            "BeritaBaru.id, MEDAN - Hujan turun sejak pagi.",
            Expect(
                "BeritaBaru.id, MEDAN -",
                Some("BeritaBaru.id"),
                None,
                Some("Medan"),
                RULE_GENERIC_OUTLET_CITY,
            ),
        );
        check(
            "KABARDAERAH.CO.ID, SLEMAN - Warga menanam padi.",
            Expect(
                "KABARDAERAH.CO.ID, SLEMAN -",
                Some("KABARDAERAH.CO.ID"),
                None,
                Some("Sleman"),
                RULE_GENERIC_OUTLET_CITY,
            ),
        );
        check(
            "MEDAN, BeritaBaru.id - Hujan turun sejak pagi.",
            Expect(
                "MEDAN, BeritaBaru.id -",
                Some("BeritaBaru.id"),
                None,
                Some("Medan"),
                RULE_GENERIC_CITY_OUTLET,
            ),
        );
        check(
            "KabarKota.co.id - Harga beras stabil.",
            Expect(
                "KabarKota.co.id -",
                Some("KabarKota.co.id"),
                None,
                None,
                RULE_GENERIC_OUTLET,
            ),
        );
    }

    #[test]
    fn field_notes_outlets() {
        let cases = [
            (
                "JAKARTA, KOMPAS.TV - Banjir rob melanda pesisir.",
                "kompastv",
                Some("Jakarta"),
            ),
            ("KOMPAS.TV - Banjir rob melanda pesisir.", "kompastv", None),
            (
                "Bola.com, Jakarta - Timnas berlatih pagi ini.",
                "bola",
                Some("Jakarta"),
            ),
            ("VIVA.co.id - Harga emas turun.", "viva", None),
            ("VIVA – Harga emas turun.", "viva", None),
            (
                "jpnn.com, JAKARTA - DPR menggelar rapat.",
                "jpnn",
                Some("Jakarta"),
            ),
            ("Suara.com - Artis itu menikah.", "suara", None),
            (
                "PR TASIKMALAYA - Jalan desa diperbaiki.",
                "prtasikmalaya",
                None,
            ),
            ("tirto.id - Pemerintah menaikkan tarif.", "tirto", None),
            (
                "Jakarta, IDN Times - Menteri meninjau pasar.",
                "idntimes",
                Some("Jakarta"),
            ),
            ("JawaPos.com - Persebaya menang.", "jawapos", None),
            (
                "SINDOnews.com, JAKARTA - Rupiah melemah.",
                "sindonews",
                Some("Jakarta"),
            ),
            (
                "Okezone.com, JAKARTA - Rupiah melemah.",
                "okezone",
                Some("Jakarta"),
            ),
        ];
        for (text, id, city) in cases {
            let d = run(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
            assert_eq!(d.outlet_id.as_deref(), Some(id), "{text:?}");
            assert_eq!(d.city.as_deref(), city, "{text:?}");
        }
    }

    #[test]
    fn caller_profiles_are_used() {
        let mine = OutletProfile::new("beritabaru", &["BeritaBaru.id"], Some("baru"));
        let table = OutletTable::new(&[mine]).unwrap_or_else(|_| unreachable!());
        let text = "BeritaBaru.id, MEDAN - Hujan turun.";
        let d = find(&Document::new(text), &table).unwrap_or_else(|| unreachable!());
        assert_eq!(d.outlet_id.as_deref(), Some("beritabaru"));
        assert_eq!(d.network.as_deref(), Some("baru"));
        assert_eq!(d.rule, RULE_OUTLET_CITY);
    }

    #[test]
    fn no_dateline() {
        none("Presiden Prabowo Subianto meresmikan bendungan di Jawa Tengah.");
        none("Jakarta - Bandung dibuka untuk kendaraan pribadi mulai pekan depan.");
        none("Jakarta - Surabaya Ditempuh Delapan Jam Lewat Tol");
        none("TEKA-teki masa depan pemain itu akhirnya terjawab.");
        none("ALIH-alih diadili, tersangka justru dibebaskan.");
        none("INFO NASIONAL - PT Pertamina menggelar pelatihan.");
        none("COVID-19 kembali merebak di beberapa negara.");
        none("BP-AKR mempertimbangkan membeli BBM dari Pertamina.");
        none("Baru-baru ini, harga cabai naik.");
        none("Paris Saint-Germain menang besar atas Inter.");
        none("Shin Tae-yong kembali ke Korea.");
        none("Laporan Wartawan TribunSolo.com, Zharfan Muhana\nWarga Klaten antre air bersih.");
        none("POS-KUPANG.COM, Maria Vianey\nWarga Kupang antre air bersih.");
        none("Kompas.com melaporkan harga naik.");
        none("Antara lain - kata dia - harga naik.");
        none("");
        none("   \n\n");
    }

    #[test]
    fn never_deep_inside_the_text() {
        let mut text = String::new();
        for i in 0..10 {
            text.push_str(&format!("Paragraf ke-{i} bercerita tentang hujan.\n"));
        }
        text.push_str("JAKARTA, KOMPAS.com - Presiden melantik menteri.");
        none(&text);
        let long = format!("{}\nJAKARTA - Hujan turun.", "Kata ".repeat(200));
        none(&long);
    }

    #[test]
    fn city_names_as_people_write_them() {
        assert_eq!(city_name("KOTA BANDUNG"), "Kota Bandung");
        assert_eq!(city_name("MATARAM, NTB"), "Mataram, NTB");
        assert_eq!(city_name("WASHINGTON DC"), "Washington DC");
        assert_eq!(city_name("SAINT-DENIS"), "Saint-Denis");
        assert_eq!(city_name("BA'A"), "Ba'a");
        assert_eq!(city_name("BANDA\u{a0}ACEH"), "Banda Aceh");
        assert_eq!(city_name("Jakarta"), "Jakarta");
        assert_eq!(tribun_id("TRIBUN-KALTENGE.COM"), "tribunkaltenge");
    }

    #[test]
    fn no_panic_on_cut_or_odd_input() {
        let samples = [
            "Liputan6.com, JakartaKita semua tahu.",
            "REPUBLIKA.CO.ID,\u{a0}CIREBON--Ratusan nelayan.",
            "Mataram, NTB (ANTARA News) - Gubernur.",
            "KONTAN.CO.ID -\u{a0}SEOUL. Bursa.",
            "TEMPO.CO, Probolinggo&nbsp;- Gudang.",
            "Jakarta\n-\nSejumlah warga.",
            "é😀 JAKARTA — ü",
        ];
        for text in samples {
            for (i, _) in text.char_indices() {
                let _ = run(&text[..i]);
                let _ = run(&text[i..]);
            }
        }
        let odd = [
            "A".repeat(5000),
            "A.".repeat(3000),
            "A-".repeat(3000),
            "&nbsp;".repeat(500),
            "-".repeat(1000),
            "X.com, ".repeat(400),
            "JAKARTA ".repeat(600),
        ];
        for text in &odd {
            let _ = run(text);
        }
    }
}

//! Speaker phrases: reading the words after a cue (`ujar Kepala BPBD DKI Isnawa Adji`) or
//! before a verb of saying (`juru bicara Kremlin Dmitry Peskov menggambarkan`) into a mention
//! with its name, role and kind. Titles, ranks and honorifics stay out of the name.

use std::borrow::Cow;
use std::ops::Range;

use crate::article::{Span, SpeakerKind};
use crate::lexicon::{classes, in_list, titles};
use crate::speech::words::Token;

/// What a pronoun mention points back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// `ia`, `dia`, `beliau`: the last named person speaker.
    Person,
    /// The `-nya` of `ujarnya`, `menurutnya`: the last named person speaker.
    Nya,
    /// `mereka`: the last group speaker.
    Plural,
}

/// A speaker as the text names it, before surname and pronoun resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    /// Where the mention is.
    pub span: Span,
    /// The mention as written.
    pub text: String,
    /// The name part, titles stripped (`Karyoto`), or the whole phrase for organisations,
    /// groups and documents; `None` for pronouns.
    pub name: Option<String>,
    /// The role part (`Kapolda Metro Jaya`), if any.
    pub role: Option<String>,
    /// What sort of speaker.
    pub kind: SpeakerKind,
    /// How the mention names its speaker: by name, by a pronoun, or by a role alone.
    pub refers: Refers,
    /// A demonstrative (`ini`, `itu`, `tersebut`) follows the mention.
    pub definite: bool,
}

/// How a [`Mention`] names its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refers {
    /// By name (a person's name, or the phrase of an organisation, group or document).
    Name,
    /// By a pronoun to resolve (`ia`, `-nya`, or a nickname given with `sapaan akrabnya`).
    Pronoun(Pronoun),
    /// By a role without a name (`Kapolsek`, `pelatih asal Belanda ini`): resolved to the
    /// person the article gave that role, or to the last person speaker when a demonstrative
    /// follows.
    Role,
}

impl Mention {
    /// The pronoun to resolve, when the mention is one.
    pub(crate) fn pronoun(&self) -> Option<Pronoun> {
        match self.refers {
            Refers::Pronoun(p) => Some(p),
            Refers::Name | Refers::Role => None,
        }
    }

    /// Whether the mention is a role without a name.
    pub(crate) fn role_only(&self) -> bool {
        self.refers == Refers::Role
    }

    /// The `-nya` mention at the end of a cue word (`ujarnya`, `menurutnya`).
    pub(crate) fn nya(text: &str, cue: Span) -> Option<Mention> {
        let word = cue.slice(text)?;
        let lower = word.to_lowercase();
        lower.ends_with("nya").then(|| Mention {
            span: Span::new(cue.end.saturating_sub(3), cue.end),
            text: "-nya".into(),
            name: None,
            role: None,
            kind: SpeakerKind::Person,
            refers: Refers::Pronoun(Pronoun::Nya),
            definite: false,
        })
    }
}

/// A speaker phrase as read from its tokens, before any of its words are copied: the name
/// and role are token ranges, so a reader of every phrase in an article (the registry of
/// people) builds strings only for the phrases it keeps.
#[derive(Clone, Debug)]
pub(crate) struct Phrase<'t, 'a> {
    /// The phrase's tokens.
    tokens: &'t [Token<'a>],
    /// Where the phrase is.
    pub span: Span,
    /// Which of the tokens name the speaker.
    name: NamePart,
    /// Which of the tokens give the role, if any.
    role: Option<Range<usize>>,
    /// What sort of speaker.
    pub kind: SpeakerKind,
    /// How the phrase names its speaker.
    pub refers: Refers,
    /// A demonstrative (`ini`, `itu`, `tersebut`) follows the phrase.
    pub definite: bool,
}

/// Which words of a [`Phrase`] are its name.
#[derive(Clone, Debug)]
enum NamePart {
    /// The whole phrase as written (a group or document).
    Written,
    /// The phrase without its leading titles (`Prof. Budi` → `Budi`); the whole phrase when
    /// it is nothing but titles.
    Untitled,
    /// These tokens: the name split from a role.
    Split(Range<usize>),
}

impl Phrase<'_, '_> {
    /// The phrase as written.
    pub(crate) fn written<'s>(&self, text: &'s str) -> Option<&'s str> {
        self.span.slice(text)
    }

    /// The name part, titles stripped ([`Mention::name`]); borrowed from `text` unless words
    /// glued by the scraper get a space between them.
    pub(crate) fn name<'s>(&self, text: &'s str) -> Option<Cow<'s, str>> {
        match &self.name {
            NamePart::Written => self.written(text).map(Cow::Borrowed),
            NamePart::Untitled => {
                strip_titles(text, self.tokens).or_else(|| self.written(text).map(Cow::Borrowed))
            }
            NamePart::Split(r) => join(text, self.tokens.get(r.clone())?),
        }
    }

    /// Whether the name part is one word token (so one word, whatever its text).
    pub(crate) fn one_word_name(&self) -> bool {
        let tokens = match &self.name {
            NamePart::Written => self.tokens,
            NamePart::Untitled => untitled(self.tokens).unwrap_or(self.tokens),
            NamePart::Split(r) => self.tokens.get(r.clone()).unwrap_or_default(),
        };
        matches!(tokens, [t] if t.is_word())
    }

    /// Whether any words are split off as the role (a role of only numbers reads as none).
    pub(crate) fn has_role_words(&self) -> bool {
        self.role.is_some()
    }

    /// The role part ([`Mention::role`]), if any.
    pub(crate) fn role<'s>(&self, text: &'s str) -> Option<Cow<'s, str>> {
        let tokens = self.tokens.get(self.role.clone()?)?;
        // A number left before the name (`Januari 2025 Ashanty`) is no role.
        join(text, tokens).filter(|r| r.chars().any(char::is_alphabetic))
    }

    /// The mention, its words copied out of `text`.
    pub(crate) fn mention(&self, text: &str) -> Option<Mention> {
        Some(Mention {
            span: self.span,
            text: self.written(text)?.to_owned(),
            name: self.name(text).map(Cow::into_owned),
            role: self.role(text).map(Cow::into_owned),
            kind: self.kind,
            refers: self.refers,
            definite: self.definite,
        })
    }
}

/// The length in tokens of the role head starting at `tokens[i]` (one or two words), and
/// whether it needs a complement. Most words are no role head: their classes answer at once.
#[inline(always)]
fn role_head(tokens: &[Token<'_>], i: usize) -> Option<(usize, titles::Complement)> {
    let first = tokens
        .get(i)
        .filter(|t| t.is_word() && t.is_in(classes::ROLE_HEAD | classes::PAIR_OPENER))?;
    listed_role_head(first, tokens.get(i + 1))
}

/// [`role_head`] for a word listed as one, or as the first of two (`Kepala Dinas`), and the
/// token after it.
fn listed_role_head(
    first: &Token<'_>,
    next: Option<&Token<'_>>,
) -> Option<(usize, titles::Complement)> {
    let heads = classes::role_heads(&first.lower())?;
    if let Some(second) = next.filter(|t| t.is_word() && first.is_in(classes::PAIR_OPENER)) {
        if let Some(c) = heads.pairs.get(second.lower().as_str()) {
            return Some((2, *c));
        }
    }
    heads.alone.map(|c| (1, c))
}

/// Whether `tokens` open with a role head (`Lurah`, `Kepala Dinas`, `warga`).
pub(crate) fn opens_role(tokens: &[Token<'_>]) -> bool {
    role_head(tokens, 0).is_some()
}

/// Whether the token is a title, rank or honorific to drop (`Irjen`, `Prof.`, `H.`).
pub(crate) fn is_title(t: &Token<'_>) -> bool {
    t.is_in(classes::HONORIFIC | classes::RANK)
}

/// Whether the token is an academic degree written after a name (`S.H.`, `M.Si`).
fn is_degree(t: &Token<'_>) -> bool {
    // `S.H.`, `M.Si`; or in capitals without dots (`AKBP Thommy Aruan SIK`).
    if !t.text.contains('.') && !t.is_acronym() {
        return false;
    }
    let bare: String = t.lower().chars().filter(|c| *c != '.').collect();
    in_list!(titles::DEGREES, &bare)
}

/// Whether the token may be part of a speaker phrase read from capitalised words and roles.
pub(crate) fn in_phrase(t: &Token<'_>) -> bool {
    if !t.is_word() || t.is_in(classes::FURNITURE) {
        return false;
    }
    t.is_capitalised()
        || t.text.chars().next().is_some_and(|c| c.is_ascii_digit())
        || t.is_in(
            classes::ROLE_WORD
                | classes::ROLE_HEAD
                | classes::HONORIFIC
                | classes::RANK
                | classes::NAME_PARTICLE,
        )
        || t.text.starts_with('@')
}

/// The kind a phrase starting with `first` has, if its first word decides it.
fn kind_of_head(first: &Token<'_>) -> Option<SpeakerKind> {
    if first.is_in(classes::DOCUMENT_HEAD) {
        Some(SpeakerKind::Document)
    } else if first.is_in(classes::GROUP_HEAD) {
        Some(SpeakerKind::Group)
    } else if first.is_in(classes::ORG_HEAD) {
        Some(SpeakerKind::Organisation)
    } else {
        None
    }
}

/// Reads the speaker phrase that starts at `tokens[0]` (the words after a cue).
pub(crate) fn after_cue(text: &str, tokens: &[Token<'_>]) -> Option<Mention> {
    let first = tokens.first().filter(|t| t.is_word())?;
    if let Some(m) = pronoun(first) {
        return Some(m);
    }
    if first.is_in(classes::FIRST_PERSON) {
        return None;
    }
    if !first.is_capitalised() && !first.text.starts_with('@') {
        // Lower-case phrases: documents (`tulis pernyataan bersama tersebut`), groups
        // (`kata para warga`), roles (`kata pengamat ekonomi X`).
        if let Some(kind @ (SpeakerKind::Document | SpeakerKind::Group)) = kind_of_head(first) {
            let end = tokens
                .iter()
                .position(|t| !t.is_word() || t.is_in(classes::PHRASE_STOP))
                .unwrap_or(tokens.len())
                .min(6);
            let slice = tokens.get(..end)?;
            return handle(slice)
                .or_else(|| whole_phrase(slice, kind))?
                .mention(text);
        }
    } else if first.is_in(classes::CLAUSE_OPENER) {
        return None;
    }
    let (mut m, run) = name_phrase(text, tokens)?;
    if nickname_of_nya(tokens.get(run..).unwrap_or_default()) {
        // `ujar Ara, sapaan akrabnya`: the nickname of the person the text is about.
        m.refers = Refers::Pronoun(Pronoun::Person);
    }
    Some(m)
}

/// Whether `tokens` open with `, sapaan akrabnya` (the nickname just read belongs to the
/// person the paragraph is about).
fn nickname_of_nya(tokens: &[Token<'_>]) -> bool {
    let mut words = tokens.iter().take(3).map(Token::lower);
    words.next().is_some_and(|w| w == ",")
        && words.next().is_some_and(|w| w == "sapaan")
        && words
            .next()
            .is_some_and(|w| matches!(w.as_str(), "akrabnya" | "karibnya"))
}

/// The person or organisation phrase at the start of `tokens` (capitalised words, role words,
/// titles, bracketed short forms) and the number of tokens the phrase runs over.
pub(crate) fn name_phrase(text: &str, tokens: &[Token<'_>]) -> Option<(Mention, usize)> {
    let (phrase, run) = name_phrase_parts(tokens)?;
    Some((phrase.mention(text)?, run))
}

/// [`name_phrase`], its words not yet copied.
pub(crate) fn name_phrase_parts<'t, 'a>(
    tokens: &'t [Token<'a>],
) -> Option<(Phrase<'t, 'a>, usize)> {
    let extent = name_phrase_extent(tokens)?;
    Some((extent.read()?, extent.run))
}

/// Where a name phrase lies ([`name_phrase_extent`]): its words, not yet read.
pub(crate) struct Extent<'t, 'a> {
    /// The phrase's tokens, never none.
    slice: &'t [Token<'a>],
    /// A demonstrative follows the phrase.
    definite: bool,
    /// The number of tokens the phrase runs over (from where it starts).
    pub run: usize,
}

impl<'t, 'a> Extent<'t, 'a> {
    /// Whether the phrase is one word alone: then it has no role, and its name is that word.
    pub(crate) fn one_word(&self) -> bool {
        self.slice.len() == 1
    }

    /// The phrase, read into its name and role.
    pub(crate) fn read(&self) -> Option<Phrase<'t, 'a>> {
        person_or_org(self.slice).map(|mut p| {
            p.definite = self.definite;
            p
        })
    }
}

/// Where the phrase of [`name_phrase_parts`] lies, before it is read.
pub(crate) fn name_phrase_extent<'t, 'a>(tokens: &'t [Token<'a>]) -> Option<Extent<'t, 'a>> {
    let first = tokens.first()?;
    if first.is_in(classes::CLAUSE_OPENER) || first.cue().is_some() {
        return None;
    }
    // At most 24 words: a longer run of capitalised words is read from where this one stops.
    let mut end = phrase_len(tokens, 24).min(24);
    let run = end.max(1);
    // `kata pengamat ekonomi Indef, Bhima Yudhistira`, `Kapolsek Medan Baru, Kompol Hendrik`:
    // a role, a comma, then the name.
    let head = tokens.get(..end)?;
    let role_first = role_head(head, 0).is_some();
    // A number alone (`Sejak tahun 2016, Perum Jamkrindo …`) is no role: 498 times in the
    // corpus a year and a comma stand before capitalised words that are seldom a name.
    let no_name = !head.iter().any(|t| t.is_capitalised() && !is_title(t))
        && head.iter().any(|t| t.text.chars().any(char::is_alphabetic));
    if !head.is_empty() && (no_name || role_first) {
        // `Kepala Kesatuan Pengamanan Lapas (KPLP), Muhammad Nurzaman`: the role's bracketed
        // short form may stand before its comma.
        let comma = if role_first {
            past_bracket(tokens, end)
        } else {
            end
        };
        if let Some(rest) = tokens
            .get(comma + 1..)
            .filter(|_| tokens.get(comma).is_some_and(|t| t.is(',')))
        {
            let opens_name = rest.first().is_some_and(|t| {
                (is_title(t) || (no_name && t.is_capitalised())) && !t.is_in(classes::CLAUSE_OPENER)
            }) || (role_first && name_after_comma(rest));
            let more = phrase_len(rest, usize::MAX);
            if opens_name && more > 0 && !(role_first && continues_list(rest, more)) {
                end = comma + 1 + more;
            }
        }
    }
    let mut slice = tokens.get(..end)?;
    // A speaker's last words are never lower-case role words (`kata Budi dan` → `Budi`).
    while let Some((last, rest)) = slice.split_last() {
        if last.is_capitalised() || last.text.starts_with('@') || rest.is_empty() {
            break;
        }
        slice = rest;
    }
    let definite = tokens
        .get(slice.len())
        .is_some_and(|t| t.is_in(classes::DEMONSTRATIVE));
    (!slice.is_empty()).then_some(Extent {
        slice,
        definite,
        run: run.max(end),
    })
}

/// Where a bracketed short form at `tokens[at]` ends (the token after its `)`, within seven
/// tokens: `(KPLP)`, `(Ka. KPLP)`), else `at`. Over the corpus a role head, its bracketed
/// acronym, a comma and the name (`Menteri Dalam Negeri (Mendagri), Muhammad Tito Karnavian`)
/// are written 56 times in 50 articles.
fn past_bracket(tokens: &[Token<'_>], at: usize) -> usize {
    if !tokens.get(at).is_some_and(|t| t.is('(')) {
        return at;
    }
    (tokens.iter().skip(at).take(7))
        .position(|t| t.is(')'))
        .map_or(at, |p| at + p + 1)
}

/// Whether the phrase of `more` tokens at the start of `rest` is followed by another item of
/// a list (`trio komedian Rigen Rakelna, Hifdzi Khoir, dan Rispo Ananta`: `dan`, or a comma
/// and a capitalised word or `dan`): the names after the role's comma are then the list's
/// next items, not the name of the role before the comma. Over the corpus `Nama Nama, Nama
/// Nama, dan` is written 245 times.
fn continues_list(rest: &[Token<'_>], more: usize) -> bool {
    let conjunction = |t: &Token<'_>| matches!(t.lower().as_str(), "dan" | "serta" | "&");
    match (rest.get(more), rest.get(more + 1)) {
        (Some(t), _) if conjunction(t) => true,
        (Some(c), Some(t)) if c.is(',') => {
            // A day (`, Senin`), place, title or role after the comma is no next item.
            // The next item is a name that a comma or conjunction follows in turn.
            let words = rest
                .iter()
                .skip(more + 1)
                .take_while(|t| t.is_capitalised())
                .count();
            let then = rest.get(more + 1 + words);
            let item = t.is_capitalised()
                && !is_title(t)
                && !t.is_acronym()
                && role_head(rest, more + 1).is_none()
                && !t.is_in(classes::PHRASE_STOP | classes::PLACE | classes::CLAUSE_OPENER)
                && then.is_some_and(|n| n.is(',') || conjunction(n));
            conjunction(t) || item
        }
        _ => false,
    }
}

/// Whether `rest` (after the comma of `Analis Phillip Nova, Priyanka Sachdeva`) opens with a
/// person's name: two or more capitalised words, none a place, day, title or role head.
fn name_after_comma(rest: &[Token<'_>]) -> bool {
    let words = rest
        .iter()
        .take_while(|t| t.is_capitalised() && !t.is_acronym())
        .take(5)
        .count();
    words >= 2
        && rest.iter().take(words).enumerate().all(|(i, t)| {
            !is_title(t)
                && (role_head(rest, i).is_none() || surname_at(rest, i, words))
                && !t.is_in(
                    classes::PLACE
                        | classes::PHRASE_STOP
                        | classes::ORG_HEAD
                        | classes::CLAUSE_OPENER,
                )
        })
}

/// Reads the subject that ends at `tokens[end - 1]` (the words before a verb of saying), after
/// skipping adverbs (`juga`, `pun`). Stops at a comma, a lower-case word that is not a role
/// word, or the start.
pub(crate) fn before_verb(text: &str, tokens: &[Token<'_>], end: usize) -> Option<Mention> {
    let mut stop = end;
    while stop > 0
        && tokens
            .get(stop - 1)
            .is_some_and(|t| t.is_word() && t.is_in(classes::ADVERB))
    {
        stop -= 1;
    }
    // `Direktur FAST, Wachjudi Martono, menyampaikan`: an apposition comma before the verb.
    if stop > 1 && tokens.get(stop - 1).is_some_and(|t| t.is(',')) {
        stop -= 1;
        if let Some(m) = apposed_subject(text, tokens, stop) {
            return Some(m);
        }
    }
    let definite = tokens
        .get(stop..end)
        .is_some_and(|skipped| skipped.iter().any(|t| t.is_in(classes::DEMONSTRATIVE)));
    let last = tokens.get(stop.checked_sub(1)?)?;
    if let Some(m) = pronoun(last) {
        return Some(m);
    }
    let mut start = stop;
    while start > 0 {
        match tokens.get(start - 1) {
            Some(t) if in_subject(t) => start -= 1,
            Some(t) if t.is(')') => match bracket_start(tokens, start - 1) {
                Some(open) if open > 0 => start = open,
                _ => break,
            },
            _ => break,
        }
    }
    // Drop a clause opener at the front: `Sementara juru bicara …`.
    while start < stop
        && tokens
            .get(start)
            .is_some_and(|t| t.is_in(classes::CLAUSE_OPENER) && pronoun(t).is_none())
    {
        start += 1;
    }
    let slice = tokens.get(start..stop)?;
    let first = slice.first()?;
    if let Some(kind @ (SpeakerKind::Document | SpeakerKind::Group)) = kind_of_head(first) {
        return handle(slice)
            .or_else(|| whole_phrase(slice, kind))?
            .mention(text);
    }
    let mut p = person_or_org(slice)?;
    p.definite = definite;
    p.mention(text)
}

/// The person named before an apposition that ends at `tokens[stop]` (its closing comma):
/// `Achmad Sigit, Plt. Direktur Jenderal Industri Agro, mengatakan`, `Sarminah (52), pedagang
/// sayur, mengaku`. The apposition opens with a title or role head and has no comma of its
/// own; the name before its opening comma (an age in brackets skipped) is the subject, the
/// apposition its role.
fn apposed_subject(text: &str, tokens: &[Token<'_>], stop: usize) -> Option<Mention> {
    let comma = (stop.saturating_sub(12)..stop)
        .rev()
        .find(|&j| tokens.get(j).is_some_and(|t| t.is(',')))?;
    let apposition = tokens.get(comma + 1..stop)?;
    // A role, or a title before a role (`Plt. Direktur`); a rank before a name (`Kanit
    // Gakkum, Ipda Ika Mustika,`) names the person of the apposition, not of the phrase before.
    let opens = opens_role(apposition)
        || (apposition.first().is_some_and(is_title)
            && opens_role(apposition.get(1..).unwrap_or_default()));
    if !opens || apposition.iter().any(|t| !t.is_word() && !t.is('.')) {
        return None;
    }
    let mut end = comma;
    if tokens.get(end.checked_sub(1)?).is_some_and(|t| t.is(')')) {
        // `Sarminah (52),`: an age between the name and its comma.
        let open = bracket_start(tokens, end - 1)?;
        let age = tokens.get(open + 1..end - 1).is_some_and(|inner| {
            inner
                .iter()
                .all(|t| t.text.chars().all(|c| c.is_ascii_digit()))
        });
        if !age {
            return None;
        }
        end = open;
    }
    let mut start = end;
    while start > 0
        && tokens
            .get(start - 1)
            .is_some_and(|t| t.is_capitalised() && !is_title(t))
    {
        start -= 1;
    }
    let p = person_or_org(tokens.get(start..end)?)?;
    if p.kind != SpeakerKind::Person || p.refers != Refers::Name || p.has_role_words() {
        return None;
    }
    let mut m = p.mention(text)?;
    m.role = join(text, apposition).map(Cow::into_owned);
    Some(m)
}

/// The number of tokens at the start of `tokens` that form a speaker phrase: phrase words and
/// bracketed short forms (`Dinas PUPR (Dinas Pekerjaan Umum) Kota Bandung`); read no further
/// than `limit` (the count is then `limit` or a little more).
fn phrase_len(tokens: &[Token<'_>], limit: usize) -> usize {
    let mut i = 0;
    let mut after_head = None;
    while let Some(t) = tokens.get(i).filter(|_| i < limit) {
        if let Some((len, _)) = role_head(tokens, i) {
            i += len;
            after_head = Some(i);
            continue;
        }
        if in_phrase(t) {
            i += 1;
        } else if t.is('&') && after_head.is_some() && tokens.get(i + 1).is_some_and(in_phrase) {
            // `Head of Sales & Marketing PT Maju Jaya`, `Direktur Treasury & Internasional
            // Banking`: an ampersand inside a role.
            i += 1;
        } else if describes_role(tokens, i, after_head) {
            // `Psikolog klinis dewasa Adelia`: lower-case words between a role and a name.
            i += 1;
        } else if t.is('(') && i > 0 {
            match tokens.iter().skip(i).take(7).position(|t| t.is(')')) {
                Some(p) if tokens.get(i + p + 1).is_some_and(in_phrase) => i += p + 1,
                _ => break,
            }
        } else {
            break;
        }
    }
    i
}

/// Whether the lower-case word at `tokens[i]` describes the role just before it (at most two
/// such words after the head at `after_head`, then a phrase word): `Psikolog klinis dewasa
/// Adelia`, `Ketua klub 37 Golf Academy`. Not a verb, pronoun, preposition or clause word.
fn describes_role(tokens: &[Token<'_>], i: usize, after_head: Option<usize>) -> bool {
    let Some(t) = tokens.get(i).filter(|t| t.is_word() && !t.is_capitalised()) else {
        return false;
    };
    let near_head = after_head.is_some_and(|h| i >= h && i < h + 2);
    if !near_head {
        return false;
    }
    let lower = t.lower();
    let plain = !t.is_in(
        classes::PHRASE_STOP
            | classes::FURNITURE
            | classes::CLAUSE_OPENER
            | classes::DEMONSTRATIVE
            | classes::PERSON_PRONOUN
            | classes::PLURAL_PRONOUN,
    ) && t.cue().is_none()
        && !lower.starts_with("me")
        && !lower.starts_with("di")
        && !lower.starts_with("ber");
    let name_follows = tokens
        .get(i + 1..i + 3)
        .unwrap_or_default()
        .iter()
        .any(|n| n.is_capitalised() && !is_title(n));
    plain && name_follows
}

/// The index of the `(` that the `)` at `close` closes, within six tokens.
fn bracket_start(tokens: &[Token<'_>], close: usize) -> Option<usize> {
    (close.saturating_sub(6)..close)
        .rev()
        .find(|&j| tokens.get(j).is_some_and(|t| t.is('(')))
}

/// Whether a token may be part of a subject read backwards from its verb.
fn in_subject(t: &Token<'_>) -> bool {
    in_phrase(t) || t.is_in(classes::GROUP_HEAD | classes::DOCUMENT_HEAD)
}

/// A pronoun mention, if the token is one.
fn pronoun(t: &Token<'_>) -> Option<Mention> {
    let (kind, p) = if t.is_in(classes::PERSON_PRONOUN) {
        (SpeakerKind::Person, Pronoun::Person)
    } else if t.is_in(classes::PLURAL_PRONOUN) {
        (SpeakerKind::Group, Pronoun::Plural)
    } else {
        return None;
    };
    Some(Mention {
        span: t.span,
        text: t.text.to_owned(),
        name: None,
        role: None,
        kind,
        refers: Refers::Pronoun(p),
        definite: false,
    })
}

/// A social media account named by its handle (`akun @sapi_merah`): the handle is the name,
/// the head word its role.
fn handle<'t, 'a>(slice: &'t [Token<'a>]) -> Option<Phrase<'t, 'a>> {
    let at = slice.get(1).filter(|t| t.text.starts_with('@'))?;
    Some(Phrase {
        tokens: slice,
        span: Span::new(slice.first()?.span.start, at.span.end),
        name: NamePart::Split(1..2),
        role: Some(0..1),
        kind: SpeakerKind::Person,
        refers: Refers::Name,
        definite: false,
    })
}

/// An unnamed speaker phrase before a verb of saying (`pihak pemohon`, `majelis hakim`,
/// `sejumlah pengamat pasar`), kept whole as a group's name.
pub(crate) fn unnamed_group(text: &str, slice: &[Token<'_>]) -> Option<Mention> {
    whole_phrase(slice, SpeakerKind::Group)?.mention(text)
}

/// A group or document phrase, kept whole as its name.
fn whole_phrase<'t, 'a>(slice: &'t [Token<'a>], kind: SpeakerKind) -> Option<Phrase<'t, 'a>> {
    Some(Phrase {
        tokens: slice,
        span: Span::new(slice.first()?.span.start, slice.last()?.span.end),
        name: NamePart::Written,
        role: None,
        kind,
        refers: Refers::Name,
        definite: false,
    })
}

/// A person (role and name split) or an organisation, from a run of phrase words.
fn person_or_org<'t, 'a>(slice: &'t [Token<'a>]) -> Option<Phrase<'t, 'a>> {
    let first = slice.first()?;
    let span = Span::new(first.span.start, slice.last()?.span.end);
    let group = slice.iter().any(is_and)
        && slice.iter().filter(|t| t.is_capitalised()).count() >= 2
        && !has_role(slice);
    if group {
        return whole_phrase(slice, SpeakerKind::Group);
    }
    let split = split_role_name(slice);
    // `Pantai Asmara Dewi`: a place, not a person.
    let org_like = first.is_in(classes::ORG_HEAD)
        || first.is_in(classes::PLACE_NOUN)
        || slice
            .iter()
            .all(|t| t.is_acronym() || t.is_in(classes::PLACE));
    let Some(name) = split.name.filter(|_| !org_like || split.role.is_some()) else {
        let kind = match kind_of_head(first) {
            Some(k) => k,
            None if org_like => SpeakerKind::Organisation,
            None => SpeakerKind::Person,
        };
        return Some(Phrase {
            tokens: slice,
            span,
            name: NamePart::Untitled,
            role: None,
            kind,
            refers: if kind == SpeakerKind::Person && role_head(slice, 0).is_some() {
                Refers::Role
            } else {
                Refers::Name
            },
            definite: false,
        });
    };
    Some(Phrase {
        tokens: slice,
        span,
        name: NamePart::Split(name),
        role: split.role,
        kind: SpeakerKind::Person,
        refers: Refers::Name,
        definite: false,
    })
}

/// Whether the phrase has a role head, title, rank or organisation head in it.
fn has_role(slice: &[Token<'_>]) -> bool {
    (0..slice.len()).any(|i| role_head(slice, i).is_some())
        || slice
            .iter()
            .any(|t| is_title(t) || t.is_in(classes::ORG_HEAD))
}

/// The role and name parts of a phrase, as token ranges.
#[derive(Debug, Default)]
struct Split {
    role: Option<Range<usize>>,
    name: Option<Range<usize>>,
}

/// Splits `Kapolda Metro Jaya Irjen Karyoto` into role `Kapolda Metro Jaya` and name
/// `Karyoto`: role heads and organisation heads take a complement, places and acronyms stay
/// in the role, a rank or honorific ends it; the name is what is left.
fn split_role_name(slice: &[Token<'_>]) -> Split {
    if let Some(ti) = first_title(slice).filter(|&i| i > 0) {
        let name_start = (ti..slice.len())
            .find(|&j| slice.get(j).is_some_and(|t| !is_title(t) && !t.is(',')))
            .unwrap_or(slice.len());
        return finish(slice, Some(0..ti), name_start);
    }
    let region = Region::of(slice);
    let mut needs = 0usize;
    let mut role_end = 0usize;
    let mut i = 0usize;
    let mut saw_role = false;
    while let Some(t) = slice.get(i) {
        if t.is(',') {
            // `Kapolsek Medan Baru, Kompol Hendrik`: the comma ends the role.
            let name_start = (i + 1..slice.len())
                .find(|&j| slice.get(j).is_some_and(|t| !is_title(t)))
                .unwrap_or(slice.len());
            return finish(slice, saw_role.then_some(0..i), name_start);
        }
        if t.is('(') {
            // `Wali Kota (Walkot) Pekanbaru`: a bracketed short form stays in the role.
            i = slice
                .iter()
                .skip(i)
                .position(|t| t.is(')'))
                .map_or(slice.len(), |p| i + p + 1);
            role_end = i;
            continue;
        }
        if title_at(slice, i) {
            // A rank or honorific: the name follows it.
            let name_start = (i..slice.len())
                .find(|&j| slice.get(j).is_some_and(|t| !is_title(t)))
                .unwrap_or(slice.len());
            return finish(slice, saw_role.then_some(0..role_end), name_start);
        }
        if let Some((len, c)) = role_head(slice, i) {
            saw_role = true;
            needs = usize::from(c == titles::Complement::Required);
            i += len;
            role_end = i;
            continue;
        }
        let capital = t.is_capitalised();
        // A name after the complement: a capitalised word that is no title, nor a role noun
        // (`Bupati Lucky Hakim`: `Hakim` is the surname, so `Lucky` is no complement).
        let names_after = || {
            (i + 1..slice.len()).any(|j| {
                slice
                    .get(j)
                    .is_some_and(|t| t.is_capitalised() && !is_title(t))
                    && role_head(slice, j).is_none()
            })
        };
        if saw_role && matches!(t.lower().as_str(), "dan" | "serta" | "&") {
            needs = 1;
        } else if t.is_in(classes::ORG_HEAD) && (saw_role || i == 0) && !place_tail(slice, i) {
            // `Komisi` needs a complement; an acronym (`Ketua DPR Puan`) or a whole short
            // name (`Kemenkeu`) is one already.
            saw_role = saw_role || i > 0;
            needs = usize::from(!t.is_acronym() && !t.is_in(classes::WHOLE_ORG));
        } else if !capital
            || t.is_acronym()
            || t.is_in(classes::PLACE | classes::ROLE_WORD | classes::ORG_TAIL)
        {
            // Lower-case role words, acronyms, places and numbers stay in the role.
            needs = 0;
            if !saw_role && i == 0 && !t.is_acronym() && !t.is_in(classes::PLACE) {
                return Split::default();
            }
        } else if (needs > 0 && names_after())
            || (saw_role
                && (body_later(slice, i) || region.closes_role_at(i) || office_goes_on(slice, i)))
        {
            // A complement; or a word of a body's name that a later organisation head
            // (`Direktur Dana Perimbangan Ditjen ...`) shows is still part of the role.
            needs = 0;
        } else {
            break;
        }
        i += 1;
        role_end = i;
        if !saw_role {
            // Leading acronyms or places without a role head: an organisation, or the
            // start of a name we cannot split.
            return Split::default();
        }
    }
    finish(slice, saw_role.then_some(0..role_end), role_end)
}

/// Whether the office named in a role goes on past `slice[i]` with `dan` or `serta`
/// (`Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya`, `Dirjen Penyelenggaraan Haji dan
/// Umrah`): the conjunction, a capitalised word that is no role head or title (`Menteri Budi
/// dan Sekjen Ani` names two people), and two more capitalised words for the name (a
/// bracketed short form between them: `Haji dan Umrah (Dirjen PHU) Hilman Latief`). Over the
/// corpus output, 31 speakers were read with a name that starts inside such an office
/// (`Menteri Pendidikan` | `Dasar`).
fn office_goes_on(slice: &[Token<'_>], i: usize) -> bool {
    let joined = slice.get(i + 1).is_some_and(is_and);
    let more = slice
        .iter()
        .skip(i + 2)
        .take(6)
        .take_while(|t| (t.is_capitalised() && !is_title(t)) || t.is('(') || t.is(')'))
        .filter(|t| t.is_capitalised())
        .count();
    joined && more >= 3 && role_head(slice, i + 2).is_none()
}

/// Whether an organisation head follows `slice[i]` within the next four words (`Dana
/// Perimbangan Ditjen`), so the capitalised words up to it belong to the role, not the name.
fn body_later(slice: &[Token<'_>], i: usize) -> bool {
    slice
        .iter()
        .skip(i + 1)
        .take(4)
        .any(|t| t.is_in(classes::ORG_HEAD))
}

/// Whether `slice[i]` is the last word of a place name (`Jakarta Pusat`): a place word right
/// after another, so not an organisation head that takes a complement.
fn place_tail(slice: &[Token<'_>], i: usize) -> bool {
    let place = |j: usize| slice.get(j).is_some_and(|t| t.is_in(classes::PLACE));
    i > 0 && place(i) && place(i - 1)
}

/// Whether the role noun at `slice[j]` is the last word of a name (`Lucky Hakim`, `Chico
/// Hakim`): it follows a name word and ends the phrase of `len` tokens, so no name follows
/// the role it would head.
fn surname_at(slice: &[Token<'_>], j: usize, len: usize) -> bool {
    j > 0
        && j + 1 == len
        && slice.get(j - 1).is_some_and(|t| {
            t.is_capitalised() && !is_title(t) && role_head(slice, j - 1).is_none()
        })
}

/// The index of the first title or rank (or comma) that is not part of a two-word role head
/// (`Sekretaris Jenderal` is a role; `Brigadir Jenderal` a rank), nor inside brackets.
fn first_title(slice: &[Token<'_>]) -> Option<usize> {
    let mut i = 0;
    while let Some(t) = slice.get(i) {
        if let Some((len, _)) = role_head(slice, i).filter(|(len, _)| *len > 1) {
            i += len;
            continue;
        }
        if t.is('(') {
            // A bracketed short form is the role's (`Tertinggal (Mendes PDT)`: `PDT` is no
            // `Pdt.` of a pastor here).
            i = past_bracket(slice, i).max(i + 1);
            continue;
        }
        if title_at(slice, i) || t.is(',') {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Whether `slice[i]` is a rank or honorific before a name: not one that an office's name
/// joins to another word with `dan` (`Penyelenggaraan Haji dan Umrah`).
fn title_at(slice: &[Token<'_>], i: usize) -> bool {
    slice.get(i).is_some_and(is_title) && !slice.get(i + 1).is_some_and(is_and)
}

/// Whether the token is `dan` or `serta`, which join two names or two parts of an office's.
fn is_and(t: &Token<'_>) -> bool {
    matches!(t.lower().as_str(), "dan" | "serta")
}

/// Whether the word has the shape of a common noun that never opens a person's name
/// ([`titles::NOUN_CIRCUMFIXES`], [`titles::NOUN_SUFFIXES`]), or is a passive report verb.
fn noun_shaped(t: &Token<'_>) -> bool {
    if !t.is_capitalised() || t.is_acronym() {
        return false;
    }
    let lower = t.lower();
    let letters = lower.chars().count();
    let nominal = letters >= 8
        && titles::NOUN_CIRCUMFIXES
            .iter()
            .any(|(prefix, suffix)| lower.starts_with(prefix) && lower.ends_with(suffix));
    let suffixed = letters >= 7 && titles::NOUN_SUFFIXES.iter().any(|s| lower.ends_with(s));
    // `Dijelaskan Budi Santoso, …`: a passive report verb opening the sentence; any passive
    // `di-…-kan` verb (`Dibeberkan`, `Diperkirakan`: none of the corpus's capitalised
    // `Di…kan` words before a name is a name).
    let passive = crate::lexicon::speech::passive_report(&lower).is_some()
        || (letters >= 9 && lower.starts_with("di") && lower.ends_with("kan"));
    let noun = in_list!(titles::NAME_NOUNS, lower.as_str());
    nominal || suffixed || passive || noun
}

/// The split with the name from `name_start` to the end, degrees and titles dropped. Words
/// shaped like common nouns before the name are not part of it: they close the role right
/// before them (`Menteri Kesehatan`), or are dropped (`Keberhasilan Jonatan Christie`).
fn finish(slice: &[Token<'_>], mut role: Option<Range<usize>>, mut name_start: usize) -> Split {
    while slice
        .get(name_start + 1)
        .is_some_and(|t| t.is_capitalised() && !is_title(t))
        && slice.get(name_start).is_some_and(noun_shaped)
    {
        if let Some(r) = role.as_mut().filter(|r| r.end == name_start) {
            r.end += 1;
        } else if role.is_none() && role_head(slice, name_start + 1).is_some() {
            // `Kedatangan Presiden Prabowo Subianto`: a role phrase follows; split it anew.
            let rest = slice.get(name_start + 1..).unwrap_or_default();
            let shift = |r: Range<usize>| r.start + name_start + 1..r.end + name_start + 1;
            let split = split_role_name(rest);
            return Split {
                role: split.role.map(shift),
                name: split.name.map(shift),
            };
        }
        name_start += 1;
    }
    let mut end = (name_start..slice.len())
        .find(|&j| {
            slice.get(j).is_some_and(|t| {
                let particle = t.is_in(classes::NAME_PARTICLE);
                j > name_start
                    && ((!t.is_capitalised() && !particle && !is_title(t) && !is_degree(t))
                        || (role_head(slice, j).is_some() && !surname_at(slice, j, slice.len())))
            })
        })
        .unwrap_or(slice.len());
    while end > name_start
        && slice
            .get(end - 1)
            .is_some_and(|t| is_degree(t) || is_title(t))
    {
        end -= 1;
    }
    let name = (name_start < end).then_some(name_start..end);
    let role = role.filter(|r| !r.is_empty() && r.end <= name_start);
    if role.as_ref().is_some_and(|r| r.end == name_start)
        && end == name_start + 1
        && end == slice.len()
        && names_unit(slice, name_start)
    {
        // `Kanit Reskrim Polsek Kutalimbaru`: the word is the unit's name, no one's.
        return Split {
            role: role.map(|r| r.start..end),
            name: None,
        };
    }
    Split { role, name }
}

/// Whether the lone word `slice[at]`, the last of the phrase, names the unit or place the word
/// before it heads (`Polsek Kutalimbaru`, `Kepala Dusun Krajan`, `Ekonom Bank Mandiri`): an
/// organisation head or place noun that needs a complement, not the end of a two-word role
/// head (`Wali Kota Eri`: the mayor is named so, 3 times in the corpus, as is `Kepala Desa`'s
/// village), nor a unit word that is also a given name (`CEO Apple Tim Cook`). Over the corpus
/// output 13 speakers in 10 articles were read with the unit's name as theirs (`Kutalimbaru`,
/// `Ahmedabad`, `Krajan`, `Pariwisata`, `Golkar`, `Mandiri`).
fn names_unit(slice: &[Token<'_>], at: usize) -> bool {
    let Some((u, unit)) = at.checked_sub(1).and_then(|u| Some((u, slice.get(u)?))) else {
        return false;
    };
    let needs_complement = unit.is_in(classes::ORG_HEAD | classes::PLACE_NOUN)
        && !unit.is_acronym()
        && !unit.is_in(classes::WHOLE_ORG)
        && !in_list!(titles::GIVEN_NAME_HEADS, unit.lower().as_str());
    let ends_role_head = at
        .checked_sub(2)
        .and_then(|h| role_head(slice, h))
        .is_some_and(|(len, _)| len == 2);
    needs_complement && !ends_role_head && role_head(slice, u).is_none()
}

/// The place or organisation that closes a phrase's role (`Kepala Dinas Sumber Daya Air dan
/// Bina Marga Kota Bandung Didi Ruswandi`, `Analis Monex Investindo Futures Putu Agus`):
/// roles end with their jurisdiction or their employer, so the capitalised words before it
/// are the office's or the company's name. Found once per phrase, so each word asks in
/// constant time.
struct Region {
    /// The phrase's last place word, bracketed acronym or short form (`Menteri Usaha Mikro
    /// Kecil dan Menengah (UMKM) Maman Abdurrahman`, `PT Asuransi Wahana Tata (Aswata)
    /// Christian Wanandi`), or company tail ([`titles::ORG_TAILS`]) or acronym
    /// of three letters or more right before a capitalised word (`General Manager Bisnis Usaha
    /// Kecil BNI Bambang`) and before any name a preposition follows, when a name is still
    /// after it. Two capitals are more often a person's initials (`Nixon LP
    /// Napitupulu`, `Hariyadi BS Sukamdani`) than an organisation's.
    last_place: Option<usize>,
}

impl Region {
    /// The region of the phrase `slice`.
    fn of(slice: &[Token<'_>]) -> Region {
        // `Dokter Chun Thang dari Pall Mall Medical`: a capitalised word before a preposition
        // is the name, and the company after it names where the person works.
        let named_before = slice
            .windows(2)
            .position(|pair| {
                matches!(pair, [name, prep] if name.is_capitalised()
                    && prep.is_in(classes::OBJECT_PREPOSITION))
            })
            .unwrap_or(slice.len());
        let company_ends = |j: usize| {
            j < named_before
                && slice.get(j).is_some_and(|t| {
                    t.is_in(classes::ORG_TAIL)
                        || (t.is_acronym() && t.text.chars().nth(2).is_some())
                })
                && (slice.get(j + 1)).is_some_and(|n| n.is_capitalised() && !is_title(n))
        };
        let two_words_after = |j: usize| {
            (slice.get(j + 1..j + 3))
                .is_some_and(|next| next.iter().all(|t| t.is_capitalised() && !is_title(t)))
        };
        let closes = |j: usize| {
            let t = slice.get(j);
            t.is_some_and(|t| t.is_in(classes::PLACE))
                || (t.is_some_and(|t| t.is(')'))
                    && j >= 2
                    && slice.get(j - 1).is_some_and(|t| {
                        // A short form not in capitals may be a nickname inside a name
                        // (`Rolliansyah (Roy) Soemirat`): two more words must follow.
                        t.is_acronym() || (t.is_capitalised() && two_words_after(j))
                    })
                    && slice.get(j - 2).is_some_and(|t| t.is('(')))
                || company_ends(j)
        };
        let last_place = (0..slice.len()).rev().find(|&j| closes(j)).filter(|&j| {
            slice
                .get(j + 1..)
                .is_some_and(|rest| rest.iter().any(|t| t.is_capitalised() && !is_title(t)))
        });
        Region { last_place }
    }

    /// Whether a place named after `slice[i]`, with a name still after it, closes the role.
    fn closes_role_at(&self, i: usize) -> bool {
        self.last_place.is_some_and(|j| j > i)
    }
}

/// The text from the first to the last token, as written, with a space between words that
/// the scraper glued (`Sri MulyaniIndrawati` → `Sri Mulyani Indrawati`): borrowed from `text`
/// when no words are glued, which is nearly always.
fn join<'s>(text: &'s str, tokens: &[Token<'_>]) -> Option<Cow<'s, str>> {
    let glued = tokens.windows(2).any(
        |pair| matches!(pair, [p, t] if p.span.end == t.span.start && p.is_word() && t.is_word()),
    );
    if !glued {
        let span = Span::new(tokens.first()?.span.start, tokens.last()?.span.end);
        return span
            .slice(text)
            .filter(|s| !s.is_empty())
            .map(Cow::Borrowed);
    }
    // The written words and what lies between them, and a blank at most between two tokens.
    let written = match (tokens.first(), tokens.last()) {
        (Some(first), Some(last)) => last.span.end.saturating_sub(first.span.start),
        _ => 0,
    };
    let mut out = String::with_capacity(written + tokens.len());
    let mut prev: Option<&Token<'_>> = None;
    for t in tokens {
        if let Some(p) = prev {
            let gap = text.get(p.span.end..t.span.start)?;
            if gap.is_empty() && p.is_word() && t.is_word() {
                out.push(' ');
            }
            out.push_str(gap);
        }
        out.push_str(t.text);
        prev = Some(t);
    }
    (!out.is_empty()).then_some(Cow::Owned(out))
}

/// The phrase without leading titles (`Prof. Budi` → `Budi`), or `None` if nothing is left.
fn strip_titles<'s>(text: &'s str, slice: &[Token<'_>]) -> Option<Cow<'s, str>> {
    join(text, untitled(slice)?)
}

/// The tokens after the leading titles, or `None` if nothing is left.
fn untitled<'t, 'a>(slice: &'t [Token<'a>]) -> Option<&'t [Token<'a>]> {
    let start = slice.iter().position(|t| !is_title(t))?;
    slice.get(start..)
}

/// A person's name without a verb the scraper glued to its last word when it dropped a link
/// (`Maruarar Siraitmengeklaim` → `Maruarar Sirait`, `Purbaya Sadewaberjanji`). The tokens
/// are unglued before this for the listed glue ([`crate::lexicon::glued`]); the verbs glued
/// once or twice each are too many to list (over the corpus about 90 speaker names end so, with
/// 60 different verbs). A glued verb is a `me-` form (`mem-`, `men-`, `meng-`, `meny-`, `mel-`,
/// `mer-`, `mew-`) or a `ber-` form of seven letters or more after four letters or more of
/// name; a surname that ends so is rare (`Steinberger`, `Rosenberger` end in six).
pub(crate) fn without_glued_verb(name: &str) -> &str {
    let Some((_, last)) = name.rsplit_once(' ') else {
        return name;
    };
    let cut = last
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i >= GLUED_VERB_HEAD)
        .find(|&i| last.get(i..).is_some_and(is_glued_verb));
    match cut {
        Some(i) => name.get(..name.len() - last.len() + i).unwrap_or(name),
        None => name,
    }
}

/// Fewest letters of a name before a verb glued to it.
const GLUED_VERB_HEAD: usize = 4;

/// Whether `tail` reads as a whole `me-` or `ber-` verb of seven lower-case letters or more.
fn is_glued_verb(tail: &str) -> bool {
    let prefixed = tail.strip_prefix("ber").is_some()
        || tail
            .strip_prefix("me")
            .is_some_and(|rest| rest.starts_with(['m', 'n', 'l', 'r', 'w']));
    prefixed && tail.len() >= 7 && tail.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::words::tokens;

    fn after(s: &str) -> Mention {
        let t = tokens(s, Span::new(0, s.len()));
        after_cue(s, &t).unwrap_or_else(|| panic!("no mention in {s:?}"))
    }

    fn before(s: &str) -> Mention {
        let t = tokens(s, Span::new(0, s.len()));
        before_verb(s, &t, t.len()).unwrap_or_else(|| panic!("no mention in {s:?}"))
    }

    fn name_role(m: &Mention) -> (Option<&str>, Option<&str>) {
        (m.name.as_deref(), m.role.as_deref())
    }

    #[test]
    fn role_and_rank_are_kept_out_of_the_name() {
        let m = after("Kapolda Metro Jaya Irjen Karyoto kepada wartawan");
        assert_eq!(name_role(&m), (Some("Karyoto"), Some("Kapolda Metro Jaya")));
        let m = after("Kepala Bidang Humas Polda Metro Jaya Kombes Pol Ade Ary Syam Indradi.");
        assert_eq!(
            name_role(&m),
            (
                Some("Ade Ary Syam Indradi"),
                Some("Kepala Bidang Humas Polda Metro Jaya")
            )
        );
    }

    #[test]
    fn a_unit_s_name_ending_the_phrase_is_the_role_s() {
        let m = after("Kanit Reskrim Polsek Sukamakmur kepada wartawan");
        assert_eq!(m.refers, Refers::Role);
        assert_eq!(m.name.as_deref(), Some("Kanit Reskrim Polsek Sukamakmur"));
        let m = after("Kepala Dusun Cibodas kepada wartawan");
        assert_eq!(m.refers, Refers::Role);
        // A unit word that is also a given name opens the name.
        let m = after("CEO Apple Tim Cook kepada wartawan");
        assert_eq!(m.refers, Refers::Name);
        // A two-word role head takes the name after it.
        let m = after("Wali Kota Budiman kepada wartawan");
        assert_eq!(name_role(&m), (Some("Budiman"), Some("Wali Kota")));
        // A unit with its name, then the person's.
        let m = after("Kapolsek Sukamakmur AKP Joko Susilo kepada wartawan");
        assert_eq!(
            name_role(&m),
            (Some("Joko Susilo"), Some("Kapolsek Sukamakmur"))
        );
    }

    #[test]
    fn raden_written_short_is_a_title() {
        let m = after("Kanit Gakkum Polres Garut, Ipda Rd. Asep Suryana kepada wartawan");
        assert_eq!(m.name.as_deref(), Some("Asep Suryana"));
    }

    #[test]
    fn a_number_before_the_name_is_no_role() {
        let m = before("Lalu pada 2012, Yasmin Pratiwi");
        assert_eq!(name_role(&m), (Some("Yasmin Pratiwi"), None));
    }

    #[test]
    fn nouns_shaped_like_nouns_do_not_open_a_name() {
        // A sentence opening with a nominalisation or a `-nya` word before the subject.
        let m = before("Keberhasilan Budi Santoso");
        assert_eq!(name_role(&m), (Some("Budi Santoso"), None));
        let m = before("Pasalnya Dewi Lestari");
        assert_eq!(name_role(&m), (Some("Dewi Lestari"), None));
        // The last word of an office's name goes to the role.
        let m = after("Direktur Utama BPJS Kesehatan Ali Mukti, Senin");
        assert_eq!(
            name_role(&m),
            (Some("Ali Mukti"), Some("Direktur Utama BPJS Kesehatan"))
        );
        // A role phrase after the noun is read as one.
        let m = before("Kedatangan Presiden Prabowo Subianto");
        assert_eq!(name_role(&m), (Some("Prabowo Subianto"), Some("Presiden")));
        // Names that merely end alike stay whole.
        let m = after("Kenya Putri di Jakarta");
        assert_eq!(name_role(&m), (Some("Kenya Putri"), None));
    }

    #[test]
    fn role_heads_take_a_complement() {
        let m = after("Director Shopee Indonesia Christin Djuarto dalam acara itu");
        assert_eq!(
            name_role(&m),
            (Some("Christin Djuarto"), Some("Director Shopee Indonesia"))
        );
        let m = before("Sementara itu, juru bicara Kremlin Dmitry Peskov");
        assert_eq!(
            name_role(&m),
            (Some("Dmitry Peskov"), Some("juru bicara Kremlin"))
        );
        let m = after("Menteri Keuangan Sri Mulyani di Jakarta");
        assert_eq!(
            name_role(&m),
            (Some("Sri Mulyani"), Some("Menteri Keuangan"))
        );
        let m = after("Presiden Prabowo Subianto");
        assert_eq!(name_role(&m), (Some("Prabowo Subianto"), Some("Presiden")));
        let m = after("Presiden Rusia Vladimir Putin");
        assert_eq!(
            name_role(&m),
            (Some("Vladimir Putin"), Some("Presiden Rusia"))
        );
    }

    #[test]
    fn a_company_tail_or_acronym_closes_the_role() {
        // The company's name runs on past the role head's complement: its last English
        // company word or acronym ends it, with a name still after.
        let m = after("Analis Mega Cipta Futures Bagus Hartono kepada wartawan");
        assert_eq!(
            name_role(&m),
            (Some("Bagus Hartono"), Some("Analis Mega Cipta Futures"))
        );
        let m = after("General Manager Usaha Ritel BNS Rahmat Sudiro, Senin");
        assert_eq!(
            name_role(&m),
            (
                Some("Rahmat Sudiro"),
                Some("General Manager Usaha Ritel BNS")
            )
        );
        let m = after("Direktur Utama Nusa Raya Steel Wira Pradana di Cilegon");
        assert_eq!(
            name_role(&m),
            (Some("Wira Pradana"), Some("Direktur Utama Nusa Raya Steel"))
        );
        // A name before a preposition: the company after it is where the person works.
        let m = after("Dokter Lim Wei dari Harbour Capital Medical mengatakan");
        assert!(
            m.name.as_deref().is_some_and(|n| n.ends_with("Wei")),
            "{m:?}"
        );
        // Two capitals are a person's initials, not an organisation's acronym.
        let m = after("Direktur Utama BTN Hendra LP Siregar, Senin");
        assert_eq!(
            name_role(&m),
            (Some("Hendra LP Siregar"), Some("Direktur Utama BTN"))
        );
    }

    #[test]
    fn an_office_named_with_dan_stays_in_the_role() {
        let m = after("Menteri Kelautan Pesisir dan Perikanan Rudi Hartawan di Jakarta");
        assert_eq!(
            name_role(&m),
            (
                Some("Rudi Hartawan"),
                Some("Menteri Kelautan Pesisir dan Perikanan")
            )
        );
        let m = after("Dirjen Pelayanan Haji dan Umrah Kemenag Hasan Basri, Senin");
        assert_eq!(
            name_role(&m),
            (
                Some("Hasan Basri"),
                Some("Dirjen Pelayanan Haji dan Umrah Kemenag")
            )
        );
        // Two people: the second's role head after `dan`, or too few words for a name.
        let m = after("ekonom Rina Gupta dan Jonah Smith");
        assert_ne!(m.name.as_deref(), Some("Smith"));
    }

    #[test]
    fn a_role_noun_after_a_given_name_is_no_complement_s_name() {
        let m = before("Mengakhiri sambutannya, Bupati Rudi Hakim");
        assert_eq!(name_role(&m), (Some("Rudi Hakim"), Some("Bupati")));
    }

    #[test]
    fn honorifics_and_degrees_are_dropped() {
        let m = after("Prof. Dr. Budi Santoso");
        assert_eq!(name_role(&m), (Some("Budi Santoso"), None));
        let m = after("Pak Budi saat ditemui");
        assert_eq!(name_role(&m), (Some("Budi"), None));
    }

    #[test]
    fn pronouns_groups_documents_organisations() {
        assert_eq!(
            after("dia kepada wartawan").pronoun(),
            Some(Pronoun::Person)
        );
        assert_eq!(after("mereka").kind, SpeakerKind::Group);
        let m = after("pernyataan bersama tersebut seperti dikutip CNN");
        assert_eq!(m.kind, SpeakerKind::Document);
        assert_eq!(m.name.as_deref(), Some("pernyataan bersama tersebut"));
        let m = before("Kedua presiden");
        assert_eq!(
            (m.kind, m.name.as_deref()),
            (SpeakerKind::Group, Some("Kedua presiden"))
        );
        let m = before("Kementerian Luar Negeri China");
        assert_eq!(m.kind, SpeakerKind::Organisation);
        assert_eq!(m.name.as_deref(), Some("Kementerian Luar Negeri China"));
        assert_eq!(before("Beijing").kind, SpeakerKind::Organisation);
        assert_eq!(before("China juga").kind, SpeakerKind::Organisation);
    }

    #[test]
    fn a_role_noun_ending_a_name_is_a_surname() {
        let m = after("Nina Hakim di Jakarta");
        assert_eq!(name_role(&m), (Some("Nina Hakim"), None));
        let m = after("Bupati Ciamis, Reno Hakim, Senin (9/6/2025)");
        assert_eq!(name_role(&m), (Some("Reno Hakim"), Some("Bupati Ciamis")));
    }

    #[test]
    fn a_bracketed_acronym_closes_the_role() {
        let m = after("Menteri Koperasi Usaha Kecil (UKM) Wira Sasmita di Bogor");
        assert_eq!(
            name_role(&m),
            (
                Some("Wira Sasmita"),
                Some("Menteri Koperasi Usaha Kecil (UKM)")
            )
        );
    }

    #[test]
    fn a_bracketed_acronym_before_the_role_s_comma() {
        // Written for this rule, in Okezone's style: the acronym, a comma, then the name.
        let m = after("Kepala Seksi Ketertiban Rutan (Kasi Tib), Hendra Wiguna, Selasa (3/6).");
        assert_eq!(
            name_role(&m),
            (
                Some("Hendra Wiguna"),
                Some("Kepala Seksi Ketertiban Rutan (Kasi Tib)")
            )
        );
        // No name after the comma: the phrase stops before the bracket, as before.
        let m = after("Kepala Dinas Kesehatan (Dinkes), Senin (2/6).");
        assert_eq!(m.text, "Kepala Dinas Kesehatan");
    }

    #[test]
    fn a_bracketed_short_form_closes_the_role() {
        // Written for this rule, in Kontan's style: the company's short form is not all caps.
        let m = after("Direktur Utama PT Asuransi Sinar Mulia (Asmulia) Hendra Gunawan di Jakarta");
        assert_eq!(
            name_role(&m),
            (
                Some("Hendra Gunawan"),
                Some("Direktur Utama PT Asuransi Sinar Mulia (Asmulia)")
            )
        );
    }

    #[test]
    fn a_police_unit_head_opens_a_role() {
        // Written for this rule, in Posmetro's style: `Kanit` with no rank before the name.
        let m = after("Kanit Reskrim Polsek Sunggal Darwin Simbolon kepada wartawan");
        assert_eq!(
            name_role(&m),
            (
                Some("Darwin Simbolon"),
                Some("Kanit Reskrim Polsek Sunggal")
            )
        );
    }

    #[test]
    fn titles_nouns_and_degrees_around_a_name() {
        let m = before("Profesor Hana Wirya");
        assert_eq!(m.name.as_deref(), Some("Hana Wirya"));
        let m = after("akun @sapi_merah via TikTok");
        assert_eq!(name_role(&m), (Some("@sapi_merah"), Some("akun")));
        let m = before("Akun @sapi_merah");
        assert_eq!(m.name.as_deref(), Some("@sapi_merah"));
        let m = after("AKBP Rudi Sitompul SIK kepada wartawan");
        assert_eq!(m.name.as_deref(), Some("Rudi Sitompul"));
        let m = before("Nama Sinta Ayu Lestari");
        assert_eq!(m.name.as_deref(), Some("Sinta Ayu Lestari"));
        let m = before("Diungkapkan Rudi Sitompul");
        assert_eq!(m.name.as_deref(), Some("Rudi Sitompul"));
    }

    #[test]
    fn the_subject_before_an_apposition() {
        let s = "Hari ini Bambang Wira, Plt. Direktur Jenderal Industri Kimia Kementerian Perindustrian, mengatakan";
        let t = tokens(s, Span::new(0, s.len()));
        let m = before_verb(s, &t, t.len() - 1).unwrap();
        assert_eq!(m.name.as_deref(), Some("Bambang Wira"));
        let s = "Sumiati (48), pedagang sayur, mengaku";
        let t = tokens(s, Span::new(0, s.len()));
        let m = before_verb(s, &t, t.len() - 1).unwrap();
        assert_eq!(name_role(&m), (Some("Sumiati"), Some("pedagang sayur")));
    }

    #[test]
    fn dirinya_and_sang() {
        assert_eq!(
            after("dirinya kepada wartawan").pronoun(),
            Some(Pronoun::Person)
        );
        let m = before("Sang pelatih Persib Rudi Hartono");
        assert_eq!(
            name_role(&m),
            (Some("Rudi Hartono"), Some("pelatih Persib"))
        );
    }

    #[test]
    fn a_goalkeeper_is_a_role() {
        // `kiper` heads a role with or without the club (229 before a name in the corpus).
        let m = after("kiper Yusuf Pratama");
        assert_eq!(name_role(&m), (Some("Yusuf Pratama"), Some("kiper")));
        let m = after("kiper Persebaya Andhika Ramadhan");
        assert_eq!(
            m.role.as_deref().map(|r| r.starts_with("kiper")),
            Some(true)
        );
    }

    #[test]
    fn an_ampersand_inside_a_role() {
        let m = after("Head of Sales & Marketing PT Sinar Terang, Andri Wibisono");
        assert_eq!(m.name.as_deref(), Some("Andri Wibisono"));
    }

    #[test]
    fn clause_openers_are_not_speakers() {
        let s = "Sementara itu";
        assert!(after_cue(s, &tokens(s, Span::new(0, s.len()))).is_none());
        let s = "Lantas, jaksa kembali bertanya";
        assert!(after_cue(s, &tokens(s, Span::new(0, s.len()))).is_none());
    }

    #[test]
    fn a_verb_glued_to_a_name_is_cut() {
        // Written for this rule: names a scraper glued to the verb after them.
        assert_eq!(
            without_glued_verb("Maruarar Siraitmengeklaim"),
            "Maruarar Sirait"
        );
        assert_eq!(
            without_glued_verb("Purbaya Yudhi Sadewaberjanji"),
            "Purbaya Yudhi Sadewa"
        );
        assert_eq!(
            without_glued_verb("Paetongtarn Shinawatramenyedot"),
            "Paetongtarn Shinawatra"
        );
        // Whole names stay: a short surname tail, a short head, one word.
        assert_eq!(without_glued_verb("Hans Steinberger"), "Hans Steinberger");
        assert_eq!(
            without_glued_verb("Karl-Heinz Rumenigge"),
            "Karl-Heinz Rumenigge"
        );
        assert_eq!(without_glued_verb("Subiantoberulang"), "Subiantoberulang");
        assert_eq!(
            without_glued_verb("Sri Mulyani Indrawati"),
            "Sri Mulyani Indrawati"
        );
    }
}

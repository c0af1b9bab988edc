//! The people an article names, collected once, so that a short mention (`Peskov`, `Walkot
//! Agung`) resolves to the fullest form the article gives (`Dmitry Peskov`, `Agung Nugroho`)
//! without rescanning the article for every quote.

use std::borrow::Cow;
use std::cell::LazyCell;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::ops::Range;

use crate::article::SpeakerKind;
use crate::lexicon::abbreviations::CURRENCY_SIGNS;
use crate::lexicon::place_nouns::PLACE_NOUNS;
use crate::lexicon::places::PLACES;
use crate::lexicon::titles::{CHANNEL_NOUNS, LEGAL_FORMS, SHARED_NAME_OPENERS, SIDE_WORDS};
use crate::lexicon::{WordHasher, classes, in_list, lowered};
use crate::speech::speakers::{self, Phrase, Refers};
use crate::speech::words::Token;

/// One person named in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// Where the name is.
    pub pos: usize,
    /// The name, titles stripped.
    pub name: String,
    /// The role the article gives there, if any.
    pub role: Option<String>,
    /// The name's words, lower case: a range of the registry's [`Registry::word_spans`].
    words: Range<usize>,
}

/// A map keyed by lower-case words, hashed with the lexicon's [`WordHasher`]: the keys are
/// short words of one article, and the maps are only looked up, never walked, so the default
/// hasher's resistance to collisions buys nothing.
type ByWord<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// Every person named in the article, indexed by each word of their names. The words the
/// article writes alone or capitalised are borrowed from its lower-case text (`'a`).
#[derive(Debug, Default)]
pub(crate) struct Registry<'a> {
    people: Vec<Person>,
    /// The lower-case words of every person's name, one after another, so a person's words
    /// take no strings of their own.
    name_words: String,
    /// Where each word is in [`Registry::name_words`].
    word_spans: Vec<Range<usize>>,
    by_word: ByWord<Vec<usize>>,
    /// The people by each word of their roles, in the order they were named.
    by_role_word: ByWord<Vec<usize>>,
    /// Short forms given in brackets after a name: `Saifullah Yusuf (Gus Ipul)`.
    aliases: ByWord<usize>,
    /// Organisations' bracketed acronyms: `JPPI` → `Jaringan Pemantau Pendidikan Indonesia`.
    acronyms: ByWord<String>,
    /// Capitalised words that stand alone in the article (`Menurut Silmy,`), lower case: the
    /// short forms the article calls people by.
    lone_words: HashSet<Cow<'a, str>, BuildHasherDefault<WordHasher>>,
    /// How often each capitalised word is written in the article, lower case.
    capitalised: HashMap<Cow<'a, str>, u32, BuildHasherDefault<WordHasher>>,
    /// The companies named with their legal form, in the order first named.
    companies: Vec<Company>,
    /// Where each company is in [`Registry::companies`], by [`company_key`].
    company_index: ByWord<usize>,
    /// For each company, the one of it and those named before it that the article names most
    /// often (the later on a tie): what a description of a company points to.
    leading_company: Vec<usize>,
}

/// A company the article names with its legal form (`PT Pupuk Indonesia (Persero)`), for
/// the descriptions that point back to it (`Perseroan menyatakan`, `tulis manajemen`).
#[derive(Clone, Debug, Default)]
struct Company {
    /// Where it is first named.
    pos: usize,
    /// Its name as first written with the legal form, `(Persero)` left out.
    name: String,
    /// How many phrases of the article name it, with or without its legal form.
    mentions: u32,
}

/// A bracketed acronym at the start of `tokens` (`(JPPI)`), as written.
fn bracketed_acronym<'a>(tokens: Option<&[Token<'a>]>) -> Option<&'a str> {
    let tokens = tokens?;
    match tokens {
        [open, acr, close, ..] if open.is('(') && close.is(')') && acr.is_acronym() => {
            Some(acr.text)
        }
        _ => None,
    }
}

/// The words of an organisation's `name` that its bracketed `acronym` stands for. The whole
/// name when the acronym starts with its first letter (`Jaringan Pemantau Pendidikan
/// Indonesia (JPPI)`) or with the letter after a legal form (`PT Kino Indonesia Tbk (KINO)`);
/// the name from the capitalised word where the acronym's letters spell the rest
/// (`Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI)` → `Perhimpunan …`); the whole name
/// of a phrase without a role (`roled`) whose acronym is in English order, its first letter
/// starting a later word, its first two words adjacent (`Komite Olimpiade Internasional (IOC)`, `Dana Moneter
/// Internasional (IMF)`). Over the corpus, of the bracketed acronyms a later cue uses, 252
/// start with the name's first letter, 10 follow a legal form and about 120 start a later
/// word.
fn acronym_expansion<'n>(name: &'n str, acronym: &str, roled: bool) -> Option<&'n str> {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let first = *letters.first()?;
    let words = capitalised_words(name);
    let initial = |w: &CapitalisedWord| w.initial;
    // A lower-case word before the name (`staf Yayasan …`) is none of it.
    let whole = name.get(words.first()?.at..);
    match words.as_slice() {
        [] | [_] => None,
        [w, ..] if w.initial == first => whole,
        [w, next, ..] if next.initial == first && in_list!(LEGAL_FORMS, w.lower.as_str()) => whole,
        [_, later @ ..] => {
            let spelled = (0..later.len()).find(|&k| {
                later
                    .get(k..)
                    .is_some_and(|rest| rest.iter().map(initial).eq(letters.iter().copied()))
            });
            // A legal form before the spelled words stays (`Direktur PT Sinar Laut (SL)`).
            let from = spelled.and_then(|k| {
                let form = k.checked_sub(1).and_then(|j| later.get(j));
                form.filter(|f| in_list!(LEGAL_FORMS, f.lower.as_str()))
                    .or_else(|| later.get(k))
            });
            match from {
                Some(w) => name.get(w.at..),
                None => {
                    (!roled && adjacent(name, &words) && later.iter().any(|w| w.initial == first))
                        .then_some(whole)
                        .flatten()
                }
            }
        }
    }
}

/// A bracketed acronym inside a phrase's tokens and the phrase's words before it, as
/// written in `text`.
fn inner_acronym<'a>(text: &'a str, phrase: Option<&[Token<'a>]>) -> Option<(&'a str, &'a str)> {
    let phrase = phrase?;
    let k = phrase.windows(3).position(
        |w| matches!(w, [open, acr, close] if open.is('(') && acr.is_acronym() && close.is(')')),
    )?;
    let start = phrase.first()?.span.start;
    let end = phrase.get(k.checked_sub(1)?)?.span.end;
    Some((text.get(start..end)?, phrase.get(k + 1)?.text))
}

/// Whether the first two capitalised words of `name` are next to each other: a name that
/// joins two with `dan` (`AS dan Badan Keselamatan …`) is no one body's.
fn adjacent(name: &str, words: &[CapitalisedWord]) -> bool {
    match words {
        [a, b, ..] => name
            .get(a.at..b.at)
            .is_some_and(|between| between.split_whitespace().count() == 1),
        _ => false,
    }
}

/// The key of a company's name: its words in lower case without the legal form, `Tbk` or
/// `(Persero)` (`PT Fast Food Indonesia Tbk` → `fast food indonesia`), and whether the legal
/// form was written. `None` for a name of one word once they are gone.
fn company_key(name: &str) -> Option<(String, bool)> {
    let mut words = written_words(name).peekable();
    let legal = words.next_if(|w| is_legal_form(w)).is_some();
    let words = words.map(str::to_lowercase);
    let kept: Vec<String> = words
        .filter(|w| !matches!(w.as_str(), "tbk" | "persero"))
        .collect();
    (kept.len() >= 2).then(|| (kept.join(" "), legal))
}

/// An organisation's name as the speaker's name: `(Persero)`, the state's share, left out
/// (`PT Bank Negara Indonesia (Persero) Tbk` → `PT Bank Negara Indonesia Tbk`; NOTES-quotes).
fn official_name(name: &str) -> String {
    name.replacen(" (Persero)", "", 1)
}

/// Whether a word is a legal form written before a company's name ([`LEGAL_FORMS`]).
fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.iter().any(|f| word.eq_ignore_ascii_case(f))
}

/// A capitalised word of a name: where it starts, its initial and the word, lower case.
struct CapitalisedWord {
    at: usize,
    initial: char,
    lower: String,
}

/// The capitalised words of `name` (`dan`, `of` left out), in order; each part of a
/// hyphenated word counts (`Perserikatan Bangsa-Bangsa (PBB)`).
fn capitalised_words(name: &str) -> Vec<CapitalisedWord> {
    let apart = |c: char| c.is_whitespace() || c == '-';
    let mut words = Vec::new();
    let mut rest = name;
    while let Some(start) = rest.find(|c: char| !apart(c)) {
        let tail = rest.get(start..).unwrap_or_default();
        let len = tail.find(apart).unwrap_or(tail.len());
        let word = tail.get(..len).unwrap_or_default();
        let mut chars = word.chars();
        if let Some(c) = chars.next().filter(|c| c.is_uppercase()) {
            words.push(CapitalisedWord {
                at: name.len() - tail.len(),
                initial: c.to_lowercase().next().unwrap_or(c),
                lower: word.to_lowercase(),
            });
        }
        rest = tail.get(len..).unwrap_or_default();
    }
    words
}

/// The full name after `, sapaan akrab` or a dash (`Mualem, sapaan akrab Muzakir Manaf`,
/// `Jo—sapaan akrab Johannes W—`): the tokens where it starts.
fn sapaan(tokens: Option<&[Token<'_>]>) -> Option<usize> {
    let tokens = tokens?;
    // `sapaan` first, or after one comma or dash.
    let dash = |t: &Token<'_>| t.is(',') || t.is('—') || t.is('–') || t.is('-');
    let lead = usize::from(tokens.first().is_some_and(dash));
    tokens.get(lead).filter(|t| t.lower() == "sapaan")?;
    let mut i = lead + 1;
    while tokens
        .get(i)
        .is_some_and(|t| matches!(t.lower().as_str(), "akrab" | "karib" | "populer" | "dari"))
    {
        i += 1;
    }
    tokens.get(i).filter(|t| t.is_capitalised()).map(|_| i)
}

/// The role an apposition gives a phrase that has none (`Saiful, warga Desa Sawang,`): a
/// comma, then a phrase that opens with a role head, as written; and the number of tokens the
/// apposition takes (so it is not read again as a person of its own).
/// An object of a preposition (`Senada dengan Rofikoh, ekonom PT BTN Winang Budoyo
/// mengatakan`) takes none: the comma after it opens a clause with a subject of its own.
/// `unroled` says whether the phrase has no role of its own: asked only when an apposition
/// follows.
fn apposed_role<'s>(
    text: &'s str,
    unroled: impl FnOnce() -> bool,
    tokens: Option<&[Token<'_>]>,
    object: bool,
) -> (Option<&'s str>, usize) {
    if object {
        return (None, 0);
    }
    let rest = tokens
        .and_then(|t| t.split_first())
        .filter(|(comma, _)| comma.is(','))
        .map(|(_, rest)| past_apposition_opener(rest))
        .filter(|rest| speakers::opens_role(rest));
    if let Some(rest) = rest.filter(|_| unroled()) {
        let role = speakers::name_phrase_parts(rest)
            .and_then(|(role, run)| Some((role.written(text)?, run)));
        if let Some((role, run)) = role {
            return (Some(role), 1 + run);
        }
    }
    (None, 0)
}

/// `tokens` past a leading `seorang`, `salah seorang` or `salah satu` (`Aris, seorang
/// pedagang buah`): the role head comes after it. Over the corpus a one-word name, a comma and
/// one of these open 329 appositions in 290 articles.
fn past_apposition_opener<'t, 'a>(tokens: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let word_is = |i: usize, w: &str| tokens.get(i).is_some_and(|t| t.lower() == *w);
    let skip = if word_is(0, "seorang") {
        1
    } else if word_is(0, "salah") && (word_is(1, "seorang") || word_is(1, "satu")) {
        2
    } else {
        0
    };
    tokens.get(skip..).unwrap_or(tokens)
}

/// Where a name may start inside a phrase that opens with lower-case role words and names no
/// one as a whole (`sorotan khusus dari Presiden Joko Widodo`: `khusus dari` are role words):
/// the capitalised word after a preposition that takes an object (`dari`, `kepada`), which
/// starts a phrase of its own. The phrase is read again from there.
fn named_inside(phrase: Option<&[Token<'_>]>) -> Option<usize> {
    let phrase = phrase?;
    if phrase.first()?.is_capitalised() {
        return None;
    }
    let object = phrase.windows(2).position(|pair| {
        matches!(pair, [prep, word] if prep.is_in(classes::OBJECT_PREPOSITION) && word.is_capitalised())
    })?;
    Some(object + 1)
}

/// A short form in brackets at the start of `tokens`: `(Gus Ipul)`, `(Jokowi)`, lower case.
fn bracketed(tokens: Option<&[Token<'_>]>) -> Option<String> {
    let tokens = tokens?;
    if !tokens.first()?.is('(') {
        return None;
    }
    let close = tokens.iter().take(4).position(|t| t.is(')'))?;
    let inner = tokens.get(1..close)?;
    let ok = !inner.is_empty() && inner.iter().all(|t| t.is_capitalised() && !t.is_acronym());
    ok.then(|| {
        inner
            .iter()
            .map(|t| String::from(t.lower()))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A short form after `atau`, `alias` or `yang akrab disapa`: `Maruarar Sirait atau Ara`.
fn or_alias(tokens: Option<&[Token<'_>]>) -> Option<String> {
    let tokens = tokens?;
    // Up to three words leading in (`yang akrab disapa`), then the word that gives the alias.
    let lead = tokens.iter().take(4).position(|t| {
        !matches!(
            t.lower().as_str(),
            "yang" | "akrab" | "karib" | "biasa" | ","
        )
    })?;
    tokens.get(lead).filter(|t| {
        matches!(
            t.lower().as_str(),
            "atau" | "alias" | "disapa" | "dipanggil"
        )
    })?;
    let words: Vec<String> = tokens
        .get(lead + 1..)?
        .iter()
        .take(2)
        .take_while(|t| t.is_capitalised() && !t.is_acronym())
        .map(|t| String::from(t.lower()))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether `word` is a clipped form of the name word `full` (`maxi` of `maximiliaan`), not
/// `full` with a common word glued on (`tebas` + `kembali`).
fn clipped(full: &str, word: &str) -> bool {
    let Some(rest) = full.strip_prefix(word).filter(|r| !r.is_empty()) else {
        return false;
    };
    let common = in_list!(crate::lexicon::speech::ADVERBS, rest)
        || in_list!(crate::lexicon::titles::PHRASE_STOPS, rest)
        || in_list!(crate::lexicon::glued::GLUED_WORDS, rest)
        || crate::lexicon::speech::cue(rest).is_some()
        || matches!(rest, "dan" | "serta" | "atau" | "itu" | "ini")
        // A verb glued on by the scraper (`Pigai` + `mengusulkan`): a long rest with a verb
        // prefix is no clipped name.
        || (rest.len() >= 6 && ["me", "ber", "di", "ter"].iter().any(|p| rest.starts_with(p)));
    !common
}

/// Whether `word` (lower case), opening a person's name, may be an organisation's word: longer
/// than an initial, and no given name many people share ([`SHARED_NAME_OPENERS`]).
fn leads_no_given_name(word: &str) -> bool {
    word.chars().nth(1).is_some() && !in_list!(SHARED_NAME_OPENERS, word)
}

/// The words of a name, lower case, without punctuation.
fn name_words(name: &str) -> Vec<String> {
    written_words(name).map(str::to_lowercase).collect()
}

/// The words of a name, lower case, without punctuation, joined by a space: the key of an
/// alias (`gus ipul`).
fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for (k, word) in written_words(name).enumerate() {
        if k > 0 {
            key.push(' ');
        }
        push_lower(&mut key, word);
    }
    key
}

/// Appends `word` in lower case to `out`.
fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        if let Some(pushed) = out.get_mut(start..) {
            pushed.make_ascii_lowercase();
        }
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// The words of a name as written, without punctuation.
fn written_words(name: &str) -> impl Iterator<Item = &str> + Clone {
    name.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
}

/// Whether `name` (titles stripped; with a role or not) reads as a person's name: capitalised,
/// two to five words or one with a role, and no place or company (`Pantai Asmara Dewi`,
/// `Jalan Melati`, `Bank Indonesia`). `words` are the name's words in lower case, the first
/// six at most.
fn is_person_name<'w>(
    name: &str,
    mut words: impl ExactSizeIterator<Item = &'w str>,
    has_role: bool,
) -> bool {
    let looks_like_name = name.chars().next().is_some_and(char::is_uppercase);
    let count = words.len();
    let named_alone = count >= 2 || has_role;
    if !looks_like_name || !named_alone || count > 5 {
        return false;
    }
    let first = words.next();
    // A name of one word: the first is the last.
    let (Some(first), Some(last)) = (first, words.last().or(first)) else {
        return false;
    };
    // One letter after a role is a numbered office (`Waketum I`, `Kasubdit I`: 105 times in
    // 55 articles of the corpus), no one's name, whether the role was read as a name or not.
    let numbered_office = last.chars().nth(1).is_none()
        && (count == 1 || (count == 2 && classes::role_head(first, "").is_some()));
    !numbered_office
        && !place_or_company(first, last, count)
        && !in_list!(CURRENCY_SIGNS, first)
        && !in_list!(CHANNEL_NOUNS, first)
}

/// Whether a name whose first and last words (lower case) are `first` and `last`, of `count`
/// words, is a place (`Pantai Asmara Dewi`, `Jalan Melati`) or a company (`Pupuk Indonesia`).
fn place_or_company(first: &str, last: &str, count: usize) -> bool {
    // `Pantai Asmara Dewi`, `Jalan Melati`: a place name; or a place.
    let place_first = in_list!(PLACES, first) || in_list!(PLACE_NOUNS, first);
    // `Pupuk Indonesia`, `Bank Indonesia`: a company, not a person.
    let place_last = (count >= 3 && in_list!(PLACES, last)) || last == "indonesia";
    place_first || place_last
}

/// Whether `name` (as written) ends like a company (`Pupuk Indonesia`, `Timnas Indonesia`;
/// [`place_or_company`]). A first word that is a place is allowed: `Timur` opens names.
pub(crate) fn names_company(name: &str) -> bool {
    let words = name_words(name);
    words
        .last()
        .is_some_and(|last| place_or_company("", last, words.len()))
}

impl<'a> Registry<'a> {
    /// Collects the people named in `sentences` (token lists): every run of capitalised
    /// words that reads as a person, from two words up, or one word after a role or title.
    pub(crate) fn collect<'t>(
        text: &str,
        sentences: impl IntoIterator<Item = &'t [Token<'a>]>,
    ) -> Registry<'a>
    where
        'a: 't,
    {
        let mut reg = Registry::default();
        let sentences: Vec<&[Token<'a>]> = sentences.into_iter().collect();
        for tokens in &sentences {
            reg.collect_sentence(text, tokens);
        }
        // Counting the capitalised words costs a lookup each: done only when a name may lose
        // an organisation, which needs three words or more and one past the first that the
        // article writes on its own.
        if reg.people.iter().any(|p| reg.may_lose_organisation(p)) {
            for tokens in &sentences {
                reg.count_capitalised(tokens);
            }
            reg.drop_organisations();
        }
        reg.rank_companies();
        reg
    }

    /// Fills [`Registry::leading_company`] once every company's mentions are counted.
    fn rank_companies(&mut self) {
        let mut best: Option<usize> = None;
        for (i, c) in self.companies.iter().enumerate() {
            let leads = best
                .and_then(|b| self.companies.get(b))
                .is_none_or(|b| c.mentions >= b.mentions);
            if leads {
                best = Some(i);
            }
            self.leading_company.push(best.unwrap_or(i));
        }
    }

    /// Counts a phrase that names a company (`PT Sinar Laut Nusantara Tbk`, later `Sinar Laut
    /// Nusantara`): the first naming with a legal form adds the company.
    fn note_company(&mut self, name: &str, pos: usize) {
        let Some((key, legal)) = company_key(name) else {
            return;
        };
        // `Utang Sinar Laut …`: a capitalised word before the name at a sentence's start.
        let named = (self.company_index.get(&key)).or_else(|| {
            let (_, rest) = key.split_once(' ')?;
            self.company_index.get(rest)
        });
        if let Some(c) = named.and_then(|&i| self.companies.get_mut(i)) {
            c.mentions += 1;
        } else if legal {
            self.company_index.insert(key, self.companies.len());
            self.companies.push(Company {
                pos,
                name: official_name(name),
                mentions: 1,
            });
        }
    }

    /// The company that a description (`perseroan`, `manajemen`) at `pos` points to: of the
    /// companies named before it, the one named most often, the later on a tie.
    pub(crate) fn company_before(&self, pos: usize) -> Option<&str> {
        let named = self.companies.partition_point(|c| c.pos < pos);
        let best = self.leading_company.get(named.checked_sub(1)?)?;
        self.companies.get(*best).map(|c| c.name.as_str())
    }

    /// Cuts an organisation written straight before a person's name out of the name
    /// (`Direktur Utama Krakatau Steel Silmy Karim`, `kiper Bayern Munchen Manuel Neuer`): see
    /// [`Registry::short_form_cut`] and [`Registry::organisation_cut`].
    fn drop_organisations(&mut self) {
        let cuts: Vec<(usize, usize)> = (self.people.iter().enumerate())
            .filter_map(|(i, p)| {
                let cut = self
                    .short_form_cut(p)
                    .or_else(|| self.organisation_cut(p))?;
                Some((i, cut))
            })
            .collect();
        for (i, cut) in cuts {
            let Some(p) = self.people.get_mut(i) else {
                continue;
            };
            let start = written_words(&p.name).nth(cut).and_then(|w| p.name.find(w));
            if let Some(start) = start {
                p.name = p.name.get(start..).unwrap_or_default().to_owned();
                p.words.start += cut;
            }
        }
    }

    /// Whether a person's name may start with an organisation's words: three words or more,
    /// and the article calling the person by one past the first ([`Registry::short_form_cut`],
    /// [`Registry::organisation_cut`]).
    fn may_lose_organisation(&self, p: &Person) -> bool {
        p.words.len() >= 3 && self.words(p).skip(1).any(|w| self.lone_words.contains(w))
    }

    /// How many leading words to cut from a person's name when the article later calls the
    /// person by a word of it on its own (`Menurut Silmy,`): the name starts there. Only two
    /// words or more are cut, and two or more are kept, so a given name the article calls a
    /// person by (`Listyo Sigit Prabowo`, `kata Sigit`) stays in the name; and a word cut must
    /// be written more often than the name's last word (the organisation named on its own
    /// elsewhere), so given names (`Ni Nyoman Dewi Pascarani`, `Tri Edhi Budhi Soesilo`) stay.
    fn short_form_cut(&self, p: &Person) -> Option<usize> {
        let cut = self.short_form_start(p)?;
        let spans = self.word_spans.get(p.words.clone()).unwrap_or_default();
        let word = |span: &Range<usize>| self.name_words.get(span.clone()).unwrap_or_default();
        let surname = spans.last().map_or(0, |span| self.count(word(span)));
        let named_elsewhere =
            spans.get(..cut).unwrap_or_default().iter().any(|span| {
                word(span).chars().nth(1).is_some() && self.count(word(span)) > surname
            });
        named_elsewhere.then_some(cut)
    }

    /// How many leading words of a person's name of three words or more are an organisation's
    /// (`Bayern Munchen Manuel Neuer`, `LeMan Tuncay Akgun`, `APAC Alex Kim`): the most words,
    /// two or more kept, starting a name ([`Registry::starts_a_name`]), each of them written in
    /// the article more often than any word kept (the organisation named on its own elsewhere
    /// more than the person; `Listyo Sigit Prabowo` keeps `Listyo`), and
    /// the article calling the person by a word kept (`kata Neuer`): a person called by the
    /// first word (`Nasky Putra Tandjung`, `kata Nasky`) keeps it.
    fn organisation_cut(&self, p: &Person) -> Option<usize> {
        let words: Vec<&str> = self.words(p).collect();
        (1..words.len().saturating_sub(1)).rev().find(|&k| {
            let kept = words.get(k..).unwrap_or_default();
            let called_by_kept = kept.iter().any(|w| self.lone_words.contains(*w));
            let most_kept = kept.iter().map(|w| self.count(w)).max().unwrap_or(0);
            let cut = words.get(..k).unwrap_or_default();
            called_by_kept
                && self.starts_a_name(p, k)
                && cut
                    .iter()
                    .all(|w| self.organisation_word(w, cut, most_kept) || self.shared_lead(p, w))
        })
    }

    /// Whether `word` (lower case), cut from the front of a person's name, opens two words or
    /// more of another person's name too (`Pelatih Bayern Munchen Vincent Kompany`, `kiper
    /// Bayern Munchen Manuel Neuer`): two people seldom share a given name, so the word is the
    /// organisation both belong to (another person: the word after it differs). So is a word
    /// of another person's role (`Pelatih Bayern` | `Munchen Vincent Kompany`). No initial nor a given name many people share
    /// ([`leads_no_given_name`]): `I Ketut Sukadi` and `I Made Anom` keep theirs. Over the
    /// corpus output, 23 pairs of speakers in one article share their leading words; with
    /// those kept, the rest are organisations (`Getty Images`, `Command Center`).
    fn shared_lead(&self, p: &Person, word: &str) -> bool {
        // The word after it in a name: another person's differs (not the same person again).
        let next = |q: &Person| self.words(q).skip_while(|w| *w != word).nth(1);
        let own_next = next(p);
        let opens_two = |q: &Person| {
            let at = self.words(q).position(|w| w == word);
            at.is_some_and(|at| at + 2 < q.words.len()) && next(q) != own_next
        };
        let other = |&j: &usize| self.people.get(j).is_some_and(|q| q.pos != p.pos);
        leads_no_given_name(word)
            && (self.by_word.get(word).is_some_and(|people| {
                (people.iter()).any(|&j| self.people.get(j).is_some_and(opens_two))
            }) || self
                .by_role_word
                .get(word)
                .is_some_and(|holders| holders.iter().any(other)))
    }

    /// Whether `word` (lower case), one of the words `cut` from the front of a person's name,
    /// reads as an organisation's word: longer than an initial, no given name many people share
    /// ([`SHARED_NAME_OPENERS`]), written more often than `kept` times, and in anyone else's
    /// name only in front of the last two words or with the organisation's words alone
    /// (`Bayern Munchen` read as a name): `Budi` of `Budi Santoso` also opening `Budi Hartono
    /// Wijaya` is a given name two people share.
    fn organisation_word(&self, word: &str, cut: &[&str], kept: u32) -> bool {
        let leads_or_alone = |q: &Person| {
            let last_two = q.words.len().saturating_sub(2);
            self.words(q).take(last_two).any(|w| w == word)
                || self.words(q).all(|w| cut.contains(&w))
        };
        leads_no_given_name(word)
            && self.count(word) > kept
            && self.by_word.get(word).is_none_or(|people| {
                (people.iter()).all(|&j| self.people.get(j).is_some_and(leads_or_alone))
            })
    }

    /// Whether the `k`-th word of a person's name as written can start a name: capitalised
    /// and longer than an initial (not `de Montpellier`, `dari Danantara`, `J. Curbois`).
    fn starts_a_name(&self, p: &Person, k: usize) -> bool {
        written_words(&p.name).nth(k).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.trim_end_matches('.').chars().nth(1).is_some()
        })
    }

    /// How often the capitalised `word` (lower case) is written in the article.
    fn count(&self, word: &str) -> u32 {
        self.capitalised.get(word).copied().unwrap_or(0)
    }

    /// Adds the people named in one sentence's tokens, their short forms and acronyms.
    fn collect_sentence(&mut self, text: &str, tokens: &[Token<'a>]) {
        // A person's name, alias or acronym has a capitalised word or an acronym in it: a
        // phrase read from after the sentence's last one adds nothing, so the rest of the
        // sentence is not read.
        let Some(last_named) = tokens
            .iter()
            .rposition(|t| t.is_capitalised() || t.is_acronym())
        else {
            return;
        };
        let mut i = 0;
        while i <= last_named {
            let starts = tokens.get(i).is_some_and(speakers::in_phrase);
            let extent = tokens
                .get(i..)
                .filter(|_| starts)
                .and_then(speakers::name_phrase_extent);
            let Some(extent) = extent else {
                i += 1;
                continue;
            };
            let run = extent.run;
            // Most phrases are one word that nothing follows up: read only when needed.
            let phrase = LazyCell::new(|| extent.read());
            let object = i
                .checked_sub(1)
                .and_then(|j| tokens.get(j))
                .is_some_and(|t| t.is_in(classes::OBJECT_PREPOSITION));
            let unroled = || {
                phrase.as_ref().is_some_and(|p| {
                    !matches!(p.refers, Refers::Pronoun(_)) && p.role(text).is_none()
                })
            };
            let (apposed, apposition) =
                apposed_role(text, unroled, tokens.get(i + run.max(1)..), object);
            // Most articles name no company with its legal form: their phrases cost nothing.
            let legal_first = tokens.get(i).is_some_and(|t| is_legal_form(t.text));
            if (legal_first || !self.companies.is_empty()) && !extent.one_word() {
                if let Some(name) = phrase.as_ref().and_then(|p| p.name(text)) {
                    self.note_company(&name, tokens.get(i).map_or(0, |t| t.span.start));
                }
            }
            // A word alone has no role: without an apposed one it is no person to add.
            let added = if apposed.is_some() || !extent.one_word() {
                phrase.as_ref().and_then(|p| self.add(text, p, apposed))
            } else {
                self.note_lone_word(tokens.get(i));
                None
            };
            if added.is_none() && apposition == 0 {
                if let Some(k) = named_inside(tokens.get(i..i + run)) {
                    i += k;
                    continue;
                }
            }
            // `X (ACR) …`: four tokens at least.
            let inner = (run >= 4)
                .then(|| inner_acronym(text, tokens.get(i..i + run)))
                .flatten();
            if let Some((name, acronym)) = inner {
                let roled = tokens.get(i..).is_some_and(speakers::opens_role);
                self.inner_acronym(name, acronym, roled);
            }
            i += run.max(1) + apposition;
            let alias = bracketed(tokens.get(i..)).or_else(|| or_alias(tokens.get(i..)));
            if let Some(alias) = alias {
                let holder = || phrase.as_ref().and_then(|p| self.role_holder(text, p));
                if let Some(index) = added.or_else(holder) {
                    self.aliases.insert(alias, index);
                }
            }
            if let Some(acronym) = bracketed_acronym(tokens.get(i..)) {
                if let Some(phrase) = &*phrase {
                    self.acronym(text, phrase, acronym);
                }
            }
            if let Some(k) = sapaan(tokens.get(i..)) {
                // `Mualem, sapaan akrab Muzakir Manaf`: the first is the second's.
                let full = tokens.get(i + k..).and_then(speakers::name_phrase_parts);
                if let Some((full, run)) = full {
                    let index = self.add(text, &full, None);
                    let short = phrase.as_ref().and_then(|p| p.name(text));
                    if let (Some(index), Some(short)) = (index, short) {
                        self.aliases.insert(name_key(&short), index);
                    }
                    i += k + run.max(1);
                }
            }
        }
    }

    /// The name word, past the second, that the article also writes on its own (`Menurut
    /// Silmy,`), with two or more words from it: where the name may start.
    fn short_form_start(&self, p: &Person) -> Option<usize> {
        let spans = self.word_spans.get(p.words.clone()).unwrap_or_default();
        spans
            .iter()
            .enumerate()
            .take(spans.len().saturating_sub(1))
            .skip(2)
            .find(|(_, span)| {
                let word = self.name_words.get((*span).clone()).unwrap_or_default();
                self.lone_words.contains(word)
            })
            .map(|(k, _)| k)
    }

    /// Counts the capitalised words of one sentence's tokens, but its first (`Dua`, any word
    /// opens a sentence with a capital).
    fn count_capitalised(&mut self, tokens: &[Token<'a>]) {
        for token in tokens.iter().skip(1).filter(|t| t.is_capitalised()) {
            *self.capitalised.entry(token.lower().into()).or_insert(0) += 1;
        }
    }

    /// Records a capitalised word that stands alone (`Menurut Silmy,`), lower case.
    fn note_lone_word(&mut self, token: Option<&Token<'a>>) {
        let Some(token) = token.filter(|t| t.is_capitalised()) else {
            return;
        };
        self.lone_words.insert(token.lower().into());
    }

    /// Adds a person phrase (others are ignored), with the role an apposition gives it when
    /// it has none of its own; returns its index.
    fn add(&mut self, text: &str, phrase: &Phrase<'_, '_>, apposed: Option<&str>) -> Option<usize> {
        // `Politikus Partai Gerindra ini` describes someone already named.
        if phrase.kind != SpeakerKind::Person || phrase.refers != Refers::Name || phrase.definite {
            return None;
        }
        // A one-word name needs a role to stand alone, and most phrases are one capitalised
        // word: known from the tokens, before the name is joined.
        if apposed.is_none() && !phrase.has_role_words() && phrase.one_word_name() {
            return None;
        }
        let name = phrase.name(text)?;
        let role = apposed.map(Cow::Borrowed).or_else(|| phrase.role(text));
        // The name's words go in lower case to the registry's words, where the name is judged;
        // they are taken out again if it is no person's. Six tell: more than five are no name.
        let (text_start, first_word) = (self.name_words.len(), self.word_spans.len());
        for word in written_words(&name).take(6) {
            let start = self.name_words.len();
            push_lower(&mut self.name_words, word);
            self.word_spans.push(start..self.name_words.len());
        }
        let words = first_word..self.word_spans.len();
        let lower = self.word_spans.get(words.clone()).unwrap_or_default();
        let lower = lower
            .iter()
            .map(|span| self.name_words.get(span.clone()).unwrap_or_default());
        if !is_person_name(&name, lower, role.is_some()) {
            self.name_words.truncate(text_start);
            self.word_spans.truncate(first_word);
            return None;
        }
        let index = self.people.len();
        let pos = phrase.span.start;
        // People are added in text order: the lookups by role search their lists by position.
        debug_assert!(self.people.last().is_none_or(|p| p.pos <= pos));
        for span in self.word_spans.get(words.clone()).unwrap_or_default() {
            let w = self.name_words.get(span.clone()).unwrap_or_default();
            // A word seen before (the same person named again) needs no copy of its own.
            match self.by_word.get_mut(w) {
                Some(people) => people.push(index),
                None => {
                    self.by_word.insert(w.to_owned(), vec![index]);
                }
            }
        }
        // The role's words, lower case, brackets dropped.
        for w in role.as_deref().into_iter().flat_map(written_words) {
            lowered(w, |w| match self.by_role_word.get_mut(w) {
                Some(holders) if holders.last() == Some(&index) => {}
                Some(holders) => holders.push(index),
                None => {
                    self.by_role_word.insert(w.to_owned(), vec![index]);
                }
            });
        }
        self.people.push(Person {
            pos,
            name: name.into_owned(),
            role: role.map(Cow::into_owned),
            words,
        });
        Some(index)
    }

    /// The person a role-only or one-word phrase stands for (`Mensos yang karib disapa Gus
    /// Ipul`): the last one named before it with that role word.
    fn role_holder(&self, text: &str, phrase: &Phrase<'_, '_>) -> Option<usize> {
        let name = phrase.name(text)?;
        if phrase.refers != Refers::Role && name.contains(char::is_whitespace) {
            return None;
        }
        let word = name.split_whitespace().next()?;
        let pos = phrase.span.start;
        let index = self.by_role_index(word, pos)?;
        self.people
            .get(index)
            .is_some_and(|p| p.pos <= pos)
            .then_some(index)
    }

    /// Records an organisation's bracketed acronym with the words of the name it stands for
    /// ([`acronym_expansion`]).
    fn acronym(&mut self, text: &str, phrase: &Phrase<'_, '_>, acronym: &str) {
        if matches!(phrase.refers, Refers::Pronoun(_)) {
            return;
        }
        let Some(name) = phrase.name(text) else {
            return;
        };
        if let Some(full) = acronym_expansion(&name, acronym, phrase.has_role_words()) {
            self.acronyms
                .entry(acronym.to_lowercase())
                .or_insert_with(|| official_name(full));
        }
    }

    /// Records an acronym bracketed inside a phrase (`Perhimpunan Hotel dan Restoran Indonesia
    /// (PHRI) DIY`): `name` is the phrase up to the bracket. After a role (`roled`: `Ketua
    /// Perhimpunan …`), only for the words after the role that it spells; a role word it
    /// would keep (`Kepala Korps Lalu Lintas (Korlantas)`) keeps it out.
    fn inner_acronym(&mut self, name: &str, acronym: &str, roled: bool) {
        let full =
            acronym_expansion(name, acronym, roled).filter(|f| !roled || f.len() < name.len());
        if let Some(full) = full {
            self.acronyms
                .entry(acronym.to_lowercase())
                .or_insert_with(|| official_name(full));
        }
    }

    /// A person's name words, lower case.
    fn words<'r>(&'r self, p: &Person) -> impl Iterator<Item = &'r str> {
        let spans = self.word_spans.get(p.words.clone()).unwrap_or_default();
        spans
            .iter()
            .map(|span| self.name_words.get(span.clone()).unwrap_or_default())
    }

    /// Whether `word` (lower case) is one of a person's name words.
    fn has_word(&self, p: &Person, word: &str) -> bool {
        self.words(p).any(|w| w == word)
    }

    /// The full name of an organisation that a mention gives by its bracketed acronym: the
    /// acronym alone (`ungkap JPPI`), after `pihak` (`tulis pihak IOC`), or before one word of
    /// region that stays (`PHRI DIY` → `Perhimpunan Hotel dan Restoran Indonesia DIY`).
    pub(crate) fn expand(&self, mention: &str) -> Option<Cow<'_, str>> {
        let mention = mention.trim();
        if let Some(full) = self.full_form(mention) {
            return Some(Cow::Borrowed(full));
        }
        let (head, rest) = mention.split_once(char::is_whitespace)?;
        let rest = rest.trim();
        if in_list!(SIDE_WORDS, head.to_lowercase().as_str()) {
            return self.full_form(rest).map(Cow::Borrowed);
        }
        let region = !rest.contains(char::is_whitespace)
            && rest.chars().next().is_some_and(char::is_uppercase);
        let full = self.full_form(head).filter(|_| region)?;
        Some(Cow::Owned(format!("{full} {rest}")))
    }

    /// The full name recorded for a bracketed acronym, any case.
    fn full_form(&self, acronym: &str) -> Option<&str> {
        self.acronyms
            .get(&acronym.to_lowercase())
            .map(String::as_str)
    }

    /// A person whose name words start with each word of `name`, for nicknames and clipped
    /// names (`Maxi` → `Maximiliaan Agatisianus`, `Agus Marto` → `Agus Martowardojo`): the
    /// fullest named before `pos`, else the first after. A name word that is the mention plus
    /// a glued common word (`Tebaskembali`, `Fodendan`) does not count.
    pub(crate) fn nickname(&self, name: &str, pos: usize) -> Option<&Person> {
        let words = name_words(name);
        if words.is_empty() || words.iter().any(|w| w.chars().count() < 3) {
            return None;
        }
        let fits = |p: &Person| {
            words
                .iter()
                .all(|w| self.words(p).any(|pw| clipped(pw, w)) || self.has_word(p, w))
                && words.iter().any(|w| !self.has_word(p, w))
        };
        let mut before: Option<&Person> = None;
        for p in self.people.iter().filter(|p| fits(p)) {
            if p.pos > pos {
                return before.or(Some(p));
            }
            if before.is_none_or(|b| p.words.len() >= b.words.len()) {
                before = Some(p);
            }
        }
        before
    }

    /// The person a bracketed short form stands for (`Gus Ipul`, `Jokowi`).
    pub(crate) fn alias(&self, name: &str) -> Option<&Person> {
        self.people.get(*self.aliases.get(&name_key(name))?)
    }

    /// The last person named before `pos` (else the first after) whose role has `word`
    /// (`Kapolsek` → the person introduced as `Kapolsek Medan Baru`); by their full name when
    /// the role's complement took a given name ([`Registry::given_name_in_role`]).
    pub(crate) fn by_role(&self, word: &str, pos: usize) -> Option<&Person> {
        let holder = self.people.get(self.by_role_index(word, pos)?)?;
        Some(self.given_name_in_role(holder, pos).unwrap_or(holder))
    }

    /// The person `holder` is when the last words of their role are their given names, as the
    /// article writes the full name elsewhere ([`Registry::resolve`]): `Wali Kota Iman` |
    /// `Irdian Saragih` is `Iman Irdian Saragih`. A one-word name is not looked up: another
    /// person may share it.
    fn given_name_in_role(&self, holder: &Person, pos: usize) -> Option<&Person> {
        let role = holder.role.as_deref()?;
        if holder.words.len() < 2 {
            return None;
        }
        let full = self.resolve(&holder.name, pos)?;
        let given = full.name.strip_suffix(holder.name.as_str())?.trim_end();
        let in_role = role
            .strip_suffix(given)
            .is_some_and(|head| head.ends_with(char::is_whitespace));
        (!given.is_empty() && in_role).then_some(full)
    }

    /// [`Registry::by_role`], as an index into the people: the last person with the role word
    /// named at or before `pos`, else the first named after it. The holders of a role word
    /// are in text order, so a binary search finds it (a long text naming many people with
    /// one role stays linear).
    fn by_role_index(&self, word: &str, pos: usize) -> Option<usize> {
        lowered(word, |word| self.last_with_role_word(word, pos))
    }

    /// [`Registry::by_role_index`], the word given in lower case.
    fn last_with_role_word(&self, word: &str, pos: usize) -> Option<usize> {
        let holders = self.by_role_word.get(word)?;
        let named_before =
            holders.partition_point(|&i| self.people.get(i).is_some_and(|p| p.pos <= pos));
        match named_before {
            0 => holders.first().copied(),
            k => holders.get(k - 1).copied(),
        }
    }

    /// The fullest person whose name contains every word of `name`: among those named before
    /// `pos`, the longest (the latest on a tie); else the first named after it.
    pub(crate) fn resolve(&self, name: &str, pos: usize) -> Option<&Person> {
        // The words in one string: one copy, not one per word.
        let key = name_key(name);
        let words = || key.split(' ').filter(|w| !w.is_empty());
        let last = words().next_back()?;
        let candidates = self.by_word.get(last)?;
        let matching = candidates
            .iter()
            .filter_map(|&i| self.people.get(i))
            .filter(|p| words().all(|w| self.has_word(p, w)));
        let mut before: Option<&Person> = None;
        let mut after: Option<&Person> = None;
        for p in matching {
            if p.pos <= pos {
                let rank = |q: &Person| (q.words.len(), q.role.is_some());
                if before.is_none_or(|b| rank(p) >= rank(b)) {
                    before = Some(p);
                }
            } else if after.is_none() {
                after = Some(p);
            }
        }
        before.or(after)
    }

    /// The last person named before `pos`.
    pub(crate) fn last_before(&self, pos: usize) -> Option<&Person> {
        let i = self.people.partition_point(|p| p.pos < pos);
        self.people.get(i.checked_sub(1)?)
    }

    /// The span of a name, for tests.
    #[cfg(test)]
    pub(crate) fn names(&self) -> Vec<&str> {
        self.people.iter().map(|p| p.name.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;
    use crate::speech::words::tokens;

    fn registry(text: &str) -> Registry<'_> {
        let t = tokens(text, Span::new(0, text.len()));
        Registry::collect(text, [t.as_slice()])
    }

    #[test]
    fn collects_people_with_roles() {
        let text = "Sementara itu, juru bicara Kremlin Dmitry Peskov menggambarkan pertemuan itu.";
        let reg = registry(text);
        assert_eq!(reg.names(), vec!["Dmitry Peskov"]);
        let p = reg.resolve("Peskov", text.len()).unwrap();
        assert_eq!(p.name, "Dmitry Peskov");
        assert_eq!(p.role.as_deref(), Some("juru bicara Kremlin"));
    }

    #[test]
    fn prefers_the_fullest_earlier_form() {
        let text = "Agung Nugroho datang. Walkot Agung tersenyum.";
        let reg = registry(text);
        assert_eq!(reg.resolve("Agung", 30).unwrap().name, "Agung Nugroho");
        assert!(reg.resolve("Budi", 30).is_none());
    }

    #[test]
    fn a_currency_after_a_role_is_no_name() {
        let text = "Honornya Rp 1,8 juta, dari jaksa Rp 1,3 juta. Saksi lain hadir.";
        let reg = registry(text);
        assert!(reg.resolve("Rp", 60).is_none());
    }

    #[test]
    fn registers_a_name_after_a_long_role() {
        let text = "Direktur Anggaran Belanja Ditjen Pajak Kemenkeu Bambang Tri Wasesa dalam keterangannya menjelaskan jadwal itu. Bambang menambahkan hal lain.";
        let reg = registry(text);
        let p = reg.resolve("Bambang", 120).unwrap();
        assert_eq!(p.name, "Bambang Tri Wasesa");
    }

    #[test]
    fn registers_a_name_after_a_role_mid_sentence() {
        let text = "Hal itu disampaikan anggota Majelis Hakim Pengadilan Negeri Jakarta Pusat Rudi S Hartono saat membacakan putusan. Rudi menilai terdakwa bersalah.";
        let reg = registry(text);
        assert_eq!(reg.resolve("Rudi", 130).unwrap().name, "Rudi S Hartono");
        let text = "Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung Anton Sitompul di Gedung Kejagung, Jakarta, Senin, menjelaskan hal itu. Sitompul menambahkan.";
        let reg = registry(text);
        assert_eq!(reg.resolve("Sitompul", 130).unwrap().name, "Anton Sitompul");
    }

    #[test]
    fn an_organisation_before_the_name_is_cut_by_a_later_short_form() {
        let text = "Direktur Utama Baja Nusantara Steel Rendra Wijaya menyambut baik. Menurut Rendra, pasar Baja Nusantara naik.";
        let reg = registry(text);
        assert_eq!(reg.resolve("Wijaya", 0).unwrap().name, "Rendra Wijaya");
        let text = "Kapolri Jenderal Listyo Sigit Prabowo hadir. Menurut Sigit, hal itu benar.";
        let reg = registry(text);
        assert_eq!(
            reg.resolve("Prabowo", 0).unwrap().name,
            "Listyo Sigit Prabowo"
        );
    }

    #[test]
    fn an_organisation_written_often_is_cut_from_the_name() {
        let text = "Kantor majalah Gerbang digeledah. Pemimpin redaksi Gerbang Marco Hanselmann bicara. \"Kami lengah,\" kata Hanselmann. Tiras majalah Gerbang naik.";
        let reg = registry(text);
        assert_eq!(
            reg.resolve("Hanselmann", 100).unwrap().name,
            "Marco Hanselmann"
        );
        // Called by the first word: it stays.
        let text =
            "Warga Sari Nasrun Putra Tandjung datang. Nasrun Hadi juga. \"Ya,\" kata Nasrun.";
        let reg = registry(text);
        assert_eq!(
            reg.resolve("Tandjung", 100).unwrap().name,
            "Nasrun Putra Tandjung"
        );
    }

    #[test]
    fn an_organisation_two_people_share_is_cut_from_both_names() {
        // Written for this rule, in Tempo's style: a club before each of two names, each
        // written no more often than the names.
        let text = "Pelatih Borussia Wetzlar Anton Wiraguna mengakui timnya lengah. Adapun kiper Borussia Wetzlar Dodi Saputra mengakui timnya kalah. \"Kami kalah,\" ucap Dodi. Anton menilai babak kedua lebih baik.";
        let reg = registry(text);
        assert_eq!(reg.names(), vec!["Anton Wiraguna", "Dodi Saputra"]);
        // The second is written more often than the club, which the first's role holds.
        let text = format!("{text} Dodi kecewa. Dodi pergi. Dodi marah. Dodi pulang.");
        let reg = registry(&text);
        assert_eq!(reg.names(), vec!["Anton Wiraguna", "Dodi Saputra"]);
        // A given name two people share stays: `Muhammad`.
        let text = "Muhammad Arsa Wijaya datang pagi. Muhammad Sukerta Dana juga datang. \"Ya,\" kata Sukerta.";
        let reg = registry(text);
        assert_eq!(
            reg.resolve("Sukerta", text.len()).unwrap().name,
            "Muhammad Sukerta Dana"
        );
        // The same person named twice is no second person.
        let text = "Kapolri Jenderal Listyo Sigit Prabowo hadir. Menurut Sigit, hal itu benar. Kapolri Listyo Sigit Prabowo pergi.";
        let reg = registry(text);
        assert_eq!(
            reg.resolve("Prabowo", text.len()).unwrap().name,
            "Listyo Sigit Prabowo"
        );
    }

    #[test]
    fn a_numbered_office_is_no_person() {
        // Written for this rule, in detik's style: `Waketum I` before an apposed role, and the
        // role noun after it is no alias of theirs.
        let text = "Kami sudah diskusi dengan Ketua Umum, Waketum I, pelatih juga. Pelatih yang karib disapa Didi ini bicara.";
        let reg = registry(text);
        assert!(
            reg.by_role("pelatih", text.len()).is_none(),
            "{:?}",
            reg.names()
        );
        assert!(reg.alias("Didi").is_none());
    }

    #[test]
    fn a_name_after_lower_case_role_words_is_registered() {
        // Written for this rule, in CNBC's style: `khusus dari` are role words.
        let text = "Kasus itu mendapat sorotan khusus dari Presiden Joko Widodo atau Jokowi.Presiden pun marah.";
        let reg = registry(text);
        assert_eq!(reg.alias("Jokowi").unwrap().name, "Joko Widodo");
    }

    #[test]
    fn a_role_holder_has_the_fullest_name_given() {
        // The second time, the role's complement takes the given name.
        let text = "Wali Kota Sungai Raya, H. Imam Sudirja Lubis, hadir. Wali Kota Imam Sudirja Lubis juga menyoroti hal itu.";
        let reg = registry(text);
        let p = reg.by_role("Wali", text.len()).unwrap();
        assert_eq!(p.name, "Imam Sudirja Lubis");
    }

    #[test]
    fn nickname_between_dashes() {
        let text = "Menurut Beni\u{2014}sapaan akrab Benediktus Hartmann\u{2014}penjualan naik.";
        let reg = registry(text);
        assert_eq!(reg.alias("Beni").unwrap().name, "Benediktus Hartmann");
        let text =
            "Menurut Beni \u{2013} sapaan akrab Benediktus Hartmann \u{2013} penjualan naik.";
        let reg = registry(text);
        assert_eq!(reg.alias("Beni").unwrap().name, "Benediktus Hartmann");
    }

    #[test]
    fn a_one_word_name_with_an_apposed_role_is_registered() {
        let text = "Hal senada diungkapkan Rusdi, Lurah Sukamaju, kepada wartawan.";
        let reg = registry(text);
        let p = reg.last_before(text.len()).unwrap();
        assert_eq!(p.name, "Rusdi");
        assert_eq!(p.role.as_deref(), Some("Lurah Sukamaju"));
    }

    #[test]
    fn a_one_word_name_with_an_apposed_seorang_role_is_registered() {
        let text = "Dedi, seorang pedagang bakso di Pasar Minggu, mengaku rugi.";
        let reg = registry(text);
        let p = reg.last_before(text.len()).unwrap();
        assert_eq!(p.name, "Dedi");
        assert_eq!(p.role.as_deref(), Some("pedagang"));
    }

    #[test]
    fn every_name_of_a_list_after_a_role() {
        let text = "Film ini dibintangi duo komedian Jaka Tirta, Sandi Mulyo, dan Rina Ayu.";
        let reg = registry(text);
        assert_eq!(reg.names(), vec!["Jaka Tirta", "Sandi Mulyo", "Rina Ayu"]);
        assert_eq!(reg.resolve("Jaka", text.len()).unwrap().name, "Jaka Tirta");
    }

    #[test]
    fn a_year_before_a_comma_is_no_role() {
        let text = "Sejak tahun 2019, Perum Niagakarya melakukan pendampingan.";
        assert!(registry(text).names().is_empty());
    }

    #[test]
    fn places_are_not_people() {
        let text = "Warga di sekitar Pantai Sekar Wangi mengucapkan terima kasih. Acara digelar di Jalan Melati Indah.";
        let reg = registry(text);
        assert!(reg.names().is_empty(), "{:?}", reg.names());
    }
}

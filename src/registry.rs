//! The people an article names, collected once, so that a short mention (`Peskov`, `Walkot
//! Agung`) resolves to the fullest form the article gives (`Dmitry Peskov`, `Agung Nugroho`)
//! without rescanning the article for every quote.

use std::collections::HashMap;

use crate::article::SpeakerKind;
use crate::lexicon::places::PLACES;
use crate::speakers::{self, Mention};
use crate::words::Token;

/// One person named in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// Where the name is.
    pub pos: usize,
    /// The name, titles stripped.
    pub name: String,
    /// The role the article gives there, if any.
    pub role: Option<String>,
    /// The name's words, lower case.
    words: Vec<String>,
    /// The role's words, lower case, brackets dropped.
    role_words: Vec<String>,
}

/// Every person named in the article, indexed by each word of their names.
#[derive(Debug, Default)]
pub(crate) struct Registry {
    people: Vec<Person>,
    by_word: HashMap<String, Vec<usize>>,
    /// Short forms given in brackets after a name: `Saifullah Yusuf (Gus Ipul)`.
    aliases: HashMap<String, usize>,
}

/// A short form in brackets at the start of `tokens`: `(Gus Ipul)`, `(Jokowi)`, lower case.
fn bracketed(text: &str, tokens: Option<&[Token<'_>]>) -> Option<String> {
    let tokens = tokens?;
    if !tokens.first()?.is('(') {
        return None;
    }
    let close = tokens.iter().take(4).position(|t| t.is(')'))?;
    let inner = tokens.get(1..close)?;
    let ok = !inner.is_empty() && inner.iter().all(|t| t.is_capitalised() && !t.is_acronym());
    let _ = text;
    ok.then(|| {
        inner
            .iter()
            .map(|t| t.lower())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A short form after `atau`, `alias` or `yang akrab disapa`: `Maruarar Sirait atau Ara`.
fn or_alias(tokens: Option<&[Token<'_>]>) -> Option<String> {
    let tokens = tokens?;
    let lead = tokens.iter().take(4).position(|t| {
        matches!(
            t.lower().as_str(),
            "atau" | "alias" | "disapa" | "dipanggil"
        )
    })?;
    if lead > 0
        && !tokens
            .get(..lead)?
            .iter()
            .all(|t| matches!(t.lower().as_str(), "yang" | "akrab" | "biasa" | ","))
    {
        return None;
    }
    let words: Vec<String> = tokens
        .get(lead + 1..)?
        .iter()
        .take(2)
        .take_while(|t| t.is_capitalised() && !t.is_acronym())
        .map(|t| t.lower())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The words of a name, lower case, without punctuation.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Registry {
    /// Collects the people named in `sentences` (token lists): every run of capitalised
    /// words that reads as a person, from two words up, or one word after a role or title.
    pub(crate) fn collect(text: &str, sentences: &[Vec<Token<'_>>]) -> Registry {
        let mut reg = Registry::default();
        for tokens in sentences {
            let mut i = 0;
            while i < tokens.len() {
                let starts = tokens.get(i).is_some_and(speakers::in_phrase);
                if !starts {
                    i += 1;
                    continue;
                }
                let rest = tokens.get(i..).unwrap_or_default();
                match speakers::name_phrase(text, rest) {
                    Some((m, run)) => {
                        let added = reg.add(&m);
                        i += run.max(1);
                        let alias =
                            bracketed(text, tokens.get(i..)).or_else(|| or_alias(tokens.get(i..)));
                        if let (Some(index), Some(alias)) = (added, alias) {
                            reg.aliases.insert(alias, index);
                        }
                    }
                    None => i += 1,
                }
            }
        }
        reg
    }

    /// Adds a person mention (others are ignored); returns its index.
    pub(crate) fn add(&mut self, m: &Mention) -> Option<usize> {
        if m.kind != SpeakerKind::Person || m.pronoun.is_some() || m.role_only {
            return None;
        }
        let name = m.name.as_deref()?;
        let words = name_words(name);
        let named_alone = words.len() >= 2 || m.role.is_some();
        let looks_like_name = name.chars().next().is_some_and(char::is_uppercase);
        let place = |w: Option<&String>| w.is_some_and(|w| PLACES.contains(&w.as_str()));
        let has_place = place(words.first()) || (words.len() >= 3 && place(words.last()));
        if !named_alone || !looks_like_name || has_place || words.len() > 5 {
            return None;
        }
        let index = self.people.len();
        for w in &words {
            self.by_word.entry(w.clone()).or_default().push(index);
        }
        self.people.push(Person {
            pos: m.span.start,
            name: name.to_owned(),
            role: m.role.clone(),
            words,
            role_words: m.role.as_deref().map(name_words).unwrap_or_default(),
        });
        Some(index)
    }

    /// The person a bracketed short form stands for (`Gus Ipul`, `Jokowi`).
    pub(crate) fn alias(&self, name: &str) -> Option<&Person> {
        self.people
            .get(*self.aliases.get(&name_words(name).join(" "))?)
    }

    /// The last person named before `pos` (else the first after) whose role has `word`
    /// (`Kapolsek` → the person introduced as `Kapolsek Medan Baru`).
    pub(crate) fn by_role(&self, word: &str, pos: usize) -> Option<&Person> {
        let word = word.to_lowercase();
        let mut with_role = self.people.iter().filter(|p| p.role_words.contains(&word));
        let mut best = None;
        for p in with_role.by_ref() {
            if p.pos > pos {
                return best.or(Some(p));
            }
            best = Some(p);
        }
        best
    }

    /// The fullest person whose name contains every word of `name`: among those named before
    /// `pos`, the longest (the latest on a tie); else the first named after it.
    pub(crate) fn resolve(&self, name: &str, pos: usize) -> Option<&Person> {
        let words = name_words(name);
        let last = words.last()?;
        let candidates = self.by_word.get(last)?;
        let matching = candidates
            .iter()
            .filter_map(|&i| self.people.get(i))
            .filter(|p| words.iter().all(|w| p.words.contains(w)));
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
    use crate::words::tokens;

    fn registry(text: &str) -> Registry {
        let t = tokens(text, Span::new(0, text.len()));
        Registry::collect(text, &[t])
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
}

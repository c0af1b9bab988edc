//! Outlet profiles: the names an outlet signs its datelines with, its stable id, its network.

use serde::{Deserialize, Serialize};

/// One outlet: a stable id, the names it is written as, and its network.
///
/// ```
/// let p = berita::OutletProfile::new("tribunsolo", &["TRIBUNSOLO.COM", "TribunSolo.com"], Some("tribunnews"));
/// assert_eq!(p.id, "tribunsolo");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutletProfile {
    /// Stable lower-case key (`kompas`, `tribunsolo`).
    pub id: String,
    /// Names as written in datelines, matched case-insensitively (`KOMPAS.com`, `Kompas.com`).
    pub names: Vec<String>,
    /// The network it belongs to (`tribunnews`), if any.
    pub network: Option<String>,
}

impl OutletProfile {
    /// A profile from borrowed strings.
    ///
    /// ```
    /// let p = berita::OutletProfile::new("kompas", &["KOMPAS.com"], None);
    /// assert_eq!(p.names, vec!["KOMPAS.com".to_string()]);
    /// ```
    pub fn new(id: &str, names: &[&str], network: Option<&str>) -> Self {
        OutletProfile {
            id: id.to_owned(),
            names: names.iter().map(|s| (*s).to_owned()).collect(),
            network: network.map(str::to_owned),
        }
    }
}

/// Short names an outlet signs with only in brackets after the city, as a wire agency does:
/// Media Indonesia's `JAKARTA (MI) -` (its closing codes are `(Z-2)`, `(Ant/Z-7)`), VOA
/// Indonesia's `WASHINGTON DC (VOA) —`. Too short to be looked for anywhere else (`MI` is
/// also a word), they are matched as written, filling the whole bracket: (name, outlet id).
pub(crate) const BRACKET_NAMES: &[(&str, &str)] =
    &[("MI", "mediaindonesia"), ("VOA", "voaindonesia")];

/// Built-in profiles: (id, names, network). Names are matched case-insensitively, so one
/// spelling per name is enough (`KOMPAS.com` also matches `Kompas.com` and `KOMPAS.COM`); a
/// blank in a name matches any run of blanks. Sources: FIELD-NOTES section B and the corpus.
pub(crate) const BUILTIN: &[(&str, &[&str], Option<&str>)] = &[
    // National outlets with their own datelines (FIELD-NOTES B).
    ("kompas", &["KOMPAS.com", "KOMPAS com"], None),
    ("kompastv", &["KOMPAS.TV", "KompasTV"], Some("kompas")),
    (
        "detik",
        &[
            "detik.com",
            "detikcom",
            "detikNews",
            "detikFinance",
            "detikSport",
        ],
        None,
    ),
    ("cnnindonesia", &["CNN Indonesia", "CNNIndonesia.com"], None),
    (
        "cnbcindonesia",
        &["CNBC Indonesia", "CNBCIndonesia.com"],
        None,
    ),
    ("tempo", &["TEMPO.CO", "TEMPO.CO.ID", "Tempo.com"], None),
    ("antara", &["ANTARA", "ANTARA News", "ANTARANEWS.COM"], None),
    ("republika", &["REPUBLIKA.CO.ID", "Republika.com"], None),
    // Republika's sub-brand for hajj and umrah news (`IHRAM.CO.ID, BANJARMASIN --`).
    ("ihram", &["IHRAM.CO.ID"], Some("republika")),
    ("bisnis", &["Bisnis.com"], None),
    // Kontan puts the city after the brand: `KONTAN.CO.ID - JAKARTA.`
    ("kontan", &["KONTAN.CO.ID", "Kontan.com"], None),
    ("tirto", &["tirto.id"], None),
    ("idntimes", &["IDN Times", "IDNTimes.com"], None),
    ("kumparan", &["kumparan", "kumparan.com"], None),
    (
        "mediaindonesia",
        &["mediaindonesia.com", "Media Indonesia"],
        None,
    ),
    ("medcom", &["Medcom.id"], None),
    ("katadata", &["Katadata.co.id"], None),
    ("beritasatu", &["Beritasatu.com", "BeritaSatu"], None),
    (
        "bbcindonesia",
        &["BBC News Indonesia", "BBC Indonesia"],
        None,
    ),
    ("voaindonesia", &["VOA Indonesia", "VOAIndonesia.com"], None),
    ("wahananews", &["WahanaNews.co"], None),
    ("suara", &["Suara.com"], None),
    ("viva", &["VIVA.co.id", "VIVA"], None),
    // MNC group: Okezone and SINDOnews mostly write `JAKARTA -` without the brand.
    ("okezone", &["Okezone.com", "Okezone"], Some("mnc")),
    ("sindonews", &["SINDOnews.com", "SINDOnews"], Some("mnc")),
    ("inews", &["iNews.id"], Some("mnc")),
    // Jawa Pos group.
    ("jawapos", &["JawaPos.com"], Some("jawapos")),
    ("jpnn", &["jpnn.com"], Some("jawapos")),
    // Posmetro Medan (posmetromedan.com) signs with its name, the city part of the brand:
    // `POSMETRO MEDAN–` has no filing city.
    (
        "posmetromedan",
        &["POSMETRO MEDAN", "POSMETROMEDAN", "posmetromedan.com"],
        None,
    ),
    // posmetro.co.id signs `Posmetro.co.id,INDRAMAYU —`; the Batam pages `BATAM, POSMETRO.CO :`.
    (
        "posmetro",
        &["Posmetro.co.id", "POSMETRO.CO", "POSMETRO"],
        None,
    ),
    // Pikiran Rakyat network: regional sites sign `PR <CITY> -`.
    (
        "pikiranrakyat",
        &["Pikiran-Rakyat.com", "PIKIRAN RAKYAT"],
        Some("pikiranrakyat"),
    ),
    ("prtasikmalaya", &["PR TASIKMALAYA"], Some("pikiranrakyat")),
    ("prdepok", &["PR DEPOK"], Some("pikiranrakyat")),
    ("prbekasi", &["PR BEKASI"], Some("pikiranrakyat")),
    ("prbogor", &["PR BOGOR"], Some("pikiranrakyat")),
    ("prcirebon", &["PR CIREBON"], Some("pikiranrakyat")),
    // KLY (Kapanlagi Youniverse): Liputan6, Merdeka, Bola.com, KapanLagi and siblings.
    ("liputan6", &["Liputan6.com"], Some("kly")),
    ("merdeka", &["Merdeka.com"], Some("kly")),
    ("kapanlagi", &["Kapanlagi.com"], Some("kly")),
    ("bola", &["Bola.com"], Some("kly")),
    ("bolanet", &["Bola.net"], Some("kly")),
    ("fimela", &["Fimela.com"], Some("kly")),
    ("dream", &["Dream.co.id"], Some("kly")),
    ("brilio", &["Brilio.net"], Some("kly")),
    ("otosia", &["Otosia.com"], Some("kly")),
    // Tribun network: each regional site keeps its own id (corpus: 30 prefixes).
    ("tribunnews", &["TRIBUNNEWS.COM"], Some("tribunnews")),
    (
        "wartakota",
        &["WARTAKOTALIVE.COM", "Wartakota"],
        Some("tribunnews"),
    ),
    ("tribunjakarta", &["TRIBUNJAKARTA.COM"], Some("tribunnews")),
    (
        "tribunnewsbogor",
        &["TRIBUNNEWSBOGOR.COM"],
        Some("tribunnews"),
    ),
    (
        "tribunjabar",
        &["TRIBUNJABAR.ID", "TRIBUNJABAR.CO.ID"],
        Some("tribunnews"),
    ),
    ("tribuncirebon", &["TRIBUNCIREBON.COM"], Some("tribunnews")),
    (
        "tribunpriangan",
        &["TRIBUNPRIANGAN.COM"],
        Some("tribunnews"),
    ),
    ("tribunbanten", &["TRIBUNBANTEN.COM"], Some("tribunnews")),
    ("tribunjateng", &["TRIBUNJATENG.COM"], Some("tribunnews")),
    (
        "tribunbanyumas",
        &["TRIBUNBANYUMAS.COM"],
        Some("tribunnews"),
    ),
    ("tribunmuria", &["TRIBUNMURIA.COM"], Some("tribunnews")),
    ("tribunsolo", &["TRIBUNSOLO.COM"], Some("tribunnews")),
    ("tribunjogja", &["TRIBUNJOGJA.COM"], Some("tribunnews")),
    ("tribunjatim", &["TRIBUNJATIM.COM"], Some("tribunnews")),
    ("tribunmadura", &["TRIBUNMADURA.COM"], Some("tribunnews")),
    (
        "tribunmataraman",
        &["TRIBUNMATARAMAN.COM"],
        Some("tribunnews"),
    ),
    ("surya", &["SURYA.CO.ID"], Some("tribunnews")),
    ("suryamalang", &["SURYAMALANG.COM"], Some("tribunnews")),
    ("tribunbali", &["TRIBUN-BALI.COM"], Some("tribunnews")),
    ("tribunlombok", &["TRIBUNLOMBOK.COM"], Some("tribunnews")),
    (
        "poskupang",
        &[
            "POS-KUPANG.COM",
            "POS KUPANG.COM",
            "POSKUPANG.COM",
            "POS-KUPANG",
        ],
        Some("tribunnews"),
    ),
    ("tribunflores", &["TRIBUNFLORES.COM"], Some("tribunnews")),
    ("tribunmedan", &["TRIBUN-MEDAN.COM"], Some("tribunnews")),
    ("serambinews", &["SERAMBINEWS.COM"], Some("tribunnews")),
    ("prohaba", &["PROHABA.CO"], Some("tribunnews")),
    (
        "tribunpekanbaru",
        &["TRIBUNPEKANBARU.COM"],
        Some("tribunnews"),
    ),
    ("tribunbatam", &["TRIBUNBATAM.ID"], Some("tribunnews")),
    ("tribunpadang", &["TRIBUNPADANG.COM"], Some("tribunnews")),
    ("tribunjambi", &["TRIBUNJAMBI.COM"], Some("tribunnews")),
    ("sripoku", &["SRIPOKU.COM"], Some("tribunnews")),
    ("tribunsumsel", &["TRIBUNSUMSEL.COM"], Some("tribunnews")),
    ("bangkapos", &["BANGKAPOS.COM"], Some("tribunnews")),
    ("posbelitung", &["POSBELITUNG.CO"], Some("tribunnews")),
    (
        "tribunlampung",
        &["TRIBUNLAMPUNG.CO.ID"],
        Some("tribunnews"),
    ),
    (
        "tribunbengkulu",
        &["TRIBUNBENGKULU.COM"],
        Some("tribunnews"),
    ),
    (
        "banjarmasinpost",
        &["BANJARMASINPOST.CO.ID", "BANJARMASINPOST CO.ID"],
        Some("tribunnews"),
    ),
    ("tribunkaltim", &["TRIBUNKALTIM.CO"], Some("tribunnews")),
    ("tribunkaltara", &["TRIBUNKALTARA.COM"], Some("tribunnews")),
    (
        "tribunpontianak",
        &["TRIBUNPONTIANAK.CO.ID"],
        Some("tribunnews"),
    ),
    ("tribunkalteng", &["TRIBUNKALTENG.COM"], Some("tribunnews")),
    ("tribuntimur", &["TRIBUN-TIMUR.COM"], Some("tribunnews")),
    ("tribunmanado", &["TRIBUNMANADO.CO.ID"], Some("tribunnews")),
    (
        "tribungorontalo",
        &["TRIBUNGORONTALO.COM"],
        Some("tribunnews"),
    ),
    ("tribunsulbar", &["TRIBUN-SULBAR.COM"], Some("tribunnews")),
    ("tribunpalu", &["TRIBUNPALU.COM"], Some("tribunnews")),
    ("tribunternate", &["TRIBUNTERNATE.COM"], Some("tribunnews")),
    ("tribunambon", &["TRIBUNAMBON.COM"], Some("tribunnews")),
    ("tribunpapua", &["TRIBUN-PAPUA.COM"], Some("tribunnews")),
    (
        "tribunpapuabarat",
        &["TRIBUNPAPUABARAT.COM"],
        Some("tribunnews"),
    ),
    ("tribunsorong", &["TRIBUNSORONG.COM"], Some("tribunnews")),
    // Wire agencies that appear in brackets after a city (`LONDON (Reuters) -`).
    ("reuters", &["Reuters"], None),
    ("afp", &["AFP"], None),
    ("ap", &["AP"], None),
    ("xinhua", &["Xinhua"], None),
];

/// The profiles a parser knows: the caller's first, then the built-in ones.
#[derive(Debug, Clone)]
pub(crate) struct OutletTable {
    pub profiles: Vec<OutletProfile>,
    /// Every name, longest first; the caller's before the built-in ones among names of equal
    /// length.
    names: Vec<Name>,
    /// For each first byte (ASCII lower case) the indexes into `names` of the names that start
    /// with it, in the order of `names`; the last list holds the names that start with a
    /// non-ASCII char.
    by_first_byte: Vec<Vec<usize>>,
}

/// Lists in [`OutletTable::by_first_byte`]: one for each ASCII byte, one for the rest.
const FIRST_BYTE_LISTS: usize = 129;

/// One name of an outlet, as its words (a blank in a name matches any run of blanks).
#[derive(Debug, Clone)]
struct Name {
    words: Vec<String>,
    /// The second byte of the first word in ASCII lower case, if it has one: most names are
    /// told apart by it without comparing more.
    second_byte: Option<u8>,
    /// Its profile's index in [`OutletTable::profiles`].
    profile: usize,
}

impl OutletTable {
    pub(crate) fn new(extra: &[OutletProfile]) -> Result<Self, crate::Error> {
        if let Some(bad) = extra
            .iter()
            .find(|p| p.id.trim().is_empty() || p.names.iter().all(|n| n.trim().is_empty()))
        {
            return Err(crate::Error::Config(format!(
                "outlet profile {:?} needs an id and a name",
                bad.id
            )));
        }
        let builtin = BUILTIN
            .iter()
            .map(|(id, names, net)| OutletProfile::new(id, names, *net));
        let profiles: Vec<OutletProfile> = extra.iter().cloned().chain(builtin).collect();
        let mut names: Vec<(&str, usize)> = profiles
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.names.iter().map(move |n| (n.trim(), i)))
            .filter(|(n, _)| !n.is_empty())
            .collect();
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        let mut by_first_byte = vec![Vec::new(); FIRST_BYTE_LISTS];
        for (index, (name, _)) in names.iter().enumerate() {
            if let Some(list) = by_first_byte.get_mut(first_byte_list(name)) {
                list.push(index);
            }
        }
        let names = names
            .into_iter()
            .map(|(name, profile)| {
                let words: Vec<String> = name.split_whitespace().map(str::to_owned).collect();
                let second_byte = words
                    .first()
                    .and_then(|w| w.as_bytes().get(1))
                    .map(u8::to_ascii_lowercase);
                Name {
                    words,
                    second_byte,
                    profile,
                }
            })
            .collect();
        Ok(OutletTable {
            profiles,
            names,
            by_first_byte,
        })
    }

    /// The profile with the id `id`, if any.
    pub(crate) fn profile(&self, id: &str) -> Option<&OutletProfile> {
        self.profiles.iter().find(|p| p.id == id)
    }

    /// The profile whose name `s` starts with (longest name wins) and the length in bytes of
    /// the match. The name must end at a word boundary: `KOMPAS.com -` matches `KOMPAS.com`,
    /// `KOMPAS.comic` and `KOMPAS.com.my` do not. Only the names that start with the first
    /// byte of `s` are tried.
    pub(crate) fn match_at(&self, s: &str) -> Option<(&OutletProfile, usize)> {
        let candidates = self.by_first_byte.get(first_byte_list(s))?;
        candidates.iter().find_map(|&index| {
            let name = self.names.get(index)?;
            let len = name.prefix_of(s)?;
            let profile = self.profiles.get(name.profile)?;
            ends_word(s.get(len..)?).then_some((profile, len))
        })
    }
}

/// The list of [`OutletTable::by_first_byte`] for a text starting with `s`: its first byte
/// in ASCII lower case, or the last list for a non-ASCII char (or an empty text).
fn first_byte_list(s: &str) -> usize {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => usize::from(b.to_ascii_lowercase()),
        _ => FIRST_BYTE_LISTS - 1,
    }
}

impl Name {
    /// Length of the prefix of `s` that spells the name, ignoring ASCII case; between two
    /// words any run of blanks but a line feed (spaces, no-break spaces).
    fn prefix_of(&self, s: &str) -> Option<usize> {
        if let Some(second) = self.second_byte {
            if s.as_bytes().get(1)?.to_ascii_lowercase() != second {
                return None;
            }
        }
        let mut at = 0;
        for (i, word) in self.words.iter().enumerate() {
            if i > 0 {
                let blanks = blank_run(s.get(at..)?);
                if blanks == 0 {
                    return None;
                }
                at += blanks;
            }
            let end = at + word.len();
            if !spells(s.as_bytes().get(at..end)?, word.as_bytes()) {
                return None;
            }
            at = end;
        }
        Some(at)
    }
}

/// Whether `written` spells `word` ignoring ASCII case, with a comma typed for a dot inside
/// the name (`WARTAKOTALIVE,COM --`, `Posmetro,co.id,INDRAMAYU –`: 2 stamps in the corpus).
fn spells(written: &[u8], word: &[u8]) -> bool {
    written.len() == word.len()
        && written
            .iter()
            .zip(word)
            .enumerate()
            .all(|(i, (&w, &n))| w.eq_ignore_ascii_case(&n) || (n == b'.' && w == b',' && i > 0))
}

/// Length in bytes of the blanks (but a line feed) that `s` starts with.
fn blank_run(s: &str) -> usize {
    s.chars()
        .take_while(|c| c.is_whitespace() && *c != '\n')
        .map(char::len_utf8)
        .sum()
}

/// Whether a name that ended just before `rest` ended a word: no letter or digit follows, nor
/// a `.` that goes on with one (`.com` after `KOMPAS`).
pub(crate) fn ends_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some('.') => !chars.next().is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_typed_for_the_dot_of_a_name() {
        let t = OutletTable::new(&[]).unwrap();
        let (profile, len) = t.match_at("WARTAKOTALIVE,COM -- Jakarta").unwrap();
        assert_eq!((profile.id.as_str(), len), ("wartakota", 17));
        assert!(t.match_at(",kompas.com").is_none());
    }

    #[test]
    fn longest_name_wins_and_case_is_ignored() {
        let t = OutletTable::new(&[]).unwrap();
        let (p, len) = t.match_at("Kompas.com - x").unwrap();
        assert_eq!((p.id.as_str(), len), ("kompas", 10));
        let (p, len) = t.match_at("TEMPO.CO.ID, x").unwrap();
        assert_eq!((p.id.as_str(), len), ("tempo", 11));
        let (p, len) = t.match_at("CNN\u{a0} Indonesia --").unwrap();
        assert_eq!((p.id.as_str(), len), ("cnnindonesia", 15));
    }

    #[test]
    fn names_end_at_word_boundaries() {
        let t = OutletTable::new(&[]).unwrap();
        assert!(t.match_at("KOMPAS.comic").is_none());
        assert!(t.match_at("Apa kabar").is_none());
        assert!(
            t.match_at("VIVA.co.id -")
                .is_some_and(|(p, _)| p.id == "viva")
        );
    }

    #[test]
    fn caller_profiles_come_first() {
        let mine = OutletProfile::new("mykompas", &["KOMPAS.com"], None);
        let t = OutletTable::new(&[mine]).unwrap();
        assert_eq!(t.match_at("KOMPAS.com -").unwrap().0.id, "mykompas");
    }

    #[test]
    fn builtin_ids_are_unique_and_lower_case() {
        for (i, (id, names, _)) in BUILTIN.iter().enumerate() {
            assert_eq!(id.to_lowercase(), *id);
            assert!(!names.is_empty());
            assert!(
                BUILTIN[i + 1..].iter().all(|(other, _, _)| other != id),
                "{id}"
            );
        }
    }
}

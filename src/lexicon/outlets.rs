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

/// Built-in profiles: (id, names, network).
pub(crate) const BUILTIN: &[(&str, &[&str], Option<&str>)] = &[
    ("kompas", &["KOMPAS.com", "Kompas.com"], None),
    ("liputan6", &["Liputan6.com"], Some("kly")),
    ("tempo", &["TEMPO.CO"], None),
    ("wahananews", &["WahanaNews.co"], None),
];

/// The profiles a parser knows: the caller's first, then the built-in ones.
#[derive(Debug, Clone)]
pub(crate) struct OutletTable {
    pub profiles: Vec<OutletProfile>,
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
        Ok(OutletTable {
            profiles: extra.iter().cloned().chain(builtin).collect(),
        })
    }
}

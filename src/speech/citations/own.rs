//! The article's own outlet: `dirangkum Liputan6.com dari berbagai sumber` and `katanya,
//! dikutip CNBC Indonesia` in the outlet's own articles name it, but cite no other medium
//! (SPEC, "Media citations": not the outlet itself). 79 such citations in the corpus came
//! from an article whose dateline names that outlet.

use crate::article::{Citation, Dateline};
use crate::text::is_blank;

/// The names the article's outlet goes by (dateline, metadata), each squashed ([`squash`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct OwnOutlet {
    keys: Vec<String>,
}

impl OwnOutlet {
    /// The outlet named by the dateline (its written name and id) and by the metadata.
    pub(crate) fn new(dateline: Option<&Dateline>, meta_outlet: Option<&str>) -> OwnOutlet {
        let names = dateline
            .into_iter()
            .flat_map(|d| [d.outlet.as_deref(), d.outlet_id.as_deref()])
            .chain([meta_outlet])
            .flatten();
        let mut keys: Vec<String> = names.map(squash).filter(|k| k.len() > 2).collect();
        keys.sort();
        keys.dedup();
        OwnOutlet { keys }
    }

    /// Drops the citations whose source is the outlet itself.
    pub(crate) fn drop_from(&self, citations: &mut Vec<Citation>) {
        if !self.keys.is_empty() {
            citations.retain(|c| !self.is(&c.source));
        }
    }

    /// Whether `source` names the outlet: the whole name (`Tribun Jakarta`, `CNBC Indonesia`),
    /// or its last word after a desk's name (`TimLifestyle Liputan6.com`, `News-Liputan6.com`).
    fn is(&self, source: &str) -> bool {
        let last = source
            .rsplit(|c: char| is_blank(c) || c == '-')
            .next()
            .unwrap_or_default();
        let (whole, last) = (squash(source), squash(last));
        // `detikcom`: the brand with its domain run on, no dot (4 in detik's own stories).
        let run_on_domain = |k: &String| whole.strip_suffix("com") == Some(k.as_str());
        self.keys
            .iter()
            .any(|k| *k == whole || *k == last || run_on_domain(k))
    }
}

/// Lower-case letters and digits of a name, without a domain ending: `Liputan6.com` and
/// `liputan6` are `liputan6`, `CNBC Indonesia` is `cnbcindonesia`.
fn squash(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    let head = [".co.id", ".com", ".co", ".id"]
        .iter()
        .find_map(|d| lower.strip_suffix(d))
        .unwrap_or(&lower);
    head.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(names: &[&str]) -> OwnOutlet {
        let mut keys: Vec<String> = names.iter().map(|n| squash(n)).collect();
        keys.sort();
        OwnOutlet { keys }
    }

    #[test]
    fn the_outlet_under_its_names() {
        let o = own(&["Liputan6.com", "liputan6"]);
        assert!(o.is("Liputan6.com"));
        assert!(o.is("TimLifestyle Liputan6.com"));
        assert!(o.is("News-Liputan6.com"));
        assert!(!o.is("Kompas.com"));
        let o = own(&["CNBC Indonesia", "cnbcindonesia"]);
        assert!(o.is("CNBC Indonesia"));
        assert!(!o.is("CNBC"));
        assert!(own(&["tribunjakarta"]).is("Tribun Jakarta"));
        // The brand with its domain run on; a desk is another newsroom.
        assert!(own(&["detik"]).is("detikcom"));
        assert!(!own(&["detik"]).is("detikBali"));
    }

    #[test]
    fn no_outlet_drops_nothing() {
        assert!(!OwnOutlet::default().is("Reuters"));
    }
}

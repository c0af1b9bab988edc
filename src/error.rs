//! Errors: only for what the caller got wrong. "No dateline" is `None`, never an error.

/// What can go wrong when building a [`crate::Parser`].
///
/// ```
/// let bad = berita::ParserConfig::default().with_boilerplate(berita::BoilerplatePattern {
///     pattern: "(".into(),
///     kind: berita::BoilerplateKind::Other,
/// });
/// assert!(matches!(berita::Parser::new(bad), Err(berita::Error::Config(_))));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration is invalid (a bad pattern, an empty outlet id, ...).
    #[error("invalid parser configuration: {0}")]
    Config(String),
}

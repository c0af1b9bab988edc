//! Speech: who said what, and which media the story cites. Every stage reads the body
//! paragraphs the frame found, with the lines a scraper broke mid-sentence joined ([`lines`]):
//!
//! 1. [`quotes`] finds the spans inside quotation marks (paragraphs without a mark's bytes
//!    are skipped unread);
//! 2. [`citations`] finds the media and data sources a paragraph cites (`dikutip CNN`);
//! 3. [`attribution`] splits the body into [`sentences`] once, tokenizes each sentence once
//!    ([`words`]: each token with its span, its lower case and its word classes from the
//!    lexicon), and judges each quoted span: a quote with its cue and speaker, or a quoted
//!    term; [`indirect`] finds reported speech without marks in the sentences that hold no
//!    direct quote;
//! 4. [`speakers`] reads a speaker phrase into a name, role and kind, and [`registry`]
//!    collects the people an article names, so that a short name or a pronoun resolves to the
//!    fullest form the article gives.

pub(crate) mod attribution;
pub(crate) mod citations;
pub(crate) mod finding;
pub(crate) mod indirect;
pub(crate) mod lines;
pub(crate) mod quotes;
pub(crate) mod registry;
pub(crate) mod sentences;
pub(crate) mod speakers;
pub(crate) mod words;

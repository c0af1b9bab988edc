//! A sentence splitter that knows Indonesian abbreviations (TODO).

//! Common nouns that head a place name (`Pantai Asmara Dewi`, `Jalan Melati`, `Gedung Sate`):
//! a capitalised phrase they start names a place, never a person speaker, so it neither
//! speaks nor enters the registry of people (where its words would capture a later
//! `ujar Dewi`). Lower case; the heads that also name bodies (`Kota`, `Desa`) are here too.

/// Nouns that head place names.
pub(crate) const PLACE_NOUNS: &[&str] = &[
    // Streets and neighbourhoods.
    "jalan",
    "jl",
    "gang",
    "komplek",
    "kompleks",
    "perumahan",
    "blok",
    "kampung",
    "dusun",
    // Administrative areas.
    "desa",
    "kelurahan",
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
    // Buildings and venues.
    "gedung",
    "aula",
    "balairung",
    "pasar",
    "hotel",
    "stadion",
    "lapangan",
    "alun-alun",
    "masjid",
    "gereja",
    "pura",
    "vihara",
    "klenteng",
    "museum",
    "monumen",
    "taman",
    // Transport hubs.
    "bandara",
    "pelabuhan",
    "stasiun",
    "terminal",
    // Natural features.
    "pantai",
    "gunung",
    "bukit",
    "sungai",
    "danau",
    "pulau",
    "teluk",
    "selat",
    "hutan",
    "lembah",
    "tanjung",
];

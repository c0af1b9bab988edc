"""Shared inputs for the berita tests: short passages written for these tests."""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    """Whether this is a CI run (``CI`` set, not empty, ``0`` or ``false``): there, what a test
    needs from ``../shared`` or a build must be at hand, and a test that would skip fails."""
    return os.environ.get("CI", "").strip() not in ("", "0", "false")

#: A short article in Kompas' house style (written for these tests).
KOMPAS = (
    "JAKARTA, KOMPAS.com - Hujan deras turun sejak pagi.\n"
    "Baca juga: Banjir Rendam Jakarta Utara\n"
    '"Kami siaga," ujar Kepala BPBD DKI Jakarta Isnawa Adji. (dna/dna)'
)

#: Emoji (astral, two UTF-16 units), a combining mark (e + U+0301) and a flag (two code points).
UNICODE = (
    "Warga 😀 Bandung bergembira.\n"
    "Cafe\u0301 di Jalan Braga 🇮🇩 ramai, kata pemilik.\n"
    "Harga kopi naik 10 persen."
)


@pytest.fixture(scope="session")
def kompas() -> str:
    return KOMPAS


@pytest.fixture(scope="session")
def unicode_text() -> str:
    return UNICODE

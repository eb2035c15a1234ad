"""Who and when a document is about: kecamatan, kabupaten/kota, provinsi and the
reporting year, read from the content (cover, foreword, headings, captions)."""

from __future__ import annotations

import re
from collections import Counter

from ingest.facts import Identity
from ingest.model import Document, Heading, Paragraph
from ingest.regions import official_kabkota_names, official_kecamatan_names, resolve
from ingest.vocabulary import words

_STOP = {
    "kabupaten",
    "kab",
    "kota",
    "tahun",
    "provinsi",
    "propinsi",
    "yang",
    "dan",
    "di",
    "ini",
    "dengan",
    "sebagai",
    "dalam",
    "pada",
    "untuk",
    "adalah",
    "merupakan",
    "telah",
    "dapat",
    "selaku",
    "tersebut",
    "lain",
    "n",
    "lkjip",
    "lakip",
    "dari",
    "ke",
    "se",
    "secara",
    "oleh",
    "kecamatan",
    "kelurahan",
    "desa",
    "sampai",
}
# A place name starts with a capital letter ("layanan kecamatan tepat waktu" names nothing);
# the word before it may be written in any case.
_NAME = r"([A-Z][A-Za-z'\-.]*(?:[ \t]+[A-Za-z][A-Za-z'\-.]*){0,5})"
_KECAMATAN = re.compile(r"\b(?i:kecamatan|kec\.)[ \t]+" + _NAME)
_CAMAT = re.compile(r"\b(?i:camat)[ \t]+" + _NAME)
_KABKOTA = re.compile(r"\b((?i:kabupaten|kab\.|kota))[ \t]+" + _NAME)
_ROMAN = re.compile(r"^[IVXLC]+$")
_AFTER_KECAMATAN = re.compile(r"(?i)\b(kecamatan|kec\.)\s+$")
_REPORT_YEAR = re.compile(
    r"\b(?:laporan\s+kinerja|lkjip|lkj\s*ip|lakip|lkip|lkj)\b[^.]{0,160}?\btahun\s+(?:anggaran\s+)?(20\d\d)\b", re.I
)
_KINERJA_YEAR = re.compile(
    r"\b(?:kinerja|capaian|anggaran|realisasi)\s+tahun\s+(20\d\d)\b(?!\s*[-–]|\s*s\.?\s*d)", re.I
)
_REGULATION = re.compile(r"(nomor|no\.|perpres|peraturan|undang|uu|permen\w*)[^.]{0,40}$", re.I)
_FRONT_BLOCKS = 60


def _name(raw: str, official: frozenset[str] = frozenset()) -> str | None:
    """The place name at the start of `raw`: the longest run of words that is an official
    name ("Kota Raja", "Ogan Komering Ulu Selatan", "Pangkajene dan Kepulauan"), else the
    words up to the first stop word ("Sananwetan Kota Blitar" -> "Sananwetan")."""
    tokens = raw.split()
    for n in range(len(tokens), 0, -1):
        if _compact(" ".join(tokens[:n])) in official:
            return " ".join(_word_case(t) for t in tokens[:n])
    kept = []
    for token in tokens[:3]:
        if token.lower().strip(".") in _STOP:
            break
        kept.append(token)
    if not kept or len(kept[0]) < 3:
        return None
    return " ".join(_word_case(t) for t in kept)


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _word_case(token: str) -> str:
    """'SANANWETAN' -> 'Sananwetan', 'FAK-FAK' -> 'Fak-Fak'; 'III' and mixed case kept."""
    if _ROMAN.match(token) or not (token.isupper() or token.islower()):
        return token
    return "-".join(part.capitalize() for part in token.split("-"))


def _prose(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, (Heading, Paragraph))]


def _captions(doc: Document) -> list[str]:
    return [f"{t.caption or ''} {t.title or ''}" for t in doc.tables]


def read_identity(doc: Document) -> Identity:
    prose = _prose(doc)
    texts = prose + _captions(doc)
    kabkota = _kabupaten_kota(texts)
    names = official_kecamatan_names(resolve(None, kabkota).kode_kabkota if kabkota else None)
    identity = Identity(
        kecamatan=_most_common(_KECAMATAN, texts, names) or _most_common(_CAMAT, prose[:_FRONT_BLOCKS], names),
        kabupaten_kota=kabkota,
        provinsi=_provinsi(prose),
        tahun=_reporting_year(prose),
    )
    for field, label in (("kecamatan", "kecamatan"), ("kabupaten_kota", "kabupaten/kota"), ("tahun", "tahun kinerja")):
        if getattr(identity, field) is None:
            identity.warnings.append(f"{label} tidak ditemukan di isi dokumen")
    identity.region = resolve(identity.kecamatan, identity.kabupaten_kota, identity.provinsi)
    identity.warnings += list(identity.region.warnings)
    if identity.provinsi is None and identity.region.kode_provinsi is None:
        identity.warnings.append("provinsi tidak disebut di dokumen dan tidak dapat diturunkan dari kode wilayah")
    return identity


def _most_common(pattern: re.Pattern[str], texts: list[str], official: frozenset[str] = frozenset()) -> str | None:
    """The name the pattern finds most often; ties go to the earliest."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for text in texts:
        for m in pattern.finditer(text):
            name = _name(m.group(1), official)
            if name:
                counts[name.lower()] += 1
                shown.setdefault(name.lower(), name)
    if not counts:
        return None
    return shown[counts.most_common(1)[0][0]]  # most_common keeps first-seen order on ties


def _matches(pattern: re.Pattern[str], text: str):
    """Every match, overlapping ones too ("Kota Raja Kota Kupang" holds two)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _kabupaten_kota(texts: list[str]) -> str | None:
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for m in _matches(_KABKOTA, text):
            if _AFTER_KECAMATAN.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # "Kecamatan Kota Raja": a kecamatan whose name starts with Kota
            kind = "Kota" if m.group(1).lower() == "kota" else "Kabupaten"
            name = _name(m.group(2), official_kabkota_names(kind))
            if name:
                counts[(kind, name)] += 1
    if not counts:
        return None
    (kind, name), _ = counts.most_common(1)[0]
    return f"{kind} {name}"


def _provinsi(prose: list[str]) -> str | None:
    # Longest first, so "Maluku Utara" is not read as "Maluku"; the list's spelling is kept.
    names = sorted(words("regions", "provinsi"), key=len, reverse=True)
    canonical = {" ".join(n.lower().split()): n for n in names}
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    pattern = re.compile(r"\b(?:provinsi|propinsi|prov\.)\s+(" + alternatives + r")\b", re.I)
    counts = Counter(canonical[" ".join(m.group(1).lower().split())] for text in prose for m in pattern.finditer(text))
    return counts.most_common(1)[0][0] if counts else None


def _reporting_year(prose: list[str]) -> int | None:
    """The year the report is about: 'Laporan Kinerja ... Tahun 2024' on the cover and
    in the foreword outweighs any other year; regulation years are skipped."""
    front = " \n ".join(prose[:_FRONT_BLOCKS])
    votes: Counter[int] = Counter()
    for m in _REPORT_YEAR.finditer(front):
        if not _REGULATION.search(m.group(0)[:-9]):
            votes[int(m.group(1))] += 3
    for m in _KINERJA_YEAR.finditer(" \n ".join(prose)):
        votes[int(m.group(1))] += 1
    if not votes:
        return None
    return max(votes, key=lambda y: (votes[y], -y))

"""The comparison with national figures every LKjIP makes (interpret stage): the table that
sets the kecamatan's realisasi beside the national one ("Realisasi Nasional", "Standar
Nasional") and the sentences that say the kecamatan is above or below it.

Pure functions over a Document; the checks compare the sentences with the table.
"""

from __future__ import annotations

import re

from ingest.facts import Provenance, Statement
from ingest.model import Document, Paragraph, Table
from ingest.numbers import read_number
from ingest.prose import PROSE_TABLE, sentences

_NATIONAL = re.compile(r"\bnasional\b", re.I)
# "melebihi target nasional", "masih di bawah realisasi Indeks Pelayanan Publik Nasional": the comparison, then
# within the clause the word "nasional"
_CLAIM = re.compile(
    r"(?:(?P<above>\bmelebihi|\bmelampaui|\bdi\s*atas|\blebih\s+(?:tinggi|baik|besar))"
    r"|(?P<below>\bdi\s*bawah|\blebih\s+(?:rendah|kecil|buruk)|\bbelum\s+(?:mencapai|menyamai)))"
    r"(?=(?P<rest>[^.;:]{0,60}?\bnasional\b))",
    re.I,
)


def national_values(doc: Document, year: int | None) -> list[Statement]:
    """Each row of a table with a national column (its label says "nasional") and an
    indicator column: `kind` `national_value`, `subject` the indicator, `value` the national
    figure or None where the table prints a mark or words instead ("N/A", "-", "Tidak ada
    rujukan"; an empty cell is not stored: it may be a cell the reader lost), `reference` the
    row's realisasi when a realisasi column other than the national one gives it."""
    found = []
    for table in doc.tables:
        columns = _columns(table)
        if columns is None:
            continue
        name_at, national_at, real_at = columns
        for row in table.rows:
            if max(name_at, national_at) >= len(row.cells) or not row.cells[name_at].strip():
                continue
            raw = row.cells[national_at].strip()
            reading = read_number(raw, ",")
            if not raw or reading.uncertain or (reading.value is None and re.search(r"\d", raw)):
                continue  # nothing printed, or a figure not read with confidence
            real = None
            if real_at is not None and real_at < len(row.cells):
                printed = read_number(row.cells[real_at], ",")
                real = None if printed.uncertain else printed.value
            where = Provenance(table.name, row.line, row.page, row.raw, "benchmark")
            found.append(Statement(year, "national_value", row.cells[name_at].strip(), reading.value, raw, None, where,
                                   reference=real))  # fmt: skip
    return found


def _columns(table: Table) -> tuple[int, int, int | None] | None:
    """(indicator, national, realisasi) column positions, or None for a table without both of
    the first two: only one of each, or which one is meant is not guessed."""
    labels = [c.label.lower() for c in table.columns]
    names = [i for i, label in enumerate(labels) if "indikator" in label]
    national = [i for i, label in enumerate(labels) if _NATIONAL.search(label) and "%" not in label]
    real = [i for i, label in enumerate(labels) if "realisasi" in label and i not in national and "%" not in label]
    if len(names) != 1 or len(national) != 1:
        return None
    return names[0], national[0], real[0] if len(real) == 1 else None


def national_claims(doc: Document, year: int | None) -> list[Statement]:
    """A sentence saying a figure is above or below the national one (`kind` `national_claim`,
    `label` `above` or `below`, `subject` the words before the comparison, which name what is
    compared, `value_raw` the comparison as printed)."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block):
            for m in _CLAIM.finditer(sentence):
                where = Provenance(PROSE_TABLE, block.line, block.page, sentence[:500], "prose")
                label = "above" if m.group("above") else "below"
                said = m.group(0) + m.group("rest")
                found.append(Statement(year, "national_claim", sentence[: m.start()], None, said, label, where))
    return found

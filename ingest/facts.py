"""Typed facts the interpreter produces and the store writes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from ingest.boxes import cell_boxes, row_box
from ingest.model import Row, Table
from ingest.numbers import Reading
from ingest.regions import Resolution

Box = tuple[int, float, float, float, float]  # page, x0, top, x1, bottom


@dataclass
class Provenance:
    source_table: str | None
    line: int | None = None
    page: int | None = None
    row_raw: str = ""
    table_kind: str | None = None
    row_index: int | None = None  # position among the table's body rows
    column: str | None = None  # the header of the column a figure was read from, when one column gives it
    doubt: str | None = None  # why the figure's indicator, year or place is a guess
    # Where a PDF printed the row and each figure read from one of its cells: field name ("row",
    # "target", "pagu", "efisiensi", ...) -> (page, x0, top, x1, bottom), in points from the
    # top-left corner of the page as displayed (as pypdfium2 renders it). Only PDF rows have
    # boxes; an empty cell, a figure not read from a cell, or a cell not found has no key.
    boxes: dict[str, Box] = field(default_factory=dict)
    # The boxes of the row's cells by cell index, until `located` has named them (interpret).
    cell_boxes: dict[int, Box] = field(default_factory=dict, repr=False, compare=False)


def provenance(table: Table, row: Row, kind: str) -> Provenance:
    where = Provenance(table.name, row.line, row.page, row.raw, kind, row.index, doubt=row.guess)
    whole = row_box(row.pieces)
    if whole is None or row.page is None:
        return where
    where.boxes = {"row": (row.page, *whole)}
    where.cell_boxes = {i: (row.page, *box) for i, box in cell_boxes(row.cells, row.pieces).items()}
    return where


def located(where: Provenance, figures: dict[str, Reading | None]) -> Provenance:
    """`where` with the box of each figure read from one of the row's cells (a `Reading`'s
    `cell`), under the figure's name, and without the cells' boxes by index."""
    boxes = dict(where.boxes)
    for name, reading in figures.items():
        if reading is not None and reading.cell is not None and reading.cell in where.cell_boxes:
            boxes[name] = where.cell_boxes[reading.cell]
    return replace(where, boxes=boxes, cell_boxes={})


@dataclass
class IndicatorFact:
    tahun: int | None
    indikator: str
    indicator_kind: str
    sasaran: str | None
    target: Reading
    realisasi: Reading
    capaian: Reading
    where: Provenance
    kecamatan: str | None = None  # None: the document's own kecamatan
    is_peer: bool = False
    satuan: str | None = None
    target_renstra: Reading | None = None
    kemajuan: Reading | None = None
    region: Resolution | None = None  # for peers: the other kecamatan's official codes


@dataclass
class BudgetFact:
    tahun: int | None
    level: str  # total, sasaran, program, kegiatan, sub_kegiatan, unknown
    name: str
    pagu: Reading
    realisasi: Reading
    serapan: Reading
    where: Provenance
    is_derived: bool = False
    share: Reading = field(default_factory=lambda: Reading(raw=""))  # "% anggaran": the line's share of the total


@dataclass
class EfficiencyFact:
    """A row of an efficiency table: capaian kinerja / serapan anggaran = tingkat efisiensi."""

    tahun: int | None
    name: str
    capaian: Reading
    serapan: Reading
    efisiensi: Reading
    where: Provenance
    capaian_lain: list[float] = field(default_factory=list)  # capaian of the line's other indicators, printed below it


def figures(fact: IndicatorFact | BudgetFact | EfficiencyFact) -> dict[str, Reading | None]:
    """A fact's figures by the names `Provenance.boxes` gives them."""
    if isinstance(fact, IndicatorFact):
        return {
            "target": fact.target,
            "realisasi": fact.realisasi,
            "capaian": fact.capaian,
            "target_renstra": fact.target_renstra,
            "kemajuan": fact.kemajuan,
        }
    if isinstance(fact, BudgetFact):
        return {"pagu": fact.pagu, "realisasi": fact.realisasi, "serapan": fact.serapan, "share": fact.share}
    return {"capaian_kinerja": fact.capaian, "serapan": fact.serapan, "efisiensi": fact.efisiensi}


@dataclass
class Statement:
    """A figure the document states outside its measurement tables: an LHE component in a
    sentence (score, weight, capaian, grade) or a band of the grading scale it prints."""

    tahun: int | None
    kind: str  # lhe_component, scale_band, category_band, table_average, prose_average, kemajuan_remark,
    # category_statement, target_claim, stated_serapan
    subject: str | None
    value: float | None
    value_raw: str
    label: str | None  # the grade or predicate code
    where: Provenance
    weight: float | None = None
    score: float | None = None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool | None = None
    values: list[float] | None = None  # for a table's average: the figures it averages
    reference: float | None = None  # the figure a statement is measured against (a target_claim's target)


@dataclass
class Identity:
    kecamatan: str | None = None
    kabupaten_kota: str | None = None
    provinsi: str | None = None
    tahun: int | None = None
    warnings: list[str] = field(default_factory=list)
    region: Resolution | None = None  # official Kemendagri codes and names


@dataclass
class TableAccount:
    """What became of one table: the kind decided (or `unread`), rows read and skipped."""

    table: Table
    kind: str
    status: str  # read, partly_read, unread, skipped, no_figures
    rows_read: int = 0
    skipped: list[tuple[int | None, int | None, str]] = field(default_factory=list)  # (line, page, why)
    note: str | None = None  # why a table with figures was not read


@dataclass
class Interpretation:
    identity: Identity
    indicators: list[IndicatorFact]
    budget: list[BudgetFact]
    efficiency: list[EfficiencyFact]
    tables: list[TableAccount]  # every table found, with what was read of it
    warnings: list[str] = field(default_factory=list)
    targets_adjusted: Provenance | None = None  # where the document says its targets were adjusted from the Renstra
    statements: list[Statement] = field(default_factory=list)


def fact_key(*parts: object) -> str:
    """A figure's place in its document (table, row, line or page, year, column, name ...),
    hashed: the same for the same bytes read by the same reader, so a user's correction
    finds its figure again when the document is read again."""
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:20]


def numbered_keys(keys: list[str]) -> list[str]:
    """Keys made unique within a document: a repeated key (two sentences of one page, two
    derived totals of tables with one caption) gets its occurrence number."""
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(key if n == 0 else f"{key}.{n}")
    return out

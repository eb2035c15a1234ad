"""Typed facts the interpreter produces and the store writes."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.model import Row, Table
from ingest.numbers import Reading
from ingest.regions import Resolution


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


def provenance(table: Table, row: Row, kind: str) -> Provenance:
    return Provenance(table.name, row.line, row.page, row.raw, kind, row.index, doubt=row.guess)


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

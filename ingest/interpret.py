"""Interpret a document's tables into typed facts: indicator values and budget lines.

Pure functions over the document model; each table is read on its own, so a
table can be tested alone with `indicator_facts` / `budget_facts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.columns import ColumnMeaning, classify_columns, single_year, table_kind
from ingest.facts import BudgetFact, EfficiencyFact, IndicatorFact, Interpretation, Provenance, provenance
from ingest.identity import read_identity
from ingest.model import Document, Row, Table
from ingest.numbers import Reading, column_decimal_separator, read_number
from ingest.regions import resolve
from ingest.vocabulary import indicator_kind, mentions, starts_with, words

INDICATOR_TABLES = {"measurement", "multi_year", "renstra", "peer", "plan", "performance_budget"}
BUDGET_TABLES = {"budget", "performance_budget"}
_NUMBERING = re.compile(r"^\s*(\(?[0-9]+(?:[.,][0-9]+)*[.,)]?|[a-zA-Z][.)])\s+")
_WORD = re.compile(r"[A-Za-z]{3,}")
_NUMBER_ONLY = re.compile(r"^\(?\d+(?:[.,]\d+)*[.,)]?$")
_KEYWORD_PREFIX = re.compile(r"^(sub\s*-?\s*kegiatan|kegiatan|program)\s*[:.]\s*", re.I)


def interpret(doc: Document) -> Interpretation:
    identity = read_identity(doc)
    indicators: list[IndicatorFact] = []
    budget: list[BudgetFact] = []
    efficiency: list[EfficiencyFact] = []
    kinds: list[tuple[Table, str]] = []
    for table in doc.tables:
        meanings = classify_columns(table)
        kind = table_kind(meanings)
        kinds.append((table, kind))
        if kind in INDICATOR_TABLES:
            indicators += indicator_facts(
                table, meanings, kind, identity.tahun, identity.kecamatan, identity.kabupaten_kota
            )
        if kind in BUDGET_TABLES:
            budget += budget_facts(table, meanings, kind, identity.tahun)
        efficiency += efficiency_facts(table, meanings, kind, identity.tahun)
    budget += prose_budget_facts(doc, identity.tahun)
    return Interpretation(identity, indicators, budget, efficiency, kinds)


def efficiency_facts(
    table: Table, meanings: list[ColumnMeaning], kind: str, default_year: int | None
) -> list[EfficiencyFact]:
    """Rows of a table that prints capaian kinerja, serapan anggaran and tingkat efisiensi."""
    cols = {role: _first(meanings, role) for role in ("capaian", "serapan", "efisiensi")}
    if None in cols.values():
        return []
    seps = _separators(table)
    name_col = next((i for r in ("sasaran", "program", "indikator") if (i := _first(meanings, r)) is not None), None)
    label_cols = [i for i in (_first(meanings, "no"), _first(meanings, "indikator")) if i is not None]
    year = _table_year(table) or default_year
    facts = []
    for row in table.rows:
        read = {role: read_number(_cell(row, i), seps[i]) for role, i in cols.items()}
        name = _row_name(row, name_col, label_cols)
        if read["efisiensi"].value is None:
            continue
        facts.append(
            EfficiencyFact(
                year,
                _clean_name(name) if name else "(tanpa nama)",
                read["capaian"],
                read["serapan"],
                read["efisiensi"],
                provenance(table, row, kind),
            )
        )
    return facts


_PROSE_BUDGET = re.compile(
    r"\banggaran\b[^%]{0,200}?\bRp\.?\s*(?P<pagu>\d[\d.,]*\d)"
    r".{0,200}?(?:\bdi)?realisasi\w*.{0,80}?\bRp\.?\s*(?P<real>\d[\d.,]*\d)",
    re.I,
)


def prose_budget_facts(doc: Document, year: int | None) -> list[BudgetFact]:
    """Totals stated in sentences: "anggaran sebesar Rp X ... realisasi ... Rp Y"."""
    facts = []
    for block in doc.prose:
        for m in _PROSE_BUDGET.finditer(block.text):
            pagu, real = read_number(m.group("pagu"), ","), read_number(m.group("real"), ",")
            where = Provenance("teks (paragraf)", block.line, block.page, m.group(0), "prose")
            facts.append(BudgetFact(year, "total", "Anggaran (disebut dalam teks)", pagu, real, Reading(raw=""), where))
    return facts


@dataclass
class _Group:
    peer: str | None
    year: int | None
    cols: dict[str, int]


def _first(meanings: list[ColumnMeaning], role: str) -> int | None:
    return next((m.index for m in meanings if m.role == role), None)


def _groups(meanings: list[ColumnMeaning], roles: tuple[str, ...], year: int | None) -> list[_Group]:
    """Figure columns grouped by (unit, year); a column naming no year belongs to
    `year` (the table's or the report's), so "Target Tahunan" joins "Realisasi 2024"."""
    groups: dict[tuple[str | None, int | None], _Group] = {}
    for m in meanings:
        if m.role in roles:
            key = (m.peer, m.year or year)
            g = groups.setdefault(key, _Group(*key, {}))
            g.cols.setdefault(m.role, m.index)
    return list(groups.values())


def _separators(table: Table) -> list[str | None]:
    return [column_decimal_separator(r.cells[i] for r in table.rows) for i in range(table.width)]


def _cell(row: Row, index: int | None) -> str:
    return row.cells[index] if index is not None and index < len(row.cells) else ""


def strip_numbering(text: str) -> str:
    return _NUMBERING.sub("", text).strip()


def _table_year(table: Table) -> int | None:
    return single_year(f"{table.caption or ''} {table.title or ''}")


def is_total_label(text: str, indicator_column: bool = False) -> bool:
    """'JUMLAH', 'Total', 'RATA-RATA CAPAIAN ...', 'Capaian rata-rata': a total or average row.
    In an indikator column only averages count ("Jumlah dokumen ..." is an indicator)."""
    label = strip_numbering(text)
    if len(label) <= 60 and mentions(label, words("rows", "average")):
        return True
    if indicator_column:
        return False
    if starts_with(label, words("rows", "total")):
        return True
    return starts_with(label, words("rows", "total_short")) and len(label.split()) <= 2


def indicator_facts(
    table: Table,
    meanings: list[ColumnMeaning],
    kind: str,
    default_year: int | None,
    own_kecamatan: str | None = None,
    own_kabupaten_kota: str | None = None,
) -> list[IndicatorFact]:
    """One fact per (row, year, unit) that carries a target, realisasi or capaian."""
    year = _table_year(table) or default_year
    groups = _groups(meanings, ("target", "realisasi", "capaian"), year)
    seps = _separators(table)
    col = {
        role: _first(meanings, role)
        for role in ("sasaran", "indikator", "program", "satuan", "target_renstra", "kemajuan")
    }
    label_col = next((col[r] for r in ("indikator", "program", "sasaran") if col[r] is not None), None)
    facts: list[IndicatorFact] = []
    previous: list[IndicatorFact] = []
    sasaran: str | None = None
    for row in table.rows:
        if col["sasaran"] is not None and _cell(row, col["sasaran"]) and col["sasaran"] != label_col:
            sasaran = strip_numbering(_cell(row, col["sasaran"]))
        label = strip_numbering(_KEYWORD_PREFIX.sub("", strip_numbering(_cell(row, label_col))))
        if any(is_total_label(c, i == col["indikator"]) for i, c in enumerate(row.cells) if c):
            previous = []
            continue
        row_facts = [
            f
            for g in groups
            if (
                f := _indicator_fact(
                    row, g, label, sasaran, seps, kind, table, year, own_kecamatan, col, own_kabupaten_kota
                )
            )
        ]
        if row_facts:
            facts += row_facts
            previous = row_facts
        elif label and label[0].islower() and previous:
            for f in previous:  # a wrapped indikator name carried onto the next line
                f.indikator = f"{f.indikator} {label}"
                f.indicator_kind = indicator_kind(f.indikator)
    return facts


def _indicator_fact(row, group, label, sasaran, seps, kind, table, year, own, col, own_kabkota) -> IndicatorFact | None:
    if not label:
        return None
    read = {r: read_number(_cell(row, i), seps[i]) for r, i in group.cols.items()}
    target, realisasi, capaian = (read.get(r, Reading(raw="")) for r in ("target", "realisasi", "capaian"))
    if all(x.missing for x in (target, realisasi, capaian)):
        return None
    is_peer = group.peer is not None and not _same_place(group.peer, own)
    region = resolve(group.peer, own_kabkota) if is_peer and group.peer != "Nasional" else None
    extras = {}
    if group.peer is None:
        for role in ("target_renstra", "kemajuan"):
            if col[role] is not None:
                extras[role] = read_number(_cell(row, col[role]), seps[col[role]])
    satuan = _cell(row, col["satuan"]) or target.unit or realisasi.unit
    return IndicatorFact(
        tahun=group.year,
        indikator=label,
        indicator_kind=indicator_kind(label),
        sasaran=sasaran if col["sasaran"] != col.get("indikator") else None,
        target=target,
        realisasi=realisasi,
        capaian=capaian,
        where=provenance(table, row, kind),
        kecamatan=group.peer if is_peer else None,
        is_peer=is_peer,
        region=region,
        satuan=satuan or None,
        **extras,
    )


def _same_place(peer: str, own: str | None) -> bool:
    """'Sananwetan' or 'Sananwetan Kota Blitar' is the report's own column; 'Bathin III Ulu'
    is not Bathin III's."""
    if not own:
        return False
    p, o = " ".join(peer.lower().split()), " ".join(own.lower().split())
    return p == o or (p.startswith(o + " ") and p[len(o) + 1 :].startswith(("kab", "kota", "(")))


def budget_facts(table: Table, meanings: list[ColumnMeaning], kind: str, default_year: int | None) -> list[BudgetFact]:
    """Budget lines with their level; a derived total when the table has none."""
    year = _table_year(table) or default_year
    groups = _groups(meanings, ("pagu", "budget_realisasi", "serapan"), year)
    seps = _separators(table)
    name_col = next((i for r in ("program", "sasaran", "indikator") if (i := _first(meanings, r)) is not None), None)
    name_role = meanings[name_col].role if name_col is not None else None
    no_col = _first(meanings, "no")
    label_cols = [i for i in (no_col, _first(meanings, "sasaran")) if i is not None]
    facts: list[BudgetFact] = []
    level = None
    indikator_col = _first(meanings, "indikator")
    programs_marked = any(
        starts_with(strip_numbering(_cell(r, name_col)), words("rows", "program")) for r in table.rows
    )
    for row in table.rows:
        readings = [(g.year, *(_money_or_percent(row, g.cols.get(r), seps, r) for r in _BUDGET_ROLES)) for g in groups]
        readings = [r for r in readings if not (r[1].missing and r[2].missing)]
        name = _row_name(row, name_col, label_cols)
        if not name and readings and name_col != indikator_col:
            name = _row_name(row, indikator_col, [])  # a budget under a merged sasaran cell, per indicator
        if not name:
            continue
        level = row_level(name, _cell(row, no_col), name_role, level, programs_marked)
        for year, pagu, real, serapan in readings:
            facts.append(BudgetFact(year, level, _clean_name(name), pagu, real, serapan, provenance(table, row, kind)))
    return facts + derived_totals(facts, table, kind)


_BUDGET_ROLES = ("pagu", "budget_realisasi", "serapan")
_MIN_RUPIAH = 1000  # a "pagu" under Rp 1.000 is a misplaced cell (a target, a percentage), not money


def _money_or_percent(row: Row, index: int | None, seps: list[str | None], role: str) -> Reading:
    if index is None:
        return Reading(raw="")
    if role == "serapan":
        return read_number(_cell(row, index), seps[index])
    reading = read_number(_cell(row, index), seps[index], money=True)
    if reading.value is not None and 0 < abs(reading.value) < _MIN_RUPIAH:
        return Reading(raw=reading.raw, note="terlalu kecil untuk nilai rupiah")
    return reading


def _row_name(row: Row, name_col: int | None, other_cols: list[int]) -> str:
    """The row's label: its name column, else the first label cell of the other label
    columns (a 'Total' in the No column); never an indikator text."""
    for i in [name_col, *other_cols]:
        c = _cell(row, i)
        if _WORD.search(c):
            return c
    return ""


def _clean_name(name: str) -> str:
    return strip_numbering(_KEYWORD_PREFIX.sub("", strip_numbering(name))) or name


def row_level(
    name: str, number: str, name_role: str | None, previous: str | None, programs_marked: bool = False
) -> str:
    """total / program / kegiatan / sub_kegiatan / sasaran / unknown, from the
    row's words first, then its numbering (1 / 1.1 / 1.1.1). When the table marks its
    programs with the word "Program", an unmarked, unnumbered row is not a program."""
    text = strip_numbering(name)
    if is_total_label(text):
        return "total"
    for level in ("sub_kegiatan", "kegiatan", "program"):
        if starts_with(text, words("rows", level)):
            return level
    numbering = (number or "").strip() or (m.group(1) if (m := _NUMBERING.match(name)) else "")
    depth = len([p for p in re.split(r"[.,]", numbering.strip("().")) if p.isdigit()])
    if name_role == "program":
        if depth == 1 and previous in ("kegiatan", "sub_kegiatan") and not (number or "").strip():
            return previous  # "2. Penyediaan ..." continues a numbered sub kegiatan list
        if depth:
            return {1: "program", 2: "kegiatan"}.get(depth, "sub_kegiatan")
        if previous in ("kegiatan", "sub_kegiatan"):
            return "sub_kegiatan"
        return "unknown" if programs_marked else "program"
    if name_role == "sasaran":
        return "sasaran"
    return "unknown"


def derived_totals(facts: list[BudgetFact], table: Table, kind: str) -> list[BudgetFact]:
    """A budget table without a total row gets one summed from its programs, marked
    derived; only when every program has a pagu and the table is named (not a fragment)."""
    if any(f.level == "total" for f in facts) or not (table.caption or table.title):
        return []
    out = []
    for year in sorted({f.tahun for f in facts if f.level == "program"}, key=lambda y: y or 0):
        programs = [f for f in facts if f.level == "program" and f.tahun == year]
        pagu = _sum(p.pagu for p in programs)
        if pagu.value is None:
            continue
        real = _sum(p.realisasi for p in programs)
        where = Provenance(table.name, None, None, "", kind)
        out.append(
            BudgetFact(year, "total", "JUMLAH (dihitung dari program)", pagu, real, Reading(raw=""), where, True)
        )
    return out


def _sum(readings) -> Reading:
    values = [r.value for r in readings]
    if not values or any(v is None for v in values):
        return Reading(raw="")  # unknown: some program has no figure
    return Reading(raw="", value=float(sum(values)))

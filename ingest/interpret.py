"""Interpret a document's tables into typed facts: indicator values and budget lines.

Pure functions over the document model; each table is read on its own, so a
table can be tested alone with `indicator_facts` / `budget_facts`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from ingest.benchmark import national_claims, national_values
from ingest.columns import INDICATOR_ROLES, ColumnMeaning, classify_columns, single_year, table_kind
from ingest.facts import (
    BudgetFact,
    EfficiencyFact,
    IndicatorFact,
    Interpretation,
    Provenance,
    Statement,
    TableAccount,
    figures,
    located,
    provenance,
)
from ingest.identity import read_identity
from ingest.ikm_unsur import ikm_survey
from ingest.model import Document, Row, Table
from ingest.numbers import Reading, column_decimal_separator, read_number
from ingest.prose import (
    PROSE_BUDGET,
    category_scales,
    grading_scale,
    ikm_formula,
    lhe_components,
    lhe_extremes,
    missions,
    prose_averages,
    prose_efficiency,
    renstra_periods,
    signing_dates,
    stated_categories,
    stated_serapan,
    table_remarks,
    target_adjustment,
    target_claims,
)
from ingest.read.tablebuild import is_figure
from ingest.regions import resolve
from ingest.vocabulary import indicator_kind, mentions, starts_with, words

INDICATOR_TABLES = {"measurement", "multi_year", "renstra", "peer", "plan", "performance_budget"}
BUDGET_TABLES = {"budget", "performance_budget"}
_NUMBERING = re.compile(r"^\s*(\(?[0-9]+(?:[.,][0-9]+)*[.,)]?|[a-zA-Z][.)])\s+")
_WORD = re.compile(r"[A-Za-z]{3,}")
_NUMBER_ONLY = re.compile(r"^\(?\d+(?:[.,]\d+)*[.,)]?$")
_KEYWORD_PREFIX = re.compile(r"^(sub\s*-?\s*kegiatan|kegiatan|program)\s*[:.]\s*", re.I)
_TAGS = re.compile(r"<[^>]+>|\*\*")


def interpret(doc: Document) -> Interpretation:
    identity = read_identity(doc)
    indicators: list[IndicatorFact] = []
    budget: list[BudgetFact] = []
    efficiency: list[EfficiencyFact] = []
    accounts: list[TableAccount] = []
    for table in doc.tables:
        meanings = classify_columns(table)
        kind = table_kind(meanings)
        found: list = []
        if kind in INDICATOR_TABLES:
            found += indicator_facts(table, meanings, kind, identity.tahun, identity.kecamatan, identity.kabupaten_kota)
        if kind in BUDGET_TABLES:
            found += budget_facts(table, meanings, kind, identity.tahun)
        found += efficiency_facts(table, meanings, kind, identity.tahun)
        indicators += [f for f in found if isinstance(f, IndicatorFact)]
        budget += [f for f in found if isinstance(f, BudgetFact)]
        efficiency += [f for f in found if isinstance(f, EfficiencyFact)]
        accounts.append(account(_unplaced(table), meanings, kind, {f.where.row_index for f in found}))
    budget += prose_budget_facts(doc, identity.tahun)
    efficiency += prose_efficiency(doc, identity.tahun)
    unread = [_named_at(a.table) for a in accounts if a.status == "unread"]
    warnings = [*doc.warnings, *([f"tabel tidak terbaca: {', '.join(unread)}"] if unread else [])]
    adjusted = target_adjustment(doc)
    statements = lhe_components(doc, identity.tahun) + lhe_extremes(doc, identity.tahun)
    statements += grading_scale(doc, identity.tahun)
    statements += prose_averages(doc, identity.tahun) + table_remarks(doc, identity.tahun)
    statements += category_scales(doc) + stated_categories(doc, identity.tahun) + target_claims(doc, identity.tahun)
    statements += stated_serapan(doc, identity.tahun)
    statements += national_values(doc, identity.tahun) + national_claims(doc, identity.tahun)
    statements += signing_dates(doc, identity.tahun) + renstra_periods(doc, identity.tahun)
    statements += missions(doc, identity.tahun) + ikm_formula(doc, identity.tahun) + ikm_survey(doc, identity.tahun)
    statements += [s for t in doc.tables for s in average_statements(t, _table_year(t) or identity.tahun)]
    for fact in [*indicators, *budget, *efficiency]:
        fact.where = located(fact.where, figures(fact))  # each figure's box on the page, when a PDF printed it
    for statement in statements:
        statement.where = located(statement.where, {})  # the row's box only
    return Interpretation(identity, indicators, budget, efficiency, accounts, warnings, adjusted, statements)


def _unplaced(table: Table) -> Table:
    """The table without what its rows printed where (the facts keep their boxes): the
    interpretation crosses a process pipe, and the pieces would double a PDF table's size."""
    if not any(r.pieces for r in table.header_rows + table.rows):
        return table
    header = [replace(r, pieces=[]) for r in table.header_rows]
    return replace(table, header_rows=header, rows=[replace(r, pieces=[]) for r in table.rows])


def _named_at(table: Table) -> str:
    """'Tabel 3.2 (baris 549)'; an untitled table's name already says where it is."""
    place = f"baris {table.line}" if table.line else f"halaman {table.page}"
    return table.name if place in table.name else f"{table.name[:60]} ({place})"


def account(table: Table, meanings: list[ColumnMeaning], kind: str, read: set[int | None]) -> TableAccount:
    """What became of a table: rows read, rows with figures skipped and why, and whether a
    table that holds performance or budget figures was left unread."""
    no_col = _first(meanings, "no")
    figure_rows = [r for r in table.rows if any(is_figure(c) for i, c in enumerate(r.cells) if i != no_col)]
    if not figure_rows:
        return TableAccount(table, kind, "no_figures")
    label_col = label_column(meanings) if kind in INDICATOR_TABLES else None
    skipped = [(r.line, r.page, _why_skipped(r, label_col)) for r in figure_rows if r.index not in read]
    rows_read = len([r for r in table.rows if r.index in read])
    if rows_read:
        status = "partly_read" if skipped else "read"
        return TableAccount(table, kind, status, rows_read, skipped)
    if is_contents(table):
        return TableAccount(table, kind, "skipped", 0, skipped, "daftar isi (nomor halaman)")
    if not _about_performance(table, meanings):
        return TableAccount(table, kind, "skipped", 0, skipped, "bukan tabel kinerja atau anggaran")
    note = _why_unread(meanings, kind)
    return TableAccount(table, "unread", "unread", 0, skipped, note)


def is_contents(table: Table) -> bool:
    """A table of contents: names with dot leaders or 'Tabel/BAB ...', a page number last."""
    rows = [r for r in table.header_rows + table.rows if any(r.cells)]
    listed = [r for r in rows if _CONTENTS_ENTRY.search(" ".join(r.cells[:-1]))]
    return len(listed) >= max(2, len(rows) // 2) and all(not any(is_figure(c) for c in r.cells[:-1]) for r in rows)


_CONTENTS_ENTRY = re.compile(r"\.{4,}|^\s*(tabel|gambar|grafik|bab|lampiran)\b", re.I)


def _why_skipped(row: Row, label_col: int | None = None) -> str:
    if any(is_total_label(c) for c in row.cells if c):
        return "baris jumlah atau rata-rata"
    if not any(_WORD.search(c) for c in row.cells):
        return "tanpa nama indikator atau program"
    if shifted_row(row, label_col):
        return "sel bergeser: angka di kolom nama indikator"
    return "angka di kolom yang tidak dikenali"


def _about_performance(table: Table, meanings: list[ColumnMeaning]) -> bool:
    """Header, caption or first rows speak of targets, realisasi, capaian or a budget."""
    text = [table.caption or "", table.title or "", *(m.label for m in meanings)]
    text += [c for r in table.rows[:2] for c in r.cells]
    return mentions(" ".join(text), words("tables", "performance"))


def _why_unread(meanings: list[ColumnMeaning], kind: str) -> str:
    labels = [m.label for m in meanings if m.label]
    if not labels:
        return "kepala tabel tidak ditemukan"
    if kind == "other":
        return "kolom tidak dikenali: " + "; ".join(labels)[:200]
    return f"tabel {kind} tanpa baris yang terbaca (kolom: " + "; ".join(labels)[:200] + ")"


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
    facts: list[EfficiencyFact] = []
    for row in table.rows:
        row_seps = row_separators(row, seps)
        read = {role: _at(read_number(_cell(row, i), row_seps[i]), i) for role, i in cols.items()}
        name = _row_name(row, name_col, label_cols)
        if read["efisiensi"].value is None:
            if facts and _another_indicator(row, read, name_col):
                facts[-1].capaian_lain.append(read["capaian"].value)
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


def _another_indicator(row: Row, read: dict[str, Reading], name_col: int | None) -> bool:
    """A row under an efficiency row with only a capaian (no name, serapan or efisiensi):
    another indicator of the same line, which the document may average into its capaian."""
    return read["capaian"].value is not None and read["serapan"].missing and not _cell(row, name_col)


def prose_budget_facts(doc: Document, year: int | None) -> list[BudgetFact]:
    """Totals stated in sentences: "anggaran sebesar Rp X ... realisasi ... Rp Y" (or
    "... yaitu sebesar Y"). The serapan % the paragraph states is a statement of its own
    (`ingest.prose.stated_serapan`)."""
    facts = []
    for block in doc.prose:
        for m in PROSE_BUDGET.finditer(block.text):
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


def row_separators(row: Row, seps: list[str | None]) -> list[str | None]:
    """A column its cells leave undecided takes the row's mark: a row prints its amounts
    one way, so '900,000' beside '26,725,000' is nine hundred thousand, not 900 (a Renstra
    matrix whose columns mix '2.230.975.684' and '1,338,000'). Decided columns keep theirs."""
    if all(s is not None for s in seps):
        return seps
    row_mark = column_decimal_separator(row.cells)
    if row_mark is None:
        return seps
    return [s if s is not None else row_mark for s in seps]


def _cell(row: Row, index: int | None) -> str:
    return row.cells[index] if index is not None and index < len(row.cells) else ""


def _at(reading: Reading, index: int | None) -> Reading:
    """A figure read from cell `index` of its row, marked so (its box on a PDF page is that
    cell's: `ingest.facts.located`); an empty cell gives no figure to mark."""
    return replace(reading, cell=index) if index is not None and reading.raw.strip() else reading


def strip_numbering(text: str) -> str:
    return _NUMBERING.sub("", text).strip()


def _table_year(table: Table) -> int | None:
    return single_year(f"{table.caption or ''} {table.title or ''}")


def is_total_label(text: str, indicator_column: bool = False) -> bool:
    """'JUMLAH', 'Total', 'RATA-RATA CAPAIAN ...', 'Capaian rata-rata': a total or average row.
    In an indikator column only averages count ("Jumlah dokumen ..." is an indicator)."""
    label = strip_numbering(text)
    if indicator_column and starts_with(label, words("indicator_kinds", "not_a_score_prefixes")):
        return False  # "Persentase rata-rata capaian kinerja aparatur" is an indicator
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
    """One fact per (row, year, unit) that carries a target, realisasi or capaian; a table
    with several indicator columns, each followed by its own figures, is read per column."""
    facts: list[IndicatorFact] = []
    for part in indicator_segments(meanings):
        facts += _segment_facts(table, part, kind, default_year, own_kecamatan, own_kabupaten_kota)
    return facts


def indicator_segments(meanings: list[ColumnMeaning]) -> list[list[ColumnMeaning]]:
    """'Tujuan | Indikator | Target | Sasaran | Indikator | Target': each indikator column
    owns the figure columns up to the next one. A column with no figure after it (an
    "Indikator Tujuan" beside an "Indikator Sasaran") owns none: figures belong to the
    indicator they are measured against. Returns the meanings as each part sees them."""
    labels = [m.index for m in meanings if m.role == "indikator"]
    owned = {m.index for m in meanings if m.role in _OWNED}
    spans = list(zip(labels, [*labels[1:], len(meanings)][: len(labels)], strict=True))
    owners = [(i, end) for i, end in spans if owned & set(range(i, end))]
    # A program's or kegiatan's own indicators beside the sasaran's are another level:
    # their targets are not the kecamatan's (the same IKM named twice is two figures).
    own_level = [(i, end) for i, end in owners if not mentions(meanings[i].label, ["program", "kegiatan"])]
    owners = own_level or owners[:1]
    if len(owners) <= 1:
        keep = owners[0][0] if owners else None
        end = owners[0][1] if owners else len(meanings)
        return [[_masked(m, keep) if m.role == "indikator" or m.index in owned and m.index >= end else m
                 for m in meanings]]  # fmt: skip
    parts = []
    for k, (owner, end) in enumerate(owners):
        start = owner if k else 0
        inside = {i for i in owned if start <= i < end} | {owner}
        parts.append([_masked(m) if m.index in owned - inside or m.role == "indikator" and m.index != owner else m
                      for m in meanings])  # fmt: skip
    return parts


_OWNED = INDICATOR_ROLES | {"baseline", "satuan"}  # the columns an indicator column owns


def _masked(m: ColumnMeaning, keep: int | None = None) -> ColumnMeaning:
    """A column this part does not read (another indicator's label or figures)."""
    return m if m.index == keep else replace(m, role="other")


def _segment_facts(table, meanings, kind, default_year, own_kecamatan, own_kabupaten_kota) -> list[IndicatorFact]:
    year = _table_year(table) or default_year
    groups = _groups(meanings, ("target", "realisasi", "capaian"), year)
    seps = _separators(table)
    col = _text_columns(meanings)
    label_col = label_column(meanings)
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
        if shifted_row(row, label_col) or header_years_row(row, meanings):
            previous = []
            continue
        row_seps = row_separators(row, seps)
        row_facts = [
            f
            for g in groups
            if (
                f := _indicator_fact(
                    row, g, label, sasaran, row_seps, kind, table, year, own_kecamatan, col, own_kabupaten_kota
                )
            )
        ]
        row_facts += dated_figures(row, meanings, row_facts, row_seps)
        if row_facts:
            facts += row_facts
            previous = row_facts
        elif label and label[0].islower() and previous:
            for f in previous:  # a wrapped indikator name carried onto the next line
                f.indikator = f"{f.indikator} {label}"
                f.indicator_kind = indicator_kind(f.indikator)
    return facts


def label_column(meanings: list[ColumnMeaning]) -> int | None:
    """The column naming a row's indicator (else its program, else its sasaran)."""
    col = _text_columns(meanings)
    return next((col[r] for r in ("indikator", "program", "sasaran") if col[r] is not None), None)


def header_years_row(row: Row, meanings: list[ColumnMeaning]) -> bool:
    """The header's line of years read as a row (a staggered header repeated on the next
    page over the rest of a row the break cut, "yang tersusun sesuai aturan | 2021 | 2022
    ..."): every figure of the row is the year its own column is labelled with. Read as
    figures, "2021" became a capaian of 2021%."""
    figures = [
        (i, c.strip()) for i, c in enumerate(row.cells) if c and (is_figure(c) or _YEAR_CELL.fullmatch(c.strip()))
    ]
    return len(figures) >= 2 and all(
        _YEAR_CELL.fullmatch(c) and i < len(meanings) and c in meanings[i].label for i, c in figures
    )


_YEAR_CELL = re.compile(r"(19|20)\d\d")


def shifted_row(row: Row, label_col: int | None) -> bool:
    """A row the export shifted a cell left: a figure ("13 BUMDes", "100%") stands where
    the indicator's name belongs, so every figure after it sits under the wrong label."""
    cell = _cell(row, label_col)
    return bool(cell) and is_figure(cell) and len(cell.split()) <= 3


def _text_columns(meanings: list[ColumnMeaning]) -> dict[str, int | None]:
    """The indicator column is the one nearest left of the figures ("Indikator Sasaran",
    not "Indikator Tujuan" further left); the sasaran column the one nearest left of it."""
    figures = [m.index for m in meanings if m.role in INDICATOR_ROLES]
    edge = min(figures) if figures else len(meanings)
    col = {r: _last_before(meanings, r, edge) for r in ("indikator", "program")}
    label = col["indikator"] if col["indikator"] is not None else col["program"]
    col["sasaran"] = _last_before(meanings, "sasaran", label if label is not None else edge)
    if col["sasaran"] is None:
        col["sasaran"] = _first(meanings, "sasaran")
    for role in ("satuan", "target_renstra", "kemajuan"):
        col[role] = _first(meanings, role)
    return col


def _last_before(meanings: list[ColumnMeaning], role: str, edge: int) -> int | None:
    found = [m.index for m in meanings if m.role == role and m.index < edge]
    return found[-1] if found else _first(meanings, role)


def dated_figures(
    row: Row, meanings: list[ColumnMeaning], row_facts: list[IndicatorFact], seps: list[str | None]
) -> list[IndicatorFact]:
    """Figures of another year in the same row: "Target Akhir Renstra (2026)" is the 2026
    target, "Kondisi Awal (2020)" the 2020 realisasi. Each becomes a fact of its own year."""
    own = next((f for f in row_facts if not f.is_peer), None)
    out = []
    for m in meanings:
        if own is None or m.year is None or m.year == own.tahun or m.role not in ("target_renstra", "baseline"):
            continue
        reading = _at(read_number(_cell(row, m.index), seps[m.index]), m.index)
        if reading.missing:
            continue
        empty = Reading(raw="")
        target, realisasi = (reading, empty) if m.role == "target_renstra" else (empty, reading)
        where = replace(own.where, column=m.label)
        out.append(replace(own, tahun=m.year, target=target, realisasi=realisasi, capaian=empty,
                           target_renstra=None, kemajuan=None, where=where))  # fmt: skip
    return out


def _indicator_fact(row, group, label, sasaran, seps, kind, table, year, own, col, own_kabkota) -> IndicatorFact | None:
    if not label:
        return None
    unit = _cell(row, col["satuan"])
    read = {
        r: _at(_read_with_unit(_cell(row, i), seps[i], unit if r != "capaian" else ""), i)
        for r, i in group.cols.items()
    }
    target, realisasi, capaian = (read.get(r, Reading(raw="")) for r in ("target", "realisasi", "capaian"))
    if all(x.missing for x in (target, realisasi, capaian)):
        return None
    is_peer = group.peer is not None and not _same_place(group.peer, own)
    region = resolve(group.peer, own_kabkota) if is_peer and group.peer != "Nasional" else None
    extras = {}
    if group.peer is None:
        for role in ("target_renstra", "kemajuan"):
            if col[role] is not None:
                extras[role] = _at(read_number(_cell(row, col[role]), seps[col[role]]), col[role])
    satuan = normal_unit(unit or target.unit or realisasi.unit)
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


def _read_with_unit(cell: str, sep: str | None, unit: str) -> Reading:
    """A bare figure read as if its row's satuan were written beside it ("10.257" with
    satuan "lembar" is a count: no decimals), keeping the cell as printed."""
    if not unit or unit.lower().split()[0] in _SCORE_UNITS or not re.fullmatch(r"[\d.,]+", cell.strip()):
        return read_number(cell, sep)  # a score ("Indeks", "Nilai") may have decimals
    return replace(read_number(f"{cell} {unit}", sep), raw=cell, unit=None)


_SCORE_UNITS = {"indeks", "index", "nilai", "poin", "skor", "score", "predikat", "kategori", "%", "persen", "rasio"}


def normal_unit(unit: str | None) -> str | None:
    """'Persen', 'Persentase', '(%)' are '%'; other units as written."""
    if not unit:
        return None
    text = unit.strip().strip("()").strip()
    return "%" if text.lower() in ("%", "persen", "persentase", "prosentase", "presentase") else unit.strip()


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
    groups = _groups(meanings, ("pagu", "budget_realisasi", "serapan", "budget_share"), year)
    seps = _separators(table)
    name_col = next((i for r in ("program", "sasaran", "indikator") if (i := _first(meanings, r)) is not None), None)
    name_role = meanings[name_col].role if name_col is not None else None
    no_col = _first(meanings, "no")
    label_cols = [i for i in (no_col, _first(meanings, "sasaran")) if i is not None]
    facts: list[BudgetFact] = []
    level, previous_name = None, ""
    indikator_col = _first(meanings, "indikator")
    programs_marked = any(
        starts_with(strip_numbering(_cell(r, name_col)), words("rows", "program")) for r in table.rows
    )
    # numbered 1 / 1.1 / 1.1.1: a "2" after "1.2.1" is the next program, not the next sub kegiatan
    outline = any(_depth(_cell(r, no_col) or _cell(r, name_col)) > 1 for r in table.rows)
    for row in table.rows:
        row_seps = row_separators(row, seps)
        readings = [
            (g.year, *(_money_or_percent(row, g.cols.get(r), row_seps, r) for r in _BUDGET_ROLES)) for g in groups
        ]
        readings = [r for r in readings if not (r[1].missing and r[2].missing)]
        name = _row_name(row, name_col, label_cols)
        # A budget under a merged sasaran cell is per indicator; a sasaran written again on
        # each row it covers is the same merged cell.
        again = bool(name) and name == previous_name and name_col is not None and bool(_cell(row, name_col))
        named_by_indicator = False
        if (not name or again) and readings and indikator_col is not None and name_col != indikator_col:
            indicator = _row_name(row, indikator_col, [])
            name, named_by_indicator = indicator or name, bool(indicator)
        previous_name = _row_name(row, name_col, label_cols) or previous_name
        if not name and readings:
            name = _total_left_of(row, name_col)
        if not name:
            continue
        level = row_level(name, _cell(row, no_col), name_role, level, programs_marked, outline, named_by_indicator)
        for year, pagu, real, serapan, share in readings:
            fact = BudgetFact(year, level, _clean_name(name), pagu, real, serapan, provenance(table, row, kind))
            fact.share = share
            facts.append(fact)
    return facts + derived_totals(facts, table, kind)


_BUDGET_ROLES = ("pagu", "budget_realisasi", "serapan", "budget_share")
_MIN_RUPIAH = 1000  # a "pagu" under Rp 1.000 is a misplaced cell (a target, a percentage), not money


def _money_or_percent(row: Row, index: int | None, seps: list[str | None], role: str) -> Reading:
    if index is None:
        return Reading(raw="")
    if role in ("serapan", "budget_share"):
        return _at(read_number(_cell(row, index), seps[index]), index)
    reading = read_number(_cell(row, index), seps[index], money=True)
    if reading.value is not None and 0 < abs(reading.value) < _MIN_RUPIAH:
        return _at(Reading(raw=reading.raw, note="terlalu kecil untuk nilai rupiah"), index)
    return _at(reading, index)


def _row_name(row: Row, name_col: int | None, other_cols: list[int]) -> str:
    """The row's label: its name column, else the first label cell of the other label
    columns (a 'Total' in the No column); never an indikator text."""
    for i in [name_col, *other_cols]:
        c = _cell(row, i)
        if _WORD.search(c):
            return c
    return ""


def _total_left_of(row: Row, name_col: int | None) -> str:
    """A total row's label written left of the name column, in a column the table does not
    name (a 'JUMLAH' under 'Kode'), when that is the only text the row has left of it."""
    if not name_col:
        return ""
    cells = [c for c in row.cells[:name_col] if c.strip()]
    return cells[0] if len(cells) == 1 and is_total_label(cells[0]) else ""


def _clean_name(name: str) -> str:
    return strip_numbering(_KEYWORD_PREFIX.sub("", strip_numbering(name))) or name


def row_level(
    name: str,
    number: str,
    name_role: str | None,
    previous: str | None,
    programs_marked: bool = False,
    outline: bool = False,
    indicator: bool = False,
) -> str:
    """total / program / kegiatan / sub_kegiatan / sasaran / unknown, from the
    row's words first, then its numbering (1 / 1.1 / 1.1.1). When the table marks its
    programs with the word "Program", an unmarked, unnumbered row is not a program. A
    number of one part under a kegiatan continues a list of its own ("2. Penyediaan ..."),
    unless the table numbers its levels as an outline (`outline`: 1 / 1.1 / 1.1.1). A name
    taken from the indikator column (`indicator`: the row's own name cell empty) is no total
    for starting "Jumlah": "Jumlah dokumen ..." is an indicator."""
    text = strip_numbering(name)
    if is_total_label(text, indicator_column=indicator):
        return "total"
    for level in ("sub_kegiatan", "kegiatan", "program"):
        if starts_with(text, words("rows", level)):
            return level
    depth = _depth((number or "").strip() or name)
    if name_role == "program":
        if depth == 1 and previous in ("kegiatan", "sub_kegiatan") and not (number or "").strip() and not outline:
            return previous  # "2. Penyediaan ..." continues a numbered sub kegiatan list
        if depth:
            return {1: "program", 2: "kegiatan"}.get(depth, "sub_kegiatan")
        if previous in ("kegiatan", "sub_kegiatan"):
            return "sub_kegiatan"
        return "unknown" if programs_marked else "program"
    if name_role == "sasaran":
        return "sasaran"
    return "unknown"


def _depth(text: str) -> int:
    """How many parts a row's numbering has: "1." 1, "1.2" 2, "1.2.1" 3, none 0."""
    numbering = m.group(1) if (m := _NUMBERING.match(text + " ")) else ""
    return len([p for p in re.split(r"[.,]", numbering.strip("().")) if p.isdigit()])


def derived_totals(facts: list[BudgetFact], table: Table, kind: str) -> list[BudgetFact]:
    """A budget table without a total row gets one summed from its programs, marked
    derived; only when every program has a pagu and the table is named or has its header
    (a fragment without either may be the rest of another table)."""
    if any(f.level == "total" for f in facts) or not (table.caption or table.title or table.header_rows):
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


_AVERAGE_ROW = re.compile(
    r"^\W*(?:\d+\W+)?(?:persentase\s+)?(?:capaian\s+|nilai\s+|jumlah\s+)?rata\s*-?\s*rata\b", re.I
)
_AVERAGED_COLUMN = ("capaian", "persentase", "%", "efisiensi", "ketersediaan", "kemajuan")


def average_statements(table: Table, year: int | None) -> list[Statement]:
    """A "Rata-rata" row's printed percentages with the column figures above it (back to the
    previous total or average row), so the checks can recompute the mean. Only rows as wide
    as the table (a shorter row's cells may sit under the wrong header) and percentage
    columns; money columns have their own checks."""
    seps = _separators(table)
    found: list[Statement] = []
    start = 0
    for n, row in enumerate(table.rows):
        label = next((c for c in row.cells if c.strip()), "")
        if not _AVERAGE_ROW.match(_TAGS.sub("", label)) and not is_total_label(label):
            continue
        body, start = table.rows[start:n], n + 1
        if not _AVERAGE_ROW.match(_TAGS.sub("", label)) or len(row.cells) != table.width:
            continue
        for col in table.columns:
            found += _column_average(table, row, body, col.index, col.label, seps, label, year)
    return found


def _ratio_of_its_row(row: Row, seps: list[str | None], printed: Reading) -> bool:
    """Whether a "Rata-rata" row's percentage is, at its printed precision, the ratio of two
    amounts of its own row (2.039.091.915 of 2.173.310.423 is 93,82%): the average absorption
    weighted by the pagu, as it should be, not a mean of the rows above (002's Tabel 3.9 read
    from a PDF whose header lost the column's group label "ANGGARAN")."""
    amounts = [read_number(_TAGS.sub("", cell), sep).value for cell, sep in zip(row.cells, seps, strict=False)]
    amounts = [a for a in amounts if a is not None and a >= 1000]
    decimals = re.search(r"[.,](\d+)\s*%?\s*$", printed.raw or "")
    tolerance = 0.5 * 10 ** -(len(decimals.group(1)) if decimals else 0) + 1e-9
    pairs = itertools.permutations(amounts, 2)  # two cells (one amount is no ratio of itself)
    return any(0 < b <= a and abs(b / a * 100 - printed.value) <= tolerance for a, b in pairs)


def _column_average(table, row, body, index, header, seps, label, year) -> list[Statement]:
    if not mentions(header.lower(), list(_AVERAGED_COLUMN)) or "anggaran" in header.lower():
        return []
    printed = read_number(_TAGS.sub("", _cell(row, index)), seps[index])
    if printed.value is None or printed.uncertain or not 0 <= printed.value <= 200:
        return []
    if _ratio_of_its_row(row, seps, printed):
        return []
    values = [read_number(_TAGS.sub("", _cell(r, index)), seps[index]) for r in body]
    values = [v.value for v in values if v.value is not None and not v.uncertain]
    if not values or not all(0 <= v <= 200 for v in values):
        return []
    subject = f"{_clean_name(_TAGS.sub('', label)).strip()} | {header}"
    where = provenance(table, row, "average")
    return [Statement(year, "table_average", subject, printed.value, printed.raw, None, where, values=values)]

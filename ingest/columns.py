"""Give each table column a meaning (role, year, peer, budget group) and each
table a kind, from the header words alone — never from the table's number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.model import Column, Table
from ingest.vocabulary import mentions

_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_UNIT_ONLY = re.compile(r"^\(?\s*(rp\.?|idr|rupiah)\s*\)?$", re.I)
_KINERJA_ONLY = re.compile(r"^\(?\s*k\.?\s*\)?$", re.I)  # Permendagri 86/2017's "K | Rp."
_YEAR_RANGE = re.compile(r"20\d\d\s*(?:[-–/]|s\.?\s*d\.?|sampai)\s*(?:tahun\s*)?20\d\d", re.I)

# Roles that carry an indicator's figures, and those that carry budget figures.
INDICATOR_ROLES = {"target", "realisasi", "capaian", "target_renstra", "kemajuan"}
BUDGET_ROLES = {"pagu", "budget_realisasi", "serapan"}


@dataclass
class ColumnMeaning:
    index: int
    label: str
    role: str  # see INDICATOR_ROLES, BUDGET_ROLES, and the text roles
    year: int | None = None
    peer: str | None = None  # the other unit a peer column is about


def single_year(text: str) -> int | None:
    """The one year a text names ("Kinerja Tahun 2024"), None for ranges or several."""
    if _YEAR_RANGE.search(text):
        text = _YEAR_RANGE.sub(" ", text)
    years = set(_YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


def _text_role(label: str) -> str:
    c = words_of("columns")
    for role in ("indikator", "sasaran", "program", "satuan"):
        if mentions(label, c[role]):
            return role
    if label.strip().lower() in c["number"]:
        return "no"
    return "other"


def words_of(section: str) -> dict:
    from ingest.vocabulary import vocabulary

    return vocabulary()[section]


def is_share_of_realisasi(text: str) -> bool:
    """'% Realisasi', 'Persentase Realisasi Anggaran', 'Tingkat Capaian Kinerja (% realisasi)':
    a percentage of something realised, not the amount realised."""
    lowered = text.lower()
    marker = _percent_marker(lowered)
    if marker is not None and "realisasi" in lowered[marker:]:
        return True
    return mentions(text, words_of("columns")["capaian_words"])


def _percent_marker(lowered: str) -> int | None:
    """Where a percent sign or word first stands in a label, if anywhere."""
    m = re.search(r"%|\b(?:" + "|".join(words_of("columns")["percent"]) + r")\b", lowered)
    return m.start() if m else None


def _figure_role(part: str, label: str) -> str | None:
    c = words_of("columns")
    if mentions(label, ["serapan", "penyerapan"]):
        return "serapan"  # absorption is always of a budget, whatever else the header says
    in_budget = mentions(label, c["budget_group"])
    if mentions(label, c["before_change"]):
        return "before_change"
    if mentions(label, c["part_of_year"]):
        return "part_of_year"  # "Realisasi Triwulan II": not the year's figure
    if in_budget:
        if mentions(label, c["budget_share"]) and not mentions(label, ["realisasi"]):
            return "budget_share"
        if is_share_of_realisasi(part) or is_share_of_realisasi(label) or _percent_marker(part.lower()) is not None:
            return "serapan"  # in a budget, any percentage of it is its absorption
        if mentions(part, ["realisasi"]):
            return "budget_realisasi"
        if mentions(part, c["serapan"]) or mentions(label, ["serapan", "penyerapan"]):
            return "serapan"
        return "pagu"
    if mentions(label, c["baseline"]):
        return "baseline"
    if mentions(label, c["efisiensi"]):
        return "efisiensi"
    renstra = mentions(label, c["target_renstra"])
    if mentions(label, c["kemajuan"]) or (renstra and mentions(label, ["capaian"])):
        return "kemajuan"  # "tingkat capaian terhadap target akhir renstra" is progress
    if renstra and mentions(label, ["target"]):
        return "target_renstra"
    if is_share_of_realisasi(part):
        return "capaian"
    for role in ("target", "realisasi", "capaian"):
        if mentions(part, c[role]):
            return role
    if part.strip().lower() in c["capaian_exact"]:
        return "capaian"
    return None


def classify_column(column: Column) -> ColumnMeaning:
    label = column.label
    parts = column.parts or [""]
    # "Realisasi" over "(Rp)" or "K" (kinerja): the unit leaves the role to a short label above it
    part = parts[-1]
    if (_UNIT_ONLY.match(part) or _KINERJA_ONLY.match(part)) and len(parts) > 1 and _short_label(parts[-2]):
        part = parts[-2]
    role = _figure_role(part, label) or _figure_role(label, label) or _text_role(label)
    peer = _peer_name(parts)
    if peer and role in ("other", "sasaran", "program"):
        role = "target" if mentions(label, ["standar", "target"]) else "realisasi"
    return ColumnMeaning(column.index, label, role, single_year(label), peer)


def _short_label(text: str) -> bool:
    """Three words, or five naming one figure ("Realisasi Renja tahun 2023"): a label the
    unit under it belongs to, not a group label naming several ("Target dan realisasi ...")."""
    size = len(text.split())
    named = [role for role in ("target", "realisasi", "capaian") if mentions(text, words_of("columns")[role])]
    return size <= 3 or (size <= 5 and len(named) == 1)


def _peer_name(parts: list[str]) -> str | None:
    c = words_of("columns")
    for part in parts:
        text = part.strip()
        if mentions(text, c["national"]):
            return "Nasional"
        lowered = text.lower()
        for prefix in c["peer_prefixes"]:
            if lowered.startswith(prefix + " ") and len(text) > len(prefix) + 2:
                return text[len(prefix) :].strip()
    return None


def classify_columns(table: Table) -> list[ColumnMeaning]:
    """Column meanings, with years carried right onto a group's capaian column
    ("Tahun 2021 | Target", "... | Realisasi", "% Capaian")."""
    meanings = [classify_column(c) for c in table.columns]
    for i, m in enumerate(meanings):
        if m.year is None and m.role in ("capaian", "serapan") and i > 0:
            left = meanings[i - 1]
            if left.role in INDICATOR_ROLES | BUDGET_ROLES and left.peer == m.peer:
                m.year = left.year
    _budget_table_realisasi(meanings)
    _one_year_for_all(meanings)
    return meanings


def _budget_table_realisasi(meanings: list[ColumnMeaning]) -> None:
    """In a budget table without kinerja targets ("Program | Anggaran | Realisasi
    | Capaian"), realisasi and capaian are about the money; so are those right of a pagu."""
    roles = {m.role for m in meanings}
    if "pagu" in roles and "target" not in roles:
        for m in meanings:
            if m.role == "realisasi" and "budget_realisasi" not in roles:
                m.role = "budget_realisasi"
            elif m.role == "capaian" and "serapan" not in roles:
                m.role = "serapan"
        return
    # "... TARGET | REALISASI | % | PROGRAM | PAGU | REALISASI | %": after the pagu, and
    # before any new target, a realisasi or a percentage is the money's.
    after_pagu = False
    for m in meanings:
        after_pagu = (after_pagu or m.role == "pagu") and m.role != "target"
        if not after_pagu or _of_kinerja(m.label):
            continue
        if m.role == "realisasi":
            m.role = "budget_realisasi"
        elif m.role == "capaian":
            m.role = "serapan"


def _of_kinerja(label: str) -> bool:
    """A column whose own label says it is the performance's ("Capaian | Kinerja (%)",
    "Realisasi | K" beside "Rp"): not the money's, wherever it stands."""
    own = label.rsplit(" | ", 1)[-1].strip().lower()
    return own in ("k", "k (%)") or mentions(own, ["kinerja", "fisik"])


def _one_year_for_all(meanings: list[ColumnMeaning]) -> None:
    """When a table's figure columns name a single year, the unnamed ones share it
    ("Target Tahunan | Realisasi Tahun 2022")."""
    figure = [m for m in meanings if m.role in {"target", "realisasi", "capaian"} | BUDGET_ROLES]
    years = {m.year for m in figure if m.year}
    if len(years) == 1:
        year = years.pop()
        for m in figure:
            m.year = m.year or year


def table_kind(meanings: list[ColumnMeaning]) -> str:
    roles = {m.role for m in meanings}
    years = {m.year for m in meanings if m.role in ("target", "realisasi") and m.year}
    has_indicator = "indikator" in roles or "sasaran" in roles or "program" in roles
    budget = "pagu" in roles or "budget_realisasi" in roles
    kinerja = bool(roles & {"target", "realisasi"})
    if budget and kinerja:
        return "performance_budget"
    if budget:
        return "budget"
    if not has_indicator and not any(m.peer for m in meanings):
        return "other"
    if any(m.peer for m in meanings) and kinerja:
        return "peer"
    if roles & {"target_renstra", "kemajuan"}:
        return "renstra"
    if len(years) >= 2 and kinerja:
        return "multi_year"
    if {"target", "realisasi"} <= roles or ("realisasi" in roles and "capaian" in roles):
        return "measurement"
    if "target" in roles:
        return "plan"
    if "efisiensi" in roles:
        return "efficiency"
    return "other"

"""Run the checks over the database: fill the recomputed columns and replace the
findings concerned, in one transaction.

Two passes, both bounded in memory however large the database: the checks of each
document (capaian, serapan, totals, labels, efficiency, unreadable figures), a chunk of
documents at a time; then conflicting values, a chunk of places (kecamatan) at a time,
over every current document that gives a figure about those places.

Each chunk is its own transaction: one transaction over the whole run kept every
uncommitted change in memory (1 GB at 6,000 documents). A run stays resumable: the
documents' `checked_at` is cleared first and set last, so a run cut short leaves them
unchecked and the next run checks them (and their places) again; every chunk replaces
its findings, so running twice gives the same result.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import duckdb
import pandas as pd

from checks import findings as F

FINDING_COLUMNS = [
    "finding_key", "group_key", "place_key", "doc_id", "kecamatan", "tahun", "check", "severity", "message", "reported",
    "recomputed", "difference", "formula", "subject", "fact_id", "source_table", "page", "line", "row_raw",
    "other_doc_id", "other_fact_id", "other_value", "other_source_table", "other_page", "other_line", "other_row_raw",
]  # fmt: skip
T = TypeVar("T")
DOCS_PER_CHUNK = 500
PLACES_PER_CHUNK = 200  # ~40 figures x years per place, held as Python rows
DOC_FIELDS = "doc_id, sha256, file_name, tahun, checked_at, targets_adjusted"
CHECKABLE = "d.status IN ('ok', 'needs_review')"
# Where a figure is: the official kecamatan code, else its names (a document whose
# names did not resolve); the same expression in every query.
_PLACE_V = """coalesce(v.kode_kecamatan,
    '?' || lower(trim(v.kecamatan)) || '|' || lower(trim(coalesce(v.kabupaten_kota, d.kabupaten_kota, ''))))"""
_PLACE_D = """coalesce(d.kode_kecamatan,
    '?' || lower(trim(d.kecamatan)) || '|' || lower(trim(coalesce(d.kabupaten_kota, ''))))"""
_INDICATORS = f"""SELECT v.value_id AS fact_id, v.*, {_PLACE_V} AS place_key
    FROM indicator_figures v JOIN corrected_documents d USING (doc_id) WHERE {CHECKABLE}"""
_BUDGET = f"""SELECT b.line_id AS fact_id, b.*, {_PLACE_D} AS place_key
    FROM budget_figures b JOIN corrected_documents d USING (doc_id) WHERE {CHECKABLE}"""
_EFFICIENCY = f"""SELECT e.efficiency_id AS fact_id, e.*
    FROM efficiency_values e JOIN corrected_documents d USING (doc_id) WHERE {CHECKABLE}"""
_STATEMENTS = f"""SELECT s.statement_id AS fact_id, s.*
    FROM statements s JOIN corrected_documents d USING (doc_id) WHERE {CHECKABLE}"""
_TABLES = f"""SELECT NULL AS fact_id, t.doc_id, t.source_table, t.table_kind, t.caption, t.title, t.columns,
    t.page, t.line,
    d.kecamatan FROM source_tables t JOIN corrected_documents d USING (doc_id) WHERE {CHECKABLE}"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def run_checks(
    con: duckdb.DuckDBPyConnection, doc_ids: Iterable[int] | None = None, also_places: Iterable[str] = ()
) -> Counter:
    """Check `doc_ids` (plus any document never checked) and the places their figures are
    about, and `also_places` (where they were before a user moved a document: its old
    conflicts go); everything when None. Returns the number of new findings per check."""
    wanted = None if doc_ids is None else set(doc_ids)
    # Only what findings cite: every document is held here, so keep each small.
    docs = {r["doc_id"]: r for r in _rows(con, f"SELECT {DOC_FIELDS} FROM corrected_documents d WHERE {CHECKABLE}")}
    if wanted is None:
        targets = sorted(docs)
    else:  # documents whose checks never ran too (a run cut short)
        targets = sorted((wanted & set(docs)) | {d for d, row in docs.items() if row["checked_at"] is None})
    mark = "UPDATE documents SET checked_at = {} WHERE list_contains(?, doc_id)"
    _transaction(con, lambda: con.execute(mark.format("NULL"), [targets]))
    counts: Counter = Counter()
    for chunk in _chunks(targets, DOCS_PER_CHUNK):
        counts += _transaction(con, lambda chunk=chunk: _document_checks(con, chunk, docs))
    places = _places(con, None if wanted is None else targets) | set(also_places)
    for chunk in _chunks(sorted(places), PLACES_PER_CHUNK):
        counts += _transaction(con, lambda chunk=chunk: _conflicts(con, chunk, docs))
    _transaction(con, lambda: con.execute(mark.format("now()::TIMESTAMP"), [targets]))
    return counts


def _transaction(con: duckdb.DuckDBPyConnection, work: Callable[[], T]) -> T:
    con.begin()
    try:
        result = work()
        con.commit()
        return result
    except BaseException:
        con.rollback()
        raise


def _document_checks(con: duckdb.DuckDBPyConnection, ids: list[int], docs: dict[int, dict]) -> Counter:
    """Every check that looks at one document alone."""
    where = " AND list_contains(?, d.doc_id)"
    indicators, budget = _rows(con, _INDICATORS + where, [ids]), _rows(con, _BUDGET + where, [ids])
    efficiency = _rows(con, _EFFICIENCY + where, [ids])
    statements = _rows(con, _STATEMENTS + where, [ids])
    found, capaian, serapan, efisiensi = _document_findings(indicators, budget, efficiency, statements)
    found += F.another_year_checks(_rows(con, _TABLES + where, [ids]), docs, indicators + budget)
    found += F.signing_checks(statements, docs, indicators + budget) + F.renstra_period_checks(statements, docs)
    found = temper(found, indicators + budget + efficiency)
    con.execute("""DELETE FROM findings WHERE list_contains(?, doc_id) AND "check" <> 'conflicting_values'""", [ids])
    # figures added by users (corrections) keep their recomputed value in their correction
    for table, column, key, values in (
        ("indicator_values", "capaian_recomputed", "value_id", capaian),
        ("budget_lines", "serapan_recomputed", "line_id", serapan),
        ("efficiency_values", "efisiensi_recomputed", "efficiency_id", efisiensi),
        ("corrections", "recomputed", "correction_id", capaian | serapan),
    ):
        con.execute(f"UPDATE {table} SET {column} = NULL WHERE list_contains(?, doc_id)", [ids])
        if values:
            frame = pd.DataFrame({"fact_id": list(values), "value": list(values.values())})
            con.register("recomputed", frame)
            con.execute(f"UPDATE {table} SET {column} = r.value FROM recomputed r WHERE {table}.{key} = r.fact_id")
            con.unregister("recomputed")
    return _insert(con, found, docs)


def _document_findings(indicators: list[dict], budget: list[dict], efficiency: list[dict], statements: list[dict]):
    """Findings of every check on one chunk's documents, and the recomputed capaian,
    serapan and efisiensi per fact id."""
    found, capaian = F.capaian_checks(indicators)
    found += F.borrowed_target_checks(indicators)
    budget = F.with_stated_serapan(budget, statements)
    more, serapan = F.serapan_checks(budget)
    found += more + F.serapan_range_checks(budget)
    more, efisiensi = F.efficiency_checks(efficiency)
    found += more + F.total_checks(budget) + F.label_checks(indicators) + F.share_checks(budget)
    found += F.grade_checks(statements) + F.average_checks(statements) + F.category_checks(statements)
    # sentences against tables
    found += F.prose_average_checks(statements, indicators) + F.remark_checks(statements, indicators)
    found += F.achievement_checks(statements, indicators) + F.claim_checks(statements, indicators)
    found += F.national_checks(statements) + F.lhe_extreme_checks(statements)
    found += F.achievement_table_checks(statements, indicators)
    found += F.misplaced_indicator_checks(indicators)
    found += F.mission_checks(statements) + F.ikm_formula_checks(statements, indicators)
    found += F.ikm_unsur_checks(statements, indicators, budget)
    found += F.prose_efficiency_checks(efficiency)
    found += F.program_capaian_checks(statements, indicators, efficiency)
    # an efficiency table's serapan against the budget line of that name (printed, or realisasi / pagu)
    budget_now = [{**b, "serapan_recomputed": serapan.get(b["fact_id"])} for b in budget]
    found += F.serapan_conflict_checks(efficiency, budget_now)
    found += F.sasaran_absorption_checks(efficiency, budget)
    found += F.unreadable_checks(indicators, "indikator") + F.unreadable_checks(
        budget, "name", F.confirmed_by_sums(budget)
    )
    return found, capaian, serapan, efisiensi


def places_of(con: duckdb.DuckDBPyConnection, ids: list[int]) -> set[str]:
    """The places (kecamatan keys) the figures of these documents are about."""
    return _places(con, list(ids))


def _places(con: duckdb.DuckDBPyConnection, ids: list[int] | None) -> set[str]:
    """Places the given documents report figures about (all places when None)."""
    scope = "" if ids is None else " AND list_contains(?, d.doc_id)"
    params = [] if ids is None else [ids]
    rows = con.execute(
        f"""SELECT DISTINCT {_PLACE_V} FROM indicator_figures v JOIN corrected_documents d USING (doc_id)
            WHERE {CHECKABLE}{scope}
            UNION SELECT DISTINCT {_PLACE_D} FROM corrected_documents d WHERE {CHECKABLE}{scope}""",
        params * 2,
    ).fetchall()
    return {r[0] for r in rows if r[0]}


def _conflicts(con: duckdb.DuckDBPyConnection, places: list[str], docs: dict[int, dict]) -> Counter:
    """Figures about these places that differ between tables or documents (current ones)."""
    current = " AND d.doc_id IN (SELECT doc_id FROM current_documents)"
    indicators = _rows(con, f"{_INDICATORS}{current} AND list_contains(?, {_PLACE_V})", [places])
    budget = _rows(con, f"{_BUDGET}{current} AND list_contains(?, {_PLACE_D})", [places])
    con.execute(
        """DELETE FROM findings WHERE "check" = 'conflicting_values' AND list_contains(?, place_key)""", [places]
    )
    return _insert(con, temper(F.conflict_checks(indicators, budget, docs), indicators + budget), docs)


def temper(found: list[dict], facts: list[dict]) -> list[dict]:
    """A finding on a figure whose reading is a guess (its indicator, year or cells) is
    kept at the lowest severity and says why: auditors act on findings."""
    doubts = {f["fact_id"]: f["doubt"] for f in facts if f.get("doubt")}
    for finding in found:
        doubt = doubts.get(finding.get("fact_id")) or doubts.get(finding.get("other_fact_id"))
        if doubt:
            finding["severity"] = "rendah"
            finding["message"] = f"{finding['message']} (pembacaan diragukan: {doubt})"
    return found


def _insert(con: duckdb.DuckDBPyConnection, found: list[dict], docs: dict[int, dict]) -> Counter:
    if not found:
        return Counter()
    for f in found:
        f["finding_key"] = finding_key(f, docs)
        f["group_key"] = group_key(f, docs)
    frame = pd.DataFrame(found).reindex(columns=FINDING_COLUMNS)
    con.register("new_findings", frame)
    cols = ", ".join(f'"{c}"' for c in FINDING_COLUMNS)
    con.execute(f"INSERT INTO findings ({cols}) SELECT {cols} FROM new_findings")
    con.unregister("new_findings")
    return Counter(f["check"] for f in found)


def finding_key(finding: dict, docs: dict[int, dict]) -> str:
    """A name for a finding that survives re-ingest and re-checks: it is made of the
    documents' content hashes and where the figures were read, never of row ids."""
    other = finding.get("other_doc_id")
    parts = [
        finding["check"],
        docs[finding["doc_id"]]["sha256"],
        finding.get("source_table"), finding.get("line"), finding.get("page"), finding.get("subject"),
        f"{finding.get('reported')!r}",
        docs[other]["sha256"] if other in docs else None,
        finding.get("other_source_table"), finding.get("other_line"), finding.get("other_page"),
    ]  # fmt: skip
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


# Checks that name one error two ways: a total's serapan printed as the plain mean in a table
# and the same figure in a sentence (serapan_mismatch there) are one error.
_FAMILY = {"weighted_absorption": "serapan_mismatch"}


def group_key(finding: dict, docs: dict[int, dict]) -> str:
    """One error repeated in several places gets one group key, so an auditor sees one
    error with its places: the same check in the same document and year with the same
    printed value against the same recomputed value (a capaian copied with its error into
    every table), or, for conflicting values, the same pair of values against the same
    reference place (a mis-copied pagu in every table that repeats it). Wording of the
    subject is left out on purpose: the tables name the same line differently."""
    family = _FAMILY.get(finding["check"], finding["check"])
    parts = [family, docs[finding["doc_id"]]["sha256"], finding.get("tahun")]
    if finding["check"] == "conflicting_values":
        other_doc = docs.get(finding.get("other_doc_id"), {}).get("sha256")
        values = sorted([_rounded(finding.get("reported")), _rounded(finding.get("other_value"))])
        parts += [*values, other_doc, finding.get("other_source_table"), finding.get("other_line"),
                  finding.get("other_page")]  # fmt: skip
    else:
        parts += [_rounded(finding.get("reported")), _rounded(finding.get("recomputed"))]
    if finding["check"] == "another_year":  # two tables of last year are two errors, though of one year
        parts.append(finding.get("source_table"))
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _rounded(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return f"{float(value):.4f}"

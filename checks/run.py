"""Run the checks over the database: fill the recomputed columns and replace the
findings of the documents concerned, in one transaction."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

import duckdb
import pandas as pd

from checks import findings as F

FINDING_COLUMNS = [
    "finding_key", "doc_id", "kecamatan", "tahun", "check", "severity", "message", "reported", "recomputed",
    "difference", "formula", "subject", "fact_id", "source_table", "page", "line", "row_raw", "other_doc_id",
    "other_fact_id", "other_value", "other_source_table", "other_page", "other_line", "other_row_raw",
]  # fmt: skip

_INDICATORS = """SELECT v.value_id AS fact_id, v.*, d.kabupaten_kota AS doc_kabupaten_kota
    FROM indicator_values v JOIN documents d USING (doc_id) WHERE d.status IN ('ok', 'needs_review')"""
_BUDGET = """SELECT b.line_id AS fact_id, b.*, d.kabupaten_kota AS doc_kabupaten_kota
    FROM budget_lines b JOIN documents d USING (doc_id) WHERE d.status IN ('ok', 'needs_review')"""
_EFFICIENCY = """SELECT e.efficiency_id AS fact_id, e.*
    FROM efficiency_values e JOIN documents d USING (doc_id) WHERE d.status IN ('ok', 'needs_review')"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _place(row: dict) -> tuple[str, str]:
    return F._norm_place(row.get("kecamatan")), F._norm_place(
        row.get("kabupaten_kota") or row.get("doc_kabupaten_kota")
    )


def run_checks(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[int] | None = None) -> Counter:
    """Check `doc_ids` and every document their figures can be compared with (all
    documents when None). Returns the number of new findings per check."""
    con.begin()
    try:
        counts = _run(con, None if doc_ids is None else set(doc_ids))
        con.commit()
        return counts
    except BaseException:
        con.rollback()
        raise


def _run(con: duckdb.DuckDBPyConnection, doc_ids: set[int] | None) -> Counter:
    indicators, budget, efficiency = (_rows(con, q) for q in (_INDICATORS, _BUDGET, _EFFICIENCY))
    docs = {r["doc_id"]: r for r in _rows(con, "SELECT * FROM documents WHERE status IN ('ok', 'needs_review')")}
    current = {r[0] for r in con.execute("SELECT doc_id FROM current_documents").fetchall()}
    if doc_ids is not None:  # documents whose checks never ran (a batch killed before its checks)
        doc_ids = doc_ids | {d for d, row in docs.items() if row["checked_at"] is None}
    affected = _affected(doc_ids, indicators, budget, docs)

    def mine(rows: list[dict]) -> list[dict]:
        return [r for r in rows if r["doc_id"] in affected]

    found, capaian = F.capaian_checks(mine(indicators))
    more, serapan = F.serapan_checks(mine(budget))
    found += more
    more, efisiensi = F.efficiency_checks(mine(efficiency))
    found += more + F.total_checks(mine(budget)) + F.label_checks(mine(indicators))
    found += F.unreadable_checks(mine(indicators), "indikator") + F.unreadable_checks(mine(budget), "name")
    found += F.conflict_checks(
        [r for r in indicators if r["doc_id"] in current],
        [r for r in budget if r["doc_id"] in current],
        docs,
    )
    found = [f for f in found if f["doc_id"] in affected or f.get("other_doc_id") in affected]
    for f in found:
        f["finding_key"] = finding_key(f, docs)
    _write(con, affected, found, capaian, serapan, efisiensi)
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


def _affected(doc_ids, indicators, budget, docs) -> set[int]:
    """The documents to check: those asked for, plus every document holding a figure
    about the same kecamatan (their figures can conflict)."""
    if doc_ids is None:
        return set(docs)
    places = {_place(r) for r in indicators + budget if r["doc_id"] in doc_ids}
    places |= {_place(docs[d]) for d in doc_ids if d in docs}
    related = {r["doc_id"] for r in indicators + budget if _place(r) in places}
    related |= {d for d, row in docs.items() if _place(row) in places}
    return set(doc_ids) | related


def _write(con, affected: set[int], found: list[dict], capaian: dict, serapan: dict, efisiensi: dict) -> None:
    ids = sorted(affected)
    if not ids:
        return
    con.execute("DELETE FROM findings WHERE list_contains(?, doc_id) OR list_contains(?, other_doc_id)", [ids, ids])
    con.execute("UPDATE documents SET checked_at = now()::TIMESTAMP WHERE list_contains(?, doc_id)", [ids])
    for table, column, key, values in (
        ("indicator_values", "capaian_recomputed", "value_id", capaian),
        ("budget_lines", "serapan_recomputed", "line_id", serapan),
        ("efficiency_values", "efisiensi_recomputed", "efficiency_id", efisiensi),
    ):
        con.execute(f"UPDATE {table} SET {column} = NULL WHERE list_contains(?, doc_id)", [ids])
        if values:
            frame = pd.DataFrame({"fact_id": list(values), "value": list(values.values())})
            con.register("recomputed", frame)
            con.execute(f"UPDATE {table} SET {column} = r.value FROM recomputed r WHERE {table}.{key} = r.fact_id")
            con.unregister("recomputed")
    if found:
        frame = pd.DataFrame(found).reindex(columns=FINDING_COLUMNS)
        con.register("new_findings", frame)
        cols = ", ".join(f'"{c}"' for c in FINDING_COLUMNS)
        con.execute(f"INSERT INTO findings ({cols}) SELECT {cols} FROM new_findings")
        con.unregister("new_findings")

"""Carry what users recorded from an old database file into a rebuilt one.

A rebuild (a new schema version, `make db`) reads every document again into a new file:
the facts come back from the documents, but users' corrections, their log and the auditors'
reviews exist only in the old file. They are keyed by content (document hashes, figure
places, finding keys), so they can be copied over and applied again:

    python -m ingest carry OLD.duckdb [--db data/lkjip.duckdb]

Corrections get new ids (an added figure's id is its correction's, and ids are shared with
the facts, which the rebuild numbered afresh); each is then applied again to its document
and logged with whether the reader now agrees (`corrections.reconcile`).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from ingest.corrections import reconcile

_CORRECTION_COLUMNS = (
    "action, sha256, fact_table, fact_key, fact_label, field, old_value, new_value, new_number, new_detail, reason, "
    "source_place, author, created_at, withdrawn_at, withdrawn_by, withdraw_reason"
)


def carry(con: duckdb.DuckDBPyConnection, old: Path) -> dict[str, int]:
    """Copy corrections (with their log) and finding reviews from `old` into `con`'s
    database, in one transaction; returns the rows carried per table."""
    con.execute("ATTACH ? AS old (READ_ONLY)", [str(old)])
    try:
        found = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'old'").fetchall()
        tables = {r[0] for r in found}
        con.begin()
        try:
            counts = {"finding_reviews": _reviews(con) if "finding_reviews" in tables else 0}
            counts["corrections"] = _corrections(con) if {"corrections", "correction_log"} <= tables else 0
            con.commit()
        except BaseException:
            con.rollback()
            raise
    finally:
        con.execute("DETACH old")
    return counts


def _reviews(con: duckdb.DuckDBPyConnection) -> int:
    before = con.execute("SELECT count(*) FROM finding_reviews").fetchone()[0]
    con.execute(
        """INSERT INTO finding_reviews SELECT finding_key, reviewed, note, reviewed_at FROM old.finding_reviews o
           WHERE o.finding_key NOT IN (SELECT finding_key FROM finding_reviews)"""
    )
    return con.execute("SELECT count(*) FROM finding_reviews").fetchone()[0] - before


def _corrections(con: duckdb.DuckDBPyConnection) -> int:
    old = con.execute(f"SELECT correction_id, {_CORRECTION_COLUMNS} FROM old.corrections ORDER BY 1").fetchall()
    carried = 0
    for row in old:
        new_id = con.execute(
            f"INSERT INTO corrections ({_CORRECTION_COLUMNS}) VALUES ({', '.join('?' * 17)}) RETURNING correction_id",
            list(row[1:]),
        ).fetchone()[0]
        con.execute(
            """INSERT INTO correction_log (correction_id, event, author, logged_at, detail)
               SELECT ?, event, author, logged_at, detail FROM old.correction_log WHERE correction_id = ?
               ORDER BY event_id""",
            [new_id, row[0]],
        )
        carried += 1
    for doc_id, sha in con.execute(
        "SELECT doc_id, sha256 FROM documents WHERE sha256 IN (SELECT sha256 FROM corrections WHERE doc_id IS NULL)"
    ).fetchall():
        reconcile(con, doc_id, sha)
    return carried

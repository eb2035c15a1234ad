"""The DuckDB store: schema, and one transaction per document.

The schema is public (documented in docs/schema.md): analysts query it with SQL.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from ingest import corrections
from ingest.facts import (
    BudgetFact,
    EfficiencyFact,
    Identity,
    IndicatorFact,
    Interpretation,
    Provenance,
    TableAccount,
    fact_key,
    numbered_keys,
)
from ingest.numbers import Reading
from ingest.regions import Resolution

SCHEMA_VERSION = 4  # 2: source_tables accounts for every table; figures carry doubt and column
# 3: findings.group_key (one error repeated in several tables), efficiency_values.capaian_lain,
# documents.targets_adjusted, statements, budget_lines.share_reported/share_raw
# 4: corrections and their log, fact_key, cell_boxes, documents.source_path, raw_text of every table
# DuckDB's own memory (its cache of table blocks grows with the file otherwise: 150 MB
# at 36,000 documents); beyond it DuckDB evicts or spills to disk.
MEMORY_ENV = "LKJIP_MEMORY_LIMIT"
MEMORY_DEFAULT = "400MB"
# Statuses whose content needs no new attempt when the same bytes come again.
DONE = ("ok", "needs_review")

SCHEMA = """
CREATE SEQUENCE IF NOT EXISTS doc_id_seq START 1;
CREATE SEQUENCE IF NOT EXISTS fact_id_seq START 1;
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id INTEGER PRIMARY KEY DEFAULT nextval('doc_id_seq'),
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL UNIQUE,
    source_format VARCHAR,
    kecamatan VARCHAR,
    kabupaten_kota VARCHAR,
    provinsi VARCHAR,
    kode_kecamatan VARCHAR,
    kode_kabkota VARCHAR,
    kode_provinsi VARCHAR,
    kecamatan_resmi VARCHAR,
    kabupaten_kota_resmi VARCHAR,
    provinsi_resmi VARCHAR,
    tahun INTEGER,
    status VARCHAR NOT NULL,
    error VARCHAR,
    warnings VARCHAR[],
    n_tables INTEGER,
    n_indicator_values INTEGER,
    n_budget_lines INTEGER,
    ingested_at TIMESTAMP NOT NULL,
    checked_at TIMESTAMP,
    targets_adjusted VARCHAR,
    source_path VARCHAR
);
CREATE TABLE IF NOT EXISTS source_tables (
    doc_id INTEGER NOT NULL,
    source_table VARCHAR NOT NULL,
    table_kind VARCHAR NOT NULL,
    caption VARCHAR,
    title VARCHAR,
    columns VARCHAR[],
    n_rows INTEGER,
    page INTEGER,
    line INTEGER,
    status VARCHAR,
    n_rows_read INTEGER,
    n_rows_skipped INTEGER,
    skipped_rows VARCHAR[],
    note VARCHAR,
    raw_text VARCHAR
);
CREATE TABLE IF NOT EXISTS indicator_values (
    value_id BIGINT PRIMARY KEY DEFAULT nextval('fact_id_seq'),
    doc_id INTEGER NOT NULL,
    kecamatan VARCHAR,
    kabupaten_kota VARCHAR,
    kode_kecamatan VARCHAR,
    kode_kabkota VARCHAR,
    tahun INTEGER,
    indicator_kind VARCHAR NOT NULL,
    indikator VARCHAR NOT NULL,
    sasaran VARCHAR,
    target DOUBLE,
    target_raw VARCHAR,
    target_label VARCHAR,
    realisasi DOUBLE,
    realisasi_raw VARCHAR,
    realisasi_label VARCHAR,
    capaian_reported DOUBLE,
    capaian_raw VARCHAR,
    capaian_recomputed DOUBLE,
    target_renstra DOUBLE,
    target_renstra_raw VARCHAR,
    kemajuan_reported DOUBLE,
    kemajuan_raw VARCHAR,
    satuan VARCHAR,
    is_peer BOOLEAN NOT NULL,
    fact_key VARCHAR,
    uncertain BOOLEAN NOT NULL,
    uncertain_fields VARCHAR[],
    doubt VARCHAR,
    source_table VARCHAR,
    source_column VARCHAR,
    table_kind VARCHAR,
    row_index INTEGER,
    page INTEGER,
    line INTEGER,
    row_raw VARCHAR
);
CREATE TABLE IF NOT EXISTS budget_lines (
    line_id BIGINT PRIMARY KEY DEFAULT nextval('fact_id_seq'),
    doc_id INTEGER NOT NULL,
    kecamatan VARCHAR,
    tahun INTEGER,
    level VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    pagu DOUBLE,
    pagu_raw VARCHAR,
    realisasi DOUBLE,
    realisasi_raw VARCHAR,
    serapan_reported DOUBLE,
    serapan_raw VARCHAR,
    serapan_recomputed DOUBLE,
    share_reported DOUBLE,
    share_raw VARCHAR,
    is_derived BOOLEAN NOT NULL,
    fact_key VARCHAR,
    uncertain BOOLEAN NOT NULL,
    uncertain_fields VARCHAR[],
    doubt VARCHAR,
    source_table VARCHAR,
    table_kind VARCHAR,
    row_index INTEGER,
    page INTEGER,
    line INTEGER,
    row_raw VARCHAR
);
CREATE TABLE IF NOT EXISTS efficiency_values (
    efficiency_id BIGINT PRIMARY KEY DEFAULT nextval('fact_id_seq'),
    doc_id INTEGER NOT NULL,
    kecamatan VARCHAR,
    tahun INTEGER,
    name VARCHAR NOT NULL,
    capaian_kinerja DOUBLE,
    capaian_kinerja_raw VARCHAR,
    serapan DOUBLE,
    serapan_raw VARCHAR,
    efisiensi_reported DOUBLE,
    efisiensi_raw VARCHAR,
    efisiensi_recomputed DOUBLE,
    capaian_lain DOUBLE[],
    uncertain BOOLEAN NOT NULL,
    doubt VARCHAR,
    source_table VARCHAR,
    table_kind VARCHAR,
    row_index INTEGER,
    page INTEGER,
    line INTEGER,
    row_raw VARCHAR
);
CREATE TABLE IF NOT EXISTS statements (
    statement_id BIGINT PRIMARY KEY DEFAULT nextval('fact_id_seq'),
    doc_id INTEGER NOT NULL,
    kecamatan VARCHAR,
    tahun INTEGER,
    kind VARCHAR NOT NULL,
    subject VARCHAR,
    value DOUBLE,
    value_raw VARCHAR,
    label VARCHAR,
    weight DOUBLE,
    score DOUBLE,
    low DOUBLE,
    high DOUBLE,
    low_inclusive BOOLEAN,
    "values" DOUBLE[],
    reference DOUBLE,
    source_table VARCHAR,
    table_kind VARCHAR,
    page INTEGER,
    line INTEGER,
    row_raw VARCHAR
);
CREATE TABLE IF NOT EXISTS findings (
    finding_id BIGINT PRIMARY KEY DEFAULT nextval('fact_id_seq'),
    finding_key VARCHAR,
    group_key VARCHAR,
    place_key VARCHAR,
    doc_id INTEGER,
    kecamatan VARCHAR,
    tahun INTEGER,
    "check" VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    reported DOUBLE,
    recomputed DOUBLE,
    difference DOUBLE,
    formula VARCHAR,
    subject VARCHAR,
    fact_id BIGINT,
    source_table VARCHAR,
    page INTEGER,
    line INTEGER,
    row_raw VARCHAR,
    other_doc_id INTEGER,
    other_fact_id BIGINT,
    other_value DOUBLE,
    other_source_table VARCHAR,
    other_page INTEGER,
    other_line INTEGER,
    other_row_raw VARCHAR
);
CREATE TABLE IF NOT EXISTS finding_reviews (
    finding_key VARCHAR PRIMARY KEY,
    reviewed BOOLEAN NOT NULL,
    note VARCHAR,
    reviewed_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS cell_boxes (
    fact_id BIGINT NOT NULL,
    doc_id INTEGER NOT NULL,
    field VARCHAR NOT NULL,
    page INTEGER NOT NULL,
    x0 DOUBLE NOT NULL,
    top DOUBLE NOT NULL,
    x1 DOUBLE NOT NULL,
    bottom DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS preferred_documents (
    doc_id INTEGER PRIMARY KEY,
    chosen_at TIMESTAMP NOT NULL
);
"""


# The documents the dashboard shows: corrected, not set aside, one per kecamatan and year.
CURRENT_VIEW = """
CREATE OR REPLACE VIEW current_documents AS
SELECT * EXCLUDE (rank_in_place) FROM (
    SELECT *, row_number() OVER (
        PARTITION BY coalesce(kode_kecamatan, lower(kecamatan) || '|' || lower(coalesce(kabupaten_kota, ''))), tahun
        ORDER BY doc_id IN (SELECT doc_id FROM preferred_documents) DESC, ingested_at DESC, doc_id DESC
    ) AS rank_in_place
    FROM corrected_documents WHERE status = 'ok' AND NOT set_aside
) WHERE rank_in_place = 1;
"""


class SchemaVersionError(RuntimeError):
    """The database file was made by another version of the schema."""


def connect(path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and for writing, create) a database with this version's schema."""
    con = duckdb.connect(path, read_only=read_only)
    con.execute("SET memory_limit = ?", [os.environ.get(MEMORY_ENV) or MEMORY_DEFAULT])
    found = _schema_version(con)
    if found is not None and found != SCHEMA_VERSION:
        con.close()
        raise SchemaVersionError(
            f"basis data {path} memakai skema versi {found}, program ini versi {SCHEMA_VERSION}: "
            "bangun ulang basis data dari dokumennya"
        )
    if not read_only:
        con.execute(SCHEMA)
        con.execute(corrections.SCHEMA)
        con.execute(CURRENT_VIEW)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return con


def _schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException:
        return None
    return int(row[0]) if row else None


@dataclass
class Stored:
    doc_id: int
    status: str  # ok, failed, duplicate
    n_indicator_values: int = 0
    n_budget_lines: int = 0
    said: list[str] = field(default_factory=list)  # the document's corrections, applied again


def existing(con: duckdb.DuckDBPyConnection, sha256: str) -> tuple[int, str] | None:
    row = con.execute("SELECT doc_id, status FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return (row[0], row[1]) if row else None


def store_document(
    con: duckdb.DuckDBPyConnection,
    file_name: str,
    sha256: str,
    source_format: str,
    result: Interpretation | None,
    error: str | None = None,
    source_path: str | None = None,
    reread: bool = False,
) -> Stored:
    """Write one document and its facts in one transaction. Content already stored
    successfully (same sha256) is left untouched unless `reread` (a newer reader): then its
    facts are replaced, the version chosen stays chosen and its corrections are applied
    again (`Stored.said` tells whether the reader now agrees with them). A failed one is retried."""
    con.begin()
    try:
        found = existing(con, sha256)
        if found and found[1] in DONE and not (reread and result is not None and not error):
            con.rollback()
            return Stored(found[0], "duplicate")
        preferred = False
        if found:
            preferred = _preferred(con, found[0])
            _delete_document(con, found[0])
        stored = _insert(con, file_name, sha256, source_format, result, error, source_path)
        if stored.status != "failed":
            if preferred:
                con.execute("INSERT INTO preferred_documents VALUES (?, now()::TIMESTAMP)", [stored.doc_id])
            stored.said = corrections.reconcile(con, stored.doc_id, sha256)
        con.commit()
        return stored
    except BaseException:
        con.rollback()
        raise


def _preferred(con: duckdb.DuckDBPyConnection, doc_id: int) -> bool:
    return con.execute("SELECT count(*) FROM preferred_documents WHERE doc_id = ?", [doc_id]).fetchone()[0] > 0


def _delete_document(con: duckdb.DuckDBPyConnection, doc_id: int) -> None:
    con.execute("DELETE FROM findings WHERE doc_id = ? OR other_doc_id = ?", [doc_id, doc_id])
    for table in ("cell_boxes", "indicator_values", "budget_lines", "efficiency_values", "statements",
                  "source_tables", "preferred_documents", "documents"):  # fmt: skip
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])


def _insert(con, file_name, sha256, source_format, result: Interpretation | None, error, source_path) -> Stored:
    ident = result.identity if result else None
    status = "failed" if error or result is None else ("ok" if _placed(result) else "needs_review")
    warnings = (ident.warnings + result.warnings) if ident else []
    n_ind = len(result.indicators) if result and status != "failed" else 0
    n_bud = len(result.budget) if result and status != "failed" else 0
    doc_id = con.execute(
        """INSERT INTO documents (file_name, sha256, source_format, kecamatan, kabupaten_kota, provinsi,
               kode_kecamatan, kode_kabkota, kode_provinsi, kecamatan_resmi, kabupaten_kota_resmi, provinsi_resmi,
               tahun, status, error, warnings, n_tables, n_indicator_values, n_budget_lines, ingested_at,
               targets_adjusted, source_path)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING doc_id""",
        [
            file_name,
            sha256,
            source_format,
            ident.kecamatan if ident else None,
            ident.kabupaten_kota if ident else None,
            ident.provinsi if ident else None,
            *_region_values(ident.region if ident else None),
            ident.tahun if ident else None,
            status,
            error,
            warnings,
            len(result.tables) if result else 0,
            n_ind,
            n_bud,
            dt.datetime.now(),
            _adjusted(result),
            source_path,
        ],
    ).fetchone()[0]
    if status != "failed":
        _insert_frame(con, "source_tables", _tables_frame(doc_id, result))
        boxes: list[dict] = []
        for table, id_column, frame, facts in (
            ("indicator_values", "value_id", _indicator_frame(doc_id, result), result.indicators),
            ("budget_lines", "line_id", _budget_frame(doc_id, result), result.budget),
            ("efficiency_values", "efficiency_id", _efficiency_frame(doc_id, result), result.efficiency),
        ):
            ids = _fact_ids(con, len(frame))
            if ids:
                frame.insert(0, id_column, ids)
            _insert_frame(con, table, frame)
            boxes += _boxes(doc_id, ids, facts)
        _insert_frame(con, "cell_boxes", pd.DataFrame(boxes))
        _insert_frame(con, "statements", _statements_frame(doc_id, result))
    return Stored(doc_id, status, n_ind, n_bud)


def _fact_ids(con: duckdb.DuckDBPyConnection, n: int) -> list[int]:
    """Ids for n facts, taken before they are written so their cell boxes can name them."""
    if not n:
        return []
    return [r[0] for r in con.execute("SELECT nextval('fact_id_seq') FROM range(?)", [n]).fetchall()]


def _boxes(doc_id: int, ids: list[int], facts: list) -> list[dict]:
    """Where each figure's cell (and row) is on its PDF page: one row per field."""
    return [
        {
            "fact_id": fact_id,
            "doc_id": doc_id,
            "field": name,
            "page": box[0],
            "x0": box[1],
            "top": box[2],
            "x1": box[3],
            "bottom": box[4],
        }  # fmt: skip
        for fact_id, fact in zip(ids, facts, strict=True)
        for name, box in getattr(fact.where, "boxes", {}).items()
    ]


def _adjusted(result: Interpretation | None) -> str | None:
    where = result.targets_adjusted if result else None
    if where is None:
        return None
    return f"{_at(where.line, where.page)}: {where.row_raw}"


def _placed(result: Interpretation) -> bool:
    """A document the dashboard can show: its kecamatan and reporting year were read and it
    gave figures (a file that only mentions a kecamatan must not hide that kecamatan's report)."""
    ident = result.identity
    return bool(ident.kecamatan) and ident.tahun is not None and bool(result.indicators or result.budget)


def _region_values(region: Resolution | None) -> list[str | None]:
    if region is None:
        return [None] * 6
    return [
        region.kode_kecamatan, region.kode_kabkota, region.kode_provinsi,
        region.kecamatan_resmi, region.kabupaten_kota_resmi, region.provinsi_resmi,
    ]  # fmt: skip


def _insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    columns = ", ".join(f'"{c}"' for c in frame.columns)
    con.register("incoming", frame)
    try:
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming")
    finally:
        con.unregister("incoming")


_RAW_TEXT_MAX = 20_000  # a table's text, enough to read it by eye (and to show a figure's row in it)


def _tables_frame(doc_id: int, result: Interpretation) -> pd.DataFrame:
    return pd.DataFrame([_table_row(doc_id, a) for a in result.tables])


def _table_row(doc_id: int, a: TableAccount) -> dict:
    t = a.table
    raw = "\n".join(r.raw for r in t.header_rows + t.rows)[:_RAW_TEXT_MAX]
    return {
        "doc_id": doc_id,
        "source_table": t.name,
        "table_kind": a.kind,
        "caption": t.caption,
        "title": t.title,
        "columns": [c.label for c in t.columns],
        "n_rows": len(t.rows),
        "page": t.page,
        "line": t.line,
        "status": a.status,
        "n_rows_read": a.rows_read,
        "n_rows_skipped": len(a.skipped),
        "skipped_rows": [f"{_at(line, page)}: {why}" for line, page, why in a.skipped],
        "note": a.note,
        "raw_text": raw,
    }


def _at(line: int | None, page: int | None) -> str:
    return f"baris {line}" if line else f"halaman {page}"


def _uncertain(**readings: Reading | None) -> dict:
    fields = [name for name, r in readings.items() if r is not None and r.uncertain]
    return {"uncertain": bool(fields), "uncertain_fields": fields}


def _where(p: Provenance) -> dict:
    return {
        "doubt": p.doubt,
        "source_table": p.source_table,
        "table_kind": p.table_kind,
        "row_index": p.row_index,
        "page": p.page,
        "line": p.line,
        "row_raw": p.row_raw,
    }


def _indicator_frame(doc_id: int, result: Interpretation) -> pd.DataFrame:
    ident = result.identity
    return _unique_keys(pd.DataFrame([_indicator_row(doc_id, ident, f) for f in result.indicators]))


def _indicator_row(doc_id: int, ident: Identity, f: IndicatorFact) -> dict:
    renstra, kemajuan = f.target_renstra, f.kemajuan
    region = f.region if f.is_peer else ident.region
    return {
        "doc_id": doc_id,
        "kecamatan": f.kecamatan if f.is_peer else ident.kecamatan,
        "kabupaten_kota": None if f.is_peer else ident.kabupaten_kota,
        "kode_kecamatan": region.kode_kecamatan if region else None,
        "kode_kabkota": region.kode_kabkota if region else None,
        "tahun": f.tahun,
        "indicator_kind": f.indicator_kind,
        "indikator": f.indikator,
        "sasaran": f.sasaran,
        "target": f.target.value,
        "target_raw": f.target.raw,
        "target_label": f.target.label,
        "realisasi": f.realisasi.value,
        "realisasi_raw": f.realisasi.raw,
        "realisasi_label": f.realisasi.label,
        "capaian_reported": f.capaian.value,
        "capaian_raw": f.capaian.raw,
        "target_renstra": renstra.value if renstra else None,
        "target_renstra_raw": renstra.raw if renstra else None,
        "kemajuan_reported": kemajuan.value if kemajuan else None,
        "kemajuan_raw": kemajuan.raw if kemajuan else None,
        "satuan": f.satuan,
        "is_peer": f.is_peer,
        "fact_key": fact_key(
            f.where.source_table,
            f.where.row_index,
            f.where.line,
            f.where.page,
            f.tahun,
            f.where.column,
            f.kecamatan if f.is_peer else None,
            f.indikator,
            f.indicator_kind,
        ),
        **_uncertain(
            target=f.target, realisasi=f.realisasi, capaian=f.capaian, target_renstra=renstra, kemajuan=kemajuan
        ),
        "source_column": f.where.column,
        **_where(f.where),
    }


def _budget_frame(doc_id: int, result: Interpretation) -> pd.DataFrame:
    return _unique_keys(pd.DataFrame([_budget_row(doc_id, result.identity.kecamatan, b) for b in result.budget]))


def _unique_keys(frame: pd.DataFrame) -> pd.DataFrame:
    if not frame.empty:
        frame["fact_key"] = numbered_keys(list(frame["fact_key"]))
    return frame


def _budget_row(doc_id: int, kecamatan: str | None, b: BudgetFact) -> dict:
    return {
        "doc_id": doc_id,
        "kecamatan": kecamatan,
        "tahun": b.tahun,
        "level": b.level,
        "name": b.name,
        "pagu": b.pagu.value,
        "pagu_raw": b.pagu.raw,
        "realisasi": b.realisasi.value,
        "realisasi_raw": b.realisasi.raw,
        "serapan_reported": b.serapan.value,
        "serapan_raw": b.serapan.raw,
        "share_reported": b.share.value,
        "share_raw": b.share.raw,
        "is_derived": b.is_derived,
        "fact_key": fact_key(
            b.where.source_table, b.where.row_index, b.where.line, b.where.page, b.tahun, b.level, b.name, b.is_derived
        ),
        **_uncertain(pagu=b.pagu, realisasi=b.realisasi, serapan=b.serapan),
        **_where(b.where),
    }


def _statements_frame(doc_id: int, result: Interpretation) -> pd.DataFrame:
    kecamatan = result.identity.kecamatan
    return pd.DataFrame(
        [
            {
                "doc_id": doc_id,
                "kecamatan": kecamatan,
                "tahun": s.tahun,
                "kind": s.kind,
                "subject": s.subject,
                "value": s.value,
                "value_raw": s.value_raw,
                "label": s.label,
                "weight": s.weight,
                "score": s.score,
                "low": s.low,
                "high": s.high,
                "low_inclusive": s.low_inclusive,
                "values": s.values,
                "reference": s.reference,
                "source_table": s.where.source_table,
                "table_kind": s.where.table_kind,
                "page": s.where.page,
                "line": s.where.line,
                "row_raw": s.where.row_raw,
            }  # fmt: skip
            for s in result.statements
        ]
    )


def _efficiency_frame(doc_id: int, result: Interpretation) -> pd.DataFrame:
    return pd.DataFrame([_efficiency_row(doc_id, result.identity.kecamatan, e) for e in result.efficiency])


def _efficiency_row(doc_id: int, kecamatan: str | None, e: EfficiencyFact) -> dict:
    return {
        "doc_id": doc_id,
        "kecamatan": kecamatan,
        "tahun": e.tahun,
        "name": e.name,
        "capaian_kinerja": e.capaian.value,
        "capaian_kinerja_raw": e.capaian.raw,
        "serapan": e.serapan.value,
        "serapan_raw": e.serapan.raw,
        "efisiensi_reported": e.efisiensi.value,
        "efisiensi_raw": e.efisiensi.raw,
        "capaian_lain": list(e.capaian_lain) or None,
        "uncertain": _uncertain(capaian=e.capaian, serapan=e.serapan, efisiensi=e.efisiensi)["uncertain"],
        **_where(e.where),
    }

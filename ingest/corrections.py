"""Corrections users make to what the reader got wrong, kept apart from the extracted facts.

A correction changes one field of one figure, adds a figure the reader missed, changes a
document's kecamatan or year, or sets a document aside. It is keyed by the document's content
hash and the figure's `fact_key` (where it was read), never by row ids, so it is applied again
when the same document is ingested again. Nothing in the extracted tables is overwritten: the
views `indicator_figures`, `budget_figures` and `corrected_documents` lay the active corrections
over them, and everything the dashboard, the checks and the exports read goes through them.
Every change (made, withdrawn, applied again after a re-ingest) is a row of `correction_log`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

import duckdb

from ingest.numbers import read_number
from ingest.regions import resolve

SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    correction_id BIGINT PRIMARY KEY DEFAULT nextval('fact_id_seq'),
    action VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    doc_id INTEGER,
    fact_table VARCHAR NOT NULL,
    fact_key VARCHAR,
    fact_label VARCHAR,
    field VARCHAR NOT NULL,
    old_value VARCHAR,
    new_value VARCHAR,
    new_number DOUBLE,
    new_detail VARCHAR,
    reason VARCHAR NOT NULL,
    source_place VARCHAR,
    author VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    withdrawn_at TIMESTAMP,
    withdrawn_by VARCHAR,
    withdraw_reason VARCHAR,
    recomputed DOUBLE
);
CREATE SEQUENCE IF NOT EXISTS event_id_seq START 1;
CREATE TABLE IF NOT EXISTS correction_log (
    event_id BIGINT PRIMARY KEY DEFAULT nextval('event_id_seq'),
    correction_id BIGINT NOT NULL,
    event VARCHAR NOT NULL,
    author VARCHAR,
    logged_at TIMESTAMP NOT NULL,
    detail VARCHAR
);
CREATE OR REPLACE VIEW active_corrections AS
SELECT * FROM corrections WHERE withdrawn_at IS NULL;
CREATE OR REPLACE VIEW corrected_documents AS
WITH c AS (
    SELECT * FROM active_corrections WHERE fact_table = 'documents'
    QUALIFY row_number() OVER (PARTITION BY sha256, field ORDER BY correction_id DESC) = 1
), p AS (
    SELECT sha256,
           any_value(new_value) FILTER (WHERE field = 'kecamatan') AS kecamatan,
           any_value(new_detail) FILTER (WHERE field = 'kecamatan') AS region,
           any_value(new_number) FILTER (WHERE field = 'tahun') AS tahun,
           any_value(reason) FILTER (WHERE field = 'set_aside') AS set_aside_reason,
           list(field ORDER BY field) FILTER (WHERE field <> 'set_aside') AS corrected_fields
    FROM c GROUP BY sha256
)
SELECT d.* REPLACE (
           coalesce(p.kecamatan, d.kecamatan) AS kecamatan,
           CASE WHEN p.kecamatan IS NULL THEN d.kode_kecamatan
                ELSE json_extract_string(p.region, '$.kode_kecamatan') END AS kode_kecamatan,
           CASE WHEN p.kecamatan IS NULL THEN d.kode_kabkota
                ELSE coalesce(json_extract_string(p.region, '$.kode_kabkota'), d.kode_kabkota) END AS kode_kabkota,
           CASE WHEN p.kecamatan IS NULL THEN d.kode_provinsi
                ELSE coalesce(json_extract_string(p.region, '$.kode_provinsi'), d.kode_provinsi) END AS kode_provinsi,
           CASE WHEN p.kecamatan IS NULL THEN d.kecamatan_resmi
                ELSE json_extract_string(p.region, '$.kecamatan_resmi') END AS kecamatan_resmi,
           coalesce(CAST(p.tahun AS INTEGER), d.tahun) AS tahun,
           -- a document that could not be placed counts once a user gave what was missing
           CASE WHEN d.status = 'needs_review' AND coalesce(p.kecamatan, d.kecamatan) IS NOT NULL
                     AND coalesce(p.tahun, d.tahun) IS NOT NULL AND d.n_indicator_values + d.n_budget_lines > 0
                THEN 'ok' ELSE d.status END AS status),
       p.set_aside_reason IS NOT NULL AS set_aside, p.set_aside_reason,
       coalesce(p.corrected_fields, []::VARCHAR[]) AS corrected_fields
FROM documents d LEFT JOIN p USING (sha256);
CREATE OR REPLACE VIEW indicator_figures AS
WITH c AS (
    SELECT * FROM active_corrections WHERE action = 'correct' AND fact_table = 'indicator_values'
    QUALIFY row_number() OVER (PARTITION BY sha256, fact_key, field ORDER BY correction_id DESC) = 1
), p AS (
    SELECT sha256, fact_key,
           any_value(new_number) FILTER (WHERE field = 'target') AS target,
           any_value(new_value) FILTER (WHERE field = 'target') AS target_raw,
           any_value(new_number) FILTER (WHERE field = 'realisasi') AS realisasi,
           any_value(new_value) FILTER (WHERE field = 'realisasi') AS realisasi_raw,
           any_value(new_number) FILTER (WHERE field = 'capaian_reported') AS capaian,
           any_value(new_value) FILTER (WHERE field = 'capaian_reported') AS capaian_raw,
           any_value(new_number) FILTER (WHERE field = 'tahun') AS tahun,
           any_value(new_value) FILTER (WHERE field = 'indicator_kind') AS indicator_kind,
           list(field ORDER BY field) AS corrected_fields
    FROM c GROUP BY sha256, fact_key
)
SELECT v.* REPLACE (
           CASE WHEN v.is_peer THEN v.kecamatan ELSE d.kecamatan END AS kecamatan,
           CASE WHEN v.is_peer THEN v.kode_kecamatan ELSE d.kode_kecamatan END AS kode_kecamatan,
           CASE WHEN v.is_peer THEN v.kode_kabkota ELSE d.kode_kabkota END AS kode_kabkota,
           coalesce(CAST(p.tahun AS INTEGER),
                    CASE WHEN v.tahun IS NOT DISTINCT FROM r.tahun THEN d.tahun ELSE v.tahun END) AS tahun,
           coalesce(p.indicator_kind, v.indicator_kind) AS indicator_kind,
           coalesce(p.target, v.target) AS target, coalesce(p.target_raw, v.target_raw) AS target_raw,
           CASE WHEN p.target IS NULL THEN v.target_label END AS target_label,
           coalesce(p.realisasi, v.realisasi) AS realisasi,
           coalesce(p.realisasi_raw, v.realisasi_raw) AS realisasi_raw,
           CASE WHEN p.realisasi IS NULL THEN v.realisasi_label END AS realisasi_label,
           coalesce(p.capaian, v.capaian_reported) AS capaian_reported,
           coalesce(p.capaian_raw, v.capaian_raw) AS capaian_raw),
       coalesce(p.corrected_fields, []::VARCHAR[]) AS corrected_fields
FROM indicator_values v JOIN corrected_documents d USING (doc_id) JOIN documents r ON r.doc_id = v.doc_id
LEFT JOIN p ON p.sha256 = d.sha256 AND p.fact_key = v.fact_key
UNION ALL BY NAME
SELECT a.correction_id AS value_id, d.doc_id, d.kecamatan, d.kabupaten_kota, d.kode_kecamatan, d.kode_kabkota,
       CAST(json_extract_string(a.new_detail, '$.tahun') AS INTEGER) AS tahun,
       json_extract_string(a.new_detail, '$.indicator_kind') AS indicator_kind,
       json_extract_string(a.new_detail, '$.indikator') AS indikator,
       CAST(json_extract_string(a.new_detail, '$.target') AS DOUBLE) AS target,
       json_extract_string(a.new_detail, '$.target_raw') AS target_raw,
       CAST(json_extract_string(a.new_detail, '$.realisasi') AS DOUBLE) AS realisasi,
       json_extract_string(a.new_detail, '$.realisasi_raw') AS realisasi_raw,
       CAST(json_extract_string(a.new_detail, '$.capaian_reported') AS DOUBLE) AS capaian_reported,
       json_extract_string(a.new_detail, '$.capaian_raw') AS capaian_raw,
       a.recomputed AS capaian_recomputed,
       json_extract_string(a.new_detail, '$.satuan') AS satuan,
       false AS is_peer, 'koreksi:' || a.correction_id AS fact_key, false AS uncertain,
       []::VARCHAR[] AS uncertain_fields,
       coalesce(a.source_place, 'ditambahkan pengguna') AS source_table, 'measurement' AS table_kind,
       'ditambahkan pengguna: ' || a.reason AS row_raw, ['ditambahkan'] AS corrected_fields
FROM active_corrections a JOIN corrected_documents d USING (sha256)
WHERE a.action = 'add' AND a.fact_table = 'indicator_values';
CREATE OR REPLACE VIEW budget_figures AS
WITH c AS (
    SELECT * FROM active_corrections WHERE action = 'correct' AND fact_table = 'budget_lines'
    QUALIFY row_number() OVER (PARTITION BY sha256, fact_key, field ORDER BY correction_id DESC) = 1
), p AS (
    SELECT sha256, fact_key,
           any_value(new_number) FILTER (WHERE field = 'pagu') AS pagu,
           any_value(new_value) FILTER (WHERE field = 'pagu') AS pagu_raw,
           any_value(new_number) FILTER (WHERE field = 'realisasi') AS realisasi,
           any_value(new_value) FILTER (WHERE field = 'realisasi') AS realisasi_raw,
           any_value(new_number) FILTER (WHERE field = 'serapan_reported') AS serapan,
           any_value(new_value) FILTER (WHERE field = 'serapan_reported') AS serapan_raw,
           any_value(new_number) FILTER (WHERE field = 'tahun') AS tahun,
           list(field ORDER BY field) AS corrected_fields
    FROM c GROUP BY sha256, fact_key
)
SELECT b.* REPLACE (
           d.kecamatan AS kecamatan,
           coalesce(CAST(p.tahun AS INTEGER),
                    CASE WHEN b.tahun IS NOT DISTINCT FROM r.tahun THEN d.tahun ELSE b.tahun END) AS tahun,
           coalesce(p.pagu, b.pagu) AS pagu, coalesce(p.pagu_raw, b.pagu_raw) AS pagu_raw,
           coalesce(p.realisasi, b.realisasi) AS realisasi, coalesce(p.realisasi_raw, b.realisasi_raw) AS realisasi_raw,
           coalesce(p.serapan, b.serapan_reported) AS serapan_reported,
           coalesce(p.serapan_raw, b.serapan_raw) AS serapan_raw),
       coalesce(p.corrected_fields, []::VARCHAR[]) AS corrected_fields
FROM budget_lines b JOIN corrected_documents d USING (doc_id) JOIN documents r ON r.doc_id = b.doc_id
LEFT JOIN p ON p.sha256 = d.sha256 AND p.fact_key = b.fact_key
UNION ALL BY NAME
SELECT a.correction_id AS line_id, d.doc_id, d.kecamatan,
       CAST(json_extract_string(a.new_detail, '$.tahun') AS INTEGER) AS tahun,
       json_extract_string(a.new_detail, '$.level') AS level,
       json_extract_string(a.new_detail, '$.name') AS name,
       CAST(json_extract_string(a.new_detail, '$.pagu') AS DOUBLE) AS pagu,
       json_extract_string(a.new_detail, '$.pagu_raw') AS pagu_raw,
       CAST(json_extract_string(a.new_detail, '$.realisasi') AS DOUBLE) AS realisasi,
       json_extract_string(a.new_detail, '$.realisasi_raw') AS realisasi_raw,
       CAST(json_extract_string(a.new_detail, '$.serapan_reported') AS DOUBLE) AS serapan_reported,
       json_extract_string(a.new_detail, '$.serapan_raw') AS serapan_raw,
       a.recomputed AS serapan_recomputed,
       false AS is_derived, 'koreksi:' || a.correction_id AS fact_key, false AS uncertain,
       []::VARCHAR[] AS uncertain_fields,
       coalesce(a.source_place, 'ditambahkan pengguna') AS source_table, 'budget' AS table_kind,
       'ditambahkan pengguna: ' || a.reason AS row_raw, ['ditambahkan'] AS corrected_fields
FROM active_corrections a JOIN corrected_documents d USING (sha256)
WHERE a.action = 'add' AND a.fact_table = 'budget_lines';
"""

# What a user may correct, and how its new value is read.
FIELDS: dict[str, dict[str, str]] = {
    "indicator_values": {
        "target": "number", "realisasi": "number", "capaian_reported": "percent", "tahun": "year",
        "indicator_kind": "kind",
    },
    "budget_lines": {"pagu": "amount", "realisasi": "amount", "serapan_reported": "percent", "tahun": "year"},
    "documents": {"kecamatan": "name", "tahun": "year"},
}  # fmt: skip
KINDS = ("IKM", "SAKIP", "IPP", "IKPP", "PATEN", "OTHER")
LEVELS = ("total", "sasaran", "program", "kegiatan", "sub_kegiatan")
YEARS = (2000, 2100)


class CorrectionError(ValueError):
    """A correction that cannot be recorded; the message is for the user (Bahasa Indonesia)."""


@dataclass(frozen=True)
class Value:
    text: str  # as the user wrote it, trimmed
    number: float | None


def parse_value(kind: str, text: str) -> Value:
    """A new value as typed, checked for its kind; raises CorrectionError."""
    text = (text or "").strip()
    if not text:
        raise CorrectionError("nilai baru kosong")
    if kind == "kind":
        if text.upper() not in KINDS:
            raise CorrectionError(f"jenis indikator harus salah satu dari {', '.join(KINDS)}")
        return Value(text.upper(), None)
    if kind == "name":
        if len(text) > 80 or not re.fullmatch(r"[\w .'\-()]+", text):
            raise CorrectionError(
                "nama kecamatan hanya huruf, angka, spasi, titik atau tanda hubung (paling panjang 80)"
            )
        return Value(text, None)
    if kind == "year":
        if not re.fullmatch(r"\d{4}", text) or not YEARS[0] <= int(text) <= YEARS[1]:
            raise CorrectionError(f"tahun harus empat angka antara {YEARS[0]} dan {YEARS[1]}")
        return Value(text, float(text))
    reading = read_number(text.removeprefix("Rp").removesuffix("%").strip(), None, money=kind == "amount")
    if reading.value is None or reading.uncertain:
        raise CorrectionError(f"'{text}' bukan angka yang jelas (contoh: 85,25 atau 1.250.000)")
    if kind in ("amount", "percent") and reading.value < 0:
        raise CorrectionError("nilai ini tidak boleh negatif")
    if kind == "percent" and reading.value > 1000:
        raise CorrectionError("persentase lebih dari 1000% tidak masuk akal")
    return Value(text, reading.value)


def _require(text: str | None, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise CorrectionError(f"{what} wajib diisi")
    return text[:500]


def _now() -> dt.datetime:
    return dt.datetime.now()


def _log(
    con: duckdb.DuckDBPyConnection, correction_id: int, event: str, author: str | None, detail: str | None
) -> None:
    con.execute(
        "INSERT INTO correction_log (correction_id, event, author, logged_at, detail) VALUES (?, ?, ?, ?, ?)",
        [correction_id, event, author, _now(), detail],
    )


def _insert(con: duckdb.DuckDBPyConnection, **row: object) -> int:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return con.execute(
        f"INSERT INTO corrections ({names}) VALUES ({marks}) RETURNING correction_id", list(row.values())
    ).fetchone()[0]


def _in_transaction(con: duckdb.DuckDBPyConnection, work):
    con.begin()
    try:
        result = work()
        con.commit()
        return result
    except BaseException:
        con.rollback()
        raise


_FACTS = {
    "indicator_values": ("value_id", "indicator_figures", "indikator"),
    "budget_lines": ("line_id", "budget_figures", "name"),
}


def correct(
    con: duckdb.DuckDBPyConnection, fact_table: str, fact_id: int, field: str, new_value: str, reason: str,
    author: str, source_place: str | None = None,
) -> int:  # fmt: skip
    """Change one field of one figure read by the reader. Returns the correction's id."""
    kind = FIELDS.get(fact_table, {}).get(field)
    if kind is None or fact_table not in _FACTS:
        raise CorrectionError(f"kolom {field} tidak dapat dikoreksi")
    value = parse_value(kind, new_value)
    reason, author = _require(reason, "alasan"), _require(author, "nama pengoreksi")
    id_col, view, label = _FACTS[fact_table]
    row = con.execute(
        f"""SELECT d.sha256, f.doc_id, f.fact_key, f.{label}, f.{field}::VARCHAR, f.tahun, f.source_table
            FROM {view} f JOIN documents d USING (doc_id) WHERE f.{id_col} = ?""",
        [int(fact_id)],
    ).fetchone()
    if row is None:
        raise CorrectionError("angka itu tidak ditemukan (mungkin dokumennya sudah dimuat ulang)")
    sha, doc_id, key, name, old, tahun, table = row
    if key.startswith("koreksi:"):
        raise CorrectionError("angka ini ditambahkan pengguna: tarik koreksinya lalu tambahkan lagi")
    _changed(old, value)

    def work() -> int:
        cid = _insert(
            con, action="correct", sha256=sha, doc_id=doc_id, fact_table=fact_table, fact_key=key,
            fact_label=f"{name} ({tahun}, {table})", field=field, old_value=old, new_value=value.text,
            new_number=value.number, reason=reason, source_place=_place(source_place), author=author,
            created_at=_now(),
        )  # fmt: skip
        _log(con, cid, "dibuat", author, f"{field}: {old} -> {value.text}")
        return cid

    return _in_transaction(con, work)


def _changed(old: str | None, value: Value) -> None:
    """A correction must change something."""
    same_number = value.number is not None and old is not None and _as_number(old) == value.number
    if same_number or (old is not None and old.strip().lower() == value.text.lower()):
        raise CorrectionError(f"nilai baru sama dengan nilai sekarang ({old})")


def _as_number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _place(text: str | None) -> str | None:
    return (text or "").strip()[:200] or None


def add_figure(
    con: duckdb.DuckDBPyConnection, doc_id: int, fact_table: str, values: dict[str, str], reason: str, author: str,
    source_place: str | None = None,
) -> int:  # fmt: skip
    """Add a figure the reader did not get (an indicator value or a budget line)."""
    reason, author = _require(reason, "alasan"), _require(author, "nama pengoreksi")
    sha = _document_sha(con, doc_id)
    detail = _added_detail(fact_table, values)
    label = detail.get("indikator") or detail.get("name")

    def work() -> int:
        cid = _insert(
            con, action="add", sha256=sha, doc_id=int(doc_id), fact_table=fact_table, fact_label=label,
            field="ditambahkan", new_value=_summary(detail), new_detail=json.dumps(detail), reason=reason,
            source_place=_place(source_place), author=author, created_at=_now(),
        )  # fmt: skip
        _log(con, cid, "dibuat", author, f"ditambahkan: {_summary(detail)}")
        return cid

    return _in_transaction(con, work)


_ADD_FIELDS = {
    "indicator_values": (("target", "number"), ("realisasi", "number"), ("capaian_reported", "percent")),
    "budget_lines": (("pagu", "amount"), ("realisasi", "amount"), ("serapan_reported", "percent")),
}
_RAW = {"capaian_reported": "capaian_raw", "serapan_reported": "serapan_raw"}


def _added_detail(fact_table: str, values: dict[str, str]) -> dict:
    if fact_table not in _ADD_FIELDS:
        raise CorrectionError("hanya nilai indikator atau baris anggaran yang dapat ditambahkan")
    year = parse_value("year", values.get("tahun", ""))
    detail: dict = {"tahun": int(year.text)}
    if fact_table == "indicator_values":
        detail["indikator"] = _require(values.get("indikator"), "nama indikator")
        detail["indicator_kind"] = parse_value("kind", values.get("indicator_kind") or "OTHER").text
        detail["satuan"] = (values.get("satuan") or "").strip() or None
    else:
        detail["name"] = _require(values.get("name"), "nama program atau baris anggaran")
        level = (values.get("level") or "program").strip()
        if level not in LEVELS:
            raise CorrectionError(f"tingkat harus salah satu dari {', '.join(LEVELS)}")
        detail["level"] = level
    given = 0
    for name, kind in _ADD_FIELDS[fact_table]:
        text = (values.get(name) or "").strip()
        if text:
            value = parse_value(kind, text)
            detail[name], detail[_RAW.get(name, f"{name}_raw")] = value.number, value.text
            given += 1
    if not given:
        raise CorrectionError("isi paling sedikit satu angka")
    return detail


_SHOWN = (("target_raw", "target"), ("realisasi_raw", "realisasi"), ("capaian_raw", "capaian"),
          ("pagu_raw", "pagu"), ("serapan_raw", "serapan"))  # fmt: skip


def _summary(detail: dict) -> str:
    """An added figure in words: "Nama (2023): target 100, realisasi 97,36"."""
    name = detail.get("indikator") or detail.get("name")
    figures = ", ".join(f"{label} {detail[key]}" for key, label in _SHOWN if detail.get(key))
    return f"{name} ({detail['tahun']}): {figures}"


def _document_sha(con: duckdb.DuckDBPyConnection, doc_id: int) -> str:
    row = con.execute("SELECT sha256 FROM documents WHERE doc_id = ? AND status <> 'failed'", [int(doc_id)]).fetchone()
    if row is None:
        raise CorrectionError("dokumen itu tidak ditemukan")
    return row[0]


def correct_document(
    con: duckdb.DuckDBPyConnection, doc_id: int, field: str, new_value: str, reason: str, author: str,
    source_place: str | None = None,
) -> int:  # fmt: skip
    """Change a document's kecamatan (resolved to its official code within the document's
    kabupaten/kota) or its reporting year."""
    kind = FIELDS["documents"].get(field)
    if kind is None:
        raise CorrectionError(f"kolom {field} tidak dapat dikoreksi")
    value = parse_value(kind, new_value)
    reason, author = _require(reason, "alasan"), _require(author, "nama pengoreksi")
    row = con.execute(
        f"SELECT sha256, {field}::VARCHAR, kabupaten_kota, provinsi FROM corrected_documents WHERE doc_id = ?",
        [int(doc_id)],
    ).fetchone()
    if row is None:
        raise CorrectionError("dokumen itu tidak ditemukan")
    sha, old, kabupaten, provinsi = row
    _changed(old, value)
    detail = _region(value.text, kabupaten, provinsi) if field == "kecamatan" else None

    def work() -> int:
        cid = _insert(
            con, action="correct", sha256=sha, doc_id=int(doc_id), fact_table="documents", fact_label="dokumen",
            field=field, old_value=old, new_value=value.text, new_number=value.number, new_detail=detail,
            reason=reason, source_place=_place(source_place), author=author, created_at=_now(),
        )  # fmt: skip
        _log(con, cid, "dibuat", author, f"{field}: {old} -> {value.text}")
        return cid

    return _in_transaction(con, work)


def _region(kecamatan: str, kabupaten: str | None, provinsi: str | None) -> str:
    found = resolve(kecamatan, kabupaten, provinsi)
    return json.dumps(
        {k: getattr(found, k, None) for k in ("kode_kecamatan", "kode_kabkota", "kode_provinsi", "kecamatan_resmi")}
    )


def set_aside(con: duckdb.DuckDBPyConnection, doc_id: int, reason: str, author: str) -> int:
    """Leave a document out of every page and comparison (it stays in the database)."""
    reason, author = _require(reason, "alasan"), _require(author, "nama pengoreksi")
    sha = _document_sha(con, doc_id)

    def work() -> int:
        cid = _insert(
            con, action="set_aside", sha256=sha, doc_id=int(doc_id), fact_table="documents", fact_label="dokumen",
            field="set_aside", new_value="tidak dihitung", reason=reason, author=author, created_at=_now(),
        )  # fmt: skip
        _log(con, cid, "dibuat", author, "dokumen tidak dihitung")
        return cid

    return _in_transaction(con, work)


def withdraw(con: duckdb.DuckDBPyConnection, correction_id: int, reason: str, author: str) -> int | None:
    """Withdraw an active correction (kept, marked withdrawn, and logged). Returns its document."""
    reason, author = _require(reason, "alasan penarikan"), _require(author, "nama pengoreksi")
    row = con.execute(
        "SELECT doc_id FROM corrections WHERE correction_id = ? AND withdrawn_at IS NULL", [int(correction_id)]
    ).fetchone()
    if row is None:
        raise CorrectionError("koreksi itu tidak ada atau sudah ditarik")

    def work() -> None:
        con.execute(
            "UPDATE corrections SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE correction_id = ?",
            [_now(), author, reason, int(correction_id)],
        )
        _log(con, int(correction_id), "ditarik", author, reason)

    _in_transaction(con, work)
    return row[0]


def reconcile(con: duckdb.DuckDBPyConnection, doc_id: int, sha256: str) -> list[str]:
    """After a document is (re)ingested: its corrections follow it to its new id, and each
    says whether the reader now reads the figure itself, and whether the two agree. Runs
    inside the caller's transaction; returns one line per correction for the user."""
    rows = con.execute(
        """SELECT correction_id, action, fact_table, fact_key, fact_label, field, old_value, new_value, new_number,
                  new_detail, doc_id
           FROM corrections WHERE sha256 = ? AND withdrawn_at IS NULL ORDER BY correction_id""",
        [sha256],
    ).fetchall()
    said = []
    for cid, action, table, key, label, field, old, new, number, detail, before in rows:
        if before == doc_id:
            continue
        con.execute("UPDATE corrections SET doc_id = ? WHERE correction_id = ?", [doc_id, cid])
        status = _status_now(con, doc_id, action, table, key, field, old, new, number, detail)
        _log(con, cid, "diterapkan ulang", None, status)
        said.append(f"koreksi {cid} ({label}, {field}): {status}")
    return said


def _status_now(con, doc_id, action, table, key, field, old, new, number, detail) -> str:
    if table == "documents":
        return "diterapkan lagi pada dokumen yang dibaca ulang"
    if action == "add":
        return _added_status(con, doc_id, table, json.loads(detail))
    id_col = "value_id" if table == "indicator_values" else "line_id"
    row = con.execute(
        f"SELECT {field}::VARCHAR, {field} FROM {table} WHERE doc_id = ? AND fact_key = ? ORDER BY {id_col} LIMIT 1",
        [doc_id, key],
    ).fetchone()
    if row is None:
        return "angka asalnya tidak terbaca lagi di tempat yang sama: koreksi tidak berlaku, periksa lalu tambahkan"
    return _agreement(row[1], number, old, new)


def _agreement(read: object, corrected: float | None, old: str | None, new: str | None = None) -> str:
    numeric = isinstance(read, int | float) and corrected is not None and abs(float(read) - corrected) < 1e-9
    if numeric or (corrected is None and new is not None and str(read).lower() == new.lower()):
        return "pembaca kini membaca nilai yang sama dengan koreksi (sepakat)"
    if str(read) == str(old):
        return "pembaca masih membaca nilai lama; koreksi tetap berlaku"
    return f"pembaca kini membaca {read}, berbeda dari koreksi: koreksi tetap berlaku, periksa lagi"


def _added_status(con: duckdb.DuckDBPyConnection, doc_id: int, table: str, detail: dict) -> str:
    if table == "indicator_values":
        kind, name = detail["indicator_kind"], detail["indikator"]
        match = "(indicator_kind = ? AND (? <> 'OTHER' OR lower(indikator) = lower(?)))"
        params = [kind, kind, name]
        fields = ("target", "realisasi", "capaian_reported")
    else:
        match, params, fields = "lower(name) = lower(?)", [detail["name"]], ("pagu", "realisasi", "serapan_reported")
    given = [f for f in fields if detail.get(f) is not None]
    rows = con.execute(
        f"SELECT {', '.join(given)} FROM {table} WHERE doc_id = ? AND tahun = ? AND {match}",
        [doc_id, detail["tahun"], *params],
    ).fetchall()
    if not rows:
        return "pembaca belum membaca angka ini sendiri; tambahan tetap berlaku"
    if any(all(r[i] is not None and abs(r[i] - detail[f]) < 1e-9 for i, f in enumerate(given)) for r in rows):
        return "pembaca kini membaca angka ini sendiri dengan nilai yang sama (sepakat): tambahan dapat ditarik"
    return "pembaca kini membaca angka ini sendiri dengan nilai lain: periksa tambahan ini"

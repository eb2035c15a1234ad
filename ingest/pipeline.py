"""Ingest one file end to end: detect its type by content, read, interpret, store.

Any failure becomes a `failed` document with a plain-language reason; it never
stops a batch and never leaves a document half-written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ingest.cleaning import decode_bytes
from ingest.interpret import interpret
from ingest.store import Stored, existing, store_document
from ingest.textreader import read_text

MAX_BYTES = 200 * 1024 * 1024


class IngestError(Exception):
    """A file that cannot be ingested, with the reason in the user's language."""


@dataclass
class FileResult:
    path: str
    status: str  # ok, failed, duplicate
    message: str
    doc_id: int | None = None
    n_indicator_values: int = 0
    n_budget_lines: int = 0


def sniff_format(data: bytes) -> str:
    """'pdf', 'text' or 'binary', from the bytes, never from the file name."""
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    head = data[:65536]
    if b"\x00" in head:
        return "binary"
    return "text"


def ingest_file(con: duckdb.DuckDBPyConnection, path: str | Path, name: str | None = None) -> FileResult:
    path = Path(path)
    name = name or path.name
    try:
        data = _read_bytes(path)
    except IngestError as exc:
        return FileResult(str(path), "failed", str(exc))
    sha = hashlib.sha256(data).hexdigest()
    found = existing(con, sha)
    if found and found[1] == "ok":
        return FileResult(str(path), "duplicate", f"isi yang sama sudah ada (dokumen {found[0]})", found[0])
    fmt = sniff_format(data)
    try:
        result = _interpret(data, fmt, name)
        error = None
    except IngestError as exc:
        result, error = None, str(exc)
    stored = store_document(con, name, sha, fmt, result, error)
    return _report(path, stored, result, error)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(
                f"berkas terlalu besar ({size // (1024 * 1024)} MB; batas {MAX_BYTES // (1024 * 1024)} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"berkas tidak dapat dibaca: {exc.strerror or exc}") from exc


def _interpret(data: bytes, fmt: str, name: str):
    if fmt == "pdf":
        raise IngestError("berkas PDF belum dapat dibaca oleh versi ini; gunakan ekspor teksnya")
    if fmt == "binary" or not data.strip():
        raise IngestError("bukan berkas teks atau PDF yang dapat dibaca" if data.strip() else "berkas kosong")
    text, _encoding = decode_bytes(data)
    try:
        result = interpret(read_text(text, name))
    except Exception as exc:  # a reader bug must not stop the batch
        raise IngestError(f"kesalahan saat membaca isi dokumen: {type(exc).__name__}: {exc}") from exc
    if not result.indicators and not result.budget:
        if result.identity.kecamatan is None:
            raise IngestError("bukan LKjIP kecamatan: tidak ada identitas kecamatan maupun tabel kinerja/anggaran")
        result.warnings.append("tidak ditemukan tabel kinerja atau anggaran yang dapat dibaca")
    return result


def _report(path: Path, stored: Stored, result, error: str | None) -> FileResult:
    if stored.status == "duplicate":
        return FileResult(str(path), "duplicate", f"isi yang sama sudah ada (dokumen {stored.doc_id})", stored.doc_id)
    if stored.status == "failed":
        return FileResult(str(path), "failed", error or "gagal", stored.doc_id)
    ident = result.identity
    who = f"{ident.kecamatan or '?'} ({ident.kabupaten_kota or '?'}) {ident.tahun or '?'}"
    msg = f"{who}: {stored.n_indicator_values} nilai indikator, {stored.n_budget_lines} baris anggaran"
    if ident.warnings or result.warnings:
        msg += f"; peringatan: {'; '.join(ident.warnings + result.warnings)}"
    return FileResult(str(path), "ok", msg, stored.doc_id, stored.n_indicator_values, stored.n_budget_lines)

"""Ingest one file end to end: detect its type by content, read, interpret, store.

Any failure becomes a `failed` document with a plain-language reason; it never
stops a batch and never leaves a document half-written.

A PDF is read in a child process that is killed when it runs past its time: pdfminer
can spin for minutes on a malformed file (pdfplumber#807), and a batch must go on.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import queue
import sys
import threading
import types
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ingest.cleaning import decode_bytes
from ingest.facts import Interpretation
from ingest.interpret import interpret
from ingest.pdfreader import PdfReadError, read_pdf
from ingest.store import DONE, Stored, existing, store_document
from ingest.textreader import read_text

MAX_MB_ENV = "LKJIP_MAX_MB"  # the largest file accepted, in MB (default 200)


def max_bytes() -> int:
    return int(float(os.environ.get(MAX_MB_ENV) or 200) * 1024 * 1024)


PDF_TIMEOUT = 300.0  # seconds for one PDF; a 100-page report takes well under a minute


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


@dataclass
class Job:
    """A file read and hashed, waiting to be parsed and stored."""

    path: Path
    name: str
    data: bytes
    sha: str
    fmt: str


def ingest_file(
    con: duckdb.DuckDBPyConnection, path: str | Path, name: str | None = None, timeout: float = PDF_TIMEOUT
) -> FileResult:
    job = prepare(con, path, name)
    if isinstance(job, FileResult):
        return job
    return store_parsed(con, job, *parse_job(job, timeout))


def prepare(con: duckdb.DuckDBPyConnection, path: str | Path, name: str | None = None) -> Job | FileResult:
    """Read and hash a file; a FileResult when it is already done (unreadable, duplicate)."""
    path = Path(path)
    try:
        data = _read_bytes(path)
    except IngestError as exc:
        return _unread(con, path, name or path.name, str(exc))
    sha = hashlib.sha256(data).hexdigest()
    found = existing(con, sha)
    if found and found[1] in DONE:
        return FileResult(str(path), "duplicate", f"isi yang sama sudah ada (dokumen {found[0]})", found[0])
    return Job(path, name or path.name, data, sha, sniff_format(data))


def _unread(con: duckdb.DuckDBPyConnection, path: Path, name: str, reason: str) -> FileResult:
    """A file refused before reading (too large, unreadable) is still recorded as failed;
    its content is unknown, so its key is its name and size (a later attempt replaces it)."""
    try:
        key = f"tidak-dibaca:{path.stat().st_size}:{name}"
    except OSError:
        return FileResult(str(path), "failed", reason)
    stored = store_document(con, name, key, "unread", None, reason)
    return FileResult(str(path), "failed", reason, stored.doc_id)


def parse_job(
    job: Job, timeout: float = PDF_TIMEOUT, pool: ParserPool | None = None
) -> tuple[Interpretation | None, str | None]:
    """(interpretation, None) or (None, reason). With a `pool`, every file is parsed in
    one of its children (so parsing uses other cores); without one, PDFs in a child
    process bounded by `timeout` and text exports in this process. Safe from threads."""
    try:
        if pool is not None:  # --timeout bounds PDFs only, as it always has
            return pool.parse(job.data, job.fmt, job.name, timeout if job.fmt == "pdf" else None), None
        if job.fmt != "pdf":
            return parse(job.data, job.fmt, job.name), None
        return parse_isolated(job.data, job.fmt, job.name, timeout), None
    except IngestError as exc:
        return None, str(exc)


class ParserPool:
    """Long-lived child processes that parse files one at a time, so each warms up
    (fonts, vocabulary, compiled patterns) once per batch, not once per file. A child
    that runs past its time is killed and replaced. `parse` is safe from threads."""

    def __init__(self, size: int) -> None:
        self.free: queue.Queue = queue.Queue()
        for _ in range(size):
            self.free.put(_Worker())

    def parse(self, data: bytes, fmt: str, name: str, timeout: float | None) -> Interpretation:
        worker = self.free.get()
        try:
            return worker.parse(data, fmt, name, timeout)
        except IngestError:
            if not worker.alive():
                worker = _Worker()  # the old one was killed or died: a fresh one takes its place
            raise
        finally:
            self.free.put(worker)

    def close(self) -> None:
        while not self.free.empty():
            self.free.get().stop()


class _Worker:
    def __init__(self) -> None:
        ctx = _context()
        self.conn, child_end = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child_end,), daemon=True)
        with without_main_script():
            self.process.start()
        child_end.close()

    def parse(self, data: bytes, fmt: str, name: str, timeout: float | None) -> Interpretation:
        try:
            self.conn.send((data, fmt, name))
            if not self.conn.poll(timeout):
                self.stop()
                raise IngestError(f"waktu membaca habis (lebih dari {timeout:g} detik); berkas PDF mungkin rusak")
            ok, payload = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.stop()
            raise IngestError("proses pembaca berhenti tiba-tiba; berkas PDF mungkin rusak") from exc
        if not ok:
            raise IngestError(payload)
        return payload

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _serve(conn) -> None:
    """A pool child: parse what comes until the parent closes the pipe."""
    while True:
        try:
            data, fmt, name = conn.recv()
        except EOFError:
            return
        _parse_child(conn, data, fmt, name, close=False)


def store_parsed(
    con: duckdb.DuckDBPyConnection, job: Job, result: Interpretation | None, error: str | None
) -> FileResult:
    stored = store_document(con, job.name, job.sha, job.fmt, result, error)
    return _report(job.path, stored, result, error)


def parse_isolated(data: bytes, fmt: str, name: str, timeout: float = PDF_TIMEOUT) -> Interpretation:
    """`parse` in a child process that is killed after `timeout` seconds."""
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_parse_child, args=(sender, data, fmt, name), daemon=True)
    with without_main_script():
        child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise IngestError(f"waktu membaca habis (lebih dari {timeout:g} detik); berkas PDF mungkin rusak")
        ok, payload = receiver.recv()
    except EOFError as exc:
        raise IngestError("proses pembaca berhenti tiba-tiba; berkas PDF mungkin rusak") from exc
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if not ok:
        raise IngestError(payload)
    return payload


def _parse_child(sender, data: bytes, fmt: str, name: str, close: bool = True) -> None:
    try:
        sender.send((True, parse(data, fmt, name)))
    except IngestError as exc:
        sender.send((False, str(exc)))
    except Exception as exc:  # anything else must still reach the parent as a reason
        sender.send((False, f"kesalahan saat membaca isi dokumen: {type(exc).__name__}: {exc}"))
    finally:
        if close:
            sender.close()


_CONTEXT = None
_MAIN_LOCK = threading.Lock()


@contextlib.contextmanager
def without_main_script():
    """Start children without telling them to re-run the parent's main script.

    multiprocessing makes a child import the parent's `__main__` file; under Streamlit
    that is app.py (the child would run the dashboard) and under `python -` it does not
    exist. The parse target lives in this module, so the child needs no main script."""
    with _MAIN_LOCK:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


def _context():
    """Children come from a forkserver that has the readers imported already, so
    starting one costs milliseconds, and no DuckDB thread of the parent is forked."""
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = multiprocessing.get_context("forkserver")
        _CONTEXT.set_forkserver_preload(["ingest.pipeline"])
    return _CONTEXT


def _read_bytes(path: Path) -> bytes:
    try:
        size, limit = path.stat().st_size, max_bytes()
        if size > limit:  # decided from the size on disk, before anything is read
            raise IngestError(f"berkas terlalu besar ({size // (1024 * 1024)} MB; batas {limit // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"berkas tidak dapat dibaca: {exc.strerror or exc}") from exc


def parse(data: bytes, fmt: str, name: str) -> Interpretation:
    """Read and interpret a file's bytes; raises IngestError with the reason."""
    if fmt == "binary" or not data.strip():
        raise IngestError("bukan berkas teks atau PDF yang dapat dibaca" if data.strip() else "berkas kosong")
    try:
        result = _read_pdf(data, name) if fmt == "pdf" else interpret(read_text(decode_bytes(data)[0], name))
    except IngestError:
        raise
    except Exception as exc:  # a reader bug must not stop the batch
        raise IngestError(f"kesalahan saat membaca isi dokumen: {type(exc).__name__}: {exc}") from exc
    if not result.indicators and not result.budget:
        if result.identity.kecamatan is None:
            raise IngestError("bukan LKjIP kecamatan: tidak ada identitas kecamatan maupun tabel kinerja/anggaran")
        result.warnings.append("tidak ditemukan tabel kinerja atau anggaran yang dapat dibaca")
    return result


def _read_pdf(data: bytes, name: str) -> Interpretation:
    try:
        read = read_pdf(data, name)
    except PdfReadError as exc:
        raise IngestError(str(exc)) from exc
    result = interpret(read.document)
    result.warnings += read.warnings
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
    if stored.status == "needs_review":
        msg = "perlu ditinjau (kecamatan atau tahun kinerja tidak ditemukan): " + msg
    return FileResult(str(path), stored.status, msg, stored.doc_id, stored.n_indicator_values, stored.n_budget_lines)

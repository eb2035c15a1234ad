"""Ingest one file end to end: detect its type by content, read, interpret, store.

Any failure becomes a `failed` document with a plain-language reason; it never
stops a batch and never leaves a document half-written.

A PDF or Word file is read in a child process that is killed when it runs past its time:
pdfminer can spin for minutes on a malformed file (pdfplumber#807), and a batch must go on.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import io
import multiprocessing
import os
import queue
import re
import sys
import threading
import types
import zipfile
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ingest.cleaning import decode_bytes
from ingest.facts import Interpretation
from ingest.interpret import interpret
from ingest.read.pdf import PdfReadError, read_pdf
from ingest.read.text import read_text
from ingest.read.word import DocxReadError, read_docx
from ingest.store import DONE, Stored, existing, store_document

MAX_MB_ENV = "LKJIP_MAX_MB"  # the largest file accepted, in MB (default 200)


def max_bytes() -> int:
    return int(float(os.environ.get(MAX_MB_ENV) or 200) * 1024 * 1024)


PDF_TIMEOUT = 300.0  # seconds for one PDF; a 100-page report takes well under a minute
# Read in a child process bounded by the timeout: a malformed PDF can spin pdfminer, and a
# .docx is a ZIP whose XML python-docx parses whole.
ISOLATED = ("pdf", "docx")


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


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, Excel 97-2003 ... and encrypted Office files
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html[\s>])", re.I)
_HTML_PARTS = re.compile(rb"<(?:head|body)[\s>]", re.I)
_PART_FOLDERS = re.compile(rb"\b(word|xl|ppt)/[\w/.]+\.xml")  # part names in a damaged ZIP's local headers
_MAIN_PARTS = {b"word": "word/document.xml", b"xl": "xl/workbook.xml", b"ppt": "ppt/presentation.xml"}
# Word's "Save as Web Page" marks the page: <meta name=Generator content="Microsoft Word 15">
_WORD_HTML = re.compile(rb"<meta\s+name=\"?(?:Generator|ProgId)\"?\s+content=\"?(?:Microsoft Word|Word\.Doc)", re.I)
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.I | re.S)
_NEXT = "simpan sebagai .docx atau PDF lalu unggah lagi"
_NOT_A_REPORT = "bukan laporan LKjIP: unggah laporannya sebagai PDF atau Word (.docx)"

# Formats recognised only to be refused, and what the user is told (cause, then next step).
REFUSED = {
    "binary": "bukan berkas teks atau PDF yang dapat dibaca",
    "doc": f"berkas Word lama (.doc): {_NEXT}",
    "xls": f"lembar kerja Excel lama (.xls), {_NOT_A_REPORT}",
    "ppt": f"presentasi PowerPoint lama (.ppt), {_NOT_A_REPORT}",
    "encrypted": f"berkas Office terkunci dengan kata sandi (terenkripsi): buka kuncinya, {_NEXT}",
    "xlsx": f"lembar kerja Excel (.xlsx), {_NOT_A_REPORT}",
    "pptx": f"presentasi PowerPoint (.pptx), {_NOT_A_REPORT}",
    "odt": f"dokumen OpenDocument (.odt) belum dapat dibaca: {_NEXT}",
    "ods": f"lembar kerja OpenDocument (.ods), {_NOT_A_REPORT}",
    "odp": f"presentasi OpenDocument (.odp), {_NOT_A_REPORT}",
    "zip": "arsip ZIP, bukan laporan LKjIP: ekstrak isinya lalu unggah berkas PDF atau Word di dalamnya",
    "html": "halaman web (HTML), bukan laporan LKjIP",
}


def sniff_format(data: bytes) -> str:
    """What a file is, from its bytes, never from its name: 'pdf', 'docx' or 'text' (read);
    'binary' or a format in REFUSED (refused with its own reason)."""
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data[:8] == _OLE2:
        return _ole_kind(data)
    if data[:4] in _ZIP:
        return _zip_kind(data)
    head = data[:65536]
    if b"\x00" in head:
        return "binary"
    if _HTML_START.match(head) or _HTML_PARTS.search(head[:1024]):
        return "html"  # a saved web page (a portal's "not found" page): never a report
    return "text"


def _ole_kind(data: bytes) -> str:
    """An OLE2 compound file names its streams in UTF-16 in its directory."""
    for stream, kind in (("EncryptedPackage", "encrypted"), ("WordDocument", "doc"), ("Workbook", "xls"),
                         ("PowerPoint Document", "ppt")):  # fmt: skip
        if stream.encode("utf-16-le") in data:
            return kind
    return "doc"  # most often an old Word file: the message says what to do with one


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = b""
            if "mimetype" in names:  # OpenDocument: its kind, in the first entry
                with zf.open("mimetype") as entry:
                    mimetype = entry.read(80)
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, RuntimeError, ValueError):
        # Damaged or cut short: the local headers still name the parts (a .docx then goes
        # to the Word reader, which says it is damaged); ODF stores its mimetype first.
        names = {_MAIN_PARTS[folder] for folder in _PART_FOLDERS.findall(data)}
        mimetype = data[38:120] if data[30:38] == b"mimetype" else b""
    for part, kind in (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("ppt/presentation.xml", "pptx")):
        if part in names:
            return kind
    for suffix, kind in ((b"text", "odt"), (b"spreadsheet", "ods"), (b"presentation", "odp")):
        if mimetype.startswith(b"application/vnd.oasis.opendocument." + suffix):
            return kind
    return "zip"


def refusal(data: bytes, fmt: str) -> str | None:
    """Why a file of this format is not read (in Bahasa Indonesia), or None when it is."""
    if fmt not in REFUSED:
        return None
    if fmt != "html":
        return REFUSED[fmt]
    if _WORD_HTML.search(data[:8192]):  # Word's "Save as Web Page": the report, in the wrong format
        return f"halaman web (HTML) yang disimpan dari Word: {_NEXT}"
    title = _HTML_TITLE.search(data[:65536])
    named = " ".join(html.unescape(decode_bytes(title.group(1))[0]).split())[:100] if title else ""
    said = f'judul halamannya "{named}"; ' if named else ""
    return f"{REFUSED['html']}: {said}unduh berkas PDF atau Word laporannya lalu unggah lagi"


@dataclass
class Job:
    """A file read and hashed, waiting to be parsed and stored."""

    path: Path
    name: str
    data: bytes
    sha: str
    fmt: str
    reread: bool = False  # content already stored: read it again (a newer reader) and replace its facts


def ingest_file(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    name: str | None = None,
    timeout: float = PDF_TIMEOUT,
    reread: bool = False,
) -> FileResult:
    job = prepare(con, path, name, reread)
    if isinstance(job, FileResult):
        return job
    return store_parsed(con, job, *parse_job(job, timeout))


def prepare(
    con: duckdb.DuckDBPyConnection, path: str | Path, name: str | None = None, reread: bool = False
) -> Job | FileResult:
    """Read and hash a file; a FileResult when it is already done (unreadable, or a
    duplicate unless `reread`)."""
    path = Path(path)
    try:
        data = _read_bytes(path)
    except IngestError as exc:
        return _unread(con, path, name or path.name, str(exc))
    sha = hashlib.sha256(data).hexdigest()
    found = existing(con, sha)
    if found and found[1] in DONE and not reread:
        return FileResult(str(path), "duplicate", f"isi yang sama sudah ada (dokumen {found[0]})", found[0])
    return Job(path, name or path.name, data, sha, sniff_format(data), reread)


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
    process bounded by `timeout` (Word files too) and text exports in this process. Safe from threads."""
    try:
        if pool is not None:  # --timeout bounds PDFs only, as it always has
            return pool.parse(job.data, job.fmt, job.name, timeout if job.fmt in ISOLATED else None), None
        if job.fmt not in ISOLATED:
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
                raise IngestError(f"waktu membaca habis (lebih dari {timeout:g} detik); {_damaged(fmt)}")
            ok, payload = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.stop()
            raise IngestError(f"proses pembaca berhenti tiba-tiba; {_damaged(fmt)}") from exc
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
    stored = store_document(
        con, job.name, job.sha, job.fmt, result, error, source_path=_absolute(job.path), reread=job.reread
    )
    return _report(job.path, stored, result, error)


def _absolute(path: Path) -> str | None:
    """Where the file was read from, so its pages can be shown again (docs/schema.md)."""
    try:
        return str(path.resolve())
    except OSError:
        return None


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
            raise IngestError(f"waktu membaca habis (lebih dari {timeout:g} detik); {_damaged(fmt)}")
        ok, payload = receiver.recv()
    except EOFError as exc:
        raise IngestError(f"proses pembaca berhenti tiba-tiba; {_damaged(fmt)}") from exc
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if not ok:
        raise IngestError(payload)
    return payload


def _damaged(fmt: str) -> str:
    return f"berkas {'Word' if fmt == 'docx' else 'PDF'} mungkin rusak"


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
    if not data.strip():
        raise IngestError("berkas kosong")
    reason = refusal(data, fmt)
    if reason:  # refused before any reading: a web page never gets a kecamatan
        raise IngestError(reason)
    try:
        if fmt == "pdf":
            result = _read_pdf(data, name)
        elif fmt == "docx":
            result = _read_docx(data, name)
        else:
            result = interpret(read_text(decode_bytes(data)[0], name))
    except IngestError:
        raise
    except Exception as exc:  # a reader bug must not stop the batch
        raise IngestError(f"kesalahan saat membaca isi dokumen: {type(exc).__name__}: {exc}") from exc
    if not result.indicators and not result.budget:
        if result.identity.kecamatan is None:
            raise IngestError("bukan LKjIP kecamatan: tidak ada identitas kecamatan maupun tabel kinerja/anggaran")
        result.warnings.append("tidak ditemukan tabel kinerja atau anggaran yang dapat dibaca")
    return result


def _read_docx(data: bytes, name: str) -> Interpretation:
    try:
        doc = read_docx(data, name)
    except DocxReadError as exc:
        raise IngestError(str(exc)) from exc
    return interpret(doc)


def _read_pdf(data: bytes, name: str) -> Interpretation:
    try:
        read = read_pdf(data, name)
    except PdfReadError as exc:
        raise IngestError(str(exc)) from exc
    return interpret(read.document)


def review_reason(result: Interpretation) -> str:
    """Why a document cannot be placed on the dashboard, in the user's words."""
    ident, missing = result.identity, []
    if not ident.kecamatan:
        missing.append("kecamatan")
    if ident.tahun is None:
        missing.append("tahun kinerja")
    reasons = [f"{' dan '.join(missing)} tidak ditemukan"] if missing else []
    if not (result.indicators or result.budget):
        unread = [t for t in result.tables if t.status == "unread"]
        reasons.append(
            "tidak ada angka kinerja atau anggaran yang terbaca"
            + (f": {len(unread)} tabel berangka tidak terbaca" if unread else ": tidak ada tabel berangka")
        )
    return "; ".join(reasons) or "tidak dapat ditempatkan"


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
    if stored.said:
        msg += "; koreksi pengguna diterapkan lagi: " + "; ".join(stored.said)
    if stored.status == "needs_review":
        msg = f"perlu ditinjau ({review_reason(result)}): " + msg
    return FileResult(str(path), stored.status, msg, stored.doc_id, stored.n_indicator_values, stored.n_budget_lines)

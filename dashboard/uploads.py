"""Ingest files uploaded through the browser with the same pipeline as the CLI.

Uploads are checked by content (PDF, Word .docx or text export, a size limit; an old .doc,
a spreadsheet or a web page is refused with its own reason) and stored under a
generated name next to the database: nothing the user sends becomes a path.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from checks.run import run_checks
from ingest.cleaning import decode_bytes
from ingest.pipeline import FileResult, ingest_file, refusal, sniff_format

MAX_MB = 50
_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "text": ".txt"}


@dataclass
class UploadResult:
    name: str
    status: str  # ok, failed, duplicate, rejected
    message: str


OCR_STEP = (
    "Langkah berikutnya: beri PDF ini lapisan teks dengan OCR (misalnya ocrmypdf -l ind --force-ocr "
    "laporan.pdf laporan-teks.pdf) lalu unggah hasilnya, atau unggah PDF yang diekspor langsung dari Word."
)


def needs_ocr(message: str) -> bool:
    """The ingest says a PDF (or some of its pages) has no text layer."""
    return "perlu OCR" in (message or "")


def with_next_step(message: str) -> str:
    """The ingest's message with what the user can do about it."""
    if not needs_ocr(message) or "ocrmypdf" in message:
        return message  # the ingest named the step itself (a whole PDF without text layer)
    return f"{message.rstrip('. ')}. {OCR_STEP}"


def display_name(name: str) -> str:
    """The name shown for an upload: its last path part, printable, at most 120 characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^\w .()\-]+", "_", base).strip(" .") or "unggahan"
    return base[:120]


def reject_reason(data: bytes) -> str | None:
    """Why an upload is refused (in Bahasa Indonesia), or None when it may be ingested."""
    if len(data) > MAX_MB * 1024 * 1024:
        return f"berkas terlalu besar ({len(data) // (1024 * 1024)} MB; batas {MAX_MB} MB)"
    if not data.strip():
        return "berkas kosong"
    fmt = sniff_format(data)
    if fmt == "binary":
        return "bukan PDF, Word (.docx) atau ekspor teks LKjIP (isi berkas diperiksa, bukan namanya)"
    if reason := refusal(data, fmt):  # .doc, Excel, a web page ...: the same reason as the CLI gives
        return reason
    if fmt == "text" and decode_bytes(data[:65536])[0].count("\ufffd") > 50:
        return "teks tidak dapat dibaca"
    return None


def save(data: bytes, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}{_SUFFIX[sniff_format(data)]}"
    path.write_bytes(data)
    return path


def ingest_uploads(
    con: duckdb.DuckDBPyConnection,
    files: list[tuple[str, bytes]],
    folder: Path,
    on_progress: Callable[[int, int, str], None] = lambda done, total, name: None,
    reread: bool = False,
) -> list[UploadResult]:
    """Ingest each file (one transaction each), then run the checks for the new documents.
    `reread`: a file whose content is stored already is read again (its corrections re-applied)."""
    results, new_docs = [], []
    for i, (name, data) in enumerate(files):
        shown = display_name(name)
        on_progress(i, len(files), shown)
        reason = reject_reason(data)
        if reason:
            results.append(UploadResult(shown, "rejected", reason))
            continue
        outcome: FileResult = ingest_file(con, save(data, folder), name=shown, reread=reread)
        results.append(UploadResult(shown, outcome.status, with_next_step(outcome.message)))
        if outcome.status in ("ok", "needs_review"):
            new_docs.append(outcome.doc_id)
    on_progress(len(files), len(files), "")
    if new_docs:
        run_checks(con, new_docs)
    return results

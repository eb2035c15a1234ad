"""Read an LKjIP PDF into the document model (the same one the text-export reader builds).

Two passes, because pdfplumber's parsing is the cost (about 6-10 pages a second):
1. pypdfium2 reads every page's text runs with their positions (two orders of magnitude
   faster). That gives the prose of most pages, finds pages without a text layer or with
   a broken one (characters pdfium cannot map to Unicode: refused, or skipped and named) and
   picks the *candidate* pages: those with lines of several separated columns and a
   figure column's header word (target, realisasi, capaian, anggaran, ...), the page
   after a candidate when it has a line of columns (a table continuing, even a header
   repeated over the rest of the last row alone), and turned pages.
2. Candidate pages that draw lines go to pdfplumber's table finder ("lines" strategy),
   fed with characters and rulings read by pypdfium2 (pdfminer only for turned or
   unusual pages); borderless tables from the whitespace between columns; the prose
   around them. Candidate pages that draw nothing can hold no ruled table: their
   borderless tables are cut from pypdfium2's characters alone.
See docs/pdf.md.

Tables continuing on the next page are stitched (same column count or a repeated header)
and captions are attached even when they sit at the foot of the page before. Every row
carries its 1-based page. Header merging and repeated headers are `tablebuild`'s, the
caption grammar `textreader`'s: interpretation, store and checks are shared.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from ingest.model import Document
from ingest.read.pdf.assemble import Assembler
from ingest.read.pdf.furniture import find_furniture
from ingest.read.pdf.layout import Line, PageItems
from ingest.read.pdf.objects import objects_page
from ingest.read.pdf.pages import Cues, cuts_at_foot, prose_only, read_page, read_unruled_page
from ingest.read.pdf.scan import (
    BROKEN_PAGE_SHARE,
    NO_TEXT_LAYER,
    PageScan,
    PdfReadError,
    check_complete,
    check_text_layer,
    choose_table_pages,
    scan_pages,
    skipped_pages_warning,
)
from ingest.read.wrapping import lexicon

__all__ = ["BROKEN_PAGE_SHARE", "NO_TEXT_LAYER", "PdfReadError", "PdfResult", "read_pdf", "scan_pages"]


@dataclass
class PdfResult:
    document: Document  # its `warnings` say what the reader could not read (scanned, broken pages)
    pages: int
    table_pages: list[int]  # pages the table finder ran on (1-based)

    @property
    def warnings(self) -> list[str]:
        return self.document.warnings


def read_pdf(source: bytes | str | Path, source_name: str = "") -> PdfResult:
    """Read a PDF; raises PdfReadError (message in Indonesian) for files that cannot be read."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    check_complete(data)
    scans = scan_pages(data)
    if not scans:
        raise PdfReadError("PDF tidak memiliki halaman")
    if not any(s.has_text for s in scans):
        raise PdfReadError(NO_TEXT_LAYER)
    broken = check_text_layer(scans)
    chosen = choose_table_pages(scans) - {s.number for s in broken}
    cues = Cues(
        find_furniture((s.number, s.height, s.lines) for s in scans if s not in broken),
        lexicon(
            (line.text for s in scans for line in s.lines if _prose(line, s.width)),
            (run[2] for s in scans for line in s.lines for run in line.segments),
        ),
    )
    pages = _read_pages(data, scans, chosen, cues)
    for scan in broken:
        pages[scan.number - 1] = PageItems(scan.number, scan.height)  # garbage must not reach the model
    blocks = Assembler(cues.words).run(pages)
    warnings = [
        f"halaman {s.number} tidak memiliki lapisan teks (gambar hasil pindaian) - perlu OCR"
        for s in scans
        if not s.has_text
    ]
    if broken:
        warnings.append(skipped_pages_warning(broken))
    doc = Document(source_name=source_name, blocks=blocks, source_format="pdf", warnings=warnings)
    return PdfResult(doc, len(scans), [s.number for s in scans if s.number in chosen])


def _prose(line: Line, width: float) -> bool:
    """A line of prose: one run across a good part of the page (a table cell is narrower)."""
    return len(line.segments) == 1 and line.segments[0][1] - line.segments[0][0] >= 0.4 * width


def _read_pages(data: bytes, scans: list[PageScan], chosen: set[int], cues: Cues) -> list[PageItems]:
    out = [PageItems(s.number, s.height, prose_only(cues.body(s.lines, s.number, s.height))) for s in scans]
    if not chosen:
        return out
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf, _pdfium(data) as doc:
            for number in sorted(chosen):
                scan = scans[number - 1]
                carry = cuts_at_foot(out[number - 2]) if number - 1 in chosen else None
                if scan.ruled or scan.sideways:
                    out[number - 1] = read_page(
                        objects_page(pdf.pages[number - 1], doc[number - 1], scan), number, carry, cues
                    )
                else:
                    out[number - 1] = read_unruled_page(doc[number - 1], scan, carry, cues)
    except PdfReadError:
        raise
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise PdfReadError(f"berkas PDF rusak, halaman tidak dapat diurai: {type(exc).__name__}: {exc}") from exc
    return out


class _pdfium:
    def __init__(self, data: bytes) -> None:
        self.doc = pdfium.PdfDocument(data)

    def __enter__(self) -> pdfium.PdfDocument:
        return self.doc

    def __exit__(self, *exc) -> None:
        self.doc.close()

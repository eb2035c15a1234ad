"""Read an LKjIP PDF into the document model (the same one the text-export reader builds).

Two passes, because pdfplumber's parsing is the cost (about 6-10 pages a second):
1. pypdfium2 reads every page's text runs with their positions (two orders of magnitude
   faster). That gives the prose of most pages, finds pages without a text layer or with
   a broken one (characters pdfium cannot map to Unicode: refused, or skipped and named) and
   picks the *candidate* pages: those with lines of several separated columns and a
   figure column's header word (target, realisasi, capaian, anggaran, ...), the page
   after a candidate (a table continuing without its header), and turned pages.
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

import ctypes
import io
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTLine, LTRect
from pdfplumber.page import DerivedPage, Page
from pdfplumber.utils import extract_text

from ingest.cleaning import clean_text
from ingest.model import Block, Document, Heading, Paragraph, Row
from ingest.tablebuild import build_table, same_header
from ingest.textreader import CONTINUATION, normalise_caption
from ingest.vocabulary import mentions, words

NO_TEXT_LAYER = "tidak ada lapisan teks - perlu OCR"
_MIN_PAGE_CHARS = 20  # fewer visible characters than this: an image-only (scanned) page
_BAB = re.compile(r"^bab\s+[ivx]+\b", re.I)
_FURNITURE = re.compile(r"^(halaman|hal\.?)?\s*([0-9]{1,4}|[ivxlc]{1,6})$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_TITLE_MAX = 200  # as in the text reader: a longer line after a caption is prose
_UNCAPTIONED_TITLE_MAX = 120
_FIGURE_SECTIONS = ("target", "realisasi", "capaian", "budget_group", "serapan", "efisiensi", "kemajuan")
# Broken text layer (a font without a usable ToUnicode map): the share of a page's characters
# whose letter cannot be right. The PDFs built from the samples measure 0.0% on every page;
# legitimate odd characters (Word's Symbol-font bullets, Wingdings ticks map to the private
# use area) stay under a few percent of a page, while every character drawn in a font without
# a map is wrong, so a page past 10% has its text, or at least its table font, unusable.
# pdfium's per-character map error is the measure: pdfminer's "(cid:N)" tokens are only the
# glyphs its fallback finds no letter for (1-4% of a page whose every character is wrong).
BROKEN_PAGE_SHARE = 0.10
_SAMPLED_CHARS = 128  # characters checked per page in pass 1 (evenly spaced): under 1 ms a page
_REMEDY = (
    "jalankan OCR (mis. `ocrmypdf --force-ocr berkas.pdf keluaran.pdf`) "
    "atau ekspor ulang PDF dari Word dengan font tertanam lengkap"
)


class PdfReadError(Exception):
    """A PDF that cannot be read, with the reason in plain Indonesian."""


@dataclass
class Line:
    """One visual line of text: its runs (`segments`, split at wide gaps) and its box,
    in top-left coordinates of the page as displayed."""

    segments: list[tuple[float, float, str]]  # (x0, x1, text)
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(s[2] for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0][0]

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class FoundTable:
    rows: list[list[str]]
    top: float
    bottom: float
    cuts: list[float] | None = None  # a borderless table's column boundaries


@dataclass
class PageItems:
    """What one page holds, in reading order: prose lines and tables."""

    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[FoundTable] = field(default_factory=list)


@dataclass
class PageScan:
    number: int  # 1-based
    width: float
    height: float
    rotation: int
    lines: list[Line]
    chars: int
    sideways: bool
    ruled: bool = True  # the page draws lines or boxes (paths): a ruled table can be there
    untrusted: float = 0.0  # share of characters whose letter cannot be right (BROKEN_PAGE_SHARE)
    example: str = ""  # one of them, as the user can look it up: "(cid:17), font ABCDEF+Calibri"

    @property
    def broken(self) -> bool:
        return self.has_text and self.untrusted >= BROKEN_PAGE_SHARE

    @property
    def has_text(self) -> bool:
        return self.chars >= _MIN_PAGE_CHARS

    @property
    def tabular(self) -> bool:
        """Two or more lines with three or more separated runs: a table is there."""
        return sum(len(line.segments) >= 3 for line in self.lines) >= 2

    @property
    def mentions_figures(self) -> bool:
        return mentions(" ".join(line.text for line in self.lines), _figure_words())


@dataclass
class PdfResult:
    document: Document
    warnings: list[str]
    pages: int
    table_pages: list[int]  # pages the table finder ran on (1-based)


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
    pages = _read_pages(data, scans, chosen)
    for scan in broken:
        pages[scan.number - 1] = PageItems(scan.number, scan.height)  # garbage must not reach the model
    blocks = _Assembler().run(pages)
    warnings = [
        f"halaman {s.number} tidak memiliki lapisan teks (gambar hasil pindaian) - perlu OCR"
        for s in scans
        if not s.has_text
    ]
    if broken:
        warnings.append(_skipped_pages_warning(broken))
    doc = Document(source_name=source_name, blocks=blocks, source_format="pdf")
    return PdfResult(doc, warnings, len(scans), [s.number for s in scans if s.number in chosen])


def check_text_layer(scans: list[PageScan]) -> list[PageScan]:
    """Pages whose text layer is broken, to be skipped. Raises PdfReadError when they hold
    half of the document's text or more: what is left would misrepresent the report."""
    broken = [s for s in scans if s.broken]
    if not broken:
        return []
    texts = [s for s in scans if s.has_text]
    total = sum(s.chars for s in texts)
    if 2 * sum(s.chars for s in broken) >= total:
        share = sum(s.chars * s.untrusted for s in texts) / total
        raise PdfReadError(
            f"lapisan teks PDF rusak: {_percent(share)} karakter tidak terpetakan ke huruf yang benar "
            f"(mis. {broken[0].example}) - huruf dan angka tidak dapat dipercaya; {_REMEDY}"
        )
    return broken


def _skipped_pages_warning(broken: list[PageScan]) -> str:
    worst = max(broken, key=lambda s: s.untrusted)
    pages = ", ".join(str(s.number) for s in broken)
    return (
        f"halaman {pages} dilewati: lapisan teksnya rusak ({_percent(worst.untrusted)} karakter tidak terpetakan, "
        f"mis. {worst.example}) - huruf dan angka di sana tidak dapat dipercaya; {_REMEDY}"
    )


def _percent(share: float) -> str:
    return f"{math.floor(share * 100)}%" if share >= 0.01 else "<1%"  # 99.6% is not all


def check_complete(data: bytes) -> None:
    """A download cut short loses the end of the file, where the cross-reference table
    and the %%EOF marker are; pdfium would rebuild it and read half a report silently."""
    if b"%%EOF" not in data[-8192:]:
        raise PdfReadError("berkas PDF terpotong atau tidak lengkap (penanda akhir %%EOF tidak ada); unduh ulang")


# Pass 1: pypdfium2 ------------------------------------------------------------------


def scan_pages(data: bytes) -> list[PageScan]:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(_open_error(str(exc))) from exc
    try:
        return [_scan_page(doc[i], i + 1) for i in range(len(doc))]
    except pdfium.PdfiumError as exc:
        raise PdfReadError(f"berkas PDF rusak: {exc}") from exc
    finally:
        doc.close()


def _open_error(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered or "security" in lowered:
        return "berkas PDF terkunci dengan kata sandi (terenkripsi); buka kuncinya lalu muat ulang"
    if "success" in lowered:  # pdfium refuses an empty page tree without naming an error
        return "PDF tidak memiliki halaman (atau daftar halamannya rusak)"
    if "format" in lowered:
        return "berkas PDF rusak (struktur berkas tidak dapat dibaca)"
    return f"berkas PDF tidak dapat dibuka: {message}"


def _scan_page(page: pdfium.PdfPage, number: int) -> PageScan:
    width, height = page.get_size()
    textpage = page.get_textpage()
    chars = textpage.count_chars()
    visible = len("".join(textpage.get_text_range().split()))
    if visible < _MIN_PAGE_CHARS and not _has_image(page):
        visible = _MIN_PAGE_CHARS  # a blank page (or one with only its number) needs no OCR
    rotation = page.get_rotation()
    # On a page turned by /Rotate the text is drawn turned too, so that it reads upright.
    sideways = rotation == 0 and _mostly_sideways(textpage, chars)
    ruled = next(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2), None) is not None
    # Runs are in unrotated page space; turned pages are read whole later.
    lines = [] if rotation or sideways else _pdfium_lines(textpage, height)
    scan = PageScan(number, width, height, rotation, lines, visible, sideways, ruled)
    scan.untrusted, scan.example = _untrusted_chars(textpage, chars)
    if lines and not scan.tabular and scan.mentions_figures:
        # One text run may hold a whole row of columns set apart by spaces: look closer.
        scan.lines = lines_from_runs(_pdfium_words(textpage, scan))
    return scan


def _untrusted_chars(textpage: pdfium.PdfTextPage, chars: int) -> tuple[float, str]:
    """(share, example) of the page's characters whose letter cannot be right: pdfium could
    not map them to Unicode (a font without a usable ToUnicode map: pdfium then gives the
    glyph's code, pdfminer "(cid:N)" or its own guess), or they are control, private-use
    or replacement characters. Sampled evenly: a broken font is wrong everywhere it is used."""
    seen = bad = 0
    example = ""
    for i in range(0, chars, max(chars // _SAMPLED_CHARS, 1)):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if code in (9, 10, 13, 32, 0xA0) or pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        seen += 1
        unmapped = pdfium_c.FPDFText_HasUnicodeMapError(textpage, i) == 1
        if unmapped or _impossible(code):
            bad += 1
            example = example or _char_example(textpage, i, code, unmapped)
    return (bad / seen if seen else 0.0), example


def _impossible(code: int) -> bool:
    """A code point no report's text holds (0x02 is pdfium's own mark for a line-end hyphen)."""
    return (
        code == 0
        or (code < 0x20 and code not in (2, 9, 10, 13))
        or 0x7F <= code <= 0x9F
        or 0xE000 <= code <= 0xF8FF  # private use: a symbol font's or an unmapped glyph's code
        or code in (0xFFFD, 0xFFFE, 0xFFFF)
    )


def _char_example(textpage: pdfium.PdfTextPage, index: int, code: int, unmapped: bool) -> str:
    """One such character, with its font; an unmapped one as pdfminer and pdfplumber
    users see it (pdfium gives its character code)."""
    size = pdfium_c.FPDFText_GetFontInfo(textpage, index, None, 0, None)
    name = ""
    if size > 1:
        buffer = ctypes.create_string_buffer(size)
        pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, size, None)
        name = buffer.value.decode("utf-8", "replace")
    shown = f"(cid:{code})" if unmapped else f"U+{code:04X}"
    return f"'{shown}', font {name}" if name else f"'{shown}'"


def _has_image(page: pdfium.PdfPage) -> bool:
    return next(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2), None) is not None


def _mostly_sideways(textpage: pdfium.PdfTextPage, chars: int) -> bool:
    """Text drawn turned by a quarter (a landscape table printed on a portrait page)."""
    step = max(chars // 40, 1)
    angles = [pdfium_c.FPDFText_GetCharAngle(textpage, i) for i in range(0, chars, step)]
    turned = sum(abs(math.sin(a)) > 0.9 for a in angles if a >= 0)
    return bool(angles) and turned > len(angles) / 2


def _pdfium_lines(textpage: pdfium.PdfTextPage, height: float) -> list[Line]:
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = clean_text(textpage.get_text_bounded(left, bottom, right, top))
        if text:
            runs.append((left, right, height - top, height - bottom, text))
    return lines_from_runs(runs)


def lines_from_runs(runs: list[tuple[float, float, float, float, str]]) -> list[Line]:
    """Runs (x0, x1, top, bottom, text) grouped into lines by their vertical middle,
    then split into segments at gaps wider than a word space."""
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for run in sorted(runs, key=lambda r: (r[2] + r[3]) / 2):
        middle = (run[2] + run[3]) / 2
        if lines and abs(middle - _middle(lines[-1])) <= max(run[3] - run[2], 2.0) * 0.5:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [_line(group) for group in lines]


def _middle(group: list[tuple[float, float, float, float, str]]) -> float:
    return sum((r[2] + r[3]) / 2 for r in group) / len(group)


def _line(group: list[tuple[float, float, float, float, str]]) -> Line:
    group = sorted(group)
    top, bottom = min(r[2] for r in group), max(r[3] for r in group)
    gap = max(4.0, 0.8 * (bottom - top))  # wider than a word space (even a monospaced one): a new column
    segments: list[tuple[float, float, str]] = []
    for x0, x1, _t, _b, text in group:
        if segments and x0 - segments[-1][1] < gap:
            last = segments[-1]
            segments[-1] = (last[0], max(last[1], x1), f"{last[2]} {text}")
        else:
            segments.append((x0, x1, text))
    return Line(segments, top, bottom)


def _figure_words() -> list[str]:
    return [w for section in _FIGURE_SECTIONS for w in words("columns", section)]


def choose_table_pages(scans: list[PageScan]) -> set[int]:
    """Pages the table finder runs on (1-based): tabular pages naming a figure column,
    the tabular page after each (a table continuing without its header) and turned pages."""
    chosen: set[int] = set()
    for scan in scans:
        previous = scan.number - 1 in chosen
        if scan.rotation or scan.sideways or (scan.tabular and (scan.mentions_figures or previous)):
            chosen.add(scan.number)
    return chosen


# Pass 2: tables on the chosen pages -------------------------------------------------------


def _read_pages(data: bytes, scans: list[PageScan], chosen: set[int]) -> list[PageItems]:
    out = [PageItems(s.number, s.height, _prose_only(s.lines)) for s in scans]
    if not chosen:
        return out
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf, _pdfium(data) as doc:
            for number in sorted(chosen):
                scan = scans[number - 1]
                carry = _cuts_at_foot(out[number - 2]) if number - 1 in chosen else None
                if scan.ruled or scan.sideways:
                    out[number - 1] = read_page(
                        _objects_page(pdf.pages[number - 1], doc[number - 1], scan), number, carry
                    )
                else:
                    out[number - 1] = read_unruled_page(doc[number - 1], scan, carry)
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


def read_unruled_page(page: pdfium.PdfPage, scan: PageScan, carry: list[float] | None = None) -> PageItems:
    """A page that draws no line can hold no ruled table: its borderless tables are cut
    from pypdfium2's characters, without pdfplumber's far slower parse of the page."""
    lines = lines_from_runs(_pdfium_words(page.get_textpage(), scan))
    tables, prose = borderless_tables(lines, carry, scan.height)
    return PageItems(scan.number, scan.height, prose, tables)


def _pdfium_words(textpage: pdfium.PdfTextPage, scan: PageScan) -> list[tuple[float, float, float, float, str]]:
    """Words (x0, x1, top, bottom, text) from single characters, in the page's displayed
    orientation: a text run's rectangle may hold a whole row of columns set apart by
    spaces, so words are split at spaces and at gaps."""
    words: list[list] = []
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        char = _PDFIUM_CHAR.get(code, chr(code))  # a hyphen ending a line is a hyphen
        if char.isspace() or not char.isprintable():
            words.append([])
            continue
        x0, x1, top, bottom = _displayed(textpage.get_charbox(i, loose=True), scan)
        word = words[-1] if words else None
        if not word or x0 - word[-1][1] > 1.5 or abs(top - word[-1][2]) > 2:
            word = []
            words.append(word)
        word.append((x0, x1, top, bottom, char))
    return [(w[0][0], max(c[1] for c in w), min(c[2] for c in w), max(c[3] for c in w), _join(w)) for w in words if w]


def _displayed(box: tuple[float, float, float, float], scan: PageScan) -> tuple[float, float, float, float]:
    """A box in pdfium's page space (origin bottom left, before /Rotate) as (x0, x1, top,
    bottom) on the page as displayed (origin top left, after /Rotate)."""
    left, bottom, right, top = box
    if scan.rotation == 90:
        return bottom, top, left, right
    if scan.rotation == 180:
        return scan.width - right, scan.width - left, bottom, top
    if scan.rotation == 270:
        return scan.width - top, scan.width - bottom, scan.height - right, scan.height - left
    return left, right, scan.height - top, scan.height - bottom


def _join(word: list) -> str:
    return "".join(c[4] for c in word)


def _prose_only(lines: list[Line]) -> list[Line]:
    """On a page the table finder skipped, lines of three or more columns are rows of
    a table that carries no figure the interpreter reads: they are not prose."""
    return [line for line in lines if len(line.segments) < 3]


def read_page(page: Page, number: int, carry: list[float] | None = None) -> PageItems:
    """Tables and prose lines of one page, through pdfplumber's table finder. `carry`: the
    columns of a borderless table that ended the page before, for its continuation."""
    page = upright(page if isinstance(page, DerivedPage) else LeanPage(page))
    ruled = ruled_tables(page)
    boxes = [t.bbox for t in ruled]
    found = [FoundTable(fill_merged(t), t.bbox[1], t.bbox[3]) for t in ruled]
    lines = [line for line in _plumber_lines(page) if not any(_inside(line, b) for b in boxes)]
    if boxes and min(b[1] for b in boxes) < min((line.top for line in lines), default=page.height):
        carry = None  # a ruled table opens the page
    borderless, lines = borderless_tables(lines, carry, page.height)
    return PageItems(number, page.height, lines, found + borderless)


def _cuts_at_foot(page: PageItems) -> list[float] | None:
    """The columns of the page's last table when nothing but furniture follows it."""
    if not page.tables:
        return None
    last = max(page.tables, key=lambda t: t.bottom)
    below = [line for line in page.lines if line.top > last.bottom and not _furniture(line, page.height)]
    return None if below else last.cuts


def _objects_page(page: Page, pdfium_page: pdfium.PdfPage, scan: PageScan) -> Page:
    """The page with the objects the table finder needs: from pypdfium2 when the page is
    plain (upright, no /Rotate, no form XObject, origin at 0,0), else from pdfminer."""
    plain = not (scan.rotation or scan.sideways) and tuple(page.mediabox[:2]) == (0, 0)
    forms = next(pdfium_page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_FORM,), max_depth=1), None)
    return PdfiumPage(page, pdfium_page) if plain and forms is None else LeanPage(page)


class PdfiumPage(DerivedPage):
    """pdfplumber's page with its characters and rulings read by pypdfium2 instead of
    pdfminer: pdfplumber's `lines` table finder, words and cell text run unchanged on
    them, and the page costs a few milliseconds instead of a tenth of a second."""

    def __init__(self, parent: Page, page: pdfium.PdfPage) -> None:
        super().__init__(parent)
        self.bbox = parent.bbox
        self.source = page

    @property
    def objects(self) -> dict:
        if not hasattr(self, "_objects"):
            chars = _pdfium_chars(self.source.get_textpage(), self)
            self._objects = {"char": chars, "line": _pdfium_rulings(self.source, self), "rect": [], "curve": []}
        return self._objects


_PDFIUM_CHAR = {2: "-"}  # pdfium reports a hyphen that ends a line as 0x02


def _pdfium_chars(textpage: pdfium.PdfTextPage, page: Page) -> list[dict]:
    out = []
    for i in range(textpage.count_chars()):
        text = _PDFIUM_CHAR.get(code := pdfium_c.FPDFText_GetUnicode(textpage, i), chr(code))
        if text in "\r\n" or pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
            continue  # line breaks and spaces pdfium inserts itself: not on the page
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        box = _box(left, right, page.height - top, page.height - bottom, page)
        box.update(object_type="char", text=text, upright=True, size=box["height"], matrix=(1, 0, 0, 1, left, bottom))
        out.append(box)
    return out


def _box(x0: float, x1: float, top: float, bottom: float, page: Page) -> dict:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": page.initial_doctop + top,
        "width": x1 - x0,
        "height": bottom - top,
        "page_number": page.page_number,
    }


def _pdfium_rulings(source: pdfium.PdfPage, page: Page) -> list[dict]:
    """Horizontal and vertical straight segments of the painted paths (a rectangle gives
    four), as pdfplumber line objects; white or unpainted paths are left out."""
    out = []
    for obj in source.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=1):
        if not _painted(obj):
            continue
        m = obj.get_matrix()
        for (x1, y1), (x2, y2) in _segments(obj):
            a = (m.a * x1 + m.c * y1 + m.e, page.height - (m.b * x1 + m.d * y1 + m.f))
            b = (m.a * x2 + m.c * y2 + m.e, page.height - (m.b * x2 + m.d * y2 + m.f))
            ends = _straight(a, b)
            if ends is None:
                continue  # a slanted stroke or a dot makes no table
            a, b = ends
            line = _box(min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1]), page)
            line.update(object_type="line", pts=[a, b], stroke=True, fill=False, linewidth=1.0)
            out.append(line)
    return out


def _straight(a: tuple[float, float], b: tuple[float, float]):
    """A nearly horizontal or vertical segment made exact (pdfplumber tells them apart by
    equal top and bottom); None for a slanted or zero-length one."""
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) < 0.5 and abs(ax - bx) >= 0.5:
        return (min(ax, bx), ay), (max(ax, bx), ay)
    if abs(ax - bx) < 0.5 and abs(ay - by) >= 0.5:
        return (ax, min(ay, by)), (ax, max(ay, by))
    return None


def _painted(obj) -> bool:
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, mode, stroke)
    if not (mode.value or stroke.value):
        return False
    getter = pdfium_c.FPDFPageObj_GetStrokeColor if stroke.value else pdfium_c.FPDFPageObj_GetFillColor
    r, g, b, alpha = (ctypes.c_uint() for _ in range(4))
    if not getter(obj, r, g, b, alpha):
        return True
    return alpha.value > 0 and min(r.value, g.value, b.value) < 250


def _segments(obj) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight segments of a path, in the path's own space (curves are skipped)."""
    out: list = []
    start = last = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point, kind = (x.value, y.value), pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
            out.append((last, point))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        last = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and last != start:
            out.append((last, start))
            last = start
    return out


class LeanPage(DerivedPage):
    """The page with pdfplumber's objects built from pdfminer's layout keeping only the
    attributes that words, text and the table finder use. pdfplumber's own conversion
    resolves every attribute of every character and costs more than pdfminer's parsing;
    this halves the time per page. Invisible rulings (white or unpainted) are dropped:
    they would cut phantom cells."""

    def __init__(self, parent: Page) -> None:
        super().__init__(parent)
        self.bbox = parent.bbox

    @property
    def objects(self) -> dict:
        if not hasattr(self, "_objects"):
            objects: dict[str, list[dict]] = {"char": [], "line": [], "rect": [], "curve": []}
            self._collect(self.parent_page.layout._objs, objects)
            self._objects = objects
        return self._objects

    def _collect(self, items: list, objects: dict) -> None:
        for obj in items:
            if isinstance(obj, LTChar):
                objects["char"].append(self._char(obj))
            elif isinstance(obj, LTCurve):
                if obj.stroke or (obj.fill and not _white(obj.non_stroking_color)):
                    kind = "line" if isinstance(obj, LTLine) else "rect" if isinstance(obj, LTRect) else "curve"
                    objects[kind].append(self._shape(obj, kind))
            elif isinstance(obj, LTContainer):
                self._collect(obj._objs, objects)

    def _box(self, obj) -> dict:
        height, (mb_x0, mb_top) = self.parent_page.height, self.mediabox[:2]
        top = height - obj.y1 + mb_top
        return {
            "x0": obj.x0 + mb_x0,
            "x1": obj.x1 + mb_x0,
            "y0": obj.y0,
            "y1": obj.y1,
            "top": top,
            "bottom": height - obj.y0 + mb_top,
            "doctop": self.initial_doctop + top,
            "width": obj.width,
            "height": obj.height,
            "page_number": self.page_number,
        }

    def _char(self, obj: LTChar) -> dict:
        box = self._box(obj)
        box.update(object_type="char", text=obj.get_text(), upright=obj.upright, size=obj.size)
        box.update(matrix=obj.matrix, fontname=obj.fontname, adv=obj.adv)
        return box

    def _shape(self, obj: LTCurve, kind: str) -> dict:
        box = self._box(obj)
        box.update(object_type=kind, linewidth=obj.linewidth, stroke=obj.stroke, fill=obj.fill)
        box.update(pts=[self.point2coord(pt) for pt in obj.pts], non_stroking_color=obj.non_stroking_color)
        box.update(stroking_color=obj.stroking_color)
        return box


def _white(color) -> bool:
    values = color if isinstance(color, (tuple, list)) else (color,)
    return bool(values) and all(isinstance(v, (int, float)) and v >= 0.99 for v in values)


def upright(page: Page) -> Page:
    """A page whose text is drawn turned a quarter (and no /Rotate says so) is turned
    back, so words read left to right (pdfplumber#848)."""
    chars = page.chars
    if not chars or sum(not c["upright"] for c in chars) <= len(chars) / 2:
        return page
    upward = sum(c["matrix"][1] > 0 for c in chars if not c["upright"]) > len(chars) / 4
    return TurnedPage(page, clockwise=upward)


class TurnedPage(DerivedPage):
    """The page turned by a quarter: every object's box moved accordingly."""

    def __init__(self, parent: Page, clockwise: bool) -> None:
        super().__init__(parent)
        self.clockwise = clockwise
        self.bbox = (0, 0, parent.height, parent.width)

    @property
    def objects(self) -> dict:
        if not hasattr(self, "_objects"):
            self._objects = {
                kind: [self._turn(o) for o in objs]
                for kind, objs in self.parent_page.objects.items()
                if kind != "curve"  # curves (rounded corners, drawings) do not make tables here
            }
        return self._objects

    def _turn(self, obj: dict) -> dict:
        w, h = self.parent_page.width, self.parent_page.height
        x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
        # Text read bottom to top: turn the page clockwise; top to bottom: the other way.
        box = (h - bottom, x0, h - top, x1) if self.clockwise else (top, w - x1, bottom, w - x0)
        turned = dict(obj)
        turned.update(x0=box[0], top=box[1], x1=box[2], bottom=box[3], width=box[2] - box[0])
        turned.update(height=box[3] - box[1], doctop=self.initial_doctop + box[1], upright=True)
        turned.pop("pts", None)
        return turned


_LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def ruled_tables(page: Page) -> list:
    """Tables drawn with rulings, at least two rows and three columns."""
    tables = page.find_tables(_LINES)
    return [t for t in tables if len(t.rows) >= 2 and len(t.rows[0].cells) >= 3]


def fill_merged(table) -> list[list[str]]:
    """Cells as text, a merged cell's covered slots (None from pdfplumber, #79/#927) left
    empty: that is how text exports print merged cells, and the shared reading fills them
    as a reader does: `tablebuild.merge_header` carries a group label over the columns
    it spans ("Realisasi | 2023", "Realisasi | 2024") and the interpreter carries a
    sasaran down over its indicators. Copying a cell into the slots itself would be
    wrong twice: a header label copied right hides the sub-header row under it, and an
    amount spanning two rows is one amount, not two.

    Same text as `table.extract()`, which scans every character of the page for every
    row; here each row takes its characters from a sorted list (a fifth of the time)."""
    x0, top, x1, bottom = table.bbox
    chars = [c for c in table.page.chars if x0 <= _mid_x(c) < x1 and top <= _mid_y(c) < bottom]
    order = sorted(range(len(chars)), key=lambda i: _mid_y(chars[i]))
    middles = [_mid_y(chars[i]) for i in order]
    rows = []
    for row in table.rows:
        lo, hi = bisect_left(middles, row.bbox[1]), bisect_left(middles, row.bbox[3])
        row_chars = sorted(order[lo:hi], key=lambda i: _mid_x(chars[i]))
        lefts = [_mid_x(chars[i]) for i in row_chars]
        rows.append([_text_in(chars, row_chars, lefts, cell) for cell in row.cells])
    return rows


def _text_in(chars: list[dict], row_chars: list[int], lefts: list[float], cell: tuple | None) -> str:
    """The text of one cell from its row's characters (indices sorted by x)."""
    if cell is None:
        return ""
    span = row_chars[bisect_left(lefts, cell[0]) : bisect_left(lefts, cell[2])]
    inside = [chars[i] for i in sorted(span) if cell[1] <= _mid_y(chars[i]) < cell[3]]  # page order
    return _cell_text(extract_text(inside, x_tolerance=1.5)) if inside else ""


def _mid_x(char: dict) -> float:
    return (char["x0"] + char["x1"]) / 2


def _mid_y(char: dict) -> float:
    return (char["top"] + char["bottom"]) / 2


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    return clean_text(_join_wrapped(cell.split("\n")))


def _join_wrapped(parts: list[str]) -> str:
    """A cell's lines, joined; a number broken after its separator ("34.670." + "350.601")
    is joined without a space."""
    out = ""
    for part in (p.strip() for p in parts):
        if out and re.search(r"\d[.,]$", out) and part[:1].isdigit():
            out += part
        else:
            out = f"{out} {part}".strip()
    return out


def _plumber_lines(page: Page) -> list[Line]:
    found = page.extract_words(x_tolerance=1.5, keep_blank_chars=False)
    runs = [(w["x0"], w["x1"], w["top"], w["bottom"], w["text"]) for w in found if w.get("upright", True)]
    return lines_from_runs(runs)


def _inside(line: Line, bbox: tuple[float, float, float, float]) -> bool:
    middle = (line.top + line.bottom) / 2
    return bbox[1] <= middle <= bbox[3] and line.x0 >= bbox[0] - 2 and line.x0 <= bbox[2]


# Borderless tables ----------------------------------------------------------------------

MIN_GUTTER = 3.5  # points of white between two columns (less is a space between words)
CUT_SLACK = 10.0  # how far a carried column boundary may move for a wider cell (2 characters)


def borderless_tables(
    lines: list[Line], carry: list[float] | None = None, height: float | None = None
) -> tuple[list[FoundTable], list[Line]]:
    """Tables whose columns are aligned by whitespace only: runs of lines with several
    separated segments; columns are cut at the white strips between cells (`_free_strips`),
    rows at the wider gaps between lines. The rows opening the page (below its running head,
    given the page `height`) continue the table that ended the page before and keep its
    columns (`carry`, see `_continued_rows`): a column empty on this page must not vanish,
    and a single row continuing it is a row, not prose. Tables stacked with no text between
    them are cut apart (`_split_stacked`). Returns the tables and the lines left as prose."""
    tables, prose = [], []
    i = 0
    while i < len(lines):
        if height and _furniture(lines[i], height):
            prose.append(lines[i])  # the assembler drops it
            i += 1
            continue
        end = _run_end(lines, i)
        rows = _rows(lines[i:end])
        opening = carry and all(height and _furniture(line, height) for line in lines[:i])
        head = _continued_rows(rows, carry) if opening else 0
        if head or _tabular(lines[i:end]):
            if head:
                continued = _flat(rows[:head])
                tables.append(_grid(continued, _fit(carry, continued)))
            tables.extend(_grid(_flat(part)) for part in _split_stacked(rows[head:]))
            i = end
        else:
            prose.append(lines[i])
            i += 1
    return tables, prose


def _run_end(lines: list[Line], start: int) -> int:
    """End (exclusive) of the run of table lines starting at `start`, or `start`."""
    if len(lines[start].segments) < 2:
        return start
    end = start + 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        gap = line.top - above.bottom
        if gap > 4 * above.height:
            break
        if len(line.segments) >= 2:
            end += 1
        elif gap < 0.5 * above.height or _resumes(lines, end):
            end += 1  # a wrapped cell, or a row naming a program with no figures
        else:
            break
    return end


def _resumes(lines: list[Line], index: int) -> bool:
    """Whether the one-cell row starting at `index` (a wrapped name alone in its row, its
    lines close together) is followed by more table rows."""
    end = index
    while end + 1 < len(lines) and len(lines[end + 1].segments) < 2:
        if lines[end + 1].top - lines[end].bottom >= 0.5 * lines[end].height:
            return False
        end += 1
    nxt = end + 1
    return (
        nxt < len(lines)
        and len(lines[nxt].segments) >= 2
        and lines[nxt].top - lines[end].bottom < 4 * lines[end].height
    )


def _crosses(run: list[Line], cuts: list[float]) -> bool:
    return any(x0 < cut < x1 for line in run for x0, x1, _ in line.segments for cut in cuts)


def _crossing(lines: list[Line], cut: float) -> int:
    return sum(any(x0 < cut < x1 for x0, x1, _ in line.segments) for line in lines)


def _tabular(lines: list[Line]) -> bool:
    return sum(len(line.segments) >= 3 for line in lines) >= 2


def _rows(run: list[Line]) -> list[list[Line]]:
    """The run's lines grouped into rows: a wrapped cell's lines are closer together
    than rows are."""
    rows: list[list[Line]] = []
    for k, line in enumerate(run):
        if not k or line.top - run[k - 1].bottom >= 0.5 * run[k - 1].height:
            rows.append([])
        rows[-1].append(line)
    return rows


def _flat(rows: list[list[Line]]) -> list[Line]:
    return [line for row in rows for line in row]


def _gridded(lines: list[Line]) -> list[Line]:
    return [line for line in lines if len(line.segments) >= 2]


def _tolerance(lines: int) -> int:
    """How many lines may run over a column boundary: a header label spanning its
    sub-columns, a cell overflowing its column. None in a table of one or two lines."""
    return max(1, lines // 4) if lines >= 3 else 0


def _continued_rows(rows: list[list[Line]], carry: list[float]) -> int:
    """How many of the rows opening a page continue the table above: all when they fit
    its columns (`_fit`, `_explained`); else the rows before the first that crosses them,
    when most rows from there on cross them too (another table follows the
    continuation); else none."""
    run = _flat(rows)
    if not _gridded(run):
        return 0
    if _fit(carry, run) is not None and _explained(run, carry):
        return len(rows)
    misfits = [bool(_gridded(row)) and _crosses(_gridded(row), carry) for row in rows]
    if not any(misfits):
        return len(rows) if _fit(carry, run) is not None else 0
    first = misfits.index(True)
    later = [misfit for row, misfit in zip(rows[first:], misfits[first:], strict=True) if _gridded(row)]
    another = sum(later) >= 2 and 2 * sum(later) >= len(later)
    return first if first and another and _fit(carry, _flat(rows[:first])) is not None else 0


def _explained(run: list[Line], carry: list[float]) -> bool:
    """Whether the run has no more columns than the table above: a continuation may
    leave a column empty, but does not add one."""
    return len(_free_strips(run)) <= len(carry)


def _fit(carry: list[float], run: list[Line]) -> list[float] | None:
    """The columns carried from the page before, for a table continuing on this page. A
    carried cut crossed by this page's cells moves into the nearest white strip within
    CUT_SLACK (a cell wider than any above it), or stays where few lines cross it (see
    `_tolerance`); otherwise (another table) nothing is carried."""
    lines = _gridded(run)
    strips, cuts = _free_strips(run), []
    for cut in carry:
        crossing = _crossing(lines, cut)
        if crossing:
            near = [(left, right) for left, right in strips if left - CUT_SLACK <= cut <= right + CUT_SLACK]
            if near:
                left, right = min(near, key=lambda strip: abs(cut - min(max(cut, strip[0]), strip[1])))
                cut = min(max(cut, left + MIN_GUTTER / 2), right - MIN_GUTTER / 2)
            elif crossing > _tolerance(len(lines)):
                return None
        cuts.append(cut)
    return cuts if cuts == sorted(set(cuts)) else None


def _split_stacked(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """Two tables printed one under the other with no text between them (a
    performance agreement, then its programs and budget) share no gutters: cut there,
    or their columns merge. A cut is taken only where a part has more columns than the
    whole (a header whose labels overflow narrow columns, as many columns as its body,
    stays with it) and at least two rows of each part cross the other part's gutters
    (one cell overflowing its column does not cut a table); among such cuts, the one
    giving the most columns. Columns here are strict: white in every line."""
    if len(rows) < 4:
        return [rows] if rows else []
    spans = [sorted((x0, x1) for line in _gridded(row) for x0, x1, _ in line.segments) for row in rows]
    above, below = _union_gutters(spans), _union_gutters(spans[::-1])[::-1]
    wide = [sum(len(line.segments) >= 3 for line in row) for row in rows]
    whole, best = len(above[-1]), None
    for k in range(2, len(rows) - 1):
        top_cuts, bottom_cuts = above[k - 1], below[k]
        if max(len(top_cuts), len(bottom_cuts)) <= whole or sum(wide[:k]) < 2 or sum(wide[k:]) < 2:
            continue
        crossed_below = sum(_crosses(row, top_cuts) for row in rows[k:])
        crossed_above = sum(_crosses(row, bottom_cuts) for row in rows[:k])
        if crossed_below >= 2 and crossed_above >= 2:
            columns = len(top_cuts) + len(bottom_cuts)
            if best is None or columns > best[0]:
                best = (columns, k)
    if best is None:
        return [rows]
    return _split_stacked(rows[: best[1]]) + _split_stacked(rows[best[1] :])


def _union_gutters(spans: list[list[tuple[float, float]]]) -> list[list[float]]:
    """For each k, the strict gutters of the first k+1 rows' spans, built incrementally:
    the union of spans has as many intervals as columns, so each row costs little."""
    union: list[tuple[float, float]] = []
    out = []
    for row in spans:
        merged: list[list[float]] = []
        for x0, x1 in sorted(union + row):
            if merged and x0 - merged[-1][1] < MIN_GUTTER:
                merged[-1][1] = max(merged[-1][1], x1)
            else:
                merged.append([x0, x1])
        union = [(a, b) for a, b in merged]
        out.append([(union[j][1] + union[j + 1][0]) / 2 for j in range(len(union) - 1)])
    return out


def _grid(run: list[Line], cuts: list[float] | None = None) -> FoundTable:
    own = cuts is None
    cuts = cuts or _gutters(run)
    found = _cells(run, cuts)
    if own:
        kept = [cut for k, cut in enumerate(cuts) if not _header_apart(found, k)]
        if kept != cuts:
            cuts, found = kept, _cells(run, kept)
    return FoundTable(found, run[0].top, run[-1].bottom, cuts)


def _cells(run: list[Line], cuts: list[float]) -> list[list[str]]:
    rows = []
    for row in _rows(run):
        cells: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
        for line in row:
            for x0, _, text in line.segments:
                # a cell running over a boundary belongs where it starts, as a merged
                # cell's text does in a text export
                cells[sum(x0 > cut for cut in cuts)].append(text)
        rows.append(cells)
    return [[_cell_text("\n".join(parts)) for parts in row] for row in rows]


def _header_apart(rows: list[list[str]], k: int) -> bool:
    """Whether boundary `k` only separates a header label from the figures under it: a
    label centred over short left-aligned figures (or the reverse) leaves white between
    them, so one side holds text in the first row only and the other only below it."""
    if len(rows) < 2:
        return False
    first, body = rows[0], rows[1:]
    for label, figures in ((k, k + 1), (k + 1, k)):
        if first[label] and not first[figures] and not any(r[label] for r in body) and any(r[figures] for r in body):
            return True
    return False


def _gutters(run: list[Line]) -> list[float]:
    """x positions between columns: the middles of the white strips between cells."""
    return [(left + right) / 2 for left, right in _free_strips(run)]


def _free_strips(run: list[Line]) -> list[tuple[float, float]]:
    """The strips between the cells of lines holding two or more (a line alone in its
    row, such as a group label written across the table, must not close them) that no
    line covers, or that a few lines (`_tolerance`) run over from one side to the other:
    a header label spanning its sub-columns, a cell overflowing its column. A strip runs
    from where a cell ends to where another starts (white bounded by the edge of the text
    over it is part of a column), and one run over by some lines needs more lines than
    those with cells on each side of it (`_sided`)."""
    lines = _gridded(run)
    segments = sorted((x0, x1, k) for k, line in enumerate(lines) for x0, x1, _ in line.segments if x1 > x0)
    starts, ends = {x0 for x0, _, _ in segments}, {x1 for _, x1, _ in segments}
    points = sorted(starts | ends)
    limit, found, active, nxt = _tolerance(len(lines)), [], [], 0
    for left, right in zip(points, points[1:], strict=False):
        while nxt < len(segments) and segments[nxt][0] <= left:
            active.append(segments[nxt])
            nxt += 1
        active = [segment for segment in active if segment[1] > left]
        if right - left >= MIN_GUTTER and len(active) <= limit and left in ends and right in starts:
            found.append((left, right, {k for _, _, k in active}))
    return [(left, right) for n, (left, right, over) in enumerate(found) if not over or _sided(found, n, segments)]


def _sided(found: list, n: int, segments: list[tuple[float, float, int]]) -> bool:
    """Whether more lines than run over strip `n` have a cell ending just left of it and
    a cell starting just right of it (up to the next strips): a column boundary, not the
    white between short figures and a header centred above them."""
    left, right, over = found[n]
    low = found[n - 1][1] if n else float("-inf")
    high = found[n + 1][0] if n + 1 < len(found) else float("inf")
    ending = {k for _, x1, k in segments if low <= x1 <= left and k not in over}
    starting = {k for x0, _, k in segments if right <= x0 <= high and k not in over}
    return len(ending) > len(over) and len(starting) > len(over)


# Blocks ------------------------------------------------------------------------------------


@dataclass
class _PendingTable:
    rows: list[Row]
    width: int
    page: int
    caption: str | None
    title: str | None


class _Assembler:
    """Turns pages of lines and tables into blocks: paragraphs and headings, captions
    attached to the table that follows (even on the next page), tables stitched across
    page breaks, a paragraph broken by a page break joined again."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.caption: list | None = None  # [caption, title, blocks seen since]
        self.table: _PendingTable | None = None
        self.fresh_page = True  # nothing read yet on the current page
        self.text_before: Block | None = None  # the text block just above what comes next

    def run(self, pages: list[PageItems]) -> list[Block]:
        for page in pages:
            self.fresh_page = True
            items = [(line.top, 0, line) for line in page.lines if not _furniture(line, page.height)]
            items += [(t.top, 1, t) for t in page.tables]
            group: list[Line] = []
            for _top, _kind, item in sorted(items, key=lambda x: (x[0], x[1])):
                if isinstance(item, FoundTable):
                    self._text(group, page.number)
                    group = []
                    self._table(item, page.number)
                elif group and not _same_block(group[-1], item):
                    self._text(group, page.number)
                    group = [item]
                else:
                    group.append(item)
            self._text(group, page.number)
        self._flush_table()
        return self.blocks

    def _text(self, lines: list[Line], page: int) -> None:
        text = clean_text(" ".join(line.text for line in lines))
        if not text or CONTINUATION.match(text):
            return  # "lanjutan" over a continued table does not end it
        fresh, self.fresh_page = self.fresh_page, False
        self._flush_table()
        caption = normalise_caption(text)
        if caption:
            self.caption = [caption[0], caption[1], 0]
            return
        if self.caption is not None and self._title_line(text):
            return
        if fresh and self._continues_paragraph(text):
            return
        block: Block = Heading(text) if _BAB.match(text) else Paragraph(text)
        block.page = page
        self.blocks.append(block)
        self.text_before = block

    def _title_line(self, text: str) -> bool:
        """Up to three short blocks after a caption complete its title (as in the text reader)."""
        self.caption[2] += 1
        if self.caption[2] > 3 or len(text) > _TITLE_MAX:
            self.caption = None
            return False
        self.caption[1] = f"{self.caption[1]} {text}".strip()
        return True

    def _continues_paragraph(self, text: str) -> bool:
        last = self.blocks[-1] if self.blocks else None
        if not isinstance(last, Paragraph) or last is not self.text_before or _SENTENCE_END.search(last.text):
            return False
        if _BAB.match(text):
            return False
        last.text = f"{last.text} {text}"
        return True

    def _table(self, found: FoundTable, page: int) -> None:
        fresh, self.fresh_page = self.fresh_page, False
        rows = [Row(cells=cells, page=page, raw="\t".join(cells)) for cells in found.rows if any(cells)]
        if not rows:
            return
        if fresh and self._continues_table(rows, page):
            self.table.rows += rows
            self.table.page = page
            return
        self._flush_table()
        caption, title = self._take_caption()
        self.table = _PendingTable(rows, max(len(r.cells) for r in rows), page, caption, title)
        self.text_before = None

    def _continues_table(self, rows: list[Row], page: int) -> bool:
        """A table at the top of a page continues the one at the foot of the page before
        when it has as many columns or starts with the same header row."""
        pending = self.table
        if pending is None or pending.page != page - 1:
            return False
        return len(rows[0].cells) == pending.width or same_header(rows[0].cells, pending.rows[0].cells)

    def _take_caption(self) -> tuple[str | None, str | None]:
        if self.caption is not None:
            caption, title, _ = self.caption
            self.caption = None
            return caption, title or None
        before = self.text_before
        if before is not None and len(before.text) <= _UNCAPTIONED_TITLE_MAX:
            return None, before.text  # a short line just above an uncaptioned table names it
        return None, None

    def _flush_table(self) -> None:
        if self.table is None:
            return
        pending, self.table = self.table, None
        table = build_table(pending.rows, caption=pending.caption, title=pending.title)
        if table is not None:
            self.blocks.append(table)
        self.text_before = None


def _same_block(above: Line, line: Line) -> bool:
    """Lines of one paragraph sit closer than the blank space between paragraphs."""
    return line.top - above.bottom < 0.6 * above.height


def _furniture(line: Line, height: float) -> bool:
    """Page numbers and running heads in the top and bottom margins ("LKjIP Kecamatan X
    Tahun 2024", "Halaman 12"): a line of at most two runs there, where Word puts its
    header and footer (body text starts lower, below a margin of 2 cm or more)."""
    near_edge = line.bottom < height * 0.07 or line.top > height * 0.93
    return near_edge and (bool(_FURNITURE.match(line.text.strip())) or len(line.segments) <= 2)

"""Pass 1, pypdfium2 over every page: text runs and their lines, pages without a text layer or
with a broken one, and the candidate pages for the table finder."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest.cleaning import clean_text
from ingest.read.pdf.layout import Line, lines_from_runs
from ingest.vocabulary import mentions, words

NO_TEXT_LAYER = (
    "tidak ada lapisan teks - perlu OCR: jalankan `ocrmypdf -l ind --force-ocr berkas.pdf keluaran.pdf` "
    "lalu muat hasilnya, atau ekspor ulang PDF-nya langsung dari Word"
)


_MIN_PAGE_CHARS = 20  # fewer visible characters than this: an image-only (scanned) page


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
    by_words: bool = False  # `lines` are made of `pdfium_words` (pass 2 needs no second reading)

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


def skipped_pages_warning(broken: list[PageScan]) -> str:
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
    ruled = next(page_objects(page, (pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=2), None) is not None
    # Runs are in unrotated page space; turned pages are read whole later.
    lines = [] if rotation or sideways else _pdfium_lines(textpage, height)
    scan = PageScan(number, width, height, rotation, lines, visible, sideways, ruled)
    scan.untrusted, scan.example = _untrusted_chars(textpage, chars)
    if lines and not scan.tabular and scan.mentions_figures:
        # One text run may hold a whole row of columns set apart by spaces: look closer.
        scan.lines = lines_from_runs(pdfium_words(textpage, scan))
        scan.by_words = True
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
    return next(page_objects(page, (pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2), None) is not None


def page_objects(page: pdfium.PdfPage, kinds: tuple[int, ...], max_depth: int = 1) -> Iterator[ctypes.c_void_p]:
    """pdfium's handles of the page's objects of these kinds (FPDF_PAGEOBJ_*), in content
    order, looking into form XObjects down to `max_depth` levels, as pypdfium2's
    `get_objects(filter, max_depth)` gives them. That wraps every object in a Python
    object before filtering, and Chromium draws text a glyph at a time: most of the cost
    of finding the paths on a page of text."""
    return _objects(page.raw, kinds, max_depth, form=False)


def _objects(parent, kinds: tuple[int, ...], levels: int, form: bool) -> Iterator[ctypes.c_void_p]:
    count = pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    n = count(parent)
    if n < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for i in range(n):
        obj = get(parent, i)
        if not obj:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind in kinds:
            yield obj
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and levels > 1:
            yield from _objects(obj, kinds, levels - 1, form=True)


def _mostly_sideways(textpage: pdfium.PdfTextPage, chars: int) -> bool:
    """Text drawn turned by a quarter (a landscape table printed on a portrait page)."""
    step = max(chars // 40, 1)
    angles = [pdfium_c.FPDFText_GetCharAngle(textpage, i) for i in range(0, chars, step)]
    turned = sum(abs(math.sin(a)) > 0.9 for a in angles if a >= 0)
    return bool(angles) and turned > len(angles) / 2


def _pdfium_lines(textpage: pdfium.PdfTextPage, height: float) -> list[Line]:
    runs: list[tuple[float, float, float, float, str]] = []
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    for (left, bottom, right, top), raw in zip(rects, _rect_texts(textpage, rects), strict=True):
        text = _clean(raw)
        if not text:
            continue
        run = (left, right, height - top, height - bottom, text + (" " if raw[-1:].isspace() else ""))
        if runs and _same_word(runs[-1], run):
            runs[-1] = _glyph_of(runs[-1], run)
        else:
            runs.append(run)
    return lines_from_runs(runs)


# The same runs come back on every page (a glyph each, from Chromium): cleaned once.
_clean = lru_cache(maxsize=1 << 16)(clean_text)


def _rect_texts(textpage: pdfium.PdfTextPage, rects: list[tuple[float, float, float, float]]) -> list[str]:
    """Each text rectangle's text. Where rectangles hold runs of text (LibreOffice,
    WeasyPrint), pdfium's text bounded by each; where they hold a glyph each (Chromium: as
    many rectangles as characters, 187k calls on 002's 107 pages), one pass over the
    characters in order, each given to the rectangle it overlaps most of the two it may
    belong to (an italic "j" leans over the "r" before it): 3.6x faster on 002 through
    Chromium (13.8 -> 3.8 s for 108 pages' lines)."""
    chars = textpage.count_chars()
    if len(rects) < _GLYPH_RECTS * chars:
        return [textpage.get_text_bounded(*bounds) for bounds in _apart(rects)]
    out: list[list[str]] = [[] for _ in rects]
    k = 0
    for i in range(chars):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if chr(code).isspace():
            if k < len(rects):
                out[k].append(" ")  # a space ends the rectangle before it, as its bounded text does
            continue
        k = _owner(textpage.get_charbox(i), rects, k)
        if k < len(rects):
            out[k].append(PDFIUM_CHAR.get(code, chr(code)))
    return ["".join(text) for text in out]


def _owner(box: tuple[float, float, float, float], rects: list, k: int) -> int:
    """The rectangle a character belongs to: of rectangle k and the next, the one it overlaps
    most; else the first after them it overlaps (len(rects) when none)."""

    def overlap(j: int) -> float:
        left, bottom, right, top = rects[j]
        if min(box[3], top) <= max(box[1], bottom) and not bottom - 0.5 <= (box[1] + box[3]) / 2 <= top + 0.5:
            return -1.0
        return min(box[2], right + 0.5) - max(box[0], left - 0.5)

    near = range(k, min(k + 2, len(rects)))
    best = max(near, key=overlap, default=len(rects))
    if best < len(rects) and overlap(best) > 0:
        return best
    return next((j for j in range(k + 2, len(rects)) if overlap(j) > 0), len(rects))


def _same_word(last: tuple, run: tuple) -> bool:
    """A glyph drawn on its own (Chromium, fpdf2 letter by letter) goes on the word before:
    no space char between them, on the same line, closer than a word space. Measured by the
    taller of the two: a glyph's box is its ink, and an "n" is a third shorter than the
    type (DejaVu Sans through Chromium set "Perundang" 1.3 pt apart: "Peru nda ng")."""
    size = max(run[3] - run[2], last[3] - last[2], 1.0)
    return not last[4].endswith(" ") and abs(run[2] - last[2]) < 0.5 * size and -size < run[0] - last[1] < 0.3 * size


def _glyph_of(last: tuple, run: tuple) -> tuple:
    return (last[0], max(last[1], run[1]), min(last[2], run[2]), max(last[3], run[3]), last[4] + run[4])


def _apart(rects: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Text rectangles trimmed where a neighbour on the same line overlaps them. A producer
    placing each glyph on its own (Chromium) gives a rectangle per glyph, and a kerned pair
    ("AT") overlaps: the text bounded by one rectangle would hold its neighbour too
    ("TATAHUNAN" for "TAHUNAN")."""
    out = []
    for i, (left, bottom, right, top) in enumerate(rects):
        before = rects[i - 1] if i else None
        after = rects[i + 1] if i + 1 < len(rects) else None
        if before and before[0] < left < before[2] and abs(before[1] - bottom) < 2:
            left = before[2] + 0.05
        if after and left < after[0] < right and abs(after[1] - bottom) < 2:
            right = after[0] - 0.05
        out.append((left, bottom, max(right, left), top))
    return out


def _figure_words() -> list[str]:
    return [w for section in _FIGURE_SECTIONS for w in words("columns", section)]


def choose_table_pages(scans: list[PageScan]) -> set[int]:
    """Pages the table finder runs on (1-based): tabular pages naming a figure column,
    the page after each when it has a line of columns (a table continuing, with or without
    its header) and turned pages."""
    chosen: set[int] = set()
    for scan in scans:
        previous = scan.number - 1 in chosen
        # After a table page one line of columns is enough: a header repeated over the rest
        # of a row the page break cut, the table's last line on the page.
        opening = previous and any(len(line.segments) >= 3 for line in scan.lines)
        if scan.rotation or scan.sideways or (scan.tabular and scan.mentions_figures) or opening:
            chosen.add(scan.number)
    return chosen


def pdfium_words(textpage: pdfium.PdfTextPage, scan: PageScan) -> list[tuple[float, float, float, float, str, float]]:
    """Words (x0, x1, top, bottom, text, baseline) from single characters, in the page's
    displayed orientation: a text run's rectangle may hold a whole row of columns set apart
    by spaces, so words are split at spaces, at gaps and where the baseline changes."""
    words: list[list] = []
    for char, box, (x, y) in pdfium_chars(textpage, scan.rotation):
        if char.isspace() or not char.isprintable():
            words.append([])
            continue
        x0, x1, top, bottom = _displayed(box, scan)
        base = _displayed((x, y, x, y), scan)[2]
        word = words[-1] if words else None
        if not word or x0 - word[-1][1] > 1.5 or abs(base - word[-1][5]) > 2:
            word = []
            words.append(word)
        word.append((x0, x1, top, bottom, char, base))
    return [
        (w[0][0], max(c[1] for c in w), min(c[2] for c in w), max(c[3] for c in w), _join(w), w[0][5])
        for w in words
        if w
    ]


def pdfium_chars(textpage: pdfium.PdfTextPage, rotation: int = 0) -> Iterator[tuple[str, tuple, tuple]]:
    """(character, loose box, origin) of every character, in pdfium's page space. Where a
    font names no ascent and descent (LibreOffice's embedded subsets), pdfium's "loose" box
    is the glyph's own: a comma's starts 4.5 pt below its digits', and a word or a line is
    cut at it. So every character on one baseline in one size gets the extent across the
    line of all of them, as a font's ascent and descent would give (on a page turned by
    /Rotate the text runs up or down the page: its baseline is an x)."""
    axis = 0 if rotation in (90, 270) else 1
    low, high = axis, axis + 2
    x, y, rect = ctypes.c_double(), ctypes.c_double(), pdfium_c.FS_RECTF()
    found = []
    extent: dict[tuple[float, float], list[float]] = {}
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
        box, origin = [rect.left, rect.bottom, rect.right, rect.top], (x.value, y.value)
        key = (round(origin[axis], 1), round(pdfium_c.FPDFText_GetFontSize(textpage, i), 1))
        found.append((code, box, origin, key))
        if not chr(code).isspace():
            span = extent.get(key)
            if span is None:
                extent[key] = [box[low], box[high]]
            else:
                span[0], span[1] = min(span[0], box[low]), max(span[1], box[high])
    for code, box, origin, key in found:
        if key in extent:
            box[low], box[high] = extent[key]
        yield PDFIUM_CHAR.get(code, chr(code)), tuple(box), origin


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


PDFIUM_CHAR = {2: "-"}  # pdfium reports a hyphen that ends a line as 0x02
_GLYPH_RECTS = 0.5  # rectangles per character from which a producer sets glyphs one by one

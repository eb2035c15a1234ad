"""The PDF rendering matrix (issue 14): each sample text export printed as a PDF by
independent producers, in the table styles and page orientations kecamatan use.

Producers:
- `libreoffice`: a .docx written by `tests/docx_fixtures.docx_bytes` (real Word tables,
  merged header cells, repeated header rows) with a letterhead (kop) in the page header -
  `PEMERINTAH KABUPATEN ...`, `KECAMATAN ...`, an address line over a double rule - a
  footer `Halaman N` (PAGE field) and landscape sections for wide tables, converted by
  `soffice --headless --convert-to pdf`;
- `chromium`: HTML/CSS printed by Chromium (Playwright `page.pdf()`): `thead` repeated on
  each page, an italic running head and `Halaman N` from the header/footer templates,
  wide tables on named landscape pages;
- `weasyprint`: the same HTML printed by WeasyPrint (running head and page numbers in
  `@page` margin boxes);
- `fpdf2`: the existing fixtures (`tests/test_pdf_fixtures.build_pdf`, RULED and BORDERLESS).

Styles: `grid` (every cell ruled; the indicator-name column is narrow, so long words break
inside it, as in many real reports), `header-rule` (a rule under the header only, padded
cells, names wrapping over two or three lines), `no-rules`, `zebra` (shaded alternate rows,
no rules). Orientations: `portrait` (wide tables - more than 8 columns, or too wide - on
landscape pages) and `landscape` (every page). A table too wide for an A4 landscape page at
7 pt is fitted as authors fit one: narrow cell margins and 6 pt type, then a folio (F4) or
A3 landscape page in type down to 5 pt (002's 21-column Renstra matrix lands on A3 at 6 pt).

The renderings preserve meaning: the wording, figures and table order are the sample's
(as the text reader reads them); only the print changes. Kecamatan and kabupaten for the
letterhead and running head come from the sample's own text. Deterministic: dates and
document ids in the PDF are fixed, so the same sample gives the same bytes.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import signal
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as WordTable
from PIL import ImageFont

from ingest.model import Document, Heading, Paragraph, Table
from ingest.read.text import read_text_file
from tests.docx_fixtures import _TITLE_LINE_MAX, DocxHooks, docx_bytes, header_spans, header_stacks, sasaran_runs

PRODUCERS = ("libreoffice", "chromium", "weasyprint", "fpdf2")
STYLES = ("grid", "header-rule", "no-rules", "zebra")
ORIENTATIONS = ("portrait", "landscape")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
SOFFICE = "soffice"
SOFFICE_TIMEOUT = float(os.environ.get("RENDER_SOFFICE_TIMEOUT", "300"))  # 002 takes ~40 s on 2 cores

# Page geometry in points: A4, Indonesian report margins (wider on the binding side).
A4_W, A4_H = 595.28, 841.89
LEFT, RIGHT, BOTTOM = 85.04, 56.69, 56.69  # 3 cm, 2 cm, 2 cm
TOP = 70.87  # 2,5 cm (HTML: the running head sits in it)
WORD_TOP, WORD_HEADER = 119.06, 28.35  # 4,2 cm: the kop (from 1 cm down) ends below 7% of the page
# The type a rendering is set in: (table face, (font folders, regular file, bold file),
# table size, prose face, prose size). The matrix uses "liberation"; RENDER_TYPE picks
# another (`bench/pdf_matrix.py --type`): a report set larger, or in other faces, breaks
# words, wraps cells and spaces justified prose elsewhere.
TYPES = {
    "liberation": ("Liberation Sans", (("liberation2", "liberation"), "LiberationSans-Regular.ttf",
                   "LiberationSans-Bold.ttf"), 9.0, "Liberation Serif", 11.0),
    "dejavu-10": ("DejaVu Sans", (("dejavu",), "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), 10.0, "DejaVu Serif", 12.0),
    "serif-11": ("Liberation Serif", (("liberation2", "liberation"), "LiberationSerif-Regular.ttf",
                 "LiberationSerif-Bold.ttf"), 11.0, "Liberation Serif", 12.0),
    # Word's default face since 2007 is Calibri: Carlito has its metrics (Debian's fonts-crosextra-carlito)
    "carlito-11": ("Carlito", (("crosextra",), "Carlito-Regular.ttf", "Carlito-Bold.ttf"), 11.0, "Caladea", 12.0),
}  # fmt: skip
TYPE = os.environ.get("RENDER_TYPE", "liberation")
TABLE_FACE, TABLE_FILES, TABLE_FONT, PROSE_FACE, PROSE_FONT = TYPES[TYPE]
PAD = 5.4  # Word's default cell margin (0,19 cm), also the HTML cell padding
PAD_WIDE = 7.0  # header-rule: padded cells
PAD_TIGHT = 2.8  # Word's cell margins narrowed to 0,1 cm to fit a wide table
PAPERS = {"A4": (A4_W, A4_H), "F4": (609.45, 935.43), "A3": (A4_H, 1190.55)}  # (short, long) sides
# How a table too wide for its page is fitted, in the order an author tries: (paper, pad, sizes)
FITS = (
    ("A4", None, (7.0,)),
    ("A4", PAD_TIGHT, (7.0, 6.0)),
    ("F4", PAD_TIGHT, (7.0, 6.0)),
    ("A3", PAD_TIGHT, (7.0, 6.0, 5.0)),
)
NAME_CAP = 170.0  # a name column never wider than this: long names wrap over 2-3 lines
NARROW = 38.0  # grid style: the indicator-name column's text width; longer words break in it
WIDE_COLUMNS = 8  # more columns than this: a landscape page in the portrait variant
FIXED_DATE = b"D:20250228080000"
FONT_DIR = Path("/usr/share/fonts/truetype")


class RenderError(RuntimeError):
    """A producer failed or ran past its time: the message says which and why."""


@dataclass(frozen=True)
class Rendering:
    """One column of the matrix: a producer printing in a style and an orientation."""

    producer: str
    style: str
    orientation: str

    @property
    def name(self) -> str:
        return f"{self.producer}/{self.style}/{self.orientation}"

    @property
    def slug(self) -> str:
        return self.name.replace("/", "-")


def matrix() -> list[Rendering]:
    """Every rendering: the three producers in every style and orientation, and fpdf2's two
    existing styles (its fixtures know one page setup: portrait with landscape tables)."""
    cells = [Rendering(p, s, o) for p in PRODUCERS[:3] for s in STYLES for o in ORIENTATIONS]
    return [*cells, Rendering("fpdf2", "grid", "portrait"), Rendering("fpdf2", "no-rules", "portrait")]


def render(sample: Path, rendering: Rendering, out: Path) -> Path:
    """Print `sample` (a text export) as `rendering` says into `out`; returns `out`."""
    if rendering.producer == "fpdf2":
        from tests.test_pdf_fixtures import BORDERLESS, RULED, build_pdf

        build_pdf(sample, out, RULED if rendering.style == "grid" else BORDERLESS)
    else:
        doc = read_text_file(sample)
        kop = Kop.of(sample.read_text(encoding="utf-8"))
        if rendering.producer == "libreoffice":
            out.write_bytes(_soffice(word_bytes(doc, kop, rendering), out.stem))
        elif rendering.producer == "chromium":
            out.write_bytes(_chromium(page_html(doc, kop, rendering, running_head=False), kop))
        elif rendering.producer == "weasyprint":
            out.write_bytes(_weasyprint(page_html(doc, kop, rendering, running_head=True)))
        else:
            raise ValueError(f"unknown producer {rendering.producer!r}")
    out.write_bytes(fixed_pdf(out.read_bytes(), f"{sample.name}/{rendering.name}"))
    return out


# --------------------------------------------------------------------------------------------
# What the letterhead says: the sample's own kecamatan and kabupaten/kota
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kop:
    kecamatan: str  # "Sumobito"
    daerah: str  # "Kabupaten Jombang" / "Kota Blitar"

    @classmethod
    def of(cls, text: str) -> Kop:
        """The names the text uses most (capitalised after Kecamatan / Kabupaten / Kota)."""
        kec = Counter(m.group(1).title() for m in re.finditer(r"\b(?:Kecamatan|KECAMATAN)\s+([A-Z][A-Za-z]+)\b", text))
        kab = Counter(
            f"{m.group(1).title()} {m.group(2).title()}"
            for m in re.finditer(r"\b(Kabupaten|KABUPATEN|Kota|KOTA)\s+([A-Z][A-Za-z]+)\b", text)
        )
        if not kec or not kab:
            raise RenderError("no kecamatan or kabupaten/kota named in the text: no letterhead to print")
        return cls(kec.most_common(1)[0][0], kab.most_common(1)[0][0])

    @property
    def lines(self) -> tuple[str, str, str]:
        town = self.daerah.split(" ", 1)[1]
        return (
            f"PEMERINTAH {self.daerah.upper()}",
            f"KECAMATAN {self.kecamatan.upper()}",
            f"Jalan Raya {self.kecamatan}, {town}",
        )

    @property
    def running_head(self) -> str:
        return f"Laporan Kinerja Instansi Pemerintah Kecamatan {self.kecamatan} {self.daerah}"


# --------------------------------------------------------------------------------------------
# Table plan shared by the Word and HTML producers: cells, merges, widths, page
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    folders, regular, heavy = TABLE_FILES
    name = heavy if bold else regular
    for folder in folders:
        if (FONT_DIR / folder / name).exists():
            return ImageFont.truetype(str(FONT_DIR / folder / name), 100)
    raise RenderError(f"font {name} not found (Debian: fonts-liberation, fonts-dejavu-core)")


@lru_cache(maxsize=65536)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` in the table face at `size` points."""
    return _font(bold).getlength(text) * size / 100


@dataclass
class TablePlan:
    rows: list[list[str]]  # header rows then body rows, padded to the table's width
    head: int
    merges: list[tuple[tuple[int, int], tuple[int, int]]]  # (top-left, bottom-right), as Word merges them
    widths: list[float]  # column widths in points, padding included
    font: float
    pad: float
    landscape: bool
    narrow: list[int]  # columns kept narrow (words break in them)
    paper: str = "A4"  # of the landscape page (PAPERS)


def table_rows(table: Table) -> tuple[list[list[str]], int]:
    width = max(len(r.cells) for r in table.header_rows + table.rows)
    return [r.cells + [""] * (width - len(r.cells)) for r in table.header_rows + table.rows], len(table.header_rows)


def merges(table: Table, rows: list[list[str]], head: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged cells docx_fixtures writes, in its order (a cell in two merges keeps the first)."""
    out, claimed = [], set()
    spans = [((r, c0), (r, c1)) for r, c0, c1 in header_spans(rows, head)]
    stacks = [((r0, c), (r1, c)) for c, r0, r1 in header_stacks(rows, head) + sasaran_runs(table, rows, head)]
    for a, b in spans + stacks:
        cells = {(r, c) for r in range(a[0], b[0] + 1) for c in range(a[1], b[1] + 1)}
        if not cells & claimed:
            claimed |= cells
            out.append((a, b))
    return out


def plan(table: Table, rendering: Rendering) -> TablePlan:
    rows, head = table_rows(table)
    pad = PAD_WIDE if rendering.style == "header-rule" else PAD
    labels = [" ".join(rows[r][c] for r in range(head)).lower() for c in range(len(rows[0]))]
    # The narrow column of the grid style: the indicator names (the "Indeks Kepuasa n")
    narrow = [c for c, label in enumerate(labels) if "indikator" in label] if rendering.style == "grid" else []
    merged = merges(table, rows, head)
    spanning = {a for a, b in merged if b[1] > a[1]}
    if rendering.orientation == "portrait" and len(rows[0]) <= WIDE_COLUMNS:
        widths, font = _widths(rows, head, pad, narrow, A4_W - LEFT - RIGHT, spanning)
        if font is not None:
            return TablePlan(rows, head, merged, widths, font, pad, False, narrow)
    widths, font = _widths(rows, head, pad, narrow, A4_H - LEFT - RIGHT, spanning, (TABLE_FONT, 8.0))
    if font is not None:
        return TablePlan(rows, head, merged, widths, font, pad, True, narrow)
    for paper, tight, sizes in FITS:
        widths, font = _widths(rows, head, tight or pad, narrow, PAPERS[paper][1] - LEFT - RIGHT, spanning, sizes)
        if font is not None:
            return TablePlan(rows, head, merged, widths, font, tight or pad, True, narrow, paper)
    return TablePlan(rows, head, merged, widths, sizes[-1], tight or pad, True, narrow, paper)


def _widths(
    rows: list[list[str]],
    head: int,
    pad: float,
    narrow: list[int],
    avail: float,
    spanning: set[tuple[int, int]],
    sizes: tuple[float, ...] = (TABLE_FONT, 8.0, 7.0),
) -> tuple[list[float], float | None]:
    """Column widths from the content, never narrower than a column's longest word (so no
    figure breaks) except in the narrow columns, whose width is their header's longest word
    or NARROW; the first of `sizes` that fits `avail` (None: none does)."""
    least: list[float] = []
    for size in sizes:
        least, want = [], []
        for c in range(len(rows[0])):
            # a header label spanning several columns is laid out over all of them
            cells = [(r, row[c]) for r, row in enumerate(rows) if (r, c) not in spanning]
            words = [(w, r < head) for r, text in cells for w in text.split()]
            longest = max((text_width(w, size, bold) for w, bold in words), default=0.0)
            full = max((text_width(text, size, r < head) for r, text in cells), default=0.0)
            if c in narrow:
                header = max((text_width(w, size, True) for w, bold in words if bold), default=0.0)
                longest = full = min(longest, max(header, NARROW))
            least.append(longest + 2 * pad + 2)
            want.append(max(min(full, NAME_CAP), longest) + 2 * pad + 2)
        if sum(least) <= avail:
            extra = [w - lo for w, lo in zip(want, least, strict=True)]
            share = min(1.0, (avail - sum(least)) / (sum(extra) or 1.0))
            return [lo + e * share for lo, e in zip(least, extra, strict=True)], size
    return least, None


# --------------------------------------------------------------------------------------------
# LibreOffice: a Word document printed to PDF
# --------------------------------------------------------------------------------------------


class _WordLayout(DocxHooks):
    """Sections, kop, footer, table styles and widths on top of docx_fixtures' document."""

    def __init__(self, kop: Kop, rendering: Rendering) -> None:
        self.kop, self.rendering = kop, rendering
        self.base = "A4" if rendering.orientation == "landscape" else None
        self.sections: list[str | None] = [self.base]  # per section: its landscape paper, None for portrait A4
        self.plans: dict[int, TablePlan] = {}
        self.styles: dict[tuple[float, bool], str] = {}

    def before_table(self, word: docx.document.Document, table: Table) -> None:
        table_plan = plan(table, self.rendering)
        self.plans[id(table)] = table_plan
        page = table_plan.paper if table_plan.landscape else self.base
        if page != self.sections[-1]:
            word.add_section(WD_SECTION.NEW_PAGE)  # the caption goes with its table
            self.sections.append(page)

    def after_table(self, word: docx.document.Document, table: Table) -> None:
        if self.sections[-1] != self.base:
            word.add_section(WD_SECTION.NEW_PAGE)
            self.sections.append(self.base)

    def table(self, word: docx.document.Document, grid: WordTable, table: Table, rows: list[list[str]]) -> None:
        p = self.plans[id(table)]
        style = self.rendering.style
        if style != "grid":
            grid.style = None  # the document's default table style draws no rule
        tbl = grid._tbl
        tbl_pr = tbl.tblPr
        grid.autofit = False
        layout_width = OxmlElement("w:tblW")
        layout_width.set(qn("w:w"), str(round(sum(p.widths) * 20)))
        layout_width.set(qn("w:type"), "dxa")
        for old in tbl_pr.findall(qn("w:tblW")):
            tbl_pr.remove(old)
        tbl_pr.append(layout_width)
        margins = OxmlElement("w:tblCellMar")
        for side, value in (("top", 2.0), ("left", p.pad), ("bottom", 2.0), ("right", p.pad)):
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:w"), str(round(value * 20)))
            edge.set(qn("w:type"), "dxa")
            margins.append(edge)
        tbl_pr.append(margins)
        for col, width in zip(tbl.tblGrid.gridCol_lst, p.widths, strict=True):
            col.w = Pt(width)
        for r, tr in enumerate(tbl.tr_lst):
            header = r < p.head
            if header and r:
                tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # every header row repeats
            at = 0
            for tc in tr.tc_lst:
                tc.width = Pt(sum(p.widths[at : at + tc.grid_span]))
                at += tc.grid_span
                if style == "header-rule" and r == p.head - 1:
                    _cell_border(tc, "bottom")
                if style == "zebra" and (header or (r - p.head) % 2 == 1):
                    _shade(tc, "C9D7EA" if header else "E8EEF7")
                for para in tc.iter(qn("w:p")):
                    para.get_or_add_pPr().get_or_add_pStyle().val = self._style(word, p.font, header)

    def _style(self, word: docx.document.Document, size: float, header: bool) -> str:
        key = (size, header)
        if key not in self.styles:
            name = f"{'Kepala' if header else 'Isi'} Tabel {size:g}"
            style = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.font.name, style.font.size, style.font.bold = TABLE_FACE, Pt(size), header
            style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(0)
            style.paragraph_format.line_spacing = 1.0
            self.styles[key] = style.style_id
        return self.styles[key]

    def finish(self, word: docx.document.Document) -> None:
        _plain_fonts(word)
        for section, paper in zip(word.sections, self.sections, strict=True):
            section.orientation = WD_ORIENT.PORTRAIT if paper is None else WD_ORIENT.LANDSCAPE
            short, long = PAPERS[paper or "A4"]
            section.page_width, section.page_height = (Pt(A4_W), Pt(A4_H)) if paper is None else (Pt(long), Pt(short))
            section.left_margin, section.right_margin = Pt(LEFT), Pt(RIGHT)
            section.top_margin, section.bottom_margin = Pt(WORD_TOP), Pt(BOTTOM)
            section.header_distance, section.footer_distance = Pt(WORD_HEADER), Pt(BOTTOM / 2)
        first = word.sections[0]
        header = first.header  # later sections are linked to it: the kop is on every page
        for k, (text, size) in enumerate(zip(self.kop.lines, (13.0, 15.0, 10.0), strict=True)):
            para = header.paragraphs[0] if k == 0 else header.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.paragraph_format.space_after = Pt(0)
            run = para.add_run(text)
            run.font.name, run.font.size, run.font.bold = TABLE_FACE, Pt(size), k < 2
        _double_rule(header.paragraphs[-1])
        footer = first.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Halaman ").font.name = TABLE_FACE
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), " PAGE ")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        footer._p.append(field)


def _plain_fonts(word: docx.document.Document) -> None:
    """Fonts LibreOffice has (no theme fonts: Calibri would be substituted differently per machine)."""
    themed = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
    for fonts in word.styles.element.iter(qn("w:rFonts")):
        if not any(fonts.get(qn(attr)) for attr in themed):
            continue  # a face set on purpose (the table styles)
        for attr in themed:
            fonts.attrib.pop(qn(attr), None)
        fonts.set(qn("w:ascii"), PROSE_FACE)
        fonts.set(qn("w:hAnsi"), PROSE_FACE)
    normal = word.styles["Normal"]
    normal.font.name, normal.font.size = PROSE_FACE, Pt(PROSE_FONT)


def _cell_border(tc, side: str) -> None:
    borders = OxmlElement("w:tcBorders")
    edge = OxmlElement(f"w:{side}")
    for key, value in (("val", "single"), ("sz", "8"), ("space", "0"), ("color", "000000")):
        edge.set(qn(f"w:{key}"), value)
    borders.append(edge)
    tc.get_or_add_tcPr().append(borders)


def _shade(tc, fill: str) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", fill)):
        shading.set(qn(f"w:{key}"), value)
    tc.get_or_add_tcPr().append(shading)


def _double_rule(para) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "double"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    para._p.get_or_add_pPr().append(borders)


def word_bytes(doc: Document, kop: Kop, rendering: Rendering) -> bytes:
    """The .docx LibreOffice prints for `rendering`."""
    return docx_bytes(doc, _WordLayout(kop, rendering))


def _soffice(data: bytes, stem: str, timeout: float = SOFFICE_TIMEOUT) -> bytes:
    """Convert a .docx with LibreOffice in a profile of its own (parallel runs never share one)."""
    with tempfile.TemporaryDirectory(prefix="lkjip-soffice-") as tmp:
        source = Path(tmp) / f"{stem}.docx"
        source.write_bytes(data)
        command = [
            SOFFICE, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", tmp, str(source),
        ]  # fmt: skip
        try:
            proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        except FileNotFoundError as exc:
            raise RenderError(
                "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
            ) from exc
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            os.killpg(proc.pid, signal.SIGKILL)  # soffice.bin is a grandchild: kill the whole group
            proc.communicate()
            raise RenderError(f"LibreOffice did not convert {stem}.docx within {timeout:g} s") from exc
        pdf = Path(tmp) / f"{stem}.pdf"
        if proc.returncode or not pdf.exists():
            raise RenderError(f"LibreOffice failed on {stem}.docx (exit {proc.returncode}): {err.decode()[-500:]}")
        return pdf.read_bytes()


# --------------------------------------------------------------------------------------------
# HTML/CSS: Chromium and WeasyPrint
# --------------------------------------------------------------------------------------------

_CSS_STYLES = {
    "grid": "th, td { border: 0.75pt solid #000; }",
    "header-rule": "thead { border-bottom: 1pt solid #000; } th, td { padding-top: 4pt; padding-bottom: 4pt; }",
    "no-rules": "",
    "zebra": "thead th { background: #c9d7ea; } tbody tr.even td { background: #e8eef7; }",
}


def page_html(doc: Document, kop: Kop, rendering: Rendering, running_head: bool) -> str:
    """The document as HTML; `running_head` puts the running head and page numbers in
    @page margin boxes (WeasyPrint; Chromium gets them from its header/footer templates)."""
    size = "A4 landscape" if rendering.orientation == "landscape" else "A4 portrait"
    boxes = (
        f'@top-center {{ content: "{kop.running_head}"; font: italic 8pt "{TABLE_FACE}"; }}'
        f' @bottom-center {{ content: "Halaman " counter(page); font: 9pt "{TABLE_FACE}"; }}'
        if running_head
        else ""
    )
    css = f"""
@page {{ size: {size}; margin: {TOP}pt {RIGHT}pt {BOTTOM}pt {LEFT}pt; {boxes} }}
@page wide {{ size: A4 landscape; }}
@page F4 {{ size: {PAPERS["F4"][1]}pt {PAPERS["F4"][0]}pt; }}
@page A3 {{ size: A3 landscape; }}
section.wide {{ page: wide; }}
section.F4 {{ page: F4; }}
section.A3 {{ page: A3; }}
body {{ font-family: "{PROSE_FACE}"; font-size: {PROSE_FONT}pt; line-height: 1.35; margin: 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
h2 {{ font-family: "{TABLE_FACE}"; font-size: 13pt; margin: 14pt 0 6pt 0; }}
p {{ margin: 0 0 6pt 0; text-align: justify; }}
p.caption {{ font-family: "{TABLE_FACE}"; font-weight: bold; font-size: 10pt; text-align: center; margin: 0; }}
p.caption.last {{ margin-bottom: 4pt; }}
div.gap {{ height: 3em; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: "{TABLE_FACE}"; line-height: 1.15;
  margin: 0 0 12pt 0; }}
thead {{ display: table-header-group; }}
th, td {{ padding: 2pt {PAD}pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }}
th {{ font-weight: bold; vertical-align: middle; text-align: center; }}
table.padded th, table.padded td {{ padding-left: {PAD_WIDE}pt; padding-right: {PAD_WIDE}pt; }}
table.tight th, table.tight td {{ padding-left: {PAD_TIGHT}pt; padding-right: {PAD_TIGHT}pt; }}
{_CSS_STYLES[rendering.style]}
"""
    parts = [f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><style>{css}</style></head><body>']
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Heading):
            parts.append(f"<h2>{_esc(block.text)}</h2>")
        elif isinstance(block, Paragraph):
            title = nxt.title if isinstance(nxt, Table) and nxt.caption is None else None
            if title and block.text.endswith(" " + title):  # the title on a line of its own, as docx_fixtures
                parts.append(f"<p>{_esc(block.text[: -len(title) - 1])}<br>{_esc(title)}</p>")
            else:
                parts.append(f"<p>{_esc(block.text)}</p>")
        elif isinstance(block, Table):
            parts.append(_html_table(block, blocks[i - 1] if i else None, rendering))
    parts.append("</body></html>")
    return "\n".join(parts)


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _html_table(table: Table, before, rendering: Rendering) -> str:
    p = plan(table, rendering)
    out = []
    if table.caption:
        if table.title and len(table.title) <= _TITLE_LINE_MAX:
            out += [f'<p class="caption">{_esc(table.caption)}</p>', f'<p class="caption last">{_esc(table.title)}</p>']
        else:
            joined = f"{table.caption} {table.title or ''}".strip()
            out.append(f'<p class="caption last">{_esc(joined)}</p>')
    elif table.title is None and not isinstance(before, Table) and before is not None:
        out.append('<div class="gap"></div>')  # untitled: the paragraph above is not its title
    anchor: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for (r0, c0), (r1, c1) in p.merges:
        anchor[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    cols = "".join(f'<col style="width:{w:.2f}pt">' for w in p.widths)
    classes = "tight" if p.pad == PAD_TIGHT else "padded" if rendering.style == "header-rule" else ""
    out.append(
        f'<table class="{classes}" style="width:{sum(p.widths):.2f}pt; font-size:{p.font:g}pt"><colgroup>{cols}</colgroup>'
    )
    for r, row in enumerate(p.rows):
        if r == 0 and p.head:
            out.append("<thead>")
        if r == p.head:
            out.append("<tbody>")
        tag = "th" if r < p.head else "td"
        even = r >= p.head and (r - p.head) % 2 == 1
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rows_, cols_ = anchor.get((r, c), (1, 1))
            span = (f' rowspan="{rows_}"' if rows_ > 1 else "") + (f' colspan="{cols_}"' if cols_ > 1 else "")
            cells.append(f"<{tag}{span}>{_esc(text)}</{tag}>")
        out.append(f"<tr{' class=even' if even else ''}>{''.join(cells)}</tr>")
        if r == p.head - 1:
            out.append("</thead>")
    out.append("</tbody></table>" if len(p.rows) > p.head else "</table>")
    body = "\n".join(out)
    if p.paper != "A4":
        return f'<section class="{p.paper}">{body}</section>'
    if p.landscape and rendering.orientation == "portrait":
        return f'<section class="wide">{body}</section>'
    return body


def _chromium(page: str, kop: Kop) -> bytes:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    head = f"<div style=\"font: italic 8pt '{TABLE_FACE}'; width: 100%; text-align: center;\">{_esc(kop.running_head)}</div>"
    foot = f'<div style="font: 9pt \'{TABLE_FACE}\'; width: 100%; text-align: center;">Halaman <span class="pageNumber"></span></div>'
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                tab = browser.new_page()
                tab.set_content(page, wait_until="load", timeout=120_000)
                return tab.pdf(
                    prefer_css_page_size=True,
                    print_background=True,
                    display_header_footer=True,
                    header_template=head,
                    footer_template=foot,
                )
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise RenderError(f"Chromium could not print the page: {exc}") from exc


def _weasyprint(page: str) -> bytes:
    try:
        import weasyprint
    except ImportError as exc:
        raise RenderError("WeasyPrint is not installed (requirements.txt, tests section)") from exc
    return weasyprint.HTML(string=page).write_pdf()


# --------------------------------------------------------------------------------------------
# Determinism
# --------------------------------------------------------------------------------------------

_DATE = re.compile(rb"D:\d{14}")
_XMP_DATE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
_CHECKSUM = re.compile(rb"/DocChecksum /[0-9A-Fa-f]{32}")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


def fixed_pdf(data: bytes, seed: str) -> bytes:
    """The same PDF with fixed dates and document id (each replacement keeps its length,
    so the cross-reference offsets stay right)."""
    data = _DATE.sub(FIXED_DATE, data)
    data = _XMP_DATE.sub(b"2025-02-28T08:00:00", data)

    def ident(match: re.Match) -> bytes:
        digest = hashlib.sha256(seed.encode()).hexdigest().encode() * 4
        a, b = match.group(1), match.group(2)
        return match.group(0).replace(a, digest[: len(a)], 1).replace(b, digest[: len(b)], 1)

    data = _ID.sub(ident, data)
    # LibreOffice also writes a checksum of the content as it was before the dates were fixed
    return _CHECKSUM.sub(lambda m: b"/DocChecksum /" + hashlib.md5(seed.encode()).hexdigest().upper().encode(), data)


# --------------------------------------------------------------------------------------------
# Parity: a rendering ingested beside its text export
# --------------------------------------------------------------------------------------------

TEXT = "text"  # the pseudo-rendering of a sample: its own text export
SHOWN = 6  # lost or added facts kept per table for the report


def _queries() -> dict[str, str]:
    """The layout bench's queries; a PDF's place is its page (its `line` is NULL)."""
    from tests.test_layouts import QUERIES

    return {t: sql.replace("source_table, line FROM", "source_table, page FROM") for t, sql in QUERIES.items()}


def ingest_rendered(path: Path, workdir: Path) -> tuple[dict[str, list[tuple]], str, str]:
    """Ingest one file into a fresh database of its own (as the layout bench does), run the
    checks, read the facts: ({table: [(key..., where)]}, status, message)."""
    from checks.run import run_checks
    from ingest.pipeline import ingest_file
    from ingest.store import connect

    db = workdir / f"{path.stem}.duckdb"
    con = connect(str(db))
    try:
        result = ingest_file(con, path)
        run_checks(con)
        facts = {t: [_placed(r) for r in con.execute(sql).fetchall()] for t, sql in _queries().items()}
    finally:
        con.close()
        for leftover in (db, Path(f"{db}.wal")):
            leftover.unlink(missing_ok=True)
    return facts, result.status, result.message or ""


def _placed(row: tuple) -> tuple:
    key = tuple(round(v, 6) if isinstance(v, float) else v for v in row[:-2])
    table, page = row[-2], row[-1]
    return (*key, "" if table is None else table if page is None else f"{table}, hlm {page}")


def run_cell(sample: str, rendering: Rendering | str, keep: str | None = None, reuse: bool = False) -> dict:
    """Render (unless `rendering` is TEXT, or `reuse` and the PDF is in `keep` already) and
    ingest one cell of the matrix; picklable, for a process pool. A failure is a result too
    ('status': 'error'), never raised."""
    import time

    from tests.test_layouts import ingest_text

    sample_path = Path(sample)
    out: dict = {"sample": sample_path.name, "rendering": getattr(rendering, "name", rendering), "status": "ok"}
    try:
        with tempfile.TemporaryDirectory(prefix="pdf-matrix-") as tmp:
            if rendering == TEXT:
                start = time.perf_counter()
                out["facts"] = ingest_text(sample_path.read_text(encoding="utf-8"), sample_path.name, Path(tmp))
                out["ingest_s"] = time.perf_counter() - start
                return out
            folder = Path(keep) if keep else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            pdf = folder / f"{sample_path.stem[:3]}-{rendering.slug}.pdf"
            start = time.perf_counter()
            if not (reuse and pdf.exists()):
                render(sample_path, rendering, pdf)
                out["render_s"] = time.perf_counter() - start
            out["pages"] = _page_texts(pdf)
            start = time.perf_counter()
            out["facts"], out["file_status"], out["message"] = ingest_rendered(pdf, Path(tmp))
            out["ingest_s"] = time.perf_counter() - start
    except Exception as exc:  # reported in the matrix, not raised in the worker
        out.update(status="error", error=f"{type(exc).__name__}: {exc}")
    return out


def render_all(cases: list[tuple[str, Rendering]], folder: str, jobs: int = 2) -> list[Path]:
    """Render cases into `folder` (named as `run_cell` keeps them), `jobs` at a time."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from ingest.pipeline import without_main_script

    paths = [Path(folder) / f"{Path(s).stem[:3]}-{r.slug}.pdf" for s, r in cases]
    with without_main_script(), ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        list(pool.map(render, [Path(s) for s, _ in cases], [r for _, r in cases], paths))
    return paths


def _page_texts(pdf: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def run_cells(
    cases: list[tuple[str, Rendering | str]],
    jobs: int = 2,
    keep: str | None = None,
    on_done: Callable[[dict], None] | None = None,
    reuse: bool = False,
) -> list[dict]:
    """`run_cell` for every case in a spawn-based pool of `jobs` processes, in order;
    `on_done` sees each result as it comes (progress)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from ingest.pipeline import without_main_script

    if jobs <= 1 or len(cases) <= 1:
        done = []
        for s, r in cases:
            done.append(run_cell(s, r, keep, reuse))
            if on_done:
                on_done(done[-1])
        return done
    # spawn: a forked child would inherit DuckDB's threads; no child re-runs the main script
    with without_main_script(), ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(run_cell, s, r, keep, reuse) for s, r in cases]
        if on_done:
            for future in futures:
                future.add_done_callback(lambda f: on_done(f.result()))
        return [f.result() for f in futures]


FACT_TABLES = ("indicator_values", "budget_lines", "efficiency_values")


@dataclass
class Parity:
    """One cell against its text export."""

    sample: str
    rendering: str
    error: str | None = None
    identity: bool = True  # same kecamatan, kabupaten, year and status
    kept: dict[str, tuple[int, int]] | None = None  # table -> (found, in the text export)
    added: dict[str, int] | None = None  # table -> facts the PDF gives and the export does not
    findings_added: int = 0
    findings_added_serious: int = 0  # of those, severity sedang or tinggi
    findings_lost: int = 0
    lost_examples: list[str] | None = None
    added_examples: list[str] | None = None
    pages: int = 0
    seconds: float = 0.0

    def share(self, table: str) -> float:
        found, total = (self.kept or {}).get(table, (0, 0))
        return 1.0 if total == 0 else found / total

    @property
    def ok(self) -> bool:
        """The issue's target: >= 99% of values and budget lines, no finding added."""
        return (
            self.error is None
            and self.identity
            and all(self.share(t) >= 0.99 for t in ("indicator_values", "budget_lines"))
            and self.findings_added == 0
        )


def parity(text: dict, cell: dict) -> Parity:
    """Compare a rendered cell's facts with its text export's (keys without provenance)."""
    from tests.test_layouts import differences

    result = Parity(cell["sample"], cell["rendering"], pages=len(cell.get("pages", [])))
    result.seconds = cell.get("render_s", 0.0) + cell.get("ingest_s", 0.0)
    if cell["status"] != "ok" or text["status"] != "ok":
        result.error = cell.get("error") or text.get("error")
        return result
    original, facts = text["facts"], cell["facts"]
    diffs = differences(original, facts, ["pdf/slash-spacing"])
    result.identity = "documents" not in diffs
    result.kept, result.added = {}, {}
    result.lost_examples, result.added_examples = [], []
    pages = cell.get("pages", [])
    for table in FACT_TABLES:
        lost, added, where = diffs.get(table, ({}, {}, {}))
        total = len(original[table])
        result.kept[table] = (total - sum(lost.values()), total)
        result.added[table] = sum(added.values())
        for key in list(Counter(lost).elements())[:SHOWN]:
            place = "; ".join(p for p in where[key][0] if p) or "-"
            result.lost_examples.append(f"{table}: {describe(table, key)} [export: {place}; PDF: {locate(key, pages)}]")
        for key in list(Counter(added).elements())[:SHOWN]:
            place = "; ".join(p for p in where[key][1] if p) or "-"
            result.added_examples.append(f"{table}: {describe(table, key)} [PDF: {place}]")
    if "findings" in diffs:
        lost, added, where = diffs["findings"]
        result.findings_lost, result.findings_added = sum(lost.values()), sum(added.values())
        result.findings_added_serious = sum(n for key, n in added.items() if key[1] != "rendah")
        for sign, bag, side in (("-", lost, 0), ("+", added, 1)):
            for key in list(Counter(bag).elements())[:SHOWN]:
                place = "; ".join(p for p in where[key][side] if p) or "-"
                target = result.lost_examples if sign == "-" else result.added_examples
                target.append(f"finding {key[0]} ({key[1]}): {_short(key[4:])} [{place}]")
    return result


def describe(table: str, key: tuple) -> str:
    """A fact in a few words: its name, year and figures."""
    if table == "indicator_values":
        tahun, kind, name, _sasaran, kec, peer, *figures = key[:12]
        who = f" ({kec})" if peer else ""
        return f"{name!r}{who} {tahun} [{kind or '-'}]: {_short(figures[:5])}"
    if table == "budget_lines":
        tahun, level, name, *figures = key[:7]
        return f"{level} {name!r} {tahun}: {_short(figures[:3])}"
    tahun, name, *figures = key[:5]
    return f"{name!r} {tahun}: {_short(figures)}"


def _short(values) -> str:
    return " / ".join("-" if v is None else f"{v:g}" if isinstance(v, float) else str(v) for v in values)


def locate(key: tuple, pages: list[str]) -> str:
    """The page of the PDF printing the fact's name (spaces and line breaks ignored, so a
    name broken inside a narrow cell is found too)."""
    name = next((v for v in key[1:4] if isinstance(v, str) and len(v) > 8), None)
    if not name or not pages:
        return "?"
    needle = re.sub(r"\s+", "", name.lower())[:40]
    found = [i + 1 for i, text in enumerate(pages) if needle in re.sub(r"\s+|\x02", "", text.lower())]
    return ", ".join(f"hlm {p}" for p in found[:3]) if found else "?"

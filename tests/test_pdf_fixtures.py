"""PDF fixtures generated from the sample text exports, and the small real-world traps.

`build_pdf` renders what the text reader read from an export (headings, paragraphs,
captioned tables) as a PDF the way Word would print it: ruled tables with merged cells
(a sasaran spanning rows, a header label spanning its year columns), or borderless tables
aligned by whitespace; long tables break across pages with or without the header
repeated; wide tables go on a landscape page, or on a portrait page turned with /Rotate.
The tests in this file check that the fixtures really contain the traps the reader tests
rely on. `tests/test_pdf_reader.py` and `bench/pdf_ingest.py` use them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from PIL import Image, ImageDraw

from ingest.model import Document, Heading, Paragraph, Row, Table
from ingest.read.text import read_text_file

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN = 50.0
CELL_PAD = 5.4  # Word's default cell margin (0,19 cm)
TABLE_FONT = 7.0
TABLE_LEADING = 8.6
PROSE_FONT = 12.0  # reports are typed in 12 pt with 1.5 line spacing (tables smaller)
ROW_GAP = 6.0  # borderless tables: extra space between rows (within a cell, lines are closer)


@dataclass
class Style:
    ruled: bool = True  # ruled (grid) or borderless tables
    repeat_header: bool = True  # repeat the header rows after a page break
    wide: str = "landscape"  # wide tables: "landscape" page, "rotate" (/Rotate 90), or "none"
    orphan_captions: set[str] = field(default_factory=set)  # captions left alone at a page's foot
    owner_password: str | None = None  # encrypt with an owner password only (opens without one)


RULED = Style()
BORDERLESS = Style(ruled=False, repeat_header=False, wide="rotate")


def build_pdf(source: Path, out: Path, style: Style = RULED) -> Path:
    """Render a sample text export as a PDF; returns `out`."""
    doc = read_text_file(source)
    writer = _Writer(style)
    writer.render(doc)
    out.write_bytes(writer.finish())
    return out


class _Writer:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(MARGIN, MARGIN, MARGIN)
        self.pdf.c_margin = 0  # cell padding is ours: wrap to exactly the width asked
        self.font = _load_fonts(self.pdf)
        self.rotated_pages: list[int] = []
        self.turned = False  # drawing a landscape page sideways on a portrait page
        self.y = 0.0
        self._new_page()

    # pages -------------------------------------------------------------------------
    def _new_page(self, landscape: bool = False, turned: bool = False) -> None:
        self.pdf.add_page(orientation="L" if landscape else "P")
        self.turned = turned
        if turned:
            self.rotated_pages.append(self.pdf.page)
        self.y = MARGIN
        self._footer()

    def _footer(self) -> None:
        # A page number at the foot, as every report has: the reader must skip it.
        self._text(self.width / 2, self.height - 25, str(self.pdf.page), 8)

    @property
    def width(self) -> float:
        return PAGE_H if self.turned else self.pdf.w

    @property
    def height(self) -> float:
        return PAGE_W if self.turned else self.pdf.h

    def _room(self, needed: float) -> bool:
        return self.y + needed <= self.height - MARGIN

    def _text(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        """Draw at (x, baseline y) in the current page's reading orientation."""
        self.pdf.set_font(self.font, "B" if bold else "", size)
        if not self.turned:
            self.pdf.text(x, y, text)
            return
        # Sideways: the page is portrait; it is displayed turned 90 degrees clockwise
        # (/Rotate 90), so content is drawn turned 90 degrees counter-clockwise.
        with self.pdf.rotation(90, 0, 0):
            self.pdf.text(x - self.pdf.h, y, text)

    def _line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        if not self.turned:
            self.pdf.line(x1, y1, x2, y2)
            return
        with self.pdf.rotation(90, 0, 0):
            self.pdf.line(x1 - self.pdf.h, y1, x2 - self.pdf.h, y2)

    def finish(self) -> bytes:
        if self.style.owner_password:
            self.pdf.set_encryption(owner_password=self.style.owner_password, encryption_method=EncryptionMethod.RC4)
        data = bytes(self.pdf.output())
        return _set_rotation(data, self.rotated_pages) if self.rotated_pages else data

    # blocks ------------------------------------------------------------------------
    def render(self, doc: Document) -> None:
        for block in doc.blocks:
            if isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Heading):
                self.paragraph(block.text, PROSE_FONT + 2, bold=True)
            elif isinstance(block, Paragraph):
                self.paragraph(block.text, PROSE_FONT)

    def paragraph(self, text: str, size: float, bold: bool = False, gap: float = 8.0, caption: bool = False) -> None:
        if self.turned and not caption:
            self._new_page()  # prose goes back to upright pages
        lines = self._wrap(text, self.width - 2 * MARGIN, size, bold)
        leading = size * (1.5 if size >= PROSE_FONT else 1.25)
        for line in lines:
            if not self._room(leading):
                self._new_page(turned=self.turned)
            self.y += leading
            self._text(MARGIN, self.y - size * 0.25, line, size, bold)
        self.y += gap

    def table(self, table: Table) -> None:
        width = max(len(r.cells) for r in table.header_rows + table.rows)
        rows = [_padded(r, width) for r in table.header_rows + table.rows]
        head = len(table.header_rows)
        widths, font = self._widths(rows)
        wide = font < TABLE_FONT or width >= 9
        if wide and self.style.wide != "none" and self.width < PAGE_H:
            self._new_page(landscape=self.style.wide == "landscape", turned=self.style.wide == "rotate")
            widths, font = self._widths(rows)
        elif self.turned:
            self._new_page()
        self._caption(table)
        if table.caption in self.style.orphan_captions:
            self._new_page(landscape=self.pdf.w > self.pdf.h, turned=self.turned)
        _TableDraw(self, rows, head, widths, font).draw()
        self.y += 10

    def _caption(self, table: Table) -> None:
        if table.caption:
            self.paragraph(table.caption, 9, bold=True, gap=0, caption=True)
            if table.title:
                self.paragraph(table.title, 9, bold=True, gap=4, caption=True)
        elif table.title:
            pass  # an uncaptioned table's title is the paragraph just above it, already drawn

    def _widths(self, rows: list[list[str]]) -> tuple[list[float], float]:
        """Column widths from the content, never narrower than the longest word, so no
        number is broken inside a cell; a smaller font when the page is too narrow."""
        avail = self.width - 2 * MARGIN
        for size in (TABLE_FONT, 6.0, 5.0):
            self.pdf.set_font(self.font, "B", size)  # bold is wider: header cells must fit too
            columns = list(zip(*rows, strict=True))
            least = [max(self._word_width(c) for c in col) + 2 * CELL_PAD + 1 for col in columns]
            want = [min(max(self.pdf.get_string_width(c) for c in col) + 2 * CELL_PAD + 1, 140.0) for col in columns]
            if sum(least) <= avail:
                extra = [max(w - lo, 0.0) for w, lo in zip(want, least, strict=True)]
                share = min(1.0, (avail - sum(least)) / (sum(extra) or 1))
                return [lo + e * share for lo, e in zip(least, extra, strict=True)], size
        return least, 5.0

    def _word_width(self, text: str) -> float:
        return max((self.pdf.get_string_width(w) for w in text.split()), default=0.0)

    def _wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        self.pdf.set_font(self.font, "B" if bold else "", size)
        if not text:
            return [""]
        return self.pdf.multi_cell(
            max(width, size), size, text, dry_run=True, output="LINES", new_x="LEFT", new_y="NEXT"
        )


class _TableDraw:
    """Draws one table, breaking it across pages; merged cells in the ruled style."""

    def __init__(self, writer: _Writer, rows: list[list[str]], head: int, widths: list[float], font: float) -> None:
        self.w, self.rows, self.head, self.widths, self.font = writer, rows, head, widths, font
        self.xs = [MARGIN]
        for width in widths:
            self.xs.append(self.xs[-1] + width)
        self.leading = font * 1.23

    def draw(self) -> None:
        previous: list[str] | None = None  # the row drawn just above, on this page
        for index, cells in enumerate(self.rows):
            lines = self._wrap_row(cells, index)
            height = self._height(index)
            if index == 0:  # the header rows stay with the first body row, as Word keeps them
                height = sum(self._height(i) for i in range(min(self.head + 1, len(self.rows))))
            if not self.w._room(height):
                self._close()
                self.w._new_page(landscape=self.w.pdf.w > self.w.pdf.h, turned=self.w.turned)
                previous = None
                if index >= self.head and self.w.style.repeat_header:
                    for h in range(self.head):
                        previous = self._row(h, self.rows[h], previous)
            previous = self._row(index, cells, previous, lines)
        self._close()

    def _close(self) -> None:
        """The rule under the last row on the page (each row draws only its top rule, so
        that a cell merged with the one below has none)."""
        if self.w.style.ruled:
            self.w._line(self.xs[0], self.w.y, self.xs[-1], self.w.y)

    def _height(self, index: int) -> float:
        lines = self._wrap_row(self.rows[index], index)
        return max(len(x) for x in lines) * self.leading + 2 * CELL_PAD + self._gap()

    def _wrap_row(self, cells: list[str], index: int) -> list[list[str]]:
        bold = index < self.head  # header rows are drawn bold, and bold is wider
        return [self.w._wrap(c, wd - 2 * CELL_PAD, self.font, bold) for c, wd in zip(cells, self.widths, strict=True)]

    def _gap(self) -> float:
        return 0.0 if self.w.style.ruled else ROW_GAP

    def _row(self, index: int, cells: list[str], above: list[str] | None, lines=None) -> list[str]:
        lines = lines or self._wrap_row(cells, index)
        height = max(len(x) for x in lines) * self.leading + 2 * CELL_PAD
        top = self.w.y
        for col, cell_lines in enumerate(lines):
            for k, text in enumerate(cell_lines):
                baseline = top + CELL_PAD + (k + 1) * self.leading - self.font * 0.3
                self.w._text(self.xs[col] + CELL_PAD, baseline, text, self.font, bold=index < self.head)
        if self.w.style.ruled:
            self._rules(index, cells, above, top, top + height)
        self.w.y = top + height + self._gap()
        return cells

    def _rules(self, index: int, cells: list[str], above: list[str] | None, top: float, bottom: float) -> None:
        merged_up = [above is not None and self._continues_above(index, cells, col) for col in range(len(cells))]
        spans = self._spans_right(index, cells)
        for col in range(len(cells)):
            x0, x1 = self.xs[col], self.xs[col + 1]
            if not merged_up[col]:
                self.w._line(x0, top, x1, top)
            if col == 0 or not spans[col - 1]:
                self.w._line(x0, top, x0, bottom)
        self.w._line(self.xs[-1], top, self.xs[-1], bottom)

    def _continues_above(self, index: int, cells: list[str], col: int) -> bool:
        """A vertically merged cell: the first column of a body row left empty under a
        filled one (a sasaran spanning its indicators), or an empty header cell under a
        header label that no lower level splits."""
        if cells[col]:
            return False
        if index < self.head:
            return index > 0 and not any(self.rows[h][col] for h in range(index, self.head))
        return col == 0 and any(c for c in cells[1:]) and index > self.head

    def _spans_right(self, index: int, cells: list[str]) -> list[bool]:
        """In a header row, a label followed by empty cells that a lower header row
        labels spans them (a group label over its year columns)."""
        spans = [False] * len(cells)
        if index >= self.head - 1:
            return spans
        below = self.rows[index + 1 : self.head]
        col = 0
        while col < len(cells) - 1:
            owner = cells[col]
            nxt = col + 1
            while owner and nxt < len(cells) and not cells[nxt] and any(b[nxt] for b in below):
                spans[nxt - 1] = True
                nxt += 1
            col = nxt
        return spans


def _padded(row: Row, width: int) -> list[str]:
    return row.cells + [""] * (width - len(row.cells))


def _load_fonts(pdf: FPDF) -> str:
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        return "DejaVu"
    return "Helvetica"


def _set_rotation(data: bytes, pages: list[int]) -> bytes:
    """Give pages a /Rotate 90 entry (fpdf2 cannot), through pdfium."""
    doc = pdfium.PdfDocument(data)
    for number in pages:
        doc[number - 1].set_rotation(90)
    buffer = io.BytesIO()
    doc.save(buffer)
    doc.close()
    return buffer.getvalue()


# Small traps ---------------------------------------------------------------------------

LKJIP_PROSE = (
    "Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan Sukamaju Kabupaten Contoh Tahun 2024 "
    "disusun sebagai pertanggungjawaban atas Perjanjian Kinerja Tahun 2024."
)
MEASUREMENT_ROWS = [
    ["Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
    ["Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "88", "88,14", "100,16"],
    ["", "Persentase pelayanan tepat waktu", "100%", "95%", "95"],
    ["Meningkatnya kinerja perangkat daerah", "Nilai SAKIP", "A (87,89)", "A (85,04)", "96,76"],
]


def small_report(
    out: Path,
    style: Style = RULED,
    rows: list[list[str]] | None = None,
    scanned_page: bool = False,
    prose: str = LKJIP_PROSE,
) -> Path:
    """A two-page LKjIP with one measurement table (its first column merged over two rows)."""
    doc = Document(
        "kecil",
        [
            Heading("LAPORAN KINERJA INSTANSI PEMERINTAH"),
            Paragraph(prose),
            Heading("BAB III AKUNTABILITAS KINERJA"),
            Table(
                caption="Tabel 3.1",
                title="Pengukuran Kinerja Tahun 2024",
                header_rows=[Row(cells=(rows or MEASUREMENT_ROWS)[0])],
                rows=[Row(cells=r) for r in (rows or MEASUREMENT_ROWS)[1:]],
            ),
            Paragraph("Demikian laporan ini disusun."),
        ],
    )
    writer = _Writer(style)
    writer.render(doc)
    if scanned_page:
        writer._new_page()
        _draw_image(writer.pdf, "Tabel 3.2 hasil pindaian")
    out.write_bytes(writer.finish())
    return out


def image_only_pdf(out: Path, pages: int = 2) -> Path:
    """A 'scanned' report: every page is a picture, no text layer."""
    pdf = FPDF(unit="pt", format="A4")
    for _ in range(pages):
        pdf.add_page()
        _draw_image(pdf, "LAPORAN KINERJA KECAMATAN (hasil pindaian)")
    out.write_bytes(bytes(pdf.output()))
    return out


def _draw_image(pdf: FPDF, text: str) -> None:
    picture = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(picture).text((20, 140), text, fill=0)
    pdf.image(picture, x=MARGIN, y=MARGIN, w=PAGE_W - 2 * MARGIN)


def encrypted_pdf(out: Path) -> Path:
    """A report that needs a password to open."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.text(MARGIN, MARGIN + 20, "Laporan Kinerja Kecamatan Rahasia Tahun 2024")
    pdf.set_encryption(owner_password="pemilik", user_password="rahasia", encryption_method=EncryptionMethod.AES_128)
    out.write_bytes(bytes(pdf.output()))
    return out


def sideways_report(out: Path) -> Path:
    """A portrait page whose table is printed sideways with no /Rotate: the reader must
    turn it (pdfplumber alone reads the letters top to bottom)."""
    writer = _Writer(RULED)
    writer.paragraph(LKJIP_PROSE, 9)
    writer.pdf.add_page()
    writer.turned = True  # draw turned, but leave the page without /Rotate
    writer.y = MARGIN
    writer._text(MARGIN, writer.y + 9, "Tabel 3.1 Pengukuran Kinerja Tahun 2024", 9, bold=True)
    writer.y += 16
    rows = MEASUREMENT_ROWS
    widths, font = writer._widths(rows)
    _TableDraw(writer, rows, 1, widths, font).draw()
    out.write_bytes(bytes(writer.pdf.output()))
    return out


def spaced_report(out: Path) -> Path:
    """A borderless table typed with spaces: each row is one run of text in a monospaced
    font, its columns set apart by runs of spaces (no separate text object per cell)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.text(MARGIN, MARGIN + 20, LKJIP_PROSE[:90])
    pdf.text(MARGIN, MARGIN + 34, LKJIP_PROSE[90:])
    pdf.set_font("Courier", "", 9)
    pdf.text(MARGIN, MARGIN + 70, "Tabel 3.1 Pengukuran Kinerja Tahun 2024")
    widths = (42, 10, 10, 10)
    rows = [["Indikator Kinerja", "Target", "Realisasi", "Capaian"]] + [r[1:] for r in MEASUREMENT_ROWS[1:]]
    for k, row in enumerate(rows):
        line = "".join(cell.ljust(w + 3) for cell, w in zip(row, widths, strict=True))
        pdf.text(MARGIN, MARGIN + 90 + 16 * k, line.rstrip())
    out.write_bytes(bytes(pdf.output()))
    return out


# Tests of the fixtures themselves ------------------------------------------------------

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
SAMPLE_000 = SAMPLES / "000_a49aed262e0b6318.txt"


def test_ruled_fixture_breaks_a_table_across_pages_and_has_a_landscape_page(tmp_path):
    path = build_pdf(SAMPLE_000, tmp_path / "000.pdf", RULED)
    with pdfplumber.open(path) as pdf:
        landscape = [p.page_number for p in pdf.pages if p.width > p.height]
        assert landscape, "a wide table should sit on a landscape page"
        pages_with_header = [p.page_number for p in pdf.pages if "Indikator Kinerja" in (p.extract_text() or "")]
    assert len(pages_with_header) >= 3


def test_borderless_fixture_has_no_rulings_and_a_rotated_page(tmp_path):
    path = build_pdf(SAMPLE_000, tmp_path / "000b.pdf", BORDERLESS)
    with pdfplumber.open(path) as pdf:
        assert all(not p.lines and not p.rects for p in pdf.pages)
        assert any(p.rotation == 90 for p in pdf.pages)


def test_trap_fixtures_are_what_they_claim(tmp_path):
    scanned = image_only_pdf(tmp_path / "scan.pdf")
    with pdfplumber.open(scanned) as pdf:
        assert all(not p.chars and p.images for p in pdf.pages)
    locked = encrypted_pdf(tmp_path / "locked.pdf")
    try:
        pdfium.PdfDocument(str(locked))
        opened = True
    except pdfium.PdfiumError:
        opened = False
    assert not opened
    spaced = spaced_report(tmp_path / "spasi.pdf")
    page = pdfium.PdfDocument(str(spaced))[0].get_textpage()
    assert page.count_rects() < 10  # one run per row: columns only by spaces
    sideways = sideways_report(tmp_path / "sideways.pdf")
    with pdfplumber.open(sideways) as pdf:
        page = pdf.pages[1]
        assert page.rotation == 0 and page.chars and not any(c["upright"] for c in page.chars)

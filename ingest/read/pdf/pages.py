"""One page read in pass 2: its ruled and borderless tables and the prose lines around them."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pypdfium2 as pdfium
from pdfplumber.page import DerivedPage, Page

from ingest.read.pdf.borderless import borderless_tables
from ingest.read.pdf.furniture import NO_FURNITURE, Furniture
from ingest.read.pdf.layout import FoundTable, Line, PageItems, lines_from_runs
from ingest.read.pdf.objects import LeanPage, TurnedPage, upright
from ingest.read.pdf.ruled import (
    cell_pieces,
    fill_merged,
    inside_box,
    open_ends,
    open_sides,
    overflow,
    plumber_lines,
    ruled_tables,
)
from ingest.read.pdf.scan import PageScan, pdfium_words
from ingest.read.wrapping import NO_LEXICON, Lexicon


@dataclass(frozen=True)
class Cues:
    """What the whole document tells about each of its pages: the lines it repeats at the
    page edges (furniture) and the words it writes whole (to rejoin words broken in a cell)."""

    furniture: Furniture = NO_FURNITURE
    words: Lexicon = NO_LEXICON

    def body(self, lines: list[Line], number: int, height: float) -> list[Line]:
        """The page's lines without its furniture."""
        furniture = self.furniture.on_page(number, height)
        return [line for line in lines if not furniture(line)]


def read_unruled_page(
    page: pdfium.PdfPage, scan: PageScan, carry: list[float] | None = None, cues: Cues = Cues()
) -> PageItems:
    """A page that draws no line can hold no ruled table: its borderless tables are cut
    from pypdfium2's characters, without pdfplumber's far slower parse of the page."""
    # The scan read a page that names figures in one run per row from its characters already.
    lines = scan.lines if scan.by_words else lines_from_runs(pdfium_words(page.get_textpage(), scan))
    lines = cues.body(lines, scan.number, scan.height)
    tables, prose = borderless_tables(lines, carry, words=cues.words)
    return PageItems(scan.number, scan.height, prose, tables)


def prose_only(lines: list[Line]) -> list[Line]:
    """On a page the table finder skipped, lines of three or more columns are rows of
    a table that carries no figure the interpreter reads: they are not prose."""
    return [line for line in lines if len(line.segments) < 3]


def read_page(page: Page, number: int, carry: list[float] | None = None, cues: Cues = Cues()) -> PageItems:
    """Tables and prose lines of one page, through pdfplumber's table finder. `carry`: the
    columns of a borderless table that ended the page before, for its continuation."""
    page = upright(page if isinstance(page, DerivedPage) else LeanPage(page))
    edges = page.edges
    closing = open_ends(edges)
    ruled = ruled_tables(page, closing)
    boxes = [t.bbox for t in ruled]
    lines = [line for line in plumber_lines(page) if not any(inside_box(line, b) for b in boxes)]
    lines = cues.body(lines, number, page.height)
    # the lowest table's last row may go on under its drawing, at the page's foot
    lowest = max(ruled, key=lambda t: t.bbox[3], default=None)
    rest = overflow(lowest, lines, edges) if lowest is not None else []
    foot = max((line.bottom for line in rest), default=None)
    lines = [line for line in lines if all(line is not r for r in rest)]
    found = [_found(t, closing, cues.words, foot if t is lowest else None) for t in ruled]
    if boxes and min(b[1] for b in boxes) < min((line.top for line in lines), default=page.height):
        carry = None  # a ruled table opens the page
    borderless, lines = borderless_tables(lines, carry, words=cues.words)
    tables = found + borderless
    if isinstance(page, TurnedPage):
        tables = [_displayed(t, page) for t in tables]  # positions on the page as it is shown
    return PageItems(number, page.height, lines, tables)


def _found(table, closing: list[dict], words: Lexicon, foot: float | None = None) -> FoundTable:
    """`foot`: where the table's last row ends under its drawing (`overflow`)."""
    open_top, open_bottom = open_sides(table.bbox, closing)
    top, bottom = table.bbox[1], max(table.bbox[3], foot or 0.0)
    rows = fill_merged(table, words, foot)
    pieces = cell_pieces(table, rows, foot)
    return FoundTable(rows, top, bottom, open_top=open_top, open_bottom=open_bottom, pieces=pieces)


def _displayed(table: FoundTable, page: TurnedPage) -> FoundTable:
    """The table with its pieces' boxes on the page as displayed (the page was read turned)."""
    pieces = [[(text, *page.displayed(*box)) for text, *box in row] for row in table.pieces]
    return replace(table, pieces=pieces)


def cuts_at_foot(page: PageItems) -> list[float] | None:
    """The columns of the page's last table when nothing (but furniture, left out) follows it."""
    if not page.tables:
        return None
    last = max(page.tables, key=lambda t: t.bottom)
    below = [line for line in page.lines if line.top > last.bottom]
    return None if below else last.cuts

"""Word (.docx) fixtures generated from the sample text exports, at test time.

`build_docx` writes what the text reader read from an export the way a kecamatan types
it in Word: headings in Heading 1, paragraphs, a caption paragraph ("Tabel 3.1", style
Caption) and its title paragraph before each table, and real Word tables with
- a group label spanning its sub-columns (horizontally merged, `w:gridSpan`) where the
  export prints a label followed by empty header cells that a lower header row fills,
- header labels spanning the header rows below them (vertically merged) where every
  lower header cell is empty,
- sasaran cells merged vertically over the rows left empty under them,
- the first header row marked to repeat on every page (`w:tblHeader`).
An uncaptioned table's title is the last line of the paragraph above it (written after a
soft line break, as the export had it on a line of its own); a table the export gives no
title keeps three empty paragraphs above it, as the blank lines of the export did.
Deterministic: the same sample gives the same document.

`DocxHooks` lets another generator (tests/renderings.py) print the same document its own
way - sections, letterhead, table styles and widths - without copying this one.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.table import Table as WordTable
from docx.table import _Cell

from ingest.model import Document, Heading, Paragraph, Table
from ingest.read.tablebuild import is_numbering_row
from ingest.read.text import read_text_file

_TITLE_LINE_MAX = 200  # a longer title is written on the caption's own line
_NO_TITLE_GAP = 3  # empty paragraphs keeping a table untitled


def build_docx(source: Path, out: Path) -> Path:
    """Write a sample text export as a .docx; returns `out`."""
    out.write_bytes(docx_bytes(read_text_file(source)))
    return out


class DocxHooks:
    """Called while `docx_bytes` writes a document; each does nothing here."""

    def before_table(self, word: docx.document.Document, table: Table) -> None:
        """Before a table's caption (e.g. to open a landscape section)."""

    def table(self, word: docx.document.Document, grid: WordTable, table: Table, rows: list[list[str]]) -> None:
        """After a table is written and merged: `rows` are its padded cells, header rows first."""

    def after_table(self, word: docx.document.Document, table: Table) -> None:
        """After a table (e.g. to close its landscape section)."""

    def finish(self, word: docx.document.Document) -> None:
        """Before saving (styles, page setup, header and footer)."""


def docx_bytes(doc: Document, hooks: DocxHooks | None = None) -> bytes:
    hooks = hooks or DocxHooks()
    word = docx.Document()
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(block, Heading):
            word.add_heading(block.text, level=1)
        elif isinstance(block, Paragraph):
            _paragraph(word, block, nxt)
        elif isinstance(block, Table):
            hooks.before_table(word, block)
            _table(word, block, blocks[i - 1] if i else None, hooks)
            hooks.after_table(word, block)
    hooks.finish(word)
    out = io.BytesIO()
    word.save(out)
    return _fixed_dates(out.getvalue())


def _fixed_dates(data: bytes) -> bytes:
    """The same entries with one fixed date: python-docx stamps each with the time of saving."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2025, 2, 28, 8, 0, 0)), src.read(info), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _paragraph(word: docx.document.Document, block: Paragraph, nxt) -> None:
    title = nxt.title if isinstance(nxt, Table) and nxt.caption is None else None
    if title and block.text.endswith(" " + title):
        # The export had the title on the paragraph's last line: keep it a line of its own.
        para = word.add_paragraph(block.text[: -len(title) - 1])
        para.add_run().add_break()
        para.add_run(title)
    else:
        word.add_paragraph(block.text)


def _table(word: docx.document.Document, table: Table, before, hooks: DocxHooks) -> None:
    if table.caption:
        if table.title and len(table.title) <= _TITLE_LINE_MAX:
            word.add_paragraph(table.caption, style="Caption")
            word.add_paragraph(table.title, style="Caption")
        else:
            word.add_paragraph(f"{table.caption} {table.title or ''}".strip(), style="Caption")
    elif table.title is None:
        for _ in range(1 if isinstance(before, Table) or before is None else _NO_TITLE_GAP):
            word.add_paragraph("")  # one is enough after a table: Word needs it to keep tables apart
    width = max(len(r.cells) for r in table.header_rows + table.rows)
    rows = [r.cells + [""] * (width - len(r.cells)) for r in table.header_rows + table.rows]
    grid = word.add_table(rows=len(rows), cols=width)
    grid.style = "Table Grid"
    for tr, values in zip(grid._tbl.tr_lst, rows, strict=True):
        for tc, value in zip(tr.tc_lst, values, strict=True):
            _Cell(tc, grid).text = value
    head = len(table.header_rows)
    claimed: set[tuple[int, int]] = set()
    for r, c0, c1 in header_spans(rows, head):
        _merge(grid, (r, c0), (r, c1), claimed)
    for c, r0, r1 in header_stacks(rows, head) + sasaran_runs(table, rows, head):
        _merge(grid, (r0, c), (r1, c), claimed)
    if head:
        grid.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    hooks.table(word, grid, table, rows)


def header_spans(rows: list[list[str]], head: int) -> list[tuple[int, int, int]]:
    """(row, first column, last column): a header label followed by empty cells that a
    lower header row labels spans them ("Realisasi" over 2022 | 2023 | 2024); the column
    numbers under the header label nothing (a label over `Rp.` does not span `20 | 21`)."""
    spans = []
    for r in range(head - 1):
        below = [b for b in rows[r + 1 : head] if not is_numbering_row(b)]
        c = 0
        while c < len(rows[r]):
            end = c
            while rows[r][c] and end + 1 < len(rows[r]) and not rows[r][end + 1] and any(b[end + 1] for b in below):
                end += 1
            if end > c:
                spans.append((r, c, end))
            c = end + 1
    return spans


def header_stacks(rows: list[list[str]], head: int) -> list[tuple[int, int, int]]:
    """(column, first row, last row): a header label over empty header cells ("No" over
    the year row), down to the row above the next filled one (a numbering row)."""
    stacks = []
    for c in range(len(rows[0]) if rows else 0):
        for r in range(head - 1):
            if not rows[r][c] or rows[r + 1][c]:
                continue
            end = r + 1
            while end + 1 < head and not rows[end + 1][c]:
                end += 1
            stacks.append((c, r, end))
    return stacks


def sasaran_runs(table: Table, rows: list[list[str]], head: int) -> list[tuple[int, int, int]]:
    """(column, first row, last row): a sasaran cell over the body cells left empty under it."""
    runs = []
    for col in table.columns:
        if "sasaran" not in col.label.lower():
            continue
        c, r = col.index, head
        while r < len(rows):
            end = r
            while rows[r][c] and end + 1 < len(rows) and not rows[end + 1][c] and any(rows[end + 1]):
                end += 1
            if end > r:
                runs.append((c, r, end))
            r = end + 1
    return runs


def _merge(grid: WordTable, a: tuple[int, int], b: tuple[int, int], claimed: set[tuple[int, int]]) -> None:
    cells = {(r, c) for r in range(a[0], b[0] + 1) for c in range(a[1], b[1] + 1)}
    if cells & claimed:
        return  # already part of another merge: Word cells cannot overlap
    claimed |= cells
    _cell(grid, *a).merge(_cell(grid, *b))


def _cell(grid: WordTable, row: int, col: int) -> _Cell:
    """The cell at a grid position, found in the row's XML: python-docx's Table.cell
    rebuilds the whole grid on every call (minutes for the largest sample)."""
    at = 0
    for tc in grid._tbl.tr_lst[row].tc_lst:
        if at == col:
            return _Cell(tc, grid)
        at += tc.grid_span
    raise IndexError((row, col))

"""Tables drawn with rulings: pdfplumber's `lines` strategy, merged cells left empty, cell text."""

from __future__ import annotations

from bisect import bisect_left

from pdfplumber.page import Page
from pdfplumber.utils.text import chars_to_textmap

from ingest.cleaning import clean_text
from ingest.model import Piece
from ingest.read.pdf.layout import Line, lines_from_runs
from ingest.read.pdf.objects import TurnedPage
from ingest.read.tablebuild import FOOTNOTE
from ingest.read.text import normalise_caption
from ingest.read.wrapping import NO_LEXICON, CellLine, Lexicon, join_lines

_LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def ruled_tables(page: Page, closing: list[dict]) -> list:
    """Tables drawn with rulings, at least two rows and three columns; `closing`: the
    rules a page break left out (`open_ends`)."""
    tables = page.find_tables({**_LINES, "explicit_horizontal_lines": closing})
    return [t for t in tables if len(t.rows) >= 2 and len(t.rows[0].cells) >= 3]


def open_sides(bbox: tuple, closing: list[dict]) -> tuple[bool, bool]:
    """Whether the table's top and bottom are rules the page break left out."""
    ys = [rule["top"] for rule in closing]
    return any(abs(y - bbox[1]) <= _NEAR for y in ys), any(abs(y - bbox[3]) <= _NEAR for y in ys)


_NEAR = 1.5  # points: rulings ending this close end together


def open_ends(edges: list[dict]) -> list[dict]:
    """The rules a page break left out. A row cut by the page break is drawn with its
    column rules and no rule closing it (HTML engines collapse borders so; a row Word lets
    break does the same): without one the table finder drops the row, and a merged cell
    reaching into it loses its text. The column rules ending lowest on the page (highest:
    the rest of the row on the next page), three or more ending together, get a rule
    across where no rule crosses them: the whole width, or one merged cell's (Chromium
    closes every cell of the cut row but a sasaran merged over rows going on past the
    break)."""
    vertical = [e for e in edges if e["orientation"] == "v"]
    horizontal = [e for e in edges if e["orientation"] == "h"]
    if len(vertical) < 3:
        return []
    closing = []
    for end, extreme in (("bottom", max), ("top", min)):
        y = extreme(e[end] for e in vertical)
        ending = [e for e in vertical if abs(e[end] - y) <= _NEAR]
        left, right = min(e["x0"] for e in ending), max(e["x1"] for e in ending)
        at_y = [h for h in horizontal if abs(h["top"] - y) <= _NEAR]
        if len({round(e["x0"]) for e in ending}) >= 3 and _uncovered(left, right, at_y) > 2 * _NEAR:
            closing.append(_rule(left, right, y))
    return closing


def _uncovered(left: float, right: float, rules: list[dict]) -> float:
    """The length of [left, right] no rule covers (rules overlap at cell corners)."""
    free, at = 0.0, left
    for rule in sorted(rules, key=lambda h: h["x0"]):
        free += max(0.0, min(rule["x0"], right) - at)
        at = max(at, rule["x1"])
    return free + max(0.0, right - at)


def overflow(table, lines: list[Line], edges: list[dict]) -> list[Line]:
    """The lines under the table that are the rest of its last row: a cell open at the page
    break (its column rules reach the table's bottom, no rule drawn under it) whose text goes
    on below the drawing (WeasyPrint draws a cut row's rules to the page's content edge and
    may set the cell's next line just under it: 002's Renstra matrix, `pemerintahan dan`
    1.3 points under the rules). `lines`: the page's lines outside its tables, furniture left
    out. Each of them under the table must be within a line's height of the table (or of the
    line above) and inside one such cell's column; a note (`Sumber : ...`) or a caption
    under the table is never a cell's rest. Otherwise nothing is: the lines are prose."""
    bottom = table.bbox[3]
    below = sorted((line for line in lines if (line.top + line.bottom) / 2 > bottom), key=lambda line: line.top)
    if not below:
        return []
    at_bottom = [h for h in edges if h["orientation"] == "h" and abs(h["top"] - bottom) <= _NEAR]
    columns = [
        (cell[0], cell[2])
        for cell in table.cells
        if abs(cell[3] - bottom) <= _NEAR and _uncovered(cell[0], cell[2], at_bottom) > 2 * _NEAR
    ]
    above = bottom
    for line in below:
        if line.top - above > line.height or FOOTNOTE.match(line.text) or normalise_caption(line.text):
            return []
        if not all(any(x0 - 1 <= s[0] and s[1] <= x1 + 1 for x0, x1 in columns) for s in line.segments):
            return []
        above = line.bottom
    return below


def _rule(left: float, right: float, y: float) -> dict:
    return {"x0": left, "x1": right, "top": y, "bottom": y, "width": right - left, "height": 0, "object_type": "line"}


def fill_merged(table, words: Lexicon = NO_LEXICON, foot: float | None = None) -> list[list[str]]:
    """Cells as text, a merged cell's covered slots (None from pdfplumber, #79/#927) left
    empty: that is how text exports print merged cells, and the shared reading fills them
    as a reader does: `tablebuild.merge_header` carries a group label over the columns
    it spans ("Realisasi | 2023", "Realisasi | 2024") and the interpreter carries a
    sasaran down over its indicators. Copying a cell into the slots itself would be
    wrong twice: a header label copied right hides the sub-header row under it, and an
    amount spanning two rows is one amount, not two.

    Same text as `table.extract()`, which scans every character of the page for every
    row; here each row takes its characters from a sorted list (a fifth of the time).
    `foot`: where the last row's text ends under the drawing (`overflow`): the cells
    reaching the table's bottom reach down to it."""
    grown = _grown(table.bbox[3], foot)
    x0, top, x1, bottom = grown(table.bbox)
    chars = [c for c in table.page.chars if x0 <= _mid_x(c) < x1 and top <= _mid_y(c) < bottom]
    order = sorted(range(len(chars)), key=lambda i: _mid_y(chars[i]))
    middles = [_mid_y(chars[i]) for i in order]
    rows = []
    for row in table.rows:
        box = grown(row.bbox)
        lo, hi = bisect_left(middles, box[1]), bisect_left(middles, box[3])
        row_chars = sorted(order[lo:hi], key=lambda i: _mid_x(chars[i]))
        lefts = [_mid_x(chars[i]) for i in row_chars]
        rows.append([_text_in(chars, row_chars, lefts, grown(cell), words) for cell in row.cells])
    return rows


def cell_pieces(table, rows: list[list[str]], foot: float | None = None) -> list[list[Piece]]:
    """Each row's non-empty cells (`rows`: their text, from `fill_merged`) with the cell's box."""
    grown = _grown(table.bbox[3], foot)
    return [
        [(text, *grown(cell)) for cell, text in zip(row.cells, texts, strict=True) if cell is not None and text]
        for row, texts in zip(table.rows, rows, strict=True)
    ]


def _grown(bottom: float, foot: float | None):
    """A box reaching the table's `bottom` made to reach `foot` instead (None stays None)."""

    def grown(box: tuple | None) -> tuple | None:
        if box is None or foot is None or abs(box[3] - bottom) > _NEAR:
            return box
        return (*box[:3], max(box[3], foot))

    return grown


def _text_in(chars: list[dict], row_chars: list[int], lefts: list[float], cell: tuple | None, words: Lexicon) -> str:
    """The text of one cell from its row's characters (indices sorted by x)."""
    if cell is None:
        return ""
    span = row_chars[bisect_left(lefts, cell[0]) : bisect_left(lefts, cell[2])]
    inside = [chars[i] for i in sorted(span) if cell[1] <= _mid_y(chars[i]) < cell[3]]  # page order
    if not inside:
        return ""
    found = chars_to_textmap(inside, x_tolerance=1.5).extract_text_lines(strip=True, return_chars=True)
    lines = [CellLine(line["text"], line["x1"], _char_width(line)) for line in found]
    return clean_text(join_lines(lines, words))


def _char_width(line: dict) -> float:
    chars = [c for c in line["chars"] if c["text"].strip()]
    return sum(c["x1"] - c["x0"] for c in chars) / len(chars) if chars else 1.0


def _mid_x(char: dict) -> float:
    return (char["x0"] + char["x1"]) / 2


def _mid_y(char: dict) -> float:
    """Where a character is taken to stand across the page: a third down its box, not half.
    A cell's text starts under its top rule and grows down, so a line whose box reaches a
    third of its height above a rule is the cell above running over it - LibreOffice
    repeats a tall header on the next page shorter than its label and clips its last line
    across the rule ("dan Sub" of "Indikator Kinerja Program, Kegiatan dan Sub Kegiatan",
    002's Tabel 3.6 in a grid, landscape, in Carlito), which at half read into the first
    row. A first line whose font box pokes out over its cell's top rule stays in its cell."""
    return char["top"] + (char["bottom"] - char["top"]) / 3


def plumber_lines(page: Page) -> list[Line]:
    found = page.extract_words(x_tolerance=1.5, keep_blank_chars=False, return_chars=True)
    return lines_from_runs([_run(w, page) for w in found if w.get("upright", True)])


def _run(word: dict, page: Page) -> tuple:
    """A word as a run, with its baseline (its first character's origin) unless the page was
    turned: the characters' matrices are the unturned page's."""
    run = (word["x0"], word["x1"], word["top"], word["bottom"], word["text"])
    if isinstance(page, TurnedPage):
        return run
    return (*run, page.height - word["chars"][0]["matrix"][5] + page.mediabox[1])


def inside_box(line: Line, bbox: tuple[float, float, float, float]) -> bool:
    middle = (line.top + line.bottom) / 2
    return bbox[1] <= middle <= bbox[3] and line.x0 >= bbox[0] - 2 and line.x0 <= bbox[2]

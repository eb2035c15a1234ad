"""Pages of lines and tables into document blocks: captions, tables stitched across page
breaks, page furniture left out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import zip_longest

from ingest.cleaning import clean_text
from ingest.model import Block, Heading, Paragraph, Row
from ingest.read.pdf.layout import FoundTable, Line, PageItems
from ingest.read.tablebuild import (
    build_table,
    is_figure,
    is_numbering_row,
    is_year_row,
    names_columns,
    rest_of_cut_row,
    same_header,
)
from ingest.read.text import CONTINUATION, normalise_caption
from ingest.read.wrapping import NO_LEXICON, Lexicon, join_cut

_BAB = re.compile(r"^bab\s+[ivx]+\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")


_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
# an abbreviation's period ends no sentence: "... realisasi anggaran mencapai Rp." over a page
# break, "2.519.973.338,- dengan demikian ..." on the next (WeasyPrint, 004, URW Bookman 12)
_ABBREVIATION_END = re.compile(r"\b(?:Rp|No|Kec|Kab|Kel|Prov|Jl|Hal|Tgl|Dr|Drs|Ir|Sdr|Bpk)\.\s*$")


_TITLE_MAX = 200  # as in the text reader: a longer line after a caption is prose


_UNCAPTIONED_TITLE_MAX = 120

_PARAGRAPH_SPACING = 0.35  # of a line: more white than between a paragraph's own lines opens the next
_CELL_SLACK = 10.0  # points a cell's line may run past its column's boundary


@dataclass
class _PendingTable:
    rows: list[Row]
    width: int
    page: int
    caption: str | None
    title: str | None
    open_bottom: bool = False  # its last row left open by the page break (ruled tables)
    # A lone figure left at the foot of the page under the table ("2 Paket"): the first line
    # of a row whose other cells the engine moved to the next page. (text, x0, page)
    foot: tuple[str, float, int] | None = None
    bottom: float = 0.0  # where it ends on its last page
    starts: frozenset[float] = frozenset()  # where its cells start on its last page (not its first column)
    # Words set just under it at the page's foot, where one of its cells starts: a cell's last
    # words (a merged cell running past the table's last row), or a title. (lines, page)
    tail: tuple[list[Line], int] | None = None
    # The page shows only the header repeated so far (a borderless table's cuts and bottom):
    # lines right under it may be the rest of the row the break cut.
    awaiting: tuple[list[float], float, int] | None = None  # ... and the cut row's index
    cuts: list[float] | None = None  # a borderless table's column boundaries on its last page


class Assembler:
    """Turns pages of lines and tables into blocks: paragraphs and headings, captions
    attached to the table that follows (even on the next page), tables stitched across
    page breaks, a paragraph broken by a page break joined again."""

    def __init__(self, words: Lexicon = NO_LEXICON) -> None:
        self.words = words
        self.blocks: list[Block] = []
        self.caption: list | None = None  # [caption, title, blocks seen since]
        self.table: _PendingTable | None = None
        self.fresh_page = True  # nothing read yet on the current page
        self.text_before: Block | None = None  # the text block just above what comes next

    def run(self, pages: list[PageItems]) -> list[Block]:
        for page in pages:
            self.fresh_page = True
            items = [(line.top, 0, line) for line in page.lines]  # furniture is left out already
            items += [(t.top, 1, t) for t in page.tables]
            group: list[Line] = []
            for _top, _kind, item in sorted(items, key=lambda x: (x[0], x[1])):
                if isinstance(item, FoundTable):
                    self._text(group, page.number)
                    group = []
                    self._table(item, page.number)
                elif group and not _same_block(group, item):
                    self._text(group, page.number)
                    group = [item]
                else:
                    group.append(item)
            self._text(group, page.number, foot=True)
        self._flush_table()
        return self.blocks

    def _text(self, lines: list[Line], page: int, foot: bool = False) -> None:
        text = clean_text(" ".join(line.text for line in lines))
        if not text or CONTINUATION.match(text):
            return  # "lanjutan" over a continued table does not end it
        if self._rest_under_header(lines, page):
            return
        # A bare number there may be a page number furniture missed: only a figure with its
        # unit, a percent or decimals is held.
        figure = is_figure(text) and not text.isdigit()
        if foot and figure and self.table is not None and self.table.page == page and len(lines) == 1:
            self.table.foot = (text, lines[0].x0, page)  # kept for the table's next page
            return
        if foot and self._under_a_cell(lines, text, page):
            self.table.tail = (lines, page)  # decided by the next page: the table's, or a title
            return
        fresh, self.fresh_page = self.fresh_page, False
        self._release_tail()
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

    def _rest_under_header(self, lines: list[Line], page: int) -> bool:
        """Lines right under a header repeated alone at a page's top, read as prose (one run
        each, a row's gap below the header), that are the rest of the row the break cut:
        LibreOffice split the `TOTAL` row of 001's Tabel 3.2.2.1 (a rule under the header), its label's
        `EFISIENSI PENGGUNAAN SUMBER DAYA` under the next page's header."""
        table = self.table
        if table is None or table.awaiting is None or table.page != page:
            return False
        (cuts, bottom, cut), table.awaiting = table.awaiting, None
        if lines[0].top - bottom > 3 * lines[0].height:
            return False
        cells = [""] * (len(cuts) + 1)
        for line in lines:
            for x0, x1, text in line.segments:
                col = sum(x0 > cut for cut in cuts)
                if col < len(cuts) and x1 > cuts[col] + _CELL_SLACK:
                    return False  # a line across the table's gutters is prose
                cells[col] = f"{cells[col]} {text}".strip()
        if not self._fits_cut_row(cells, known=False, cut=cut):
            return False
        self._join_rest(Row(cells=cells, page=page, raw="\t".join(cells)), cut)
        table.awaiting = (cuts, lines[-1].bottom, cut)  # its next line may follow
        return True

    def _under_a_cell(self, lines: list[Line], text: str, page: int) -> bool:
        """A line or two of words just under the table at the page's foot, starting where one
        of its cells (not its first column) starts: 002's Renja annex through WeasyPrint set
        a merged name's last word, "Kecamatan", under the table's last row (cut off by 16 pt);
        taken for a title, it ended the table and titled its continuation."""
        table = self.table
        if table is None or table.page != page or len(lines) > 2 or len(text) > _UNCAPTIONED_TITLE_MAX:
            return False
        if normalise_caption(text) or _BAB.match(text) or lines[0].top - table.bottom > 3 * lines[0].height:
            return False
        return any(abs(lines[0].x0 - x0) < 2 for x0 in table.starts)

    def _release_tail(self) -> None:
        """Words held under the table (`_under_a_cell`) whose table did not go on: read as the
        text they are."""
        if self.table is not None and self.table.tail is not None:
            (lines, page), self.table.tail = self.table.tail, None
            self._text(lines, page)

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
        if not isinstance(last, Paragraph) or last is not self.text_before:
            return False
        if _SENTENCE_END.search(last.text) and not _ABBREVIATION_END.search(last.text):
            return False
        if _BAB.match(text):
            return False
        last.text = f"{last.text} {text}"
        return True

    def _table(self, found: FoundTable, page: int) -> None:
        fresh, self.fresh_page = self.fresh_page, False
        pieces = found.pieces or [[] for _ in found.rows]
        rows = [
            Row(cells=cells, page=page, raw="\t".join(cells), pieces=printed)
            for cells, printed in zip(found.rows, pieces, strict=True)
            if any(cells)
        ]
        if not rows:
            return
        if fresh and self.table is not None and self.table.page == page - 1:
            rows = _unmerged_header(rows, self.table.rows[:3])
        if (fresh and self._continues_table(rows, page)) or self._body_under_header(rows, found.cuts, page):
            rows = self._same_columns(rows, found.cuts)
            cuts = self.table.cuts  # this page's, or the wider page's its rows were moved into
            rows = _without_header_pieces(rows, _header_of(self.table.rows), self.table.title or "")
            if not rows:  # only the header repeated: the table goes on past this page
                self.table.page, self.table.bottom, self.table.starts = page, found.bottom, _starts(found)
                cut = len(self.table.rows) - 1
                self.table.awaiting = (cuts, found.bottom, cut) if cuts else None
                return
            self._place_foot(rows, cuts)  # a row of its own: never the rest of the cut row
            only_header = self._join_cut_row(rows, known=self.table.open_bottom or found.open_top)
            self._keep_tail()
            cut = len(self.table.rows) - 1
            self.table.rows += rows
            self.table.page, self.table.open_bottom = page, found.open_bottom
            self.table.bottom, self.table.starts = found.bottom, _starts(found)
            self.table.awaiting = (cuts, found.bottom, cut) if only_header and cuts else None
            return
        self._release_tail()
        self._flush_table()
        caption, title = self._take_caption()
        self.table = _PendingTable(rows, max(len(r.cells) for r in rows), page, caption, title, found.open_bottom)
        self.table.bottom, self.table.starts, self.table.cuts = found.bottom, _starts(found), found.cuts
        self.text_before = None

    def _body_under_header(self, rows: list[Row], cuts: list[float] | None, page: int) -> bool:
        """Rows read as a table of their own under the header repeated alone on this page
        (and the cut row's rest, `_rest_under_header`): the continued table's body, read
        with a column fewer where none of its rows fills one (001's Tabel 2.5 through
        LibreOffice with a header rule: no NO on the page, and its six indicators were a
        table without a header, unread). Its columns must fall in the table's, and it must
        open on a row, not a header (002's programs under its performance agreement's
        header repeated alone)."""
        table = self.table
        if table is None or table.awaiting is None or table.page != page or not cuts or not table.cuts:
            return False
        if names_columns(rows[0].cells):
            return False  # a header of its own under the repeated one: another table
        if len(cuts) == len(table.cuts):
            return True
        narrow, wide = (rows, cuts), (table.rows, table.cuts)
        if len(cuts) > len(table.cuts):
            narrow, wide = wide, narrow
        return _column_moves(narrow[0], narrow[1], wide[1]) is not None

    def _same_columns(self, rows: list[Row], cuts: list[float] | None) -> list[Row]:
        """A borderless table continued with more or fewer columns than its page before (a
        sub-column used only on one page: 004's Tabel 2.4 through LibreOffice without rules,
        SASARAN's codes from the second page on) is read in the columns of the wider: the
        narrower's cells moved to the columns their words stand in, not kept by index."""
        table = self.table
        if cuts and table.cuts and len(cuts) > len(table.cuts):
            wider = _in_columns(table.rows, table.cuts, cuts)
            if wider is not None:
                table.rows, table.width = wider, len(cuts) + 1
        elif cuts and table.cuts and len(cuts) < len(table.cuts):
            header = _header_of(table.rows)
            moved = _in_columns(rows, cuts, table.cuts, [r for r in rows if not _repeats_header(r.cells, header)])
            if moved is not None:
                return moved  # the table keeps the wider page's cuts
        table.cuts = cuts
        return rows

    def _keep_tail(self) -> None:
        """Words held under a table that goes on are a cell's last words: kept as text (which
        row's cell they end is not known), never as a title."""
        if self.table.tail is not None:
            (lines, page), self.table.tail = self.table.tail, None
            self._foot_as_text(clean_text(" ".join(line.text for line in lines)), page)

    def _continues_table(self, rows: list[Row], page: int) -> bool:
        """A table at the top of a page continues the one at the foot of the page before
        when it has as many columns or starts with the same header row."""
        pending = self.table
        if pending is None or pending.page != page - 1:
            return False
        if _another_header(rows[0].cells, pending.rows[:3]) or _labels_moved(rows[0].cells, _header_of(pending.rows)):
            return False
        return len(rows[0].cells) == pending.width or same_header(rows[0].cells, pending.rows[0].cells)

    def _join_cut_row(self, rows: list[Row], known: bool = False) -> bool:
        """The rest of the row a page break cut opens the page, under the header when it is
        repeated: words only, under the row's own words - or, where the drawing shows the
        row open at the break (`known`), also under its empty cells (a name the engine
        moved whole to the next page). Joined to the row, cell by cell (a text export
        prints it whole, and its figures belong to its whole name). True when the page
        holds only the header repeated (the rest may follow as lines, `_rest_under_header`)."""
        header = _header_of(self.table.rows)
        k = 0
        while k < len(rows) and _repeats_header(rows[k].cells, header):
            k += 1
        # rows below bear witness only where no rule could show the row closed (borderless),
        # or where the row is the table's first: no row above can have left its cells empty
        first = len(self.table.rows) - len(_header_of(self.table.rows)) == 1
        below = [r.cells for r in rows[k + 1 :]] if self.table.cuts or first else []
        next_row = rows[k + 1].cells if k + 1 < len(rows) else ()
        alone = k == len(rows) - 1
        if k < len(rows) and alone and self._beside_merged(rows[k].cells):
            self._join_to_owners(rows.pop(k))
        elif k < len(rows) and self._fits_cut_row(rows[k].cells, known, alone=alone, below=below, next_row=next_row):
            self._join_rest(rows.pop(k))
        elif k < len(rows):
            self._join_merged_rest(rows[k], rows[k + 1 :], known)
        return k == len(rows)

    def _join_to_owners(self, rest: Row) -> None:
        """Each cell of `rest` joined to the nearest body row above with text in its column."""
        body = self.table.rows[len(_header_of(self.table.rows)) :]
        for i, text in enumerate(rest.cells):
            owner = next((row for row in reversed(body) if i < len(row.cells) and row.cells[i]), None)
            if text and owner is not None:
                owner.cells[i] = join_cut(owner.cells[i], text, self.words)
                owner.raw = "\t".join(owner.cells)

    def _beside_merged(self, cells: list[str]) -> bool:
        """Whether a rest of words alone, all the table has left on its page, fills only
        columns left of the cut row's own words, which it leaves empty below a row above with
        words there: a group's cell (a sasaran) merged down past the cut row goes on, not the
        cut row's own text (LibreOffice, 002's Tabel 3.8 in URW Bookman 10: "... layanan
        Kecamatan" over IKM and IPP, "Plandaan" alone on the next page). A name moved whole
        past the break stands right of words the row keeps, or beside figures alone, or
        under a column no row above fills."""
        body = self.table.rows[len(_header_of(self.table.rows)) :]
        filled = [i for i, c in enumerate(cells) if c]
        if len(body) < 2 or not filled or any(is_figure(cells[i]) for i in filled):
            return False
        cut = body[-1].cells
        own = next((i for i, c in enumerate(cut) if _WORD.search(c) and not is_figure(c)), None)
        return own is not None and all(
            i < own and not cut[i] and any(i < len(r.cells) and _WORD.search(r.cells[i]) for r in body[:-1])
            for i in filled
        )

    def _fits_cut_row(
        self,
        cells: list[str],
        known: bool,
        cut: int = -1,
        alone: bool = False,
        below: list[list[str]] = (),
        next_row: list[str] | tuple = (),
    ) -> bool:
        """`below`: the rows after the rest on the new page, witnesses of which cells rows like
        the cut one never leave empty where the rows above are too few to say (a table's
        second row cut). `next_row`: the row right after the rest, whatever the drawing."""
        last = self.table.rows[cut]
        figures = [r.cells for r in self.table.rows if any(is_figure(c) for c in r.cells) and not is_year_row(r.cells)]
        blank = frozenset(i for i in range(len(last.cells)) if not any(i < len(r) and r[i] for r in figures))
        after = [r for r in below if any(is_figure(c) for c in r) and not is_year_row(r)]
        named = _always_named(last.cells, figures) or _always_named(last.cells, figures + after)
        return rest_of_cut_row(last.cells, cells, known, True, blank, named, alone, next_row)

    def _join_rest(self, rest: Row, cut: int = -1) -> None:
        last = self.table.rows[cut]
        last.cells = [join_cut(a, b, self.words) for a, b in zip_longest(last.cells, rest.cells, fillvalue="")]
        last.raw = f"{last.raw}\n{rest.raw}"  # its pieces stay those of its first page

    def _join_merged_rest(self, first: Row, after: list[Row], known: bool) -> None:
        """A merged cell of the row the page break left open going on beside the next row:
        the row's own rest was too short to be a row of its own (WeasyPrint, 002's Renstra
        matrix: `Meningkatnya kualitas penyelenggaraan pemerintahan dan` over the break,
        `layanan kecamatan` on the next page in the rows of `2. IPP Kecamatan Plandaan`).
        A cell in small letters under the row's own words, its column left empty by the row
        after (a merged cell's covered slots are), goes back to the row: a text export
        prints the whole text there and leaves the rows it spans empty. The row holding the
        words may be rows above the break, the rows between empty there (a sasaran merged
        down five indicators, Tabel 2.1 through LibreOffice with a header rule). Where the
        drawing does not show the row open (a header rule draws nothing there), a row after
        must show the column merged down (a unit in small letters alone on the table's last
        page is that row's own). A cell in capitals goes back too where its column is, in
        every row, named together with another column the new row leaves empty (`_named_with`:
        a kegiatan and its sasaran, merged down the same rows), and the new row has figures
        of its own: a row of names alone is the cut row's own rest (WeasyPrint centres a
        cell's text down its row, and a break may leave the figures above it)."""
        body = self.table.rows[len(_header_of(self.table.rows)) :]
        following = after[0] if after else None
        complete = any(is_figure(c) for c in first.cells)  # a row of its own beside the rest
        moved = set()
        for i, rest in enumerate(first.cells):
            owner = next((row for row in reversed(body) if i < len(row.cells) and row.cells[i]), None)
            above = owner.cells[i] if owner is not None else ""
            if not _WORD.search(above) or is_figure(above) or is_figure(rest) or not rest:
                continue
            if not (complete and _named_with(i, first.cells, [r.cells for r in [*body, *after]])):
                if not rest[:1].islower():
                    continue
                if (following is None and not known) or (
                    following is not None and i < len(following.cells) and following.cells[i]
                ):
                    continue
            owner.cells[i], first.cells[i] = join_cut(above, rest, self.words), ""
            moved |= {id(owner), id(first)}
        for row in (row for row in [*self.table.rows, first] if id(row) in moved):
            row.raw = "\t".join(row.cells)

    def _place_foot(self, rows: list[Row], cuts: list[float] | None) -> None:
        """The lone figure left at the foot of the page before goes into the first row of the
        continued table, in the column it stood under, when that cell is empty there."""
        foot, self.table.foot = self.table.foot, None
        if foot is None:
            return
        text, x0, page = foot
        header = _header_of(self.table.rows)
        body = [r for r in rows if not any(same_header(r.cells, h.cells) for h in header)]
        body = [r for r in body if not is_numbering_row(r.cells)]
        col = sum(x0 > cut for cut in cuts) if cuts is not None else None
        if body and col is not None and col < len(body[0].cells) and not body[0].cells[col]:
            body[0].cells[col] = text
            body[0].raw = "\t".join(body[0].cells)
            return
        self._foot_as_text(text, page)

    def _foot_as_text(self, text: str, page: int) -> None:
        block = Paragraph(text)
        block.page = page
        self.blocks.append(block)

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
        self._release_tail()
        if self.table is None:
            return
        pending, self.table = self.table, None
        table = build_table(pending.rows, caption=pending.caption, title=pending.title)
        if table is not None:
            self.blocks.append(table)
        self.text_before = None
        if pending.foot is not None:  # the table did not go on: the figure is prose, as printed
            self._foot_as_text(pending.foot[0], pending.foot[2])


def _in_columns(
    rows: list[Row], cuts: list[float], wider: list[float], body: list[Row] | None = None
) -> list[Row] | None:
    """Rows read between `cuts` moved into the columns between `wider` (more cuts, the same
    table on another page), by `_column_moves` on the `body` rows (all by default; a
    header repeated there is left out): a column of figures alone that parts goes piece by
    piece where each stands ("100% 100%": target and realisasi read as one column on a page
    of few rows, 000's Tabel 3.4 in URW Bookman 10). None where they do not fall in them."""
    moves = _column_moves(rows if body is None else body, cuts, wider)
    if moves is None:
        return None
    for row in rows:
        cells = [""] * (len(wider) + 1)
        for old, cell in enumerate(row.cells[: len(moves)]):
            if moves[old] is not None:
                cells[moves[old]] = cell
                continue
            for text, x0, *_ in _pieces_in(row, cuts, old):
                new = sum(x0 > cut for cut in wider)
                cells[new] = f"{cells[new]} {text}".strip()
        row.cells, row.raw = cells, "\t".join(cells)
    return rows


def _pieces_in(row: Row, cuts: list[float], col: int) -> list:
    return [piece for piece in row.pieces if sum(piece[1] > cut for cut in cuts) == col]


def _figures_apart(row: Row, cuts: list[float], col: int, wider: list[float]) -> bool:
    """Whether the row's pieces in column `col`, gathered by the `wider` column each starts
    in, are a figure each ("A" / "(87,89)" | "A (85,04)")."""
    parts: dict[int, str] = {}
    for text, x0, *_ in _pieces_in(row, cuts, col):
        new = sum(x0 > cut for cut in wider)
        parts[new] = f"{parts.get(new, '')} {text}".strip()
    return all(is_figure(text) for text in parts.values())


def _column_moves(rows: list[Row], cuts: list[float], wider: list[float]) -> list[int | None] | None:
    """Where each column between `cuts` goes between `wider`: where its words start, a
    column without words where its middle lies; None for a column of figures alone whose
    figures part (each goes where it starts). None when a column of words would part, two
    columns meet or their order changes: then they are not the same columns."""
    edges = [float("-inf"), *cuts, float("inf")]
    target: list[set[int]] = [set() for _ in edges[1:]]
    for row in rows:
        for _text, x0, *_ in row.pieces:
            old = sum(x0 > cut for cut in cuts)
            target[old].add(sum(x0 > cut for cut in wider))
    moves: list[int | None] = []
    spans = []
    for old, found in enumerate(target):
        if len(found) > 1 and not all(_figures_apart(row, cuts, old, wider) for row in rows):
            return None
        if not found:
            left, right = max(edges[old], wider[0] - 1), min(edges[old + 1], wider[-1] + 1)
            found = {sum((left + right) / 2 > cut for cut in wider)}
        spans.append((min(found), max(found)))
        moves.append(found.pop() if len(found) == 1 else None)
    if any(b[0] <= a[1] for a, b in zip(spans, spans[1:], strict=False)):
        return None
    return moves


def _always_named(cut: list[str], figures: list[list[str]]) -> frozenset[int]:
    """The cut row's empty cells that every earlier row filling its cells fills too (two
    such rows at least): a cell no such row leaves empty is never merged, so the row's own
    text there was moved whole past the break (WeasyPrint: 000's Tabel 3.1, the SAKIP row's
    indicator; 001's Tabel 4.1, a kegiatan's name beside its own budget, where only rows
    without a budget of their own leave the name to the row above)."""
    full = [i for i, c in enumerate(cut) if c]
    alike = [r for r in figures if r is not cut and all(i < len(r) and r[i] for i in full)]
    if len(alike) < 2:
        return frozenset()
    return frozenset(i for i, c in enumerate(cut) if not c and all(i < len(r) and r[i] for r in alike))


def _starts(found: FoundTable) -> frozenset[float]:
    """Where the table's body cells start on its page, its first column left out (a title
    may start at the margin the table starts at)."""
    starts = {round(piece[1], 1) for row in found.pieces for piece in row}
    return frozenset(x for x in starts if x > min(starts, default=0.0) + 2)


def _unmerged_header(rows: list[Row], header: list[Row]) -> list[Row]:
    """The repeated header opening a continued table, with the rest of a row the page
    break cut read into it (no figure between them tells them apart): each cell starts with
    its column's label ("INDIKATOR KINERJA pembangunan yang ditindaklanjuti"). Split into
    the header row and the row's rest, for `_join_cut_row`."""
    first = rows[0].cells
    for printed in header:
        labels = printed.cells + [""] * (len(first) - len(printed.cells))
        if len(labels) != len(first) or sum(bool(label) for label in labels) < 2:
            continue
        if any(
            label and not (cell == label or cell.startswith(label + " "))
            for cell, label in zip(first, labels, strict=True)
        ):
            continue
        rest = [cell[len(label) :].strip() for cell, label in zip(first, labels, strict=True)]
        if not any(rest) or any(is_figure(cell) for cell in rest):
            continue
        # the pieces printed both: neither part is placed (a header row, a row's rest)
        head = Row(cells=labels, page=rows[0].page, raw="\t".join(labels))
        return [head, Row(cells=rest, page=rows[0].page, raw="\t".join(rest)), *rows[1:]]
    return _unmerged_rows(rows, header)


def _unmerged_rows(rows: list[Row], header: list[Row]) -> list[Row]:
    """The same where the header is read as one row here and as several above (a group
    label's row, then its sub-labels: 002's individual performance agreement through
    WeasyPrint, its second row's KINERJA and INDIKATOR moved past the break into the header
    repeated as one line): each cell starts with a label its column printed in any header
    row, or holds header words only."""
    first, header = rows[0].cells, _above_figures(header)
    if len(header) < 2 or any(len(h.cells) != len(first) for h in header):
        return rows
    words = set(_WORD.findall(" ".join(c for h in header for c in h.cells).lower()))
    head, rest = [], []
    for i, cell in enumerate(first):
        own = [h.cells[i] for h in header if h.cells[i]]
        labels = sorted({*own, " ".join(own)}, key=len, reverse=True)  # a group label over its own
        label = next((lb for lb in labels if cell == lb or cell.startswith(lb + " ")), None)
        if label is None and not set(_WORD.findall(cell.lower())) <= words:
            return rows
        head.append(label if label is not None else cell)
        rest.append(cell[len(label) :].strip() if label is not None else "")
    if not any(rest) or any(is_figure(cell) for cell in rest) or sum(map(bool, head)) < 3:
        return rows
    return [
        Row(cells=head, page=rows[0].page, raw="\t".join(head)),
        Row(cells=rest, page=rows[0].page, raw="\t".join(rest)),
        *rows[1:],
    ]


def _above_figures(rows: list[Row]) -> list[Row]:
    """The rows above the first row holding a figure (a row of years is the header's)."""
    first = (k for k, r in enumerate(rows) if any(is_figure(c) for c in r.cells) and not is_year_row(r.cells))
    return rows[: next(first, len(rows))]


def _named_with(col: int, cells: list[str], rows: list[list[str]]) -> bool:
    """Whether column `col` is, in every one of `rows` with figures (at least three naming
    it), named exactly where another column of names is that `cells` leaves empty, and both
    are left empty beside another row's names: the two are merged down the same rows (001's
    Tabel 2.5: a kegiatan and its sasaran over a second indicator), so a row naming one
    without the other holds the rest of a merged cell cut by the page break ("Penugasan
    Kepala Daerah" beside the next indicator, the sasaran's first words on the page
    before). Not a column of figures (an indicator is named wherever a target is), nor
    two columns each row happens to name both of (a program and its one indicator: no row
    shows them merged)."""
    rows = [r for r in rows if any(is_figure(c) for c in r)]  # no header, no rest of a row
    for other in (j for j, cell in enumerate(cells) if j != col and not cell):
        both = [r for r in rows if max(col, other) < len(r)]
        if any(is_figure(r[other]) for r in both) or any(bool(r[col]) != bool(r[other]) for r in both):
            continue
        merged = any(not r[col] and any(c and not is_figure(c) for c in r) for r in both)
        if merged and sum(bool(r[col]) for r in both) >= 3:
            return True
    return False


def _header_of(rows: list[Row]) -> list[Row]:
    """A table's rows above its first row of figures (at most six): its header as printed."""
    return _above_figures(rows)[:6]


def _without_header_pieces(rows: list[Row], header: list[Row], title: str = "") -> list[Row]:
    """The header repeated over a continued table, without what of it would read as rows:
    a label's last line set apart ("(%)" of "Capaian Kinerja (%)", a row of its own on every
    page), lying above a row repeating the header (or a numbering row), each of its cells in
    its column's label as first printed; and the header read another way (a group label
    printed as the table's title on its first page, merged into a label below it on the
    next: 002's individual performance tables through WeasyPrint), each cell of it words of
    the header or title, half of its cells labels of the header."""
    rows = _header_lines_joined(rows, header)
    top = _above_figures(rows)[:8]
    loose = {k for k, r in enumerate(top) if not _repeats_header(r.cells, header) and _relabels(r.cells, header, title)}
    rows = [r for k, r in enumerate(rows) if k not in loose]
    anchors = [k for k, r in enumerate(rows[:8]) if _repeats_header(r.cells, header)]
    if not anchors:
        return rows
    return [r for k, r in enumerate(rows) if k > anchors[-1] or k in anchors or not _piece_of(r.cells, header)]


def _header_lines_joined(rows: list[Row], header: list[Row]) -> list[Row]:
    """The header repeated as lines read as rows of their own (a page holding only the
    header and a cut row's rest: no body to end it) as one row, where joined column by
    column they print its labels (001's Tabel 3.2.2.1 through LibreOffice: "NO | SASARAN |
    INDIKATOR | % | % | TINGKAT" over "STRATEGIS | KINERJA | CAPAIAN | ..." over "KINERJA |
    ANGGARAN", under a header read as one row on the page before)."""
    width = len(header[0].cells) if header else 0
    if not width or any(len(r.cells) != width for r in rows[:2]) or _repeats_header(rows[0].cells, header):
        return rows

    def labels(part: list[Row]) -> list[str]:
        return [_squashed(" ".join(r.cells[i] for r in part if i < len(r.cells))) for i in range(width)]

    want = labels([h for h in header if not is_numbering_row(h.cells)])
    lines = next((k for k, r in enumerate(_above_figures(rows)) if is_numbering_row(r.cells)), len(rows))
    for n in range(2, min(lines, len(_above_figures(rows)), 8) + 1):
        if labels(rows[:n]) == want:
            cells = [" ".join(c for c in column if c) for column in zip(*(r.cells for r in rows[:n]), strict=False)]
            joined = Row(cells=cells, page=rows[0].page, raw="\t".join(cells), pieces=rows[0].pieces)
            return [joined, *rows[n:]]
    return rows


def _repeats_header(cells: list[str], header: list[Row]) -> bool:
    """A numbering row, or a row repeating one of the header's: alike in words, or printed
    the same to the cell (a row of marks alone, "%" over "% REALISASI", has no words)."""
    return is_numbering_row(cells) or any(cells == h.cells or same_header(cells, h.cells) for h in header)


def _relabels(cells: list[str], header: list[Row], title: str) -> bool:
    filled = [c for c in cells if c]
    if len(filled) < 2 or any(is_figure(c) for c in filled):
        return False
    printed = [c for h in header for c in h.cells if c]
    words = set(_WORD.findall(" ".join([*printed, title]).lower()))
    if not all(set(_WORD.findall(c.lower())) <= words for c in filled):
        return False
    labels = {_squashed(c) for c in [*printed, title]}
    return 2 * sum(_squashed(c) in labels for c in filled) >= len(filled)


def _piece_of(cells: list[str], header: list[Row]) -> bool:
    filled = [i for i, c in enumerate(cells) if c]
    if not filled or any(is_figure(cells[i]) for i in filled):
        return False
    labels = [_squashed(" ".join(h.cells[i] for h in header if i < len(h.cells))) for i in range(len(cells))]
    return all(_squashed(cells[i]) in labels[i] for i in filled)


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text.lower())


def _another_header(first: list[str], header: list[Row]) -> bool:
    """A page opening on a header row that shares few of its words with the header of the
    table above opens a table of its own ("No | Program | Anggaran (Rp.) | Keterangan"
    under a performance agreement's "No | Sasaran | Indikator | Target"), however many
    columns it has. A header repeated over its continuation, even read apart, shares most."""
    if not names_columns(first) or any(same_header(first, h.cells) for h in header):
        return False
    words = set(_WORD.findall(" ".join(first).lower()))
    known = set(_WORD.findall(" ".join(c for h in header for c in h.cells).lower()))
    # ... and by cells: a cut row's rest read into the repeated header's cells adds words of
    # its own, never a cell ("ALTERNATIF/UPAYA ... ditetapkan (target 71 ..."): each cell
    # still opens on a label's first word
    firsts = {w[0] for h in header for c in h.cells if (w := _WORD.findall(c.lower()))}
    cells = [w for c in first if (w := _WORD.findall(c.lower()))]
    opening = sum(w[0] in firsts for w in cells)
    return 2 * len(words & known) < len(words) and 2 * opening < len(cells)


def _labels_moved(first: list[str], header: list[Row]) -> bool:
    """A page opening on the header's labels in other columns of as many (002's individual
    performance agreements, the second under its own header: "% REALISASI" right after the
    budget's realisasi, where the first printed it over the last column) heads a table of its
    own: a header repeated over its continuation, even read apart, keeps each label over its
    column."""
    if not header or len(first) != len(header[0].cells) or not names_columns(first):
        return False
    own = [
        set(_WORD.findall(" ".join(h.cells[i] for h in header if i < len(h.cells)).lower())) for i in range(len(first))
    ]
    moved = 0
    for i, cell in enumerate(first):
        words = set(_WORD.findall(cell.lower()))
        if words and not words & own[i] and any(words <= other for other in own):
            moved += 1
    return moved >= 2


def _same_block(group: list[Line], line: Line) -> bool:
    """Lines of one paragraph sit closer than the blank space between paragraphs: less
    than 0.6 of a line apart, and not much further apart than the paragraph's own lines
    (12 pt prose at 1.35 line spacing sets its lines 2.5 pt apart and its paragraphs 7.8).
    A caption opens a block of its own however close it sits, unless a sentence runs on
    into it: a line starting "Tabel 3.2" at the paragraph's left edge, the line above
    going on."""
    above = group[-1]
    gap = line.top - above.bottom
    if gap >= 0.6 * above.height:
        return False
    if len(group) > 1 and gap > _PARAGRAPH_SPACING * above.height + min(
        b.top - a.bottom for a, b in zip(group, group[1:], strict=False)
    ):
        return False
    if not normalise_caption(line.text):
        return True
    return not _SENTENCE_END.search(above.text) and abs(line.x0 - above.x0) <= line.height

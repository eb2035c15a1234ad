"""Turn raw table rows into a Table: header rows merged into column labels,
repeated headers (page breaks) removed, rows padded to the table's width.

Shared by every reader: rows come in with cleaned cells and provenance.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from functools import cache, lru_cache
from itertools import zip_longest

from ingest.model import Column, Row, Table
from ingest.numbers import MISSING, read_number
from ingest.read.wrapping import join_parts
from ingest.vocabulary import starts_with, vocabulary

_YEAR = re.compile(r"^(tahun\s*)?(19|20)\d\d$", re.I)
# A column-number cell: "3", "(3)", "6=5/4x100%", "6 (5/4 *100%)".
_NUMBERING = re.compile(r"^\(?(\d{1,2})\)?(?:\s*[=(:x×*/].*)?$")
# A header label that names a year ("Target 2024", "Target Akhir Renstra (2026)"): words, not a figure.
_LABEL_WITH_YEAR = re.compile(r"[A-Za-z]{3,}.*(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d).*[A-Za-z]{3,}")
_NUMBERED_ITEM = re.compile(r"^\(?\d{1,2}[.)]\s+[A-Za-z]")  # "1. Nilai Evaluasi AKIP": a name, not "4 Dokumen"
_ROW_NUMBER = re.compile(r"^\d+(\.\d+)*[.)]?$")
_LIST_MARKER = re.compile(r"^\(?\d{1,2}[.)]$|^[a-z][.)]$")  # "1.", "2)", "(3)", "a."
_UNIT_REST = re.compile(r"^(?:/|per\s)\s*[^\W\d_][^\d]*$", re.I)  # "/ bulan", "/ Ormas", "per tahun"
_LETTER = re.compile(r"[^\W\d_]")
_ONE_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*\.?$")  # "dokumen", "BUMDes", "TP-PKK"
_RULE = re.compile(r"^[-=_:|\s]*$")
_HEADER_CELL_MAX = 120
# A table's footnote: "Sumber : Laporan Evaluasi ...", "Keterangan:", "Catatan :", a legend's
# heading "Keterangan tingkat efisiensi :".
FOOTNOTE = re.compile(r"^\W*(?:sumber(?:\s+data)?|(?:keterangan|ket\.?|catatan)(?:\s+[^\W\d_]+){0,3})\s*:", re.I)


def build_table(rows: list[Row], caption: str | None = None, title: str | None = None) -> Table | None:
    rows = [r for r in rows if not all(_RULE.match(c) for c in r.cells)]
    if not rows:
        return None
    header, body = split_header(rows)
    parts = _parts(rows[: len(rows) - len(body)], body)  # header lines as printed
    widest = max(parts, key=lambda part: part[0])
    if widest[0] > parts[0][0] and widest[1] and all(_is_header_like(r.cells) for r in widest[1]):
        header = widest[1]  # a later part splits a merged column the first part printed as one
    width = max(len(r.cells) for r in header + body)
    placed = [_placed(part, widest, width) for part in parts]
    body = join_broken_rows([r for part in placed for r in part])
    for i, row in enumerate(body):
        row.index = i
    table = Table(caption=caption, title=title, header_rows=header, rows=body)
    table.columns = merge_header(header, width)
    first = rows[0]
    table.line, table.page = first.line, first.page
    return table


def is_numeric(cell: str) -> bool:
    return read_number(cell).value is not None


@lru_cache(maxsize=1 << 16)
def is_figure(cell: str) -> bool:
    """A number a body row carries, not a header label that names a year. Cached: the PDF
    reader asks it of the same words many times over while it groups lines into rows."""
    return (
        is_numeric(cell)
        and not _YEAR.match(cell)
        and not _LABEL_WITH_YEAR.search(cell)
        and not _NUMBERED_ITEM.match(cell)
    )


def is_year_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(_YEAR.match(c) for c in filled)


def is_numbering_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    if len(filled) < 2 or not all(_NUMBERING.match(c) for c in filled):
        return False
    firsts = [int(re.match(r"\(?(\d+)", c).group(1)) for c in filled]
    return all(b > a for a, b in zip(firsts, firsts[1:], strict=False))


def _counts_from_one(cells: list[str]) -> bool:
    """Column numbers, "1 2 3 ..." or "(1) (2) (3) ...": not a row of small counts."""
    firsts = [re.match(r"\(?(\d+)", c).group(1) for c in cells if c][:3]
    return firsts == ["1", "2", "3"]


def _is_header_like(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and not any(is_figure(c) for c in filled) and all(len(c) <= _HEADER_CELL_MAX for c in filled)


def split_header(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    """Header rows are the first row (when it holds no figure) and the rows under
    it that continue it: sub-labels under spanning cells, a year row, a numbering row,
    and any rows of labels down to the column numbers."""
    if not _is_header_like(rows[0].cells) and not is_year_row(rows[0].cells):
        return [], rows
    header = [rows[0]]
    n = 1
    while n < len(rows):
        cells = rows[n].cells
        marks = is_year_row(cells) or is_numbering_row(cells)
        if not marks and _wrapped_label(header[-1].cells, cells, rows[n + 1 :]):
            header[-1] = _joined(header[-1], rows[n])  # "TARGET" over "TAHUNAN": one label
        elif marks or (_is_header_like(cells) and (not cells[0] or _fills_gaps(header[-1].cells, cells))):
            header.append(rows[n])
        else:
            break
        n += 1
    if is_numbering_row(header[-1].cells):
        return header, rows[n:]
    ahead = _down_to_numbering(rows[n:])
    return header + ahead, rows[n + len(ahead) :]


def _down_to_numbering(rows: list[Row], reach: int = 6) -> list[Row]:
    """Rows of labels down to the column numbers ("1 2 3 ... 11") are header too, whatever
    their order: a PDF prints labels centred down merged cells of one to six lines, so a
    label's lines fall above, between and below its neighbours' (002's Renja annex)."""
    for k, row in enumerate(rows[:reach]):
        if is_numbering_row(row.cells):
            return rows[: k + 1] if _counts_from_one(row.cells) else []
        if not _is_header_like(row.cells):
            return []
    return []


def _wrapped_label(upper: list[str], lower: list[str], after: list[Row]) -> bool:
    """The header's labels going on in a second line ("SASARAN" over "STRATEGIS"): short
    words, each under a label, before the years, the sub-labels, the column numbers or the
    first figures."""
    filled = [i for i, c in enumerate(lower) if c]
    if not filled or not _is_header_like(lower) or any(len(lower[i]) > 60 for i in filled):
        return False
    if any(i >= len(upper) or not upper[i] for i in filled) or not after:
        return False
    nxt = after[0].cells
    sub_labels = _is_header_like(nxt) and (not nxt[0] or _fills_gaps(lower, nxt))
    return is_year_row(nxt) or is_numbering_row(nxt) or sub_labels or any(is_figure(c) for c in nxt)


def _joined(upper: Row, lower: Row) -> Row:
    cells = [join_parts(a, b) for a, b in zip_longest(upper.cells, lower.cells, fillvalue="")]
    # Positions are kept on the first row's page only: a row cut by a page break has no one box.
    pieces = upper.pieces + (lower.pieces if lower.page == upper.page else [])
    return Row(cells, upper.line, upper.page, f"{upper.raw}\n{lower.raw}", pieces=pieces)


def _fills_gaps(upper: list[str], lower: list[str]) -> bool:
    """The lower row labels columns that a spanning cell of the upper row left empty
    ("TUJUAN | | | SASARAN" over "URAIAN | INDIKATOR | ...")."""
    seen_label = False
    for i, cell in enumerate(upper):
        if cell:
            seen_label = True
        elif seen_label and i < len(lower) and lower[i]:
            return True
    return False


def names_columns(cells: list[str]) -> bool:
    """A header row: three labels or more (target, realisasi, anggaran, ...), no figure."""
    labels = [c for c in cells if any(word in c.lower() for word in header_words())]
    return len(labels) >= 3 and not any(map(is_figure, cells))


def header_signature(cells: list[str]) -> str:
    """Cells reduced to letters and digits, so 'REALISA SI' matches 'REALISASI'."""
    return "".join(ch for ch in "".join(cells).lower() if ch.isalnum())


def same_header(a: list[str], b: list[str]) -> bool:
    """Whether a row repeats a header row (page break), allowing split words and typos."""
    return _alike(header_signature(a), header_signature(b))


@lru_cache(maxsize=1 << 14)
def _alike(sa: str, sb: str) -> bool:
    """A continued table asks this of the same few headers on every page: remembered, and
    the length bound (`real_quick_ratio`) spares `ratio` on rows of another length."""
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    matcher = difflib.SequenceMatcher(None, sa, sb)
    return matcher.real_quick_ratio() >= 0.9 and matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


def _placed(part: tuple[int, list[Row], list[Row]], widest: tuple[int, list[Row], list[Row]], width: int) -> list[Row]:
    """A part's rows in the table's columns: under their own part's header, mapped by its
    labels onto the widest part's columns when this part printed fewer (`_column_map`)."""
    part_width, printed, rows = part
    rows = [_align(r, part_width) for r in rows]
    where = _column_map(printed, part_width, widest[1], widest[0]) if part_width < widest[0] else None
    if where is None:
        return [_pad(r, width) for r in rows]
    out = []
    for r in rows:
        cells = [""] * width
        for k, cell in enumerate(r.cells):
            cells[where[k]] = cell
        out.append(replace(r, cells=cells))
    return out


def _column_map(printed: list[Row], width: int, wider: list[Row], wide: int) -> list[int] | None:
    """Each column of a narrower part's header in the wider header's columns, matched by
    label ("SASARAN" over one column here, over a number and a name there); None unless
    every column finds its own."""
    if not printed or not wider:
        return None
    ours = [" ".join(c.parts).lower() for c in merge_header(printed, width)]
    theirs = [" ".join(c.parts).lower() for c in merge_header(wider, wide)]
    where: dict[int, int] = {}
    for a, b, size in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_matching_blocks():
        where.update((a + k, b + k) for k in range(size))
    return [where[k] for k in range(width)] if len(where) == width else None


def _parts(header: list[Row], body: list[Row]) -> list[tuple[int, list[Row], list[Row]]]:
    """The body cut where the header is printed again (a page break), repeated headers
    dropped; each part with its own width: a table printed in parts may give each part
    another number of cells (002's Renstra matrix: rows of 20 under a header of 20, then
    rows of 21 under a header of 21), and a row is placed by its own part's header."""
    if not header:
        return [(max((len(r.cells) for r in body), default=0), [], body)]

    def repeated(row: Row) -> bool:
        if is_numbering_row(row.cells):  # the "1 2 3 ..." row under a repeated header
            return any(header_signature(row.cells) == header_signature(h.cells) for h in header)
        # printed the same to the cell counts too: a row of a mark alone ("%") has no words
        return _is_header_like(row.cells) and any(
            row.cells == h.cells or same_header(row.cells, h.cells) for h in header
        )

    groups: list[tuple[list[Row], list[Row]]] = [(list(header), [])]
    for row in body:
        if not repeated(row):
            groups[-1][1].append(row)
        elif groups[-1][1]:
            groups.append(([row], []))
        else:
            groups[-1][0].append(row)
    return [(max(len(r.cells) for r in printed + rows), printed, rows) for printed, rows in groups]


def join_broken_rows(body: list[Row]) -> list[Row]:
    """A long row broken over two lines: the second part carries only the rest of the
    name cells (no number, no figure). Join it to the row above, cell by cell."""
    out: list[Row] = []
    for row in body:
        if out and rest_of_row(out[-1].cells, row.cells, _after_a_break(out[-1], row)):
            out[-1] = replace(_joined(out[-1], row), guess=out[-1].guess)
        else:
            out.append(row)
    return out


def _after_a_break(above: Row, row: Row) -> bool:
    """A PDF row on the next page, or lines left out between two rows of a text export (an
    empty line, a page number, a running head, a repeated header): where a page break cut
    the table."""
    if above.page is not None and row.page is not None and row.page != above.page:
        return True
    return above.line is not None and row.line is not None and row.line - above.line > 1


def rest_of_row(above: list[str], cells: list[str], after_a_break: bool = False) -> bool:
    """Whether `cells` (names only) are the rest of the row `above`, broken over two lines."""
    if not rest_of_cut_row(above, cells):
        return False
    filled = [i for i, c in enumerate(cells) if c]
    # Words have letters: a code the export broke with a space ("7.01.01.2.0 1.01") is none.
    words = [i for i, c in enumerate(above) if _LETTER.search(c) and not is_figure(c) and not _ROW_NUMBER.match(c)]
    if not words:
        return False  # in a text export a row without a name is printed so; only a PDF's page break moves one
    # The row's first words go on; or several of its names go on together (the first fitted
    # on its line); or a lone wrapped name goes on in lower case, "(...)", or past a page
    # break. A lone capitalised name under an empty first word cell, in one run of lines,
    # is "same as above" under a merged cell: a row of its own.
    lone = len(filled) == 1
    return filled[0] == words[0] or not lone or not cells[filled[0]][:1].isupper() or after_a_break


def rest_of_cut_row(
    above: list[str],
    cells: list[str],
    open_row: bool = False,
    past_break: bool = False,
    blank: frozenset = frozenset(),
    moved: frozenset = frozenset(),
    alone: bool = False,
    after: list[str] | tuple = (),
) -> bool:
    """Whether `cells` can be the rest of the row `above`, cut where the table was: words
    only, each under one of the row's own words. Where the reader knows a page break cut
    the row (`past_break`: a PDF table going on at the top of the next page), that is
    enough, and a figure's unit goes on in small letters too; where it also sees the row
    drawn open at the break (`open_row`), or the row has figures and no word at all, words
    under the row's empty cells are its rest too (a name the engine moved whole to the next
    page), as they are beside a cell going on one of the row's own mid-sentence (and a
    figure under its empty cells there is its own, moved whole) - and so
    are words under the `blank` columns, empty in every row of figures so far (no merged
    cell of an earlier row can be going on there). Words only under the row's `moved`
    cells (never merged in rows like it) are its text moved whole, whatever they start with
    ("Kegiatan: ..."): the row cannot be without it, and a rest filling every such cell is
    the row's whatever else it holds. A rest that is all the table has left
    on its page (`alone`) is the row's too, whatever it starts with (a heading without
    figures heads rows below it, and none follow), unless it opens a total. So is a rest of
    words alone under a list the row opens ("1. Jumlah") whose next item opens the row
    `after` it ("2. Jumlah ..."): items are numbered, the rest is not."""
    filled = [i for i, c in enumerate(cells) if c]
    if not filled or any(_ROW_NUMBER.match(cells[i]) for i in filled):
        return False
    figures = [i for i in filled if is_figure(cells[i])]
    if figures and not past_break:
        return False
    filled = [i for i in filled if i not in figures]
    words = [i for i, c in enumerate(above) if _LETTER.search(c) and not is_figure(c) and not _ROW_NUMBER.match(c)]
    # "2. Jumlah ...": the next item of a list, not the rest of the first - unless the row
    # is figures without a word and this fills every cell it cannot be without (`moved`):
    # its names, set past the break (a browser centring the row's figures on the page
    # before, its names on the next)
    whole = past_break and not words and moved and all(i < len(cells) and cells[i] for i in moved)
    if any(_NUMBERED_ITEM.match(cells[i]) for i in filled) and not whole:
        return False
    if not any(is_figure(c) or (c and c.lower() in MISSING) for c in above):
        return False  # only a row with figures (or "N/A", "-") is left open by a break
    if past_break and not figures and all(i in words for i in filled) and _list_goes_on(above, cells, after):
        return True
    # past a break, a cell going on one of the row's own mid-sentence ("Terlaksananya
    # Pengadaan sarana dan prasarana" / "gedung kantor"): the row is cut, whatever is beside it
    going_on = past_break and any(i in words and _mid_sentence(above[i], cells[i]) for i in filled)
    # ... and a figure under one of its empty cells is its own, moved past the break with it
    # (WeasyPrint: 002's target "12 Kegiatan" beside "Perda/" / "Perkada dan Trantibum ...")
    # (or beside a row of figures without a word whose every such cell the rest fills,
    # `whole`: WeasyPrint centred 001's "100 | 75.678.000 | 100" above the break, its
    # names and "12 Dokumen" below)
    if figures and not ((going_on or whole) and all(i < len(above) and not above[i] for i in figures)):
        return False
    # an open row, or a row of figures without a single word: its name went on past the break
    gaps = [i for i, c in enumerate(above) if not c and (open_row or going_on or not words or i in blank | moved)]
    # "80 orang" going on "/ bulan": a figure's unit wrapped in its cell
    units = [i for i in filled if i < len(above) and _unit_rest(above[i], cells[i], past_break, going_on)]
    # a list marker left alone at a page's foot ("1."): its item's words went on past the break
    markers = [i for i, c in enumerate(above) if past_break and _LIST_MARKER.match(c)]
    if not (words or gaps) or any(i not in words + gaps + units + markers for i in filled):
        return False  # under the row's own words (or an open row's gaps), never under a figure or a mark
    named = [i for i in filled if i not in units]
    if not named:
        return False  # a unit alone is no row's rest here: nothing says the row was cut
    # "Program ...", "Kegiatan ...", "JUMLAH": a row of its own - unless the row above has no
    # name at all, or, past a break, its words go on beside it mid-sentence (WeasyPrint moved
    # a program's name whole to the next page, beside the rest of the row's sasaran)
    if not words or not _starts_a_row(cells[named[0]]):
        return True
    # ... or each of its cells is the row's own: moved whole, or going on mid-sentence
    if past_break and all(i in moved or (i in words and _mid_sentence(above[i], cells[i])) for i in named):
        return True
    if past_break and alone and not _starts_a_total(cells[named[0]]):
        return True
    # ... or it gives the row every cell it cannot be without (WeasyPrint moved a kegiatan's
    # name and indicator whole past the break, its sasaran's last words beside them)
    if past_break and moved and all(i < len(cells) and cells[i] for i in moved):
        return True
    return going_on and open_row


_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]\s")


def _list_goes_on(above: list[str], cells: list[str], after: list[str] | tuple) -> bool:
    """Whether a cell of the cut row opens a numbered item whose next item opens the same
    column of the row `after` the rest, and the rest there goes on unnumbered: the item's
    words, cut by the break (LibreOffice, 001's Tabel 3.1.1.3: "1. Jumlah" / "Pengajuan
    Raperdes APB Desa ..." above "2. Jumlah BUMDesa ...")."""
    for i, text in enumerate(above):
        item = _ITEM_NUMBER.match(text)
        if not item or i >= len(cells) or not cells[i] or _ITEM_NUMBER.match(cells[i]) or i >= len(after):
            continue
        following = _ITEM_NUMBER.match(after[i])
        if following and int(following.group(1)) == int(item.group(1)) + 1:
            return True
    return False


_LINKING = re.compile(r"\b(?:dan|yang|atau|serta|di|ke|dari|untuk|dengan|pada|terhadap|dalam)$|[,/]$", re.I)


def _mid_sentence(text: str, rest: str) -> bool:
    """Whether `rest` goes on `text` in the middle of a phrase: it starts in small letters
    ("melaporkan ...") or `text` ends on a word that links to more ("Pembinaan dan")."""
    return rest[:1].islower() or bool(_LINKING.search(text.rstrip()))


def _unit_rest(figure: str, rest: str, past_break: bool = False, cut: bool = False) -> bool:
    """Whether `rest` is the end of `figure`'s unit wrapped in its cell: "80 orang" going on
    "/ bulan", "10 Pokmas /" on "Ormas"; past a page break known to cut the row, "45
    Lembaga" on "kemasyarakatan" too (words in small letters go on a unit; a capital may
    open a name), and a bare number's whole unit, one word ("42" / "dokumen"; "21" /
    "BUMDes" where the row's other cells go on mid-sentence, `cut`): a row of its own
    would have a figure there, not a unit alone."""
    if not is_figure(figure):
        return False
    if past_break and not _LETTER.search(figure) and _ONE_WORD.match(rest) and (rest[:1].islower() or cut):
        return True
    if figure.rstrip().endswith("/") or (past_break and _LETTER.search(figure) and rest[:1].islower()):
        rest = f"/ {rest}"
    return bool(_UNIT_REST.match(rest))


@cache
def header_words() -> list[str]:
    """Words that name table columns (ingest/vocabulary.toml [columns])."""
    c = vocabulary()["columns"]
    keys = ("indikator", "sasaran", "program", "satuan", "target", "realisasi", "capaian", "budget_group", "kemajuan")
    return [w for k in keys for w in c[k] if w[:1].isalpha()] + ["uraian", "tahun", "keterangan"]


def _starts_a_total(text: str) -> bool:
    rows = vocabulary()["rows"]
    return starts_with(text, rows["total"] + rows["total_short"])


def _starts_a_row(text: str) -> bool:
    rows = vocabulary()["rows"]
    return starts_with(
        text, rows["program"] + rows["kegiatan"] + rows["sub_kegiatan"] + rows["total"] + rows["total_short"]
    )


def _align(row: Row, width: int) -> Row:
    cells = row.cells
    if len(cells) < width:
        # A short row lost the leading cells that a merged cell spans (a page break in
        # the middle of a vertical merge): right-align it, unless it starts with its own
        # row number, which belongs in the first column.
        pad = [""] * (width - len(cells))
        cells = cells + pad if _ROW_NUMBER.match(cells[0]) else pad + cells
        guess = f"baris berisi {len(row.cells)} dari {width} sel: letak kolomnya ditebak"
        return Row(cells=cells, line=row.line, page=row.page, raw=row.raw, guess=guess, pieces=row.pieces)
    return Row(cells=cells, line=row.line, page=row.page, raw=row.raw, guess=row.guess, pieces=row.pieces)


def _pad(row: Row, width: int) -> Row:
    """A row of a narrower part: its cells stand where its own header put them."""
    return replace(row, cells=row.cells + [""] * (width - len(row.cells)))


def merge_header(header: list[Row], width: int) -> list[Column]:
    """One label per column: a spanning group label is carried right over the
    columns that a lower header row fills ("Target" over 2022/2023/2024)."""
    levels = [h.cells + [""] * (width - len(h.cells)) for h in header if not is_numbering_row(h.cells)]
    levels = _years_joined(levels)
    filled_levels: list[list[str]] = []
    for depth, level in enumerate(levels):
        below = levels[depth + 1 :]
        out = list(level)
        for col in range(1, width):
            if any(upper[col] for upper in levels[:depth]):
                continue  # a label above starts here: a lower group label ends before it
            if not out[col] and out[col - 1] and any(b[col] for b in below) and _spans(level, below, col):
                out[col] = out[col - 1]
        filled_levels.append(out)
    return [Column(index=i, parts=[lvl[i] for lvl in filled_levels if lvl[i]]) for i in range(width)]


def _years_joined(levels: list[list[str]]) -> list[list[str]]:
    """A year under a label that calls for one ("Target Renja tahun" over "2023", "... s/d"
    over "tahun 2022") is that label's next line, which a PDF's staggered header printed in
    a row of its own: joined to it, unless the label spans years, one over each of its
    sub-columns ("TARGET KINERJA PADA TAHUN" over 2022 | 2023 | ...)."""
    levels = [list(level) for level in levels]
    for depth in range(1, len(levels)):
        for col, cell in enumerate(levels[depth]):
            upper = next((lvl for lvl in reversed(levels[:depth]) if lvl[col]), None)
            if not _YEAR.match(cell) or upper is None or not _CALLS_FOR_YEAR.search(upper[col]):
                continue
            end = col + 1  # its span: to the next label of its row or of a row above
            while end < len(upper) and not any(lvl[end] for lvl in levels[:depth]):
                end += 1
            if any(levels[depth][col + 1 : end]):
                continue  # years under each of its columns: sub-columns, not its next line
            upper[col], levels[depth][col] = f"{upper[col]} {cell}", ""
    return [level for level in levels if any(level)]


_CALLS_FOR_YEAR = re.compile(r"(?:\btahun|\bta\.?|\bt\.a\.?|s/d|s\.d\.?|sampai(?: dengan)?|periode)\s*$", re.I)


def _spans(level: list[str], below: list[list[str]], col: int) -> bool:
    """A cell spans right only while its own first sub-column is labelled too
    (otherwise the empty cell belongs to a different, vertically merged label)."""
    start = col - 1
    while start > 0 and not level[start]:
        start -= 1
    return any(b[start] for b in below)

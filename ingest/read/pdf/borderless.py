"""Tables whose columns are aligned by whitespace only, cut at the white strips between cells."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.cleaning import clean_text
from ingest.model import Piece
from ingest.numbers import MISSING
from ingest.read.pdf.furniture import in_margin
from ingest.read.pdf.layout import FoundTable, Line
from ingest.read.tablebuild import (
    FOOTNOTE,
    header_words,
    is_figure,
    is_numbering_row,
    is_year_row,
    names_columns,
)
from ingest.read.text import normalise_caption
from ingest.read.wrapping import NO_LEXICON, CellLine, Lexicon, join_lines

_YEAR = re.compile(r"(19|20)\d\d")
_NUMBERS = re.compile(r"\d{1,2}( \d{1,2})*")
MIN_GUTTER = 3.5  # points of white between two columns (less is a space between words)


CUT_SLACK = 10.0  # how far a carried column boundary may move for a wider cell (2 characters)


def borderless_tables(
    lines: list[Line],
    carry: list[float] | None = None,
    height: float | None = None,
    words: Lexicon = NO_LEXICON,
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
        if height and in_margin(lines[i], height):
            prose.append(lines[i])  # the assembler drops it
            i += 1
            continue
        end = _run_end(lines, i)
        if end == i and (first := _group_label(lines, i)):
            end = _run_end(lines, first)  # "TARGET" centred over its sub-columns opens the header
        opening = carry and all(height and in_margin(line, height) for line in lines[:i])
        if end == i and opening:
            end = _rest_of_row(lines, i)
        rows = _rows(lines[i:end])
        head = _continued_rows(rows, carry) if opening else 0
        head = len(_at_headers(rows[:head])[0]) if head else 0  # a table of its own set under the continuation
        if head or _tabular(lines[i:end]) or _headed_above_header(lines, i, end):
            if head:
                continued = _flat(rows[:head])
                tables.append(_grid(continued, words, _fit(carry, continued)))
            parts = [part for block in _at_headers(rows[head:]) for part in _split_stacked(block)]
            tables.extend(_grid(_flat(part), words) for part in parts)
            i = end
        else:
            prose.append(lines[i])
            i += 1
    return tables, prose


def _gap(above: Line, line: Line, height: float = 0.0) -> float:
    """White between two lines as set: top to top less the taller line's height, or `height`
    when taller (a line without descenders, "Daerah", ends higher than its neighbours at the
    same pitch; two such lines in a row need the height of the lines around them)."""
    return line.top - above.top - max(above.height, line.height, height)


def _run_end(lines: list[Line], start: int) -> int:
    """End (exclusive) of the run of table lines starting at `start`, or `start`."""
    if len(lines[start].segments) < 2:
        return start
    end, pitch = start + 1, float("inf")  # the table's own line pitch: the closest two lines so far
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        height = max(done.height for done in lines[max(start, end - 3) : end])
        if end > start + 1:
            pitch = min(pitch, above.top - lines[end - 2].top)
        gap = _gap(above, line, height)
        if gap > 4 * height and not (gap < 10 * height and _under_header(lines, start, end)):
            break  # far apart, unless under a header row made tall by a merged cell
        if _header_set_apart(lines[start:end], line, gap):
            break  # a second table's header, set a blank line under this one
        if len(line.segments) < 2 and (FOOTNOTE.match(line.text) or normalise_caption(line.text)):
            break  # "Sumber : ...", set close under the last row: the table's note, not its cell;
            # "Tabel 3.2" opens the next table, however close under this one
        if len(line.segments) >= 2:
            end += 1
        elif _resumes(lines, end, height) or _label_goes_on(above, line):
            end += 1  # a row naming a program with no figures, a wrapped cell between rows, a label's
            # second line
        elif _wrapped(above, line, height, pitch) and not _spans(line, lines[start:end]):
            end += 1  # the last row's wrapped cell
        elif _cell_goes_on(lines[start:end], line) and not _spans(line, lines[start:end]):
            end += 1  # ... at the pitch that cell wraps at, closer lines elsewhere in the table
        elif _inner_cell_goes_on(lines[start:end], line, height):
            end += 1  # ... in an inner column, where its first line starts, within its column
        else:
            break
    return end


def _inner_cell_goes_on(run: list[Line], line: Line, height: float) -> bool:
    """Whether one-run `line` goes on the cell of the last line above it that starts where
    it does, in an inner column, ending before the next cell of that line starts, under
    less than half a line of white ("PROGRAM" / "PENYELENGGARAAN" / ... on a table's last
    row, 000's program budget through WeasyPrint in Liberation Sans 11: its two lines gave
    no gutter to trust, a centred header label's white seemed one, and the name's rest,
    read as crossing it, became the next page's table's title). Text set under a table
    starts at its left edge or runs across its columns."""
    above = run[-1]
    if len(line.segments) != 1 or line.x0 <= min(done.x0 for done in run) + MIN_GUTTER:
        return False
    starts = [k for k, (x0, _, _) in enumerate(above.segments) if abs(x0 - line.x0) <= 1.0]
    if not starts or (line.top - above.top - height >= 0.5 * height and not _at_cell_pitch(run, line)):
        return False
    after = above.segments[starts[0] + 1 : starts[0] + 2]
    return not after or line.segments[0][1] < after[0][0]


def _at_cell_pitch(run: list[Line], line: Line) -> bool:
    """Whether `line` follows the run's last line at the pitch its column's cell wraps at (the
    last two lines with a run starting where it does), measured between tops or between
    bottoms: a word without capitals or ascenders ("perencanaan", a 5.7 pt box under 7 pt
    ones) has its top lower, one without descenders its bottom higher."""
    mine = [done for done in run if any(abs(x0 - line.x0) <= 1.0 for x0, _, _ in done.segments)]
    if len(mine) < 2 or mine[-1] is not run[-1]:
        return False
    a, b = mine[-2], mine[-1]
    pitch = b.top - a.top
    steps = (line.top - b.top, line.bottom - b.bottom)
    return pitch > 0 and min(abs(step - pitch) for step in steps) < max(0.5, 0.1 * pitch)


def _cell_goes_on(run: list[Line], line: Line) -> bool:
    """Whether one-run `line` is the next line of a cell wrapping on the run's last two
    lines, where they start and at their pitch: the last line that cell's text alone, the
    one above it alone too or the row's first line, holding the cell's first words ("KEGIATAN
    DAN" / "ANGGARAN" closing a total's label, 001 through LibreOffice: the table's closest
    lines, in its header, made the pitch look smaller, and the capitals' short boxes the white
    wider; "Persentase | 100% ..." / "Rekomendasi Hasil" / "Pembinaan dan", a last row's
    indicator in Carlito, whose small letters' boxes are as short). Pitches are measured
    between tops, which glyphs set a little apart: a tenth of the pitch is the same pitch."""
    if len(run) < 2 or len(run[-1].segments) != 1 or len(line.segments) != 1:
        return False
    a, b = run[-2], run[-1]
    if abs(b.x0 - line.x0) > 1.0 or not any(abs(x0 - line.x0) <= 1.0 for x0, _, _ in a.segments):
        return False
    step = line.top - b.top
    return step > 0.5 and abs(step - (b.top - a.top)) < max(0.5, 0.1 * step)


def _header_set_apart(run: list[Line], line: Line, gap: float) -> bool:
    """Whether `line` names columns from the run's left edge (its first label starts within
    the first column's text: a centred "NO." may start a few points in; sub-labels under a
    group label start further) and is set apart from the run above it by more than twice the
    widest white between the run's lines and a blank line: the header of another table
    printed under this one, with a row of its own above (not only header lines). 002's
    performance agreement continued on a page (its repeated header, a wrapped cell's last
    words) then its programs and budget: no row of figures above tells the two apart
    (`_at_headers`); through WeasyPrint in serif type, landscape, 1.35 lines apart."""
    if len(run) < 2 or not _names_columns(line) or not 0 <= _header_lines(run) < len(run) - 1:
        return False  # a header's sub-labels under its group labels ("URAIAN | INDIKATOR" under "TUJUAN")
    left = min(above.segments[0][0] for above in run)
    edge = [above.segments[0] for above in run if above.segments[0][0] <= left + MIN_GUTTER]
    if line.segments[0][0] >= min(x1 for _, x1, _ in edge):
        return False  # starting past the first column's text: not from the table's left edge
    widest = max(_gap(above, below) for above, below in zip(run, run[1:], strict=False))
    return gap > max(2 * widest, _BLANK_LINE * max(above.height for above in run))


_BLANK_LINE = 1.2  # of a line's height: the white a blank line (an empty paragraph) leaves


def _wrapped(above: Line, line: Line, height: float, pitch: float) -> bool:
    """Whether `line` goes on the cell above: set at the table's own line pitch (capitals
    without descenders make the white between two lines of one cell look wide), or little
    white between them, measured in the table's type (a heading's larger type under the
    table must not hide the white above it)."""
    step = line.top - above.top
    return step <= 1.1 * pitch or step - height < 0.5 * height


def _label_goes_on(above: Line, line: Line) -> bool:
    """A header label wrapped onto a line of its own ("CARA MENCAPAI TUJUAN DAN" /
    "SASARAN"), under its first line, a line's pitch below: capitals have no descenders, so
    the white between two header lines looks wide beside their short boxes."""
    x0 = line.segments[0][0]
    under = any(a0 - 2 <= x0 < a1 for a0, a1, _ in above.segments)
    return _header_line(above) and under and line.top - above.bottom < line.height and not is_figure(line.text)


def _spans(line: Line, run: list[Line]) -> bool:
    """A one-run line after a table that runs across a gutter of its columns is a
    paragraph or a heading set on under the table, not a wrapped cell (which stays in its
    column): the table's last row must not take "Dari tabel di atas ..." as its sasaran."""
    x0, x1 = line.segments[0][0], line.segments[-1][1]
    return any(x0 <= left and right <= x1 for left, right in _free_strips(run))


def _rest_of_row(lines: list[Line], start: int) -> int:
    """At the top of a page under a table carried over: the rest of a row the page break
    cut (a name's last lines, one or two runs each, set close together) followed by the
    table's next rows belongs to the table, not to the prose (nor is it the table's title).
    The end of that run, or `start`."""
    k = start
    while k + 1 < len(lines) and len(lines[k].segments) < 3:
        if _gap(lines[k], lines[k + 1]) >= 0.5 * lines[k].height:
            return start
        k += 1
        if len(lines[k].segments) >= 2 and _run_end(lines, k) > k:
            return _run_end(lines, k)
    return start


def _under_header(lines: list[Line], start: int, end: int) -> bool:
    """Line `end` comes under header lines: the line above is one, or the run so far is
    all labels opened by one (its last line may be a single label's last word, "(Output)")."""
    above = lines[start:end]
    if _header_line(above[-1]):
        return True
    return _header_line(above[0]) and not any(is_figure(t) for line in above for _, _, t in line.segments)


def _header_line(line: Line) -> bool:
    """A line of column labels: several runs, header words, no figure."""
    cells = [text for _, _, text in line.segments]
    return len(cells) >= 2 and not any(is_figure(c) for c in cells) and _has_header_words([line])


def _group_label(lines: list[Line], index: int) -> int:
    """Where the table's first line of columns is, when one-run lines of header words touch
    it from above: a group label over some of its columns ("TARGET" over "SEBELUM" and
    "SETELAH"), or labels a browser centred vertically in a tall header, each on a line of
    its own ("Capaian Kinerja" over "Indikator Kinerja" over "Target Kinerja | Realisasi
    Kinerja"): part of the header as a text export prints it, not the table's title. A
    label set lower than its own top touches (staggered, "Kecamatan Sukorejo Kab." half a
    line over "Kecamatan Sananwetan") is one of the row's cells whatever its words. 0
    when none does."""
    k = index
    while k < len(lines) and len(lines[k].segments) == 1 and (len(lines[k].text) <= 40 or _set_into_next(lines, k)):
        if k + 1 >= len(lines):
            return 0
        gap = lines[k + 1].top - lines[k].bottom
        if gap >= 0.3 * lines[k].height and not (gap < 0.6 * lines[k].height and _centred_over(lines[k], lines[k + 1])):
            return 0
        k += 1
    if k == index or k >= len(lines) or len(lines[k].segments) < 2 or _run_end(lines, k) == k:
        return 0
    labels = " ".join(line.text for line in lines[index:k]).lower()
    staggered = all(lines[j + 1].top < lines[j].bottom - 1 for j in range(index, k))
    return k if staggered or any(w in labels for w in header_words()) else 0


_CENTRED = 3.0  # points: a label's middle over its sub-labels' middle


def _centred_over(label: Line, line: Line) -> bool:
    """Whether the label's one run is centred over two or more neighbouring runs of the line
    under it, not all: a group label a browser set apart by its cell's padding ("TARGET" 3.6
    pt over "SEBELUM" | "SETELAH", Chromium, 004's Tabel 2.5 in URW Bookman 10). A title is
    centred over the whole table (004's "Capaian Anggaran Program dan Kegiatan", DejaVu)."""
    x0, x1, _ = label.segments[0]
    runs = line.segments
    return any(
        abs((x0 + x1) / 2 - (runs[i][0] + runs[j][1]) / 2) <= _CENTRED and runs[i][0] <= x0 and x1 <= runs[j][1]
        for i in range(len(runs))
        for j in range(i + 1, len(runs))
        if j - i + 1 < len(runs)
    )


def _set_into_next(lines: list[Line], k: int) -> bool:
    """A long one-run line reaching down into the next line's height: a label centred in a
    tall header cell beside others ("Target dan realisasi kinerja Rencana Kerja tahun", a
    group label over four columns), never a title, whose lines stand apart."""
    return k + 1 < len(lines) and lines[k + 1].top < lines[k].bottom - 1


def _resumes(lines: list[Line], index: int, height: float = 0.0) -> bool:
    """Whether the one-cell row starting at `index` (a wrapped name alone in its row, its
    lines close together) is followed by more table rows. Lines are measured with the
    height of the tallest around them, or `height` (short words such as "SKPD" have no
    descender: their boxes end higher than the line they are set in)."""
    end = index
    while end + 1 < len(lines) and len(lines[end + 1].segments) < 2:
        end += 1
    tall = max([height] + [line.height for line in lines[index : end + 2]])
    if any(_gap(lines[k], lines[k + 1], tall) >= 0.5 * tall for k in range(index, end)):
        return False
    nxt = end + 1
    return nxt < len(lines) and len(lines[nxt].segments) >= 2 and lines[nxt].top - lines[end].bottom < 4 * tall


def _crosses(run: list[Line], cuts: list[float]) -> bool:
    return any(x0 < cut < x1 for line in run for x0, x1, _ in line.segments for cut in cuts)


def _crossing(lines: list[Line], cut: float) -> int:
    return sum(any(x0 < cut < x1 for x0, x1, _ in line.segments) for line in lines)


def _tabular(lines: list[Line]) -> bool:
    return sum(len(line.segments) >= 3 for line in lines) >= 2


def _headed_above_header(lines: list[Line], start: int, end: int) -> bool:
    """Whether the run `lines[start:end]`, ended by another table's header (`_header_set_apart`),
    is a header over rows: a table however few of its lines hold three cells (002's
    performance agreement repeated over its last two rows, a merged sasaran leaving them two
    cells each, then its programs' header: through WeasyPrint in Liberation Sans 11 its
    header and rows were read as prose)."""
    if end >= len(lines) or end - start < 2 or not _names_columns(lines[end]):
        return False
    return 0 <= _header_lines(lines[start:end]) < end - start - 1


def _rows(run: list[Line], top: bool | None = None) -> list[list[Line]]:
    """The run's lines grouped into rows: a wrapped cell's lines are closer together
    than rows are. Rows apart by half a line are rows whatever the table; tighter rows (an
    HTML table's cell padding) are rows when they stand clearly further apart than the
    table's wrapped lines do (`lead`: the closest lines of the run). Lines are measured
    with the tallest height around them (`_gap`). A table whose rows are set from their
    top (`_top_aligned`) is grouped again knowing it: there a row starts at its figures."""
    if top is None:
        rows = _rows(run, top=False)
        return _rows(run, top=True) if _top_aligned(rows, _header_lines(run)) else rows
    head = _header_lines(run)
    # see `_gap`; a body line's neighbours are body lines (a header's taller boxes, Word's
    # column-number row among them, would hide the white before the first rows)
    heights = [max(other.height for other in run[_first_near(k, head) : k + 2]) for k in range(len(run))]
    gaps = [0.0] + [_gap(run[k - 1], run[k], heights[k]) for k in range(1, len(run))]
    lead = min((max(gap, 0.0) for gap in gaps[1:] if gap >= -0.5), default=0.0)  # boxes touching: 0
    pitch = _wrap_pitch(run)
    rows: list[list[Line]] = []
    for k, line in enumerate(run):
        height, gap = heights[k], gaps[k]
        apart = gap >= 0.5 * height or (gap >= 0.3 * height and gap >= lead + 0.25 * height)
        numbers = k and is_numbering_row([t for _, _, t in run[k - 1].segments])  # "1 2 3 ...": a row alone
        # rows set from their top: figures after lines without any open a row (the lines
        # above them, at the top of a page, are the rest of the row the break cut)
        opens = top and k > head + 1 and _figures(line) and rows[-1] and not any(_figures(d) for d in rows[-1])
        # figures a few points under a line of words alone (`_interleaved`): that line is a merged
        # cell above wrapping, the figures' line a row's first however the boxes overlap
        opens = opens or (k > head + 1 and _under_interleaved(run, k, height, pitch))
        if k <= head + 1 or apart or numbers or opens or _second_figures(rows[-1], line) or _next_item(rows[-1], line):
            if k > head + 1 and len(rows) > head + 1:
                padded, interleaved = _padded(rows, head + 1), _interleaved(run, k)
                line = _leave_flows(rows, line, head + 1, len(rows), padded=padded, interleaved=interleaved)
                if not line.segments:
                    continue  # every run of it went back to the cells it goes on
            rows.append([])
        owner = _continues_above(rows, line, head + 1) if len(rows) > 1 and rows[-1] else None
        if owner is None and len(rows) > head + 2 and rows[-1]:
            line = _leave_flows(rows, line, head + 1, len(rows) - 1, bool(top))
        if line.segments:  # (every run of it may have gone back)
            rows[-1 if owner is None else owner].append(line)
    return rows


def _first_near(k: int, head: int) -> int:
    """The first of the lines whose heights line `k`'s gap is measured with: three above it,
    none of the header's (nor the line after it) for a body line."""
    return max(0 if k <= head + 1 else head + 2, k - 3)


def _leave_flows(
    rows: list[list[Line]],
    line: Line,
    first: int,
    current: int,
    top: bool = False,
    padded: bool = False,
    interleaved: bool = False,
) -> Line:
    """A line without the words that go on a merged cell of an earlier row than the one it
    falls in (`current`): a sasaran merged over several indicator rows wraps at its own
    pitch, and with little or no cell padding (Word's default) its next lines fall on later
    rows' lines, beside their own words. A run in small letters (no cell starts so) one line
    under that column's text of an earlier row (from `first`), with no row since holding
    text there, is that cell's; it goes back. In a table set from the top (`top`) a cell
    starts on its row's first line: a run in capitals under that line's empty column goes
    back too ("Plandaan" ending "... layanan Kecamatan"). In a table whose rows stand further
    apart than its cells' lines (`padded`), a run opening a row exactly at the pitch the
    cell above wraps at is that cell's next line, in capitals too (WeasyPrint's "Plandaan"
    beside the next indicator's first line: a new cell there would stand a row's padding lower).
    A line of words alone less than a line above a row's figures (`interleaved`) is off that
    row's lines: the cell above wrapping, even on its second line ("Meningkatnya kualitas" /
    "penyelenggaraan ..." 4 pt over the next indicator's line, in Carlito from LibreOffice)."""
    opening = rows[current][0] if top and current < len(rows) and rows[current] else None
    kept = []
    for seg in line.segments:
        owner = None
        capital = padded and seg[2][:1].isupper()
        later = seg[2][:1].islower() or (opening is not None and not _under(seg, opening)) or capital
        if later and not is_figure(seg[2]):
            k = next((k for k in range(len(rows) - 1, first - 1, -1) if any(_under(seg, d) for d in rows[k])), None)
            # a cell already wrapping (or a row between without text there): not the next row's
            # one-line unit in small letters ("dokumen" over "orang" in a table without padding)
            over = max((d for d in rows[k] if _under(seg, d)), key=lambda d: d.top) if k is not None else None
            wrapping = k is not None and (k < current - 1 or sum(_under(seg, d) for d in rows[k]) >= 2 or interleaved)
            if k is not None and k != current and wrapping:
                words = [t for x0, x1, t in over.segments if x0 < seg[1] and seg[0] < x1 and _wordy(t)]
                # words to go on (not a column-number line's "2" or "(3)" over a row's rest past a page break)
                strict = capital and opening is None
                owner = k if words and _next_wrapped(rows[k], seg, over, line, strict) else None
        if owner is None:
            kept.append(seg)
        else:
            rows[owner].append(Line([seg], line.top, line.bottom))
    return Line(kept, line.top, line.bottom)


def _interleaved(run: list[Line], k: int) -> bool:
    """Whether line `k`, words alone, stands less than most of a line above the next line,
    which holds figures: two cells' lines off one another's pitch (a merged cell wrapping
    beside the rows it spans), not a row's first line over its own figures."""
    line = run[k]
    if k + 1 >= len(run) or _figures(line) or not _figures(run[k + 1]):
        return False
    return 0 < run[k + 1].top - line.top < 0.75 * min(line.height, run[k + 1].height)


def _under_interleaved(run: list[Line], k: int, height: float, pitch: float | None) -> bool:
    """Whether line `k` holds figures a few points under one of the two lines before it that
    holds words alone (`_interleaved`; a grouping already made may have set the merged cell's
    next line between them): less than three quarters of a line, measured with the tallest
    box around (`height`, see `_gap`), or less than 0.6 of the table's wrapping `pitch`
    ("Umum" 3.9 pt over "Persentase 100%", 5 pt boxes at an 8 pt pitch)."""
    line = run[k]
    if not _figures(line):
        return False
    near = max(0.75 * max(height, line.height), 0.6 * pitch if pitch else 0.0)
    return any(not _figures(run[j]) and 0 < line.top - run[j].top < near for j in range(max(0, k - 2), k))


def _next_wrapped(row: list[Line], seg: tuple[float, float, str], over: Line, line: Line, strict: bool = False) -> bool:
    """Whether `line` is the next line of the cell whose last line so far is `over`: under it
    by a line (measured with the taller box: "kualitas akuntabilitas", no capital nor
    descender, is a 5 pt box), or at the pitch the cell wraps at (its lines above), however
    the boxes' heights vary ("Kecamatan" 7.3 pt, then "Plandaan" 12.3 pt lower at a
    13 pt pitch). `strict`: only at that pitch."""
    step = line.top - over.top
    if not strict and 0 < step <= 1.5 * max(over.height, line.height):
        return True
    above = [done.top for done in row if _under(seg, done) and done.top < over.top]
    return bool(above) and step > 0 and abs(step - (over.top - max(above))) < 1.0


def _padded(rows: list[list[Line]], first: int) -> bool:
    """Whether the last body rows (from `first`) stand further apart than their cells'
    lines: at the last two row openings, every run of the row's first line is 1.4 of the
    cells' line pitch or more under the text above it in its column (an HTML table's cell
    padding; Word's tables without padding set a row one line under the tallest cell above
    it). Only the last rows are looked at: a page's rows are many."""
    recent = rows[max(first, len(rows) - _PADDING_ROWS) :]
    steps = [
        b.top - a.top
        for row in recent
        for a, b in zip(row, row[1:], strict=False)
        if b.top > a.top and any(_under(seg, a) for seg in b.segments)
    ]
    if len(rows) - first < 3 or not steps:
        return False
    pitch = min(steps)
    for k in range(len(rows) - 2, len(rows)):
        if not rows[k]:
            return False
        opening = rows[k][0]
        for seg in opening.segments:
            above = [d.top for row in rows[max(first, k - _PADDING_ROWS) : k] for d in row if _under(seg, d)]
            if above and opening.top - max(above) < 1.4 * pitch:
                return False
    return True


_PADDING_ROWS = 4


def _figures(line: Line) -> bool:
    return any(is_figure(text) for _, _, text in line.segments)


def _top_aligned(rows: list[list[Line]], head: int) -> bool:
    """Whether the table sets its rows from the top: every row of figures over several
    lines holds them on its first line (two such rows at least; the first body row, maybe
    the rest of a row cut at the page's head, is not asked)."""
    tall = [row for row in rows[head + 2 :] if len(row) >= 2 and any(_figures(line) for line in row)]
    return len(tall) >= 2 and all(_figures(row[0]) for row in tall)


def _wordy(text: str) -> bool:
    return not is_figure(text) and any(ch.isalpha() for ch in text)


def _continues_above(rows: list[list[Line]], line: Line, first: int) -> int | None:
    """The row whose cells `line` goes on with, when it is not the row it falls in: a merged
    cell's name (the sasaran beside its indicators) wraps at its own pitch, and its third
    line comes below the next row's first, or the one after. Each of its runs lies one line
    pitch under a run of one earlier body row (from `first`), in a column where no row
    since has text."""
    if any(is_figure(seg[2]) for seg in line.segments):
        return None
    owner = None
    for seg in line.segments:
        k = next((k for k in range(len(rows) - 1, first - 1, -1) if any(_under(seg, d) for d in rows[k])), None)
        if k is None or k == len(rows) - 1 or owner not in (None, k):
            return None
        over = max((done for done in rows[k] if _under(seg, done)), key=lambda d: d.top)
        if not 0 < line.top - over.top <= 1.5 * over.height:
            return None
        owner = k
    return owner


def _under(seg: tuple[float, float, str], line: Line) -> bool:
    """Whether a run of `line` shares some of `seg`'s width."""
    return any(seg[0] < other[1] and other[0] < seg[1] for other in line.segments)


def _second_figures(row: list[Line], line: Line) -> bool:
    """Whether `line` puts a figure under a figure of the row so far: a row of its own, however
    close (a merged cell's wrapped name, centred, overlapping the next row's figures)."""
    taken = [(x0, x1) for above in row for x0, x1, text in above.segments if is_figure(text)]
    return any(is_figure(text) and any(x0 < b1 and b0 < x1 for b0, b1 in taken) for x0, x1, text in line.segments)


def _next_item(row: list[Line], line: Line) -> bool:
    """Whether `line` opens a numbered item with its figures under the row's text ("2. Jumlah
    BUMDesa yang | 21" under "/Perubahan APB Desa"): the next row, however close (the rest
    of a row the page break cut, its merged sasaran's last line beside the item)."""
    if not _figures(line):
        return False
    return any(
        _ITEM.match(text) and any(_under((x0, x1, text), above) for above in row) for x0, x1, text in line.segments
    )


_ITEM = re.compile(r"^\(?\d{1,2}[.)]\s+[^\W\d_]")  # "2. Jumlah ...", "(3) Persentase ..."
_HEADER_LINES_MAX = 12


def _header_lines(run: list[Line]) -> int:
    """The index of the header's last line in the run: the header ends before the first line
    with a figure or the column-number line, or before the first line that is no label
    (`_label_line`: a body row whose figures wrap below its words, "Baik" over "(84)"), and
    names columns; at most `_HEADER_LINES_MAX` lines are looked at. Its lines, however close
    (wrapped, centred, staggered by vertical centring, a group label over sub-labels), are
    rebuilt into the header rows a text export prints by `_header_rows`. A run seen whole
    with no figure (a page's last rows, "Baik (84)" wrapped as "Baik" over "(84)") ends its
    header at the first line that is no label. -1 when there is no such header."""
    end, window = None, _header_window(run)
    for k, line in enumerate(run[:window]):
        cells = [text for _, _, text in line.segments]
        if any(is_figure(c) for c in cells) or is_numbering_row(cells):
            end = k if end is None else end
            break
        if end is None and k and not _label_line(run, k):
            end = k
    else:
        if window < len(run) and not (end and (_rest_under(run, end) or _unlike_header(run[:end], run[end]))):
            return -1  # a header taller than the window: its end is not known (no body row in sight)
    return end - 1 if end and _has_header_words(run[:end]) else -1


def _rest_under(run: list[Line], k: int) -> bool:
    """Line `k` is one cell's words in an inner column under the header lines above it: the
    rest of a row the page break cut, under its header repeated (002's individual performance
    agreement through LibreOffice: seven lines of it, then the next table's header) - the
    header ends there, though no figure follows within the lines a header may take."""
    line = run[k]
    return len(line.segments) == 1 and line.x0 > min(above.x0 for above in run[:k]) + MIN_GUTTER


def _header_window(run: list[Line]) -> int:
    """How many of the run's first lines a header may take: `_HEADER_LINES_MAX` lines of
    text and one more, a line set within the height of those above it (labels a browser
    centres vertically in a tall header, staggered half a line apart) not counted."""
    bottom, count = float("-inf"), 0
    for k, line in enumerate(run):
        if line.top >= bottom - 0.5:
            count += 1
            if count > _HEADER_LINES_MAX + 1:
                return k
        bottom = max(bottom, line.bottom)
    return len(run)


def _label_line(run: list[Line], k: int) -> bool:
    """Whether line `k`, without figures, under header lines is more of the header: it names
    a column or a year, or it starts within the header's lines (labels staggered by vertical
    centring), or each of its runs is set as close under the label over it as a wrapped
    label's next line. A body row's first line, or a row's rest carried to the next page
    under the repeated header, starts below the header, further below its column's label."""
    line = run[k]
    cells = [text for _, _, text in line.segments]
    if line.top < max(above.bottom for above in run[:k]):
        return True
    if _unlike_header(run[:k], line) and not is_year_row(cells):
        return False
    if _has_header_words([line]) or is_year_row(cells):
        return True
    if _under_group_labels(run[:k], line):
        return True
    pitch = _wrap_pitch(run[k + 1 :])
    for x0, x1, _ in line.segments:
        over = [above for above in run[:k] if any(_shared(x0, x1, a, b) for a, b, _ in above.segments)]
        if not over or (pitch and line.top - max(above.top for above in over) <= 1.1 * pitch):
            continue  # set a wrapped line's pitch under its label (a capitals' box is short of it)
        if line.top - max(above.bottom for above in over) >= 0.5 * line.height:
            return False
    return True


def _under_group_labels(header: list[Line], line: Line) -> bool:
    """Whether two or more of the line's runs stand under no label of the header lines above,
    beside runs under one: sub-labels under group labels, columns the header has not named
    yet ("SEBELUM" | "SETELAH" under "TARGET" and "ANGGARAN", set a line lower than the
    labels by "INDIKATOR" / "KINERJA" wrapping beside them: URW Bookman 10, 004's Tabel
    2.6). A body row's first line has a label over each of its runs."""
    spans = [(a, b) for above in header for a, b, _ in above.segments]
    named = [any(_shared(x0, x1, a, b) for a, b in spans) for x0, x1, _ in line.segments]
    return named.count(False) >= 2 and any(named)


def _wrap_pitch(lines: list[Line]) -> float | None:
    """The pitch of the table's wrapped lines (top to top): a line of words each starting
    where a run of the line above starts, within two lines' height; the median of three or
    more, else None."""
    pitches = sorted(
        b.top - a.top
        for a, b in zip(lines, lines[1:], strict=False)
        if b.top - a.top < 2 * a.height
        and not _figures(b)
        and all(any(abs(x0 - a0) < 0.5 for a0, _, _ in a.segments) for x0, _, _ in b.segments)
    )
    return pitches[len(pitches) // 2] if len(pitches) >= 3 else None


def _unlike_header(header: list[Line], line: Line) -> bool:
    """Words in small letters under a header set in capitals are a row's, not a label's (a
    cut row's rest under the repeated header, as close under it as a wrapped label). Short
    runs of small letters are a header's too: "s.d", "(Rp)"."""
    text = " ".join(above.text for above in header)
    return bool(_CAPITALS.search(text)) and not _SMALL_WORD.search(text) and bool(_SMALL_WORD.search(line.text))


_CAPITALS = re.compile(r"[^\W\d_a-z]{2}")
_SMALL_WORD = re.compile(r"[a-z]{3}")


def _shared(x0: float, x1: float, a: float, b: float) -> bool:
    """Whether a run lies mostly under (or over) another: half its width, or the other's."""
    return min(x1, b) - max(x0, a) >= 0.5 * min(x1 - x0, b - a)


def _has_header_words(lines: list[Line]) -> bool:
    return _labels(" ".join(line.text for line in lines))


def _labels(text: str) -> bool:
    """Whether a text holds a header word (target, realisasi, anggaran, ...)."""
    return any(word in text.lower() for word in header_words())


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
    continuation); else none. Rows under a header of more columns than the table's are
    another table, even where none crosses its cuts (001's programs table under Tabel
    2.1 in URW Bookman 10: the 4-column table's last cut fell in a white strip of the
    6-column one, which was read squeezed into four columns)."""
    run = _flat(rows)
    if not _gridded(run):
        return 0
    if _fit(carry, run) is not None and _explained(run, carry):
        return len(rows)
    misfits = [bool(_gridded(row)) and _crosses(_gridded(row), carry) for row in rows]
    if not any(misfits):
        if not _explained(run, carry) and _header_crowds(run, carry):
            return 0  # a header over more columns than the table above has: another table
        return len(rows) if _fit(carry, run) is not None else 0
    first = misfits.index(True)
    later = [misfit for row, misfit in zip(rows[first:], misfits[first:], strict=True) if _gridded(row)]
    another = sum(later) >= 2 and 2 * sum(later) >= len(later)
    if not any(is_figure(t) for line in _flat(rows[:first]) for _, _, t in line.segments):
        return 0  # the header repeated over rows that split a merged column: read with their own columns
    return first if first and another and _fit(carry, _flat(rows[:first])) is not None else 0


def _header_crowds(run: list[Line], carry: list[float]) -> bool:
    """Whether a line of the run's header sets two labels in one of the carried columns: a
    header of its own, not the table's repeated (whose labels keep to its columns, though a
    sliver of white may part one of them)."""
    head = _header_lines(run)
    for line in run[: head + 1]:
        columns = [sum(x0 > cut for cut in carry) for x0, _, _ in line.segments]
        if len(columns) != len(set(columns)):
            return True
    return False


def _explained(run: list[Line], carry: list[float]) -> bool:
    """Whether the run has no more columns than the table above: a continuation may
    leave a column empty, but does not add one."""
    return len(_free_strips(run)) <= len(carry)


def _fit(carry: list[float], run: list[Line]) -> list[float] | None:
    """The columns carried from the page before, for a table continuing on this page. A
    carried cut crossed by this page's cells moves into the nearest white strip within
    CUT_SLACK (a cell wider than any above it) or, on a page repeating the header, within
    the white between the labels on either side of it (`_between_labels`), or stays where
    few lines cross it (see `_tolerance`); otherwise (another table) nothing is carried."""
    lines = _gridded(run)
    strips, cuts = _free_strips(run), []
    header = None  # measured only when a cut is crossed beyond CUT_SLACK
    for cut in carry:
        crossing = _crossing(lines, cut)
        if crossing:
            near = [(left, right) for left, right in strips if left - CUT_SLACK <= cut <= right + CUT_SLACK]
            if not near:
                header = _header_lines(run) if header is None else header
                near = _between_labels(cut, run[: header + 1], strips) if header >= 0 else []
            if near:
                left, right = min(near, key=lambda strip: abs(cut - min(max(cut, strip[0]), strip[1])))
                cut = min(max(cut, left + MIN_GUTTER / 2), right - MIN_GUTTER / 2)
            elif crossing > _tolerance(len(lines)):
                return None
        cuts.append(cut)
    return cuts if cuts == sorted(set(cuts)) else None


def _between_labels(cut: float, header: list[Line], strips: list[tuple[float, float]]) -> list:
    """The white strips a carried cut may move to however far, on a page that repeats the
    header: within the white between the header's labels on either side of the cut (names set
    wider on this page than above keep to their column's label)."""
    segments = [(x0, x1) for line in header for x0, x1, _ in line.segments]
    if any(x0 < cut < x1 for x0, x1 in segments):
        return []
    left = max((x1 for _, x1 in segments if x1 <= cut), default=None)
    right = min((x0 for x0, _ in segments if x0 >= cut), default=None)
    if left is None or right is None:
        return []
    return [(a, b) for a, b in strips if left - 0.5 <= a and b <= right + 0.5]


def _at_headers(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """The run cut before each header row that follows rows of figures: a second table set
    right under the first, with a header of its own (002's performance agreement, then its
    programs and budget: "NO. | SASARAN PROGRAM | PROGRAM | INDIKATOR PROGRAM | TARGET |
    ANGGARAN"). A header row names three columns or more and holds no figure. Under a
    header of its own, a row repeating that header's labels after a body row starts another
    table whatever the rows between hold (the rest of a row the page break cut, a title row
    of words: 002's individual performance tables, one per official). Either header labels
    the first column of the rows above (a new table is labelled from its left edge): a row
    naming figure columns only ("K | Rp. | K | Rp.", a header copy's last line left in the
    body) is a row of the table it sits in."""
    parts: list[list[list[Line]]] = [[]]
    figures, starts, body_starts = False, [], []  # where cells of the rows (of figures) above start
    body = _header_lines(_flat(rows)) + 1  # the header's lines come one to a row
    header = {text.lower() for row in rows[:body] for line in row for _, _, text in line.segments}
    for k, row in enumerate(rows):
        first = _staggered(row)
        again = 0 < body < k and _repeats(first, header) and _in_first_column(first, body_starts)
        if _names_columns(first) and (again or figures and _in_first_column(first, starts)):
            parts.append([])
            figures, starts, body_starts = False, [], []
        parts[-1].append(row)
        segments = [segment for line in row for segment in line.segments]
        body_starts += [x0 for x0, _, _ in segments] if k >= body else []
        if any(is_figure(text) for _, _, text in segments):
            figures, starts = True, starts + [x0 for x0, _, _ in segments]
    return parts


def _staggered(row: list[Line]) -> Line:
    """A row's first line, or all its lines as one when each opens before the one above
    ends: labels a browser centres vertically in a tall header row ("SASARAN | INDIKATOR"
    half a line over "NO. | PROGRAM | TARGET | ANGGARAN") name the columns together."""
    if len(row) < 2 or any(b.top >= a.bottom - 0.5 for a, b in zip(row, row[1:], strict=False)):
        return row[0]
    return Line(sorted(seg for line in row for seg in line.segments), row[0].top, max(line.bottom for line in row))


def _in_first_column(line: Line, starts: list[float]) -> bool:
    """Whether the line's first label starts in the first column of the rows above (left of
    where their second column starts: `starts` are their cells' left edges)."""
    if not starts:
        return True
    second = [x0 for x0 in starts if x0 > min(starts) + MIN_GUTTER]
    return not second or line.segments[0][0] < min(second)


def _repeats(line: Line, header: set[str]) -> bool:
    """Whether most of a line's labels are labels of the `header` (lower case)."""
    texts = [text.lower() for _, _, text in line.segments]
    return sum(text in header for text in texts) >= max(3, len(texts) / 2)


def _names_columns(line: Line) -> bool:
    return names_columns([text for _, _, text in line.segments])


def _split_stacked(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """Two tables printed one under the other with no text between them (a
    performance agreement, then its programs and budget) share no gutters: cut there,
    or their columns merge. A cut is taken only where a part has more columns than the
    whole (a header whose labels overflow narrow columns, as many columns as its body,
    stays with it) and at least two rows of each part cross the other part's gutters
    (one cell overflowing its column does not cut a table), a row of figures among those
    above (a tall header's staggered labels over one row cross them too), and the lower part
    opening on a row without figures or missing-value marks (its header: a sasaran merged
    over several rows, its words staggered down the rows, crosses gutters too, but rows of
    figures go on under it) that is more than one inner cell's words right over rows of
    figures (002's Renstra matrix in DejaVu Sans through WeasyPrint: a cut row's rest,
    "program dan Evaluasi", over two rows whose wider first cells cross the gutter the rows
    above left; a heading at the table's left edge may open the next table);
    among such cuts, the one giving the most columns. Columns here are strict: white in
    every line."""
    if len(rows) < 4:
        return [rows] if rows else []
    spans = [sorted((x0, x1) for line in _gridded(row) for x0, x1, _ in line.segments) for row in rows]
    above, below = _union_gutters(spans), _union_gutters(spans[::-1])[::-1]
    wide = [sum(len(line.segments) >= 3 for line in row) for row in rows]
    texts = [[t for line in row for _, _, t in line.segments] for row in rows]
    figures = [any(map(is_figure, cells)) and not is_numbering_row(cells) for cells in texts]
    whole, best = len(above[-1]), None
    starts = [min(x0 for line in row for x0, _, _ in line.segments) for row in rows]
    left = min(starts)
    for k in range(2, len(rows) - 1):
        top_cuts, bottom_cuts = above[k - 1], below[k]
        if max(len(top_cuts), len(bottom_cuts)) <= whole or sum(wide[:k]) < 2 or sum(wide[k:]) < 2:
            continue
        if not any(figures[:k]):
            continue  # a header alone (with its column numbers) is no table: its labels overflow the columns below
        if figures[k] or any(t.lower() in MISSING for t in texts[k]):
            continue  # a table opens with its header, not with a row of figures (or of "N/A")
        if len(texts[k]) == 1 and figures[k + 1] and starts[k] > left + MIN_GUTTER:
            continue  # nor with one inner cell's words right over rows of figures: a row's stray
            # rest (a heading over the next table, "2. Setelah Perubahan ...", starts at its edge)
        crossed_below = sum(_crosses(row, top_cuts) for row in rows[k:])
        crossed_above = [_crosses(row, bottom_cuts) for row in rows[:k]]
        body_crossed = any(crossed and figured for crossed, figured in zip(crossed_above, figures, strict=False))
        if crossed_below >= 2 and sum(crossed_above) >= 2 and body_crossed:
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


def _grid(run: list[Line], words: Lexicon, cuts: list[float] | None = None) -> FoundTable:
    own = cuts is None
    cuts = cuts or _numbered(run, _gutters(run))
    head = _header_lines(run)
    body = _rows(run)[head + 1 :]
    found = _cells(run, cuts, words, head, body)
    if own:
        kept = _apart_kept(found, cuts)
        if kept != cuts:
            cuts, found = kept, _cells(run, kept, words, head, body)
    pieces = [[] for _ in range(len(found) - len(body))] + [_pieces(row) for row in body]
    return FoundTable(found, run[0].top, run[-1].bottom, cuts, pieces=pieces)


def _pieces(row: list[Line]) -> list[Piece]:
    """What a body row printed: its lines' runs, each with its line's top and bottom."""
    return [(text, x0, line.top, x1, line.bottom) for line in row for x0, x1, text in line.segments]


def _cells(run: list[Line], cuts: list[float], words: Lexicon, head: int, body: list[list[Line]]) -> list[list[str]]:
    """The header rows' and the `body` rows' cells; `head`: the header's last line in `run`."""
    rows = []
    starts = [x0 for line in run[head + 1 :] for x0, _, _ in line.segments]
    for row in body:
        cells: list[list[CellLine]] = [[] for _ in range(len(cuts) + 1)]
        for line in row:
            for segment in line.segments:
                for x0, x1, text in _apart(segment, cuts, starts):
                    # a cell running over a boundary belongs where it starts, as a merged
                    # cell's text does in a text export
                    cells[sum(x0 > cut for cut in cuts)].append(_cell_line(x0, x1, text))
        rows.append(cells)
    # a column's right edge for text: where its widest cell line ends
    edges = [max((line.x1 for row in rows for line in row[k]), default=0.0) for k in range(len(cuts) + 1)]
    texts = [[clean_text(join_lines(parts, words, edges[k])) for k, parts in enumerate(row)] for row in rows]
    bounds = [min(line.x0 for line in run), *cuts, max(seg[1] for line in run for seg in line.segments)]
    return _header_rows(run[: head + 1], bounds, words, starts, _wrap_pitch(run[head + 1 :])) + texts


def _apart(segment: tuple[float, float, str], cuts: list[float], starts: list[float]) -> list[tuple[float, float, str]]:
    """A run crossing a boundary split where one of its words starts where the cells of the
    next column start (two cells of a cramped table set closer than a column gap: "A
    (85,13)" and "A" of "A (85,04)", 6 pt apart in an 18-column table), the words' places
    estimated from the run's width per character; else the run whole. Only a run holding
    figures, split after figures: a name is one cell wherever it runs."""
    x0, x1, text = segment
    inside = [cut for cut in cuts if x0 < cut < x1]
    if not inside or " " not in text or not any(char.isdigit() for char in text):
        return [segment]  # a name running over a boundary is one cell (a merged cell's text)
    pitch = (x1 - x0) / len(text)
    for k in (k for k, char in enumerate(text) if char == " "):
        start = x0 + (k + 1) * pitch
        if any(start > cut for cut in inside) and any(abs(start - other) < 2.5 for other in starts if other != x0):
            if not any(char.isdigit() for char in text[:k]):
                break
            head = (x0, x0 + k * pitch, text[:k].rstrip())
            return [head, *_apart((start, x1, text[k + 1 :].lstrip()), cuts, starts)]
    return [segment]


def _cell_line(x0: float, x1: float, text: str) -> CellLine:
    return CellLine(text, x1, (x1 - x0) / max(len(text), 1))


def _header_rows(
    lines: list[Line], edges: list[float], words: Lexicon, body: list[float], pitch: float | None = None
) -> list[list[str]]:
    """The header's lines as a text export prints its cells. Lines set half a line apart
    are rows of their own (as are years under a label); within a block of lines set close
    together, a label running over column boundaries is a group label over the columns it
    crosses ("TARGET" centred over "SEBELUM" and "SETELAH"), in a first row, and every other
    label goes to its column: in a second row under a group label, else in the first. A row
    of a few labels over further header rows is a row of group labels: each over the
    columns it is centred on, set in the first of them as a text export does ("SARASAN"
    over URAIAN | INDIKATOR | TARGET). `edges`: the table's left, its cuts, its right;
    `body`: where the body's cells start."""
    blocks: list[list[Line]] = []
    floating: list[Line] = []  # lines with no label over them, set down a tall cell
    for k, line in enumerate(lines):
        anchor = _over(lines[:k], line)
        above = anchor or lines[max(k - 1, 0)]
        apart = k and line.top - above.bottom >= 0.5 * max(above.height, line.height)
        if apart and pitch and line.top - above.top <= 1.1 * pitch:
            apart = False  # at the pitch of the body's wrapped lines: a label's next line
        if apart and anchor is not None and _same_pitch(lines[:k], anchor, line):
            apart = False
        if apart and any(_beside(other, line) for other in blocks[-1] if other not in floating):
            apart = False  # staggered beside a line of the block just opened: the same row
            above = blocks[-1][0]
        if not k or apart or is_year_row([t for _, _, t in line.segments]) or _groups_over(lines, k, edges):
            blocks.append([line])
            continue
        if anchor is None:
            floating.append(line)
        next(block for block in blocks if above in block).append(line)
    starts = [x0 for line in lines for x0, _, text in line.segments if not _YEAR.fullmatch(text)]
    rows = []
    for k, block in enumerate(blocks):
        labels = sum(len(line.segments) for line in block)
        lower = [(x0, x1) for line in _flat(blocks[k + 1 :]) for x0, x1, _ in line.segments]
        below = [x0 for x0, _ in lower]
        if k + 1 < len(blocks) and labels <= len(edges) // 2:
            rows.append(_group_labels(block, edges, words, lower))
        else:
            left = {x0 for x0 in starts if _near(x0, below) and _near(x0, body)}
            rows.extend(_header_block(block, edges, words, starts, below, left, lower))
    return _spanning_labels_up(rows)


def _spanning_labels_up(rows: list[list[str]]) -> list[list[str]]:
    """A middle header row labelling only columns no other header row labels holds labels
    a browser centred down the header's whole height (WeasyPrint, 002's Tabel 3.14:
    "Sasaran Strategis | Indikator Kinerja" between the row of "Kinerja | Anggaran" and the
    row of their sub-labels): a text export prints them in the first row, and a header
    row of its own there left the table unread."""
    for k in range(len(rows) - 2, 0, -1):
        filled = {i for i, cell in enumerate(rows[k]) if cell}
        others = {i for j, row in enumerate(rows) if j != k for i, cell in enumerate(row) if cell}
        if filled and not filled & others:
            rows[0] = [a or b for a, b in zip(rows[0], rows[k], strict=True)]
            del rows[k]
    return rows


def _over(lines: list[Line], line: Line) -> Line | None:
    """The lowest of `lines` with a run over one of `line`'s (`_shared`). A label centred
    down a tall cell ("Tujuan / Sasaran" beside three rows of group labels) opens between the
    lines of other columns' rows: its block is that of the line over it, not the line before."""
    over = [a for a in lines if any(_shared(x0, x1, b0, b1) for x0, x1, _ in line.segments for b0, b1, _ in a.segments)]
    return max(over, key=lambda a: a.bottom, default=None)


def _same_pitch(lines: list[Line], anchor: Line, line: Line) -> bool:
    """Whether `line` follows the label over it at the pitch that label follows its own
    line over it: the next line of a wrapped label, however far apart the boxes of lines in
    capitals (no descender) make them look."""
    pitch = line.top - anchor.top
    if pitch >= 2 * max(anchor.height, line.height):
        return False  # a row's pitch, not a wrapped line's
    over = _over([other for other in lines if other.top < anchor.top], anchor)
    return over is not None and abs(pitch - (anchor.top - over.top)) < 1.0


def _beside(a: Line, b: Line) -> bool:
    return a.top < b.bottom and b.top < a.bottom


def _near(x: float, places: list[float]) -> bool:
    return any(abs(x - place) < 2 for place in places)


def _free(block: list[Line], edges: list[float], below: list[float]) -> set[int]:
    """Columns with a label in the header rows below, or only a year in this block, and no
    other label in it: sub-columns whose group label is over them in this block (the years
    may share a line with a tall label's last words, "Sasaran / Program")."""
    cuts = edges[1:-1]
    segments = [(sum(x0 > cut for cut in cuts), text) for line in block for x0, _, text in line.segments]
    years = {col for col, text in segments if _YEAR.fullmatch(text)}  # sub-labels set in the block's last line
    taken = {col for col, text in segments if not _YEAR.fullmatch(text)}
    return ({sum(x > cut for cut in cuts) for x in below} | years) - taken


def _widened(
    x0: float, x1: float, own: int, edges: list[float], free: set[int], subs: list[tuple[float, float]] = ()
) -> tuple[int, int]:
    """The columns a label narrower than its own column heads: its column alone, or as many
    free columns on each side as keep the label centred over them ("Target" centred over
    2022 | 2023 | 2024 sits within 2023's column) - over the columns' edges, or over the
    labels under it (`subs`, on lines below its own): cells whose text is set left end
    short of their column, so a label centred over the whole cell sits right of the
    middle the text draws ("Realisasi" over 2022 | 2023 | 2024, WeasyPrint)."""
    centre, first, last = (x0 + x1) / 2, own, own
    while first - 1 in free and last + 1 in free:
        a, b = edges[first - 1], edges[last + 2]
        inside = [(s0, s1) for s0, s1 in subs if a <= (s0 + s1) / 2 < b]
        middles = [(a + b) / 2] + ([(min(s[0] for s in inside) + max(s[1] for s in inside)) / 2] if inside else [])
        if min(abs(middle - centre) for middle in middles) > max(4.0, 0.06 * (b - a)):
            break
        first, last = first - 1, last + 1
    return first, last


_WRAPPED_PITCH = 1.35  # a wrapped label's next line, top to top, in line heights at most


def _groups_over(lines: list[Line], k: int, edges: list[float]) -> bool:
    """Whether the header's first line, set just above the rest (closer than half a line),
    is a row of group labels: a few labels, one centred over several columns with sub-labels.
    Not where a label over its own column alone goes on right under itself: the line holds
    the first lines of labels a browser centred down a tall header (002's Renja table in
    URW Bookman 10: "Realisasi" / "target" / ... beside a group label's first line)."""
    if k != 1 or len(lines[0].segments) > len(edges) // 2 or lines[1].top < lines[0].bottom - 0.5:
        return False
    below = [x0 for line in lines[1:] for x0, _, _ in line.segments]
    free = _free(lines[:1], edges, below)
    alone = [
        _centred_on(x0, x1, edges, below, free) == (own := sum(x0 > c for c in edges[1:-1]), own)
        for x0, x1, _ in lines[0].segments
    ]
    lower = [(x0, x1) for line in lines[1:] for x0, x1, _ in line.segments]
    wraps = lines[1].top - lines[0].top <= _WRAPPED_PITCH * lines[0].height
    if (
        wraps
        and _centred_row(lines[:1], edges, lower, free)
        and any(
            own and any(abs((a + b) / 2 - (x0 + x1) / 2) <= 1.5 for a, b, _ in lines[1].segments)
            for own, (x0, x1, _) in zip(alone, lines[0].segments, strict=True)
        )
    ):
        return False  # a column's own label going on centred under itself: the labels' first line
    return not all(alone)


def _group_labels(block: list[Line], edges: list[float], words: Lexicon, lower: list[tuple[float, float]]) -> list[str]:
    """The labels of a block of group labels over the header's rows below (`lower`: their
    labels' x0, x1), each in the first column it heads."""
    row: list[list[CellLine]] = [[] for _ in range(len(edges) - 1)]
    below = [x0 for x0, _ in lower]
    free = _free(block, edges, below)
    set_left = not _centred_row(block, edges, lower, free)
    placed: list[tuple[float, float, int]] = []  # a label's centre, its last line's bottom, its column
    segments = [seg for line in block for seg in line.segments]
    least = {seg: _centred_on(seg[0], seg[1], edges, below, free, set_left, False, lower) for seg in segments}
    for line in block:
        for x0, x1, text in line.segments:
            wrapped = [col for centre, bottom, col in placed if _goes_on(centre, bottom, x0, x1, line)]
            if wrapped:
                first = wrapped[0]
            else:
                first, last = _centred_on(
                    x0, x1, edges, below, free - _kept_for(least, (x0, x1, text)), set_left, subs=lower
                )
                free -= set(range(first, last + 1))
            placed.append(((x0 + x1) / 2, line.bottom, first))
            row[first].append(_cell_line(x0, x1, text))
    return [clean_text(join_lines(parts, words)) for parts in row]


def _kept_for(least: dict[tuple[float, float, str], tuple[int, int]], own: tuple[float, float, str]) -> set[int]:
    """The columns the row's other labels need, each over the fewest it is centred on: a
    label whose widest centred span reaches into them is over fewer ("Realisasi Kinerja" over
    2019 | 2020, not also over "Data Capaian" and 2021, which "Target Kinerja" heads)."""
    mine = set(range(least[own][0], least[own][1] + 1))
    spans = [set(range(a, b + 1)) for seg, (a, b) in least.items() if seg != own]
    return set().union(*(span for span in spans if not span & mine))


def _goes_on(centre: float, bottom: float, x0: float, x1: float, line: Line) -> bool:
    """Whether a run is the next line of a centred label (same middle, set close under
    it: "Kecamatan Sukorejo Kab." over "Pasuruan"), its column already found."""
    return abs((x0 + x1) / 2 - centre) < 2.0 and abs(line.top - bottom) < 0.5 * line.height


def _centred_on_span(
    x0: float, x1: float, edges: list[float], lower: list[tuple[float, float]], free: set[int]
) -> bool:
    below = [start for start, _ in lower]
    first, last = _centred_on(x0, x1, edges, below, free, subs=lower)
    return last > first and not any(abs(x0 - start) < 2 for start in below)


def _centred_row(block: list[Line], edges: list[float], lower: list[tuple[float, float]], free: set[int]) -> bool:
    """Whether a row of group labels is centred over its columns, HTML's way: one of its
    labels, starting where no label under it starts, is centred over several columns. Then
    another label starting where a sub-label does is centred there by chance, not set left."""
    return any(_centred_on_span(x0, x1, edges, lower, free) for line in block for x0, x1, _ in line.segments)


def _centred_on(
    x0: float,
    x1: float,
    edges: list[float],
    below: list[float],
    free: set[int],
    set_left: bool = True,
    widest: bool = True,
    subs: list[tuple[float, float]] = (),
) -> tuple[int, int]:
    """The first and last of the columns a label is centred on: the columns holding it whose
    middle is the label's (its own column's is clearly further), each with a label under it
    and no other label of its row over it (`free`); else its own column, widened over free
    neighbours (`_widened`). A label starting where a label under it starts is set left
    (Word's way): it is over its own column, unless the row is not set so (`set_left`
    False: a sub-label under a centred label may start where it does). Columns of equal
    widths leave the span open (a label over four is also centred on the middle two): of
    the spans best centred (within 2 pt), the widest the other labels of the row leave is
    taken (the narrowest, not `widest`). `subs`: the labels under it (x0, x1), whose middle
    says where a span's middle is when the last column's edge is only where its text ends
    ("Realisasi" over 2022 | 2023 | 2024 whose last cells hold "100%", Chromium, 000's
    Tabel 3.3 on its second page)."""
    centre, own = (x0 + x1) / 2, sum(x0 > cut for cut in edges[1:-1])
    under = {sum(x > cut for cut in edges[1:-1]) for x in below}
    mine = {c for c in range(len(edges) - 1) if edges[c] < x1 and x0 < edges[c + 1]}

    def off(a: int, b: int) -> float:
        return abs((edges[a] + edges[b + 1]) / 2 - centre)

    spans = [
        (b - a, a)
        for a in range(own + 1)
        for b in range(max(own, a + 1), len(edges) - 1)
        if x1 - 1 <= edges[b + 1]
        and off(a, b) <= max(4.0, 0.06 * (edges[b + 1] - edges[a]))
        and off(a, b) < 0.5 * off(own, own)
        and set(range(a, b + 1)) <= under & (free | mine)
    ]
    if set_left and any(abs(x0 - start) < 2 for start in below):
        return own, own
    if not spans:
        return _widened(x0, x1, own, edges, free, subs)
    best = min(off(a, a + width) for width, a in spans)
    width, first = (max if widest else min)(span for span in spans if off(span[1], sum(span)) <= best + 2.0)
    return first, first + width


def _header_block(
    lines: list[Line],
    edges: list[float],
    words: Lexicon,
    starts: list[float],
    below: list[float],
    left: set[float],
    lower: list[tuple[float, float]] = (),
) -> list[list[str]]:
    """The labels of a block of header lines set close together (see `_header_rows`). A
    label starting where a label under it and its column's cells start (`left`) is set left,
    Word's way, over its own column. `lower`: the labels of the header's rows below the
    block (x0, x1): sub-labels a group label may be centred over (the last column's edge is
    where its text ends, short of its cell: "Realisasi" over 2022 | 2023 | 2024, the
    table's last three columns, 000's Tabel 3.3 through Chromium with a header rule)."""
    cuts, free = edges[1:-1], _free(lines, edges, below)
    width = len(cuts) + 1
    labels: list[list[CellLine]] = [[] for _ in range(width)]
    groups: dict[tuple[int, int], list[CellLine]] = {}
    heads: list[tuple[Line, float, float, tuple[int, int]]] = []  # group labels so far
    for line in lines:
        spans = _year_spans(line, cuts, starts)
        subs = [(a, b) for other in lines if other.top > line.bottom - 0.5 * line.height for a, b, _ in other.segments]
        subs += lower
        spanned: set[int] = set()  # columns this line's group labels set left head so far
        for x0, x1, text in line.segments:
            group = _group_wrapped(line, x0, x1, heads, cuts)
            if group is not None:
                groups[group].append(_cell_line(x0, x1, text))
                continue
            first, last = spans.get(x0) or (sum(x0 > cut for cut in cuts), sum(x1 > cut for cut in cuts))
            others = {sum(a > cut for cut in cuts) for a, _, _ in line.segments if a != x0}
            while x0 not in spans and last > first and last in others:
                last -= 1  # running into a column labelled on its line: overflowing its own, no group label
            if first == last:
                last = _set_left_span(line, x0, first, lines, cuts, others, spanned)
                free -= set(range(first + 1, last + 1))
                spanned |= set(range(first, last + 1)) if last > first else set()
            if first == last and x0 not in left:
                local = free | _labelled_under(line, first, lines, cuts)
                first, last = _widened(x0, x1, first, edges, local, subs)
                free -= set(range(first, last + 1))
            target = groups.setdefault((first, last), []) if last > first else labels[first]
            target.append(_cell_line(x0, x1, text))
            if last > first:
                heads.append((line, x0, x1, (first, last)))
    grouped = {col for first, last in groups for col in range(first, last + 1)}
    top, under = [""] * width, [""] * width
    for col in range(width):
        text = clean_text(join_lines(labels[col], words))
        (under if col in grouped else top)[col] = text
    for (first, _last), parts in groups.items():
        top[first] = clean_text(f"{top[first]} {join_lines(parts, words)}")
    return [top, under] if any(under) else [top]  # the labels under a group may be a row below


_ROW_PITCH = 1.25  # lines of one cell are set closer (a wrapped label); a row under it, further


def _group_wrapped(
    line: Line, x0: float, x1: float, heads: list[tuple[Line, float, float, tuple[int, int]]], cuts: list[float]
) -> tuple[int, int] | None:
    """The group a label is the next line of: centred under a group label of the line just
    above (a line's pitch), within its span, no year, and alone on its line under the
    group's columns - a sub-label centred under it ("2023" under "Realisasi" over 2022 |
    2023 | 2024) has others beside it. Wherever the white between the group's columns
    puts the label's start ("Capaian Kinerja" / "(%)" over 2021 | 2022, "(%)" starting in
    the white between them: WeasyPrint, 002's Tabel 3.6 in DejaVu Sans 10, read as a header
    row of its own on some pages and not others)."""
    text = next(t for s0, _, t in line.segments if s0 == x0)
    for head, a, b, (first, last) in reversed(heads):
        if not 0 < line.top - head.top <= _ROW_PITCH * head.height or _YEAR.fullmatch(text):
            continue
        beside = [s0 for s0, _, _ in line.segments if s0 != x0 and first <= sum(s0 > cut for cut in cuts) <= last]
        if a <= x0 and x1 <= b and abs((x0 + x1) / 2 - (a + b) / 2) <= 2.0 and not beside:
            return first, last
    return None


def _set_left_span(
    line: Line, x0: float, own: int, lines: list[Line], cuts: list[float], others: set[int], spanned: set[int]
) -> int:
    """The last column a label set left (Word's way) heads as a merged group label: its
    column's next label down starts where it does, a row under it (further than 1.6 lines:
    not its own wrapped line), and that row labels each column to its right up to the next
    label of its line, none of them labelled higher ("KINERJA" over TARGET | REALISASI |
    CAPAIAN and "ANGGARAN" over PAGU | REALISASI | PERSENTASE, LibreOffice, the row made tall
    by a label wrapped over five lines beside them). The column left of it is no sub-column
    of its own (labelled higher, or headed by a group label of its line, `spanned`): a label
    centred over three years starts where the middle one does by chance. `own` when there
    is no such row."""

    def column(a: float) -> int:
        return sum(a > cut for cut in cuts)

    below = [other for other in lines if other.top > line.top + 0.5 * line.height]
    mine = [other for other in below if any(column(a) == own for a, _, _ in other.segments)]
    if not mine:
        return own
    sub = min(mine, key=lambda other: other.top)
    if sub.top - line.top < 1.6 * max(line.height, sub.height) or not any(abs(a - x0) < 2 for a, _, _ in sub.segments):
        return own
    on_sub = {column(a) for a, _, _ in sub.segments}
    higher = {column(a) for other in lines if other.top < sub.top - 0.5 * sub.height for a, _, _ in other.segments}
    if own and own - 1 in on_sub and own - 1 not in higher | spanned:
        return own  # a free sub-column on its left: centred over a span, not set left
    last = own
    while last + 1 in on_sub and last + 1 not in others and last + 1 not in higher:
        last += 1
    return last


def _labelled_under(line: Line, own: int, lines: list[Line], cuts: list[float]) -> set[int]:
    """Columns of the block a label on `line` over column `own` may head as a group label
    narrower than its column: labelled only on a row under it (further than a wrapped
    line's pitch), on the line of the last label under it in its own column or lower - its
    sub-labels, all on one line ("KINERJA" over TARGET | REALISASI | CAPAIAN, 1.6 lines
    under it, beside "NAMA PROGRAM" set half a line lower in both rows). Labels set half a
    line lower, or beside the next line of a label wrapped in its own column (the line
    under it may be left out as page furniture on a later page), are one-row labels
    centred beside a wrapped one."""

    def column(x0: float) -> int:
        return sum(x0 > cut for cut in cuts)

    under = [other for other in lines if other.top >= line.top + _ROW_PITCH * line.height]
    mine = [other.top for other in under if any(column(x0) == own for x0, _, _ in other.segments)]
    if not mine:
        return set()  # nothing under it in its own column: no sub-labels to head
    low = max(mine) - 0.5 * line.height
    tops: dict[int, list[float]] = {}
    for other in lines:
        for x0, _, _ in other.segments:
            tops.setdefault(column(x0), []).append(other.top if other in under else -1.0)
    found = {col for col, found in tops.items() if col != own and min(found) >= low}
    return found | _wholly_under(line, own, lines, column)


_NEXT_ROW = 1.15  # of the labels' own wrapping pitch: a row down


def _wholly_under(line: Line, own: int, lines: list[Line], column: Callable[[float], int]) -> set[int]:
    """Columns whose every label of the block lies wholly under `line`, when the label
    under it in its own column is a row down, not its own next line: its sub-labels,
    however a browser staggers them by vertical centring ("KINERJA" over TARGET TAHUNAN |
    REALISASI TAHUN 2022 | CAPAIAN (%), each wrapped to its own number of lines, 002's
    Tabel 3.9 through WeasyPrint in DejaVu Sans). A label wrapped in its own column (its
    next line at its pitch) heads nothing so."""
    below = sorted(
        o.top for o in lines if o.top > line.top + 0.5 * line.height and any(column(a) == own for a, _, _ in o.segments)
    )
    if not below:
        return set()
    # a row down: further than the labels under it wrap (their own pitch), else than a row's pitch
    step = below[1] - below[0] if len(below) > 1 else _ROW_PITCH * line.height / _NEXT_ROW
    if below[0] - line.top < _NEXT_ROW * step:
        return set()
    tops: dict[int, float] = {}
    for other in lines:
        for x0, _, _ in other.segments:
            tops[column(x0)] = min(tops.get(column(x0), other.top), other.top)
    return {col for col, top in tops.items() if col != own and top >= line.bottom}


def _year_spans(line: Line, cuts: list[float], starts: list[float]) -> dict[float, tuple[int, int]]:
    """Years over groups of sub-columns ("2022" over Target | Realisasi | % Capaian, "2023"
    over the next three), each centred over its group and narrower than it: the columns
    whose middles lie nearer to that year than to the next span it. By each year's x0.
    Years starting where other header labels start are over their group's first column."""
    years = [(x0, x1) for x0, x1, text in line.segments if _YEAR.fullmatch(text)]
    if len(years) < 2 or len(cuts) < 2 or all(any(abs(x0 - s) < 3 for s in starts) for x0, _ in years):
        return {}  # set over the first column of each group, as a text export prints them
    middles = [(a + b) / 2 for a, b in zip(cuts, cuts[1:], strict=False)]
    middles = [cuts[0] - (cuts[1] - cuts[0]) / 2, *middles, cuts[-1] + (cuts[-1] - cuts[-2]) / 2]
    centres = [(x0 + x1) / 2 for x0, x1 in years]
    half = min(b - a for a, b in zip(centres, centres[1:], strict=False)) / 2
    spans = {}
    for (x0, _), centre in zip(years, centres, strict=True):
        cols = [k for k, m in enumerate(middles) if centre - half <= m < centre + half]
        if len(cols) >= 2:
            spans[x0] = (cols[0], cols[-1])
    return spans


def _apart_kept(rows: list[list[str]], cuts: list[float]) -> list[float]:
    """The cuts left once each label is joined to the figures under it, left to right: a
    column joined on its left is no longer a label alone, so figures between two labels
    (`n` over nothing, `N/A` under nothing, `Realisasi Nasional`) go with one of them."""
    kept, rows = [], [list(r) for r in rows]
    for cut in cuts:
        k = len(kept)
        if _header_apart(rows, k):
            rows = [r[:k] + [f"{r[k]} {r[k + 1]}".strip()] + r[k + 2 :] for r in rows]
        else:
            kept.append(cut)
    return kept


def _header_apart(rows: list[list[str]], k: int) -> bool:
    """Whether boundary `k` only separates a header label from the figures under it: a
    label centred over short left-aligned figures (or the reverse) leaves white between
    them, so one side holds text in the header rows only (labels, the column numbers) and
    the other only below them - or in other header rows than the first side (a group
    label over it, the label and the column number under that set right of the figures)."""
    if len(rows) < 2:
        return False
    head = 1
    while head < len(rows) - 1 and (_column_numbers(rows[head]) or not any(map(is_figure, rows[head]))):
        head += 1
    header, body = rows[:head], rows[head:]
    for label, figures in ((k, k + 1), (k + 1, k)):
        if any(r[label] for r in body) or not any(r[figures] for r in body) or not any(h[label] for h in header):
            continue
        if any(h[label] and h[figures] for h in header):
            continue
        if not any(h[figures] for h in header) or all(_short_figure(r[figures]) for r in body):
            return True  # over the figures' side a group label at most, and under it figures only
    return False


def _short_figure(cell: str) -> bool:
    return is_figure(cell) or cell.lower() in MISSING


def _column_numbers(cells: list[str]) -> bool:
    """A row of column numbers, some perhaps in one cell where a cut is missing ("8 9")."""
    filled = [c for c in cells if c]
    return len(filled) >= 3 and all(_NUMBERS.fullmatch(c) for c in filled)


def _numbered(run: list[Line], cuts: list[float]) -> list[float]:
    """The cuts completed by the header's column numbers ("1 2 3 ... 18"), one centred in
    each column: between two numbers with no cut between them (the white there crossed by
    too many wrapped cells, in a wide table set small), a cut where fewest cells cross."""
    head = _header_lines(run)
    numbers = next((line for line in run[: head + 2] if _counts(line)), None)
    if numbers is None:
        return cuts
    centres = [(x0 + x1) / 2 for x0, x1, _ in numbers.segments]
    body = [seg for line in run[head + 1 :] if line is not numbers for seg in line.segments]
    added = []
    for a, b in zip(centres, centres[1:], strict=False):
        if not any(a < cut < b for cut in cuts):
            places = [x0 - 0.5 for x0, _, _ in body if a < x0 - 0.5 < b] or [(a + b) / 2]
            added.append(min(places, key=lambda x: (sum(x0 < x < x1 for x0, x1, _ in body), -x)))
    rows = [line for line in run[head + 1 :] if line is not numbers]
    return _one_per_number(sorted(cuts + added), centres, rows)


def _one_per_number(cuts: list[float], centres: list[float], rows: list[Line]) -> list[float]:
    """The cuts less one of two between neighbouring column numbers that parts no two runs
    of a body line: a header label's last line alone in the white between two columns made
    a column of its own (Chromium: "PD", the last word of 002's "Kondisi Kinerja pada Akhir
    Periode Renstra PD", between "Target" and "Rp.", every figure after it one column off
    its label). Only where exactly one of them parts nothing."""
    for a, b in zip(centres, centres[1:], strict=False):
        inside = [cut for cut in cuts if a < cut < b]
        if len(inside) < 2:
            continue
        idle = [cut for cut in inside if not _parts_runs(cuts, cut, rows)]
        if len(idle) == 1:
            cuts = [cut for cut in cuts if cut != idle[0]]
    return cuts


def _parts_runs(cuts: list[float], cut: float, rows: list[Line]) -> bool:
    """Whether a body line has runs on both sides of `cut` within its neighbouring cuts."""
    k = cuts.index(cut)
    left = cuts[k - 1] if k else float("-inf")
    right = cuts[k + 1] if k + 1 < len(cuts) else float("inf")
    for line in rows:
        starts = [x0 for x0, _, _ in line.segments]
        if any(left < x0 < cut for x0 in starts) and any(cut < x0 < right for x0 in starts):
            return True
    return False


def _counts(line: Line) -> bool:
    """A column-number line: 1, 2, 3 ... (or (1), (2), (3) ...: 004's Tabel 2.2), each a bare
    number, consecutive (one number may be skipped, as 002's Renstra matrix numbers its
    columns 1 2 3 5 6 ...), at least three.
    Stricter than `is_numbering_row` (which takes "6 (5/4 *100%)" and gaps): each number here
    must stand for exactly one column, since its centre places a cut."""
    texts = [text.removeprefix("(").removesuffix(")") if text[:1] == "(" else text for _, _, text in line.segments]
    if len(texts) < 3 or texts[0] != "1" or not all(t.isdigit() for t in texts):
        return False
    steps = [int(b) - int(a) for a, b in zip(texts, texts[1:], strict=False)]
    return all(step == 1 for step in steps) or (all(step in (1, 2) for step in steps) and steps.count(2) == 1)


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
    those with cells on each side of it (`_sided`). A header label starting inside the
    white (centred over its sub-columns) leaves the strip going on under it."""
    run_labels = run[: _header_lines(run) + 1]
    body = run[len(run_labels) :]
    labels = {id(line) for line in run_labels}
    lines = _gridded(run)
    labelled = {k for k, line in enumerate(lines) if id(line) in labels}
    segments = sorted((x0, x1, k) for k, line in enumerate(lines) for x0, x1, _ in line.segments if x1 > x0)
    starts, ends = {x0 for x0, _, _ in segments}, {x1 for _, x1, _ in segments}
    points = sorted(starts | ends)
    limit, found, active, nxt = _tolerance(len(lines)), [], [], 0
    run: tuple[float, set[int]] | None = None  # a strip's start and the lines over it so far
    for left, right in zip(points, points[1:], strict=False):
        while nxt < len(segments) and segments[nxt][0] <= left:
            active.append(segments[nxt])
            nxt += 1
        active = [segment for segment in active if segment[1] > left]
        over = {k for _, _, k in active}
        if left in ends and (run is None or left in starts):
            run = (left, set())
        run = (run[0], run[1] | over) if run and len(run[1] | over) <= limit else None
        if right not in starts:
            continue  # a label ending inside the white: the strip goes on past its end
        if right - left >= MIN_GUTTER and len(active) <= limit and left in ends:
            found.append((left, right, over))
        elif left in ends and not active and {k for x0, _, k in segments if x0 == right} <= labelled:
            run = (left, set())  # a header label starts inside the white: the strip goes on under it
            continue
        elif run and right - run[0] >= MIN_GUTTER:
            found.append(_after_body_cells(run, right, segments, labelled))  # a label ran into the white
        run = None
    # strips run over are judged narrowest first, and one not taken bounds no other: a
    # sliver beside a gutter must not narrow the gutter's sides
    kept = list(found)
    for strip in sorted((s for s in found if s[2]), key=lambda s: s[1] - s[0]):
        n = kept.index(strip)
        if not _sided(kept, n, segments):
            kept.pop(n)
    return _around_lone_labels([(left, right) for left, right, _ in kept], run_labels, body)


def _after_body_cells(
    run: tuple[float, set[int]], right: float, segments: list[tuple[float, float, int]], labelled: set[int]
) -> tuple[float, float, set[int]]:
    """A strip a label ran into, from where the last body cell left of it ends: a cell
    ending a little further than its column's others is that column's, not a line running
    over the strip (LibreOffice, URW Bookman 7 pt, 002's annex: "2,134,044,723.00" ends 2 pt
    after "ANGGARAN (Rp)", and "KETERKAITAN DENGAN KOMPONEN PERENCANAAN" runs into the
    8 pt of white before REALISASI; counted as running over, the boundary was dropped and
    both amounts read as one). Only where a label ends inside the white and none runs
    across it: labels across it ("Tahun", "2023" over two year columns) leave the strip as
    measured."""
    start, over = run
    into = {k for x0, x1, k in segments if k in over & labelled and x0 < start < x1 < right}
    across = {k for x0, x1, k in segments if k in over and x0 < start and x1 >= right}
    if not into or across & labelled:
        return start, right, over  # no label ran into it, or one runs across it: as measured
    ends = [
        (x1, k) for x0, x1, k in segments if k in over and k not in labelled and x0 < start < x1 <= right - MIN_GUTTER
    ]
    if not ends:
        return start, right, over
    return max(x1 for x1, _ in ends), right, over - {k for _, k in ends}


def _around_lone_labels(
    strips: list[tuple[float, float]], labels: list[Line], body: list[Line]
) -> list[tuple[float, float]]:
    """The strips with a header label alone on its line standing wholly in one split
    around it, where the body shows no cell left of it: a column of its own whose cells the
    page does not show (WeasyPrint centres "Indikator Kinerja" down a tall header, a line of
    its own, and the break took the first row's names to the next page: 000's Tabel 3.4 in
    Carlito, landscape - with nothing under it, the label went into the sasaran's column,
    the header differed from the next page's and the table was unread). Only lines of one
    run are left out of the strips (a group label across the table must not close them);
    one inside white closes nothing. Beside the body's cells a lone label is a wrapped
    label's line over short figures ("Target" / "Tahunan" right of "72": 001's Tabel 3.1.2.1)."""
    first = min((x0 for line in body for x0, _, _ in line.segments), default=float("-inf"))  # no body: none
    for line in (line for line in labels if len(line.segments) == 1 and line.segments[0][1] < first):
        x0, x1, _ = line.segments[0]
        inside = next((k for k, (a, b) in enumerate(strips) if a + MIN_GUTTER <= x0 and x1 <= b - MIN_GUTTER), None)
        if inside is not None:
            a, b = strips[inside]
            strips[inside : inside + 1] = [(a, x0), (x1, b)]
    return strips


def _sided(found: list, n: int, segments: list[tuple[float, float, int]]) -> bool:
    """Whether more lines than run over strip `n` have a cell ending just left of it and
    a cell starting just right of it (up to the next strips): a column boundary, not the
    white between short figures and a header centred above them (nor between the end of
    a figure and a group label starting just right of it, 3.7 pt of 002's Tabel 3.11
    through WeasyPrint, which must not hide the column boundary after it)."""
    left, right, over = found[n]
    low = found[n - 1][1] if n else float("-inf")
    high = found[n + 1][0] if n + 1 < len(found) else float("inf")
    ending = {k for _, x1, k in segments if low <= x1 <= left and k not in over}
    starting = {k for x0, _, k in segments if right <= x0 <= high and k not in over}
    return len(ending) > len(over) and len(starting) > len(over)

"""What a PDF page holds once read: lines of text runs, tables found, in top-left coordinates
of the page as displayed. Every PDF module works on these."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.model import Piece
from ingest.read.tablebuild import is_figure


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
    open_top: bool = False  # a ruled table whose first row the page break left open (no rule over it)
    open_bottom: bool = False  # ... whose last row it left open (no rule under it)
    # What each row printed, parallel to `rows`: (text, x0, top, x1, bottom), in top-left
    # coordinates of the page as displayed; [] for a row without (header rows of a borderless table).
    pieces: list[list[Piece]] = field(default_factory=list)


@dataclass
class PageItems:
    """What one page holds, in reading order: prose lines and tables."""

    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[FoundTable] = field(default_factory=list)


def lines_from_runs(runs: list[tuple]) -> list[Line]:
    """Runs (x0, x1, top, bottom, text[, baseline]) grouped into lines by their vertical
    middle and baseline, then split into segments at gaps wider than a word space."""
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for group in sorted(_on_baselines(runs), key=_middle):
        middle, height = _middle(group), max(r[3] - r[2] for r in group)
        if (
            lines
            and abs(middle - _middle(lines[-1])) <= max(height, 2.0) * 0.5
            and all(_level(r, lines[-1]) for r in group)
        ):
            lines[-1].extend(group)
        else:
            lines.append(list(group))
    return _justified([_line(group) for group in lines])


def _on_baselines(runs: list[tuple]) -> list[list[tuple]]:
    """Runs set on one baseline (within `_SAME_BASELINE` of their height) and level in
    their middles, each group whole before lines are formed: a line is judged by all of
    its words, not by the first few taken in order of height. A merged cell's last line 2.3
    pt above the next row ("Plandaan" over "IPP Kecamatan Plandaan | 3,35 | 3,49", 002's
    Tabel 3.7 through Chromium) was taken with that row's words, as close as labels come,
    and its figures then made a line of their own. Runs without a baseline stand alone."""
    groups: list[list[tuple]] = []
    for run in sorted(runs, key=lambda r: (r[5] if len(r) > 5 else r[3], r[2])):
        last = groups[-1][-1] if groups else None
        height = run[3] - run[2]
        if (
            last is not None
            and len(run) > 5
            and len(last) > 5
            and abs(run[5] - last[5]) < _SAME_BASELINE * height
            and abs((run[2] + run[3]) / 2 - (last[2] + last[3]) / 2) <= 0.5 * max(height, 2.0)
        ):
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


_ALIGNED = 1.5  # points: lines of one justified paragraph start and end this close
_NEIGHBOURS = 3  # lines above and below where a justified line's paragraph shows


def _justified(lines: list[Line]) -> list[Line]:
    """Lines of justified prose set as one run each. Justification widens a line's word
    spaces, evenly, until they look like a table's gutters (Chromium at 12 pt: 14 pt
    between words, each word a segment): such a line - words of letters, spaced evenly,
    starting and ending where a prose line near it (one run) does - is prose. Repeated
    until none changes: a paragraph may set several such lines in a row."""
    spaced = {k for k, line in enumerate(lines) if _evenly_spaced(line)}
    changed = True
    while changed:
        changed = False
        for k in sorted(spaced):
            near = lines[max(0, k - _NEIGHBOURS) : k + _NEIGHBOURS + 1]
            if any(len(other.segments) == 1 and _same_edges(other, lines[k]) for other in near):
                line = lines[k]
                lines[k] = Line([(line.x0, line.segments[-1][1], line.text)], line.top, line.bottom)
                spaced.discard(k)
                changed = True
    return lines


def _evenly_spaced(line: Line) -> bool:
    words = [text for _, _, text in line.segments]
    if len(words) < 3 or any(" " in w for w in words) or 2 * sum(w.isalpha() for w in words) < len(words):
        return False
    gaps = [b[0] - a[1] for a, b in zip(line.segments, line.segments[1:], strict=False)]
    return max(gaps) - min(gaps) <= max(_ALIGNED, 0.15 * min(gaps))


def _same_edges(a: Line, b: Line) -> bool:
    return abs(a.x0 - b.x0) <= _ALIGNED and abs(a.segments[-1][1] - b.segments[-1][1]) <= _ALIGNED


def _level(run: tuple, group: list[tuple]) -> bool:
    """Words of one font size on one line share their baseline. A wrapped cell's next line
    beside the next row's first line (a padding lower) overlaps it by half its height, but
    its baseline is a third of a line or more apart; a merged cell wrapping at its own pitch
    beside rows at theirs comes closer (0.225 of a line beside 002's Tabel 3.1's third row
    from Chromium): a row of figures, set on one baseline, takes runs within 0.15 only.
    Labels, set less exactly (0.17 apart in a header row of 002's Tabel 2.1 - read as two
    lines, its columns came out shifted), keep a quarter. Runs without a baseline
    (a page turned back, whose characters' matrices are the unturned page's) are compared by
    middles only. A run right after one of the line's, on its very baseline, is on the line
    whatever the others (WeasyPrint's glyphs of "TAHUN 2022" in a header staggered by
    vertical centring: the year, a figure, was held to the line's other baselines, 2 pt
    off, and read as a year row under "REALISASI TAHUN")."""
    if len(run) < 6:
        return True
    height = run[3] - run[2]
    if any(
        len(r) > 5 and abs(r[5] - run[5]) < _SAME_BASELINE * height and -0.5 <= run[0] - r[1] <= height for r in group
    ):
        return True  # the next word of a run of the line, on its very baseline ("TAHUN" "2022")
    within = 0.15 if is_figure(run[4]) or any(is_figure(r[4]) for r in group) else 0.25
    return all(
        abs(r[5] - run[5]) < within * min(height, r[3] - r[2])
        for r in group
        if len(r) > 5 and min(height, r[3] - r[2]) > 0.65 * max(height, r[3] - r[2])
    )


_SAME_BASELINE = 0.05  # of a run's height: set on one baseline
# Cells apart by this many of the line's word spaces are runs of their own: Word's narrowed
# cell margins (0,1 cm a side) leave 5.6 pt between two cells' text, 2.5 spaces of URW
# Bookman at 7 pt (a double space typed in prose is 2)
_SPACES_APART = 2.2


def _middle(group: list[tuple[float, float, float, float, str]]) -> float:
    return sum((r[2] + r[3]) / 2 for r in group) / len(group)


def _word_space(group: list[tuple], touching: float, gap: float) -> float:
    """The line's own word space: the median white between its words (not touching runs,
    not gaps wide enough to part columns); of one or two, the narrower (the other may part
    two cells: "Pelaksanaan Penatausahaan" 5.6 pt before "Jumlah Pelaksanaan", URW Bookman
    7 pt, spaces of 2.2); `gap` when the line has none."""
    spaces = sorted(b[0] - a[1] for a, b in zip(group, group[1:], strict=False) if touching <= b[0] - a[1] < gap)
    if len(spaces) >= 3:
        return spaces[len(spaces) // 2]
    return spaces[0] if spaces else gap


def _line(group: list[tuple[float, float, float, float, str]]) -> Line:
    group = sorted(group)
    top, bottom = min(r[2] for r in group), max(r[3] for r in group)
    gap = max(4.0, 0.8 * (bottom - top))  # wider than a word space (even a monospaced one): a new column
    # Justified or kerned text is drawn in runs that split words ("T" "erwu" "j" "u" "d" "nya"):
    # runs that touch are one word; a word space is a quarter of the font's size or more.
    touching = 0.12 * (bottom - top)
    gap = min(gap, max(4.0, _SPACES_APART * _word_space(group, touching, gap)))
    segments: list[tuple[float, float, str]] = []
    for x0, x1, _t, _b, text, *_ in group:
        if segments and x0 - segments[-1][1] < gap:
            last = segments[-1]
            space = "" if x0 - last[1] < touching or last[2].endswith(" ") else " "
            segments[-1] = (last[0], max(last[1], x1), f"{last[2]}{space}{text}")
        else:
            segments.append((x0, x1, text))
    # a run ending in a space (the producer's own word space) ends a word, however close the next
    return Line([(x0, x1, text.strip()) for x0, x1, text in segments], top, bottom)

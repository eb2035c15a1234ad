"""A layout bench: meaning-preserving rewrites of a text export (`str -> str`).

Each transformation rewrites the tables of an LKjIP text export the way other real reports
lay out the same figures (captions, headers, column order, units, spellings, page breaks...)
without changing what the document says. `tests/test_layouts.py` ingests a sample and each of
its variants and asserts the reader finds the same facts and findings; `bench/layouts.py`
prints the same comparison as a table.

Families (`FAMILIES`, name -> variant -> transform; `VARIANTS` flattens them to "family/variant"):
caption styles, title lines, column-number rows, header rows (split, merged, grouped), column
order, header synonyms, units (own column or in the cell), rupiah and percent spellings, sasaran
cells under a merged cell, long rows broken in two, page breaks inside a table. `compose` applies
several in a fixed order; `WITNESS` says what each must visibly change.

Tables are found here, not with the reader: a table is a run of TAB-separated lines (a blank
line, e.g. a page break, may interrupt it: the next run continues it unless it opens with a
different header); its caption is a `Tabel N.N` line at most a few short lines above it, its
header the leading rows without a figure (label rows, year rows, a column-number row).
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

Transform = Callable[[str], str]

# --------------------------------------------------------------------------------------------
# Reading the export: cells, figures, header rows, tables
# --------------------------------------------------------------------------------------------

_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|\*\*|__|(?<!\w)\*|\*(?!\w)")


@lru_cache(maxsize=65536)
def plain(cell: str) -> str:
    """A cell's text without HTML tags, markdown emphasis and extra spaces."""
    return " ".join(_MARKUP.sub(" ", cell).split())


_NUMBER = r"[-+]?\d[\d.,]*(?:,\s\d+)?"
_FIGURE = re.compile(
    rf"^(?:rp\.?\s*)?{_NUMBER}\s*(?:%|,-)?(?:\s*[a-z][a-z/-]*)?$"  # 88,14 / 100 % / Rp 1.000 / 3 dokumen
    r"|^[a-z][a-z ]{0,24}\(\s*\d[\d.,\s]*\)$"  # Baik (88,14), A (85,04)
    r"|^(?:n/a|-|–|—)$",
    re.I,
)
_YEAR = re.compile(r"^(?:tahun\s+)?(?:19|20)\d\d$|^tahun\s+n(?:\s*-\s*\d)?$", re.I)
_COLNUM = re.compile(r"^\(?(\d{1,2})\)?(?:\s*[=(].*)?$")
_HEADER_WORD = re.compile(
    r"\b(?:no|nomor|sasaran|tujuan|indikator|target|realisasi|capaian|satuan|sat|anggaran|pagu|alokasi|"
    r"program|kegiatan|kinerja|uraian|tahun|keterangan|ket|persentase|tingkat|efisiensi|serapan|kategori|"
    r"sumber|kemajuan|renstra|formulasi|rumus|bobot|komponen|nilai|misi|strategi|kebijakan|sebelum|"
    r"setelah|perubahan|jenis|aspek|rekomendasi|penjelasan|definisi|interpretasi|predikat|analisis|solusi|rp|"
    r"kondisi|awal|akhir|arah|data)\b|%",
    re.I,
)
_CAPTION = re.compile(
    r"^[\s#*.:;,\-–]*(?:tabel|table)\s*\.?\s*(\d+(?:\s*\.\s*\d+)*)\s*\.?(?![\d])\s*(.*?)[\s*]*$", re.I
)
_TOTAL = re.compile(r"\b(?:jumlah|total|rata\s*-?\s*rata|capaian rata)", re.I)


@lru_cache(maxsize=65536)
def is_figure(cell: str) -> bool:
    text = plain(cell)
    return (
        bool(text)
        and bool(_FIGURE.match(text))
        and (any(ch.isdigit() for ch in text) or not text[0].isalpha() or text.lower() == "n/a")
    )


@lru_cache(maxsize=65536)
def is_year(cell: str) -> bool:
    return bool(_YEAR.match(plain(cell)))


def is_colnum_row(cells: list[str]) -> bool:
    """`1 2 3 4`, `(1) (2) (3)`, `... 6=4/5*100`: one number per column, counting up (a
    number may be skipped: `1 2 3 5 6`)."""
    filled = [plain(c) for c in cells if plain(c)]
    numbers = [int(m.group(1)) for c in filled if (m := _COLNUM.match(c))]
    if len(filled) < 3 or len(numbers) != len(filled) or numbers[0] > 2:
        return False
    return all(b > a for a, b in zip(numbers, numbers[1:], strict=False))


def is_header_row(cells: list[str]) -> bool:
    filled = [plain(c) for c in cells if plain(c)]
    if not filled:
        return False
    if is_colnum_row(cells) or all(is_year(c) for c in filled):
        return True
    if any(is_figure(c) and not is_year(c) for c in filled) or any(len(c) > 80 for c in filled):
        return False
    return any(_HEADER_WORD.search(c) for c in filled)


def _sub_header(cells: list[str]) -> bool:
    """A header row under the first: it leaves the first column to the label above, or its
    labels are short and mostly header words (a row of sentences without figures is a sasaran
    row)."""
    filled = [plain(c) for c in cells if plain(c)]
    labels = [c for c in filled if is_year(c) or _HEADER_WORD.search(c)]
    return (
        not plain(cells[0])
        or is_colnum_row(cells)
        or (all(len(c) <= 40 for c in filled) and 2 * len(labels) >= len(filled))
    )


def opens_table(cells: list[str]) -> bool:
    """A table's first header row: a header row starting in the first column, two labels or more
    (a continued row's fragment, `<tab><tab>Kinerja SKPD`, starts further right)."""
    return is_header_row(cells) and bool(plain(cells[0])) and sum(1 for c in cells if plain(c)) >= 2


def caption_parts(line: str) -> tuple[str, str] | None:
    """'**Tabel 3. 1** Judul' -> ('3.1', 'Judul'); None when the line is no caption."""
    if "\t" in line or len(line) > 250:
        return None
    m = _CAPTION.match(line.strip())
    if not m:
        return None
    return re.sub(r"\s+", "", m.group(1)), plain(m.group(2))


@dataclass
class Table:
    header: list[int]  # header line indices (first block)
    blocks: list[list[int]]  # runs of TAB lines, the first one included
    repeats: list[list[int]] = field(default_factory=list)  # header rows repeated after a page break
    caption: int | None = None
    titles: list[int] = field(default_factory=list)  # short lines between the caption and the table

    @property
    def rows(self) -> list[int]:
        return [i for b in self.blocks for i in b]

    @property
    def body(self) -> list[int]:
        skip = set(self.header) | {i for r in self.repeats for i in r}
        return [i for i in self.rows if i not in skip]


class Doc:
    """The export's lines, its tables, and edits collected against the original line numbers."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.tables = _tables_of(text)  # shared, never modified: edits go to the dicts below
        self._replace: dict[int, list[str]] = {}
        self._before: dict[int, list[str]] = defaultdict(list)
        self._after: dict[int, list[str]] = defaultdict(list)

    def cells(self, i: int) -> list[str]:
        return self.lines[i].split("\t")

    def current(self, i: int) -> list[str]:
        """Cells of line i as edited so far (a replaced line's first line)."""
        new = self._replace.get(i)
        return (new[0] if new else self.lines[i]).split("\t")

    def set(self, i: int, cells: list[str] | str) -> None:
        self._replace[i] = [cells if isinstance(cells, str) else "\t".join(cells)]

    def set_lines(self, i: int, lines: list[str]) -> None:
        self._replace[i] = list(lines)

    def delete(self, i: int) -> None:
        self._replace[i] = []

    def before(self, i: int, lines: list[str]) -> None:
        self._before[i].extend(lines)

    def after(self, i: int, lines: list[str]) -> None:
        self._after[i].extend(lines)

    def text(self) -> str:
        out: list[str] = []
        for i, line in enumerate(self.lines):
            out += self._before.get(i, [])
            out += self._replace.get(i, [line])
            out += self._after.get(i, [])
        return "\n".join(out)


@lru_cache(maxsize=16)
def _tables_of(text: str) -> list[Table]:
    return find_tables(text.split("\n"))


def find_tables(lines: list[str]) -> list[Table]:
    """Headed tables (a table whose first row is no header is skipped: a table of contents,
    a list laid out with TABs), each with the runs that continue it."""
    runs: list[list[int]] = []
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            runs.append(list(range(i, j)))
            i = j
        else:
            i += 1
    tables: list[Table] = []
    current: Table | None = None
    while runs:
        run = runs.pop(0)
        header = lines[current.header[0] if current else run[0]].split("\t")
        if k := _new_header_at(lines, run, header, current is not None):
            runs.insert(0, run[k:])
            run = run[:k]
        first = lines[run[0]].split("\t")
        gap = lines[current.blocks[-1][-1] + 1 : run[0]] if current else []
        if current and not any(x.strip() for x in gap):
            if not opens_table(first):
                current.blocks.append(run)
                continue
            if _same_row(first, lines[current.header[0]].split("\t")):
                current.blocks.append(run)
                current.repeats.append(_leading_headers(lines, run))
                continue
        current = None
        if opens_table(first):
            current = Table(header=_leading_headers(lines, run), blocks=[run])
            current.caption, current.titles = _caption_above(lines, run[0])
            tables.append(current)
    return tables


def _new_header_at(lines: list[str], run: list[int], header: list[str], body_above: bool) -> int | None:
    """Where a run of TAB lines starts another table: a header naming other columns right under
    body rows (002's individual performance agreement, printed twice, each under its header)."""
    for k, i in enumerate(run):
        cells = lines[i].split("\t")
        other = opens_table(cells) and not is_colnum_row(cells) and not _same_row(cells, header)
        if other and body_above and any(_figures_row(lines[j].split("\t")) for j in run[k + 1 :]):
            return k
        body_above = body_above or _figures_row(cells)
    return None


def _figures_row(cells: list[str]) -> bool:
    return not is_colnum_row(cells) and any(is_figure(plain(c)) and not is_year(plain(c)) for c in cells)


def _same_row(a: list[str], b: list[str]) -> bool:
    """The same header row, give or take case, markup, trailing empty cells and a word split
    or mistyped by the export (`REALISA SI KINERJA`)."""

    def key(cells: list[str]) -> list[str]:
        out = ["".join(plain(c).lower().split()) for c in cells]
        while out and not out[-1]:
            out.pop()
        return out

    ka, kb = key(a), key(b)
    return ka == kb or (len(ka) == len(kb) and SequenceMatcher(None, "|".join(ka), "|".join(kb)).ratio() >= 0.9)


def _leading_headers(lines: list[str], run: list[int]) -> list[int]:
    out = []
    for i in run:
        cells = lines[i].split("\t")
        if not is_header_row(cells) or (out and not _sub_header(cells)):
            break
        out.append(i)
    return out[: len(run) - 1] if len(out) == len(run) else out  # a table keeps one body row


def _caption_above(lines: list[str], start: int) -> tuple[int | None, list[int]]:
    titles: list[int] = []
    j = start - 1
    while j >= 0 and len(titles) <= 3:
        line = lines[j]
        if "\t" in line:
            break
        if line.strip():
            if caption_parts(line):
                return j, sorted(titles)
            if len(line.strip()) > 160:
                break
            titles.append(j)
        j -= 1
    return None, []


def label_rows(doc: Doc, t: Table) -> list[int]:
    return [i for i in t.header if not is_colnum_row(doc.cells(i))]


def width(doc: Doc, t: Table) -> int:
    return len(doc.cells(t.header[0]))


def rectangular(doc: Doc, t: Table) -> bool:
    """Every row has the header's number of cells, or more that are empty (a row shifted by a
    missing cell cannot be moved column by column without changing what it says)."""
    w = width(doc, t)
    return all(len(c := doc.cells(i)) >= w and not any(x.strip() for x in c[w:]) for i in t.rows)


def header_grid(doc: Doc, t: Table) -> list[list[str]]:
    """Label rows x columns: each cell's label, a merged group label (written in its first
    column) repeated over the empty cells right of it that have sub-labels below."""
    rows = [doc.cells(i) for i in label_rows(doc, t)]
    w = width(doc, t)
    grid = [["" for _ in range(w)] for _ in rows]
    for k, row in enumerate(rows):
        group = ""
        for c in range(w):
            text = plain(row[c]) if c < len(row) else ""
            below = any(c < len(r) and plain(r[c]) for r in rows[k + 1 :])
            if text:
                group = text
            elif not (group and below):
                group = ""
            grid[k][c] = text or group
    return grid


def column_paths(doc: Doc, t: Table) -> list[list[str]]:
    """Each column's labels from the top header row down."""
    grid = header_grid(doc, t)
    return [[row[c] for row in grid if row[c]] for c in range(width(doc, t))]


def inside_group(doc: Doc, t: Table, c: int) -> bool:
    """Column c continues a group label that starts left of it (a column inserted before c,
    or c removed with its neighbour, would cut the merged cell)."""
    grid = header_grid(doc, t)
    rows = [doc.cells(i) for i in label_rows(doc, t)]
    return 0 < c < width(doc, t) and any(
        grid[k][c] and not plain(rows[k][c] if c < len(rows[k]) else "") for k in range(len(rows))
    )


_BUDGET_WORDS = re.compile(r"anggaran|pagu|alokasi|\brp\b|keuangan|serapan", re.I)


def roles(doc: Doc, t: Table) -> list[str]:
    """A coarse meaning per column, from its labels: no, sasaran, indikator, program, satuan,
    target, realisasi, capaian, pagu, budget_realisasi, serapan, year, other."""
    paths = column_paths(doc, t)
    out = []
    has_pagu = any(_own_role(p) == "pagu" for p in paths)
    has_target = any(p and "target" in " ".join(p).lower() for p in paths)
    for c, path in enumerate(paths):
        role = _own_role(path)
        budget = bool(_BUDGET_WORDS.search(" ".join(path))) or (has_pagu and not has_target)
        # PAGU | REALISASI | %; but a realisasi after a budget realisasi is of another group
        # (002's Renstra matrix: 2019 Realisasi | Rp | 2020 Realisasi | Rp).
        after = {"pagu": ("realisasi", "capaian"), "budget_realisasi": ("capaian",)}
        budget = budget or bool(out and role in after.get(out[-1], ()))
        if role in ("realisasi", "capaian") and budget:
            role = {"realisasi": "budget_realisasi", "capaian": "serapan"}[role]
        if role == "no" and c != 0:
            role = "other"
        out.append(role)
    return out


def _own_role(path: list[str]) -> str:
    if not path:
        return "other"
    own, full = path[-1].lower(), " ".join(path).lower()
    if own.rstrip(".") in ("no", "nomor", "no urut"):
        return "no"
    if own.rstrip(".") in ("satuan", "sat"):
        return "satuan"
    if "indikator" in own:
        return "indikator"
    if "sasaran" in own or "tujuan" in own or "kinerja utama" in own:
        return "sasaran"
    if re.search(r"program|kegiatan|uraian", own):
        return "program"
    if re.search(r"renstra|akhir|nasional|standar|kemajuan|efisiensi|bobot", full):
        return "other"
    if re.fullmatch(r"(?:pagu|anggaran|alokasi)(?: anggaran)?(?: \(rp\.?\))?", own):
        return "pagu"
    if "realisasi" in full and ("capaian" not in own and "%" not in own and "persen" not in own):
        return "realisasi"
    if "target" in full:
        return "target"
    if re.search(r"capaian|(?:s|ny)erap|^%|%$|\(%\)|persentase", own):
        if "anggaran" in own and not re.search(r"capaian|realisasi|(?:s|ny)erap", own):
            return "other"  # "% Anggaran": a share of the budget, not its absorption
        return "capaian"
    if is_year(own):
        return "year"
    return "other"


def _kinds(doc: Doc, t: Table) -> dict[int, tuple[str, int]]:
    """line -> ('label', level) / ('colnum', 0) / ('body', 0), repeated headers included."""
    out: dict[int, tuple[str, int]] = {i: ("body", 0) for i in t.rows}
    for rows in [t.header, *t.repeats]:
        level = 0
        for i in rows:
            if is_colnum_row(doc.cells(i)):
                out[i] = ("colnum", 0)
            else:
                out[i] = ("label", level)
                level += 1
    return out


def _renumbered(original: list[str], edited: list[str]) -> list[str] | None:
    """A column-number row edited like the other rows (a new column holds `#`), numbered again
    in its own style; None when it holds a formula (`6=4/5*100`), whose references a moved
    column would make wrong."""
    filled = [plain(c) for c in original if plain(c)]
    if any(not re.fullmatch(r"\(?\d{1,2}\)?", c) for c in filled):
        return None
    paren = filled[0].startswith("(")
    count = iter(range(1, len(edited) + 1))
    return [(f"({k})" if paren else str(k)) if c.strip() and (k := next(count)) else "" for c in edited]


def edit_columns(doc: Doc, t: Table, edit: Callable[[int, list[str], str, int], list[str]]) -> bool:
    """Rewrite every row of a rectangular table with edit(line, cells, kind, level); column-number
    rows are renumbered. False (and nothing changed) when the table cannot be edited safely."""
    if not rectangular(doc, t):
        return False
    kinds = _kinds(doc, t)
    new: dict[int, list[str]] = {}
    for i in t.rows:
        kind, level = kinds[i]
        try:
            cells = edit(i, doc.cells(i)[: width(doc, t)], kind, level)
        except _Unsafe:
            return False
        if kind == "colnum":
            renum = _renumbered(doc.cells(i), cells)
            if renum is None:
                return False
            cells = renum
        new[i] = cells
    for i, cells in new.items():
        doc.set(i, cells)
    return True


def figure_columns(rs: list[str]) -> list[int]:
    return [c for c, r in enumerate(rs) if r in ("target", "realisasi", "capaian")]


def has_figure(cells: list[str]) -> bool:
    return any(is_figure(c) and not is_year(c) for c in cells)


def is_total_row(cells: list[str]) -> bool:
    return any(_TOTAL.search(plain(c)) for c in cells[:3])


def _cell(cells: list[str], c: int) -> str:
    return cells[c] if 0 <= c < len(cells) else ""


def _transform(per_table: Callable[[Doc, Table], None]) -> Transform:
    def run(text: str) -> str:
        doc = Doc(text)
        for t in doc.tables:
            per_table(doc, t)
        return doc.text()

    run.__doc__ = per_table.__doc__
    return run


# --------------------------------------------------------------------------------------------
# 1. Caption styles
# --------------------------------------------------------------------------------------------


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _caption_style(style: str) -> Transform:
    def per_table(doc: Doc, t: Table) -> None:
        if t.caption is None:
            return
        number, title = caption_parts(doc.lines[t.caption])
        chapter, *rest = number.split(".")
        label = {
            "roman": "TABEL " + ".".join([_roman(int(chapter) or 1), *rest]),
            "period": f"Tabel {number}.",
            "punct": f". Tabel {number}",
            "markdown": f"**Tabel {number}**",
        }.get(style, f"Tabel {number}")
        if style == "none":  # the label goes, a title on its line stays as the table's title
            doc.set_lines(t.caption, [title] if title else [])
        elif style == "after":  # caption and title lines move just below the table
            moved = [doc.lines[t.caption], *(doc.lines[i] for i in t.titles)]
            for i in [t.caption, *t.titles]:
                doc.delete(i)
            doc.after(t.blocks[-1][-1], ["", *moved, ""])
        else:
            doc.set(t.caption, f"{label} {title}" if title else label)

    return _transform(per_table)


# --------------------------------------------------------------------------------------------
# 2. Title lines
# --------------------------------------------------------------------------------------------


def _title_own_line(doc: Doc, t: Table) -> None:
    """`Tabel 3.2 Pengukuran Kinerja` -> `Tabel 3.2` / `Pengukuran Kinerja`."""
    if t.caption is not None and (parts := caption_parts(doc.lines[t.caption]))[1]:
        doc.set_lines(t.caption, [f"Tabel {parts[0]}", parts[1]])


def _title_same_line(doc: Doc, t: Table) -> None:
    """`Tabel 3.2` / `Pengukuran Kinerja` -> `Tabel 3.2 Pengukuran Kinerja`."""
    if t.caption is None or not t.titles or caption_parts(doc.lines[t.caption])[1]:
        return
    number = caption_parts(doc.lines[t.caption])[0]
    title = plain(doc.lines[t.titles[0]].lstrip("#"))
    if title and len(title) <= 120:
        doc.set(t.caption, f"Tabel {number} {title}")
        doc.delete(t.titles[0])


def _title_blank_line(doc: Doc, t: Table) -> None:
    """An empty line between the caption and its title."""
    if t.caption is not None and t.titles and t.titles[0] == t.caption + 1:
        doc.after(t.caption, [""])


# --------------------------------------------------------------------------------------------
# 3. Column-number rows
# --------------------------------------------------------------------------------------------


def _formula_row(doc: Doc, t: Table) -> list[str] | None:
    """`1 2 3 4 5 6 (5/4 *100%)`: a capaian column names the columns it divides."""
    rs = roles(doc, t)
    cells = [str(c + 1) for c in range(len(rs))]
    found = False
    for c, role in enumerate(rs):
        pair = {"capaian": ("realisasi", "target"), "serapan": ("budget_realisasi", "pagu")}.get(role)
        if not pair:
            continue
        left = [k for k in range(c) if rs[k] in pair]
        num = next((k for k in reversed(left) if rs[k] == pair[0]), None)
        den = next((k for k in reversed(left) if rs[k] == pair[1]), None)
        if num is not None and den is not None and num >= c - 2:  # the realisasi next to it
            cells[c] = f"{c + 1} ({num + 1}/{den + 1} *100%)"
            found = True
    return cells if found else None


def _colnum(style: str) -> Transform:
    def per_table(doc: Doc, t: Table) -> None:
        if any(is_colnum_row(doc.cells(i)) for i in t.header):
            return
        w = width(doc, t)
        if style == "formula":
            row = _formula_row(doc, t)
            if row is None:
                return
        else:
            row = [f"({k})" if style == "paren" else str(k) for k in range(1, w + 1)]
        for rows in [t.header, *t.repeats]:
            if rows:
                doc.after(rows[-1], ["\t".join(row)])

    return _transform(per_table)


# --------------------------------------------------------------------------------------------
# 4. Header rows
# --------------------------------------------------------------------------------------------


def _split_words(text: str) -> tuple[str, str]:
    words = text.split(" ")
    half = (len(words) + 1) // 2
    return " ".join(words[:half]), " ".join(words[half:])


def _header_split_label(doc: Doc, t: Table) -> None:
    """Labels of the top header row wrapped onto a second row (`Target` over `Kinerja`)."""
    labels = label_rows(doc, t)
    if not labels:
        return
    for rows in [t.header, *t.repeats]:
        top = next((i for i in rows if i in labels or _same_row(doc.cells(i), doc.cells(labels[0]))), None)
        if top is None:
            continue
        upper, lower = [], []
        for cell in doc.cells(top):
            text = plain(cell)
            a, b = _split_words(text) if len(text.split(" ")) >= 2 else (cell, "")
            upper.append(a)
            lower.append(b)
        if any(lower):
            doc.set_lines(top, ["\t".join(upper), "\t".join(lower)])


_MEASURE = re.compile(r"^(?:target|realisasi|capaian|pagu|alokasi|anggaran|%|persentase|persen|tingkat|nilai)\b", re.I)


def _joined(path: list[str]) -> str:
    """One label for a column's header path: `Target Kinerja`, `Realisasi 2022`,
    `Alokasi Anggaran (Rp)`, `Target Sebelum Perubahan` (a measure first, then what qualifies it)."""
    label = path[0]
    for sub in path[1:]:
        if label.lower() in sub.lower():
            label = sub
        elif _MEASURE.match(sub) and not re.match(r"(?:target|realisasi|capaian|%)\b", label, re.I):
            m = re.match(r"^(.*?)(\s*(?:\([^)]*\)|%))?$", sub)
            label = f"{m.group(1)} {label}{m.group(2) or ''}"
        else:
            label = f"{label} {sub}"
    return label


def _header_merge_rows(doc: Doc, t: Table) -> None:
    """A two-row header (group labels over sub-labels) written as one row: `Realisasi 2022`,
    `Target Kinerja`, `Realisasi Anggaran`."""
    labels = label_rows(doc, t)
    if len(labels) != 2:
        return
    grid = header_grid(doc, t)
    if any("indikator" in grid[0][c].lower() for c in figure_columns(roles(doc, t))):
        return  # `Indikator Kinerja` over Target / Realisasi: no report writes `Target Indikator Kinerja`
    merged = "\t".join(_joined(p) if p else "" for p in column_paths(doc, t))
    for rows in [t.header, *t.repeats]:
        own = [i for i in rows if not is_colnum_row(doc.cells(i))]
        if len(own) == 2 and all(_same_row(doc.cells(a), doc.cells(b)) for a, b in zip(own, labels, strict=True)):
            doc.set(own[0], merged)
            doc.delete(own[1])


def _header_group_cells(doc: Doc, t: Table) -> None:
    """A one-row header grouped: `Kinerja` over Target / Realisasi / Capaian and `Anggaran`
    over its columns, the group label in the group's first column, empty cells right of it."""
    labels = label_rows(doc, t)
    if len(labels) != 1:
        return
    rs = roles(doc, t)
    top = [plain(c) for c in doc.cells(labels[0])]
    sub = ["" for _ in top]
    for group, members in (
        ("Kinerja", ("target", "realisasi", "capaian")),
        ("Anggaran", ("pagu", "budget_realisasi", "serapan")),
    ):
        run = [c for c, r in enumerate(rs) if r in members]
        if len(run) < 2 or run != list(range(run[0], run[-1] + 1)):
            continue
        for c in run:
            sub[c], top[c] = top[c], ""
        top[run[0]] = group
    if not any(sub):
        return
    for rows in [t.header, *t.repeats]:
        for i in rows:
            if _same_row(doc.cells(i), doc.cells(labels[0])):
                doc.set_lines(i, ["\t".join(top), "\t".join(sub)])


# --------------------------------------------------------------------------------------------
# 5. Column order
# --------------------------------------------------------------------------------------------


def _move(cells: list[str], src: int, dst: int) -> list[str]:
    """Column src moved so that it sits before the column now at dst."""
    out = list(cells)
    value = out.pop(src)
    out.insert(dst - 1 if dst > src else dst, value)
    return out


def _swap_target_realisasi(doc: Doc, t: Table) -> None:
    """Target and realisasi columns swapped, with their figures."""
    rs = roles(doc, t)
    if rs.count("target") != 1 or rs.count("realisasi") != 1:
        return
    a, b = rs.index("target"), rs.index("realisasi")

    def edit(i: int, cells: list[str], kind: str, level: int) -> list[str]:
        if kind != "label" or (plain(cells[a]) and plain(cells[b])):  # a group label stays where it starts
            cells[a], cells[b] = cells[b], cells[a]
        return cells

    edit_columns(doc, t, edit)


def _satuan_move(where: str) -> Callable[[Doc, Table], None]:
    def per_table(doc: Doc, t: Table) -> None:
        rs = roles(doc, t)
        figures = figure_columns(rs)
        if rs.count("satuan") != 1 or not figures:
            return
        s = rs.index("satuan")
        dst = figures[-1] + 1 if where == "after" else figures[0]
        if dst in (s, s + 1) or inside_group(doc, t, dst) or inside_group(doc, t, s + 1):
            return
        edit_columns(doc, t, lambda i, cells, kind, level: _move(cells, s, dst))

    per_table.__doc__ = f"The satuan column moved {where} the figure columns."
    return per_table


_NUMBERING = re.compile(r"^\d+(?:[.,]\d+)*[.,]?$")


def _drop_no(doc: Doc, t: Table) -> None:
    """The `No` column dropped. Its hierarchical numbering (1, 1.1, 1.1.1) moves into the name
    cell, as reports without a No column write it; a label in it (`TOTAL`) moves right."""
    rs = roles(doc, t)
    if not rs or rs[0] != "no" or inside_group(doc, t, 1):
        return
    names = [c for c, r in enumerate(rs) if r == "program"] or [c for c, r in enumerate(rs) if r != "no"]
    name = names[0]
    body = set(t.body)
    nested = any(re.fullmatch(r"\d+[.,]\d+.*", plain(doc.cells(i)[0])) for i in body)

    def edit(i: int, cells: list[str], kind: str, level: int) -> list[str]:
        number = plain(cells[0])
        if kind == "body" and number:
            if not _NUMBERING.match(number):
                if plain(cells[1]):
                    raise _Unsafe
                cells[1] = number
            elif nested and plain(cells[name]):
                lead, rest = re.match(r"^((?:<[^>]+>|\*\*)*)(.*)$", cells[name], re.S).groups()
                cells[name] = f"{lead}{number if '.' in number else number + '.'} {rest}"
        return cells[1:]

    edit_columns(doc, t, edit)


class _Unsafe(Exception):
    """A table this transformation cannot rewrite without changing its meaning."""


def _add_no(doc: Doc, t: Table) -> None:
    """A `No` column added to a table of sasaran rows: 1, 2, 3 on each row that opens a
    sasaran (not on continued rows nor total rows)."""
    rs = roles(doc, t)
    if not rs or rs[0] != "sasaran" or "no" in rs:
        return
    counter = iter(range(1, 1000))

    def edit(i: int, cells: list[str], kind: str, level: int) -> list[str]:
        if kind != "body":
            return ["No" if (kind, level) == ("label", 0) else "#" if kind == "colnum" else "", *cells]
        number = ""
        if kind == "body" and plain(cells[0]) and not is_total_row(cells):
            number = str(next(counter))
        return [number, *cells]

    edit_columns(doc, t, edit)


# --------------------------------------------------------------------------------------------
# 6. Header synonyms
# --------------------------------------------------------------------------------------------

# The header texts a synonym may replace, per column meaning: only plain labels, so that
# `Realisasi Nasional` or `% Anggaran` (a share of the budget) are never renamed.
_PLAIN_LABELS = {
    "target": {"target"},
    "realisasi": {"realisasi"},
    "capaian": {"capaian", "% capaian", "capaian %", "capaian (%)", "persentase capaian", "%"},
    "pagu": {"anggaran", "anggaran (rp)", "anggaran (rp.)", "pagu", "alokasi", "alokasi (rp)", "pagu anggaran"},
    "budget_realisasi": {"realisasi", "realisasi (rp)", "realisasi (rp.)"},
    "serapan": {"capaian", "% capaian", "capaian %", "capaian (%)", "persentase", "%", "persentase capaian"},
}

SYNONYMS: dict[str, str] = {
    "Target Kinerja": "target",
    "Realisasi Kinerja": "realisasi",
    "Persentase Capaian": "capaian",
    "% Capaian": "capaian",
    "Tingkat Capaian Kinerja (% realisasi)": "capaian",
    "Capaian (%)": "capaian",
    "Pagu Anggaran (Rp)": "pagu",
    "Anggaran": "pagu",
    "Alokasi Anggaran": "pagu",
    "Realisasi Anggaran (Rp)": "budget_realisasi",
    "% Realisasi": "serapan",
    "Persentase Realisasi Anggaran": "serapan",
    "Serapan (%)": "serapan",
}


def _synonym(label: str) -> Transform:
    role = SYNONYMS[label]

    def per_table(doc: Doc, t: Table) -> None:
        rs = roles(doc, t)
        rows = [doc.cells(i) for i in label_rows(doc, t)]
        targets = set()  # (label row, column) whose text is the column's own label
        for k, row in enumerate(rows):
            for c, cell in enumerate(row):
                below = [plain(_cell(r, c)) for r in rows[k + 1 :] if plain(_cell(r, c))]
                own = not below or all(is_year(x) for x in below)  # not a group over other measures
                if c < len(rs) and rs[c] == role and own and plain(cell).lower() in _PLAIN_LABELS[role]:
                    targets.add((k, c))
        for header in [t.header, *t.repeats]:
            for k, i in enumerate(x for x in header if not is_colnum_row(doc.cells(x))):
                cells = doc.cells(i)
                hits = [c for (kk, c) in targets if kk == k and c < len(cells) and plain(cells[c]) != label]
                for c in hits:
                    cells[c] = label
                if hits:
                    doc.set(i, cells)

    return _transform(per_table)


# --------------------------------------------------------------------------------------------
# 7. Units
# --------------------------------------------------------------------------------------------

_WITH_UNIT = re.compile(r"^(\d[\d.,]*)\s*(%|[A-Za-z][A-Za-z/-]*(?: [A-Z]{2,4})?)$")
_PERCENT_UNITS = {"%", "persen", "persentase"}
_SCORE_UNITS = {"nilai", "skor", "angka"}  # a score is printed bare: `76`, never `76 Nilai`


def _unit_to_column(where: str) -> Callable[[Doc, Table], None]:
    def per_table(doc: Doc, t: Table) -> None:
        rs = roles(doc, t)
        cols = [c for c, r in enumerate(rs) if r in ("target", "realisasi")]
        if "satuan" in rs or not cols:
            return
        units: dict[int, str] = {}
        for i in t.body:
            cells = doc.cells(i)
            found = {m.group(2).lower(): m.group(2) for c in cols if (m := _WITH_UNIT.match(plain(_cell(cells, c))))}
            if len(found) > 1:
                return  # two units in one row: no single satuan cell can say it
            if found:
                units[i] = next(iter(found.values()))
        if not units:
            return
        figures = figure_columns(rs)
        indikator = rs.index("indikator") + 1 if "indikator" in rs else cols[0]
        dst = indikator if where == "before" else figures[-1] + 1
        if inside_group(doc, t, dst):
            return

        def edit(i: int, cells: list[str], kind: str, level: int) -> list[str]:
            unit = ""
            if kind == "body" and i in units:
                unit = units[i]
                for c in cols:
                    m = _WITH_UNIT.match(plain(cells[c]))
                    if m:
                        cells[c] = m.group(1)
            elif kind != "body":
                unit = "Satuan" if (kind, level) == ("label", 0) else "#" if kind == "colnum" else ""
            return [*cells[:dst], unit, *cells[dst:]]

        edit_columns(doc, t, edit)

    per_table.__doc__ = f"The unit written with the figure (`4 Dokumen`) moved to a Satuan column {where} them."
    return per_table


def _unit_to_cell(doc: Doc, t: Table) -> None:
    """The Satuan column dropped, its unit written with the figures: `100 %`-style `100%`,
    `4 Dokumen`; a score's unit (`Nilai`) is not written with a number."""
    rs = roles(doc, t)
    cols = [c for c, r in enumerate(rs) if r in ("target", "realisasi")]
    if rs.count("satuan") != 1 or not cols:
        return
    s = rs.index("satuan")
    for i in t.body:
        unit = plain(_cell(doc.cells(i), s))
        if unit and not re.fullmatch(r"%|[A-Za-z][A-Za-z-]{0,14}", unit):
            return  # a figure in the satuan column: the row is shifted, leave the table

    def edit(i: int, cells: list[str], kind: str, level: int) -> list[str]:
        unit = plain(cells[s])
        if kind == "body" and unit and unit.lower() not in _SCORE_UNITS:
            for c in cols:
                text = plain(cells[c])
                if not re.fullmatch(r"\d[\d.,]*", text):
                    continue  # empty, N/A, qualitative (`Baik (88)`) or already with its unit
                cells[c] = f"{text}%" if unit.lower() in _PERCENT_UNITS else f"{text} {unit}"
        return cells[:s] + cells[s + 1 :]

    if not inside_group(doc, t, s + 1):
        edit_columns(doc, t, edit)


# --------------------------------------------------------------------------------------------
# 8. Rupiah and percent spellings
# --------------------------------------------------------------------------------------------

_RUPIAH = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")
_BARE_PERCENT = re.compile(r"^\d{1,3}(?:[.,]\d{1,2})?$")


def _rewrite_cells(rewrite: Callable[[str, str, str], str | None]) -> Transform:
    """rewrite(plain text, column role, own header label) -> new text for body cells."""

    def per_table(doc: Doc, t: Table) -> None:
        rs = roles(doc, t)
        paths = column_paths(doc, t)
        for i in t.body:
            cells = doc.current(i)
            changed = False
            for c, cell in enumerate(cells):
                text = plain(cell)
                role = rs[c] if c < len(rs) else "other"
                own = paths[c][-1] if c < len(paths) and paths[c] else ""
                new = rewrite(text, role, own) if text else None
                if new is not None and new != text:
                    cells[c] = cell.replace(text, new, 1) if text in cell else new
                    changed = True
            if changed:
                doc.set(i, cells)

    return _transform(per_table)


def _rupiah(style: str) -> Transform:
    def rewrite(text: str, role: str, own: str) -> str | None:
        if not _RUPIAH.match(text):
            return None
        return {"glued": f"Rp{text}", "decimals": f"Rp. {text},00", "space": f"Rp {text}", "dash": f"{text},-"}[style]

    return _rewrite_cells(rewrite)


def _percent(style: str) -> Transform:
    def rewrite(text: str, role: str, own: str) -> str | None:
        if style == "space" and re.fullmatch(r"\d[\d.,]*%", text):
            return text[:-1] + " %"
        if style == "no-space" and re.fullmatch(r"\d[\d.,]* %", text):
            return text[:-2] + "%"
        percent_column = role in ("capaian", "serapan") and re.search(r"%|persen", own, re.I)
        if style == "add-sign" and percent_column and _BARE_PERCENT.match(text):
            return text + "%"
        if style == "drop-sign" and percent_column and "%" in own:
            m = re.fullmatch(r"(\d[\d.,]*)\s*%", text)
            return m.group(1) if m else None
        return None

    return _rewrite_cells(rewrite)


def _narrow_cells(text: str) -> str:
    """Names set in a narrow column, whose export broke a long word with a space where the
    PDF's line broke it ("Pertanggungjawab an", "Peneranga n"): the longest word of each
    name cell that the report's prose writes whole, its last two letters set apart."""
    prose = {w.lower() for line in text.split("\n") if "\t" not in line for w in re.findall(r"[^\W\d_]+", line)}

    def rewrite(cell: str, role: str, own: str) -> str | None:
        if role not in ("sasaran", "indikator", "program"):
            return None
        words = [w for w in re.findall(r"[^\W\d_]{9,}", cell) if w.lower() in prose and w[-2:].islower()]
        broken = [w for w in words if w[:-2].lower() not in prose and w[-2:].lower() not in prose]
        if not broken:
            return None
        word = max(broken, key=len)
        return re.sub(rf"\b{word}\b", f"{word[:-2]} {word[-2:]}", cell, count=1)

    return _rewrite_cells(rewrite)(text)


# --------------------------------------------------------------------------------------------
# 9. Sasaran cells under a merged cell
# --------------------------------------------------------------------------------------------


def _sasaran_column(doc: Doc, t: Table) -> int | None:
    """The sasaran column, unless it mixes sasaran rows with program and kegiatan rows
    (`SASARAN/PROGRAM/KEGIATAN`): there the cell above an empty one may be a kegiatan, and an
    indicator printed under it may belong to the sasaran further up."""
    rs = roles(doc, t)
    if rs.count("sasaran") != 1:  # Tujuan and Sasaran side by side: exports shift text between them
        return None
    s = rs.index("sasaran")
    own = column_paths(doc, t)[s][-1].lower()
    return None if re.search(r"(?:sasaran|tujuan)\s*/.*kegiatan", own) else s


def _aligned(cells: list[str], rs: list[str]) -> bool:
    """Every cell under a figure column holds a figure or nothing (not a shifted name)."""
    return all(not plain(_cell(cells, c)) or is_figure(_cell(cells, c)) for c in figure_columns(rs))


def _sasaran_blank_repeats(doc: Doc, t: Table) -> None:
    """A sasaran repeated on the rows below it left empty there (a merged cell)."""
    rs = roles(doc, t)
    s = _sasaran_column(doc, t)
    if s is None:
        return
    names = [c for c, r in enumerate(rs) if r in ("indikator", "program") and c != s]
    last, figures_above = None, False
    for i in t.body:
        cells = doc.cells(i)
        text = plain(_cell(cells, s))
        named = any(plain(_cell(cells, c)) for c in names)
        if text and text == last and re.search(r"[A-Za-z]{3}", text) and has_figure(cells) and _aligned(cells, rs):
            cells[s] = ""
            doc.set(i, cells)
        elif text and last and figures_above and not has_figure(cells) and named:
            last = f"{last} {text}"  # the rest of a broken row: the merged cell goes on
        elif text:
            last = text
        figures_above = has_figure(cells)


def _sasaran_repeat(doc: Doc, t: Table) -> None:
    """A sasaran left empty under a merged cell written again on every row it covers."""
    rs = roles(doc, t)
    s = _sasaran_column(doc, t)
    if s is None:
        return
    names = [c for c, r in enumerate(rs) if r in ("indikator", "program") and c != s]
    last, figures_above = None, False
    for i in t.body:
        cells = doc.cells(i)
        text = _cell(cells, s)
        named = any(plain(_cell(cells, c)) for c in names)  # a row of figures alone is a total
        if plain(text) and last and figures_above and not has_figure(cells) and named:
            last = f"{last} {text}"  # the rest of a long row broken over two lines: the same merged cell
        elif plain(text):
            last = text
        elif (
            last and s < len(cells) and named and has_figure(cells) and not is_total_row(cells) and _aligned(cells, rs)
        ):
            cells[s] = last
            doc.set(i, cells)
        figures_above = has_figure(cells)


# --------------------------------------------------------------------------------------------
# 10. Long rows broken in two
# --------------------------------------------------------------------------------------------


def _broken_rows(blank: bool) -> Transform:
    def per_table(doc: Doc, t: Table) -> None:
        rs = roles(doc, t)
        names = [c for c, r in enumerate(rs) if r in ("sasaran", "indikator", "program")]
        candidates = []
        for i in t.body:
            cells = doc.cells(i)
            long = [c for c in names if _splittable(_cell(cells, c))]
            if long and has_figure(cells) and len(cells) == width(doc, t):
                candidates.append((i, long))
        for i, long in candidates[::2]:
            first, second = list(doc.cells(i)), ["" for _ in doc.cells(i)]
            for c in long:
                first[c], second[c] = _split_words(first[c])
            doc.set_lines(i, ["\t".join(first), *([""] if blank else []), "\t".join(second)])

    per_table.__doc__ = "Long name cells continued on the next line" + (" after an empty line." if blank else ".")
    return _transform(per_table)


def _splittable(cell: str) -> bool:
    return len(cell.split(" ")) >= 4 and cell == " ".join(cell.split()) and not re.search(r"[<>*$]", cell)


# --------------------------------------------------------------------------------------------
# 11. Page breaks inside a table
# --------------------------------------------------------------------------------------------


def _document_place(text: str) -> tuple[str, int]:
    """The kecamatan a document is about and its most frequent year (for running heads)."""
    names = Counter(re.findall(r"\bKecamatan ([A-Z][a-z]{3,})\b", text))
    years = Counter(int(y) for y in re.findall(r"\b(20[12]\d)\b", text))
    return (names.most_common(1)[0][0] if names else "Contoh"), (years.most_common(1)[0][0] if years else 2024)


def _page_break(style: str) -> Transform:
    def run(text: str) -> str:
        doc = Doc(text)
        kecamatan, year = _document_place(text)
        furniture = {
            "page-number": ["", "23", ""],
            "running-head": ["", f"LKjIP Kecamatan {kecamatan} Tahun {year - 1}", ""],
            "laporan-head": ["", f"Laporan Kinerja Instansi Pemerintah Kecamatan {kecamatan} Tahun {year + 1}", ""],
            "full": ["", "23", "", f"LKjIP Kecamatan {kecamatan} Tahun {year - 1}", ""],
            "wider-part": [""],
        }[style]
        for t in doc.tables:
            body = [i for i in t.blocks[0] if i in set(t.body)]
            cuts = [
                k for k in range(1, len(body)) if has_figure(doc.cells(body[k - 1])) and has_figure(doc.cells(body[k]))
            ]
            if len(body) < 4 or not cuts:
                continue
            k = min(cuts, key=lambda k: abs(k - len(body) // 2))
            repeat = [doc.lines[i] for i in t.header] if style in ("full", "wider-part") else []
            if style == "wider-part":
                # An export need not give each part of a table the same cells: the part after
                # the break has one more, empty (002's Renstra matrix: 20 cells, then 21).
                repeat = [f"{line}\t" for line in repeat]
                for i in _rest_of_table(doc, body[k - 1] + 1):
                    doc.set(i, [*doc.cells(i), ""])
            doc.after(body[k - 1], [*furniture, *repeat])
        return doc.text()

    return run


def _rest_of_table(doc: Doc, start: int) -> list[int]:
    """The TAB lines from `start` to the first line of prose (blank lines go on: a row broken
    after an empty line, a block after a break, belong to the table whatever they look like)."""
    out = []
    for i in range(start, len(doc.lines)):
        if "\t" in doc.lines[i]:
            out.append(i)
        elif doc.lines[i].strip():
            break
    return out


# --------------------------------------------------------------------------------------------
# Registry, composition
# --------------------------------------------------------------------------------------------

FAMILIES: dict[str, dict[str, Transform]] = {
    "caption": {s: _caption_style(s) for s in ("roman", "period", "punct", "markdown", "none", "after")},
    "title": {
        "own-line": _transform(_title_own_line),
        "same-line": _transform(_title_same_line),
        "blank-line": _transform(_title_blank_line),
    },
    "colnum": {s: _colnum(s) for s in ("plain", "paren", "formula")},
    "header": {
        "split-label": _transform(_header_split_label),
        "merge-rows": _transform(_header_merge_rows),
        "group-cells": _transform(_header_group_cells),
    },
    "columns": {
        "swap-target-realisasi": _transform(_swap_target_realisasi),
        # The samples print their Satuan column before the figures; `units/to-column` writes a
        # new one there too, so only "after" is a layout of its own here.
        "satuan-after": _transform(_satuan_move("after")),
        "drop-no": _transform(_drop_no),
        "add-no": _transform(_add_no),
    },
    "synonym": {label: _synonym(label) for label in SYNONYMS},
    "units": {
        "to-column": _transform(_unit_to_column("before")),
        "to-column-after": _transform(_unit_to_column("after")),
        "to-cell": _transform(_unit_to_cell),
    },
    "spelling": {
        **{f"rupiah-{s}": _rupiah(s) for s in ("glued", "decimals", "space", "dash")},
        **{f"percent-{s}": _percent(s) for s in ("space", "no-space", "add-sign", "drop-sign")},
        "narrow-cell": _narrow_cells,
    },
    "sasaran": {"blank-repeats": _transform(_sasaran_blank_repeats), "repeat": _transform(_sasaran_repeat)},
    "broken": {"next-line": _broken_rows(False), "blank-between": _broken_rows(True)},
    "pagebreak": {s: _page_break(s) for s in ("page-number", "running-head", "laporan-head", "full", "wider-part")},
}

VARIANTS: dict[str, Transform] = {f"{f}/{v}": fn for f, vs in FAMILIES.items() for v, fn in vs.items()}

# Composition applies column and cell rewrites first, then headers, captions, broken rows and
# page breaks last: a page break splits a table in two for the table finder above.
ORDER = [
    "columns",
    "units",
    "synonym",
    "spelling",
    "sasaran",
    "header",
    "colnum",
    "title",
    "caption",
    "broken",
    "pagebreak",
]


def compose(names: list[str]) -> Transform:
    ordered = sorted(names, key=lambda n: ORDER.index(n.split("/")[0]))

    def run(text: str) -> str:
        for name in ordered:
            text = VARIANTS[name](text)
        return text

    return run


def random_combination(text: str, rng: random.Random, tries: int = 20) -> list[str]:
    """2-4 variants of different families that, composed, change the text."""
    for _ in range(tries):
        families = rng.sample(ORDER, rng.randint(2, 4))
        names = sorted(
            (f"{f}/{rng.choice(sorted(FAMILIES[f]))}" for f in families), key=lambda n: ORDER.index(n.split("/")[0])
        )
        if compose(names)(text) != text:
            return names
    return []


# --------------------------------------------------------------------------------------------
# Witnesses: what a variant must show besides differing from the original, so that a
# transformation that silently does something else cannot pass for one that works.
# --------------------------------------------------------------------------------------------


def _cells(text: str) -> Counter:
    return Counter(plain(c) for line in text.split("\n") if "\t" in line for c in line.split("\t"))


def _lines(text: str, pattern: str) -> int:
    return sum(1 for line in text.split("\n") if re.search(pattern, line))


def _more(count: Callable[[str], int]) -> Callable[[str, str], bool]:
    return lambda before, after: count(after) > count(before)


def _fewer(count: Callable[[str], int]) -> Callable[[str, str], bool]:
    return lambda before, after: count(after) < count(before)


def _colnum_rows(text: str) -> int:
    return sum(1 for line in text.split("\n") if "\t" in line and is_colnum_row(line.split("\t")))


def _caption_lines(text: str) -> int:
    return sum(1 for line in text.split("\n") if caption_parts(line))


def _captions_below_tables(text: str) -> int:
    lines = [x for x in text.split("\n") if x.strip()]
    return sum(1 for a, b in zip(lines, lines[1:], strict=False) if "\t" in a and caption_parts(b))


def _n_lines(text: str) -> int:
    return text.count("\n")


WITNESS: dict[str, Callable[[str, str], bool]] = {
    "caption/roman": _more(lambda x: _lines(x, r"^TABEL [IVX]+\.")),
    "caption/period": _more(lambda x: _lines(x, r"^Tabel [\d.]+\.\s*$|^Tabel [\d.]+\. ")),
    "caption/punct": _more(lambda x: _lines(x, r"^\. Tabel ")),
    "caption/markdown": _more(lambda x: _lines(x, r"^\*\*Tabel [\d.]+\*\*")),
    "caption/none": _fewer(_caption_lines),
    "caption/after": _more(_captions_below_tables),
    "title/own-line": _more(_n_lines),
    "title/same-line": _fewer(_n_lines),
    "title/blank-line": _more(_n_lines),
    "colnum/plain": _more(_colnum_rows),
    "colnum/paren": _more(lambda x: _lines(x, r"^\(1\)\t\(2\)\t")),
    "colnum/formula": _more(lambda x: _lines(x, r"\t\d+ \(\d+/\d+ \*100%\)")),
    "header/split-label": _more(_n_lines),
    "header/merge-rows": _fewer(_n_lines),
    "header/group-cells": _more(_n_lines),
    "columns/swap-target-realisasi": _more(lambda x: _lines(x, r"(?i)realisasi(?:</b>)?\t(?:<b>)?target")),
    "columns/satuan-after": _more(lambda x: _lines(x, r"(?i)\tsat(?:uan|\.)?$")),
    "columns/drop-no": _fewer(lambda x: sum(v for k, v in _cells(x).items() if k.lower().rstrip(".") == "no")),
    "columns/add-no": _more(lambda x: _cells(x)["No"]),
    "units/to-column": _more(lambda x: _cells(x)["Satuan"]),
    "units/to-column-after": _more(lambda x: _cells(x)["Satuan"]),
    "units/to-cell": _fewer(lambda x: sum(v for k, v in _cells(x).items() if k.lower() == "satuan")),
    "spelling/rupiah-glued": _more(lambda x: _lines(x, r"\tRp\d")),
    "spelling/rupiah-decimals": _more(lambda x: _lines(x, r"\tRp\. [\d.]+,00")),
    "spelling/rupiah-space": _more(lambda x: _lines(x, r"\tRp \d")),
    "spelling/rupiah-dash": _more(lambda x: _lines(x, r"\d,-(\t|$)")),
    "spelling/percent-space": _more(lambda x: x.count(" %\t") + x.count(" %\n")),
    "spelling/percent-no-space": _fewer(lambda x: x.count(" %\t") + x.count(" %\n")),
    "spelling/percent-add-sign": _more(lambda x: x.count("%")),
    "spelling/percent-drop-sign": _fewer(lambda x: x.count("%")),
    "spelling/narrow-cell": _more(lambda x: len(re.findall(r"[^\W\d_]{7,} [a-z]{2}\b", x))),
    "sasaran/blank-repeats": _fewer(lambda x: sum(_cells(x).values()) - _cells(x)[""]),
    "sasaran/repeat": _more(lambda x: sum(_cells(x).values()) - _cells(x)[""]),
    "broken/next-line": _more(_n_lines),
    "broken/blank-between": _more(_n_lines),
    "pagebreak/page-number": _more(lambda x: _lines(x, r"^23$")),
    "pagebreak/running-head": _more(lambda x: _lines(x, r"^LKjIP Kecamatan \w+ Tahun \d{4}$")),
    "pagebreak/laporan-head": _more(lambda x: _lines(x, r"^Laporan Kinerja Instansi Pemerintah Kecamatan")),
    "pagebreak/full": _more(lambda x: _lines(x, r"^LKjIP Kecamatan \w+ Tahun \d{4}$")),
    "pagebreak/wider-part": _more(lambda x: _lines(x, r"\t$")),
    **{f"synonym/{label}": _more(lambda x, label=label: _cells(x)[label]) for label in SYNONYMS},
}

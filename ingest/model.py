"""The document model every reader produces and every interpreter consumes.

A reader (text export, later PDF) turns a file into an ordered list of blocks;
nothing here knows about LKjIP semantics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Piece = tuple[str, float, float, float, float]  # text, x0, top, x1, bottom


@dataclass
class Heading:
    text: str
    line: int | None = None
    page: int | None = None


@dataclass
class Paragraph:
    text: str
    line: int | None = None
    page: int | None = None


@dataclass
class Row:
    """One table row: cleaned cells plus where it was read and its raw text."""

    cells: list[str]
    line: int | None = None
    page: int | None = None
    raw: str = ""
    index: int | None = None  # position among the table's body rows
    guess: str | None = None  # how the row's cells were placed when that was a guess
    # What a PDF printed on the row, on the row's page: (text, x0, top, x1, bottom) in points,
    # top-left origin of the page as displayed (see ingest/read/pdf/layout.py). Empty for text
    # exports and Word files. A row joined across a page break keeps its first page's pieces.
    pieces: list[Piece] = field(default_factory=list, repr=False, compare=False)


@dataclass
class Column:
    """A column label merged from all header rows; `parts` keeps each level."""

    index: int
    parts: list[str]

    @property
    def label(self) -> str:
        return " | ".join(p for p in self.parts if p)


@dataclass
class Table:
    caption: str | None = None  # "Tabel 3.1"
    title: str | None = None  # the line naming the table
    header_rows: list[Row] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)  # body rows only
    line: int | None = None  # first line of the table (header)
    page: int | None = None
    nth: int = 1  # among the untitled tables opening on its page (`Document` numbers them)
    repeat: int = 1  # among different tables printing this caption or title (`Document` counts)

    @property
    def name(self) -> str:
        """How a user finds the table again: caption, else title, else position. The checks
        group facts by it: two tables must not share it."""
        named = self.caption or (self.title or "")[:80]
        if named:
            return f"{named} (ke-{self.repeat})" if self.repeat > 1 else named
        where = f"baris {self.line}" if self.line else f"halaman {self.page}"
        return f"Tabel tanpa judul ({where}{f', tabel ke-{self.nth}' if self.nth > 1 else ''})"

    @property
    def width(self) -> int:
        return len(self.columns)


Block = Heading | Paragraph | Table


GOES_ON = re.compile(r"\b(lanjutan|sambungan)\b", re.I)  # a title saying its table goes on


def _another(earlier: Table, table: Table, previous: Table | None) -> bool:
    """Whether `table`, printing `earlier`'s caption or title again, is another table: a
    named table stands between them, or its title differs (a continuation's title is
    empty, "(Lanjutan)" or the same, whole or cut short)."""
    if previous is not earlier:
        return True
    a, b = (re.sub(r"[^a-z0-9]+", "", GOES_ON.sub("", (t.title or "").lower())) for t in (earlier, table))
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


@dataclass
class Document:
    source_name: str
    blocks: list[Block]
    source_format: str = "text"  # "text", "pdf" or "docx"
    warnings: list[str] = field(default_factory=list)  # what the reader saw and could not read

    def __post_init__(self) -> None:
        # tables sharing a name would have their figures checked as one table's (a total
        # against another table's programs): untitled ones opening on one page (a PDF's) and
        # a caption or title printed again over another table get names of their own
        seen: dict[tuple[int | None, int | None], int] = {}
        last: dict[str, Table] = {}
        previous: Table | None = None  # the last named table
        for table in self.tables:
            named = table.caption or (table.title or "")[:80]
            if not named:
                place = (table.line, None if table.line else table.page)
                table.nth = seen[place] = seen.get(place, 0) + 1
                continue
            earlier = last.get(named)
            table.repeat = 1 if earlier is None else earlier.repeat + _another(earlier, table, previous)
            last[named] = previous = table

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def prose(self) -> list[Heading | Paragraph]:
        return [b for b in self.blocks if not isinstance(b, Table)]

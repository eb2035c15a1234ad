"""Page furniture: letterheads (kop), running heads, footers and page numbers. They are not
the report's text and must neither end a table nor title its continuation.

Furniture is told by what it is, not only by where it is: text that repeats at the top or
the bottom of many pages, at about the same distance from that edge, whatever its height
(a three-line kop in Word's page header ends well below the top 7% of the page). Page
numbers change from page to page, so figures count as one sign ("Halaman 3", "Halaman 4").
Captions and chapter headings never count: "Tabel 3.1" and "Tabel 3.2" differ only in
figures, and a caption often opens a page. The first page a repeated line is on keeps it
(a kop on the cover names the kecamatan); every later page drops it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from statistics import median

from ingest.read.pdf.layout import Line
from ingest.read.text import BAB, normalise_caption

_PAGE_NUMBER = re.compile(r"^(halaman|hal\.?)?\s*([0-9]{1,4}|[ivxlc]{1,6})$", re.I)
_MARGIN = 0.07  # Word's header and footer sit in this share of the page: short lines there are furniture
_TOP_BAND, _BOTTOM_BAND = 0.25, 0.15  # where a repeated line may be furniture
_SLACK = 8.0  # points a repeated line may move from page to page (a kop one line longer)
_MIN_PAGES, _MIN_SHARE = 3, 0.2

Place = tuple[str, str]  # ("top" | "bottom", key)


def in_margin(line: Line, height: float) -> bool:
    """A page number, or a line of at most two runs in the top or bottom 7% of the page."""
    near_edge = line.bottom < height * _MARGIN or line.top > height * (1 - _MARGIN)
    return near_edge and (bool(_PAGE_NUMBER.match(line.text.strip())) or len(line.segments) <= 2)


@dataclass(frozen=True)
class Furniture:
    """The lines a document repeats at a page edge: (edge, key) -> usual distance from the
    edge and the first page it is on."""

    repeated: dict[Place, tuple[float, int]]

    def on_page(self, number: int, height: float) -> Callable[[Line], bool]:
        """Whether a line of page `number` (of that height) is furniture."""

        def test(line: Line) -> bool:
            if in_margin(line, height):
                return True
            place = _place(line, height)
            if place is None or place[:2] not in self.repeated:
                return False
            usual, first = self.repeated[place[:2]]
            return number != first and abs(place[2] - usual) <= _SLACK

        return test


NO_FURNITURE = Furniture({})


def find_furniture(pages: Iterable[tuple[int, float, list[Line]]]) -> Furniture:
    """The furniture of a document from its pages' lines: (page number, height, lines)."""
    seen: dict[Place, list[tuple[int, float]]] = defaultdict(list)
    texts = 0
    for number, height, lines in pages:
        texts += bool(lines)
        for line in lines:
            place = _place(line, height)
            if place is not None:
                seen[place[:2]].append((number, place[2]))
    needed = min(max(_MIN_PAGES, math.ceil(_MIN_SHARE * texts)), texts)
    repeated = {}
    for key, hits in seen.items():
        usual = median(distance for _, distance in hits)
        pages = sorted({number for number, distance in hits if abs(distance - usual) <= _SLACK})
        if len(pages) >= max(needed, 2):
            repeated[key] = (usual, pages[0])
    return Furniture(repeated)


def _place(line: Line, height: float) -> tuple[str, str, float] | None:
    """(edge, key, distance from that edge) of a line that could be furniture."""
    text = line.text.strip()
    if len(line.segments) > 2 and not _PAGE_NUMBER.match(text):
        return None  # a row of a table (its header repeated on the next page) is not furniture
    if normalise_caption(text) or BAB.match(text):
        return None
    key = re.sub(r"[^a-z#]", "", re.sub(r"\d+", "#", text.lower()))
    if not key:
        return None
    if line.bottom <= height * _TOP_BAND:
        return "top", key, line.top
    if line.top >= height * (1 - _BOTTOM_BAND):
        return "bottom", key, height - line.bottom
    return None

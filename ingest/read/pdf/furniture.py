"""Page furniture: page numbers, running heads, letterheads and footers, which are not the
report's text and must neither end a table nor title its continuation."""

from __future__ import annotations

import re

from ingest.read.pdf.layout import Line

_FURNITURE = re.compile(r"^(halaman|hal\.?)?\s*([0-9]{1,4}|[ivxlc]{1,6})$", re.I)


def is_furniture(line: Line, height: float) -> bool:
    """Page numbers and running heads in the top and bottom margins ("LKjIP Kecamatan X
    Tahun 2024", "Halaman 12"): a line of at most two runs there, where Word puts its
    header and footer (body text starts lower, below a margin of 2 cm or more)."""
    near_edge = line.bottom < height * 0.07 or line.top > height * 0.93
    return near_edge and (bool(_FURNITURE.match(line.text.strip())) or len(line.segments) <= 2)

"""Read an LKjIP text export into the document model.

Text exports: paragraphs separated by blank lines; a table row is one line with
TAB-separated cells; a table repeats its header after a page break.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.cleaning import clean_text, decode_bytes, is_markdown_heading
from ingest.model import Block, Document, Heading, Paragraph, Row
from ingest.tablebuild import build_table, same_header

CAPTION = re.compile(r"^(?:tabel|table)\s*\.?\s*(\d+(?:\s*\.\s*\d+)*)\.?\s*(.*)$", re.I)
CONTINUATION = re.compile(r"^(lanjutan|sambungan)\b", re.I)
_BAB = re.compile(r"^bab\s+[ivx]+\b", re.I)
_TITLE_MAX = 200


def read_text_file(path: str | Path) -> Document:
    data = Path(path).read_bytes()
    text, _encoding = decode_bytes(data)
    return read_text(text, Path(path).name)


def read_text(text: str, source_name: str = "") -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return Document(source_name=source_name, blocks=_Parser(lines).parse())


def normalise_caption(raw: str) -> tuple[str, str] | None:
    """'**TABEL 3. 4.1** Judul' -> ('Tabel 3.4.1', 'Judul'); None if not a caption."""
    m = CAPTION.match(clean_text(raw))
    if not m:
        return None
    number = re.sub(r"\s*\.\s*", ".", m.group(1))
    return f"Tabel {number}", m.group(2).strip(" :.-")


class _Parser:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.caption: tuple[str, str, int] | None = None  # caption, title, line
        self.caption_age = 0  # text lines seen since the caption

    def parse(self) -> list[Block]:
        i = 0
        para: list[tuple[int, str]] = []
        while i < len(self.lines):
            raw = self.lines[i]
            if "\t" in raw:
                self._flush(para)
                para = []
                i = self._table(i)
                continue
            if not raw.strip():
                self._flush(para)
                para = []
            elif self._caption_or_title(raw, i + 1):
                pass
            elif is_markdown_heading(raw) or _BAB.match(clean_text(raw)):
                self._flush(para)
                para = []
                self.blocks.append(Heading(clean_text(raw), line=i + 1))
            else:
                para.append((i + 1, raw))
            i += 1
        self._flush(para)
        return self.blocks

    def _caption_or_title(self, raw: str, line: int) -> bool:
        caption = normalise_caption(raw)
        if caption:
            self.caption = (caption[0], caption[1], line)
            self.caption_age = 0
            return True
        if self.caption is None:
            return False
        self.caption_age += 1
        text = clean_text(raw)
        if self.caption_age > 3 or len(text) > _TITLE_MAX:
            self.caption = None
            return False
        name, title, cap_line = self.caption
        self.caption = (name, f"{title} {text}".strip(), cap_line)
        return True

    def _flush(self, para: list[tuple[int, str]]) -> None:
        if not para:
            return
        text = " ".join(clean_text(raw) for _, raw in para).strip()
        if text:
            self.blocks.append(Paragraph(text, line=para[0][0]))

    def _table(self, start: int) -> int:
        """Collect a run of TAB rows (stitching page breaks); return the next index."""
        rows: list[Row] = []
        i = start
        while i < len(self.lines):
            raw = self.lines[i]
            if "\t" in raw:
                rows.append(Row(cells=[clean_text(c) for c in raw.split("\t")], line=i + 1, raw=raw))
                i += 1
                continue
            nxt = self._next_content(i)
            if nxt is None or "\t" not in self.lines[nxt]:
                break
            if not self._continues(rows, self.lines[nxt], self.lines[i:nxt]):
                break
            i = nxt
        caption, title = self._take_caption(start)
        table = build_table(rows, caption=caption, title=title)
        if table is not None:
            self.blocks.append(table)
        return i

    def _next_content(self, i: int) -> int | None:
        """Index of the next line that is neither blank nor a 'lanjutan' marker."""
        j = i
        while j < len(self.lines):
            text = clean_text(self.lines[j])
            if text and not CONTINUATION.match(text) and not text.isdigit():
                return j
            j += 1
        return None

    def _continues(self, rows: list[Row], next_raw: str, gap: list[str]) -> bool:
        if any(clean_text(g) and not (CONTINUATION.match(clean_text(g)) or clean_text(g).isdigit()) for g in gap):
            return False
        cells = [clean_text(c) for c in next_raw.split("\t")]
        if same_header(cells, rows[0].cells):
            return True  # the header repeated after a page break
        width = len(rows[0].cells)
        if _looks_like_header(cells) or len(cells) <= 2:
            return False
        if _numbering_continues(rows[-1].cells[0], cells[0]):
            return True  # "10" then "11": the numbered rows go on
        # Rows simply carrying on: same width, or a cell or two more or fewer.
        return len(cells) == width or (abs(width - len(cells)) <= 3 and any(_has_digit(c) for c in cells))

    def _take_caption(self, table_line: int) -> tuple[str | None, str | None]:
        caption = self.caption
        self.caption = None
        if caption is not None:
            return caption[0], caption[1] or None
        return None, self._preceding_title(table_line)

    def _preceding_title(self, table_line: int) -> str | None:
        """A short line just above an uncaptioned table often names it."""
        j = table_line - 1
        while j >= 0 and not self.lines[j].strip():
            j -= 1
        if j < 0 or table_line - j > 3 or "\t" in self.lines[j]:
            return None
        text = clean_text(self.lines[j])
        return text if 0 < len(text) <= 120 else None


def _looks_like_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(cells[0]) and all(len(c) <= 40 and not _has_digit(c) for c in filled)


def _numbering_continues(previous: str, current: str) -> bool:
    prev, cur = previous.strip().rstrip("."), current.strip().rstrip(".")
    return prev.isdigit() and cur.isdigit() and int(cur) == int(prev) + 1


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)

"""Read an LKjIP text export into the document model.

Text exports: paragraphs separated by blank lines; a table row is one line with
TAB-separated cells; a table repeats its header after a page break.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ingest.cleaning import clean_text, decode_bytes, is_markdown_heading
from ingest.model import Block, Document, Heading, Paragraph, Row
from ingest.read.tablebuild import build_table, header_words, is_figure, names_columns, rest_of_row, same_header
from ingest.read.wrapping import join_broken_words, lexicon
from ingest.vocabulary import mentions

# "Tabel 3.1", "TABEL III.1", ". Tabel 3.2" (a stray mark before it), "Tabel 3.1." ...
CAPTION = re.compile(r"^[\s.,:;\-–•*]*(?:tabel|table)\s*\.?\s*((?:\d+|[IVXL]+\b)(?:\s*\.\s*\d+)*)\.?\s*(.*)$", re.I)
# What a page break leaves in a text export: a page number ("23", "- 23 -", "Halaman 23 dari 40", "iv").
PAGE_NUMBER = re.compile(
    r"^(?:hal(?:aman)?\.?\s*)?[-–(\[]?\s*(?:\d{1,3}|[ivxl]{1,6})\s*[-–)\]]?(?:\s*(?:dari|/)\s*\d{1,3})?$", re.I
)
_FURNITURE_MAX = 120  # a running head is a short line
_SUBHEADING = re.compile(r"^\s*(#|\*\*|__|(\d{1,2}|[a-zA-Z])[.)]\s+[A-Z])")
_FOOTNOTE = re.compile(r"^(sumber|keterangan|ket\.|catatan)\b", re.I)
_TOTAL = re.compile(r"^(jumlah|total|rata)", re.I)
CONTINUATION = re.compile(r"^[(\[]?\s*(lanjutan|sambungan)\b", re.I)  # "Lanjutan Tabel 3.1", "(lanjutan)"
BAB = re.compile(r"^bab\s+[ivx]+\b", re.I)
_TITLE_MAX = 200


def read_text_file(path: str | Path) -> Document:
    data = Path(path).read_bytes()
    text, _encoding = decode_bytes(data)
    return read_text(text, Path(path).name)


def read_text(text: str, source_name: str = "") -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return Document(source_name=source_name, blocks=TextParser(lines).parse())


def normalise_caption(raw: str) -> tuple[str, str] | None:
    """'**TABEL 3. 4.1** Judul' -> ('Tabel 3.4.1', 'Judul'); None if not a caption."""
    m = CAPTION.match(clean_text(raw))
    if not m:
        return None
    number = re.sub(r"\s*\.\s*", ".", m.group(1)).upper()
    return f"Tabel {number}", m.group(2).strip(" :.-")


class TextParser:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.caption: tuple[str, str, int] | None = None  # caption, title, line
        self.caption_age = 0  # text lines seen since the caption
        self.furniture = repeated_lines(lines)
        # the prose's words are whole; the cells' may be broken (but show what it prints)
        self.words = lexicon(
            (line for line in lines if "\t" not in line), seen=(line for line in lines if "\t" in line)
        )
        self.captions_below = captions_below(lines)

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
            elif self.caption_or_title(raw, i + 1):
                pass
            elif is_markdown_heading(raw) or BAB.match(clean_text(raw)):
                self._flush(para)
                para = []
                self.blocks.append(Heading(clean_text(raw), line=i + 1))
            else:
                para.append((i + 1, raw))
            i += 1
        self._flush(para)
        return self.blocks

    def caption_or_title(self, raw: str, line: int) -> bool:
        caption = normalise_caption(raw)
        if caption and self.captions_below:
            return False  # taken by the table above it (caption_after)
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
        i, next_title = start, None
        while i < len(self.lines):
            raw = self.lines[i]
            if "\t" in raw:
                cells = [join_broken_words(clean_text(c), self.words) for c in raw.split("\t")]
                if _another_header(rows, cells):
                    next_title = _title_row(rows)
                    break
                rows.append(Row(cells=cells, line=i + 1, raw=raw))
                i += 1
                continue
            nxt = self._next_row(i)
            if nxt is None or not self._continues(rows, self.lines[nxt], self.lines[i:nxt]):
                break
            i = nxt
        caption, title = self.take_caption(start)
        if caption is None:
            caption, title, i = self.caption_after(i, title)
        table = build_table(rows, caption=caption, title=title)
        if table is not None:
            self.blocks.append(table)
        if next_title:  # text between the tables, as a paragraph above the next would be
            self.blocks.append(Paragraph(next_title.cells[0], line=next_title.line))
            self.caption = (None, next_title.cells[0])
        return i

    def _next_row(self, i: int) -> int | None:
        """The next TAB line when only a page break's leftovers stand before it: blank
        lines and up to three short lines that are not a caption."""
        j, texts = i, 0
        while j < len(self.lines) and "\t" not in self.lines[j]:
            text = clean_text(self.lines[j])
            if text:
                texts += 1
                if texts > 3 or len(text) > _FURNITURE_MAX or normalise_caption(text):
                    return None
            j += 1
        return j if j < len(self.lines) else None

    def _continues(self, rows: list[Row], next_raw: str, gap: list[str]) -> bool:
        cells = [clean_text(c) for c in next_raw.split("\t")]
        width = len(rows[0].cells)
        # A part of the table after a page break may have a cell more or less than the first:
        # the rows go on at the width of the row above or of their part's repeated header.
        repeats = (r for r in reversed(rows) if not any(map(is_figure, r.cells)))  # a header holds no figure
        part = next((r for r in repeats if same_header(r.cells, rows[0].cells)), rows[0])
        same_width = len(cells) in (width, len(part.cells), len(rows[-1].cells))
        loose = [g for g in gap if (t := clean_text(g)) and not self.is_furniture(t)]
        if any(_SUBHEADING.match(g) for g in loose):
            return False  # "2. Setelah Perubahan ...", "**B. ...**": a new part, its own table
        if same_header(cells, rows[0].cells) or _numbering_continues(rows[-1].cells[0], cells[0]):
            return True  # the header repeated after a page break, or "10" then "11"
        if same_width and rest_of_row(rows[-1].cells, cells, after_a_break=True):
            return True  # the rest of a row the page break cut, even if its words sound like labels
        if _looks_like_header(cells) or len(cells) <= 2:
            return False
        loose = [clean_text(g) for g in loose]
        if loose:
            # A short line between rows of the same shape is a running head seen once,
            # unless it is a table's footnote or the rows above ended with their total.
            ended = _FOOTNOTE.match(loose[0]) or any(_TOTAL.match(c) for c in rows[-1].cells[:3])
            return same_width and not ended
        # Rows simply carrying on: same width, or a cell or two more or fewer.
        return same_width or (abs(width - len(cells)) <= 3 and any(_has_digit(c) for c in cells))

    def is_furniture(self, text: str) -> bool:
        """A page number, a 'lanjutan' marker or a running head (a short line the
        document repeats), wherever it stands."""
        return bool(CONTINUATION.match(text) or PAGE_NUMBER.match(text) or _furniture_key(text) in self.furniture)

    def caption_after(self, end: int, title: str | None) -> tuple[str | None, str | None, int]:
        """A caption printed under its table: the first line after the table, when the
        document prints its captions below its tables, or no other table follows closely
        (then it is that table's caption). Title lines under it go with it."""
        j = end
        while j < len(self.lines) and not self.lines[j].strip():
            j += 1
        caption = normalise_caption(self.lines[j]) if j < len(self.lines) and "\t" not in self.lines[j] else None
        if caption is None or (not self.captions_below and any("\t" in ln for ln in self.lines[j + 1 : j + 6])):
            return None, title, end
        name, words, j = caption[0], [caption[1]] if caption[1] else [], j + 1
        while self.captions_below and j < len(self.lines) and _title_line(self.lines[j]) and len(words) < 3:
            words.append(clean_text(self.lines[j]))
            j += 1
        return name, " ".join(words) or title, j

    def take_caption(self, table_line: int) -> tuple[str | None, str | None]:
        caption = self.caption
        self.caption = None
        if caption is not None:
            return caption[0], caption[1] or None
        return None, self._preceding_title(table_line)

    def _preceding_title(self, table_line: int) -> str | None:
        """A line just above an uncaptioned table often names it: short, or up to a
        caption's title length when it is not a sentence (no closing period)."""
        j = table_line - 1
        while j >= 0 and not self.lines[j].strip():
            j -= 1
        if j < 0 or table_line - j > 3 or "\t" in self.lines[j]:
            return None
        if self.captions_below and any(normalise_caption(ln) for ln in self.lines[max(0, j - 3) : j + 1]):
            return None  # the caption block of the table above
        text = clean_text(self.lines[j])
        named = len(text) <= 120 or (len(text) <= _TITLE_MAX and not text.endswith("."))
        return text if text and named and not self.is_furniture(text) else None


def captions_below(lines: list[str]) -> bool:
    """Whether the document prints its captions under its tables: most caption lines
    follow a table's last row closely and no table starts soon after them."""
    below = above = 0
    for k, raw in enumerate(lines):
        if "\t" in raw or not normalise_caption(raw):
            continue
        before = [ln for ln in lines[max(0, k - 3) : k] if ln.strip()]
        after = [ln for ln in lines[k + 1 : k + 6] if ln.strip()]
        if before and "\t" in before[-1] and not any("\t" in ln for ln in after):
            below += 1
        elif any("\t" in ln for ln in after):
            above += 1
    return below > above


def _title_line(raw: str) -> bool:
    text = clean_text(raw)
    return bool(text) and "\t" not in raw and len(text) <= _TITLE_MAX and not text.endswith(".")


def _furniture_key(text: str) -> str:
    """A running head without its page number ("LKjIP Kecamatan X 2024 | 23")."""
    return " ".join(w for w in text.lower().split() if not (w.isdigit() and len(w) <= 3))


def repeated_lines(lines: list[str]) -> set[str]:
    """Short lines outside tables that the document prints more than once: running heads."""
    counts = Counter(_furniture_key(t) for raw in lines if "\t" not in raw and 0 < len(t := clean_text(raw)) <= 120)
    return {key for key, n in counts.items() if n >= 2 and key}


def _looks_like_header(cells: list[str]) -> bool:
    """A new table's header: short labels without figures, naming columns ("No",
    "Indikator", "Target"...), not the rest of a broken row ("Perangkat Daerah | waktu")."""
    filled = [c for c in cells if c]
    return (
        bool(cells[0])
        and not cells[0][:1].islower()  # "dan Ikhtisar ...": the rest of a broken row
        and all(len(c) <= 40 and not is_figure(c) for c in filled)
        and any(mentions(c, header_words()) or c.lower().strip(" .") in ("no", "nomor") for c in filled)
    )


def _another_header(rows: list[Row], cells: list[str]) -> bool:
    """A header naming other columns under rows of figures, with no line between: the next
    table (002's individual performance agreement printed twice, each with its header)."""
    if not rows or not names_columns(cells) or not _looks_like_header(cells):
        return False
    labels = [r.cells for r in rows if not any(map(is_figure, r.cells))]
    return len(labels) < len(rows) and not any(same_header(cells, seen) for seen in labels)


def _title_row(rows: list[Row]) -> Row | None:
    """A one-cell row right above the next table's header is that table's title: taken off
    (as a row of its one cell)."""
    filled = [c for c in rows[-1].cells if c]
    if len(rows) > 1 and len(filled) == 1 and not is_figure(filled[0]):
        return Row(cells=filled, line=rows.pop().line)
    return None


def _numbering_continues(previous: str, current: str) -> bool:
    prev, cur = previous.strip().rstrip("."), current.strip().rstrip(".")
    return prev.isdigit() and cur.isdigit() and int(cur) == int(prev) + 1


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)

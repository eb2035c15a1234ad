"""Read a Word (.docx) LKjIP into the document model the text reader produces.

The body is walked in document order: paragraphs and tables interleaved, content
controls (`w:sdt`, e.g. a cover page) opened, headers and footers (letterheads) left out.
A paragraph styled Heading*/Title (or with an outline level), or starting "BAB <roman>",
is a Heading; other paragraphs are Paragraphs. Tables are named by the text reader's own
rules: a caption ("Tabel 3.1 ...") and the title lines after it, else a short line just
above the table, else a caption printed under it. Table rows go to the shared table
builder, which merges header rows and drops repeated ones; a table split by hand over
two pages is joined again. A layout table (one column, or tables in its cells) is read as
the page it lays out, and a table in a text box after the paragraph anchoring it.

Merged cells come out as a text export prints them: a cell spanning grid columns
(`w:gridSpan`) gives its text in the first column and "" in the ones it covers; a cell
continuing a vertical merge (`w:vMerge`) gives "" (the interpreter fills a sasaran down).

Provenance: a .docx has neither lines nor pages. `line` is the urutan paragraf/baris tabel
dalam berkas Word: every paragraph of the body (empty ones too) and every table row
counts one, in order, from 1; `page` stays empty. A row's `raw` is its cells joined by TAB.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import docx
from lxml import etree

from ingest.cleaning import clean_text, is_markdown_heading
from ingest.model import GOES_ON, Block, Document, Heading, Paragraph, Row
from ingest.read.tablebuild import build_table, is_figure, same_header
from ingest.read.text import BAB, CONTINUATION, TextParser, normalise_caption
from ingest.read.word_numbering import list_labels

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_P, _TBL, _TR, _TC, _R, _BOX = (f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "r", "txbxContent"))
# Wrappers whose children are read as if they stood in the parent: content controls,
# custom XML, tracked insertions and moves.
_OPEN = {f"{_W}{t}" for t in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag")}
# Never text: properties, deleted or moved-away text, field codes, the VML copy of a drawing.
_SKIP = {f"{_W}{t}" for t in ("pPr", "rPr", "tcPr", "trPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "instrText")}
_SKIP.add(f"{_MC}Fallback")
_VAL = f"{_W}val"
_OLE = "{urn:schemas-microsoft-com:office:office}OLEObject"

# Word's main content type; macro-enabled documents and templates differ only in it.
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_MAX_UNZIPPED = 512 * 1024 * 1024  # a few MB of report unzip to tens of MB; more is a zip bomb

DAMAGED = "berkas Word (.docx) rusak atau tidak lengkap; buka lalu simpan ulang di Word, kemudian unggah lagi"


class DocxReadError(Exception):
    """A Word file that cannot be read, with the reason in the user's language."""


def read_docx(data: bytes, source_name: str = "") -> Document:
    word = _open(data)
    walker = _Walker(word)
    items, lines = walker.walk(word.element.body)
    blocks = _Blocks(lines).build(items)
    return Document(source_name=source_name, blocks=blocks, source_format="docx", warnings=walker.warnings)


def _open(data: bytes) -> docx.document.Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            unzipped = sum(info.file_size for info in zf.infolist())
            if unzipped > _MAX_UNZIPPED:
                raise DocxReadError(
                    f"berkas Word terlalu besar setelah dibuka ({unzipped // (1024 * 1024)} MB); "
                    "periksa berkasnya atau unggah PDF-nya"
                )
            data = _as_plain_docx(zf, data)
        word = docx.Document(io.BytesIO(data))
    except DocxReadError:
        raise
    except Exception as exc:  # zipfile, lxml and python-docx each raise their own kinds
        raise DocxReadError(f"{DAMAGED} ({type(exc).__name__})") from exc
    if word.element.body is None:
        if _STRICT in etree.tostring(word.element)[:2000].decode("utf-8", "replace"):
            raise DocxReadError(
                "berkas Word berformat Strict Open XML belum dapat dibaca; simpan sebagai Dokumen Word (.docx) biasa"
            )
        raise DocxReadError(f"{DAMAGED} (isi dokumen tidak ditemukan)")
    return word


def _as_plain_docx(zf: zipfile.ZipFile, data: bytes) -> bytes:
    """A macro-enabled document (.docm) or a template (.dotx) is a .docx whose main part
    is labelled differently: relabel it, so python-docx opens it (macros are never run)."""
    types = zf.read("[Content_Types].xml")
    if not any(ct.encode() in types for ct in _OTHER_MAINS):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as plain:
        for info in zf.infolist():
            content = zf.read(info)
            if info.filename == "[Content_Types].xml":
                for ct in _OTHER_MAINS:
                    content = content.replace(ct.encode(), _DOCX_MAIN.encode())
            plain.writestr(info, content)
    return out.getvalue()


@dataclass
class _Para:
    parts: list[str]  # its lines (split at soft line breaks), tabs as spaces
    heading: bool
    line: int  # provenance: urutan paragraf/baris tabel
    first: int  # index of its first line in the text-export view


@dataclass
class _Grid:
    rows: list[Row]
    first: int  # index of its first row in the text-export view


class _Walker:
    """Pass 1: the body as paragraphs and tables, and the same content as a text export
    would print it (one line per paragraph line, one TAB line per row, blank lines
    between), which is what the text reader's caption rules read."""

    def __init__(self, word: docx.document.Document) -> None:
        self.headings = _heading_styles(word)
        self.items: list[_Para | _Grid] = []
        self.lines: list[str] = []
        self.count = 0
        self.warnings: list[str] = []
        self.labels = _labels(word)

    def walk(self, body: etree._Element) -> tuple[list[_Para | _Grid], list[str]]:
        for el in _children(body, {_P, _TBL}):
            if el.tag == _P:
                self._paragraph(el)
            else:
                self._table(el)
        return self.items, self.lines

    def _paragraph(self, p: etree._Element) -> None:
        self.count += 1
        parts = [part.replace("\t", " ") for part in _text(p, self.labels).split("\n")]
        self.items.append(_Para(parts, self._is_heading(p), self.count, len(self.lines)))
        # A blank line after each paragraph and table, as an export separates them: the
        # caption rules measure distances in lines.
        self.lines += parts + [""] if any(part.strip() for part in parts) else [""]
        for box in _boxes(p):
            self.walk(box)  # a table in a text box anchored here, read after the paragraph
        if any(ole.get("ProgID", "").startswith("Excel.") for ole in p.iter(_OLE)):
            self.warnings.append(
                f"tabel Excel tertanam (objek, bukan tabel Word) di paragraf ke-{self.count} tidak dapat dibaca: "
                "tempel ulang sebagai tabel Word, atau unggah PDF-nya"
            )

    def _table(self, tbl: etree._Element) -> None:
        nested = [inner for inner in tbl.iter(_TBL) if inner is not tbl and _owner(inner) is tbl]
        rows = []
        for tr in _children(tbl, {_TR}):
            if tr.find(f"./{_W}trPr/{_W}del") is not None:
                continue  # a row deleted with changes tracked: Word no longer shows it
            raw = [c.replace("\t", " ").replace("\n", " ") for c in _row_cells(tr, self.labels)]
            rows.append(Row(cells=[clean_text(c) for c in raw], line=self.count + len(rows) + 1, raw="\t".join(raw)))
        if not rows and not nested:
            return  # every row deleted
        if _lays_out(rows, nested):
            for tc in tbl.iter(_TC):
                if _owner(tc) is tbl:
                    self.walk(tc)  # its paragraphs and tables, as if on the page
            return
        self.count += len(rows)
        if rows:
            self.items.append(_Grid(rows, len(self.lines)))
            self.lines += [r.raw if "\t" in r.raw else r.raw + "\t" for r in rows] + [""]  # a row is a TAB line
        for inner in nested:  # a small table inside a cell of a table of figures: after it
            self._table(inner)

    def _is_heading(self, p: etree._Element) -> bool:
        style = p.xpath("./w:pPr/w:pStyle/@w:val")
        level = p.xpath("./w:pPr/w:outlineLvl/@w:val")
        return bool(style and style[0] in self.headings) or bool(level and level[0].isdigit() and int(level[0]) < 9)


def _labels(word: docx.document.Document) -> dict:
    """The numbers Word prints before list paragraphs, by paragraph (not the VML copies)."""
    body = word.element.body
    hidden = (f"{_MC}Fallback", f"{_W}del", f"{_W}moveFrom")
    shown = (p for p in body.iter(_P) if not any(up.tag in hidden for up in p.iterancestors()))
    try:
        numbering = word.part.numbering_part.element
    except (KeyError, NotImplementedError):  # no numbering part: nothing is numbered
        numbering = None
    return list_labels(numbering, word.styles.element, shown)


def _lays_out(rows: list[Row], nested: list[etree._Element]) -> bool:
    """A table laying out the page, not holding figures: one column (a frame around a
    section), or tables inside cells of a table printing no figure of its own (text beside
    a table). Its cells are read as the page, else the tables in them would be lost."""
    if all(len(r.cells) <= 1 for r in rows):
        return True
    return bool(nested) and not any(is_figure(c) for r in rows for c in r.cells)


def _boxes(p: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in paragraph `p` that hold tables (Word's own copy, not the
    VML fallback it writes beside it, nor a box inside another box)."""
    found = []
    for box in p.iter(_BOX):
        up = box.getparent()
        while up is not p and up.tag not in (_BOX, f"{_MC}Fallback"):
            up = up.getparent()
        if up is p and box.find(f".//{_TBL}") is not None:
            found.append(box)
    return found


def _owner(el: etree._Element) -> etree._Element | None:
    """The table holding `el`, skipping the tables of text boxes it may sit in."""
    for up in el.iterancestors(_TBL, _BOX):
        return up if up.tag == _TBL else None
    return None


def _heading_styles(word: docx.document.Document) -> set[str]:
    """Ids of the paragraph styles that are headings: named Heading*/Title, based on
    one, or carrying an outline level (a kabupaten's own "Judul Bab" style)."""
    ids = set()
    for style in word.styles:
        seen = style
        for _ in range(10):  # base styles chain; a loop in a broken file must end
            if seen is None:
                break
            name = (seen.name or "").lower()
            level = seen.element.xpath("./w:pPr/w:outlineLvl/@w:val")
            if name.startswith("heading") or name == "title" or (level and level[0].isdigit() and int(level[0]) < 9):
                ids.add(style.style_id)
                break
            seen = getattr(seen, "base_style", None)
    return ids


def _children(el: etree._Element, tags: set[str]):
    """Children of `el` with one of `tags`, looking inside content controls and custom XML."""
    for child in el:
        if child.tag in tags:
            yield child
        elif child.tag in _OPEN:
            yield from _children(child, tags)


def _row_cells(tr: etree._Element, labels: dict | None = None) -> list[str]:
    """A row's cells on the table grid, as a text export prints them."""
    before = tr.xpath("./w:trPr/w:gridBefore/@w:val")
    cells = [""] * _int(before)
    for tc in _children(tr, {_TC}):
        span = _int(tc.xpath("./w:tcPr/w:gridSpan/@w:val"), 1)
        vmerge = tc.find(f"./{_W}tcPr/{_W}vMerge")
        hmerge = tc.find(f"./{_W}tcPr/{_W}hMerge")
        covered = (vmerge is not None and vmerge.get(_VAL, "continue") == "continue") or (
            hmerge is not None and hmerge.get(_VAL, "continue") == "continue"
        )
        # A table inside the cell is not its text: it is read apart (`_Walker._table`).
        text = "" if covered else " ".join(t for p in _children(tc, {_P}) if (t := _text(p, labels).strip()))
        cells += [text] + [""] * (max(span, 1) - 1)
    after = tr.xpath("./w:trPr/w:gridAfter/@w:val")
    return cells + [""] * _int(after)


def _int(values: list[str], default: int = 0) -> int:
    try:
        return int(values[0]) if values else default
    except ValueError:
        return default


def _text(el: etree._Element, labels: dict | None = None) -> str:
    """A paragraph's visible text, after the number Word prints before it (`labels`)."""
    out: list[str] = [labels[el] + " "] if labels and el in labels else []
    _collect(el, out, labels, [])
    return "".join(out)


_PRINTED = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def _collect(el: etree._Element, out: list[str], labels: dict | None, fields: list[bool]) -> None:
    """Visible text in document order. python-docx's Paragraph.text reads only direct runs
    and hyperlinks; text in content controls, tracked insertions, simple fields and text
    boxes (a cover page's title is often in one) is read here too. Of a field, only its
    result is printed: `fields` holds, for each field open, whether its result has begun (a
    field inside another's code - "QUOTE { SEQ Tabel }" - prints only the outer result)."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in _PRINTED:
            if all(fields):
                out.append((child.text or "") if _PRINTED[tag] is None else _PRINTED[tag])
        elif tag == f"{_W}fldChar":
            kind = child.get(f"{_W}fldCharType")
            if kind == "begin":
                fields.append(False)
            elif fields and kind == "separate":
                fields[-1] = True
            elif fields and kind == "end":
                fields.pop()
        elif tag == _R and child.find(f"./{_W}rPr/{_W}vanish") is not None:
            continue  # hidden text is not printed
        elif tag == _BOX and child.find(f".//{_TBL}") is not None:
            continue  # a text box holding a table is read as the page (`_boxes`)
        elif tag == _P:  # a paragraph inside a text box: a line of its own
            out.append("\n" + (labels[child] + " " if labels and child in labels else ""))
            _collect(child, out, labels, fields)
            out.append("\n")
        else:
            _collect(child, out, labels, fields)


class _CaptionRules:
    """The text reader's caption and title rules, run over the text-export view.

    Uses the text parser's own caption methods so a .docx and a text export name their
    tables alike (a caption line, up to three title lines after it, else a short line
    just above the table); a small public helper in textreader would be cleaner."""

    def __init__(self, lines: list[str]) -> None:
        self._parser = TextParser(lines)

    def see(self, raw: str, line: int) -> bool:
        """Whether a non-blank line is a caption or a title line (then it is not prose)."""
        return self._parser.caption_or_title(raw, line)

    def take(self, table_line: int) -> tuple[str | None, str | None]:
        """(caption, title) for the table starting at index `table_line` of the view."""
        return self._parser.take_caption(table_line)

    def after(self, end: int, title: str | None) -> tuple[str | None, str | None, int | None]:
        """A caption printed under an uncaptioned table ending before index `end`:
        (caption, title, index of the caption line), or (None, title, None)."""
        caption, title, nxt = self._parser.caption_after(end, title)
        return caption, title, (nxt - 1 if nxt > end else None)


class _Blocks:
    """Pass 2: blocks in order. A table split in two by hand (a page break, "Lanjutan
    Tabel 3.1") is joined again when the second part repeats the header, or when a
    "lanjutan" marker stands between parts of the same width."""

    def __init__(self, lines: list[str]) -> None:
        self.rules = _CaptionRules(lines)
        self.blocks: list[Block] = []
        self.table: _Open | None = None
        self.gap: list[_Para] = []  # blank or "lanjutan" paragraphs after the open table
        self.taken: int | None = None  # the view line of a caption printed under its table

    def build(self, items: list[_Para | _Grid]) -> list[Block]:
        for item in items:
            if isinstance(item, _Grid):
                if self.table is not None and _continues(self.table, item.rows, self.gap):
                    self.table.rows.extend(item.rows)
                    self.table.end = item.first + len(item.rows)
                    self.gap = []
                    continue
                self._close()
                caption, title = self.rules.take(item.first)
                rows = list(item.rows)
                if caption is None and len(rows) > 1 and (named := _caption_row(rows[0])):
                    caption, title, rows = named[0], named[1] or title, rows[1:]
                self.table = _Open(rows, caption, title, item.first + len(item.rows))
            elif self.table is not None and _is_gap(item, self.table.caption):
                self.gap.append(item)
            else:
                self._close()
                self._paragraph(item)
        self._close()
        return self.blocks

    def _close(self) -> None:
        if self.table is not None:
            caption, title = self.table.caption, self.table.title
            if caption is None:
                caption, title, self.taken = self.rules.after(self.table.end, title)
            table = build_table(self.table.rows, caption=caption, title=title)
            if table is not None:
                self.blocks.append(table)
            self.table = None
        gap, self.gap = self.gap, []
        for para in gap:
            self._paragraph(para)

    def _paragraph(self, para: _Para) -> None:
        kept = []
        for k, part in enumerate(para.parts):
            text = clean_text(part)
            if para.first + k == self.taken:
                continue  # the caption of the table above
            if text and not self.rules.see(part, para.first + k + 1):
                kept.append(text)
        if not kept:
            return
        text = " ".join(kept)
        if para.heading or BAB.match(text) or is_markdown_heading(para.parts[0]):
            self.blocks.append(Heading(text, line=para.line))
        else:
            self.blocks.append(Paragraph(text, line=para.line))


@dataclass
class _Open:
    """A table being read: its rows so far (parts joined), caption, title, and the view
    index just after its last row."""

    rows: list[Row]
    caption: str | None
    title: str | None
    end: int


def _caption_row(row: Row) -> tuple[str, str | None] | None:
    """A first row of one cell (merged across the table) printing the caption: "TABEL 3.1
    PENGUKURAN KINERJA" typed inside the table, not above it."""
    texts = [c for c in row.cells if c.strip()]
    named = normalise_caption(texts[0]) if len(texts) == 1 else None
    return (named[0], named[1] or None) if named else None


def _is_gap(para: _Para, caption: str | None) -> bool:
    texts = [clean_text(p) for p in para.parts]
    return all(not t or t.isdigit() or _going_on(t, caption) for t in texts)


def _going_on(text: str, caption: str | None) -> bool:
    """A mark that the table goes on: "Lanjutan Tabel 3.1", "(lanjutan)", or the open
    table's caption printed again with "Lanjutan" ("Tabel 3.1 (Lanjutan)")."""
    if CONTINUATION.match(text):
        return True
    again = normalise_caption(text)
    return bool(caption and again and again[0] == caption and GOES_ON.search(again[1]))


def _continues(table: _Open, more: list[Row], gap: list[_Para]) -> bool:
    rows = table.rows
    if same_header(more[0].cells, rows[0].cells):
        return True  # the header repeated on the next page
    marked = any(_going_on(clean_text(p), table.caption) for para in gap for p in para.parts)
    return marked and len(more[0].cells) == len(rows[0].cells)

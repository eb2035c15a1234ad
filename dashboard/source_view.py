"""Where a figure came from, one click away (issue 17): a PDF's page drawn with the figure's
cell (red) and row (yellow) highlighted; for a text export or a Word file, the table with the
figure's row highlighted. Both places of a finding side by side.

Document text is untrusted: it reaches the page only through st.dataframe, st.code, st.text or
escaped markdown, never as HTML.
"""

from __future__ import annotations

import hashlib
import io
import math
import threading
from itertools import islice
from pathlib import Path

import numpy as np
import pandas as pd
import pypdfium2 as pdfium
import streamlit as st
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from PIL import Image, ImageDraw

from dashboard.formatting import md_escape

ROW_FILL = (255, 214, 0, 96)  # translucent yellow band over the whole row
CELL_FILL = (255, 0, 0, 36)  # light red inside the cell
CELL_LINE = (220, 0, 0, 255)  # the cell's thick outline
PAD = 3.0  # points around a box, so the outline surrounds the text instead of crossing it
ROW_BACKGROUND = "background-color: #fff1a8; color: #000"
_EDGES = ("x0", "top", "x1", "bottom")
Box = tuple[float, float, float, float]
_PDFIUM = threading.Lock()  # pdfium is not thread-safe, and Streamlit runs each session in a thread


# --- the PDF page ---------------------------------------------------------------------------


def page_image(pdf: bytes | Path | str, page: int, boxes: list[dict], scale: float = 2.0) -> Image.Image:
    """The 1-based `page` as displayed (its /Rotate applied, cut to its crop box), `scale` pixels a
    point, with the 'row' box as a yellow band and every other box of that page outlined in red."""
    if page < 1:
        raise ValueError(f"halaman {page}")  # pdfium would count a negative page from the end
    data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    media = _media_box(data, page)
    with _PDFIUM:
        doc = pdfium.PdfDocument(data)
        try:
            sheet = doc[page - 1]
            image = sheet.render(scale=scale).to_pil().convert("RGBA")
            origin = displayed_origin(sheet, media)
        finally:
            doc.close()
    shown = [b for b in boxes if _int(b.get("page")) == page]
    rows = [highlight_pixels(b, scale, origin) for b in shown if b.get("field") == "row"]
    cells = [highlight_pixels(b, scale, origin) for b in shown if b.get("field") != "row"]
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    pen = ImageDraw.Draw(layer)
    for rect in rows:
        pen.rectangle(rect, fill=ROW_FILL)
    for rect in cells:
        pen.rectangle(rect, fill=CELL_FILL)
    image = Image.alpha_composite(image, layer)
    pen = ImageDraw.Draw(image)  # the outline opaque, over the fills
    for rect in cells:
        pen.rectangle(rect, outline=CELL_LINE, width=max(2, round(1.5 * scale)))
    return image.convert("RGB")


def displayed_origin(sheet: pdfium.PdfPage, media: Box | None = None) -> tuple[float, float]:
    """Where the rendered picture's top-left corner is in the reader's coordinates.

    The reader takes its boxes from pdfplumber, whose coordinates are pdfminer's (the page turned
    by its /Rotate, measured from the media box's corner) shifted by that corner; pdfium draws only
    the crop box (cut to the media box). `media`: the media box as pdfminer has it (pdfium's own
    call reads only the page's dictionary, not a box inherited from /Pages). For an ordinary page
    the answer is (0, 0)."""
    mx0, my0, mx1, my1 = _sorted_box(media or sheet.get_mediabox())
    cx0, cy0, cx1, cy1 = _sorted_box(sheet.get_bbox())  # what pdfium draws: crop box within media box
    rotation = sheet.get_rotation() % 360
    if rotation == 90:
        return cy0, cx0 - 2 * mx0
    if rotation == 180:
        return mx0 + mx1 - cx1, cy0 - 2 * my0
    if rotation == 270:
        return my0 + my1 - cy1, mx1 - cx1 - mx0
    return cx0, my1 - cy1 - my0


def _media_box(data: bytes, page: int) -> Box | None:
    """The page's media box as pdfminer (so pdfplumber, so the reader) resolves it, inherited
    from /Pages when the page has none; None when pdfminer cannot open the file."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        found = next(islice(PDFPage.create_pages(document), page - 1, None), None)
        box = tuple(float(v) for v in found.mediabox) if found is not None else ()
        return box if len(box) == 4 else None
    except Exception:  # pdfminer's many parse errors: pdfium's own box is the fallback
        return None


def _sorted_box(box: Box) -> Box:
    x0, y0, x1, y1 = box
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def highlight_pixels(
    box: dict, scale: float, origin: tuple[float, float] = (0.0, 0.0), pad: float = PAD
) -> tuple[int, int, int, int]:
    """A box in points (x0, top, x1, bottom from the page's top-left) as the pixel rectangle to
    draw: moved by the picture's `origin`, widened by `pad` points on every side, rounded outwards."""
    x0, x1 = sorted((float(box["x0"]), float(box["x1"])))
    top, bottom = sorted((float(box["top"]), float(box["bottom"])))
    left, up = origin
    return (
        math.floor((x0 - left - pad) * scale),
        math.floor((top - up - pad) * scale),
        math.ceil((x1 - left + pad) * scale),
        math.ceil((bottom - up + pad) * scale),
    )


def source_file(path: str | None, sha256: str) -> bytes | None:
    """The file's bytes when it is still at `path` with the content that was read; None when it
    is gone, unreadable or changed (a changed file would show a page the figures were not read from)."""
    if not isinstance(path, str) or not path or not isinstance(sha256, str):
        return None
    try:
        data = Path(path).read_bytes()
    except (OSError, ValueError):  # ValueError: a path with a NUL byte
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256.lower() else None


@st.cache_data(max_entries=16, show_spinner=False)
def _page_png(sha256: str, page: int, boxes: tuple, scale: float, _data: bytes) -> bytes:
    """page_image as PNG, cached by the file's hash (the bytes themselves are not hashed again)."""
    drawn = [dict(zip(("field", "page", *_EDGES), b, strict=True)) for b in boxes]
    buffer = io.BytesIO()
    page_image(_data, page, drawn, scale).save(buffer, format="PNG")
    return buffer.getvalue()


# --- the table as text ----------------------------------------------------------------------


def table_with_row(
    table_text: str, row_raw: str, line: int | None, table_line: int | None
) -> tuple[pd.DataFrame, list[int]]:
    """The table's text as a DataFrame (one printed row a row, header rows included, so a row's
    index is its line in the text; columns "Kolom 1..n" because header labels repeat and span)
    and the indices of the figure's row: where `row_raw`'s lines are, whitespace aside; else at
    `line - table_line` when both are known; else none."""
    lines = [text.rstrip("\r") for text in (table_text or "").split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    cells = [text.split("\t") for text in lines]
    width = max((len(c) for c in cells), default=0)
    frame = pd.DataFrame(
        [c + [""] * (width - len(c)) for c in cells], columns=[f"Kolom {k + 1}" for k in range(width)], dtype=object
    )
    return frame, _row_indices(lines, row_raw, _int(line), _int(table_line))


def _row_indices(lines: list[str], row_raw: str, line: int | None, table_line: int | None) -> list[int]:
    table = [_plain(text) for text in lines]
    wanted = [_plain(text) for text in (row_raw or "").split("\n") if text.strip()]
    guess = line - table_line if line is not None and table_line is not None else None
    n = len(wanted)
    starts = [i for i in range(len(table) - n + 1) if n and table[i : i + n] == wanted]
    if starts:  # a row printed twice in one table: the one nearest its line
        start = min(starts, key=lambda i: abs(i - guess)) if guess is not None else starts[0]
        return list(range(start, start + n))
    if guess is None:
        return []
    return [i for i in range(guess, guess + max(n, 1)) if 0 <= i < len(lines)]


def _plain(text: str) -> str:
    return " ".join(text.split())


def styled(frame: pd.DataFrame, rows: list[int]):
    """The table with `rows` on a yellow background (st.dataframe shows a Styler's colours)."""
    marked = set(rows)
    return frame.style.apply(lambda r: [ROW_BACKGROUND if r.name in marked else ""] * len(r), axis=1)


# --- Streamlit ------------------------------------------------------------------------------


def show(source: pd.Series, key: str, height: int | None = None) -> None:
    """One figure's source (a `queries.figure_source` row): where it is, what a user corrected,
    and the PDF page or the table it was read from. No expander: callers put this in one."""
    page = _shown_page(source) if source.get("source_format") == "pdf" else None
    st.caption(md_escape(_place(source, page)))
    _corrections(source)
    if source.get("source_format") == "pdf":
        _pdf(source, page, key, height)
    else:
        _table(source, key, height)


def table_source(table: dict) -> pd.Series:
    """A table of `queries.kecamatan_table_account` (one not read) as a source to `show`: its
    page without a highlight, or its text."""
    return pd.Series(
        {
            "source_format": table.get("source_format"), "source_path": table.get("source_path"),
            "sha256": table.get("sha256"), "file_name": table.get("file_name"),
            "source_table": table.get("source_table"), "page": table.get("page"), "line": table.get("line"),
            "table_page": table.get("page"), "table_line": table.get("line"), "table_text": table.get("raw_text"),
            "row_raw": "", "boxes": [], "corrected_fields": [],
        }
    )  # fmt: skip


def side_by_side(first: pd.Series, second: pd.Series | None, key: str) -> None:
    """A finding's two places next to each other; one place alone takes the whole width."""
    if second is None:
        show(first, key=f"{key}-1")
        return
    for column, source, n in zip(st.columns(2), (first, second), (1, 2), strict=True):
        with column:
            st.markdown(f"**Tempat {n}**")
            show(source, key=f"{key}-{n}")


def _pdf(source: pd.Series, page: int | None, key: str, height: int | None) -> None:
    path, sha = _text(source.get("source_path")), _text(source.get("sha256")) or ""
    data = source_file(path, sha)
    if data is None:
        where = f"di {path} " if path else ""
        st.info(
            md_escape(
                f"Berkas PDF sumber tidak tersedia lagi {where}(dipindah atau diubah): muat ulang berkasnya "
                "lewat Unggah Dokumen untuk melihat halamannya."
            )
        )
        _table(source, key, height)
        return
    if page is None:
        st.info("Halaman angka ini tidak tercatat: yang ditampilkan teks tabelnya.")
        _table(source, key, height)
        return
    boxes = [b for b in _boxes(source.get("boxes")) if b["page"] == page]
    try:
        png = _page_png(sha, page, tuple(tuple(b[k] for k in ("field", "page", *_EDGES)) for b in boxes), 2.0, data)
    except (pdfium.PdfiumError, IndexError, ValueError):  # a page the file does not have
        st.warning(f"Halaman {page} tidak dapat digambar dari berkasnya: yang ditampilkan teks tabelnya.")
        _table(source, key, height)
        return
    st.image(
        png,
        caption=_highlight_caption(boxes),
        width="stretch",
        output_format="PNG",
        alt=f"Halaman {page} dokumen sumber",
    )
    _row_text(source)


def _table(source: pd.Series, key: str, height: int | None) -> None:
    frame, rows = table_with_row(
        _text(source.get("table_text")) or "",
        _text(source.get("row_raw")) or "",
        source.get("line"),
        source.get("table_line"),
    )
    if frame.empty:
        st.caption("Teks tabelnya tidak tersimpan.")
    else:
        numbered = frame.set_axis(range(1, len(frame) + 1))  # numbered as the caption counts
        shown = styled(numbered, [r + 1 for r in rows])
        st.dataframe(shown, key=f"{key}-tabel", height=height or "auto")
        if rows:
            st.caption(f"Baris angka ini disorot kuning (baris ke-{rows[0] + 1} teks tabel).")
        else:
            st.caption("Baris angka ini tidak ditemukan di teks tabel: lihat teks barisnya di bawah.")
    _row_text(source)


def _row_text(source: pd.Series) -> None:
    row = _text(source.get("row_raw"))
    if row:
        st.caption("Teks baris seperti terbaca (sel dipisah |):")
        st.code(row.replace("\t", " | "), language=None, wrap_lines=True)


# Corrected field -> (label, column as read, column as used): see queries.figure_source.
_CORRECTED = {
    "target": ("target", "a_read", "a_raw"),
    "pagu": ("pagu", "a_read", "a_raw"),
    "realisasi": ("realisasi", "b_read", "b_raw"),
    "capaian_reported": ("capaian", "c_read", "c_raw"),
    "serapan_reported": ("serapan", "c_read", "c_raw"),
    "tahun": ("tahun", "tahun_read", "tahun"),
    "indicator_kind": ("jenis indikator", "kind_read", "kind"),
}


def _corrections(source: pd.Series) -> None:
    """'Nilai terbaca' next to 'Nilai dipakai' for each field a user corrected."""
    fields = _list(source.get("corrected_fields"))
    if not fields:
        return
    if "ditambahkan" in fields:
        st.caption("✎ Angka ini ditambahkan pengguna: tidak terbaca dari dokumen.")
        return
    lines = []
    for name in fields:
        label, read, used = _CORRECTED.get(name, (str(name), None, None))
        lines.append(f"{label}: terbaca {_value(source.get(read))} → dipakai {_value(source.get(used))} ✎")
    st.caption("Nilai terbaca → Nilai dipakai (dikoreksi pengguna):")
    st.text("\n".join(lines))


def _highlight_caption(boxes: list[dict]) -> str:
    cells = [b["field"].replace("_", " ") for b in boxes if b["field"] != "row"]
    row = any(b["field"] == "row" for b in boxes)
    if cells:
        return f"Disorot: sel {', '.join(cells)} (bingkai merah)" + (" di barisnya (kuning)." if row else ".")
    if row:
        return "Disorot: baris angka ini (kuning); letak selnya tidak pasti, jadi sel tidak disorot."
    return "Letak sel tidak tersimpan: halaman ditampilkan tanpa sorotan."


def _place(source: pd.Series, page: int | None) -> str:
    """'Berkas · Tabel · halaman N' (PDF) or '... · baris N' (text export, Word)."""
    table = _text(source.get("source_table")) or ""
    title = _text(source.get("table_title"))
    if title and title not in table:
        table = f"{table} {title}".strip()
    line = _int(source.get("line"))
    where = f"halaman {page}" if page is not None else f"baris {line}" if line is not None else None
    return " · ".join(p for p in (_text(source.get("file_name")), table, where) if p)


def _shown_page(source: pd.Series) -> int | None:
    """The page to draw: the cell's, else the row's, else the figure's or its table's."""
    boxes = _boxes(source.get("boxes"))
    for wanted in (lambda b: b["field"] != "row", lambda b: True):
        for box in boxes:
            if wanted(box):
                return box["page"]
    return _int(source.get("page")) or _int(source.get("table_page"))


def _boxes(value) -> list[dict]:
    """cell_boxes structs as plain dicts (DuckDB gives an array, or NA when there are none)."""
    out = []
    for box in _list(value):
        if isinstance(box, dict) and _int(box.get("page")) and all(_number(box.get(k)) for k in _EDGES):
            out.append({"field": str(box.get("field")), "page": _int(box["page"])} | {k: float(box[k]) for k in _EDGES})
    return out


def _list(value) -> list:
    return list(value) if isinstance(value, (list, tuple, np.ndarray)) else []


def _int(value) -> int | None:
    return int(value) if _number(value) else None


def _number(value) -> bool:
    try:
        return value is not None and not isinstance(value, (str, bool)) and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _value(value) -> str:
    if _number(value):
        return str(int(value)) if float(value).is_integer() else str(value)
    return _text(value) or "–"

"""pdfplumber pages whose objects (characters, rulings) come from pypdfium2, or from pdfminer
with only the attributes the table finder uses; pages drawn turned a quarter turned back."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTLine, LTRect
from pdfplumber.page import DerivedPage, Page

from ingest.read.pdf.scan import PageScan, page_objects, pdfium_chars


def objects_page(page: Page, pdfium_page: pdfium.PdfPage, scan: PageScan) -> Page:
    """The page with the objects the table finder needs: from pypdfium2 when the page is
    plain (upright, no /Rotate, no form XObject, origin at 0,0), else from pdfminer."""
    plain = not (scan.rotation or scan.sideways) and tuple(page.mediabox[:2]) == (0, 0)
    forms = next(page_objects(pdfium_page, (pdfium_c.FPDF_PAGEOBJ_FORM,)), None)
    return PdfiumPage(page, pdfium_page) if plain and forms is None else LeanPage(page)


class PdfiumPage(DerivedPage):
    """pdfplumber's page with its characters and rulings read by pypdfium2 instead of
    pdfminer: pdfplumber's `lines` table finder, words and cell text run unchanged on
    them, and the page costs a few milliseconds instead of a tenth of a second."""

    def __init__(self, parent: Page, page: pdfium.PdfPage) -> None:
        super().__init__(parent)
        self.bbox = parent.bbox
        self.source = page

    @property
    def objects(self) -> dict:
        if not hasattr(self, "_objects"):
            chars = _pdfium_chars(self.source.get_textpage(), self)
            self._objects = {"char": chars, "line": _pdfium_rulings(self.source, self), "rect": [], "curve": []}
        return self._objects


def _pdfium_chars(textpage: pdfium.PdfTextPage, page: Page) -> list[dict]:
    # Page's height and doctop are properties computed on each call: read once per page.
    height, doctop, number = page.height, page.initial_doctop, page.page_number
    out: list[dict] = []
    chars = list(pdfium_chars(textpage))
    for i, (text, (left, bottom, right, top), (x, y)) in enumerate(chars):
        if text in "\r\n":
            continue
        if pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
            if text == " " and out and out[-1]["text"] != " " and _word_follows(out[-1], chars[i + 1 : i + 2]):
                out.append(_space_after(out[-1]))
            continue
        top, bottom = height - top, height - bottom
        out.append(
            {
                "x0": left,
                "x1": right,
                "top": top,
                "bottom": bottom,
                "doctop": doctop + top,
                "width": right - left,
                "height": bottom - top,
                "page_number": number,
                "object_type": "char",
                "text": text,
                "upright": True,
                "size": bottom - top,
                "matrix": (1, 0, 0, 1, x, y),  # the baseline, as pdfminer's matrix gives it
            }
        )
    return out


def _word_follows(char: dict, after: list[tuple]) -> bool:
    """Whether the character drawn next starts a word on the same line just right of `char`
    (within its height): only there is pdfium's generated space a gap the producer left.
    Chromium draws a word in two runs in a narrow cell ("Rea", a cell further right, then
    "lisasi"): a space put after "Rea" would split "Realisasi"."""
    if not after:
        return False
    _text, (left, *_box), (_x, baseline) = after[0]
    size = char["bottom"] - char["top"]
    return abs(baseline - char["matrix"][5]) < 0.5 * size and char["x1"] - 0.5 <= left <= char["x1"] + size


def _space_after(char: dict) -> dict:
    """A space the producer left as a gap, not a glyph (Chromium places words apart): pdfium
    infers it, and pdfplumber's words and cell text need it as a character, or the words of a
    small font whose loose boxes nearly touch run together ("Koordinasidan"). It sits, with no
    width, where the character before it ends, so it sorts between the two words."""
    space = dict(char, text=" ", x0=char["x1"], width=0.0)
    space["matrix"] = (1, 0, 0, 1, char["x1"], char["matrix"][5])
    return space


def _box(x0: float, x1: float, top: float, bottom: float, page: Page) -> dict:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": page.initial_doctop + top,
        "width": x1 - x0,
        "height": bottom - top,
        "page_number": page.page_number,
    }


def _pdfium_rulings(source: pdfium.PdfPage, page: Page) -> list[dict]:
    """Horizontal and vertical straight segments of the painted paths (a rectangle gives
    four), as pdfplumber line objects; white or unpainted paths are left out."""
    out = []
    m = pdfium_c.FS_MATRIX()
    for obj in page_objects(source, (pdfium_c.FPDF_PAGEOBJ_PATH,)):
        if not _painted(obj) or not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
            continue
        for (x1, y1), (x2, y2) in _segments(obj):
            a = (m.a * x1 + m.c * y1 + m.e, page.height - (m.b * x1 + m.d * y1 + m.f))
            b = (m.a * x2 + m.c * y2 + m.e, page.height - (m.b * x2 + m.d * y2 + m.f))
            ends = _straight(a, b)
            if ends is None:
                continue  # a slanted stroke or a dot makes no table
            a, b = ends
            line = _box(min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1]), page)
            line.update(object_type="line", pts=[a, b], stroke=True, fill=False, linewidth=1.0)
            out.append(line)
    return out


def _straight(a: tuple[float, float], b: tuple[float, float]):
    """A nearly horizontal or vertical segment made exact (pdfplumber tells them apart by
    equal top and bottom); None for a slanted or zero-length one."""
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) < 0.5 and abs(ax - bx) >= 0.5:
        return (min(ax, bx), ay), (max(ax, bx), ay)
    if abs(ax - bx) < 0.5 and abs(ay - by) >= 0.5:
        return (ax, min(ay, by)), (ax, max(ay, by))
    return None


def _painted(obj) -> bool:
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, mode, stroke)
    if not (mode.value or stroke.value):
        return False
    if not stroke.value and not _thin(_bounds(obj)):
        return False  # a filled area (a shaded row or header cell) is shading, not a ruling
    getter = pdfium_c.FPDFPageObj_GetStrokeColor if stroke.value else pdfium_c.FPDFPageObj_GetFillColor
    r, g, b, alpha = (ctypes.c_uint() for _ in range(4))
    if not getter(obj, r, g, b, alpha):
        return True
    return alpha.value > 0 and min(r.value, g.value, b.value) < 250


def _bounds(obj) -> tuple[float, float, float, float]:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        raise pdfium.PdfiumError("Failed to locate pageobject.")
    return left.value, bottom.value, right.value, top.value


RULING_MAX = 2.5  # points: a filled rectangle thinner than this is a ruling (Word draws borders so)


def _thin(box: tuple[float, float, float, float]) -> bool:
    left, bottom, right, top = box
    return min(right - left, top - bottom) <= RULING_MAX


def _segments(obj) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight segments of a path, in the path's own space (curves are skipped)."""
    out: list = []
    start = last = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point, kind = (x.value, y.value), pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and last is not None:
            out.append((last, point))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        last = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None and last != start:
            out.append((last, start))
            last = start
    return out


class LeanPage(DerivedPage):
    """The page with pdfplumber's objects built from pdfminer's layout keeping only the
    attributes that words, text and the table finder use. pdfplumber's own conversion
    resolves every attribute of every character and costs more than pdfminer's parsing;
    this halves the time per page. Invisible rulings (white or unpainted) are dropped:
    they would cut phantom cells."""

    def __init__(self, parent: Page) -> None:
        super().__init__(parent)
        self.bbox = parent.bbox

    @property
    def objects(self) -> dict:
        if not hasattr(self, "_objects"):
            objects: dict[str, list[dict]] = {"char": [], "line": [], "rect": [], "curve": []}
            self._collect(self.parent_page.layout._objs, objects)
            self._objects = objects
        return self._objects

    def _collect(self, items: list, objects: dict) -> None:
        for obj in items:
            if isinstance(obj, LTChar):
                objects["char"].append(self._char(obj))
            elif isinstance(obj, LTCurve):
                shade = obj.fill and not obj.stroke and not _thin((obj.x0, obj.y0, obj.x1, obj.y1))
                if not shade and (obj.stroke or (obj.fill and not _white(obj.non_stroking_color))):
                    kind = "line" if isinstance(obj, LTLine) else "rect" if isinstance(obj, LTRect) else "curve"
                    objects[kind].append(self._shape(obj, kind))
            elif isinstance(obj, LTContainer):
                self._collect(obj._objs, objects)

    def _box(self, obj) -> dict:
        height, (mb_x0, mb_top) = self.parent_page.height, self.mediabox[:2]
        top = height - obj.y1 + mb_top
        return {
            "x0": obj.x0 + mb_x0,
            "x1": obj.x1 + mb_x0,
            "y0": obj.y0,
            "y1": obj.y1,
            "top": top,
            "bottom": height - obj.y0 + mb_top,
            "doctop": self.initial_doctop + top,
            "width": obj.width,
            "height": obj.height,
            "page_number": self.page_number,
        }

    def _char(self, obj: LTChar) -> dict:
        box = self._box(obj)
        box.update(object_type="char", text=obj.get_text(), upright=obj.upright, size=obj.size)
        box.update(matrix=obj.matrix, fontname=obj.fontname, adv=obj.adv)
        return box

    def _shape(self, obj: LTCurve, kind: str) -> dict:
        box = self._box(obj)
        box.update(object_type=kind, linewidth=obj.linewidth, stroke=obj.stroke, fill=obj.fill)
        box.update(pts=[self.point2coord(pt) for pt in obj.pts], non_stroking_color=obj.non_stroking_color)
        box.update(stroking_color=obj.stroking_color)
        return box


def _white(color) -> bool:
    values = color if isinstance(color, (tuple, list)) else (color,)
    return bool(values) and all(isinstance(v, (int, float)) and v >= 0.99 for v in values)


def upright(page: Page) -> Page:
    """A page whose text is drawn turned a quarter (and no /Rotate says so) is turned
    back, so words read left to right (pdfplumber#848)."""
    chars = page.chars
    if not chars or sum(not c["upright"] for c in chars) <= len(chars) / 2:
        return page
    upward = sum(c["matrix"][1] > 0 for c in chars if not c["upright"]) > len(chars) / 4
    return TurnedPage(page, clockwise=upward)


class TurnedPage(DerivedPage):
    """The page turned by a quarter: every object's box moved accordingly."""

    def __init__(self, parent: Page, clockwise: bool) -> None:
        super().__init__(parent)
        self.clockwise = clockwise
        self.bbox = (0, 0, parent.height, parent.width)

    @property
    def objects(self) -> dict:
        if not hasattr(self, "_objects"):
            self._objects = {
                kind: [self._turn(o) for o in objs]
                for kind, objs in self.parent_page.objects.items()
                if kind != "curve"  # curves (rounded corners, drawings) do not make tables here
            }
        return self._objects

    def displayed(self, x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
        """A box on this turned page back on the page as displayed (`_turn` undone)."""
        w, h = self.parent_page.width, self.parent_page.height
        if self.clockwise:
            return top, h - x1, bottom, h - x0
        return w - bottom, x0, w - top, x1

    def _turn(self, obj: dict) -> dict:
        w, h = self.parent_page.width, self.parent_page.height
        x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
        # Text read bottom to top: turn the page clockwise; top to bottom: the other way.
        box = (h - bottom, x0, h - top, x1) if self.clockwise else (top, w - x1, bottom, w - x0)
        turned = dict(obj)
        turned.update(x0=box[0], top=box[1], x1=box[2], bottom=box[3], width=box[2] - box[0])
        turned.update(height=box[3] - box[1], doctop=self.initial_doctop + box[1], upright=True)
        turned.pop("pts", None)
        return turned

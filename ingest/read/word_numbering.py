"""The numbers Word prints before list paragraphs ("1.1", "BAB III", "Tabel 3.2", "a."),
which are not in the text: Word computes them from the numbering part when it lays out the
page. A report whose No column, program > kegiatan > sub kegiatan levels or captions are
numbered that way prints them on paper and in its PDF; read without them, a hierarchy of
budget lines is all one level and a caption has no number.

Counters run in document order per abstract list (every `w:num` of one `w:abstractNum`
continues it, unless it restarts it with a `w:startOverride`); a level restarts when a
level above it moves on. Bullets and unnumbered levels print nothing here."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def list_labels(numbering: etree._Element | None, styles: etree._Element | None, paragraphs: Iterable) -> dict:
    """{paragraph element: the label Word prints before it} for the numbered ones among
    `paragraphs` (in document order)."""
    if numbering is None:
        return {}
    nums = _nums(numbering)
    styled = _styled(styles)
    counters: dict[str, list[int]] = {}
    started: set[str] = set()
    labels = {}
    for p in paragraphs:
        num_id, level = _num_pr(p, styled)
        if num_id not in nums:
            continue
        abstract, levels, overrides = nums[num_id]
        if level not in levels:
            continue
        counts = counters.setdefault(abstract, [0] * 9)
        if num_id not in started:
            started.add(num_id)
            for lvl, start in overrides.items():  # a list restarted at this num's first paragraph
                counts[lvl] = start - 1
                counts[lvl + 1 :] = [0] * (8 - lvl)
        counts[level] = counts[level] + 1 if counts[level] else levels[level][0]
        counts[level + 1 :] = [0] * (8 - level)
        label = _label(levels, counts, level)
        if label:
            labels[p] = label
    return labels


def _nums(numbering: etree._Element) -> dict[str, tuple[str, dict, dict]]:
    """numId -> (abstractNumId, {ilvl: (start, format, text)}, {ilvl: start override})."""
    abstracts = {}
    for abstract in numbering.iter(f"{_W}abstractNum"):
        levels = {}
        for lvl in abstract.iter(f"{_W}lvl"):
            start = _int(_val(lvl, "start"), 1)
            levels[_int(lvl.get(f"{_W}ilvl"), 0)] = (start, _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText"))
        abstracts[abstract.get(f"{_W}abstractNumId")] = levels
    nums = {}
    for num in numbering.iter(f"{_W}num"):
        abstract = _val(num, "abstractNumId")
        overrides = {
            _int(o.get(f"{_W}ilvl"), 0): _int(_val(o, "startOverride"), 1)
            for o in num.iter(f"{_W}lvlOverride")
            if o.find(f"{_W}startOverride") is not None
        }
        if abstract in abstracts:
            nums[num.get(f"{_W}numId")] = (abstract, abstracts[abstract], overrides)
    return nums


def _styled(styles: etree._Element | None) -> dict[str, tuple[str | None, int]]:
    """Paragraph styles that number their paragraphs ("List Number", a kabupaten's "Judul Bab")."""
    found = {}
    for style in [] if styles is None else styles.iter(f"{_W}style"):
        pr = style.find(f"{_W}pPr/{_W}numPr")
        if pr is not None:
            found[style.get(f"{_W}styleId")] = (_val(pr, "numId"), _int(_val(pr, "ilvl"), 0))
    return found


def _num_pr(p: etree._Element, styled: dict) -> tuple[str | None, int]:
    pr = p.find(f"{_W}pPr/{_W}numPr")
    style = p.find(f"{_W}pPr/{_W}pStyle")
    num_id, level = styled.get(style.get(_VAL) if style is not None else None, (None, 0))
    if pr is not None:
        num_id = _val(pr, "numId") or num_id
        level = _int(_val(pr, "ilvl"), level)
    return num_id, level


def _label(levels: dict, counts: list[int], level: int) -> str:
    text = levels[level][2] or ""
    if levels[level][1] in ("bullet", "none"):
        return ""
    for k in range(9):
        if f"%{k + 1}" in text:
            fmt = levels.get(k, (1, "decimal", ""))[1]
            text = text.replace(f"%{k + 1}", _format(max(counts[k], 1), fmt))
    return text.strip()


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for value, digits in _ROMAN:
            while n >= value:
                out, n = out + digits, n - value
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el: etree._Element, child: str) -> str | None:
    found = el.find(f"{_W}{child}")
    return None if found is None else found.get(_VAL)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default

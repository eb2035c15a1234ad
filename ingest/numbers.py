"""Read the numbers LKjIP documents print, in every format they use.

`read_number` returns a `Reading`: the value (or None), the raw text, the
letter/category written beside it ("Baik (88,14)" -> "Baik"), the unit, and
`uncertain` when the separators allow two readings and nothing decided.
A column's other cells can decide: see `column_decimal_separator`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.cleaning import clean_text

MISSING = {
    "",
    "-",
    "--",
    "---",
    "–",
    "—",
    "n/a",
    "na",
    "n.a",
    "n.a.",
    "nihil",
    "tidak ada",
    "tidak ada rujukan",
    "belum ada",
    "x",
}

_CURRENCY = re.compile(r"^(rp\.?|idr)\s*", re.I)
_NUMBER = r"[-−]?\d[\d.,]*"
_SPACE_AFTER_COMMA = re.compile(r"(\d),\s+(\d)")  # "83, 14" -> "83,14"
_LABELLED = re.compile(rf"^(?P<label>[^\d(]*?)\s*\(\s*(?:rp\.?\s*)?(?P<num>{_NUMBER})\s*(?P<pct>%?)\s*\)\s*\.?$", re.I)
_LEADING = re.compile(rf"^(?P<num>{_NUMBER})\s*(?P<rest>.*)$")
# an amount broken inside its last group by a wrap in a narrow cell: "2,204,963,49 2"
_BROKEN_GROUP = re.compile(r"^(\d{1,3}(?:[.,]\d{3})+[.,])(\d{1,2})\s+(\d{1,2})\b")
_SINGLE_GROUP = re.compile(r"^\d{1,3}[.,]\d{3}$")
_RUPIAH_DASH = re.compile(r"[.,]\s*-+$")  # "Rp. 2.896.407.246,-"
_PAREN_NOTE = re.compile(r"^\((?P<note>[^)]*)\)$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_WORDS = 8
_PERCENT_WORDS = {"%", "persen", "prosen", "percent"}


@dataclass(frozen=True)
class Reading:
    raw: str
    value: float | None = None
    label: str | None = None  # "Baik", "A", "BB" written with the number
    unit: str | None = None  # "%", "dokumen", "Indeks", ...
    uncertain: bool = False  # two readings possible, or a malformed group
    note: str | None = None  # why it is uncertain
    cell: int | None = field(default=None, compare=False)  # the index of the row's cell it was read from

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def missing(self) -> bool:
        return self.value is None and not self.uncertain and not self.label


def read_number(raw: str | None, decimal_sep: str | None = None, money: bool = False) -> Reading:
    """Read one cell. `decimal_sep` ("," or ".") comes from the column when known;
    `money` says the cell is rupiah, where "460,000" can only mean thousands."""
    raw = raw or ""
    text = clean_text(raw)
    if text.lower().rstrip(".") in MISSING or text.lower() in MISSING:
        return Reading(raw=raw)
    text = _SPACE_AFTER_COMMA.sub(r"\1,\2", _CURRENCY.sub("", text))
    text = _RUPIAH_DASH.sub("", text)
    broken = _BROKEN_GROUP.match(text)
    if broken and len(broken.group(2) + broken.group(3)) == 3:
        text = broken.group(1) + broken.group(2) + broken.group(3) + text[broken.end() :]
    labelled = _LABELLED.match(text)
    if labelled and labelled.group("label").strip():
        value, uncertain, note = parse_numeral(labelled.group("num"), decimal_sep)
        unit = "%" if labelled.group("pct") else None
        return Reading(raw, value, labelled.group("label").strip(), unit, uncertain, note)
    leading = _LEADING.match(text)
    if not leading:
        return _label_only(raw, text)
    rest = leading.group("rest").strip()
    unit, label = _split_rest(rest)
    count = unit and unit != "%"  # "10.257 lembar": counts have no decimals, whatever the column says
    if (count or (money and decimal_sep is None)) and _SINGLE_GROUP.match(leading.group("num")):
        decimal_sep = "," if "." in leading.group("num") else "."  # "10.257 lembar": a count
    value, uncertain, note = parse_numeral(leading.group("num"), decimal_sep)
    if rest and unit is None and label is None:
        # "6=4/5*100" or "1 2" style: a number followed by more than a unit
        return Reading(raw=raw, uncertain=True, note="teks angka tidak dikenali")
    return Reading(raw, value, label, unit, uncertain, note)


def _label_only(raw: str, text: str) -> Reading:
    # A category written alone ("BB", "Baik") is a label, not a number.
    if re.fullmatch(r"[A-Za-z][A-Za-z ]{0,20}", text):
        return Reading(raw=raw, label=text)
    if not any(ch.isdigit() for ch in text) or _is_sentence(text):
        return Reading(raw=raw, note="bukan angka")  # words in a figure column: nothing to read
    return Reading(raw=raw, uncertain=True, note="teks angka tidak dikenali")


def _is_sentence(text: str) -> bool:
    """Prose opening on a word ("Telah dilakukan rapat ... tahun 2022"): a column's label put
    over the wrong cells, not a figure printed ambiguously. Short texts with a number in them
    ("Nilai B (70,17) predikat baik") stay doubtful readings."""
    return len(_WORD.findall(text)) >= _SENTENCE_WORDS


def _split_rest(rest: str) -> tuple[str | None, str | None]:
    """Split what follows a number into (unit, label)."""
    if not rest:
        return None, None
    if rest.lower() in _PERCENT_WORDS:
        return "%", None
    note = _PAREN_NOTE.match(rest)
    if note:
        return None, note.group("note").strip()
    if re.fullmatch(r"[A-Za-z][A-Za-z./\- ]{0,40}", rest):
        return rest, None
    return None, None


def parse_numeral(num: str, decimal_sep: str | None = None) -> tuple[float | None, bool, str | None]:
    """Parse digits with '.'/',' separators. Returns (value, uncertain, note)."""
    s = num.replace("−", "-").replace(" ", "")
    negative = s.startswith("-")
    s = s.lstrip("-").strip(".,")
    if not s or not re.fullmatch(r"\d[\d.,]*", s):
        return None, True, "teks angka tidak dikenali"
    value, uncertain, note = _parse_unsigned(s, decimal_sep)
    if value is not None and negative:
        value = -value
    return value, uncertain, note


def _parse_unsigned(s: str, decimal_sep: str | None) -> tuple[float | None, bool, str | None]:
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s), False, None
    groups = re.split(r"[.,]", s)
    last_sep = seps[-1]
    tail = groups[-1]
    if len(set(seps)) == 2:
        # Both kinds: a short tail after the last mark is the decimal part
        # ("2,039,091,915.00", "1.949.000,00", even "1,689.395.603.00").
        if len(tail) in (1, 2):
            return _join(groups[:-1], tail), not _thousands_ok(groups[:-1]), _note(groups[:-1])
        if seps.count(last_sep) == 1 and len(tail) != 3:
            return _join(groups[:-1], tail), True, "pemisah ribuan/desimal bercampur"
        return _join(groups, ""), True, "pemisah ribuan/desimal bercampur"
    if len(seps) > 1:
        # Repeated single kind: thousands separators ("34.670.350.601").
        ok = _thousands_ok(groups)
        return _join(groups, ""), not ok, None if ok else "kelompok ribuan tidak lengkap"
    # One separator.
    if len(tail) != 3:
        return _join(groups[:-1], tail), False, None
    if decimal_sep is not None:
        if decimal_sep == last_sep:
            return _join(groups[:-1], tail), False, None
        return _join(groups, ""), False, None
    if groups[0] == "0":
        return _join(groups[:-1], tail), False, None
    # "10.257" or "3,064": Indonesian style says dot = thousands, comma = decimal.
    if last_sep == ".":
        return _join(groups, ""), True, "titik bisa ribuan atau desimal"
    return _join(groups[:-1], tail), True, "koma bisa desimal atau ribuan"


def _thousands_ok(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _note(groups: list[str]) -> str | None:
    return None if _thousands_ok(groups) else "kelompok ribuan tidak lengkap"


def _join(int_groups: list[str], frac: str) -> float:
    digits = "".join(int_groups) or "0"
    return float(f"{digits}.{frac}") if frac else float(digits)


_DOT_DECIMAL = re.compile(r"^\d{1,3}\.(\d{1,2}|\d{4,})$|^\d{4,}\.\d+$|^\d{1,3}(,\d{3})+\.\d+$")
_COMMA_DECIMAL = re.compile(r"^\d{1,3},(\d{1,2}|\d{4,})$|^\d{4,},\d+$|^\d{1,3}(\.\d{3})+,\d+$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3}){2,}$")
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3}){2,}$")


def column_decimal_separator(raws: Iterable[str]) -> str | None:
    """Decide a column's decimal mark from its unambiguous cells, if they agree."""
    votes = {".": 0, ",": 0}
    for raw in raws:
        m = _LEADING.match(_RUPIAH_DASH.sub("", _CURRENCY.sub("", clean_text(raw or ""))))
        if not m:
            continue
        s = m.group("num").replace(" ", "").lstrip("-")
        if _DOT_DECIMAL.match(s) or _COMMA_THOUSANDS.match(s):
            votes["."] += 1
        elif _COMMA_DECIMAL.match(s) or _DOT_THOUSANDS.match(s):
            votes[","] += 1
    if votes["."] and not votes[","]:
        return "."
    if votes[","] and not votes["."]:
        return ","
    return None

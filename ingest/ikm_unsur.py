"""The IKM survey's own figures (interpret stage): the value of each service element (unsur)
of the Survei Kepuasan Masyarakat and the IKM figures printed beside them.

PermenPANRB 14/2017 computes the IKM from the mean score of each unsur (NRR, nilai rata-rata,
on the 1-4 scale): IKM = sum of NRR / number of unsur x 25. Documents print the unsur values as
a numbered list ("1. Kesesuaian persyaratan ... (nilai rata-rata 3,45); 2. ..."), as a table of
U1..U9 columns with an "NRR per unsur" row, or as a table of one row per unsur with an NRR
column; and the IKM in a sentence ("nilai IKM ... Tahun 2024 adalah 88,14"), per semester
("semester I = 86,03"), or in a row of the same table ("IKM Unit Pelayanan : 89,03").

Read here, as `Statement`s, and judged by the checks (`checks.findings.ikm_unsur_checks`):
- `ikm_unsur`: one set of unsur values (`values` in the unsur's order, `value_raw` each as
  printed joined by "; ", `value` how many, `reference` how many unsur the text around it says
  the survey has - 0 when it says two different numbers -, `label` the period the set is of
  ("semester 1") or None, `subject` the words introducing it). The values are stored as printed,
  whatever their scale: the checks decide whether they are NRR.
- `ikm_value`: an IKM figure printed in a sentence about the IKM or in an unsur table's IKM row
  (`label` its period or None for the year's, `subject` the words naming it).
Nothing is stored for a list or table whose values cannot all be read one per unsur.
"""

from __future__ import annotations

import re

from ingest.facts import Provenance, Statement, provenance
from ingest.model import Document, Paragraph, Row, Table
from ingest.numbers import read_number
from ingest.prose import PROSE_TABLE

SET_KIND = "ikm_unsur"
VALUE_KIND = "ikm_value"
_TAGS = re.compile(r"<[^>]+>|\*\*|\$+|\\text\{|[{}]")
_TOKEN = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w]|[.,]\d)")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# "Permenpan No. 14 Tahun 2017", "PermenPANRB 14/2017": a regulation's year is not the survey's
_REGULATION = re.compile(r"\b\d{1,3}\s*(?:/\s*|\s+tahun\s+)(?:19|20)\d{2}\b", re.I)
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PERIOD = re.compile(
    r"\b(semester|triwulan|tw)\s*[-.]?\s*(iv|iii|ii|i|[1-4]|satu|dua|tiga|empat|pertama|kedua|ketiga|keempat)\b", re.I
)
_PERIOD_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "pertama": 1,
                  "kedua": 2, "ketiga": 3, "keempat": 4}  # fmt: skip
_COUNT_WORDS = {"lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
                "dua belas": 12, "tiga belas": 13, "empat belas": 14}  # fmt: skip
# "terdiri dari 9 ruang lingkup unsur", "9 (sembilan) unsur", "ke sembilan unsur", "kesembilan unsur"
_COUNT = re.compile(
    rf"(?<![\w.,])(?:ke\s*)?(?P<n>\d{{1,2}}|{'|'.join(sorted(_COUNT_WORDS, key=len, reverse=True))})\s*"
    r"(?:\([a-z ]+\)\s*)?(?:ruang\s+lingkup\s+)?unsur\b",
    re.I,
)
_SURVEY = re.compile(r"\bSKM\b|\bIKM\b|kepuasan\s+masyarakat|\bNRR\b|nilai\s+rata\s*-?\s*rata|\bsurvei|\bsurvey", re.I)
_UNSUR = re.compile(r"\bunsur\b", re.I)
_OTHER_INDEX = re.compile(r"\bIPP\b|\bIKPP\b|indeks\s+pelayanan\s+publik|kualitas\s+pelayanan\s+publik|\baspek\b", re.I)
_IKM_NAMED = re.compile(r"\bSKM\b|\bIKM\b|kepuasan\s+masyarakat", re.I)
# a number's label inside an item: "(nilai rata-rata 3,45)", "NRR = 3,45", "Persyaratan : 3,45"
_VALUE_LABEL = re.compile(r"(?:\bNRR\b|rata\s*-?\s*rata|\bnilai\b|\bskor\b|[:=])\W{0,3}$", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%])[.;]\s+(?=[A-Z])")
_MIN_ITEMS = 3  # shorter lists are not read (the checks want five unsur at least)


def ikm_survey(doc: Document, year: int | None) -> list[Statement]:
    """Every unsur set and IKM figure of the survey a document prints (see the module's doc)."""
    return prose_unsur(doc, year) + table_unsur(doc, year) + stated_ikm(doc, year)


# --- the unsur in a list ----------------------------------------------------------------------------

# the markers of a list's items: "1. ", "2) ", "a. ", "U1 ", "U-2:", "Unsur 3 :"
_MARKERS = {
    "number": re.compile(r"(?:^|(?<=\s))(?P<m>\d{1,2})[.)]\s+(?=[A-Za-z])"),
    "letter": re.compile(r"(?:^|(?<=\s))(?P<m>[a-z])[.)]\s+(?=[A-Za-z])"),
    "code": re.compile(r"(?:^|(?<=[\s;,(]))(?:U|Unsur)\s?-?\s?(?P<m>\d{1,2})\b\s*[.):=]?\s*", re.I),
}


def _ordinal(mark: str) -> int:
    return int(mark) if mark.isdigit() else ord(mark.lower()) - ord("a") + 1


def _items(text: str) -> tuple[str, list[str], str] | None:
    """A paragraph's list: (the text before it, its items, the marker style), the style giving
    the longest run numbered from 1 without a gap; None when no style gives one."""
    best = None
    for style, marker in _MARKERS.items():
        marks = list(marker.finditer(text))
        run = []
        for m in marks:
            if _ordinal(m.group("m")) == len(run) + 1:
                run.append(m)
            elif run:
                break
        if run and (best is None or len(run) > len(best[1])):
            best = (style, run)
    if best is None:
        return None
    style, run = best
    bounds = [m.end() for m in run]
    ends = [m.start() for m in run[1:]] + [len(text)]
    return text[: run[0].start()], [text[b:e] for b, e in zip(bounds, ends, strict=True)], style


def _continues(text: str, style: str, after: int) -> list[str] | None:
    """The items of a paragraph that goes on with a list (its first item numbered `after` + 1)."""
    marks = list(_MARKERS[style].finditer(text))
    if not marks or marks[0].start() > 0 or _ordinal(marks[0].group("m")) != after + 1:
        return None
    run = [marks[0]]
    for m in marks[1:]:
        if _ordinal(m.group("m")) == _ordinal(run[-1].group("m")) + 1:
            run.append(m)
    ends = [m.start() for m in run[1:]] + [len(text)]
    return [text[m.end() : e] for m, e in zip(run, ends, strict=True)]


def _item_value(item: str) -> str | None:
    """The one number an item gives: its only number, else the one number labelled as its
    value ("NRR 3,45", "nilai rata-rata 3,45", ": 3,45"); None when it gives none or several."""
    item = _SENTENCE_END.split(item, maxsplit=1)[0]  # the item's own sentence
    item = _REGULATION.sub(" ", item)
    tokens = [m for m in _TOKEN.finditer(item) if not _YEAR.match(m.group(0))]
    if len(tokens) == 1:
        return tokens[0].group(0)
    labelled = [m for m in tokens if _VALUE_LABEL.search(item[max(0, m.start() - 30) : m.start()])]
    return labelled[0].group(0) if len(labelled) == 1 else None


def unsur_number(raw: str) -> float | None:
    """An unsur value as printed: "3,45", "3.50", "3,064" (one or two digits before the mark,
    which is then the decimal mark), else as `read_number` reads it."""
    text = raw.strip()
    m = re.fullmatch(r"(\d{1,2})[.,](\d+)", text)
    if m:
        return float(f"{m.group(1)}.{m.group(2)}")
    reading = read_number(text, ",")
    return None if reading.uncertain else reading.value


def prose_unsur(doc: Document, year: int | None) -> list[Statement]:
    """Unsur values listed in sentences: a numbered (or lettered, or U1..Un) list, in one
    paragraph or one paragraph an item, whose introduction or items speak of unsur and of the
    survey (SKM, IKM, NRR, nilai rata-rata)."""
    found, blocks, i = [], doc.blocks, 0
    while i < len(blocks):
        block = blocks[i]
        parsed = _items(_clean(block.text)) if isinstance(block, Paragraph) else None
        if parsed is None:
            i += 1
            continue
        prefix, items, style = parsed
        first, last = block, block
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], Paragraph):
            more = _continues(_clean(blocks[j].text), style, len(items))
            if more is None:
                break
            items += more
            last, j = blocks[j], j + 1
        before = _clean(blocks[i - 1].text) if i > 0 and isinstance(blocks[i - 1], Paragraph) else ""
        after = _clean(blocks[j].text) if j < len(blocks) and isinstance(blocks[j], Paragraph) else ""
        statement = _list_statement(f"{before} {prefix}".strip(), items, after, first, last, year)
        if statement is not None:
            found.append(statement)
        i = j
    return found


def _list_statement(intro: str, items: list[str], after: str, first: Paragraph, last: Paragraph, year):
    if len(items) < _MIN_ITEMS:
        return None
    said = f"{intro} {' '.join(items)}"
    if not (_UNSUR.search(said) and _SURVEY.search(said)):
        return None
    if _OTHER_INDEX.search(intro) and not _IKM_NAMED.search(intro):
        return None  # the aspects of the IPP, not the SKM's unsur
    raws = [_item_value(item) for item in items]
    values = [unsur_number(r) if r else None for r in raws]
    if any(v is None for v in values):
        return None  # an item without one value: the list is not read
    text = " ".join(items)
    where = Provenance(PROSE_TABLE, first.line, first.page, f"{intro[-300:]} {text}".strip()[:3000], "prose")
    lead = _SENTENCE_END.split(intro)[-1]  # the sentence that introduces the list names its year and period
    return Statement(
        _year_of(lead, year), SET_KIND, intro[-300:] or None, float(len(values)), "; ".join(raws),
        _period_of(lead), where, values=values, reference=_stated_count(f"{intro} {text} {after}"),
    )  # fmt: skip


# --- the unsur in a table -----------------------------------------------------------------------

_CODE_CELL = re.compile(r"^(?:U|unsur)\s*-?\s*(\d{1,2})$", re.I)
_NRR_LABEL = re.compile(r"\bNRR\b|rata\s*-?\s*rata|\bnilai\b", re.I)
_NOT_NRR = re.compile(
    r"tertimbang|\bIKM\b|indeks|konversi|interval|persepsi|bobot|jumlah|total|kategori|mutu|kinerja|responden|"
    r"x\s*25|\*\s*25",
    re.I,
)
_IKM_LABEL = re.compile(r"\bIKM\b|indeks\s+kepuasan|nilai\s+konversi|\bSKM\b", re.I)
_NOT_IKM = re.compile(r"per\s*unsur|/\s*unsur|\bunsur\b|tertimbang|\bNRR\b|interval|target", re.I)
_SUMMARY = re.compile(
    r"jumlah|total|rata\s*-?\s*rata|\bIKM\b|indeks|tertimbang|\bNRR\b|konversi|kategori|mutu|kinerja\s+unit", re.I
)
_NUMBER_COLUMN = re.compile(r"^(?:no\.?|nomor|no\s*urut)$", re.I)


def table_unsur(doc: Document, year: int | None) -> list[Statement]:
    """Unsur values printed in a table: U1..Un columns with an NRR row (and perhaps an IKM row),
    or one row per unsur (a column named "unsur", or rows named U1..Un) with an NRR column (and
    perhaps an IKM row)."""
    found = []
    for table in doc.tables:
        named = f"{table.caption or ''} {table.title or ''}".strip()
        year_here, period_here = _year_of(named, year), _period_of(named)
        codes = _code_columns(table)
        if codes:
            found += _code_columns_table(table, named, codes, year_here, period_here)
        else:
            found += _unsur_rows_table(table, named, year_here, period_here)
    return found


def _cells(row: Row) -> list[str]:
    return [_clean(c) for c in row.cells]


def _code_columns(table: Table) -> tuple[int | None, dict[int, int]] | None:
    """Where the table names its unsur U1..Un as columns: (the body row holding the codes or
    None when a header does, column index -> unsur number), numbered from 1 without a gap."""
    by_column = {}
    for col in table.columns:
        for part in col.parts:
            m = _CODE_CELL.match(_clean(part))
            if m:
                by_column[col.index] = int(m.group(1))
    if _gapless(by_column):
        return None, by_column
    for n, row in enumerate(table.rows[:3]):
        in_row = {i: int(m.group(1)) for i, c in enumerate(_cells(row)) if (m := _CODE_CELL.match(c))}
        if _gapless(in_row):
            return n, in_row
    return None


def _gapless(codes: dict[int, int]) -> bool:
    return len(codes) >= _MIN_ITEMS and sorted(codes.values()) == list(range(1, len(codes) + 1))


def _code_columns_table(table: Table, named: str, found_codes, year, period) -> list[Statement]:
    code_row, codes = found_codes
    order = sorted(codes, key=codes.get)
    found = []
    for n, row in enumerate(table.rows):
        if code_row is not None and n <= code_row:
            continue
        cells = _cells(row)
        label = " ".join(c for i, c in enumerate(cells) if i not in codes and c).strip()
        if _NRR_LABEL.search(label) and not _NOT_NRR.search(label):
            raws = [cells[i] if i < len(cells) else "" for i in order]
            values = [unsur_number(r) if r else None for r in raws]
            if any(v is None for v in values):
                continue
            where = provenance(table, row, "unsur")
            found.append(
                Statement(_year_of(label, year), SET_KIND, f"{named}: {label}"[-300:], float(len(values)),
                          "; ".join(raws), _period_of(label) or period, where, values=values,
                          reference=float(len(values)))
            )  # fmt: skip
        elif (value := _ikm_in_row(cells)) is not None:
            found.append(_table_ikm(table, named, row, label, value, year, period))
    return found


def _unsur_rows_table(table: Table, named: str, year, period) -> list[Statement]:
    labels = [col.label for col in table.columns]
    name_col = next((i for i, lab in enumerate(labels) if _UNSUR.search(lab) and not _NRR_LABEL.search(lab)), None)
    coded = [i for i, r in enumerate(table.rows) if any(_CODE_CELL.match(c) for c in _cells(r))]
    if name_col is None and len(coded) < _MIN_ITEMS:
        return []
    value_cols = [
        i for i, lab in enumerate(labels)
        if i != name_col and _NRR_LABEL.search(lab) and not _NOT_NRR.search(lab) and not _NUMBER_COLUMN.match(lab)
    ]  # fmt: skip
    number_col = next((i for i, lab in enumerate(labels) if _NUMBER_COLUMN.match(_clean(lab))), None)
    unsur_rows, summaries = [], []
    for row in table.rows:
        cells = _cells(row)
        text_cells = [c for i, c in enumerate(cells) if i not in value_cols and i != number_col and c]
        label = " ".join(text_cells)
        if not label and not any(cells[i] for i in value_cols if i < len(cells)):
            continue  # an empty line
        if _SUMMARY.search(label) and not _CODE_CELL.match(text_cells[0] if text_cells else ""):
            summaries.append((row, cells, label))
        else:
            unsur_rows.append((row, cells, label))
    if len(unsur_rows) < _MIN_ITEMS or not _numbered(unsur_rows, number_col):
        return []
    found = []
    for col in value_cols:
        raws = [cells[col] if col < len(cells) else "" for _, cells, _ in unsur_rows]
        values = [unsur_number(r) if r else None for r in raws]
        if any(v is None for v in values):
            continue  # a column without a value for every unsur is not read
        first = unsur_rows[0][0]
        where = provenance(table, first, "unsur")
        where.row_raw = "\n".join(r.raw for r, _, _ in unsur_rows)[:3000]
        found.append(
            Statement(_year_of(labels[col], year), SET_KIND, f"{named}: {labels[col]}"[-300:], float(len(values)),
                      "; ".join(raws), _period_of(labels[col]) or period, where, values=values,
                      reference=float(len(values)))
        )  # fmt: skip
    if found:
        for row, cells, label in summaries:
            value = _ikm_in_row(cells)
            if value is not None:
                found.append(_table_ikm(table, named, row, label, value, year, period))
    return found


def _numbered(rows, number_col: int | None) -> bool:
    """Whether the unsur rows are all there: numbered 1..n (in a "No" column, or as U1..Un)
    without a gap, or not numbered at all."""
    if number_col is not None:
        marks = [re.sub(r"[.)\s]", "", cells[number_col]) if number_col < len(cells) else "" for _, cells, _ in rows]
        if any(marks):
            return marks == [str(n) for n in range(1, len(rows) + 1)]
    codes = [m.group(1) for _, cells, _ in rows for c in cells if (m := _CODE_CELL.match(c))]
    if codes:
        return codes == [str(n) for n in range(1, len(rows) + 1)]
    return True


def _ikm_in_row(cells: list[str]) -> tuple[str, str] | None:
    """(the words naming it, the number) of an IKM row ("IKM Unit Pelayanan | 89,03", "**) IKM :
    89,03"): a row whose words name the IKM - not an IKM per unsur - with one number after them."""
    text = " ".join(c for c in cells if c)
    m = _IKM_LABEL.search(text)
    if m is None or _NOT_IKM.search(text):
        return None
    tokens = {t.group(0) for t in _TOKEN.finditer(text[m.end() :]) if not _YEAR.match(t.group(0))}
    return (text[: m.end()].strip(), tokens.pop()) if len(tokens) == 1 else None


def _table_ikm(table: Table, named: str, row: Row, label: str, value: tuple[str, str], year, period) -> Statement:
    words, raw = value
    reading = read_number(raw, ",")
    return Statement(_year_of(label, year), VALUE_KIND, f"{named}: {label or words}"[-300:], reading.value, raw,
                     _period_of(label) or period, provenance(table, row, "unsur"))  # fmt: skip


# --- the IKM stated in a sentence ----------------------------------------------------------------

_NUM = r"\d{1,3}(?:[.,]\d{1,4})?"
# "semester I = 86,03", "Semester II sebesar 90,25", "triwulan 3 : 87,1"
_PERIOD_VALUE = re.compile(
    rf"{_PERIOD.pattern}(?P<mid>[^\d.;]{{0,30}}?)(?:=|:|sebesar|adalah|yaitu|mencapai|senilai|dengan\s+nilai)\s*"
    rf"[*\"“]*(?P<v>{_NUM})(?![\d.,]*\d)(?!\s*%)",
    re.I,
)
# "nilai IKM pelayanan Kecamatan Sananwetan Tahun 2024 adalah 88,14", "IKM tahun 2023 sebesar 87,98"
_ANNUAL_VALUE = re.compile(
    r"(?P<name>\bIKM\b|\bSKM\b|indeks\s+kepuasan\s+masyarakat|nilai\s+konversi)"
    r"(?P<mid>(?:[^.\d%;:=\t]|(?<!\d)(?:19|20)\d{2}(?!\d)|\(IKM\)|\(SKM\)){0,100}?)"
    rf"(?:\badalah|\bsebesar|\byaitu|\bmencapai|\bmemperoleh|\bmendapat\w*|\bdiperoleh|\bsenilai|=|:)\s*"
    rf"(?:nilai\s+)?[*\"“]*(?P<v>{_NUM})(?![\d.,]*\d)(?!\s*%)",
    re.I,
)
# "Nilai Konversi IKM = (86,03 + 90,25) / 2 = 88,14": a formula's result
_FORMULA_VALUE = re.compile(
    rf"(?P<name>\bIKM\b|nilai\s+konversi)(?P<mid>[^=.]{{0,60}}?)=[^=]{{1,120}}?=\s*(?P<v>{_NUM})"
    r"\s*(?:[.;,](?:\s|$)|$)",
    re.I,
)
_IKM_SENTENCE = re.compile(r"\bIKM\b|\bSKM\b|kepuasan|konversi|nilai", re.I)
_NOT_STATED = re.compile(r"target|unsur|\bU\d|\bNRR\b|tertimbang|interval|capaian|persen", re.I)


def stated_ikm(doc: Document, year: int | None) -> list[Statement]:
    """IKM figures stated in sentences that name the IKM: a semester's ("semester I = 86,03")
    and the year's ("nilai IKM ... Tahun 2024 adalah 88,14", a formula's result). Not the
    ones whose words name a target, an unsur or the NRR."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        text = _clean(block.text)
        if not re.search(r"\bIKM\b|\bSKM\b|kepuasan\s+masyarakat|nilai\s+konversi", text, re.I):
            continue
        for sentence in re.split(r"(?<=[a-z0-9)%*”\"])[.;]\s+(?=[A-Z*])", text):
            found += _sentence_ikm(sentence, block, year)
    return found


def _sentence_ikm(sentence: str, block: Paragraph, year: int | None) -> list[Statement]:
    found, taken = [], []
    for m in _PERIOD_VALUE.finditer(sentence):
        if _NOT_STATED.search(m.group("mid")) or not _IKM_SENTENCE.search(sentence):
            continue
        taken.append(m.span("v"))
        found.append(_stated(sentence, m, block, year, _period_of(m.group(0))))
    for pattern in (_ANNUAL_VALUE, _FORMULA_VALUE):
        for m in pattern.finditer(sentence):
            before = sentence[max(0, m.start() - 40) : m.start()]
            if any(a <= m.start("v") < b for a, b in taken) or _NOT_STATED.search(m.group("mid")):
                continue
            if re.search(r"target", before, re.I) or _PERIOD.search(before + m.group("mid")):
                continue
            if len(set(_YEARS.findall(_REGULATION.sub(" ", sentence[: m.end()])))) > 1:
                continue  # "IKM tahun 2023 dan 2024 adalah ...": whose figure it is is not said
            taken.append(m.span("v"))
            found.append(_stated(sentence, m, block, year, None))
    return found


def _stated(sentence: str, m: re.Match, block: Paragraph, year: int | None, period: str | None) -> Statement:
    words = sentence[max(0, m.start() - 80) : m.start("v")].strip()
    where = Provenance(PROSE_TABLE, block.line, block.page, sentence[:500], "prose")
    reading = read_number(m.group("v"), ",")
    return Statement(_year_of(sentence[: m.end()], year), VALUE_KIND, words[-200:], reading.value, m.group("v"),
                     period, where)  # fmt: skip


# --- shared -------------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", _TAGS.sub(" ", text or "")).strip()


def _year_of(text: str, year: int | None) -> int | None:
    """The one year the words name (a regulation's "Nomor 14 Tahun 2017" left out), the report's
    when they name none, None when they name several (whose figures these are is not said)."""
    named = {int(y) for y in _YEARS.findall(_REGULATION.sub(" ", text or ""))}
    return (named.pop() if len(named) == 1 else None) if named else year


def _period_of(text: str) -> str | None:
    """The one period the words name ("semester 1", "triwulan 3"), else None."""
    named = set()
    for m in _PERIOD.finditer(text or ""):
        kind = "triwulan" if m.group(1).lower() in ("triwulan", "tw") else "semester"
        mark = m.group(2).lower()
        named.add(f"{kind} {int(mark) if mark.isdigit() else _PERIOD_NUMBER[mark]}")
    return named.pop() if len(named) == 1 else None


def _stated_count(text: str) -> float | None:
    """How many unsur the words say the survey has: None when they say none, 0 when they say
    two different numbers."""
    counts = set()
    for m in _COUNT.finditer(text):
        n = m.group("n").lower()
        counts.add(int(n) if n.isdigit() else _COUNT_WORDS[re.sub(r"\s+", " ", n)])
    if not counts:
        return None
    return float(counts.pop()) if len(counts) == 1 else 0.0

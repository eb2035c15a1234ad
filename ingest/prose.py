"""Statements read from the document's sentences (interpret stage).

Pure functions over the Paragraph blocks of a Document. Budget totals stated in a
sentence are read by `ingest.interpret.prose_budget_facts`; this module reads the other
statements the checks need.
"""

from __future__ import annotations

import re

from ingest.facts import EfficiencyFact, Provenance, Statement
from ingest.model import Document, Paragraph, Row, Table
from ingest.numbers import read_number
from ingest.vocabulary import mentions, words

PROSE_TABLE = "teks (paragraf)"
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%])[.;]\s+(?=[A-Z])")


def sentences(block: Paragraph) -> list[str]:
    """A paragraph's sentences, split at a full stop followed by a capital: numbers such
    as "2.639.389.252" and "98,50%." stay whole."""
    return [s.strip() for s in _SENTENCE_END.split(block.text) if s.strip()]


def target_adjustment(doc: Document) -> Provenance | None:
    """Where the document says the year's targets were adjusted from the Renstra (the
    first such sentence), or None: a Renstra target then differs from the annual one by
    design, not by mistake."""
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block):
            if (
                mentions(sentence, words("prose", "plan_words"))
                and mentions(sentence, words("prose", "target_words"))
                and mentions(sentence, words("prose", "adjustment_words"))
            ):
                return Provenance(PROSE_TABLE, block.line, block.page, sentence[:500], "prose")
    return None


_NUM = r"\d+(?:[.,]\d+)?"
_CODES = ("AA", "A", "BB", "B", "CC", "C", "D")
# "Evaluasi atas perencanaan kinerja dengan nilai 23,34 dari bobot 30% atau dengan capaian 77,8% (B)"
_LHE = re.compile(
    rf"(?P<name>[A-Za-z][A-Za-z ]{{3,80}}?)\s+(?:dengan|memperoleh|mendapat)\s+nilai\s+(?P<score>{_NUM})\s+"
    rf"dari\s+bobot\s+(?P<weight>{_NUM})\s*%?[^%()]{{0,40}}?capaian\s+(?:sebesar\s+)?(?P<pct>{_NUM})\s*%\s*"
    rf"\(\s*(?:predikat\s+)?(?P<grade>{'|'.join(_CODES)})\s*\)",
    re.I,
)
_RANGE = re.compile(rf"^(?P<gt>>)?\s*(?P<low>{_NUM})\s*(?:s/d|s\.d\.?|sampai(?: dengan)?|-|–)\s*(?P<high>{_NUM})")
_TAGS = re.compile(r"<[^>]+>|\*\*")


def lhe_components(doc: Document, year: int | None) -> list[Statement]:
    """The SAKIP evaluation's components stated in sentences (LHE: perencanaan,
    pengukuran, pelaporan, evaluasi), each with its score, weight, capaian and grade."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for m in _LHE.finditer(block.text):
            name = " ".join(m.group("name").split()[-6:])
            where = Provenance(PROSE_TABLE, block.line, block.page, m.group(0)[:500], "prose")
            pct = read_number(m.group("pct"), ",")
            found.append(
                Statement(year, "lhe_component", name, pct.value, m.group("pct"), m.group("grade").upper(), where,
                          weight=read_number(m.group("weight"), ",").value,
                          score=read_number(m.group("score"), ",").value)
            )  # fmt: skip
    return found


# "komponen Pelaporan Kinerja dengan capaian nilai terendah", "aspek perencanaan memperoleh nilai tertinggi"
_LHE_EXTREME = re.compile(
    r"(?P<measure>capaian(?:\s+nilai)?|nilai(?:\s+capaian)?|skor)\s+"
    r"(?P<ext>terendah|tertinggi|terkecil|terbesar|paling\s+(?:rendah|tinggi|kecil|besar))\b",
    re.I,
)


_OF_EVALUATION = re.compile(r"\b(?:komponen|aspek|sakip|akip|lhe)\b", re.I)


def lhe_extremes(doc: Document, year: int | None) -> list[Statement]:
    """A sentence naming the SAKIP evaluation's component (its words say "komponen", "aspek",
    SAKIP, AKIP or LHE) with the lowest or highest capaian or score (`kind` `lhe_extreme`:
    `subject` the sentence's words before the claim, which name the component; `label`
    `lowest`/`highest` and `capaian`/`score`, the measure the sentence names: "capaian" is
    the component's %, "nilai" alone its score)."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block):
            for m in _LHE_EXTREME.finditer(sentence):
                before = sentence[max(0, m.start() - 120) : m.start()]
                if not _OF_EVALUATION.search(before):
                    continue  # "persentase pelaporan kinerja tepat waktu dengan capaian terendah": an indicator
                ext = m.group("ext").lower()
                low = "rendah" in ext or "kecil" in ext
                measure = "capaian" if "capaian" in m.group("measure").lower() else "score"
                where = Provenance(PROSE_TABLE, block.line, block.page, sentence[:500], "prose")
                found.append(Statement(year, "lhe_extreme", before, None, m.group(0),
                                       f"{'lowest' if low else 'highest'} {measure}", where))  # fmt: skip
    return found


def grading_scale(doc: Document, year: int | None) -> list[Statement]:
    """The predicate scale a document prints for itself ("AA | > 90 s/d 100 | Sangat
    Memuaskan", ...): its bands, when a table lists at least four of the codes with ranges."""
    for table in doc.tables:
        bands = [b for row in [*table.header_rows, *table.rows] if (b := _band(table, row)) is not None]
        if len({b.label for b in bands}) >= 4:
            return bands
    return []


def _band(table: Table, row: Row) -> Statement | None:
    cells = [_TAGS.sub("", c).strip() for c in row.cells]
    if len(cells) < 2 or cells[0].upper() not in _CODES:
        return None
    m = _RANGE.match(cells[1])
    if not m:
        return None
    low, high = read_number(m.group("low"), ",").value, read_number(m.group("high"), ",").value
    where = Provenance(table.name, row.line, row.page, row.raw, "scale")
    return Statement(None, "scale_band", " ".join(cells[2:]).strip(" :") or None, None, cells[1], cells[0].upper(),
                     where, low=low, high=high, low_inclusive=m.group("gt") is None)  # fmt: skip


# "rata-rata capaian kinerja Kecamatan Sananwetan sebesar 100,16%", "rata-rata capaian IKU ... tahun 2022
# adalah 100,84%": the office's average, not a sasaran's ("... sebesar 87% (Meningkatnya ...)")
_AVERAGE = re.compile(
    rf"rata\s*[-–]?\s*rata\s+capaian(?:\s+kinerja)?(?:\s+(?:IKU|indikator kinerja utama))?"
    rf"(?P<about>[^.%()\d]{{0,80}}?(?:tahun\s+\d{{4}}[^.%()\d]{{0,20}}?)?)"
    rf"\s*(?:(?:sebesar|adalah|yaitu|mencapai)\s+)?(?P<pct>{_NUM})\s*%(?!\s*\()",
    re.I,
)


def prose_averages(doc: Document, year: int | None) -> list[Statement]:
    """The office's average capaian stated in a sentence, with the year the sentence names
    last before it ("Pada tahun 2023 ... rata-rata capaian kinerja 100,19 %"), else the report's;
    and a program's capaian stated in a sentence (`program_capaian`)."""
    return _office_averages(doc, year) + program_capaian(doc, year)


# "Sasaran program Penunjang Urusan terdiri dari 2 indikator kinerja dengan rata-rata capaian kinerja sebesar
# 88,9%", "Program Pemberdayaan Masyarakat Desa dengan capaian kinerja 99,92%", "capaian kinerja Program
# Penyelenggaraan Urusan Pemerintahan Umum sebesar 42,62%"
_NAME = r"(?P<name>[A-Za-z][A-Za-z/&\- ]{2,120}?)"
_PROGRAM_CAPAIAN = (
    re.compile(
        rf"\bprogram\s*,?\s+{_NAME}\s*,?\s+(?:terdiri\s+(?:dari|atas)\s+\d+\s*(?:\([a-z ]+\)\s*)?indikator"
        rf"(?:\s+kinerja)?\s+)?(?:dengan|memiliki|mencapai)\s+(?P<mean>rata\s*[-–]?\s*rata\s+)?capaian"
        rf"(?:\s+kinerja)?\s+(?:sebesar\s+|mencapai\s+|adalah\s+|yaitu\s+)?(?P<pct>{_NUM})\s*%",
        re.I,
    ),
    re.compile(
        rf"(?P<mean>rata\s*[-–]?\s*rata\s+)?capaian(?:\s+kinerja)?\s+program\s+{_NAME}\s+"
        rf"(?:sebesar|mencapai|adalah|yaitu)\s+(?P<pct>{_NUM})\s*%",
        re.I,
    ),
)


def program_capaian(doc: Document, year: int | None) -> list[Statement]:
    """A program's capaian kinerja stated in a sentence (`kind` `program_capaian`; `subject` the
    words naming the program, which may be its first words only; `label` `rata-rata` when the
    sentence calls it an average of the program's indicators). The checks compare it with the
    tables' rows of the one program those words name, and leave it when they name none or
    several."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for pattern in _PROGRAM_CAPAIAN:
            for m in pattern.finditer(block.text):
                where = Provenance(PROSE_TABLE, block.line, block.page, m.group(0)[:500], "prose")
                said = _sentence_before(block.text, m.start()) + m.group(0)
                named = re.findall(r"\b(?:19|20)\d{2}\b", said)  # "Pada tahun 2022 program ...": that year's
                found.append(
                    Statement(int(named[-1]) if named else year, "program_capaian", m.group("name").strip(),
                              read_number(m.group("pct"), ",").value, m.group("pct"),
                              "rata-rata" if m.group("mean") else None, where)
                )  # fmt: skip
    return found


def _sentence_before(text: str, end: int) -> str:
    """The text from the start of the sentence (or list item) holding `end` up to it."""
    breaks = re.finditer(r"[.;]\s+(?=[A-Z])|(?:^|\s)-\s+|(?:^|\s)\d{1,2}\.\s+", text)
    start = max((m.end() for m in breaks if m.end() <= end), default=0)
    return text[start:end]


def _office_averages(doc: Document, year: int | None) -> list[Statement]:
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for m in _AVERAGE.finditer(block.text):
            before = block.text[max(0, m.start() - 200) : m.start()] + m.group("about")
            named = ([None, *re.findall(r"tahun\s+(\d{4})", before, re.I)])[-1]
            where = Provenance(PROSE_TABLE, block.line, block.page, m.group(0)[:500], "prose")
            pct = read_number(m.group("pct"), ",")
            found.append(
                Statement(int(named) if named else year, "prose_average", "rata-rata capaian kinerja",
                          pct.value, m.group("pct"), None, where)
            )  # fmt: skip
    return found


_ITEM = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|[-•–])\s+(?=[A-Z])")  # "7. ", "7) ", "- ", "• "
_ITEM_SERAPAN = re.compile(rf"(?:realisasi|penyerapan|serapan)\s+anggaran\s+(?:sebesar\s+)?(?P<v>{_NUM})\s*%", re.I)
_ITEM_RATIO = re.compile(rf"tingkat\s+efisiensi\s+(?:sebesar\s+)?(?P<v>{_NUM})(?![\d,.]*\s*%)", re.I)
_ITEM_CAPAIAN = re.compile(
    rf"(?:capaiannya|pencapaiannya|capaian\s+kinerja)\s+(?:mencapai\s+|sebesar\s+|adalah\s+)?(?P<v>{_NUM})\s*%", re.I
)


def prose_efficiency(doc: Document, year: int | None) -> list[EfficiencyFact]:
    """A sasaran's capaian, serapan and tingkat efisiensi stated in a numbered or bulleted item ("7.
    Meningkatnya kinerja perangkat daerah, ... capaiannya mencapai 96,76 %. Realisasi
    Anggaran sebesar 97,98%, dan tingkat efisiensi sebesar 0,99"): only items that state both
    a serapan and an efficiency, named by the text before their first comma or full stop."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for item in _ITEM.split(block.text):
            serapan, ratio = _ITEM_SERAPAN.search(item), _ITEM_RATIO.search(item)
            if not (serapan and ratio):
                continue
            name = re.split(r",\s|\.\s|\s+dengan\s+", item.strip(), maxsplit=1)[0].strip()
            capaian = _ITEM_CAPAIAN.search(item)
            where = Provenance(PROSE_TABLE, block.line, block.page, item.strip()[:500], "prose")
            found.append(
                EfficiencyFact(
                    year, name, read_number(capaian.group("v"), ",") if capaian else read_number(""),
                    read_number(serapan.group("v"), ","), read_number(ratio.group("v"), ","), where,
                )
            )  # fmt: skip
    return found


# "... mencapai tingkat kemajuan 83% (kategori ...)", "tingkat kemajuan rata – rata sebesar 99,44%"
_KEMAJUAN = re.compile(
    rf"tingkat\s+kemajuan\s+(?P<mean>rata\s*[-–]?\s*rata\s+)?(?:sebesar\s+|mencapai\s+|adalah\s+)?(?P<v>{_NUM})\s*%",
    re.I,
)
_PARAGRAPHS_AFTER = 3  # the narrative under a table: its next few paragraphs


# "Pada tahun 2022, seluruh target indikator dapat dicapai", "terdapat 2 (dua) indikator kinerja yang tidak tercapai"
_ALL_ACHIEVED = re.compile(
    r"(?<!tidak )(?<!belum )seluruh\s+(?:target|indikator)[^.]{0,60}?(?:dapat\s+)?(?:di|ter)capai", re.I
)
_NOT_ACHIEVED = re.compile(
    r"terdapat\s+(?P<n>\d+)\s*(?:\([a-z ]+\)\s*)?(?:target|indikator)[^.]{0,60}?(?:tidak|belum)\s+(?:di|ter)capai", re.I
)


def table_remarks(doc: Document, year: int | None) -> list[Statement]:
    """What the paragraphs right under a table say about it (`subject` is the table's name):
    a tingkat kemajuan ("... mencapai tingkat kemajuan 83%"; `label` `rata-rata` for an
    average) and how many targets were not achieved in a year ("seluruh target indikator
    dapat dicapai" is none, "terdapat 2 (dua) indikator ... tidak tercapai" two); and the
    tables that count sasaran by achievement (`achievement_table`)."""
    found, table, after = [], None, 0
    for block in doc.blocks:
        if isinstance(block, Table):
            table, after = block, 0
            found += achievement_table(block, year)
            continue
        if not isinstance(block, Paragraph) or table is None or after >= _PARAGRAPHS_AFTER:
            continue
        after += 1
        where = Provenance(PROSE_TABLE, block.line, block.page, block.text[:500], "prose")
        for m in _KEMAJUAN.finditer(block.text):
            found.append(
                Statement(year, "kemajuan_remark", table.name, read_number(m.group("v"), ",").value, m.group("v"),
                          "rata-rata" if m.group("mean") else None, where)
            )  # fmt: skip
        found += _achievement(block, table, year, where)
    return found


# A table that sorts the sasaran by achievement: "Melebihi/melampaui target | 100,84%", "Sesuai target | -",
# "Tidak mencapai target | -"
_CATEGORY_ROW = re.compile(
    r"melebihi|melampaui|sesuai\s+(?:dengan\s+)?target|mencapai\s+target|tercapai|di\s*(?:atas|bawah)\s+target", re.I
)
_NOT_REACHED = re.compile(r"(?:tidak|belum)\s+(?:mencapai|memenuhi)\s+target|(?:target\s+)?(?:tidak|belum)\s+tercapai|"
                          r"di\s*bawah\s+target", re.I)  # fmt: skip
_NONE = re.compile(r"^(?:-+|–|0+(?:[.,]0+)?\s*%?|0\s+\w+|nihil|tidak ada)$", re.I)


def achievement_table(table: Table, year: int | None) -> list[Statement]:
    """A table that sorts sasaran by achievement (three rows or so: above, at and below target)
    and says none fell short: its "tidak mencapai target" row prints "-" or 0 (`kind`
    `achievement_table`, `value` 0, `subject` the table's name, placed at that row). A count or
    a percentage there is not read: what it counts is not said."""
    rows = [r for r in table.rows if any(_CATEGORY_ROW.search(c) for c in r.cells)]
    below = [r for r in rows if any(_NOT_REACHED.search(c) for c in r.cells)]
    if len(rows) < 2 or len(rows) > 4 or len(below) != 1:
        return []
    row = below[0]
    label = next(i for i, c in enumerate(row.cells) if _NOT_REACHED.search(c))
    after = [c.strip() for c in row.cells[label + 1 :] if c.strip()]
    if len(after) != 1 or not _NONE.match(after[0]):
        return []
    named = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", f"{table.caption or ''} {table.title or ''}")}
    where = Provenance(table.name, row.line, row.page, row.raw, "summary")
    return [Statement(named.pop() if len(named) == 1 else year, "achievement_table", table.name, 0.0, after[0],
                      None, where)]  # fmt: skip


def _achievement(block: Paragraph, table: Table, year: int | None, where: Provenance) -> list[Statement]:
    found = []
    for sentence in sentences(block):
        counts = [(0, m.group(0)) for m in _ALL_ACHIEVED.finditer(sentence)]
        counts += [(int(m.group("n")), m.group(0)) for m in _NOT_ACHIEVED.finditer(sentence)]
        named = re.findall(r"tahun\s+(\d{4})", sentence, re.I)
        for n, raw in counts:
            said = Provenance(where.source_table, where.line, where.page, sentence[:500], "prose")
            found.append(Statement(int(named[-1]) if len(named) == 1 else year, "achievement_remark", table.name,
                                   float(n), raw, None, said))  # fmt: skip
    return found


# A category scale a table prints: "Sangat Tinggi | 91 ≤ 100", "Tinggi | $76 \leq 90$", "Sangat Rendah | ≤ 50",
# "Baik | 76,61 - 88,30"
_CATEGORY_NAME = re.compile(r"^[A-Za-z][A-Za-z ]{2,30}$")
_CATEGORY_RANGE = re.compile(
    rf"^(?:(?P<gt>>)\s*)?(?P<low>{_NUM})\s*(?:s/d|s\.d\.?|sampai(?:\s+dengan)?|-|–|≤|<=|\\leq|<)\s*(?P<high>{_NUM})"
)
_CATEGORY_UPTO = re.compile(rf"^(?:≤|<=|\\leq|<)\s*(?P<high>{_NUM})")
# "83% (kategori “Sangat Baik”)", "88,14 dengan predikat Baik", "100,84% (predikat sangat memuaskan)"
_CATEGORY_STATED = re.compile(
    rf"(?P<v>{_NUM})\s*(?P<pct>%?)\s*\(?\s*(?:dengan\s+)?(?:kategori|predikat)\s+[“\"'*]*(?P<cat>[A-Za-z]+(?:\s+[A-Za-z]+){{0,3}})",
    re.I,
)


def category_scales(doc: Document) -> list[Statement]:
    """Every named category scale a document prints in a table (three bands or more), each
    band a `category_band` statement whose `source_table` names its scale."""
    found = []
    for table in doc.tables:
        bands = [b for row in table.rows if (b := _category_band(table, row)) is not None]
        if len(bands) >= 3:
            found += bands
    return found


def _category_band(table: Table, row: Row) -> Statement | None:
    cells = [_TAGS.sub("", c).replace("$", "").strip() for c in row.cells]
    names = [c for c in cells if _CATEGORY_NAME.match(c) and c.upper() not in _CODES]
    ranges = [m for c in cells if (m := _CATEGORY_RANGE.match(c) or _CATEGORY_UPTO.match(c))]
    if len(names) != 1 or len(ranges) != 1:
        return None
    m = ranges[0]
    low = read_number(m.group("low"), ",").value if "low" in m.groupdict() else 0.0
    high = read_number(m.group("high"), ",").value
    where = Provenance(table.name, row.line, row.page, row.raw, "scale")
    inclusive = not ("gt" in m.groupdict() and m.group("gt"))
    return Statement(None, "category_band", names[0], None, m.group(0), names[0], where, low=low, high=high,
                     low_inclusive=inclusive)  # fmt: skip


def stated_categories(doc: Document, year: int | None) -> list[Statement]:
    """A figure stated in a sentence with the category or predicate it is given; `label` holds
    the words after "kategori"/"predikat" (up to four: the checks match a scale's name at
    their start)."""
    found = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            for m in _CATEGORY_STATED.finditer(block.text):
                where = Provenance(PROSE_TABLE, block.line, block.page, block.text[max(0, m.start() - 200) : m.end()],
                                   "prose")  # fmt: skip
                found.append(Statement(year, "category_statement", None, read_number(m.group("v"), ",").value,
                                       m.group("v"), m.group("cat").strip(), where))  # fmt: skip
    return found


# "target 100 % dan terealisasi 100 %. Realisasi melebihi target", "ditargetkan 80 dan tercapai 85, melampaui target"
_CLAIM = re.compile(
    rf"target\w*\s+(?:sebesar\s+)?(?P<t>{_NUM})\s*%?[^.]{{0,40}}?\b(?:te)?r?realisasi\w*\s+(?:sebesar\s+)?(?P<r>{_NUM})"
    rf"\s*%?.{{0,80}}?\b(?:melebihi|melampaui)\s+target",
    re.I,
)


def target_claims(doc: Document, year: int | None) -> list[Statement]:
    """A sentence that gives a target and a realisasi and says the realisasi exceeds the
    target (`value` the realisasi, `reference` the target, `subject` the words before it,
    which name the indicator): the checks see whether it does."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for m in _CLAIM.finditer(block.text):
            where = Provenance(PROSE_TABLE, block.line, block.page, m.group(0)[:500], "prose")
            about = block.text[max(0, m.start() - 120) : m.start()]  # the indicator is named before its target
            realisasi, target = read_number(m.group("r"), ",").value, read_number(m.group("t"), ",").value
            found.append(Statement(year, "target_claim", about, realisasi, m.group("r"), "melebihi target", where,
                                   reference=target))  # fmt: skip
    return found


# "serapan dana APBD mencapai 98%", "Realisasi penggunaan anggaran ... adalah 98,69%", "capaiannya sebesar 98,69%"
_SERAPAN = re.compile(
    r"(?:serapan|penyerapan|realisasi\s+(?:penggunaan\s+)?anggaran|capaiannya)[^%]{0,80}?"
    r"(?<![\d.,])(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%",
    re.I,
)
# "anggaran sebesar Rp X ... realisasi ... Rp Y", "... anggaran sebesar Rp X ... yaitu sebesar Y"
PROSE_BUDGET = re.compile(
    r"\banggaran\b[^%]{0,200}?\bRp\.?\s*(?P<pagu>\d[\d.,]*\d)"
    r".{0,200}?(?:(?:\bdi)?realisasi\w*.{0,80}?\bRp\.?|\byaitu\s+sebesar\s+(?:Rp\.?)?)\s*(?P<real>\d[\d.,]*\d)",
    re.I,
)


def stated_serapan(doc: Document, year: int | None) -> list[Statement]:
    """The serapan % a paragraph that states a budget total ("anggaran sebesar Rp ...")
    gives, when it gives exactly one (`kind` `stated_serapan`; the checks read it with the
    budget total stated in the same paragraph)."""
    found = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph) or len(PROSE_BUDGET.findall(block.text)) != 1:
            continue
        percents = {m.group("pct").replace(".", ","): m for m in _SERAPAN.finditer(block.text)}
        if len(percents) == 1:
            raw, m = percents.popitem()
            where = Provenance(PROSE_TABLE, block.line, block.page, block.text[:1000], "prose")
            found.append(Statement(year, "stated_serapan", "Anggaran (disebut dalam teks)",
                                   read_number(raw, ",").value, raw, None, where))  # fmt: skip
    return found


# --- dates and periods the document states about itself -----------------------------------------

MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
          "november", "desember")  # fmt: skip
# "Sumenep, Maret 2023", "Blitar, 28 Februari 2025 CAMAT SANANWETAN": a place, a date, then perhaps the title
_SIGNED = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z .'-]{{1,40}}),\s*(?:(?P<day>\d{{1,2}})\s+)?"
    rf"(?P<month>{'|'.join(MONTHS)})\s+(?P<year>20\d\d)\b",
    re.I,
)
_FOREWORD = re.compile(r"^(?:\*\*)?\s*kata\s+pengantar\b", re.I)
_CLOSING = re.compile(r"^(?:\*\*)?\s*(?:bab\s+(?:iv|4|v|5)\b.{0,10})?penutup\b", re.I)
_APPENDIX = re.compile(r"^lampiran\b", re.I)
_SIGNATURE_WITHIN = 40  # a signature closes its part: within some paragraphs of its heading


def signing_dates(doc: Document, year: int | None) -> list[Statement]:
    """The dates the report is signed on (`kind` `signing_date`): the first "<place>, <date>"
    paragraph after the Kata Pengantar heading and after the Penutup heading, with no table
    between (the dated pages of the appendices - a Perjanjian Kinerja, a Renstra matrix -
    are signed on their own dates and are not read). `value` the year, `label` the date
    as `YYYY-MM` or `YYYY-MM-DD`, `subject` the part it closes."""
    found, part, seen = [], None, 0
    for block in doc.blocks:
        if isinstance(block, Table):
            part = None
            continue
        text = _TAGS.sub("", block.text).strip()
        if _FOREWORD.match(text):
            part, seen = "Kata Pengantar", 0
            continue
        if _CLOSING.match(text) and len(text) < 60:
            part, seen = "Penutup", 0
            continue
        if part is None or not isinstance(block, Paragraph) or _APPENDIX.match(text) or text.isupper():
            part = None  # a heading, an appendix or a title: the part has ended unsigned
            continue
        seen += 1
        m = _SIGNED.match(text)
        if m is None:
            part = None if seen >= _SIGNATURE_WITHIN else part
            continue
        month = MONTHS.index(m.group("month").lower()) + 1
        date = f"{m.group('year')}-{month:02d}" + (f"-{int(m.group('day')):02d}" if m.group("day") else "")
        where = Provenance(PROSE_TABLE, block.line, block.page, text[:200], "prose")
        found.append(Statement(year, "signing_date", part, float(m.group("year")), m.group(0).strip(), date, where))
        part = None
    return found


# "Renstra Kecamatan Bluto periode 2021-2026", "Rencana Strategis OPD Tahun 2021 – 2026"; the words between
# name no other plan (RPJMD) and hold no other figure
_PERIOD = re.compile(
    r"\b(?:renstra|rencana\s+strategis)\b(?P<between>(?:(?!rpjm)[^.\t\d]){0,80}?)"
    r"\b(?P<start>20\d\d)\s*(?:-|–|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?)\s*(?P<end>20\d\d)\b",
    re.I,
)


# "periodisasi Renstra yang berakhir pada Tahun 2024", "Rencana Strategis ini berakhir tahun 2026", and
# "Tahun 2026 merupakan tahun terakhir periode Renstra"
_PERIOD_END = re.compile(
    r"\b(?:renstra|rencana\s+strategis)\b(?P<between>(?:(?!rpjm)[^.\t\d]){0,60}?)\bberakhir\s+(?:pada\s+)?"
    r"(?:tahun\s+)?(?P<end>20\d\d)\b"
    r"|\b(?:tahun\s+)?(?P<end2>20\d\d)\s+(?:merupakan|adalah|sebagai)\s+(?:tahun\s+)?(?:terakhir|akhir)\s+"
    r"(?:dari\s+)?(?:periode\s+)?(?:renstra|rencana\s+strategis)\b",
    re.I,
)


def renstra_periods(doc: Document, year: int | None) -> list[Statement]:
    """Each period the document gives its Renstra (`kind` `renstra_period`: `low` the first
    year, `high` the last, `value_raw` as printed, `subject` the words naming the plan), from
    its sentences and its tables' titles, and each year a sentence says its Renstra ends in
    (`renstra_end`: `value` the year, `subject` the words saying it). The checks compare them."""
    found = []
    for block in doc.blocks:
        texts = [block.text] if isinstance(block, Paragraph) else []
        if isinstance(block, Table):
            texts = [t for t in (block.title or "",) if t]
        for text in texts:
            for m in _PERIOD.finditer(_TAGS.sub("", text)):
                start, end = int(m.group("start")), int(m.group("end"))
                if not 1 <= end - start <= 6:
                    continue  # not a Renstra's span
                where = Provenance(PROSE_TABLE, block.line, block.page, text[max(0, m.start() - 100) : m.end() + 100],
                                   "prose")  # fmt: skip
                found.append(Statement(year, "renstra_period", m.group(0)[: m.start("start") - m.start()].strip(),
                                       float(start), f"{start}-{end}", None, where, low=float(start),
                                       high=float(end)))  # fmt: skip
            ends = _PERIOD_END.finditer(_TAGS.sub("", text)) if isinstance(block, Paragraph) else ()
            for m in ends:  # a sentence's, not a table title's
                end = m.group("end") or m.group("end2")
                where = Provenance(PROSE_TABLE, block.line, block.page, text[max(0, m.start() - 100) : m.end() + 100],
                                   "prose")  # fmt: skip
                found.append(Statement(year, "renstra_end", m.group(0), float(end), end, None, where))
    return found


# --- the misi a document lists and the ones it cites --------------------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# "- Misi 1 : Membangun ...", "Misi ke-2. Meningkatkan ...", "MISI III : ...", one a line or joined in a paragraph
_MISSION_ITEM = re.compile(
    r"(?:^|(?<=\s))(?:[-•–*]|\d{1,2}[.)])?\s*misi\s+(?:ke\s*-?\s*)?(?P<n>\d{1,2}|[ivx]{1,4})\s*[:.)]\s*(?=[A-Za-z])",
    re.I,
)
# "MISI :", "Misi Kabupaten Sumenep adalah sebagai berikut:" heading a list numbered "1. ...", "2) ..."
_MISSION_HEAD = re.compile(r"^misi\b[^.\d]{0,80}:?$", re.I)
_NUMBERED = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+(?=[A-Z])")
# "mengacu kepada RPJMD yaitu Misi ke 1, 4, dan 7", "mendukung misi ke-5"
_MISSION_CITED = re.compile(
    r"\bmisi\s+ke\s*-?\s*(?P<ns>\d{1,2}(?:(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|&)\s+)(?:ke\s*-?\s*)?\d{1,2})*)"
    r"\b(?!\s*[:.)]\s*[A-Z])",
    re.I,
)


def _mission_number(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else _ROMAN.get(raw.lower())


def missions(doc: Document, year: int | None) -> list[Statement]:
    """The misi a document lists - "Misi 1 : ...", or "1. ..." under a "MISI :" heading -
    numbered from 1 without a gap, three at least (`kind` `mission_list`, `value` how many,
    placed at the first item), and the misi numbers its other sentences cite ("Misi ke 1, 4,
    dan 7": `kind` `mission_cited`, one per number, `value` the number)."""
    found, run, first, mode = [], [], None, None
    for block in [*doc.blocks, None]:
        text = _TAGS.sub("", block.text).strip() if isinstance(block, Paragraph) else ""
        named = (
            [_mission_number(m.group("n")) for m in _MISSION_ITEM.finditer(text)] if _MISSION_ITEM.match(text) else []
        )
        numbered = [int(m.group("n")) for m in _NUMBERED.finditer(text)] if _NUMBERED.match(text) else []
        if named or (mode == "numbered" and numbered):
            first, mode = first or block, "named" if named else mode
            run += named or numbered
            continue
        if len(run) >= 3 and run == list(range(1, len(run) + 1)):
            where = Provenance(PROSE_TABLE, first.line, first.page, first.text[:500], "prose")
            found.append(Statement(year, "mission_list", "Misi", float(len(run)), f"Misi 1-{len(run)}", None, where))
        run, first, mode = [], None, "numbered" if _MISSION_HEAD.match(text) else None
        for m in _MISSION_CITED.finditer(text):
            where = Provenance(PROSE_TABLE, block.line, block.page, text[max(0, m.start() - 150) : m.end() + 100],
                               "prose")  # fmt: skip
            for n in re.findall(r"\d{1,2}", m.group("ns")):
                found.append(Statement(year, "mission_cited", "Misi", float(n), m.group(0), None, where))
    return found


# --- the IKM formula the document prints -------------------------------------------------------------

# "IKM = \frac{NRR tertimbang}{25}", "IKM = NRR tertimbang / 25", "NRR Tertimbang dibagi 25"
_IKM_DIVIDED = re.compile(
    r"\\frac\{[^{}]*NRR[^{}]*\}\s*\{\s*25\s*\}|NRR[^=\n\t]{0,40}?(?:/|÷|\bdibagi(?:\s+dengan)?)\s*25\b(?![.,]\d)",
    re.I,
)


def ikm_formula(doc: Document, year: int | None) -> list[Statement]:
    """Where the document writes the IKM as the weighted NRR divided by 25 (`kind`
    `ikm_formula`, `value` 25): PermenPANRB 14/2017 multiplies it by 25 (an NRR of 1-4 gives
    an IKM of 25-100). Read from sentences and table cells that name the IKM."""
    found = []
    for block in doc.blocks:
        places = [(block.text, block.line, block.page)] if isinstance(block, Paragraph) else []
        if isinstance(block, Table):
            places = [(c, r.line, r.page) for r in block.rows for c in r.cells if "NRR" in c.upper()]
        for text, line, page in places:
            if not re.search(r"\bIKM\b|kepuasan\s+masyarakat", text, re.I):
                continue
            m = _IKM_DIVIDED.search(text)
            if m:
                where = Provenance(PROSE_TABLE if isinstance(block, Paragraph) else block.name, line, page,
                                   text[:500], "prose")  # fmt: skip
                found.append(Statement(year, "ikm_formula", "Rumus IKM", 25.0, m.group(0), "dibagi", where))
    return found

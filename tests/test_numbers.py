"""Tests for ingest/numbers.py: every number format the LKjIP text exports use.

Each real case names the sample it was copied from as "<file stem prefix>:<line>"
(000 = 000_a49aed262e0b6318.txt, 001 = 001_96411fc34ab30848.txt,
002 = 002_7e58b56da18a00e0.txt, 004 = 004_1d7b7b35be8d125c.txt). The expected
values are what a person reading the document says the figure is, decided from
the text around it (e.g. a pagu next to its realisasi and serapan %), never
copied from the program's output.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.numbers import Reading, column_decimal_separator, parse_numeral, read_number

ANY = object()  # "not asserted": the document does not decide it


def _close(actual: float | None, expected: float) -> bool:
    return actual is not None and math.isclose(actual, expected, rel_tol=1e-6, abs_tol=1e-9)


# (id, raw cell text, value, unit, label, uncertain)
REAL_CASES = [
    # dots for thousands
    ("000:406 Total anggaran", "34.670.350.601", 34670350601, None, None, False),
    ("000:403 anggaran program", "19.072.108.959", 19072108959, None, None, False),
    ("002:1835 Rp 2019 column", "122.690.000", 122690000, None, None, False),
    ("004:471 anggaran", "2.637.727.846", 2637727846, None, None, False),
    # dots for thousands and a comma decimal
    ("000:1041 TOTAL anggaran", "34.670.350.601,00", 34670350601, None, None, False),
    ("000:852 anggaran", "13.875.741.254,00", 13875741254, None, None, False),
    # comma decimal
    ("000:473 nilai IKM in bold", "**88,14**", 88.14, None, None, False),
    ("001:568 realisasi AKIP", "73,47", 73.47, None, None, False),
    ("001:569 target IKPP", "7,7", 7.7, None, None, False),
    ("001:570 capaian rata-rata", "103,87", 103.87, None, None, False),
    ("002:791 nilai aspek", "0,675", 0.675, None, None, False),
    ("002:787 nilai aspek", "1,0671", 1.0671, None, None, False),
    ("002:1354 tingkat efisiensi in <b>", "<b>1,04</b>", 1.04, None, None, False),
    # English format in the same documents
    ("002:1267 realisasi anggaran", "<b>2,039,091,915.00</b>", 2039091915, None, None, False),
    ("002:1267 pagu", "<b>2,173,310,423.00</b>", 2173310423, None, None, False),
    ("002:1510 anggaran", "4,754,000.00", 4754000, None, None, False),
    ("002:1834 Rp 2019 column", "538,666,977", 538666977, None, None, False),
    # both marks mixed: next to pagu 1,818,731,123.00 and serapan 92,89% it is 1.689.395.603
    ("002:1586 realisasi mixed marks", "1,689.395.603.00", 1689395603, None, None, ANY),
    # pagu of the same programme (002:1586 writes it 1,818,731,123.00)
    ("002:1896 pagu mixed marks", "1.818,731,123", 1818731123, None, None, ANY),
    # dot decimal
    ("004:446 % capaian", "89.9", 89.9, None, None, False),
    ("004:492 realisasi", "42.62", 42.62, None, None, False),
    # a space after the comma
    ("000:614 realisasi IKM 2022", "Baik (83, 14)", 83.14, None, "Baik", False),
    ("000:636 realisasi IKM", "Baik (88, 14)", 88.14, None, "Baik", False),
    # rupiah
    ("000:49 anggaran in prose", "Rp. 34.670.350.601,00", 34670350601, ANY, None, False),
    ("000:688 anggaran in prose", "Rp 34.670.350.601,00", 34670350601, ANY, None, False),
    ("002:1533 anggaran in prose", "Rp. 2.173.310.423", 2173310423, ANY, None, False),
    ("002:1535 sisa anggaran in prose", "Rp. 129.335.520", 129335520, ANY, None, False),
    ("domain.md", "Rp. 1.949.000,00", 1949000, ANY, None, False),
    ("domain.md", "Rp3.116.155.160", 3116155160, ANY, None, False),
    # ",-" closes a rupiah amount with no cents
    ("004:549 APBD in prose", "Rp. 2.896.407.246,-", 2896407246, ANY, None, False),
    ("004:549 realisasi in prose", "Rp. 2.519.973.338,-", 2519973338, ANY, None, False),
    # percentages
    ("000:1092 target", "100 %", 100, "%", None, False),
    ("000:430 capaian", "100,16%", 100.16, "%", None, False),
    ("000:615 realisasi 2022", "99,11%", 99.11, "%", None, False),
    ("002:1030 capaian 2022", "103,68 %", 103.68, "%", None, False),
    ("001:904 rata-rata ketersediaan SDM", "37,78 %", 37.78, "%", None, False),
    ("002:1354 penyerapan in <b>", "<b>96.38%</b>", 96.38, "%", None, False),
    ("002:1510 serapan in <b>", "<b>99.73%</b>", 99.73, "%", None, False),
    ("000:1091 target", "100 Persen", 100, "%", None, False),
    # a category written with its number
    ("000:430 realisasi IKM", "Baik (88,14)", 88.14, None, "Baik", False),
    ("000:430 target IKM", "Baik (88)", 88, None, "Baik", False),
    ("000:437 realisasi SAKIP", "A (85,04)", 85.04, None, "A", False),
    ("000:437 target SAKIP", "A (87,89)", 87.89, None, "A", False),
    ("001:568 target AKIP", "BB (72)", 72, None, "BB", False),
    ("000:664 peer SAKIP", "BB (79,05)", 79.05, None, "BB", False),
    ("000:661 peer IKM", "Sangat Baik (91)", 91, None, "Sangat Baik", False),
    ("000:661 peer IKM", "Sangat Baik (90,26)", 90.26, None, "Sangat Baik", False),
    # a unit after the number
    ("000:1088 target IKM", "88.00 Indeks", 88.0, "Indeks", None, False),
    ("002:1510 target", "12 Laporan", 12, "Laporan", None, False),
    ("002:993 target", "3 dok", 3, "dok", None, False),
    ("002:1008 target", "11 bulan", 11, "bulan", None, False),
    ("001:596 target", "3 dokumen", 3, "dokumen", None, False),
    # an amount the original PDF broke over two lines of a narrow cell
    ("002:2034 pagu", "2,204,963,49 2", 2204963492, None, None, False),
    ("002:2034 realisasi", "2,204,963, 492", 2204963492, None, None, False),
]


@pytest.mark.parametrize(
    ("raw", "value", "unit", "label", "uncertain"),
    [pytest.param(*case[1:], id=case[0]) for case in REAL_CASES],
)
def test_real_cells(raw, value, unit, label, uncertain):
    r = read_number(raw)
    assert isinstance(r, Reading)
    assert r.raw == raw
    assert _close(r.value, value), f"{raw!r}: expected {value}, got {r.value}"
    if unit is not ANY:
        assert r.unit == unit
    if label is not ANY:
        assert r.label == label
    if uncertain is not ANY:
        assert r.uncertain is uncertain
    assert not r.missing


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("N/A", id="001:668 realisasi 2023"),
        pytest.param("-", id="001:702 realisasi nasional"),
        pytest.param("", id="000:406 empty cell of the Total row"),
        pytest.param("<b></b>", id="empty bold cell"),
    ],
)
def test_missing_cells(raw):
    r = read_number(raw)
    assert r.value is None
    assert r.missing
    assert not r.uncertain
    assert r.raw == raw


def test_none_is_missing():
    r = read_number(None)
    assert r.value is None and r.missing


def test_category_alone_is_a_label_not_a_number():
    # 004:268 target of "Nilai SAKIP" written only as a predicate
    r = read_number("BB")
    assert r.value is None
    assert r.label == "BB"
    assert not r.missing


@pytest.mark.parametrize(
    "raw",
    [
        # 002:2331, the individual performance table's follow-up column: its header prints
        # "% REALISASI" a column right of the figures, so a reader may put it over this text
        pytest.param(
            "<p>Telah dilakukan rapat internal dan koordinasi dengan seluruh stakeholder untuk perbaikan"
            " dokumen AKIP Rencana Tindak Lanjut : Berkoordinasi dengan Tim AKIP Kabupaten untuk"
            " pendampingan dan segera dilakukan tindak lanjut atas laporan hasil evaluasi AKIP tahun 2022",
            id="002:2331 sentence with years",
        ),
        pytest.param(
            "-Telah dilakukan koordinasi, menyela, dan supervisi desa -13 Desa telah melaporkan",
            id="bulleted sentence with a count",
        ),
    ],
)
def test_a_sentence_is_words_not_a_doubtful_figure(raw):
    r = read_number(raw)
    assert r.value is None
    assert not r.uncertain
    assert r.note == "bukan angka"


@pytest.mark.parametrize("raw", ["Nilai B (70,17) predikat baik", "sebanyak 12 dokumen", "Tw IV: 12 dari 13 desa"])
def test_a_short_text_with_a_figure_stays_doubtful(raw):
    assert read_number(raw).uncertain


def test_missing_dot_is_flagged_uncertain():
    # 001:843 realisasi written "2.443.087729" next to pagu "2.443.087.729": a dot is missing
    r = read_number("2.443.087729")
    assert r.uncertain
    assert r.note
    assert r.raw == "2.443.087729"
    assert r.value is None or _close(r.value, 2443087729)
    assert not r.missing


def test_parse_numeral_plain_and_negative():
    assert parse_numeral("1.234.567")[0] == 1234567
    value, uncertain, _ = parse_numeral("-12,5")
    assert _close(value, -12.5) and not uncertain
    value, uncertain, note = parse_numeral("abc")
    assert value is None and uncertain and note


# --- one separator followed by three digits: two readings -------------------

AMBIGUOUS = [
    # 002:1010 "Jumlah pemenuhan barang penggandaan": 10.257 sheets
    ("10.257", 10257, 10.257),
    # 000:477 IKM interval "2,60 – 3,064": 3,064 on the 1-4 scale
    ("3,064", 3.064, 3064),
    # 002:787 jumlah nilai indikator IPP
    ("3,557", 3.557, 3557),
    # 000:1023 anggaran kelurahan
    ("953.400", 953400, 953.4),
    # 002:1971 anggaran PHBN/PHBA, English-format column
    ("900,000", 900.0, 900000),
]


@pytest.mark.parametrize(("raw", "_comma", "_dot"), AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS])
def test_ambiguous_without_hint_is_uncertain(raw, _comma, _dot):
    r = read_number(raw)
    assert r.uncertain
    assert r.note


@pytest.mark.parametrize(("raw", "comma", "dot"), AMBIGUOUS, ids=[a[0] for a in AMBIGUOUS])
def test_ambiguous_resolved_by_column_hint(raw, comma, dot):
    with_comma = read_number(raw, decimal_sep=",")
    with_dot = read_number(raw, decimal_sep=".")
    assert not with_comma.uncertain and not with_dot.uncertain
    assert _close(with_comma.value, comma)
    assert _close(with_dot.value, dot)


def test_hint_applies_with_a_unit():
    # 002:601 "10.257 lembar" in a column of Indonesian-format figures
    r = read_number("10.257 lembar", decimal_sep=",")
    assert _close(r.value, 10257) and r.unit == "lembar" and not r.uncertain


def test_hint_does_not_override_an_unambiguous_cell():
    assert _close(read_number("34.670.350.601", decimal_sep=",").value, 34670350601)
    assert _close(read_number("88,14", decimal_sep=",").value, 88.14)
    assert _close(read_number("2,039,091,915.00", decimal_sep=".").value, 2039091915)


# --- a column's unambiguous cells decide its decimal mark --------------------


def test_column_comma_decimal_ipp_scores():
    # 002:787-793 "JUMLAH NILAI INDIKATOR" of the IPP table; the total row is the sum
    column = ["3,557", "3,50", "3,33", "2,75", "4,50", "3,00", "<b>20,637</b>"]
    sep = column_decimal_separator(column)
    assert sep == ","
    values = [read_number(c, sep).value for c in column]
    assert all(v is not None for v in values)
    assert _close(values[0], 3.557)
    assert _close(values[-1], 20.637)
    assert _close(sum(values[:-1]), values[-1])


def test_column_dot_thousands_anggaran():
    # 000:852-864, 984, 1023 ANGGARAN (Rp) column of the rencana aksi table
    column = ["13.875.741.254,00", "79.239.300,00", "6.905.200", "1.426.000", "60.672.300", "824.100", "953.400"]
    sep = column_decimal_separator(column)
    assert sep == ","
    assert _close(read_number("824.100", sep).value, 824100)
    assert _close(read_number("953.400", sep).value, 953400)


def test_column_english_format():
    # 002:1971-1984 a Rp. column of Tabel 6.1: 900,000 rupiah next to 7,069,750
    column = ["900,000", "900,000", "700,000", "200,000", "7,069,750", "7,069,750"]
    sep = column_decimal_separator(column)
    assert sep == "."
    assert _close(read_number("900,000", sep).value, 900000)
    # 002:1267, 1510, 1586 English-format amounts with cents
    assert column_decimal_separator(["<b>2,173,310,423.00</b>", "4,754,000.00", "1,818,731,123.00"]) == "."


def test_column_percentages_with_comma():
    # 000:615 realisasi column
    assert column_decimal_separator(["99,11%", "98,63%", "100%"]) == ","


def test_column_disagreeing_cells_give_none():
    # 004:487-493 realisasi of Tabel 3.9 switches from "69,18" to "42.62"
    assert column_decimal_separator(["89,88", "99,99", "99,92", "69,18", "42.62", "97.36"]) is None
    # 002:1834-1835 Rp 2019 column: "538,666,977" above "122.690.000"
    assert column_decimal_separator(["538,666,977", "122.690.000"]) is None


@pytest.mark.parametrize(
    "column",
    [
        pytest.param([], id="empty"),
        pytest.param(["N/A", "-", ""], id="002:999 nothing numeric"),
        pytest.param(["100", "83", "72"], id="004:383 integers only"),
        pytest.param(["10.257", "953.400"], id="only ambiguous cells"),
        pytest.param(["Sangat tinggi", "Menunjang"], id="words"),
    ],
)
def test_column_without_evidence_gives_none(column):
    assert column_decimal_separator(column) is None


# --- round trips: format an amount, read it back -----------------------------


def _group(n: int, sep: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join(groups)


def _check(text: str, expected: float, decimal_sep: str | None = None) -> Reading:
    r = read_number(text, decimal_sep)
    assert r.value is not None, text
    assert math.isclose(r.value, expected, rel_tol=1e-6, abs_tol=1e-9), (text, r.value, expected)
    assert not r.uncertain, (text, r.note)
    return r


AMOUNTS = st.integers(min_value=0, max_value=10**13)
CENTS = st.integers(min_value=0, max_value=10**13 * 100 + 99)
RP = st.sampled_from(["", "Rp", "Rp.", "Rp ", "Rp. ", "rp. "])


@given(AMOUNTS)
def test_roundtrip_indonesian_integer(n):
    text = _group(n, ".")
    # exactly one dot ("1.234") could be a decimal: the column hint decides it
    hint = "," if text.count(".") == 1 else None
    _check(text, n, hint)


@given(AMOUNTS)
def test_roundtrip_english_integer(n):
    text = _group(n, ",")
    hint = "." if text.count(",") == 1 else None
    _check(text, n, hint)


@given(AMOUNTS)
def test_roundtrip_integer_unambiguous_without_hint(n):
    # no mark at all, or two or more thousands marks
    if 1000 <= n < 1_000_000:
        n *= 1000
    _check(_group(n, "."), n)
    _check(_group(n, ","), n)


@given(CENTS)
def test_roundtrip_indonesian_two_decimals(cents):
    text = f"{_group(cents // 100, '.')},{cents % 100:02d}"
    _check(text, cents / 100)


@given(CENTS)
def test_roundtrip_english_two_decimals(cents):
    text = f"{_group(cents // 100, ',')}.{cents % 100:02d}"
    _check(text, cents / 100)


@given(RP, CENTS, st.booleans())
def test_roundtrip_rupiah(prefix, cents, with_decimals):
    whole = _group(cents // 100, ".")
    if with_decimals:
        _check(f"{prefix}{whole},{cents % 100:02d}", cents / 100)
    else:
        hint = "," if whole.count(".") == 1 else None
        _check(f"{prefix}{whole}", cents // 100, hint)


@given(RP, CENTS)
def test_roundtrip_rupiah_english(prefix, cents):
    _check(f"{prefix}{_group(cents // 100, ',')}.{cents % 100:02d}", cents / 100)


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99), st.sampled_from(["%", " %"]))
def test_roundtrip_percent_comma(x, yy, suffix):
    r = _check(f"{x},{yy:02d}{suffix}", x + yy / 100)
    assert r.unit == "%"


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99))
def test_roundtrip_percent_dot(x, yy):
    r = _check(f"{x}.{yy:02d}%", x + yy / 100)
    assert r.unit == "%"


@given(
    st.sampled_from(["A", "AA", "BB", "B", "Baik", "Sangat Baik", "Kurang Baik"]),
    st.integers(min_value=25, max_value=100),
    st.integers(min_value=0, max_value=99),
    st.sampled_from([",", ", "]),
)
def test_roundtrip_category_with_score(label, x, yy, comma):
    r = _check(f"{label} ({x}{comma}{yy:02d})", x + yy / 100)
    assert r.label == label

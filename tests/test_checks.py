"""Consistency checks on the samples: every inconsistency found by reading the
documents with a calculator is among the findings; figures that agree are not."""

from __future__ import annotations

import pytest

from checks.findings import recompute_capaian
from checks.precision import agrees, printed_decimals, same_at_precision
from checks.rules import band_for, band_named, is_negative, severity
from checks.run import run_checks
from ingest.pipeline import ingest_file
from ingest.store import connect
from tests.conftest import SAMPLES

S000, S001, S002, S004 = (f.name for f in sorted(SAMPLES.glob("*.txt")))

# (sample, check, line, reported, recomputed-or-other value). Each was verified by hand:
# the arithmetic is in the comment.
TRUE_FINDINGS = [
    # Tabel 3.4 tingkat kemajuan: 88,14 / 90 = 97,93 (printed 97,77); 85,04 / 89,88 = 94,62 (printed 97,78)
    (S000, "capaian_mismatch", 636, 97.77, 97.9333),
    (S000, "capaian_mismatch", 645, 97.78, 94.6150),
    (S000, "capaian_mismatch", 646, 97.78, 94.6150),
    # 89,50 / 84 = 106,55, printed as 100%: capped, not an error
    (S000, "capaian_capped", 647, 100.0, 106.5476),
    # Total serapan 34.216.887.120 / 34.670.350.601 = 98,69% (printed 96,91%, the plain mean of the programs'
    # 91,95%, 99,58%, 98,30% and 97,81%)
    (S000, "weighted_absorption", 406, 96.91, 98.6921),
    # IKM 89,50 is band A (88,31-100) but written "Baik"/"B"; peer targets 89 and 89,10 written "Baik"
    (S000, "label_mismatch", 647, 89.5, None),
    (S000, "label_mismatch", 704, 89.5, None),
    (S000, "label_mismatch", 661, 89.0, None),
    (S000, "label_mismatch", 661, 89.1, None),
    # SAKIP 80 is BB (>70-80) and 80,05 is A (>80-90), both written "B"
    (S000, "label_mismatch", 664, 80.0, None),
    (S000, "label_mismatch", 664, 80.05, None),
    # AKIP 73,37 / 72 = 101,90 (printed 102,04, which is 73,47 / 72); 73,37 vs 73,47 in Tabel 3.1.1.1
    (S001, "capaian_mismatch", 840, 102.04, 101.9028),
    (S001, "conflicting_values", 840, 73.37, 73.47),
    # Tabel 3.2.2.1 defines tingkat efisiensi as capaian - serapan ("102,04  97  5,04", "105,71  100  5,71"),
    # but its total row prints "103,88  98,50  10,75": 103,88 - 98,50 = 5,38 (10,75 is the rows' sum)
    (S001, "efficiency_mismatch", 895, 10.75, 5.38),
    # Alokasi equals realisasi (2.423.318.229) yet serapan printed 97; the total's 98,50 for equal sums
    (S001, "serapan_mismatch", 840, 97.0, 100.0),
    (S001, "weighted_absorption", 843, 98.5, 100.0),  # 98,50 = (97 + 100) / 2, the plain mean
    (S001, "serapan_mismatch", 861, 97.0, 100.0),
    # Tabel 3.2.1.2 programs' alokasi add up to 2.575.244.329, the total row says 2.639.389.252
    (S001, "total_mismatch", 862, 2639389252, 2575244329),
    # Tabel 4.1: the 7 kegiatan of Program Penunjang realise 2.377.591.081, the program row says 2.423.318.229;
    # Administrasi Umum's 6 sub kegiatan realise 125.520.224, the kegiatan row says 79.793.076
    (S001, "total_mismatch", 761, 2423318229, 2377591081),
    (S001, "total_mismatch", 773, 79793076, 125520224),
    # PATEN realisasi 80,55 in Tabel 3.2.1.2 but 84 in Tabel 4.1
    (S001, "conflicting_values", 855, 80.55, 84.0),
    # Tabel 3.15 carries 2021's IKM/IPP (92,67/92,54; 3,27/3,23) in the 2022 rows
    (S002, "conflicting_values", 1622, 92.54, 94.22),
    (S002, "conflicting_values", 1623, 3.23, 3.49),
    # Tabel 3.10 vs Tabel 3.8: 6.505.500 vs 6.505.600, 15.120.000 vs 15.150.000; and Tabel 3.8's pagu 38.100.500
    # (line 473) where Tabel 2.6 (line 320, a plan giving every other program the realised pagu) and Tabel 3.10
    # give 38.100.000
    (S004, "conflicting_values", 513, 6505500, 6505600),
    (S004, "conflicting_values", 473, 38100500, 38100000),
    (S004, "conflicting_values", 516, 15120000, 15150000),
    # The closing chapter's realisasi 2.519.973.338 vs Tabel 3.8's programs, which add up to 2.519.973.938
    (S004, "conflicting_values", 549, 2519973338, 2519973938),
    # 6.505.600 / 6.505.600 = 100% (printed 99,99%); 15.120.000 / 21.900.000 = 69,04% (printed 69,18%)
    (S004, "serapan_mismatch", 472, 99.99, 100.0),
    (S004, "serapan_mismatch", 516, 69.18, 69.0411),
    # Whole numbers the figures do not give (noted, severity info): Tabel 3.2.1.2 line 856
    # "11.960.950  11.945.750  100" = 99,87; line 857 "10.226.800  10.210.000  100" = 99,84; line 862
    # "2.639.389.252  2.575.209.979  98" = 97,57; Tabel 3.4 line 683 "73,47 ... 74  99" = 99,28
    (S001, "rounding", 856, 100.0, 99.8729),
    (S001, "rounding", 857, 100.0, 99.8357),
    (S001, "rounding", 862, 98.0, 97.5684),
    (S001, "rounding", 683, 99.0, 99.2838),
    # Sentences: 000 line 688 "anggaran 2024 sebesar Rp 34.670.350.601,00 dengan presentase serapan anggaran ...
    # sebesar 96,91% yaitu sebesar 34.216.887.120,00" (= 98,69%); 001 line 819 "anggaran sebesar Rp. 2.639.389.252
    # dengan realisasi anggaran mencapai Rp. 2.575.209.979 atau serapan dana APBD mencapai 98%" (= 97,57%)
    (S000, "serapan_mismatch", 688, 96.91, 98.6921),
    (S001, "rounding", 819, 98.0, 97.5684),
    # Tabel 3.4 line 636: target akhir renstra "Baik (90)", and 90 is band A (88,31-100)
    (S000, "label_mismatch", 636, 90.0, None),
    # LHE components stated in sentences against the scale each document prints (001 lines 533-539, 002 lines
    # 663-669: "BB > 70 s/d 80", "A > 80 s/d 90", "CC > 50 s/d 60", "C > 40 s/d 50"): 001 line 255 "capaian
    # 77,8% (B)", line 261 "85,53% (BB)", line 265 "74,6% (B)", line 269 "53,12% (B)"; 002 "80,89% (BB)",
    # "63,10% (CC)", "47,74% (D)", "79,25% (B)"
    (S001, "lhe_grade_mismatch", 255, 77.8, None),
    (S001, "lhe_grade_mismatch", 261, 85.53, None),
    (S001, "lhe_grade_mismatch", 265, 74.6, None),
    (S001, "lhe_grade_mismatch", 269, 53.12, None),
    (S002, "lhe_grade_mismatch", 296, 80.89, None),
    (S002, "lhe_grade_mismatch", 296, 63.1, None),
    (S002, "lhe_grade_mismatch", 301, 47.74, None),
    (S002, "lhe_grade_mismatch", 312, 79.25, None),
    # Averages: 001 Tabel 3.2.2.2 line 904 "37,78 %" and "62,21 %" over rows "21,05%  78,94" and "50%  50":
    # (21,05 + 50) / 2 = 35,525 and (78,94 + 50) / 2 = 64,47
    (S001, "average_mismatch", 904, 37.78, 35.525),
    (S001, "average_mismatch", 904, 62.21, 64.47),
    # 000 line 757 "rata – rata capaian kinerja Kecamatan Sananwetan sebesar 100,16%" while Tabel 3.1's eight
    # capaian (100,16; 100 x 6; 96,76) average 99,615
    (S000, "average_mismatch", 757, 100.16, 99.615),
    # Sentences against Tabel 3.8: line 46 (Ikhtisar, the paragraph from line 38) "7. Meningkatnya kinerja
    # perangkat daerah, ... Realisasi Anggaran sebesar 97,98%" where Tabel 3.8 line 718 "Sasaran 3 : Meningkatnya
    # kinerja perangkat daerah ... 96,76% 97,81% 0,99"; the Kesimpulan (paragraph from line 759) "Sasaran III :
    # Meningkatnya kualitas pembangunan wilayah ... 96,76 % dengan penyerapan anggaran 97,81 %" where line 716
    # gives that sasaran 100% and 98,94%
    (S000, "prose_vs_table", 46, 97.98, 97.81),
    (S000, "prose_vs_table", 759, 97.81, 98.94),
    (S000, "prose_vs_table", 759, 96.76, 100.0),
    # Tabel 3.7 "% Anggaran": "99,19" + "0,9" = 100,09 for lines that add up to the TOTAL 2.443.087.729 (line 827
    # "100"); 19.769.500 / 2.443.087.729 = 0,809%, printed 0,9
    (S001, "shares_sum", 827, 100.09, 100.0),
    (S001, "shares_sum", 826, 0.9, 0.8092),
    # Under Tabel 3.4 (line 394 "83  87  95,4"): line 398 "mencapai tingkat kemajuan 83%"
    (S004, "prose_vs_table", 398, 83.0, 95.4),
    # Tabel 3.10 (efficiency) gives "Program penunjang ..." 96.38%, "Administrasi Keuangan ..." 96.02% and
    # "Penyediaan Gaji dan Tunjangan ASN" 95.90%; Tabel 3.9 gives them 2.002.041.515 / 2.134.044.723 = 93,81%,
    # 1.748.055.603 / 1.877.391.123 = 93,11% and 1.689.395.603 / 1.818.731.123 = 92,89%
    (S002, "serapan_conflict", 1354, 96.38, 93.81),
    (S002, "serapan_conflict", 1358, 96.02, 93.11),
    (S002, "serapan_conflict", 1360, 95.9, 92.89),
    # 001 (a 2024 report): line 591 "Capaian Pengukuran Kinerja Tahun 2023" (Tabel 3.1.1.3, header at line 593) and
    # line 455 "Tabel 2.5 ... Pengukuran Kinerja Kegiatan Tahun 2023" (header at 457)
    (S001, "another_year", 593, 2023.0, 2024.0),
    (S001, "another_year", 457, 2023.0, 2024.0),
    # Under Tabel 3.3: line 625 "Pada tahun 2022, seluruh target indikator dapat dicapai", while line 614 gives IKM
    # 2022 "Baik (84)" against "Baik (83,14)"
    (S000, "prose_vs_table", 625, 0.0, 1.0),
    # The Ikhtisar paragraph from line 38 (its item at line 44): "Persentase RT Berdaya, target 100 % dan
    # terealisasi 100 %. Realisasi melebihi target"
    (S000, "prose_vs_table", 38, 100.0, 100.0),
    # The Renstra end target for 2026: Tabel 3.4 line 394 "Target Akhir 2026 ... 87", Tabel 2.2 line 236 "87,55"
    # (87 drops ,55: not the same figure rounded). The adjustment said at line 258 is of the year's target only.
    (S004, "conflicting_values", 394, 87.0, 87.55),
    # Issue 16's recall rules. 001 Tabel 4.1 line 765 "Kegiatan: Administrasi Keuangan ... 2.010.907.346  83,67"
    # over its sub kegiatan (lines 767-769) "1.932.654.346  98", "75.678.000  100", "2.575.000  100", whose
    # realisasi add up to 2.010.907.346: their combined serapan lies between 97 and 101, not at 83,67
    (S001, "serapan_mismatch", 765, 83.67, None),
    # 000 Tabel 3.8 line 716 "Sasaran 2 : Meningkatnya kualitas pembangunan wilayah ... 98,94%" and the Ikhtisar
    # (paragraph from line 38, item 4 "Realisasi Anggaran sebesar 98,94%"): Tabel 3.6 line 680 gives the sasaran
    # 20.165.672.559 = 19.072.108.959 + 1.093.563.600 (Tabel 3.7 lines 699 and 701, serapan 99,58% and 98,30%);
    # (99,58 + 98,30) / 2 = 98,94 while (18.991.204.472 + 1.075.012.350) / 20.165.672.559 = 99,51%
    (S000, "weighted_absorption", 716, 98.94, 99.5068),
    (S000, "weighted_absorption", 38, 98.94, 99.5068),
    # 001 Tabel 3.2.2.3 (header line 909) "HASIL REKON 2022 | PENGADAAN PERIODE JAN-JUNI 2023 | P-RKBMD 2023" in
    # the 2024 report, its caption naming no year
    (S001, "another_year", 909, 2023.0, 2024.0),
    # 004 the Penutup's bullets (paragraph from line 538), line 539 "Sasaran program Penunjang Urusan ... rata-rata
    # capaian kinerja sebesar 88,9%" where Tabel 3.10 line 512 "Program penunjang urusan ... 89,88"
    (S004, "prose_vs_table", 538, 88.9, 89.88),
    # 002 Tabel 3.3 line 814 "Tidak mencapai target  -" while Tabel 3.1 line 700 gives the sasaran's only
    # indicator, Nilai evaluasi AKIP, 70,17 of 71
    (S002, "prose_vs_table", 814, 0.0, 1.0),
    # 002 Tabel 6.1 (the Renstra matrix) line 1984 gives Program Koordinasi Ketenteraman 7,069,750 for 2022, where
    # the PK (line 529), Tabel 3.9 (line 1244) and the others give 4.766.700; Tabel 6.1's other 2022 programs carry
    # the realised pagu (4.733.000, 900.000, 10.510.000, 18.356.000, 2.134.044.723)
    (S002, "conflicting_values", 1984, 7069750, 4766700),
    # 004 line 398 "tingkat kemajuan 83% (kategori “Sangat Baik”)": Tabel 3.1 (line 348) puts 76-90 in "Tinggi"
    # and has no "Sangat Baik"; that name is 88,31-100 on the IKM scale and >70-80 on the SAKIP one
    (S004, "category_mismatch", 398, 83, None),
    # 001 line 1006 "periodisasi Renstra yang berakhir pada Tahun 2024" where the Renstra is 2024-2026 (line 408
    # and four more places, one in the same sentence) and no period the document prints ends in 2024
    (S001, "renstra_period", 1006, 2024, 2026),
    # 001 line 708 "Realisasi Nilai Evaluasi AKIP telah tercapai 73,47 melebihi target nasional" where Tabel 3.1.4
    # (line 701) gives the national figure as "N/A"
    (S001, "prose_vs_table", 708, 73.47, None),
    # 001 line 946 (and 1010) "komponen Pelaporan Kinerja dengan capaian nilai terendah": line 265 gives Pelaporan
    # 74,6% and line 269 Evaluasi Akuntabilitas Kinerja Instansi 53,12% (Pelaporan's 11,19 is the lowest score)
    (S001, "prose_vs_table", 946, 74.6, 53.12),
    (S001, "prose_vs_table", 1010, 74.6, 53.12),
]

# (sample, check, line, why) that used to be flagged and are not errors.
NOT_ERRORS = [
    # Tabel 3.4 line 647 / Tabel 3.7 line 704: "Indeks Kepuasan Masyarakat" of "PROGRAM PENUNJANG URUSAN
    # PEMERINTAHAN DAERAH KABUPATEN / KOTA" (target Baik (84)), another indicator than the kecamatan's IKM
    # of Tabel 3.1 line 430 ("Baik (88)  Baik (88,14)")
    (S000, "conflicting_values", 647, "program-level IKM"),
    (S000, "conflicting_values", 704, "program-level IKM"),
    # Tabel 3.2.2.1 rows "102,04  97  5,04" and "105,71  100  5,71": capaian - serapan, the table's own definition
    (S001, "efficiency_mismatch", 893, "the document's definition"),
    (S001, "efficiency_mismatch", 894, "the document's definition"),
    # Tabel 3.2.1.1 total 2.443.087.729 covers the two sasaran, whose alokasi 2.423.318.229 and 19.769.500 are
    # two of the six programs of Tabel 3.2.1.2; the sentence at line 819 gives the office's 2.639.389.252
    (S001, "conflicting_values", 843, "a table of some programs"),
    # Tabel 3.10 line 1382 "100%  93.43%  1,02" with the line below "Jumlah Kendaraan ... dibayarkan pajaknya
    # 90%": (100 + 90) / 2 / 93,43 = 1,0168, the mean of the line's two indicators
    (S002, "efficiency_mismatch", 1382, "mean capaian of two indicators"),
    # Tabel 6.1 line 1924 "4  200,000  4  1,338,000 ... 4  1,538,000" and line 1971 "100  26,725,000  100
    # 900,000": rupiah with comma thousands (200.000 + 1.338.000 = 1.538.000), not 200 and 900
    (S002, "unreadable", 1924, "comma thousands"),
    (S002, "unreadable", 1971, "comma thousands"),
    (S002, "unreadable", 1973, "comma thousands"),
    (S002, "unreadable", 1975, "comma thousands"),
    # Read with confidence after all, the table's sums confirming the reading: 001 Tabel 3.2.1.1 line 843
    # "2.443.087729" (a thousands dot missing) = 2.423.318.229 + 19.769.500 (lines 840, 842); 002 Tabel 6.1 2022
    # line 1894 "1.877,391,123" = 1896 "1.818,731,123" + 1903 "58,200,000" + 1904 "460,000"
    (S001, "unreadable", 843, "confirmed by the row sums"),
    (S002, "unreadable", 1894, "confirmed by the row sums"),
    (S002, "unreadable", 1896, "confirmed by the row sums"),
    # Tabel 2.2 line 236 (Renstra, 2023 target 87,15) vs Tabel 3.2 line 366 (target 83): line 258 says
    # "RKT 2023 yang sebelumnya ditetapkan berdasarkan Renstra ... dilakukan reviu/penyesuaian"
    (S004, "conflicting_values", 236, "target adjusted from the Renstra"),
]

# (sample, check, lines) where the document's figures agree and nothing may be flagged.
AGREEING = [
    (S000, "capaian_mismatch", range(430, 438)),  # Tabel 3.1, e.g. 88,14 / 88 = 100,16
    (S000, "serapan_mismatch", range(402, 406)),  # Tabel 2.5 programs, e.g. 578.305.156 / 628.936.788 = 91,95
    (S000, "efficiency_mismatch", range(714, 719)),  # Tabel 3.8, e.g. 100,16 / 99,28 = 1,01
    (S000, "total_mismatch", [406]),  # the four programs add up to 34.670.350.601 / 34.216.887.120
    (S002, "capaian_mismatch", range(700, 706)),  # Tabel 3.1, e.g. 70,17 / 71 = 98,83
    (S002, "total_mismatch", [1267]),  # Tabel 3.9's programs add up exactly
    (S002, "serapan_mismatch", [1267]),  # 2.039.091.915 / 2.173.310.423 = 93,82
    (S002, "serapan_mismatch", [1533]),  # the sentence: "Rp. 2.039.091.915 atau serapan dana APBD mencapai 93,82%"
    (S000, "serapan_mismatch", [49, 769]),  # "98,69%" for Rp 34.216.887.120 of Rp 34.670.350.601
    (S001, "average_mismatch", [570, 685, 843, 862]),  # e.g. line 570 "103,87" = (102,04 + 105,71) / 2 truncated
    (S002, "average_mismatch", [706, 902, 915, 1075, 1093, 1562, 1716, 1722]),  # e.g. 1722 "100,84%" = Tabel 3.1
    (S004, "average_mismatch", [368, 374]),  # Tabel 3.2 holds one IKU, capaian 100: its average is 100
    # Tabel 3.13's shares add up to 100 exactly ("0,85" for 0,8446: a largest-remainder adjustment)
    (S002, "shares_sum", range(1540, 1548)),
    (S000, "shares_sum", range(677, 683)),  # Tabel 3.6: tujuan and sasaran lines overlap, no total row
    # line 649 "tingkat kemajuan rata – rata sebesar 99,44%" under Tabel 3.4: the mean of its rows without the
    # repeated SAKIP row and the program's IKM; line 1081 "tingkat kemajuan 97,46%" = Tabel 3.7 line 1069
    (S000, "prose_vs_table", [649]),
    # line 625 "Pada tahun 2023, terdapat 2 (dua) indikator kinerja yang tidak tercapai" (SAKIP 85,13 of 86,88;
    # layanan tepat waktu 95,51 of 97) and line 627 "hanya terdapat 1 (satu) target ... tidak tercapai" for 2024
    (S000, "prose_vs_table", [627]),
    (S002, "prose_vs_table", [1081]),
    # Tabel 3.10 line 1387 "IKM Kecamatan Plandaan ... 100%" is not Tabel 3.14's "IPP Kecamatan Plandaan" 77,78%
    (S002, "serapan_conflict", [1387]),
    # 002 Tabel 3.5 "Perbandingan Realisasi Kinerja 1. Sebelum Perubahan Renstra PD tahun 2018-2023": a comparison
    (S002, "another_year", range(890, 910)),
    (S004, "capaian_mismatch", [366, 394]),  # 83 / 83 = 100; 83 / 87 = 95,4
    (S004, "serapan_mismatch", [471, 473, 474, 475, 476]),  # e.g. 2.370.822.038 / 2.637.727.846 = 89,88
    # the Penutup's other programs (paragraph from line 542): 99,9 / 69,18 / 42,6 / 97,36 are Tabel 3.10's
    # 99,92 / 69,18 / 42,62 / 97,36 at the precision printed
    (S004, "prose_vs_table", [542]),
    # 001 Tabel 3.1.1.2 line 586 "Tidak mencapai target  -": Tabel 3.1.1.1's two sasaran are above target
    (S001, "prose_vs_table", [586]),
    # 001 Tabel 4.1's other kegiatan: e.g. line 773 "95" over 90, 100, 96, 100, 92, 92 (the realisasi do not
    # add up there: total_mismatch), line 782 "96" over 92 and 100
    (S001, "serapan_mismatch", [762, 773, 780, 782, 786]),
    # 000 Tabel 3.8 line 714 "Tujuan I ... 99,28%" is the weighted serapan of its three programs
    (S000, "weighted_absorption", [714, 715, 717, 718]),
    # 000 line 759 IKM "88,14 ... Baik" (IKM B: 76,61-88,30; the document prints no scale of its own); 001
    # line 249 "73,47 ... BB", its own predicate scale's >70-80 (line 535)
    (S000, "category_mismatch", [759]),
    (S001, "category_mismatch", [249]),
    # 002 lines 1109: SAKIP 70,17 above the national 67,93 and IPP 3,49 below 3,88, as Tabel 3.8 (1103-1105)
    # says; 001 line 1020 (the paragraph from line 1014; the same words at 953): "IPP ... masih dibawah realisasi
    # Indeks Pelayanan Publik Nasional", an IPP that Tabel 3.1.4 (its IKPP and AKIP rows) does not give
    (S002, "prose_vs_table", [1109]),
    (S001, "prose_vs_table", [1014]),
]


def _findings(con, sample):
    return con.execute(
        """SELECT "check", line, reported, coalesce(recomputed, other_value), message, severity
           FROM findings f JOIN documents d USING (doc_id) WHERE d.file_name = ?""",
        [sample],
    ).fetchall()


def _close(a, b) -> bool:
    return b is None or (a is not None and abs(a - b) <= max(1e-3, 1e-9 * abs(b)))


@pytest.mark.parametrize(("sample", "check", "line", "reported", "other"), TRUE_FINDINGS)
def test_inconsistency_read_by_hand_is_found(con, sample, check, line, reported, other):
    found = [f for f in _findings(con, sample) if f[0] == check and f[1] == line]
    assert any(_close(f[2], reported) and _close(f[3], other) for f in found), found


@pytest.mark.parametrize(("sample", "check", "line", "why"), NOT_ERRORS)
def test_what_is_not_an_error_is_not_flagged(con, sample, check, line, why):
    assert [f for f in _findings(con, sample) if f[0] == check and f[1] == line] == [], why


def test_rounding_is_noted_at_the_lowest_severity(con):
    rows = [f for f in _findings(con, S001) if f[0] == "rounding"]
    assert rows and {f[5] for f in rows} == {"info"}
    assert all("Bukan kesalahan hitung" in f[4] for f in rows)


def test_an_efficiency_row_checked_with_the_documents_own_definition_says_so(con):
    [row] = [f for f in _findings(con, S001) if f[0] == "efficiency_mismatch" and f[1] == 895]
    assert "capaian kinerja dikurangi serapan anggaran" in row[4]


def test_one_error_repeated_in_two_tables_is_one_group(con):
    # Tabel 3.2.1.1 line 840 and Tabel 3.2.1.2 line 861 both print alokasi = realisasi = 2.423.318.229
    # with serapan 97: one error in two places
    keys = con.execute(
        """SELECT line, group_key FROM findings f JOIN documents d USING (doc_id)
           WHERE d.file_name = ? AND "check" = 'serapan_mismatch' AND line IN (840, 861)""",
        [S001],
    ).fetchall()
    assert len(keys) == 2 and keys[0][1] == keys[1][1]
    others = con.execute(
        """SELECT count(*) FROM findings WHERE group_key = ? AND line NOT IN (840, 861)""", [keys[0][1]]
    ).fetchone()[0]
    assert others == 0


@pytest.mark.parametrize(("sample", "check", "lines"), AGREEING)
def test_figures_that_agree_are_not_flagged(con, sample, check, lines):
    flagged = [f for f in _findings(con, sample) if f[0] == check and f[1] in set(lines)]
    assert flagged == []


def test_every_finding_names_both_values_and_the_place(con):
    rows = con.execute(
        """SELECT message, source_table, line, reported FROM findings WHERE "check" <> 'unreadable'"""
    ).fetchall()
    assert rows
    for message, source_table, line, reported in rows:
        assert source_table in message and f"baris {line}" in message
        assert reported is not None


def test_findings_carry_their_second_place(con):
    row = con.execute(
        """SELECT other_source_table, other_line, other_value, other_row_raw FROM findings
           WHERE "check" = 'conflicting_values' AND line = 840"""
    ).fetchone()
    assert row[:3] == ("Tabel 3.1.1.1", 568, 73.47)
    assert "73,47" in row[3]


def test_recomputed_columns_are_filled(con):
    capaian = con.execute(
        "SELECT capaian_recomputed FROM indicator_values WHERE line = 430 AND source_table = 'Tabel 3.1'"
    ).fetchone()[0]
    serapan = con.execute("SELECT serapan_recomputed FROM budget_lines WHERE line = 406").fetchone()[0]
    assert abs(capaian - 88.14 / 88 * 100) < 1e-9
    assert abs(serapan - 34216887120 / 34670350601 * 100) < 1e-9


def test_a_figure_differing_between_two_reports_is_found_and_checks_follow_the_ingest(fresh_db, tmp_path):
    # The 2024 report (Tabel 3.3, line 614) says IKM 2023 realisasi was 87,98; a 2023 report says 87,90.
    report_2023 = tmp_path / "lkjip-2023.txt"
    report_2023.write_text(
        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) Kecamatan Sananwetan Kota Blitar Tahun 2023\n\n"
        "Tabel 3.1\nPengukuran Kinerja Tahun 2023\n\n"
        "Sasaran\tIndikator Kinerja\tTarget\tRealisasi\t% Capaian\n"
        "Meningkatnya kualitas pelayanan publik\tIndeks Kepuasan Masyarakat (IKM) Kecamatan\t"
        "Baik (86)\tBaik (87,90)\t102,21%\n",
        encoding="utf-8",
    )
    with connect(str(fresh_db)) as con:
        first = ingest_file(con, SAMPLES / S000)
        run_checks(con, [first.doc_id])
        second = ingest_file(con, report_2023)
        run_checks(con, [second.doc_id])
        incremental = sorted(con.execute('SELECT "check", doc_id, line, message FROM findings').fetchall())
        cross = con.execute(
            """SELECT doc_id, other_doc_id, reported, other_value FROM findings
               WHERE "check" = 'conflicting_values' AND tahun = 2023 AND doc_id <> other_doc_id"""
        ).fetchall()
        assert {(r[2], r[3]) for r in cross} <= {(87.90, 87.98), (87.98, 87.90)}
        assert {r[0] for r in cross} | {r[1] for r in cross} == {first.doc_id, second.doc_id}
        run_checks(con)  # the whole database again gives the same findings
        assert sorted(con.execute('SELECT "check", doc_id, line, message FROM findings').fetchall()) == incremental


def test_checks_cut_short_are_resumed_by_the_next_run(fresh_db, monkeypatch):
    """Each chunk commits on its own; a run that dies between chunks leaves its documents
    unchecked, and the next ingest's checks (any documents) finish them with the same findings."""
    import checks.run as run

    with connect(str(fresh_db)) as con:
        ids = [ingest_file(con, f).doc_id for f in sorted(SAMPLES.glob("*.txt"))]
        run_checks(con)
        complete = sorted(con.execute('SELECT "check", doc_id, line, message FROM findings').fetchall())
        monkeypatch.setattr(run, "DOCS_PER_CHUNK", 1)

        def dies(*_args):
            raise KeyboardInterrupt  # as if the process were stopped here

        monkeypatch.setattr(run, "_conflicts", dies)
        with pytest.raises(KeyboardInterrupt):
            run_checks(con)
        unchecked = con.execute("SELECT count(*) FROM documents WHERE checked_at IS NULL").fetchone()[0]
        assert unchecked == len(ids)
        monkeypatch.undo()
        run_checks(con, [])  # a later run with nothing new of its own
        assert con.execute("SELECT count(*) FROM documents WHERE checked_at IS NULL").fetchone()[0] == 0
        assert sorted(con.execute('SELECT "check", doc_id, line, message FROM findings').fetchall()) == complete


@pytest.mark.parametrize(
    ("kind", "value", "code"),
    [
        ("SAKIP", 90.0, "A"),  # "> 90 - 100" is AA: exactly 90 is not
        ("SAKIP", 90.01, "AA"),
        ("SAKIP", 80.0, "BB"),
        ("SAKIP", 30.0, "D"),
        ("SAKIP", 0.0, "D"),
        ("SAKIP", 30.01, "C"),
        ("IKM", 88.30, "B"),
        ("IKM", 88.31, "A"),
        ("IKM", 76.60, "C"),
        ("IKM", 76.61, "B"),
        ("IKM", 65.0, "C"),
        ("IKM", 64.99, "D"),
        ("IKM", 25.0, "D"),
    ],
)
def test_band_boundaries(kind, value, code):
    assert band_for(kind, value).code == code


def test_values_off_the_scale_have_no_band():
    assert band_for("IKM", 3.49) is None  # the 1-4 NRR scale
    assert band_for("SAKIP", 101) is None


@pytest.mark.parametrize(
    ("kind", "label", "code"),
    [("IKM", "Sangat Baik", "A"), ("IKM", "baik", "B"), ("IKM", "Kurang Baik", "C"), ("IKM", "B", "B"),
     ("SAKIP", "bb", "BB"), ("SAKIP", "AA", "AA")],
)  # fmt: skip
def test_written_categories(kind, label, code):
    assert band_named(kind, label).code == code


def test_negative_indicator_formula():
    assert is_negative("Jumlah pengaduan masyarakat yang belum ditangani")
    assert not is_negative("Persentase laporan pelanggaran Perda yang ditindaklanjuti")
    assert recompute_capaian(8, 10, negative=True) == pytest.approx(120.0)  # (2 - 8/10) x 100
    assert recompute_capaian(88.14, 88, negative=False) == pytest.approx(100.159, abs=1e-3)
    assert recompute_capaian(0, 0, negative=False) is None


def test_rounding_and_truncation_are_not_errors_but_a_wrong_last_digit_is():
    assert agrees(100.16, 88.14 / 88 * 100, 2)  # rounded
    assert agrees(106.54, 89.5 / 84 * 100, 2)  # 106,548 truncated
    assert not agrees(99.99, 100.0, 2)
    assert printed_decimals("100,16%", 100.16) == 2
    assert printed_decimals("34.670.350.601", 34670350601) == 0
    assert same_at_precision(88.0, "Baik (88)", 88.14, "88,14")
    assert not same_at_precision(73.37, "73,37", 73.47, "73,47")
    assert same_at_precision(87.0, "87", 87.55, "87,55")  # truncated, as totals and capaian are compared
    assert not same_at_precision(87.0, "87", 87.55, "87,55", truncated_whole=False)  # two places giving one figure
    assert same_at_precision(87.0, "87", 87.45, "87,45", truncated_whole=False)


def test_severity_scale():
    assert severity(0.5, "percent_points") == "rendah"
    assert severity(3.0, "percent_points") == "sedang"
    assert severity(5.0, "percent_points") == "tinggi"

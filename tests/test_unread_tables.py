"""Tables holding figures the ingest did not read are visible: listed on Ringkasan, their
raw text on Profil Kecamatan, rows skipped in partly read tables counted there too.

Figures asserted are read in the samples:
- 002_7e58b56da18a00e0.txt (Plandaan, 2022), "Tabel 3.2" (caption line 716), "Data Pendukung
  Pencapaian Nilai Evaluasi AKIP": header line 720 `NO | KOMPONEN | BOBOT | NILAI HASIL EVALUASI
  | KETERANGAN`, line 721 `1. | Perencanaan Kinerja | 30% | 24,27`, line 727 `4. | Evaluasi
  Kinerja | 25% | 19,81`, line 728 `Jumlah | | 100% | 70,17`: component scores of the SAKIP
  evaluation, none of which is stored as an indicator value or budget line.
- the same document, "Tabel 3.3" line 811 (`NO | SASARAN STRATEGIS | CAPAIAN`, 100,84%); "Tabel 3.1"
  line 699 whose line 706 `Rata-rata Capaian IKU ... 100,84%` is skipped as an average row.
- 004_1d7b7b35be8d125c.txt (Bluto, 2023) "Tabel 3.7" line 445 (two `Indikator Kinerja` and two
  `% Capaian` columns); 001_96411fc34ab30848.txt (Sumobito, 2024) "Tabel 3.1.1.2" line 583 and
  "Tabel 3.4.1" line 977. 000 (Sananwetan) has no unread table.
"""

from __future__ import annotations

from dashboard import formatting, queries
from tests.conftest import SAMPLES, open_app, walk

EVERY = {"prov": (), "kab": (), "kec": (), "y0": 1900, "y1": 2100}
PLANDAAN, BLUTO, SANANWETAN = "35.17.15", "35.29.05", "35.72.03"
TABEL_3_2_NOTE = "kolom tidak dikenali: NO; KOMPONEN; BOBOT; NILAI HASIL EVALUASI; KETERANGAN"
UNREAD_HEADING = "Tabel berisi angka yang tidak terbaca"


_app, _walk = open_app, walk  # shared with the other page tests (tests/conftest.py)


def _table_after(at, title_fragment: str):
    """The dataframe shown right after the subheader containing `title_fragment`, or None."""
    seen = False
    for element in _walk(at.main):
        if element.type == "subheader" and title_fragment in element.value:
            seen = True
        elif seen and element.type == "dataframe":
            return element.value
    return None


def _expander(at, prefix: str):
    found = [e for e in at.expander if e.label.startswith(prefix)]
    return found[0] if found else None


# --- the sample itself --------------------------------------------------------------------


def test_plandaan_tabel_3_2_holds_figures_the_product_does_not_read(con):
    lines = (SAMPLES / "002_7e58b56da18a00e0.txt").read_text(encoding="utf-8").splitlines()
    assert lines[716 - 1] == "Tabel 3.2"
    assert lines[720 - 1] == "NO\tKOMPONEN\tBOBOT\tNILAI HASIL EVALUASI\tKETERANGAN"
    assert lines[721 - 1].startswith("1.\tPerencanaan Kinerja\t30%\t24,27\t")
    assert lines[728 - 1] == "Jumlah\t\t100%\t70,17\t"
    doc = con.execute("SELECT doc_id FROM documents WHERE file_name = '002_7e58b56da18a00e0.txt'").fetchone()[0]
    for table in ("indicator_values", "budget_lines"):
        read = con.execute(f"SELECT count(*) FROM {table} WHERE doc_id = ? AND line BETWEEN 720 AND 728", [doc])
        assert read.fetchone()[0] == 0, table


# --- queries ------------------------------------------------------------------------------


def test_unread_tables_lists_each_unread_table_of_the_current_documents(con):
    unread = queries.unread_tables(con, **EVERY)
    assert "raw_text" not in unread.columns  # the list stays small; the profile reads the text
    found = {(k, int(y), t, int(ln)) for k, y, t, ln in unread[["kecamatan", "tahun", "source_table", "line"]].values}
    assert found == {
        ("Plandaan", 2022, "Tabel 3.2", 720),
        ("Plandaan", 2022, "Tabel 3.3", 811),
        ("Sumobito", 2024, "Tabel 3.1.1.2", 583),
        ("Sumobito", 2024, "Tabel 3.4.1", 977),
        ("Bluto", 2023, "Tabel 3.7", 445),
    }
    tabel_3_2 = unread[(unread["kec_key"] == PLANDAAN) & (unread["source_table"] == "Tabel 3.2")].iloc[0]
    assert tabel_3_2["note"] == TABEL_3_2_NOTE
    assert tabel_3_2["file_name"] == "002_7e58b56da18a00e0.txt"


def test_unread_tables_follows_the_filter(con):
    by_kab = queries.unread_tables(con, **{**EVERY, "kab": ("35.29",)})  # Kabupaten Sumenep
    assert list(zip(by_kab["kecamatan"], by_kab["source_table"], strict=True)) == [("Bluto", "Tabel 3.7")]
    by_year = queries.unread_tables(con, **{**EVERY, "y0": 2024, "y1": 2024})
    assert set(by_year["kecamatan"]) == {"Sumobito"}
    assert queries.unread_tables(con, **{**EVERY, "kec": (SANANWETAN,)}).empty


def test_kecamatan_table_account_gives_the_raw_text_and_the_skipped_rows(con):
    account = queries.kecamatan_table_account(con, kec_key=PLANDAAN)
    unread = account[account["status"] == "unread"].set_index("source_table")
    assert list(unread.index) == ["Tabel 3.2", "Tabel 3.3"]
    raw = unread.loc["Tabel 3.2", "raw_text"]
    assert raw.startswith("NO\tKOMPONEN\tBOBOT\tNILAI HASIL EVALUASI\tKETERANGAN\n1.\tPerencanaan Kinerja\t30%\t24,27")
    assert "4.\tEvaluasi Kinerja\t25%\t19,81" in raw and raw.endswith("Jumlah\t\t100%\t70,17\t")
    assert "100,84%" in unread.loc["Tabel 3.3", "raw_text"]
    partly = account[account["status"] == "partly_read"].set_index("source_table")
    assert list(partly.loc["Tabel 3.1", "skipped_rows"]) == ["baris 706: baris jumlah atau rata-rata"]
    # every table keeps its text (the source view shows a figure's row in it): the skipped row too
    assert "Rata-rata Capaian IKU\t\t\t\t100,84%" in partly.loc["Tabel 3.1", "raw_text"]  # line 706
    assert queries.kecamatan_table_account(con, kec_key=SANANWETAN).query("status == 'unread'").empty


def test_raw_text_as_a_table():
    raw = "NO\tKOMPONEN\tBOBOT\tNILAI HASIL EVALUASI\tKETERANGAN\n1.\tPerencanaan Kinerja\t30%\t24,27\tx\nJumlah\t\t100%\t70,17"
    table = formatting.raw_table(raw)
    assert list(table.columns) == ["NO", "KOMPONEN", "BOBOT", "NILAI HASIL EVALUASI", "KETERANGAN"]
    assert table.iloc[1].tolist() == ["Jumlah", "", "100%", "70,17", ""]  # a short row is padded
    # Bluto's Tabel 3.7 prints "Indikator Kinerja" and "% Capaian" twice
    twice = formatting.raw_table(
        "No.\tIndikator Kinerja\t% Capaian\tIndikator Kinerja\t% Capaian\n1.\ta\t89.9\tb\t89.9"
    )
    assert list(twice.columns) == ["No.", "Indikator Kinerja", "% Capaian", "Indikator Kinerja (kolom 4)",
                                   "% Capaian (kolom 5)"]  # fmt: skip
    assert formatting.raw_table(None).empty


# --- pages --------------------------------------------------------------------------------


def test_ringkasan_lists_documents_with_unread_tables(app_db, monkeypatch):
    at = _app(app_db, monkeypatch)
    assert not at.exception
    table = _table_after(at, UNREAD_HEADING)
    assert table is not None
    rows = {
        (k, y): (f, t) for k, y, f, t in table[["Kecamatan", "Tahun kinerja", "Berkas", "Tabel tidak terbaca"]].values
    }
    assert set(rows) == {("Plandaan", "2022"), ("Sumobito", "2024"), ("Bluto", "2023")}  # one line per document
    file_name, tables = rows[("Plandaan", "2022")]
    assert file_name == "002_7e58b56da18a00e0.txt"
    assert tables.startswith(f"Tabel 3.2 (baris 720): {TABEL_3_2_NOTE}")
    assert "Tabel 3.3 (baris 811): kolom tidak dikenali: NO; SASARAN STRATEGIS; CAPAIAN" in tables
    assert any("Periksa teks tabelnya di Profil Kecamatan" in c.value for c in at.caption)
    links = {link.proto.label: link.proto for link in at.main.get("page_link")}
    plandaan = links["Lihat tabel yang tidak terbaca di profil Plandaan"]
    assert plandaan.page == "profil" and plandaan.query_string == "profil=Plandaan+%28Kabupaten+Jombang%29"
    # the link names the kecamatan the way the profile's selector does
    at.switch_page("pages/profil.py").run()
    assert "Plandaan (Kabupaten Jombang)" in at.selectbox(key="profil").options


def test_ringkasan_unread_list_follows_the_filter(app_db, monkeypatch):
    at = _app(app_db, monkeypatch)
    at.multiselect(key="kab").set_value(["35.29"]).run()  # Kabupaten Sumenep
    table = _table_after(at, UNREAD_HEADING)
    assert list(table["Kecamatan"]) == ["Bluto"]
    assert table.iloc[0]["Tabel tidak terbaca"].startswith("Tabel 3.7 (baris 445): kolom tidak dikenali: No.;")
    at.multiselect(key="kab").set_value(["35.72"]).run()  # Kota Blitar: Sananwetan reads every table
    assert not at.exception
    assert not any(UNREAD_HEADING in s.value for s in at.subheader)


def test_profil_shows_the_raw_text_of_unread_tables(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/profil.py")
    at.selectbox(key="profil").set_value(PLANDAAN).run()
    assert not at.exception
    unread = _expander(at, "Tabel yang tidak terbaca")
    assert unread is not None and unread.label == "Tabel yang tidak terbaca (2)"
    assert f"Sebab: {formatting.md_escape(TABEL_3_2_NOTE)}" in [c.value for c in unread.caption]
    assert any("baris 720" in m.value and "Tabel 3\\.2" in m.value for m in unread.markdown)
    table = unread.dataframe[0].value
    assert list(table.columns) == ["NO", "KOMPONEN", "BOBOT", "NILAI HASIL EVALUASI", "KETERANGAN"]
    scores = dict(zip(table["KOMPONEN"], table["NILAI HASIL EVALUASI"], strict=True))
    assert scores["Perencanaan Kinerja"] == "24,27" and scores["Evaluasi Kinerja"] == "19,81"
    assert table[table["NO"] == "Jumlah"].iloc[0]["NILAI HASIL EVALUASI"] == "70,17"
    text = unread.code[0].value
    assert "1.\tPerencanaan Kinerja\t30%\t24,27" in text and "Jumlah\t\t100%\t70,17" in text

    skipped = _expander(at, "Baris yang dilewati")
    assert skipped is not None
    rows = skipped.dataframe[0].value.set_index("Tabel")
    assert rows.loc["Tabel 3.1", "Rincian"] == "baris jumlah atau rata-rata: baris 706"
    assert rows.loc["Tabel 3.1", "Tempat"] == "baris 699"


def test_profil_without_unread_tables_says_so_in_one_line(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/profil.py")
    at.selectbox(key="profil").set_value(SANANWETAN).run()
    assert not at.exception
    assert _expander(at, "Tabel yang tidak terbaca") is None
    assert any("sama sekali tidak terbaca" in c.value for c in at.caption)

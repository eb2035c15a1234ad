"""The dashboard as a new user meets it (issue 15): each item has its test here, on the
real sample database through Streamlit's AppTest. Expected figures are read in the
samples (data/samples/*.txt), named with their table and line."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT, open_app, walk

_app, _walk = open_app, walk


def _decode(value):
    """Plotly's JSON with its base64 arrays ({'dtype': 'f8', 'bdata': ...}) as lists."""
    import base64

    import numpy as np

    if isinstance(value, dict):
        if "bdata" in value and "dtype" in value:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
            shape = value.get("shape")
            return array.reshape([int(n) for n in str(shape).split(",")]).tolist() if shape else array.tolist()
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def _figures(at) -> list[dict]:
    """The plotly figures on the page as plain dicts (data, layout)."""
    import json

    return [_decode(json.loads(e.proto.spec)) for e in _walk(at.main) if e.type == "plotly_chart"]


# --- 15: the pages live in a top-level pages/ folder -----------------------------------------


def test_pages_live_in_a_top_level_pages_folder_and_all_are_navigated():
    assert not (ROOT / "app_pages").exists()
    files = sorted(p.name for p in (ROOT / "pages").glob("*.py"))
    assert len(files) == 9
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    navigated = sorted(
        node.args[0].value.removeprefix("pages/")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page"
    )
    assert navigated == files
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("dashboard/*.py")]:
        assert "app_pages" not in path.read_text(encoding="utf-8"), path


# --- 1, 2: nothing but the page on screen ------------------------------------------------------


def _no_error_or_help(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    kinds = {element.type for element in _walk(at.main)}
    assert not kinds & {"help", "help_info", "doc_string", "exception"}, kinds


def test_magic_is_off():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False


def test_konsistensi_without_findings_says_so_without_an_error(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/konsistensi.py")
    # The samples' findings are about 2022, 2023 and 2024 (README, Consistency checks): none in 2019-2020
    at.slider(key="tahun").set_value((2019, 2020)).run()
    _no_error_or_help(at)
    assert [s.value for s in at.success] == ["Tidak ada temuan untuk filter ini."]


def test_an_upload_result_shows_no_help_text(tmp_path, monkeypatch):
    import shutil

    from tests.conftest import SAMPLES

    db = tmp_path / "unggah.duckdb"
    at = _app(db, monkeypatch, "pages/unggah.py")
    bluto = (SAMPLES / "004_1d7b7b35be8d125c.txt").read_bytes()
    for expected in ("1 dari 1 berkas dimuat.", "Tidak ada berkas baru yang dimuat."):  # new, then the same again
        at.file_uploader[0].set_value([("bluto.txt", bluto, "text/plain")]).run()
        at.button(key="up-go").click().run()
        _no_error_or_help(at)
        assert [m.value for m in (*at.success, *at.warning)] == [expected]
    shutil.rmtree(tmp_path / "uploads", ignore_errors=True)


# --- 11: a saved review says so ------------------------------------------------------------


def test_saving_a_review_says_it_was_saved(app_db, tmp_path, monkeypatch):
    import shutil

    db = tmp_path / "tinjau.duckdb"
    shutil.copy(app_db, db)
    at = _app(db, monkeypatch, "pages/konsistensi.py")
    assert not at.success
    at.checkbox[0].check()
    at.text_input[0].input("Sudah dicek.")
    at.button[0].click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [f"Tinjauan disimpan (temuan #{_picked_id(at)})."]
    at.run()  # said once, not on every later run
    assert not at.success


def _picked_id(at) -> int:
    label = at.selectbox(key="k-pick").format_func(at.selectbox(key="k-pick").value)
    return int(re.match(r"#(\d+)", label).group(1))


# --- 12: empty states point to Unggah Dokumen ------------------------------------------------


PAGES = ["pages/ringkasan.py", "pages/ikm.py", "pages/sakip.py", "pages/serapan.py", "pages/profil.py",
         "pages/perbandingan.py", "pages/konsistensi.py"]  # fmt: skip


def test_empty_states_point_to_the_upload_page(tmp_path, monkeypatch):
    for page in PAGES:
        at = _app(tmp_path / "kosong.duckdb", monkeypatch, page)
        hints = " ".join(i.value for i in at.info)
        assert "Unggah Dokumen" in hints, page
        assert "python -m ingest" not in hints, page
        links = [e for e in _walk(at.main) if e.type == "page_link"]
        assert any(link.proto.page.endswith("unggah.py") or "unggah" in link.proto.page for link in links), page


# --- 10: every chart on Serapan and Perbandingan can go to Presentasi ------------------------


def test_serapan_per_program_and_perbandingan_serapan_can_be_picked(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/serapan.py")
    at.selectbox(key="serapan-year").set_value(2024).run()
    at.selectbox(key="serapan-kec").set_value("35.72.03").run()  # Sananwetan
    at.button(key="slide-program-sananwetan-2024").click().run()
    at.switch_page("pages/perbandingan.py").run()
    at.multiselect(key="banding").set_value(["35.72.03", "35.17.11"]).run()  # Sananwetan, Sumobito
    at.button(key="slide-banding-serapan").click().run()
    assert not at.exception
    program, serapan = at.session_state["presentasi"]
    assert program.title == "Pagu dan realisasi per program, Sananwetan 2024"
    # Sananwetan's 'Tahun : 2024' table (line 1109 on): Program Penunjang Urusan Pemerintahan ... pagu
    # 1.093.563.600 is one of the four programs
    assert len(program.categories) >= 4
    rows = dict(zip(serapan.categories, zip(*(values for _, values in serapan.series), strict=True), strict=True))
    names = [name for name, _ in serapan.series]
    # Tabel 2.5 line 406: 34.216.887.120 / 34.670.350.601 = 98,69%; Tabel 3.2.1.2 line 862: 2.575.209.979 /
    # 2.639.389.252 = 97,57%
    assert round(rows["2024"][names.index("Sananwetan")], 2) == 98.69
    assert round(rows["2024"][names.index("Sumobito")], 2) == 97.57


# --- 13: one year range in the sidebar, one year on the page, said so; no English widget texts --


def test_the_two_year_choices_say_how_they_relate(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/ikm.py")
    assert "panel kiri" in at.selectbox(key="IKM-year").help
    assert "satu tahun" in at.slider(key="tahun").help
    for key in ("prov", "kab", "kec"):
        assert not at.multiselect(key=key).proto.select_all  # Streamlit's English "Select all"
    at.switch_page("pages/serapan.py").run()
    assert "panel kiri" in at.selectbox(key="serapan-year").help
    at.switch_page("pages/unggah.py").run()
    captions = " ".join(c.value for c in at.caption)
    assert "Browse files" in captions and "pilih berkas dari komputer" in captions


# --- 14: a scanned PDF is refused with the next step ---------------------------------------


def _scanned_pdf() -> bytes:
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(picture).text((20, 140), "LAPORAN KINERJA KECAMATAN (hasil pindaian)", fill=0)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(picture, x=40, y=40, w=500)
    return bytes(pdf.output())


def test_a_scanned_pdf_upload_says_what_to_do_next(tmp_path, monkeypatch):
    at = _app(tmp_path / "scan.duckdb", monkeypatch, "pages/unggah.py")
    at.file_uploader[0].set_value([("pindaian.pdf", _scanned_pdf(), "application/pdf")]).run()
    at.button(key="up-go").click().run()
    assert not at.exception
    result = next(df.value for df in at.dataframe if "Hasil" in df.value.columns)
    assert list(result["Hasil"]) == ["Gagal"]
    message = result["Keterangan"][0]
    assert "perlu OCR" in message and "ocrmypdf" in message and "Word" in message
    assert any("ocrmypdf -l ind" in c.value for c in at.code)


# --- 5: Profil Kecamatan reads like the IKM page ---------------------------------------------


def _table_after(at, fragment: str):
    seen = False
    for element in _walk(at.main):
        if element.type == "subheader" and fragment in element.value:
            seen = True
        elif seen and element.type == "dataframe":
            return element.value
    raise AssertionError(f"no table after {fragment!r}")


def test_profil_and_the_ikm_page_show_the_same_figure_for_a_year(app_db, monkeypatch):
    # Bluto's 2022 IKM is only in its 2023 report's multi-year tables: Tabel 3.3 line 383 (2022: target 82,
    # realisasi 82) and Tabel 2.2 line 236 (targets 2022-2026, no realisasi)
    at = _app(app_db, monkeypatch, "pages/ikm.py")
    at.selectbox(key="IKM-year").set_value(2022).run()
    ikm = _table_after(at, "Nilai dan sumbernya")
    assert ikm[ikm["Kecamatan"] == "Bluto"].iloc[0]["Realisasi"] == "82,00"
    at.switch_page("pages/profil.py").run()
    at.selectbox(key="profil").set_value("35.29.05").run()
    grid = _table_after(at, "Indikator per tahun")
    row = grid[grid["Jenis"] == "IKM"]
    assert len(row) == 1  # one row per indicator, whatever each table calls it
    assert (row.iloc[0]["2022"], row.iloc[0]["2023"]) == ("82,00", "83,00")  # 2023: Tabel 3.2 line 366
    assert not {"2025", "2026"} & set(grid.columns)  # Tabel 2.2's targets only: no realisasi to show
    assert "OTHER" not in set(grid["Jenis"]) and "Lainnya" in set(grid["Jenis"])
    figure = _figures(at)[0]
    points = [(int(x), float(y)) for trace in figure["data"] for x, y in zip(trace["x"], trace["y"], strict=True)]
    assert sorted(points) == [(2022, 82.0), (2023, 83.0)]
    data = next(e for e in at.expander if e.label.startswith("Data: Indeks Bluto")).dataframe[0].value
    assert list(data.columns) == ["Jenis", "Indikator", "Tahun", "Target", "Realisasi", "Capaian dihitung ulang (%)",
                                  "Sumber"]  # fmt: skip
    assert "None" not in data.astype(str).to_numpy().ravel().tolist()


def test_profil_shows_counts_as_whole_numbers(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/profil.py")
    at.selectbox(key="profil").set_value("35.17.11").run()  # Sumobito
    grid = _table_after(at, "Indikator per tahun")
    # 001 line 768: 'Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD  12 Dokumen' (2024)
    row = grid[grid["Indikator"] == "Jumlah Dokumen Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD"].iloc[0]
    assert row["2024"] == "12"
    sakip = grid[grid["Jenis"] == "SAKIP"].iloc[0]
    assert (sakip["2022"], sakip["2024"]) == ("70,03", "73,47")  # scores keep two decimals (001 line 667)


# --- 6: Ringkasan's counts agree with its tables ----------------------------------------------


def test_ringkasan_counts_the_kecamatan_its_sakip_table_shows(app_db, monkeypatch):
    at = _app(app_db, monkeypatch)
    at.multiselect(key="kab").set_value(["35.17"]).run()  # Kabupaten Jombang
    at.slider(key="tahun").set_value((2022, 2022)).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Dokumen"] == "1"  # only Plandaan's 2022 report (002) is a 2022 report
    # SAKIP 2022: Plandaan 70,17 (002 Tabel 3.1 line 700), Sumobito 70,03 (001's 2024 report, Tabel 3.1.2.1
    # line 667): both BB (>70-80)
    table = _table_after(at, "Predikat SAKIP")
    assert table.to_dict("records") == [{"Predikat": "BB", "Jumlah kecamatan": 2, "Kecamatan": "Plandaan, Sumobito"}]
    assert metrics["Kecamatan"] == "2"


# --- 3, 4: a ranking is in value order; counts are whole; band letters never on a bar -------


def _displayed_order(figure: dict, axis: str = "yaxis") -> list[str]:
    """Categories bottom to top as plotly draws them: an explicit array, else first appearance."""
    layout = figure["layout"].get(axis, {})
    if layout.get("categoryorder") == "array":
        return list(layout["categoryarray"])
    seen: list[str] = []
    for trace in figure["data"]:
        seen += [c for c in trace.get("y" if axis == "yaxis" else "x", []) if c not in seen]
    return seen


def _bar_values(figure: dict) -> dict:
    return {y: x for trace in figure["data"] for y, x in zip(trace["y"], trace["x"], strict=True)}


def _chart(at, title_start: str) -> dict:
    return next(f for f in _figures(at) if f["layout"]["title"]["text"].startswith(title_start))


def test_sakip_ranking_is_in_value_order_whatever_the_source(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/sakip.py")
    assert at.selectbox(key="SAKIP-year").value == 2024
    figure = _chart(at, "Peringkat SAKIP 2024")
    values = _bar_values(figure)
    order = _displayed_order(figure)
    # Own: Sananwetan 85,04 (000 Tabel 3.1 line 437), Sumobito 73,47 (001 Tabel 3.1.1.1 line 568); reported by
    # Sananwetan (000 Tabel 3.5 line 664): Kapanjenkidul 85,31, Sukorejo 85,37, Sukorejo Kab. Pasuruan 80,05
    assert sorted(round(v, 2) for v in values.values()) == [73.47, 80.05, 85.04, 85.31, 85.37]
    assert [round(values[label], 2) for label in order] == [73.47, 80.05, 85.04, 85.31, 85.37]  # bottom to top
    pasuruan = next(label for label in order if "Pasuruan" in label)
    assert order.index("Sananwetan") > order.index(pasuruan)  # 85,04 above 80,05


def test_distribution_counts_whole_kecamatan_and_band_letters_sit_above_the_bars(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/ikm.py")
    at.selectbox(key="IKM-year").set_value(2023).run()
    spread = _chart(at, "Sebaran kategori IKM 2023")
    yaxis = spread["layout"]["yaxis"]
    assert yaxis.get("tickformat") == "d" and float(yaxis["dtick"]).is_integer()
    # 2023: Sananwetan 87,98 (000 Tabel 3.3 line 614) is B (76,61-88,30), Bluto 83 (004 Tabel 3.2 line 366) is B
    counts = dict(zip(spread["data"][0]["x"], spread["data"][0]["y"], strict=True))
    assert counts["B (Baik)"] == 2 and sum(counts.values()) == 2
    assert spread["layout"]["xaxis"]["categoryarray"][:2] == ["A (Sangat Baik)", "B (Baik)"]  # best first
    ranking = _chart(at, "Peringkat IKM 2023")
    letters = [a for a in ranking["layout"]["annotations"] if a["text"] in {"A", "B", "C", "D"}]
    assert letters and all(a["yanchor"] == "bottom" and a["y"] >= 1 and a["yref"] in ("paper", "y domain")
                           for a in letters)  # fmt: skip


# --- 8: serapan labels clear of the 100% line; program names readable ----------------------


def test_serapan_labels_and_program_names_stay_readable(app_db, monkeypatch):
    at = _app(app_db, monkeypatch, "pages/serapan.py")
    at.selectbox(key="serapan-year").set_value(2024).run()
    ranking = _chart(at, "Peringkat serapan anggaran 2024")
    bars = ranking["data"][0]
    assert bars["textposition"] == "inside"  # inside the bar's end: the dotted 100% line is outside or behind it
    line = next(s for s in ranking["layout"]["shapes"] if s.get("x0") == 100)
    assert line["layer"] == "below"
    at.selectbox(key="serapan-kec").set_value("35.72.03").run()  # Sananwetan
    programs = _chart(at, "Pagu dan realisasi per program")
    assert {t["orientation"] for t in programs["data"]} == {"h"}
    names = [n for t in programs["data"] for n in t["y"]]
    assert names and all(len(part) <= 40 for n in names for part in n.split("<br>"))
    assert any("<br>" in n for n in names)  # 000's long program names are wrapped, not drawn diagonally


# --- 7: one colour per kecamatan everywhere -------------------------------------------------


def _colour_of(figure: dict, name: str) -> str:
    """The colour a chart gives `name`: its trace's (a line, a legend entry), else its bar's or point's."""
    for i, trace in enumerate(figure["data"]):
        if trace.get("name") == name:
            colour = trace.get("line", {}).get("color") or trace.get("marker", {}).get("color")
            return colour.lower() if isinstance(colour, str) else f"template colour {i}"
    for i, trace in reversed(list(enumerate(figure["data"]))):  # the solid (realisasi) bars come last
        for axis in ("y", "x", "text"):
            categories = list(trace.get(axis) or [])
            if name in categories:
                colour = trace.get("marker", {}).get("color")
                if isinstance(colour, list):
                    colour = colour[categories.index(name)]
                return colour.lower() if isinstance(colour, str) else f"template colour {i}"
    raise AssertionError(f"{name} not in {figure['layout']['title']['text']}")


def _hex(rgba) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgba[:3])


def test_a_kecamatan_has_one_colour_in_every_chart_and_export(app_db, monkeypatch):
    import io

    from pptx import Presentation

    from dashboard import charts, deck

    at = _app(app_db, monkeypatch, "pages/ikm.py")
    at.selectbox(key="IKM-year").set_value(2023).run()
    seen = {
        "IKM ranking": _colour_of(_chart(at, "Peringkat IKM 2023"), "Sananwetan"),
        "IKM trend": _colour_of(_chart(at, "Tren IKM"), "Sananwetan"),
        "IKM target/realisasi": _colour_of(_chart(at, "Target dan realisasi IKM 2023"), "Sananwetan"),
    }
    trend = _chart(at, "Tren IKM")
    others = {_colour_of(trend, name) for name in ("Bluto", "Plandaan")}
    assert len(others | {seen["IKM trend"]}) == 3  # different kecamatan, different colours
    at.button(key="slide-peringkat-ikm-2023").click().run()
    at.switch_page("pages/serapan.py").run()
    at.selectbox(key="serapan-year").set_value(2024).run()
    seen["serapan ranking"] = _colour_of(_chart(at, "Peringkat serapan anggaran 2024"), "Sananwetan")
    seen["pagu/realisasi"] = _colour_of(_chart(at, "Pagu dan realisasi per kecamatan 2024"), "Sananwetan")
    at.switch_page("pages/perbandingan.py").run()
    at.multiselect(key="banding").set_value(["35.72.03", "35.29.05"]).run()  # Sananwetan, Bluto
    seen["perbandingan"] = _colour_of(_chart(at, "IKM: "), "Sananwetan")
    at.multiselect(key="kab").set_value(["35.72"]).run()  # another filter: Kota Blitar only
    at.switch_page("pages/ikm.py").run()
    at.selectbox(key="IKM-year").set_value(2023).run()
    seen["IKM ranking, Kota Blitar"] = _colour_of(_chart(at, "Peringkat IKM 2023"), "Sananwetan")
    assert len(set(seen.values())) == 1, seen  # every chart on the pages, whatever the filter

    (spec,) = at.session_state["presentasi"]
    j = spec.categories.index("Sananwetan")
    seen["projector"] = _colour_of(json_figure(charts.projector(spec)), "Sananwetan")
    figure = deck.figure(spec)
    seen["PNG"] = _hex(figure.axes[0].patches[j].get_facecolor())
    chart = next(s for s in Presentation(io.BytesIO(deck.pptx_bytes([spec]))).slides[0].shapes if s.has_chart).chart
    seen["PPTX"] = "#" + str(chart.plots[0].series[0].points[j].format.fill.fore_color.rgb).lower()
    assert len(set(seen.values())) == 1, seen


def json_figure(fig) -> dict:
    import json

    return _decode(json.loads(fig.to_json()))


# --- 9: slides name their units and documents; PNG axes consistent; projector labels fit ----


def test_slides_name_units_and_documents_and_fit_their_labels(app_db, monkeypatch):
    import io

    from pptx import Presentation

    from dashboard import charts, deck

    at = _app(app_db, monkeypatch, "pages/serapan.py")
    at.selectbox(key="serapan-year").set_value(2024).run()
    at.button(key="slide-pagu-dan-realisasi-2024").click().run()
    at.button(key="slide-peringkat-serapan-2024").click().run()
    budget, ranking = at.session_state["presentasi"]
    # 2024 budgets: Sananwetan's report (000, Tabel 2.5 line 406) and Sumobito's (001, Tabel 3.2.1.2 line 862)
    assert "LKjIP Sananwetan 2024 (000_a49aed262e0b6318.txt)" in budget.source
    assert "LKjIP Sumobito 2024 (001_96411fc34ab30848.txt)" in budget.source
    chart = next(s for s in Presentation(io.BytesIO(deck.pptx_bytes([budget]))).slides[0].shapes if s.has_chart).chart
    assert chart.value_axis.has_title and chart.value_axis.axis_title.text_frame.text == "Miliar rupiah"
    assert chart.category_axis.has_title and chart.category_axis.axis_title.text_frame.text == "Kecamatan"
    figure = deck.figure(budget)
    figure.canvas.draw()
    ticks = [t.get_text() for t in figure.axes[0].get_yticklabels() if t.get_text()]
    decimals = {len(t.partition(",")[2]) for t in ticks}
    assert len(ticks) > 2 and len(decimals) == 1, ticks  # never '0,00' beside '10'
    projected = json_figure(charts.projector(ranking))
    top = max(v for _, values in ranking.series for v in values)
    # Tabel 2.5 line 406: 98,69% is the highest serapan; its label needs room right of the bar
    assert round(top, 2) == 98.69
    assert projected["layout"]["xaxis"]["range"][1] >= top * 1.15
    assert projected["data"][0]["cliponaxis"] is False

"""Presentasi: charts picked on other pages, shown one at a time, exported as a
PowerPoint deck with native charts and as PNG images, checked against DuckDB."""

from __future__ import annotations

import io
import zipfile

from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from streamlit.testing.v1 import AppTest

from dashboard import deck
from tests.conftest import ROOT


def _app(app_db, monkeypatch) -> AppTest:
    monkeypatch.setenv("LKJIP_DB", str(app_db))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()


def _pick_two(at: AppTest) -> AppTest:
    at.switch_page("pages/ikm.py").run()
    at.button(key="slide-peringkat-ikm-2024").click().run()
    at.switch_page("pages/serapan.py").run()
    at.selectbox(key="serapan-year").set_value(2024).run()
    at.button(key="slide-pagu-dan-realisasi-2024").click().run()
    return at.switch_page("pages/presentasi.py").run()


def test_empty_presentation_says_how_to_pick_charts(app_db, monkeypatch):
    at = _app(app_db, monkeypatch).switch_page("pages/presentasi.py").run()
    assert "Tambah ke Presentasi" in at.info[0].value


def test_picked_charts_are_shown_one_at_a_time(app_db, monkeypatch):
    at = _pick_two(_app(app_db, monkeypatch))
    assert not at.exception
    assert "Grafik 1 dari 2" in at.caption[0].value
    assert "Peringkat IKM 2024" in at.markdown[0].value
    at.button(key="next").click().run()
    assert "Grafik 2 dari 2" in at.caption[0].value
    assert "Pagu dan realisasi per kecamatan 2024" in at.markdown[0].value
    at.button(key="prev").click().run()
    assert "Grafik 1 dari 2" in at.caption[0].value


def test_the_deck_has_native_charts_with_the_database_figures(app_db, monkeypatch):
    at = _pick_two(_app(app_db, monkeypatch))
    slides = at.session_state["presentasi"]
    prs = Presentation(io.BytesIO(deck.pptx_bytes(slides)))
    assert len(prs.slides) == 2
    first, second = (next(s for s in slide.shapes if s.has_chart).chart for slide in prs.slides)
    assert first.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    assert second.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    ranking = dict(zip(first.plots[0].categories, first.series[0].values, strict=True))
    assert ranking["Sananwetan"] == 88.14  # Tabel 3.1 line 430
    assert ranking["Kepanjenkidul *"] == 91.0  # reported by Sananwetan, Tabel 3.5 line 661
    budget = {s.name: dict(zip(second.plots[0].categories, s.values, strict=True)) for s in second.series}
    assert abs(budget["Pagu"]["Sananwetan"] - 34.670350601) < 1e-9  # miliar rupiah, Tabel 2.5 line 406
    assert abs(budget["Realisasi"]["Sumobito"] - 2.575209979) < 1e-9  # Tabel 3.2.1.2 line 862
    texts = [shape.text_frame.text for shape in prs.slides[0].shapes if shape.has_text_frame]
    assert "Peringkat IKM 2024" in texts
    # the source names the report the figures were read from (all 2024 IKM figures are in Sananwetan's)
    assert (
        "Sumber: Tabel pengukuran dan perbandingan kinerja: LKjIP Sananwetan 2024 (000_a49aed262e0b6318.txt)" in texts
    )


def test_pngs_render_offline(app_db, monkeypatch):
    at = _pick_two(_app(app_db, monkeypatch))
    slides = at.session_state["presentasi"]
    image = Image.open(io.BytesIO(deck.png_bytes(slides[0])))
    assert image.format == "PNG" and image.size == (1600, 900)
    with zipfile.ZipFile(io.BytesIO(deck.pngs_zip(slides))) as archive:
        assert archive.namelist() == ["01.png", "02.png"]

"""Charts of wide selections summarise per kabupaten/kota or provinsi (dashboard.levels),
tables keep every kecamatan."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import levels
from tests.conftest import ROOT


def _places(rows: list[tuple]) -> pd.DataFrame:
    """(kec_key, kecamatan, kab_key, kabupaten_kota, prov_key, provinsi, tahun, pagu, realisasi, value)"""
    cols = ["kec_key", "kecamatan", "kab_key", "kabupaten_kota", "prov_key", "provinsi", "tahun", "pagu", "realisasi",
            "value"]  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def _wide(n_kec: int, n_kab: int) -> pd.DataFrame:
    return _places(
        [
            (f"k{i}", f"Kec {i}", f"b{i % n_kab}", f"Kab {i % n_kab}", "p1", "Prov", 2024, 1.0, 1.0, i)
            for i in range(n_kec)
        ]
    )


def test_detail_shrinks_with_the_selection():
    assert levels.level_for(_wide(levels.MAX_ITEMS, 1)) == levels.KECAMATAN
    assert levels.level_for(_wide(levels.MAX_ITEMS + 1, 5)) == levels.KABUPATEN
    assert levels.level_for(_wide(levels.MAX_ITEMS * 3, levels.MAX_ITEMS + 1)) == levels.PROVINSI


def test_median_per_place_and_year_with_the_count():
    data = _places([
        ("k1", "A", "b1", "Kab X", "p1", "P", 2023, None, None, 80.0),
        ("k2", "B", "b1", "Kab X", "p1", "P", 2023, None, None, 90.0),
        ("k3", "C", "b1", "Kab X", "p1", "P", 2023, None, None, 85.0),
        ("k1", "A", "b1", "Kab X", "p1", "P", 2024, None, None, 70.0),
        ("k4", "D", "b2", "Kab Y", "p1", "P", 2024, None, None, 60.0),
    ])  # fmt: skip
    out = levels.median_by(data, levels.KABUPATEN, ["value"], by=("tahun",)).set_index(["label", "tahun"])
    assert out.loc[("Kab X", 2023), "value"] == 85.0 and out.loc[("Kab X", 2023), "n_kecamatan"] == 3
    assert out.loc[("Kab X", 2024), "value"] == 70.0 and out.loc[("Kab X", 2024), "n_kecamatan"] == 1
    assert out.loc[("Kab Y", 2024), "value"] == 60.0
    assert len(out) == 3


def test_serapan_of_a_place_is_recomputed_from_its_sums():
    data = _places([
        ("k1", "A", "b1", "Kab X", "p1", "P", 2024, 100.0, 50.0, None),  # 50 %
        ("k2", "B", "b1", "Kab X", "p1", "P", 2024, 300.0, 300.0, None),  # 100 %
    ])  # fmt: skip
    out = levels.total_by(data, levels.KABUPATEN).iloc[0]
    # (50 + 300) / (100 + 300) = 87,5 %, not the mean of 50 % and 100 %
    assert (out["pagu"], out["realisasi"], out["serapan"], out["n_kecamatan"]) == (400.0, 350.0, 87.5, 2)


def test_a_name_two_places_share_gets_its_parent():
    data = _places([
        ("35.14.01", "Sukorejo", "35.14", "Kabupaten Pasuruan", "35", "Jawa Timur", 2024, None, None, 1.0),
        ("35.72.02", "Sukorejo", "35.72", "Kota Blitar", "35", "Jawa Timur", 2024, None, None, 2.0),
        ("35.72.03", "Sananwetan", "35.72", "Kota Blitar", "35", "Jawa Timur", 2024, None, None, 3.0),
    ])  # fmt: skip
    names = levels.labels(data, levels.KECAMATAN)
    assert names["35.14.01"] == "Sukorejo (Kabupaten Pasuruan)"
    assert names["35.72.02"] == "Sukorejo (Kota Blitar)"
    assert names["35.72.03"] == "Sananwetan"


def _expander_table(at: AppTest, label: str) -> pd.DataFrame:
    expander = next(e for e in at.expander if e.label == label)
    return expander.dataframe[0].value


@pytest.fixture()
def wide_app(app_db, monkeypatch) -> AppTest:
    """The samples seen as a wide selection: at most 2 places per chart, so their three
    kecamatan with an IKM in three kabupaten/kota are summarised per provinsi."""
    monkeypatch.setenv("LKJIP_DB", str(app_db))
    monkeypatch.setattr(levels, "MAX_ITEMS", 2)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("pages/ikm.py").run()
    assert not at.exception
    return at


def test_ikm_trend_of_a_wide_selection_is_the_median_per_provinsi(wide_app):
    assert "3 kecamatan di 1 provinsi: grafik menampilkan ringkasan per provinsi" in wide_app.info[0].value
    trend = _expander_table(wide_app, "Data: Tren IKM").set_index("tahun")
    assert set(trend["provinsi"]) == {"Jawa Timur"}
    # 2022: Sananwetan 83,14 (000 line 614), Plandaan 94,22 (002 line 701), Bluto 82 (004 line 383)
    assert trend.loc[2022, "realisasi"] == pytest.approx(83.14) and trend.loc[2022, "n_kecamatan"] == 3
    # 2023: Sananwetan 87,98 (000 line 614), Bluto 83 (004 line 366): median 85,49
    assert trend.loc[2023, "realisasi"] == pytest.approx(85.49) and trend.loc[2023, "n_kecamatan"] == 2


def test_the_table_of_a_wide_selection_keeps_every_kecamatan(wide_app):
    wide_app.selectbox(key="IKM-year").set_value(2022).run()
    table = next(df.value for df in wide_app.dataframe if "Kecamatan" in df.value.columns)
    assert set(table["Kecamatan"]) == {"Sananwetan", "Plandaan", "Bluto"}

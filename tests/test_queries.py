"""Dashboard queries that return keys only, and the names joined to them."""

from __future__ import annotations

from dashboard import places, queries

EVERY = {"prov": (), "kab": (), "kec": (), "y0": 2000, "y1": 2100}


def test_budget_series_gives_each_kecamatan_its_total_by_key(con):
    series = queries.budget_series(con, **EVERY)
    assert {"kecamatan", "kabupaten_kota", "provinsi"}.isdisjoint(series.columns)
    by_key = series.set_index(["kec_key", "tahun"])
    # Sananwetan, Tabel 2.5 line 406: pagu 34.670.350.601, realisasi 34.216.887.120
    assert by_key.loc[("35.72.03", 2024), ["pagu", "realisasi"]].tolist() == [34_670_350_601, 34_216_887_120]
    # Sumobito, Tabel 3.2.1.2 line 862: 2.639.389.252 and 2.575.209.979
    assert by_key.loc[("35.17.11", 2024), ["pagu", "realisasi"]].tolist() == [2_639_389_252, 2_575_209_979]
    assert by_key.loc[("35.17.11", 2024), "kab_key"] == "35.17"


def test_budget_series_follows_the_filter(con):
    series = queries.budget_series(con, **{**EVERY, "kab": ("35.72",)})
    assert set(series["kec_key"]) == {"35.72.03"}


def test_indicator_series_with_names_reads_like_the_documents(con):
    series = places.with_names(queries.indicator_series(con, kind="IKM", **EVERY), queries.place_names(con))
    sananwetan = series[series["kecamatan"] == "Sananwetan"].set_index("tahun")
    # Tabel 3.3 line 614: IKM 83,14 (2022), 87,98 (2023), 88,14 (2024); line 832 (Renstra
    # matrix, "KONDISI AWAL" over "2020"): Baik (81)
    assert sananwetan["realisasi"].round(2).to_dict() == {2020: 81.0, 2022: 83.14, 2023: 87.98, 2024: 88.14}
    assert set(sananwetan["kabupaten_kota"]) == {"Kota Blitar"}
    assert set(sananwetan["provinsi"]) == {"Jawa Timur"}


def test_place_names_has_one_row_per_kecamatan(con):
    names = queries.place_names(con)
    assert names["kec_key"].is_unique
    # the four samples are four kecamatan (Sananwetan, Sumobito, Plandaan, Bluto)
    assert dict(zip(names["kec_key"], names["kecamatan"], strict=True)) == {
        "35.72.03": "Sananwetan",
        "35.17.11": "Sumobito",
        "35.17.15": "Plandaan",
        "35.29.05": "Bluto",
    }


def test_names_leave_an_empty_frame_alone(con):
    empty = queries.indicator_series(con, kind="IKM", **{**EVERY, "y0": 1990, "y1": 1991})
    assert places.with_names(empty, queries.place_names(con)).empty

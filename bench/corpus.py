"""A seeded, deterministic generator of realistic LKjIP text exports, with ground truth.

`generate(out_dir, n_kecamatan, years, seed=0, pdf_every=0)` writes one text export per
kecamatan and reporting year, laid out like the real exports in `data/samples/`: a cover,
a foreword, an executive summary, a table of contents, four chapters, and TAB-separated
tables with a caption ("Tabel 3.1", "TABEL 3.1", "Tabel. 3.1", "Tabel 3. 1") and a title line.
Kecamatan and kabupaten/kota come from the official Kemendagri list (`ingest.regions`), whole
kabupaten/kota at a time in an order shuffled by the seed, so names resolve to codes and a
report's neighbours (its peer table) are in the corpus too.

Next to each document, `<name>.truth.json` holds the ground truth:
- `identity`: kecamatan, kabupaten_kota, provinsi (when the text states it), tahun and the
  expected kode_kecamatan / kode_kabkota / kode_provinsi;
- `tables`: caption, title, kind and first line of every figure table;
- `indicators`: every indicator figure written: table, table_kind, line, indicator_kind, indikator,
  tahun, peer (the other kecamatan, or null) and its kode_kecamatan, target / realisasi / capaian
  as numbers and as printed (`*_raw`);
- `budget`: every budget line: table, table_kind (`prose` for a sentence), line, level, name,
  pagu / realisasi / serapan as numbers and as printed, and `derived` for the total the product
  must sum itself when a table prints none;
- `efficiency`: capaian kinerja, serapan and tingkat efisiensi per row of an efficiency table;
- `planted`: the inconsistencies planted on purpose: check (as in docs/schema.md), line (where
  the finding belongs), table and a note.
Figures that only appear in sentences (other than a budget total) are not part of the truth: the
product does not read them (README, "What it does not read yet").

Every figure is arithmetically consistent with every other (capaian = realisasi / target x 100
printed at 2 decimals, or (2 - realisasi / target) x 100 for a negative indicator; serapan =
realisasi / pagu x 100; efisiensi = capaian / serapan; totals = sums; categories in the bands of
`checks/rules.toml`; the same figure equal in every table and every report that gives it, a
peer's figures equal to its own report's) except where an inconsistency is planted, and each
planted inconsistency gives exactly one finding. A kecamatan's figures come from a "world" that
is a pure function of (seed, code, year), so any report can print any kecamatan's figures.

Variety, as in the samples: indicator wordings ("Indeks Kepuasan Masyarakat (IKM) Kecamatan",
"Nilai IKM", "IKM Kecamatan X", "Nilai Evaluasi AKIP Kec. X", ...); table layouts (measurement
in four layouts; multi-year with Target/Realisasi over year sub-columns or years over
Target/Realisasi/% Capaian; peer comparison with a "Kecamatan Y" column group per unit; the
Perjanjian Kinerja plan; budget realisation with or without a JUMLAH/TOTAL row, with or without
kegiatan rows; performance + budget under KINERJA | ANGGARAN group headers, per program or per
sasaran; efficiency); number formats ("34.670.350.601", "2,039,091,915.00", "Rp. 1.949.000,00",
"Rp3.116.155.160", "88,14", "88.14", "Baik (88,14)", "88,14 (Baik)", "A (85,04)", "83, 14",
"100 %"); markup in cells ("<b>JUMLAH</b>"); tables broken by a page break with the header
repeated; budget totals stated in sentences worded as in the samples.

PDFs: with `pdf_every=k`, every k-th document is also rendered as `<name>.pdf` by
`tests.test_pdf_fixtures.build_pdf` (its truth names it under `pdf`; a PDF has pages, not lines).

CLI: python bench/corpus.py OUT --kecamatan N --years 2022 2023 2024 --seed 0 [--pdf-every K]
     [--per-kabkota M] [--plant-every P]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.regions import kabkota_of, kecamatan_of, provinsi_list  # noqa: E402

CHECKS = ("capaian_mismatch", "serapan_mismatch", "total_mismatch", "label_mismatch", "conflicting_values")
BULAN = ("Januari", "Februari", "Maret", "April")
PEOPLE = (
    "Drs. BAMBANG SUTRISNO, M.Si",
    "PURWANTO, AP",
    "HERU CAHYONO, S.Sos., M.Si",
    "Hj. SITI AMINAH, S.H., M.H.",
    "MUHAMMAD RIDWAN, S.STP., M.M.",
    "I GUSTI NGURAH ARYA, S.Sos",
    "YOHANES PAULUS, S.IP",
    "Ir. NURHAYATI, M.Si",
)

LAWS = (
    "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi "
    "dan Nepotisme;",
    "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara;",
    "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir "
    "dengan Undang-Undang Nomor 9 Tahun 2015;",
    "Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah;",
    "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk "
    "Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman "
    "Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 88 Tahun 2021 tentang Evaluasi "
    "Akuntabilitas Kinerja Instansi Pemerintah;",
)
ISSUES = (
    "Belum terintegrasinya pelayanan kecamatan dan {village} berbasis teknologi informasi;",
    "Belum optimalnya koordinasi pembangunan infrastruktur kewilayahan;",
    "Belum optimalnya pemberdayaan kelompok masyarakat;",
    "Belum optimalnya pemutakhiran data terpadu kesejahteraan sosial di tingkat {village};",
    "Terbatasnya sarana dan prasarana pelayanan publik;",
    "Masih rendahnya partisipasi masyarakat dalam musyawarah perencanaan pembangunan;",
)
REMARKS = (
    "Hal ini menunjukkan bahwa target yang ditetapkan dalam Perjanjian Kinerja dapat dicapai dengan baik.",
    "Capaian tersebut tidak terlepas dari komitmen seluruh aparatur dalam melaksanakan tugas dan fungsinya.",
    "Hasil ini menjadi bahan evaluasi untuk penyempurnaan perencanaan pada periode berikutnya.",
)
SUPPORT = (
    "komitmen pimpinan dan seluruh aparatur",
    "koordinasi yang baik dengan perangkat daerah terkait",
    "dukungan sarana dan prasarana yang memadai",
    "partisipasi aktif masyarakat",
    "pemanfaatan teknologi informasi dalam pelayanan",
)
OBSTACLES = (
    "keterbatasan jumlah dan kompetensi sumber daya manusia",
    "keterbatasan sarana dan prasarana",
    "kurangnya pemahaman masyarakat terhadap persyaratan pelayanan",
    "jaringan internet yang belum stabil",
)
ACTIONS = (
    "meningkatkan kapasitas aparatur melalui bimbingan teknis",
    "memperkuat koordinasi lintas sektor",
    "melakukan monitoring dan evaluasi secara berkala",
    "menyebarluaskan informasi standar pelayanan kepada masyarakat",
)

# --- bands (read from the rules the checks apply) --------------------------------------


@cache
def _rules() -> dict:
    with (ROOT / "checks" / "rules.toml").open("rb") as fh:
        return tomllib.load(fh)


def ikm_band(value: float) -> tuple[str, str]:
    """(letter, category) of an IKM value printed at 2 decimals: closed ranges low <= v <= high."""
    v = round(value + 1e-9, 2)
    for band in _rules()["ikm"]["bands"]:
        if band["low"] <= v <= band["high"]:
            return band["code"], band["name"]
    raise ValueError(f"IKM {value} is off the scale")


def sakip_band(value: float) -> str:
    """SAKIP predicate: low < value <= high (exactly 90 is A), D from 0."""
    for band in _rules()["sakip"]["bands"]:
        if band["low"] < value <= band["high"] or (band["low"] == 0 and value == 0):
            return band["code"]
    raise ValueError(f"SAKIP {value} is off the scale")


def _ikm_bands() -> list[dict]:
    return _rules()["ikm"]["bands"]


def _sakip_codes() -> list[str]:
    return [b["code"] for b in _rules()["sakip"]["bands"]]


# --- places -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    kode: str
    kecamatan: str
    kode_kabkota: str
    kabupaten_kota: str  # official: "Kabupaten Blitar", "Kota Blitar"
    provinsi: str

    @property
    def is_kota(self) -> bool:
        return self.kabupaten_kota.startswith("Kota ")

    @property
    def town(self) -> str:
        return self.kabupaten_kota.split(" ", 1)[1]

    @property
    def village(self) -> str:
        return "kelurahan" if self.is_kota else "desa"


def select_places(n: int, seed: int = 0, per_kabkota: int | None = None) -> list[Place]:
    """`n` kecamatan, kabupaten/kota by kabupaten/kota in an order shuffled by `seed`
    (at most `per_kabkota` from each), so neighbours share a kabupaten/kota."""
    kabkota = [(kode, name, prov) for kp, prov in provinsi_list() for kode, name in kabkota_of(kp)]
    random.Random(f"{seed}:kabkota").shuffle(kabkota)
    places: list[Place] = []
    for kode_kab, kab_name, prov in kabkota:
        members = kecamatan_of(kode_kab)
        if per_kabkota:
            members = sorted(random.Random(f"{seed}:{kode_kab}").sample(members, min(per_kabkota, len(members))))
        for kode, name in members:
            if len(places) == n:
                return places
            places.append(Place(kode, name, kode_kab, kab_name, prov))
    return places


# --- the world: every kecamatan's figures, a pure function of (seed, code, year) -------


def _rng(*parts) -> random.Random:
    return random.Random(":".join(str(p) for p in parts))


@dataclass(frozen=True)
class Indicator:
    key: str  # IKM, SAKIP, PATEN, IPP, or an OTHER key
    kind: str  # IKM, SAKIP, IPP, IKPP, PATEN, OTHER
    name: str  # as the kecamatan writes it in its main tables
    alt_name: str  # how another table of the same report may word it
    sasaran: str
    unit: str  # "score", "percent", "count"
    negative: bool = False
    count_word: str = ""
    sasaran_key: str = ""


IKM_NAMES = (
    "Indeks Kepuasan Masyarakat (IKM) Kecamatan",
    "Nilai IKM",
    "IKM Kecamatan {kec}",
    "Nilai Indeks Kepuasan Masyarakat",
    "Indeks Kepuasan Masyarakat (IKM)",
    "Nilai Survei Kepuasan Masyarakat (SKM)",
)
SAKIP_NAMES = (
    "Nilai SAKIP Perangkat Daerah",
    "Nilai Evaluasi AKIP Kec. {kec}",
    "Nilai SAKIP Kecamatan {kec}",
    "Nilai AKIP",
    "Nilai SAKIP OPD",
    "Nilai Evaluasi SAKIP Perangkat Daerah",
)
PATEN_NAMES = ("Nilai PATEN Kecamatan {kec}", "Nilai Pelayanan Administrasi Terpadu Kecamatan (PATEN)")
IPP_NAMES = ("Indeks Pelayanan Publik (IPP) Kecamatan", "Nilai Indeks Pelayanan Publik")

SASARAN = {
    "pelayanan": ("Meningkatnya kualitas pelayanan publik", "Meningkatnya Kualitas Pelayanan Publik Kecamatan"),
    "akuntabilitas": ("Meningkatnya akuntabilitas kinerja perangkat daerah", "Meningkatnya Kinerja Perangkat Daerah"),
    "pemberdayaan": (
        "Meningkatnya pemberdayaan masyarakat {village}",
        "Meningkatnya kualitas pembangunan wilayah",
    ),
    "trantib": (
        "Meningkatnya ketentraman dan ketertiban umum",
        "Meningkatnya penyelenggaraan urusan pemerintahan umum",
    ),
    "desa": ("Meningkatnya tata kelola pemerintahan desa", "Meningkatnya kualitas penyelenggaraan pemerintahan desa"),
}

OTHER_INDICATORS = (
    # key, sasaran key, names
    ("standar", "pelayanan", ("Persentase pelayanan yang sesuai dengan standar pelayanan",)),
    ("tepat_waktu", "pelayanan", ("Persentase layanan kecamatan tepat waktu",)),
    ("berdaya", "pemberdayaan", ("Persentase {village} berdaya", "Presentase {village} berdaya")),
    ("forkopimcam", "trantib", ("Persentase rekomendasi Forkopimcam yang ditindaklanjuti",)),
    ("koordinasi", "trantib", ("Persentase koordinasi pemerintahan umum yang ditindaklanjuti",)),
    ("apbdes", "desa", ("Persentase desa yang menyampaikan laporan realisasi APB Desa tepat waktu",)),
)
NEGATIVE_INDICATOR = ("kasus", "trantib", "Jumlah kasus gangguan ketentraman dan ketertiban umum", "kasus")


def _fill(text: str, place: Place) -> str:
    return text.replace("{kec}", place.kecamatan).replace("{village}", place.village)


@cache
def indicators_of(seed: int, place: Place) -> tuple[Indicator, ...]:
    """The kecamatan's indicators (stable over the years), worded in its kabupaten's style."""
    kab = _rng(seed, place.kode_kabkota, "style")
    r = _rng(seed, place.kode, "indicators")
    ikm_i, sakip_i = kab.randrange(len(IKM_NAMES)), kab.randrange(len(SAKIP_NAMES))
    sasaran = {k: _fill(v[kab.randrange(2)], place) for k, v in SASARAN.items()}
    out = [
        Indicator(
            "IKM",
            "IKM",
            _fill(IKM_NAMES[ikm_i], place),
            _fill(IKM_NAMES[(ikm_i + 1 + r.randrange(len(IKM_NAMES) - 1)) % len(IKM_NAMES)], place),
            sasaran["pelayanan"],
            "score",
            sasaran_key="pelayanan",
        ),
    ]
    if kab.random() < 0.3:
        names = PATEN_NAMES if kab.random() < 0.6 else IPP_NAMES
        kind = "PATEN" if names is PATEN_NAMES else "IPP"
        name = _fill(names[kab.randrange(len(names))], place)
        out.append(Indicator(kind, kind, name, name, sasaran["pelayanan"], "score", sasaran_key="pelayanan"))
    others = [o for o in OTHER_INDICATORS if not (o[1] == "desa" and place.is_kota)]
    chosen = sorted(r.sample(range(len(others)), r.randint(2, min(4, len(others)))))
    for i in chosen:
        key, sas, names = others[i]
        name = _fill(names[kab.randrange(len(names))], place)
        out.append(Indicator(key, "OTHER", name, name, sasaran[sas], "percent", sasaran_key=sas))
    if r.random() < 0.25:
        key, sas, name, word = NEGATIVE_INDICATOR
        out.append(Indicator(key, "OTHER", name, name, sasaran[sas], "count", True, word, sas))
    out.append(
        Indicator(
            "SAKIP",
            "SAKIP",
            _fill(SAKIP_NAMES[sakip_i], place),
            _fill(SAKIP_NAMES[(sakip_i + 1 + r.randrange(len(SAKIP_NAMES) - 1)) % len(SAKIP_NAMES)], place),
            sasaran["akuntabilitas"],
            "score",
            sasaran_key="akuntabilitas",
        )
    )
    return tuple(out)


@dataclass(frozen=True)
class Figure:
    target: float
    realisasi: float


def _r2(x: float) -> float:
    return round(x + 1e-12, 2)


@cache
def figure(seed: int, place: Place, key: str, year: int) -> Figure:
    """Target and realisasi of one indicator of one kecamatan in one year, as printed."""
    base = _rng(seed, place.kode, key, "base")
    r = _rng(seed, place.kode, key, year)
    step = year - 2020
    if key == "IKM":
        target = float(min(92, base.randint(80, 86) + step))
        realisasi = _r2(min(95.0, max(76.7, target + r.uniform(-4.5, 4.0))))
        return Figure(target, _nudge_ikm(realisasi))
    if key == "SAKIP":
        target = _r2(min(89.0, base.uniform(62, 82) + step * base.uniform(0.3, 1.2)))
        if base.random() < 0.5:
            target = float(round(target))
        realisasi = _r2(min(89.5, max(60.5, target + r.uniform(-6, 4))))
        return Figure(target, _nudge_sakip(realisasi))
    if key == "PATEN":
        target = float(min(95, base.randint(78, 86) + step))
        return Figure(target, _r2(min(99.0, target + r.uniform(-5, 5))))
    if key == "IPP":
        target = _r2(min(4.8, base.uniform(3.2, 3.9) + step * 0.1))
        return Figure(target, _r2(min(5.0, max(2.5, target + r.uniform(-0.4, 0.4)))))
    if key == "kasus":
        target = float(max(3, base.randint(8, 20) - step))
        return Figure(target, float(max(0, round(target + r.randint(-5, 3)))))
    target = 100.0 if base.random() < 0.7 else float(base.choice((90, 95, 97)))
    if r.random() < 0.45:
        return Figure(target, 100.0)
    return Figure(target, _r2(r.uniform(max(80.0, target - 12), 100.0)))


def _nudge_ikm(v: float) -> float:
    """Keep off a band's edge by a hundredth or two, so a category is never a coin toss."""
    for band in _ikm_bands():
        for edge in (band["low"], band["high"]):
            if abs(v - edge) < 0.03:
                return _r2(edge - 0.05 if v < edge or v == band["low"] else edge + 0.05)
    return v


def _nudge_sakip(v: float) -> float:
    for band in _rules()["sakip"]["bands"]:
        if abs(v - band["low"]) < 0.03:
            return _r2(band["low"] + 0.07)
    return v


def capaian(fig: Figure, negative: bool = False) -> float:
    ratio = fig.realisasi / fig.target
    return ((2 - ratio) if negative else ratio) * 100


# --- budget ------------------------------------------------------------------------------

PROGRAMS = (
    # key, name, sasaran key, pagu range, kegiatan, program indicator
    (
        "penunjang",
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        "akuntabilitas",
        (900_000_000, 9_000_000_000),
        (
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Administrasi Keuangan Perangkat Daerah",
            "Administrasi Umum Perangkat Daerah",
            "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
        ),
        "Persentase pemenuhan administrasi perkantoran",
    ),
    (
        "pelayanan",
        "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
        "pelayanan",
        (15_000_000, 700_000_000),
        (
            "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah "
            "yang Ada di Kecamatan",
        ),
        "Persentase layanan administrasi terpadu yang diselesaikan",
    ),
    (
        "pemberdayaan",
        "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
        "pemberdayaan",
        (30_000_000, 3_000_000_000),
        ("Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan", "Koordinasi Kegiatan Pemberdayaan {Village}"),
        "Persentase lembaga kemasyarakatan yang aktif",
    ),
    (
        "trantib",
        "Program Koordinasi Ketentraman dan Ketertiban Umum",
        "trantib",
        (10_000_000, 250_000_000),
        ("Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah",),
        "Persentase laporan gangguan trantibum yang ditindaklanjuti",
    ),
    (
        "umum",
        "Program Penyelenggaraan Urusan Pemerintahan Umum",
        "trantib",
        (40_000_000, 1_200_000_000),
        ("Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah",),
        "Persentase koordinasi Forkopimcam yang dilaksanakan",
    ),
    (
        "desa",
        "Program Pembinaan dan Pengawasan Pemerintahan Desa",
        "desa",
        (10_000_000, 150_000_000),
        ("Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",),
        "Persentase desa yang dibina",
    ),
)


@dataclass
class Money:
    pagu: int
    realisasi: int


@dataclass
class Program:
    key: str
    name: str
    sasaran_key: str
    money: Money
    kegiatan: list[tuple[str, Money]]
    indikator: str
    kinerja: Figure


@cache
def budget(seed: int, place: Place, year: int) -> tuple[Program, ...]:
    r = _rng(seed, place.kode, "budget", year)
    out = []
    for key, name, sas, (lo, hi), kegiatan, indikator in PROGRAMS:
        if key == "desa" and place.is_kota:
            continue
        pagu = r.randrange(lo, hi) // 100 * 100 + r.choice((0, 0, 50, 88, 601))
        real = int(pagu * r.uniform(0.82, 0.999))
        names = [k.replace("{Village}", place.village.capitalize()) for k in kegiatan]
        parts = _split(r, Money(pagu, real), len(names))
        target = 100.0
        kinerja = Figure(target, 100.0 if r.random() < 0.5 else _r2(r.uniform(85, 100)))
        out.append(Program(key, name, sas, Money(pagu, real), list(zip(names, parts, strict=True)), indikator, kinerja))
    return tuple(out)


def _split(r: random.Random, total: Money, n: int) -> list[Money]:
    if n == 1:
        return [Money(total.pagu, total.realisasi)]
    weights = [r.uniform(0.5, 2.0) for _ in range(n)]
    pagus = [int(total.pagu * w / sum(weights)) for w in weights]
    pagus[-1] = total.pagu - sum(pagus[:-1])
    reals = [min(p, int(p * r.uniform(0.8, 1.0))) for p in pagus]
    diff = total.realisasi - sum(reals)
    # spread the difference so every kegiatan keeps realisasi <= pagu where possible
    for i in range(n):
        room = pagus[i] - reals[i] if diff > 0 else reals[i]
        step = min(abs(diff), room)
        reals[i] += step if diff > 0 else -step
        diff += -step if diff > 0 else step
        if diff == 0:
            break
    reals[-1] += diff
    return [Money(p, q) for p, q in zip(pagus, reals, strict=True)]


# --- number formats -------------------------------------------------------------------


def dec(x: float, nd: int = 2, mark: str = ",") -> str:
    s = f"{x:.{nd}f}"
    return s.replace(".", mark) if mark == "," else s


def score_text(x: float, mark: str) -> str:
    """A score as documents print it: integers plain, else 2 decimals."""
    return str(int(x)) if float(x).is_integer() else dec(x, 2, mark)


def rupiah(v: int, style: str) -> str:
    grouped = f"{v:,}"
    if style == "en":
        return grouped + ".00"
    dotted = grouped.replace(",", ".")
    if style == "id00":
        return dotted + ",00"
    if style == "rp":
        return "Rp " + dotted
    if style == "rp00":
        return "Rp. " + dotted + ",00"
    if style == "rpn":
        return "Rp" + dotted
    return dotted


def percent(x: float, mark: str, style: str, nd: int = 2) -> str:
    """'100,16%', '100,16 %', '100,16', and whole percentages without decimals when exact."""
    body = str(int(round(x))) if abs(x - round(x)) < 1e-9 and style != "fixed" else dec(x, nd, mark)
    if style == "space":
        return body + " %"
    if style == "bare":
        return body
    return body + "%"


def _value(text: str) -> float:
    """The number a formatted cell carries (for the truth file; independent of the product)."""
    core = text.replace("Rp", "").replace("%", "").replace(", ", ",").strip(" .")
    if "(" in core:
        inside = core[core.index("(") + 1 : core.index(")")]
        core = inside if any(ch.isdigit() for ch in inside) else core[: core.index("(")]  # "88,14 (Baik)"
    core = core.split()[0]
    if "," in core and "." in core:
        core = core.replace(",", "") if core.rfind(".") > core.rfind(",") else core.replace(".", "").replace(",", ".")
    elif core.count(".") > 1 or (core.count(".") == 1 and len(core.split(".")[1]) == 3):
        core = core.replace(".", "")
    else:
        core = core.replace(",", ".")
    return float(core)


# --- writing ----------------------------------------------------------------------------


@dataclass
class Style:
    mark: str  # decimal mark of scores and percentages
    pct: str  # "plain", "space", "bare"
    money: str  # "id", "id00", "en", "rp"
    caption: str  # "Tabel {n}", "TABEL {n}", "Tabel. {n}", "Tabel {a}. {b}"
    ikm_label: str  # "word" (Baik (88,14)), "letter" (B (88,14)), "after" (88,14 (Baik)), "none"
    sakip_label: bool
    upper_programs: bool
    space_comma: bool  # "Baik (83, 14)": a space after the decimal comma, in the multi-year table


@dataclass
class Doc:
    lines: list[str] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)
    budget: list[dict] = field(default_factory=list)
    planted: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    efficiency: list[dict] = field(default_factory=list)
    page: int = 1

    @property
    def next_line(self) -> int:
        return len(self.lines) + 1

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def para(self, text: str) -> int:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        line = self.next_line
        self.lines += [text, ""]
        return line

    def row(self, cells: list[str]) -> int:
        line = self.next_line
        self.lines.append("\t".join(cells))
        return line

    def page_break(self) -> None:
        self.page += 1
        self.lines += ["", str(self.page), ""]


class Writer:
    """Writes one report; every figure goes through here so the truth follows the text."""

    def __init__(self, seed: int, place: Place, year: int, plants: list[str]) -> None:
        self.seed, self.place, self.year = seed, place, year
        self.r = _rng(seed, place.kode, year, "doc")
        r = self.r
        self.style = Style(
            mark="," if r.random() < 0.8 else ".",
            pct=r.choice(("plain", "plain", "space", "bare")),
            money=r.choice(("id", "id", "id00", "en", "rp", "rp00", "rpn")),
            caption=r.choice(("Tabel {n}", "Tabel {n}", "TABEL {n}", "Tabel. {n}", "Tabel {a}. {b}")),
            ikm_label=r.choice(("word", "word", "word", "letter", "letter", "after", "none")),
            sakip_label=r.random() < 0.7,
            upper_programs=r.random() < 0.4,
            space_comma=r.random() < 0.15,
        )
        self.doc = Doc()
        self.plants = list(plants)
        self.indicators = indicators_of(seed, place)
        self.programs = budget(seed, place, year)
        self.table_no = {2: 0, 3: 0}
        self.has_perf_budget = r.random() < 0.7
        self.total_row = r.random() < 0.8  # the budget table prints a JUMLAH / TOTAL row
        self.say_total = r.random() < 0.8  # the year's total is also stated in sentences
        self.plant_prose_conflict = False
        # Every planted inconsistency gives one finding: a wrong total is not also stated in a
        # sentence; a sentence that disagrees has a printed total row to disagree with.
        if "total_mismatch" in self.plants:
            self.say_total, self.total_row = False, True
        if "conflicting_values" in self.plants and r.random() < 0.4:
            self.plants.remove("conflicting_values")
            self.say_total = self.total_row = self.plant_prose_conflict = True
        self.total_planted = self._conflict_done = self._total_done = self._serapan_done = False
        self.provinsi: str | None = None

    # -- helpers ----------------------------------------------------------------------
    def fig(self, ind: Indicator, year: int | None = None, place: Place | None = None) -> Figure:
        return figure(self.seed, place or self.place, ind.key, year or self.year)

    def caption(self, chapter: int) -> tuple[str, str]:
        self.table_no[chapter] += 1
        a, b = chapter, self.table_no[chapter]
        return self.style.caption.format(n=f"{a}.{b}", a=a, b=b), f"Tabel {a}.{b}"

    def start_table(self, chapter: int, title: str, kind: str) -> str:
        raw, name = self.caption(chapter)
        self.doc.para(raw)
        self.doc.lines.pop()  # the title follows the caption directly
        self.doc.add(title, "")
        self.doc.tables.append({"caption": name, "title": title, "kind": kind, "line": self.doc.next_line})
        return name

    def end_table(self, source: str) -> None:
        self.doc.add("", f"Sumber : {source}", "")

    def plant(self, check: str) -> bool:
        if check in self.plants:
            self.plants.remove(check)
            return True
        return False

    def score(self, ind: Indicator, value: float, label_ok: bool = True, wrong_label: bool = False) -> str:
        """A score cell: 'Baik (88,14)', 'B (88,14)', 'A (85,04)' or '88,14'."""
        text = score_text(value, self.style.mark)
        if ind.kind == "IKM" and self.style.ikm_label != "none" and label_ok:
            code, name = ikm_band(value)
            if wrong_label:
                code, name = _other_ikm_band(code)
            if self.style.ikm_label == "after":
                return f"{text} ({name})"  # "88,14 (Baik)"
            return f"{name if self.style.ikm_label == 'word' else code} ({text})"
        if ind.kind == "SAKIP" and self.style.sakip_label and label_ok:
            code = sakip_band(value)
            if wrong_label:
                code = _other_sakip_band(code)
            return f"{code} ({text})"
        if ind.unit == "percent":
            return percent(value, self.style.mark, self.style.pct)
        if ind.unit == "count":
            return f"{int(value)} {ind.count_word}"
        return text

    def pct(self, value: float) -> str:
        return percent(value, self.style.mark, self.style.pct)

    def money(self, v: int) -> str:
        return rupiah(v, self.style.money)

    def program_name(self, name: str) -> str:
        return name.upper() if self.style.upper_programs else name

    def record(self, table: str, kind: str, line: int, ind: Indicator, year: int, cells: dict, **extra) -> None:
        entry = {
            "table": table,
            "table_kind": kind,
            "line": line,
            "indicator_kind": ind.kind,
            "indikator": extra.pop("indikator", ind.name),
            "tahun": year,
            "peer": None,
            "kode_kecamatan": self.place.kode,
        }
        for field_name in ("target", "realisasi", "capaian"):
            raw = cells.get(field_name)
            entry[field_name] = _value(raw) if raw else None
            entry[f"{field_name}_raw"] = raw
        entry.update(extra)
        self.doc.indicators.append(entry)

    def record_budget(self, table: str, kind: str, line: int | None, level: str, name: str, cells: dict, **extra):
        entry = {"table": table, "table_kind": kind, "line": line, "tahun": self.year, "level": level, "name": name}
        for field_name in ("pagu", "realisasi", "serapan"):
            raw = cells.get(field_name)
            entry[field_name] = _value(raw) if raw else None
            entry[f"{field_name}_raw"] = raw
        entry["derived"] = False
        entry.update(extra)
        self.doc.budget.append(entry)

    # -- document ---------------------------------------------------------------------
    def write(self) -> Doc:
        self.cover()
        self.foreword()
        self.summary()
        self.contents()
        self.chapter_one()
        self.chapter_two()
        self.chapter_three()
        self.chapter_four()
        return self.doc

    def cover(self) -> None:
        p, d, r = self.place, self.doc, self.r
        d.add("", "", "")
        if r.random() < 0.5:
            d.add("LAPORAN KINERJA", "INSTANSI", "PEMERINTAHAN", "LKJIP", "", f"Kecamatan {p.kecamatan}", "")
        else:
            d.add(f"LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN {p.kecamatan.upper()} TAHUN {self.year}", "")
        d.add(str(self.year), "", " ", "")

    def foreword(self) -> None:
        p, d, y = self.place, self.doc, self.year
        d.add("KATA PENGANTAR", "")
        d.para(
            "Puji syukur dipanjatkan ke hadirat Tuhan Yang Maha Kuasa, karena hanya dengan rahmat dan "
            f"pertolongan-NYA lah penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan {p.kecamatan} "
            f"{p.kabupaten_kota} Tahun {y} dapat diselesaikan. Laporan Kinerja Instansi Pemerintah ini disusun atas "
            "amanat Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah "
            "(SAKIP)."
        )
        d.para(
            "Laporan Kinerja ini disusun sebagai bentuk pertanggungjawaban atas Perjanjian Kinerja yang telah "
            "ditetapkan, sebagai perwujudan penyelenggaraan pemerintahan yang transparan dan akuntabel. Dokumen "
            f"LKjIP secara garis besar menyajikan informasi mengenai gambaran organisasi Kecamatan {p.kecamatan} "
            f"{p.kabupaten_kota}, dokumen perencanaan dan kinerja seperti Rencana Strategis (Renstra), Rencana "
            "Kinerja Tahunan (RKT), serta Perjanjian Kinerja."
        )
        if self.r.random() < 0.4:
            d.para(
                f"Kecamatan {p.kecamatan} merupakan salah satu perangkat daerah di wilayah {p.kabupaten_kota} "
                f"Provinsi {p.provinsi} yang melaksanakan urusan pemerintahan umum dan pelayanan publik."
            )
            self.provinsi = p.provinsi
        else:
            self.provinsi = None
        day = self.r.randint(2, 28)
        d.add(f"{p.town}, {day} {self.r.choice(BULAN)} {y + 1}", f"CAMAT {p.kecamatan.upper()}", "")
        d.add(
            self.r.choice(PEOPLE),
            f"NIP. 19{self.r.randint(60, 85)}0{self.r.randint(1, 9)}1{self.r.randint(0, 9)} "
            f"19{self.r.randint(85, 99)}0{self.r.randint(1, 9)} 1 00{self.r.randint(1, 9)}",
            "",
        )

    def summary(self) -> None:
        p, d, y = self.place, self.doc, self.year
        d.add("IKHTISAR EKSEKUTIF", "")
        d.para(
            f"Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan {p.kecamatan} {p.kabupaten_kota} Tahun {y} "
            "merupakan bentuk pertanggungjawaban atas perjanjian kinerja yang memuat rencana, capaian dan realisasi "
            "indikator kinerja dari sasaran strategis."
        )
        d.para(
            f"Ringkasan kinerja Kecamatan {p.kecamatan} yang dihasilkan tahun {y}, dapat digambarkan sebagai berikut :"
        )
        for i, ind in enumerate(self.indicators, 1):
            f = self.fig(ind)
            d.add(
                f"{i}. {ind.sasaran}, dengan indikator {ind.name} dengan target {self.score(ind, f.target)}. "
                f"Realisasi yang dicapai sebesar {self.score(ind, f.realisasi)}, yang berarti capaiannya mencapai "
                f"{dec(capaian(f, ind.negative), 2, ',')} %."
            )
        d.add("")
        self.prose_total(summary=True)

    def prose_total(self, summary: bool) -> None:
        """The year's budget total in a sentence, when this report states one."""
        if not self.say_total:
            return
        pagu = sum(p.money.pagu for p in self.programs)
        real = sum(p.money.realisasi for p in self.programs)
        if self.plant_prose_conflict and not summary:
            return
        wrong = self.plant_prose_conflict and summary
        shown_real = real + 7_250_000 if wrong else real
        ser = dec(shown_real / pagu * 100, 2, ",")
        p, y = self.place, self.year
        if summary:
            text = (
                f"Realisasi penggunaan anggaran Kecamatan {p.kecamatan} {p.kabupaten_kota} Tahun Anggaran {y} adalah "
                f"{ser}%. Dari anggaran sebesar Rp. {rupiah(pagu, 'id00')} dapat direalisasikan sebesar "
                f"Rp. {rupiah(shown_real, 'id00')}. Yang berarti realisasi anggaran tersebut efisien."
            )
        elif (form := self.r.randrange(4)) == 0:
            text = (
                f"Secara umum Kecamatan {p.kecamatan} Tahun {y} mengalokasikan anggaran sebesar "
                f"Rp. {rupiah(pagu, 'id')} yang telah direalisasi sampai dengan tanggal 31 Desember {y} "
                f"sebesar Rp. {rupiah(real, 'id')} dan capaiannya sebesar {ser}%."
            )
        elif form == 1:
            text = (  # as in the samples (Sumobito, Plandaan)
                "Guna mendukung pelaksanaan kegiatan tersebut maka dibutuhkan anggaran yang merupakan input dari "
                f"terlaksananya kegiatan dimaksud. Pada tahun {y} ini Kecamatan {p.kecamatan} mendapatkan anggaran "
                f"sebesar Rp. {rupiah(pagu, 'id')} dengan realisasi anggaran mencapai Rp. {rupiah(real, 'id')} atau "
                f"serapan dana APBD mencapai {ser}% sehingga dapat diketahui pada tahun {y} kondisi anggaran silpa "
                f"Rp. {rupiah(pagu - real, 'id')}."
            )
        elif form == 2:
            text = (  # as in the samples (Bluto)
                f"Dalam Tahun Anggaran {y} untuk pelaksanaan program dan kegiatan dalam rangka mencapai target "
                "kinerja yang ingin dicapai dianggarkan melalui Anggaran Pendapatan dan Belanja Daerah (APBD) "
                f"{p.kabupaten_kota} Tahun Anggaran {y} sebesar Rp. {rupiah(pagu, 'id')},- sedangkan realisasi "
                f"anggaran mencapai Rp. {rupiah(real, 'id')},- dengan demikian dapat dikatakan tahun {y} serapan "
                f"anggaran sebesar {ser}%."
            )
        else:
            text = (
                f"Pada tahun {y} Kecamatan {p.kecamatan} mengelola anggaran sebesar Rp {rupiah(pagu, 'id')} dengan "
                f"realisasi anggaran mencapai Rp {rupiah(real, 'id')} atau {ser}%."
            )
        line = self.doc.para(text)
        cells = {"pagu": rupiah(pagu, "id"), "realisasi": rupiah(shown_real, "id")}
        self.record_budget("teks (paragraf)", "prose", line, "total", "Anggaran (disebut dalam teks)", cells)
        if wrong:
            self.doc.planted.append(
                {"check": "conflicting_values", "line": line, "table": "teks (paragraf)",
                 "note": f"realisasi total in the sentence is {shown_real}, the tables say {real}"}
            )  # fmt: skip

    def contents(self) -> None:
        d = self.doc
        d.add("DAFTAR ISI", "")
        entries = [
            ("KATA PENGANTAR", "i"),
            ("IKHTISAR EKSEKUTIF", "ii"),
            ("DAFTAR ISI", "iv"),
            ("BAB I PENDAHULUAN", "1"),
            ("BAB II PERENCANAAN KINERJA", "9"),
            ("BAB III AKUNTABILITAS KINERJA", "14"),
            ("BAB IV PENUTUP", "31"),
        ]
        for text, page in entries:
            d.add(f"{text}.....\t{page}")
        d.add("")

    def chapter_one(self) -> None:
        p, d = self.place, self.doc
        d.add("BAB I", "", "PENDAHULUAN", "", "A. LATAR BELAKANG", "")
        d.para(
            "Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
            "Pemerintah (SAKIP) dinyatakan bahwa Akuntabilitas Kinerja adalah perwujudan kewajiban suatu instansi "
            "pemerintah untuk mempertanggungjawabkan keberhasilan atau kegagalan pelaksanaan program dan kegiatan."
        )
        d.para(
            f"Dengan demikian, Kecamatan {p.kecamatan} secara periodik setiap tahun menyusun Laporan Kinerja Instansi "
            "Pemerintah sebagai sarana mempertanggungjawabkan pelaksanaan kinerja utama yang tertuang dalam "
            "Perjanjian Kinerja kepada pemberi mandat."
        )
        d.add("B. KEDUDUKAN, TUGAS POKOK DAN FUNGSI", "")
        d.para(
            f"Kecamatan merupakan perangkat daerah {p.kabupaten_kota} sebagai pelaksana teknis kewilayahan yang "
            f"dipimpin oleh seorang Camat yang berkedudukan di bawah dan bertanggung jawab kepada "
            f"{'Walikota' if p.is_kota else 'Bupati'} melalui Sekretaris Daerah."
        )
        for i, task in enumerate(
            (
                "Menyelenggarakan urusan pemerintahan umum;",
                "Mengoordinasikan kegiatan pemberdayaan masyarakat;",
                "Mengoordinasikan upaya penyelenggaraan ketenteraman dan ketertiban umum;",
                f"Membina dan mengawasi penyelenggaraan kegiatan {p.village};",
            ),
            1,
        ):
            d.add(f"{i}. {task}")
        d.add("")
        d.add("C. MAKSUD DAN TUJUAN", "")
        d.para(
            "Maksud penyusunan laporan kinerja adalah memberikan informasi kinerja yang terukur kepada pemberi mandat "
            "atas kinerja yang telah dan seharusnya dicapai, serta sebagai upaya perbaikan berkesinambungan bagi "
            "instansi pemerintah untuk meningkatkan kinerjanya."
        )
        d.add("D. DASAR HUKUM", "")
        for i, law in enumerate(LAWS, 1):
            d.add(f"{i}. {law}")
        d.add("")
        d.add("E. ISU-ISU STRATEGIS", "")
        d.para(
            "Isu strategis adalah kondisi yang menjadi perhatian karena dampaknya yang signifikan bagi perangkat "
            f"daerah di masa datang. Secara umum isu dan permasalahan yang dihadapi Kecamatan {p.kecamatan} antara "
            "lain:"
        )
        for i, issue in enumerate(self.r.sample(ISSUES, 4), 1):
            d.add(f"{i}. {issue.replace('{village}', p.village)}")
        d.add("")

    # -- BAB II: plan tables ------------------------------------------------------------
    def chapter_two(self) -> None:
        d, y = self.doc, self.year
        d.add("BAB II", "", "PERENCANAAN KINERJA", "", f"A. PERJANJIAN KINERJA TAHUN {y}", "")
        d.para(
            "Perjanjian kinerja adalah lembar/dokumen yang berisikan penugasan dari pimpinan instansi yang lebih "
            "tinggi kepada pimpinan instansi yang lebih rendah untuk melaksanakan program/kegiatan yang disertai "
            "dengan indikator kinerja."
        )
        if self.r.random() < 0.6:
            self.plan_table()
        if self.r.random() < 0.4:
            self.budget_plan_table()

    def plan_table(self) -> None:
        p, d, y = self.place, self.doc, self.year
        table = self.start_table(2, f"Perjanjian Kinerja Tahun {y} Kecamatan {p.kecamatan} {p.kabupaten_kota}", "plan")
        d.row(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"])
        last = None
        for i, ind in enumerate(self.indicators, 1):
            sas = ind.sasaran if ind.sasaran != last else ""
            last = ind.sasaran
            cell = self.score(ind, self.fig(ind).target)
            line = d.row([str(i) if sas else "", sas, ind.name, cell])
            self.record(table, "plan", line, ind, y, {"target": cell})
        self.end_table(f"Dokumen Perjanjian Kinerja Kecamatan {p.kecamatan} Tahun {y}")

    def budget_plan_table(self) -> None:
        p, d, y = self.place, self.doc, self.year
        table = self.start_table(2, f"Anggaran Program Kecamatan {p.kecamatan} Tahun {y}", "budget")
        d.row(["No", "Program", "Anggaran (Rp.)", "Keterangan"])
        for i, prog in enumerate(self.programs, 1):
            cell = rupiah(prog.money.pagu, "en")
            name = self.program_name(prog.name)
            line = d.row([str(i), name, cell, "DAU, PAD"])
            self.record_budget(table, "budget", line, "program", name, {"pagu": cell})
        total = rupiah(sum(x.money.pagu for x in self.programs), "en")
        line = d.row(["Total:", "", total, ""])
        self.record_budget(table, "budget", line, "total", "Total:", {"pagu": total})
        self.end_table(f"DPA Kecamatan {p.kecamatan} Tahun {y}")

    # -- BAB III ---------------------------------------------------------------------------
    def chapter_three(self) -> None:
        d, y = self.doc, self.year
        d.add("BAB III", "", "AKUNTABILITAS KINERJA", "", "A. PENGUKURAN CAPAIAN KINERJA", "")
        d.para(
            "Pengukuran kinerja dilakukan dengan membandingkan antara kinerja yang telah dicapai dengan kinerja yang "
            "seharusnya dicapai. Capaian kinerja dihitung dengan rumus realisasi dibagi target dikali 100%."
        )
        self.measurement_table()
        d.para(
            f"Berdasarkan tabel di atas, secara umum sasaran strategis Kecamatan {self.place.kecamatan} tahun {y} "
            "telah tercapai dengan baik."
        )
        self.analysis()
        self.multi_year_table()
        if self.r.random() < 0.7:
            self.peer_table()
        d.add("B. AKUNTABILITAS KEUANGAN", "")
        d.para(
            "Akuntabilitas keuangan menyajikan alokasi dan realisasi anggaran bagi pelaksanaan tugas dan fungsi "
            "atau program dan kegiatan yang menjadi kewenangan kecamatan."
        )
        self.budget_table()
        if self.has_perf_budget:
            self.perf_budget_table()

    def measurement_table(self) -> None:
        p, d, y, r = self.place, self.doc, self.year, self.r
        layout = r.choice(("A", "B", "C", "D"))
        table = self.start_table(3, f"Pengukuran Kinerja Kecamatan {p.kecamatan} Tahun {y}", "measurement")
        header = {
            "A": ["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian"],
            "B": ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            "C": ["No.", "Tujuan/Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian %", "Kategori"],
            "D": ["No", "Sasaran Strategis", "Indikator Kinerja", f"Tahun {y}", "", ""],
        }[layout]
        d.row(header)
        if layout == "D":  # the year spans its three columns
            d.row(["", "", "", "Target", "Realisasi", "Capaian (%)"])
        wrong_capaian = self.plant("capaian_mismatch")
        wrong_label = self.plant("label_mismatch")
        label_row = next((i for i, ind in enumerate(self.indicators) if ind.kind == "IKM"), 0)
        if wrong_label and not self._labelled(self.indicators[label_row]):
            label_row = len(self.indicators) - 1  # SAKIP
            self.style.sakip_label = True
        broken_at = r.randint(2, len(self.indicators) - 1) if r.random() < 0.5 else None
        last = None
        caps = []
        for i, ind in enumerate(self.indicators):
            if i == broken_at:
                d.page_break()
                if r.random() < 0.3:
                    d.add(f"Lanjutan {table}", "")
                d.row(header)
                if layout == "D":
                    d.row(["", "", "", "Target", "Realisasi", "Capaian (%)"])
            f = self.fig(ind)
            cap = capaian(f, ind.negative)
            printed = self._plant_capaian(cap) if wrong_capaian and i == 1 else cap
            caps.append(cap)
            sas = ind.sasaran if ind.sasaran != last else ""
            last = ind.sasaran
            t = self.score(ind, f.target)
            bad = wrong_label and i == label_row
            real = self.score(ind, f.realisasi, wrong_label=bad)
            c = percent(printed, self.style.mark, "bare" if layout in "BCD" else self.style.pct)
            cells = {
                "A": [sas, ind.name, t, real, c],
                "B": [str(i + 1) if sas else "", sas, ind.name, _unit_word(ind), t, real, c],
                "C": [str(i + 1) if sas else "", sas, ind.name, t, real, c, _category(cap)],
                "D": [str(i + 1) if sas else "", sas, ind.name, t, real, c],
            }[layout]
            line = d.row(cells)
            self.record(table, "measurement", line, ind, y, {"target": t, "realisasi": real, "capaian": c})
            if wrong_capaian and i == 1:
                d.planted.append(
                    {"check": "capaian_mismatch", "line": line, "table": table,
                     "note": f"capaian printed {c}, realisasi / target x 100 = {cap:.4f}"}
                )  # fmt: skip
            if bad:
                d.planted.append(
                    {"check": "label_mismatch", "line": line, "table": table,
                     "note": f"realisasi {real}: the category does not fit the number"}
                )  # fmt: skip
        if layout == "C" and r.random() < 0.5:
            mean = sum(caps) / len(caps)
            d.row(["", "Rata-Rata Capaian Kinerja", "", "", "", dec(mean, 2, self.style.mark), _category(mean)])
        self.end_table(f"Laporan Evaluasi Capaian Kinerja Kecamatan Tahun {y}")

    def analysis(self) -> None:
        """A paragraph or three per indicator, as chapter III of a report has (figures in prose are not read)."""
        d, y, r = self.doc, self.year, self.r
        d.add(f"1. ANALISIS CAPAIAN KINERJA TAHUN {y}", "")
        for i, ind in enumerate(self.indicators, 1):
            f = self.fig(ind)
            d.add(f"Sasaran {i} : {ind.sasaran}", "")
            d.para(
                f"Indikator {ind.name} pada tahun {y} ditargetkan sebesar {self.score(ind, f.target)} dan terealisasi "
                f"sebesar {self.score(ind, f.realisasi)}, sehingga capaian kinerjanya sebesar "
                f"{dec(capaian(f, ind.negative), 2, ',')}%. {r.choice(REMARKS)}"
            )
            d.para("Faktor pendukung keberhasilan antara lain: " + "; ".join(r.sample(SUPPORT, 2)) + ".")
            if r.random() < 0.6:
                d.para("Faktor penghambat yang dihadapi antara lain: " + "; ".join(r.sample(OBSTACLES, 2)) + ".")
            if r.random() < 0.5:
                d.para("Upaya yang akan dilakukan ke depan: " + "; ".join(r.sample(ACTIONS, 2)) + ".")

    def _labelled(self, ind: Indicator) -> bool:
        return (ind.kind == "IKM" and self.style.ikm_label != "none") or (
            ind.kind == "SAKIP" and self.style.sakip_label
        )

    def _plant_capaian(self, cap: float) -> float:
        delta = self.r.choice((-3.17, -1.25, 2.46, 4.8, -0.71))
        printed = _r2(cap + delta)
        return printed if abs(printed - 100) > 1e-6 else _r2(printed + 0.5)

    def multi_year_table(self) -> None:
        p, d, y, r = self.place, self.doc, self.year, self.r
        years = [y - 2, y - 1, y]
        chosen = [i for i in self.indicators if i.kind in ("IKM", "SAKIP")]
        others = [i for i in self.indicators if i.kind not in ("IKM", "SAKIP")]
        chosen += r.sample(others, min(len(others), r.randint(1, 2)))
        chosen.sort(key=self.indicators.index)
        layout = r.choice(("TR", "YEARS"))
        if layout == "TR":
            title = f"Perbandingan Realisasi Kinerja Tahun {years[0]} s.d. Tahun {y}"
        else:
            title = f"Perbandingan Capaian Kinerja Tahun {years[0]}, {years[1]} dan {y}"
        table = self.start_table(3, title, "multi_year")
        conflict = self.plant("conflicting_values")
        if layout == "TR":
            d.row(["Sasaran", "Indikator Kinerja", "Target", "", "", "Realisasi", "", ""])
            d.row(["", "", *[str(x) for x in years], *[str(x) for x in years]])
        else:
            top = ["No.", "Tujuan/Sasaran", "Indikator Kinerja"]
            for x in years:
                top += [str(x), "", ""]
            d.row(top)
            d.row(["", "", "", *(["Target", "Realisasi", "% Capaian"] * len(years))])
        last = None
        for n, ind in enumerate(chosen, 1):
            figs = {x: self.fig(ind, x) for x in years}
            if conflict and ind.kind in ("IKM", "SAKIP") and not self._conflict_done:
                self._conflict_done = True
                shown = Figure(figs[y].target, _shift_score(ind, figs[y].realisasi))
                figs[y] = shown
                conflict_line = d.next_line
                d.planted.append(
                    {"check": "conflicting_values", "line": conflict_line, "table": table,
                     "note": f"{ind.kind} realisasi {y} printed {shown.realisasi}, the measurement table says "
                             f"{self.fig(ind).realisasi}"}
                )  # fmt: skip
            sas = ind.sasaran if ind.sasaran != last else ""
            last = ind.sasaran
            name = ind.alt_name if r.random() < 0.5 else ind.name
            targets = [self.score(ind, figs[x].target) for x in years]
            reals = [self.score(ind, figs[x].realisasi) for x in years]
            if self.style.space_comma and self.style.mark == "," and ind.unit == "score":
                reals = [re.sub(r"(\d),(\d)", r"\1, \2", x) for x in reals]
            if layout == "TR":
                line = d.row([sas, name, *targets, *reals])
                for x, t, re_ in zip(years, targets, reals, strict=True):
                    self.record(table, "multi_year", line, ind, x, {"target": t, "realisasi": re_}, indikator=name)
            else:
                cells = [str(n) + ".", sas, name]
                caps = []
                for x, t, re_ in zip(years, targets, reals, strict=True):
                    c = percent(capaian(figs[x], ind.negative), self.style.mark, "bare")
                    caps.append(c)
                    cells += [t, re_, c]
                line = d.row(cells)
                for x, t, re_, c in zip(years, targets, reals, caps, strict=True):
                    self.record(
                        table, "multi_year", line, ind, x, {"target": t, "realisasi": re_, "capaian": c}, indikator=name
                    )
        self.end_table(f"Laporan Kinerja Kecamatan {p.kecamatan} Tahun {years[0]}, {years[1]} dan {y}")
        if conflict and not self._conflict_done:
            self.plants.append("conflicting_values")

    def peer_table(self) -> None:
        p, d, y, r = self.place, self.doc, self.year, self.r
        neighbours = [
            Place(kode, name, p.kode_kabkota, p.kabupaten_kota, p.provinsi)
            for kode, name in kecamatan_of(p.kode_kabkota)
            if kode != p.kode
        ]
        if not neighbours:
            return
        peers = r.sample(neighbours, min(len(neighbours), r.randint(1, 3)))
        # A kecamatan split from another ("Bathin III" and "Bathin III Ulu") is the natural comparison.
        related = [u for u in neighbours if u.kecamatan.split()[0].lower() == p.kecamatan.split()[0].lower()]
        if related and r.random() < 0.8:
            peers = [related[0], *[u for u in peers if u is not related[0]]][:3]
        units = [*peers, p] if r.random() < 0.6 else [p, *peers]
        years = [y - 1, y]
        chosen = [i for i in self.indicators if i.kind in ("IKM", "SAKIP")]
        table = self.start_table(
            3, f"Perbandingan Realisasi Kinerja Tahun {y - 1} dan Tahun {y} dengan Kecamatan Lain", "peer"
        )
        with_target = r.random() < 0.5
        first = ["Tujuan / Sasaran", "Indikator Kinerja"]
        if with_target:
            second, third = ["", ""], ["", ""]
            for u in units:
                first += [f"Kecamatan {u.kecamatan}", "", "", ""]
                second += ["Target", "", "Realisasi", ""]
                third += [f"Tahun {x}" for x in years] * 2
            d.row(first)
            d.row(second)
            d.row(third)
        else:
            second = ["", ""]
            for u in units:
                first += [f"Kecamatan {u.kecamatan}", ""]
                second += [str(x) for x in years]
            d.row(first)
            d.row(second)
        for ind in chosen:
            cells = [ind.sasaran, ind.name]
            per_unit = []
            for u in units:
                figs = {x: self.fig(ind, x, u) for x in years}
                ts = [self.score(ind, figs[x].target) for x in years]
                rs = [self.score(ind, figs[x].realisasi) for x in years]
                cells += (ts + rs) if with_target else rs
                per_unit.append((u, ts, rs))
            line = d.row(cells)
            for u, ts, rs in per_unit:
                own = u is p
                for k, x in enumerate(years):
                    got = {"realisasi": rs[k]}
                    if with_target:
                        got["target"] = ts[k]
                    extra = {} if own else {"peer": u.kecamatan, "kode_kecamatan": u.kode}
                    self.record(table, "peer", line, ind, x, got, **extra)
        self.end_table(f"Laporan Kinerja Kecamatan di {p.kabupaten_kota} Tahun {y}")

    def budget_table(self) -> None:
        p, d, y, r = self.place, self.doc, self.year, self.r
        layout = r.choice(("pct", "capaian", "rp", "serapan", "sisa"))
        header = {
            "pct": ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
            "capaian": ["No", "Program", "Pagu Anggaran", "Realisasi Anggaran", "% Capaian"],
            "rp": ["NO", "PROGRAM / KEGIATAN", "ALOKASI ANGGARAN (Rp)", "REALISASI (Rp)", "CAPAIAN (%)"],
            "serapan": ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
            "sisa": ["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa Anggaran (Rp)", "%"],
        }[layout]
        table = self.start_table(3, f"Realisasi Anggaran Kecamatan {p.kecamatan} Tahun Anggaran {y}", "budget")
        d.row(header)
        kegiatan = r.random() < 0.4 and layout != "capaian"
        worded = r.random() < 0.4  # "Kegiatan : ..." rows rather than numbered ones
        wrong_serapan = self.plant("serapan_mismatch")
        wrong_total = self.plant("total_mismatch")
        if wrong_total:
            self.total_row = self.total_planted = True
        broken_at = r.randint(1, len(self.programs) - 1) if r.random() < 0.4 else None
        kegiatan_plant = wrong_total and kegiatan and r.random() < 0.5
        for i, prog in enumerate(self.programs, 1):
            if i - 1 == broken_at:
                d.page_break()
                d.row(header)
            name = self.program_name(prog.name)
            money = prog.money
            rows = [(str(i), name, money, "program")]
            if kegiatan and worded:
                rows += [("", f"Kegiatan : {kname}", km, "kegiatan") for kname, km in prog.kegiatan]
            elif kegiatan:
                rows += [(f"{i}.{k}", kname, km, "kegiatan") for k, (kname, km) in enumerate(prog.kegiatan, 1)]
            for j, (no, label, m, level) in enumerate(rows):
                shown = m
                if kegiatan_plant and level == "kegiatan" and not self._total_done:
                    self._total_done = True
                    shown = Money(m.pagu + 10_000_000, m.realisasi)
                    d.planted.append(
                        {"check": "total_mismatch", "line": d.next_line - j, "table": table,
                         "note": f"program pagu {money.pagu} is not the sum of its kegiatan (one was changed)"}
                    )  # fmt: skip
                ser = shown.realisasi / shown.pagu * 100
                printed = ser
                if wrong_serapan and level == "program" and not self._serapan_done:
                    self._serapan_done = True
                    printed = _r2(ser + r.choice((-2.5, 1.75, 6.1, -0.9)))
                    d.planted.append(
                        {"check": "serapan_mismatch", "line": d.next_line, "table": table,
                         "note": f"serapan printed {printed}, realisasi / pagu x 100 = {ser:.4f}"}
                    )  # fmt: skip
                cells = {"pagu": self.money(shown.pagu), "realisasi": self.money(shown.realisasi)}
                cells["serapan"] = percent(printed, self.style.mark, "bare" if layout == "rp" else "plain", 2)
                sisa = [self.money(shown.pagu - shown.realisasi)] if layout == "sisa" else []
                line = d.row([no, label, cells["pagu"], cells["realisasi"], *sisa, cells["serapan"]])
                self.record_budget(table, "budget", line, level, label.removeprefix("Kegiatan : "), cells)
        pagu = sum(x.money.pagu for x in self.programs)
        real = sum(x.money.realisasi for x in self.programs)
        if self.total_row:
            shown_pagu = pagu
            if wrong_total and not kegiatan_plant:
                shown_pagu = pagu + r.choice((1_000_000, 9_000_000, 100_000_000))
            cells = {"pagu": self.money(shown_pagu), "realisasi": self.money(real)}
            cells["serapan"] = percent(real / shown_pagu * 100, self.style.mark, "bare" if layout == "rp" else "plain")
            word = r.choice(("JUMLAH", "TOTAL", "Jumlah", "Total"))
            shown_word = r.choice((word, word, word, f"<b>{word}</b>", f"**{word}**"))  # markup of the export
            sisa = [self.money(shown_pagu - real)] if layout == "sisa" else []
            line = d.row([shown_word, "", cells["pagu"], cells["realisasi"], *sisa, cells["serapan"]])
            self.record_budget(table, "budget", line, "total", word, cells)
            if wrong_total and not kegiatan_plant:
                d.planted.append(
                    {"check": "total_mismatch", "line": line, "table": table,
                     "note": f"total pagu printed {shown_pagu}, the programs add up to {pagu}"}
                )  # fmt: skip
        else:
            derived = {"pagu": str(pagu), "realisasi": str(real)}
            self.record_budget(table, "budget", None, "total", "JUMLAH (dihitung dari program)", derived, derived=True)
        self.end_table(f"LRA Kecamatan {p.kecamatan} Tahun {y}")

    def by_sasaran(self) -> list[tuple[str, list[Indicator], Money | None]]:
        """Sasaran in the order the report lists them, their indicators, and the budget of
        the programs serving each (None when no program does)."""
        groups: dict[str, list[Indicator]] = {}
        for ind in self.indicators:
            groups.setdefault(ind.sasaran_key, []).append(ind)
        out = []
        for key, inds in groups.items():
            progs = [x for x in self.programs if x.sasaran_key == key]
            money = Money(sum(x.money.pagu for x in progs), sum(x.money.realisasi for x in progs)) if progs else None
            out.append((inds[0].sasaran, inds, money))
        return out

    def perf_budget_table(self) -> None:
        if self.r.random() < 0.5:
            self.perf_budget_by_sasaran()
        else:
            self.perf_budget_by_program()
        if self.r.random() < 0.5:
            self.efficiency_table()

    def perf_budget_by_sasaran(self) -> None:
        """Like the samples' "Realisasi Kinerja & Anggaran": a sasaran's budget on its first
        indicator's row, the cells under it left empty (merged in the original)."""
        p, d, y, r = self.place, self.doc, self.year, self.r
        table = self.start_table(
            3,
            f"Realisasi Kinerja & Anggaran Kecamatan {p.kecamatan} {p.kabupaten_kota} Tahun {y}",
            "performance_budget",
        )
        d.row(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "KINERJA", "", "", "ANGGARAN", "", ""])
        d.row(["", "", "", "TARGET", "REALISASI", "CAPAIAN", "PAGU", "REALISASI", "CAPAIAN"])
        groups = self.by_sasaran()
        for n, (sasaran, inds, money) in enumerate(groups, 1):
            for k, ind in enumerate(inds):
                f = self.fig(ind)
                t, re_ = self.score(ind, f.target), self.score(ind, f.realisasi)
                c = percent(capaian(f, ind.negative), self.style.mark, "fixed")
                cells = {}
                if money and k == 0:
                    cells = {"pagu": self.money(money.pagu), "realisasi": self.money(money.realisasi)}
                    cells["serapan"] = percent(money.realisasi / money.pagu * 100, self.style.mark, "fixed")
                first = [str(n), sasaran] if k == 0 else ["", ""]
                budget_cells = [cells.get("pagu", ""), cells.get("realisasi", ""), cells.get("serapan", "")]
                line = d.row([*first, ind.name, t, re_, c, *budget_cells])
                self.record(table, "performance_budget", line, ind, y, {"target": t, "realisasi": re_, "capaian": c})
                if cells:
                    self.record_budget(table, "performance_budget", line, "sasaran", sasaran, cells)
        covered = {x.sasaran_key for x in self.indicators}
        if all(x.sasaran_key in covered for x in self.programs) and not self.total_planted and r.random() < 0.5:
            pagu = sum(x.money.pagu for x in self.programs)
            real = sum(x.money.realisasi for x in self.programs)
            cells = {"pagu": self.money(pagu), "realisasi": self.money(real)}
            cells["serapan"] = percent(real / pagu * 100, self.style.mark, "fixed")
            line = d.row(["", "JUMLAH", "", "", "", "", cells["pagu"], cells["realisasi"], cells["serapan"]])
            self.record_budget(table, "performance_budget", line, "total", "JUMLAH", cells)
        self.end_table(f"Laporan Evaluasi Kinerja Tahun {y}")

    def efficiency_table(self) -> None:
        """Capaian kinerja, serapan anggaran and tingkat efisiensi per sasaran."""
        d, y = self.doc, self.year
        table = self.start_table(3, f"Efisiensi Penggunaan Sumber Daya Tahun {y}", "efficiency")
        d.row(["Tujuan / Sasaran Strategis", "Capaian Kinerja", "Serapan Anggaran", "Tingkat Efisiensi"])
        n = 0
        for sasaran, inds, money in self.by_sasaran():
            if money is None:
                continue
            n += 1
            cap = _r2(capaian(self.fig(inds[0]), inds[0].negative))
            ser = _r2(money.realisasi / money.pagu * 100)
            eff = f"{cap / ser:.2f}".replace(".", self.style.mark)
            name = f"Sasaran {n} : {sasaran}"
            cells = [dec(cap, 2, self.style.mark) + "%", dec(ser, 2, self.style.mark) + "%", eff]
            line = d.row([name, *cells])
            self.doc.efficiency.append(
                {"table": table, "line": line, "tahun": y, "name": name, "capaian_kinerja": cap, "serapan": ser,
                 "efisiensi": _value(eff), "raw": cells}
            )  # fmt: skip
        self.end_table(f"Hasil Olahan Kecamatan Tahun {y}")

    def perf_budget_by_program(self) -> None:
        p, d, y = self.place, self.doc, self.year
        table = self.start_table(
            3, f"Realisasi Kinerja dan Anggaran Kecamatan {p.kecamatan} Tahun {y}", "performance_budget"
        )
        d.row(["NO", "PROGRAM", "INDIKATOR KINERJA", "KINERJA", "", "", "ANGGARAN", "", ""])
        d.row(["", "", "", "TARGET", "REALISASI", "CAPAIAN", "PAGU", "REALISASI", "CAPAIAN"])
        ind = Indicator("program", "OTHER", "", "", "", "percent")
        for i, prog in enumerate(self.programs, 1):
            k = prog.kinerja
            t, re_ = self.pct(k.target), self.pct(k.realisasi)
            c = percent(capaian(k), self.style.mark, "fixed")
            cells = {"pagu": self.money(prog.money.pagu), "realisasi": self.money(prog.money.realisasi)}
            cells["serapan"] = percent(prog.money.realisasi / prog.money.pagu * 100, self.style.mark, "fixed")
            name = self.program_name(prog.name)
            line = d.row([str(i), name, prog.indikator, t, re_, c, cells["pagu"], cells["realisasi"], cells["serapan"]])
            self.record(
                table, "performance_budget", line, ind, y, {"target": t, "realisasi": re_, "capaian": c},
                indikator=prog.indikator,
            )  # fmt: skip
            self.record_budget(table, "performance_budget", line, "program", name, cells)
        pagu = sum(x.money.pagu for x in self.programs)
        real = sum(x.money.realisasi for x in self.programs)
        derived = {"pagu": str(pagu), "realisasi": str(real)}
        self.record_budget(
            table, "performance_budget", None, "total", "JUMLAH (dihitung dari program)", derived, derived=True
        )
        self.end_table(f"Laporan Realisasi Anggaran dan Evaluasi Kinerja Tahun {y}")

    # -- BAB IV -------------------------------------------------------------------------------
    def chapter_four(self) -> None:
        p, d = self.place, self.doc
        d.add("BAB IV", "", "PENUTUP", "", "A. KESIMPULAN", "")
        d.para(
            f"Laporan Kinerja Instansi Pemerintah Kecamatan {p.kecamatan} Tahun {self.year} merupakan gambaran "
            "pencapaian kinerja selama satu tahun anggaran."
        )
        self.prose_total(summary=False)
        d.add("B. LANGKAH PERBAIKAN", "")
        d.para(
            "Langkah perbaikan ke depan adalah meningkatkan kualitas perencanaan, memperkuat koordinasi lintas "
            "sektor, dan melakukan monitoring rutin terhadap penggunaan anggaran dan capaian kinerja."
        )
        d.add(f"CAMAT {p.kecamatan.upper()}", "")


def _unit_word(ind: Indicator) -> str:
    return {"score": "Indeks", "percent": "%", "count": ind.count_word}[ind.unit]


def _category(cap: float) -> str:
    return "Sangat Tinggi" if cap >= 91 else "Tinggi" if cap >= 76 else "Sedang" if cap >= 66 else "Rendah"


def _other_ikm_band(code: str) -> tuple[str, str]:
    bands = _ikm_bands()
    i = next(k for k, b in enumerate(bands) if b["code"] == code)
    other = bands[i + 1] if i + 1 < len(bands) else bands[i - 1]
    return other["code"], other["name"]


def _other_sakip_band(code: str) -> str:
    codes = _sakip_codes()
    i = codes.index(code)
    return codes[i - 1] if i > 0 else codes[i + 1]


def _shift_score(ind: Indicator, value: float) -> float:
    """A visibly different value in the same band (so only the conflict is planted)."""
    for delta in (1.37, -1.37, 0.73, -0.73, 2.11, -2.11):
        v = _r2(value + delta)
        if ind.kind == "IKM" and ikm_band(v) == ikm_band(value) and v <= 100:
            return v
        if ind.kind == "SAKIP" and sakip_band(v) == sakip_band(value):
            return v
    return _r2(value + 0.41)


# --- one report, and the corpus --------------------------------------------------------


def write_report(seed: int, place: Place, year: int, plants: list[str]) -> tuple[str, dict]:
    """One report's text and its truth; `plants` are the checks to plant an inconsistency for."""
    w = Writer(seed, place, year, plants)
    doc = w.write()
    if w.plants:
        raise RuntimeError(f"could not plant {w.plants} in {place.kecamatan} {year}")
    truth = {
        "identity": {
            "kecamatan": place.kecamatan,
            "kabupaten_kota": place.kabupaten_kota,
            "provinsi": w.provinsi,
            "tahun": year,
            "kode_kecamatan": place.kode,
            "kode_kabkota": place.kode_kabkota,
            "kode_provinsi": place.kode[:2],
        },
        "tables": doc.tables,
        "indicators": doc.indicators,
        "budget": doc.budget,
        "efficiency": doc.efficiency,
        "planted": sorted(doc.planted, key=lambda x: x["line"]),
    }
    return "\n".join(doc.lines) + "\n", truth


def plants_for(index: int, plant_every: int) -> list[str]:
    if plant_every <= 0 or index % plant_every != 1 % plant_every:
        return []
    return [CHECKS[(index // plant_every) % len(CHECKS)]]


def generate(
    out_dir: str | Path,
    n_kecamatan: int,
    years: list[int] | tuple[int, ...],
    seed: int = 0,
    pdf_every: int = 0,
    per_kabkota: int | None = None,
    plant_every: int = 3,
) -> list[Path]:
    """Write N kecamatan x `years` text exports (and every `pdf_every`-th also as a PDF) with
    their `.truth.json`; returns the documents' paths (text exports and PDFs), in order.

    `per_kabkota` takes at most that many kecamatan from each kabupaten/kota (more kabupaten in a
    small corpus); every `plant_every`-th document carries one planted inconsistency, the checks
    taken in turn (0: none). The `.truth.json` files sit next to the documents: ingest the
    returned paths (or move the truth away), since the CLI reads every file of a folder."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    index = 0
    for place in select_places(n_kecamatan, seed, per_kabkota):
        for year in sorted(years):
            stem = f"{index:05d}_{hashlib.sha1(f'{seed}:{place.kode}:{year}'.encode()).hexdigest()[:16]}"
            text, truth = write_report(seed, place, year, plants_for(index, plant_every))
            txt = out / f"{stem}.txt"
            txt.write_text(text, encoding="utf-8")
            truth = {"file": txt.name, "pdf": None, "seed": seed, **truth}
            paths.append(txt)
            if pdf_every > 0 and index % pdf_every == pdf_every - 1:
                pdf = out / f"{stem}.pdf"
                _build_pdf(txt, pdf)
                truth["pdf"] = pdf.name
                paths.append(pdf)
            (out / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
            index += 1
    return paths


def _build_pdf(source: Path, out: Path) -> None:
    from tests.test_pdf_fixtures import build_pdf

    build_pdf(source, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a corpus of LKjIP text exports with ground truth.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--kecamatan", type=int, default=12)
    parser.add_argument("--years", type=int, nargs="+", default=[2022, 2023, 2024])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pdf-every", type=int, default=0)
    parser.add_argument("--per-kabkota", type=int, default=None)
    parser.add_argument("--plant-every", type=int, default=3)
    args = parser.parse_args(argv)
    paths = generate(
        args.out, args.kecamatan, args.years, args.seed, args.pdf_every, args.per_kabkota, args.plant_every
    )
    print(f"{len(paths)} documents written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

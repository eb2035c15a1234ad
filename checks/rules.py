"""The rules the checks apply (rules.toml): band tables, polarity, severity scale."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_PATH = Path(__file__).with_name("rules.toml")


@cache
def rules() -> dict:
    with _PATH.open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class Band:
    code: str
    name: str
    low: float
    high: float
    rank: int


def bands(kind: str) -> tuple[Band, ...]:
    """IKM or SAKIP bands, best first."""
    return _bands(kind.lower())


@cache  # band_for runs once per value shown: tens of thousands at national scale
def _bands(kind: str) -> tuple[Band, ...]:
    return tuple(Band(b["code"], b["name"], b["low"], b["high"], i) for i, b in enumerate(rules()[kind]["bands"]))


def regulation(kind: str) -> str:
    return rules()[kind.lower()]["regulation"]


def band_for(kind: str, value: float) -> Band | None:
    """The band a value falls in; None when it is off the scale. Boundaries as in rules.toml."""
    spec = rules()[kind.lower()]
    if not spec["scale_min"] <= value <= spec["scale_max"]:
        return None
    if kind.upper() == "IKM":
        v = float(f"{value + 1e-9:.2f}")
        return next((b for b in bands("IKM") if b.low <= v <= b.high), None)
    return next((b for b in bands("SAKIP") if b.low < value <= b.high or (b.low == 0 and value == 0)), None)


_IKM_WORDS = {"sangat baik": "A", "baik": "B", "kurang baik": "C", "tidak baik": "D"}


def band_named(kind: str, label: str | None) -> Band | None:
    """The band a written category means: "Baik" or "B" for IKM, "BB" for SAKIP."""
    if not label:
        return None
    text = re.sub(r"\s+", " ", label.strip().lower())
    code = _IKM_WORDS.get(text, text.upper()) if kind.upper() == "IKM" else text.upper()
    return next((b for b in bands(kind) if b.code == code), None)


def is_negative(indikator: str) -> bool:
    name = indikator.lower()
    return any(p in name for p in rules()["polarity"]["negative_phrases"])


def severity(gap: float, scale: str) -> str:
    """rendah / sedang / tinggi for a gap measured on `scale` (see rules.toml)."""
    limits = rules()["severity"][scale]
    level = "rendah"
    for name in ("sedang", "tinggi"):
        if gap >= limits[name]:
            level = name
    return level

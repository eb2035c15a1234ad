"""One colour per place, the same in every chart, on the Presentasi page, in the PNGs and
in the PowerPoint deck, whatever the filter.

A kecamatan's colour comes from its official Kemendagri code (`35.72.03`): the
kecamatan number within its kabupaten/kota, shifted by the kabupaten/kota's number, picks
from a fixed palette - so the kecamatan of one kabupaten/kota (the usual filter) get
different colours as long as there are at most len(PALETTE) of them, and a colour never
depends on what else is shown or loaded. Kabupaten/kota (`35.72`) and provinsi (`35`) keys
work the same way; a place without a code (`?sukorejo|kota blitar`) is hashed.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import pandas as pd

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
    "#393b79", "#ad494a", "#637939", "#7b4173", "#8c6d31", "#b8860b", "#e6550d", "#31a354", "#756bb1", "#843c39",
)  # fmt: skip
FALLBACK = "#0b5394"  # a mark that stands for no place (a median, a count)
_CODE = re.compile(r"^(\d{2})(?:\.(\d{2}))?(?:\.(\d{2}))?$")


def place_colour(key) -> str:
    """The colour of a place, from its key (official code, or the key made of its names)."""
    if not isinstance(key, str) or not key:
        return FALLBACK
    match = _CODE.match(key.strip())
    if match:
        prov, kab, kec = (int(part) if part else None for part in match.groups())
        if kec is not None:
            index = kab * 5 + kec - 1
        elif kab is not None:
            index = prov * 3 + kab - 1
        else:
            index = prov
    else:
        index = zlib.crc32(key.strip().casefold().encode("utf-8"))
    return PALETTE[index % len(PALETTE)]


def for_places(data: pd.DataFrame, label: str, key: str) -> dict[str, str]:
    """label -> colour for each row of `data` (a label is what a chart shows, e.g. 'Sukorejo *')."""
    if data.empty or label not in data.columns:
        return {}
    keys = data[key] if key in data.columns else pd.Series([None] * len(data), index=data.index)
    return {str(lab): place_colour(k if isinstance(k, str) else f"?{lab}") for lab, k in zip(data[label], keys,
                                                                                         strict=True)}  # fmt: skip


def tint(colour: str, amount: float = 0.55) -> str:
    """`colour` mixed with white: the lighter twin for a target or a pagu beside its realisasi."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (red, green, blue))


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def aligned(names: Iterable[str], colours: dict[str, str] | None) -> tuple[str, ...]:
    """The colour of each name (FALLBACK for a name without one)."""
    colours = colours or {}
    return tuple(colours.get(str(n), FALLBACK) for n in names)

"""The words the interpreter recognises, loaded from vocabulary.toml."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

_PATH = Path(__file__).with_name("vocabulary.toml")


@cache
def vocabulary() -> dict:
    with _PATH.open("rb") as fh:
        return tomllib.load(fh)


def words(section: str, key: str) -> list[str]:
    return vocabulary()[section][key]


def _pattern(phrase: str) -> str:
    escaped = re.escape(phrase.lower())
    left = r"(?<![a-z0-9])" if phrase[:1].isalnum() else ""
    right = r"(?![a-z0-9])" if phrase[-1:].isalnum() else ""
    return left + escaped + right


@cache
def _compiled(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_pattern(p) for p in phrases))


def mentions(text: str, phrases: list[str]) -> bool:
    """Whether `text` contains any phrase as whole words (case-insensitive)."""
    return bool(_compiled(tuple(phrases)).search(text.lower()))


def starts_with(text: str, phrases: list[str]) -> bool:
    lowered = text.lower().strip()
    return any(re.match(_pattern(p), lowered) for p in phrases)


def indicator_kind(name: str) -> str:
    """Classify an indicator by meaning: IKM, SAKIP, IPP, IKPP, PATEN or OTHER."""
    kinds = vocabulary()["indicator_kinds"]
    if starts_with(name, kinds["not_a_score_prefixes"]):
        return "OTHER"
    for kind in kinds["order"]:
        if mentions(name, kinds["phrases"][kind]):
            return kind
    return "OTHER"


@cache
def all_terms() -> tuple[str, ...]:
    """Every phrase of the vocabulary, whatever its section."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(vocabulary())
    return tuple(found)

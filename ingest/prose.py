"""Statements read from the document's sentences (interpret stage).

Pure functions over the Paragraph blocks of a Document. Budget totals stated in a
sentence are read by `ingest.interpret.prose_budget_facts`; this module reads the other
statements the checks need.
"""

from __future__ import annotations

import re

from ingest.facts import Provenance
from ingest.model import Document, Paragraph
from ingest.vocabulary import mentions, words

PROSE_TABLE = "teks (paragraf)"
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%])[.;]\s+(?=[A-Z])")


def sentences(block: Paragraph) -> list[str]:
    """A paragraph's sentences, split at a full stop followed by a capital: numbers such
    as "2.639.389.252" and "98,50%." stay whole."""
    return [s.strip() for s in _SENTENCE_END.split(block.text) if s.strip()]


def target_adjustment(doc: Document) -> Provenance | None:
    """Where the document says the year's targets were adjusted from the Renstra (the
    first such sentence), or None: a Renstra target then differs from the annual one by
    design, not by mistake."""
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block):
            if (
                mentions(sentence, words("prose", "plan_words"))
                and mentions(sentence, words("prose", "target_words"))
                and mentions(sentence, words("prose", "adjustment_words"))
            ):
                return Provenance(PROSE_TABLE, block.line, block.page, sentence[:500], "prose")
    return None

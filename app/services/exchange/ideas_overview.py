"""The improvement team's view of the wards' ideas (issue 18), from the weekly files merged here:
how many ideas each ward has in each column of its board, and the ideas one ward adopted (or
adapted) that the other wards have not tried: the spread of change ideas.

"Not tried" is worked out from the words: another ward has an idea whose words mostly match
(most of the adopted idea's longer words appear in it), in any column. Takes the same ward filter
as every list (``ward_ids``: a sequence of ward ids, or None for every ward).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.idea import ADAPTED, ADOPTED, STATUSES, Idea
from app.services.context import ServiceContext
from app.storage.repositories.board import IdeaRepository
from app.storage.repositories.wards import WardRepository

SPREAD_STATUSES = (ADOPTED, ADAPTED)
MATCH_SHARE = 0.6  # this share of an idea's longer words in another ward's idea: the same idea
_WORD = re.compile(r"[a-z0-9]{4,}")


@dataclass(frozen=True)
class WardIdeas:
    ward_id: str
    ward_name: str
    counts: dict[str, int]  # status -> live ideas in that column

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class SpreadCandidate:
    idea: Idea
    ward_name: str
    not_tried_by: tuple[str, ...]  # the names of the other wards with no idea like it


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def same_idea(adopted: Idea, other: Idea) -> bool:
    words = _words(adopted.text)
    if not words:
        return adopted.text.strip().lower() == other.text.strip().lower()
    return len(words & _words(other.text)) >= MATCH_SHARE * len(words)


class IdeasOverview:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ideas = IdeaRepository(ctx.database)
        self.wards = WardRepository(ctx.database)

    def by_ward(self, ward_ids: Sequence[str] | None = None) -> list[WardIdeas]:
        """One row per ward held here (filtered), with its ideas counted by column."""
        wanted = None if ward_ids is None else list(ward_ids)
        counts: dict[str, dict[str, int]] = {}
        for idea in self.ideas.for_wards(wanted):
            row = counts.setdefault(idea.ward_id, dict.fromkeys(STATUSES, 0))
            row[idea.status] += 1
        return [
            WardIdeas(w.id, w.name, counts.get(w.id, dict.fromkeys(STATUSES, 0)))
            for w in self.wards.all()
            if wanted is None or w.id in wanted
        ]

    def spread(self, ward_ids: Sequence[str] | None = None) -> list[SpreadCandidate]:
        """Ideas adopted or adapted in a ward (of the filter) that other wards held here have not
        tried, most widely untried first."""
        every = self.ideas.for_wards(None)
        names = {w.id: w.name for w in self.wards.all()}
        by_ward: dict[str, list[Idea]] = {}
        for idea in every:
            by_ward.setdefault(idea.ward_id, []).append(idea)
        wanted = None if ward_ids is None else set(ward_ids)
        out = []
        for idea in every:
            if idea.status not in SPREAD_STATUSES or (wanted is not None and idea.ward_id not in wanted):
                continue
            untried = tuple(
                names[ward_id]
                for ward_id in sorted(names, key=lambda w: names[w])
                if ward_id != idea.ward_id and not any(same_idea(idea, o) for o in by_ward.get(ward_id, []))
            )
            if untried:
                out.append(SpreadCandidate(idea, names.get(idea.ward_id, ""), untried))
        return sorted(out, key=lambda c: (-len(c.not_tried_by), c.ward_name, c.idea.text))

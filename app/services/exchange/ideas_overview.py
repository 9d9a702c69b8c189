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
        tried, most widely untried first.

        The same answer as asking ``same_idea`` of every pair, worked out from an index: each idea's
        words are read once, and an adopted idea's words look up the ideas sharing them (asking
        every pair took 60-140 ms for the 314 ideas of a 20-ward trust, on the UI thread)."""
        names = {w.id: w.name for w in self.wards.all()}
        return spread_of(self.ideas.for_wards(None), names, None if ward_ids is None else set(ward_ids))


def spread_of(every: list[Idea], names: dict[str, str], wanted: set[str] | None) -> list[SpreadCandidate]:
    """``spread`` on these ideas and ward names (``wanted``: the filter's ward ids, None for all)."""
    order = sorted(names, key=lambda w: names[w])
    words = [_words(idea.text) for idea in every]
    holding: dict[str, list[int]] = {}  # word -> the ideas (by position) with that word
    for position, found in enumerate(words):
        for word in found:
            holding.setdefault(word, []).append(position)
    by_text: dict[str, set[str]] = {}  # an idea's bare text -> the wards with that text
    for idea in every:
        by_text.setdefault(idea.text.strip().lower(), set()).add(idea.ward_id)
    out = []
    for position, idea in enumerate(every):
        if idea.status not in SPREAD_STATUSES or (wanted is not None and idea.ward_id not in wanted):
            continue
        tried = _wards_with_the_idea(idea, words[position], every, holding, by_text)
        untried = tuple(names[w] for w in order if w != idea.ward_id and w not in tried)
        if untried:
            out.append(SpreadCandidate(idea, names.get(idea.ward_id, ""), untried))
    return sorted(out, key=lambda c: (-len(c.not_tried_by), c.ward_name, c.idea.text))


def _wards_with_the_idea(
    idea: Idea, words: set[str], every: list[Idea], holding: dict[str, list[int]], by_text: dict[str, set[str]]
) -> set[str]:
    """The wards holding an idea that ``same_idea`` calls the same as ``idea`` (its words given)."""
    if not words:
        return by_text.get(idea.text.strip().lower(), set())
    shared: dict[int, int] = {}  # other idea's position -> how many of the words it has
    for word in words:
        for position in holding.get(word, ()):
            shared[position] = shared.get(position, 0) + 1
    need = MATCH_SHARE * len(words)
    return {every[position].ward_id for position, count in shared.items() if count >= need}

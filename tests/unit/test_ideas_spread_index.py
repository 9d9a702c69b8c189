"""The spread of change ideas (app/services/exchange/ideas_overview.py) is worked out from a word
index: it gives the answer asking ``same_idea`` of every pair of ideas gives, on many made-up
wards and ideas (shared words, too few shared words, ideas with no long word, filters)."""

from __future__ import annotations

import random

from app.domain.idea import ADAPTED, ADOPTED, STATUSES, Idea
from app.services.exchange.ideas_overview import SPREAD_STATUSES, same_idea, spread_of

WORDS = ("falls", "socks", "night", "lights", "bell", "reach", "rounds", "clock", "bay", "tea", "huddle", "mats")


def by_pairs(every: list[Idea], names: dict[str, str], wanted: set[str] | None) -> list[tuple]:
    """The spread as the overview first worked it out: every adopted idea against every idea."""
    out = []
    for idea in every:
        if idea.status not in SPREAD_STATUSES or (wanted is not None and idea.ward_id not in wanted):
            continue
        untried = tuple(
            names[w]
            for w in sorted(names, key=lambda w: names[w])
            if w != idea.ward_id and not any(same_idea(idea, o) for o in every if o.ward_id == w)
        )
        if untried:
            out.append((idea, names[idea.ward_id], untried))
    return sorted(out, key=lambda c: (-len(c[2]), c[1], c[0].text))


def made_up(seed: int) -> tuple[list[Idea], dict[str, str]]:
    chance = random.Random(seed)
    names = {f"w{n}": f"Ward {n}" for n in range(chance.randint(2, 7))}
    every = []
    for ward_id in names:
        for _ in range(chance.randint(0, 12)):
            if chance.random() < 0.1:
                text = chance.choice(("Tea", "A bay", "tea ", "OK"))  # no word of four letters or more
            else:
                text = " ".join(chance.sample(WORDS, chance.randint(1, 5))).capitalize()
            status = chance.choice((*STATUSES, ADOPTED, ADAPTED))
            every.append(Idea(ward_id, text, status=status))
    return every, names


def test_the_index_gives_the_answer_of_every_pair() -> None:
    compared = 0
    for seed in range(300):
        every, names = made_up(seed)
        for wanted in (None, set(list(names)[:1]), set(list(names)[1:3])):
            got = [(c.idea, c.ward_name, c.not_tried_by) for c in spread_of(every, names, wanted)]
            assert got == by_pairs(every, names, wanted), f"seed {seed}, wards {wanted}"
            compared += len(got)
    assert compared > 1000  # the made-up boards do have ideas to spread


def test_an_idea_with_most_of_its_words_elsewhere_counts_as_tried() -> None:
    names = {"a": "Ward A", "b": "Ward B", "c": "Ward C"}
    every = [
        Idea("a", "Red socks for patients at risk of falls", status=ADOPTED),
        Idea("b", "Red socks for falls risk patients"),  # 4 of the 5 longer words: tried
        Idea("c", "Socks for patients"),  # 2 of 5: not tried
    ]
    (candidate,) = spread_of(every, names, None)
    assert candidate.not_tried_by == ("Ward C",)

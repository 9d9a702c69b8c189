"""Improvement projects (domain-and-forms.md §A5): the aim, the driver diagram, the linked
measures, the IHI progress score and the status.

Plain Python, no I/O. The driver diagram is a tree of :class:`DriverNode` under the aim: primary
drivers, their secondary drivers, and the change ideas under those (three levels, by depth). Each
node keeps a stable id, so PDSA cycles can name the change idea they test even after it is
renamed or moved. The tree functions return a new tree; nothing is changed in place.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.envelope import Envelope, Enveloped, new_uuid
from app.errors import ValidationError

PROJECT_STATUSES = ("Active", "On hold", "Completed", "Stopped")

#: The IHI / Life QI progress scale, set by the team (never worked out automatically). The archived
#: source is partly cut off for 4.0 to 5.0: check the wording against the current Life QI help.
PROGRESS_SCORES: dict[float, str] = {
    0.5: "Intent to participate",
    1.0: "Charter and team established",
    1.5: "Planning for the project has begun",
    2.0: "Activity, but no changes",
    2.5: "Changes tested, but no improvement",
    3.0: "Modest improvement",
    3.5: "Improvement",
    4.0: "Significant improvement (major parts of the system changed, goals 50% or more complete)",
    4.5: "Sustainable improvement",
    5.0: "Outstanding sustainable results",
}

LEVELS = ("primary", "secondary", "change")
LEVEL_NAMES = {"aim": "Aim", "primary": "Primary driver", "secondary": "Secondary driver", "change": "Change idea"}

MAX_TITLE = 120
MAX_NODE_TEXT = 200
MAX_NODES = 300
MAX_TEAM = 40


def progress_label(score: float) -> str:
    return f"{score:.1f}: {PROGRESS_SCORES[score]}"


def format_amount(value: float | None, unit: str) -> str:
    """12 → '12', 12.5 → '12.5', with the unit: '79%', '4.2 minutes'."""
    if value is None:
        return "?"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    unit = unit.strip()
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


# ----------------------------------------------------------------------------------------------
# the aim


@dataclass(frozen=True)
class Aim:
    """What, how much (from the baseline to the target, in a unit) and by when (§A5 #4)."""

    what: str = ""
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    by_when: date | None = None

    @property
    def direction(self) -> str:
        if self.baseline is None or self.target is None or self.baseline == self.target:
            return "improve"
        return "increase" if self.target > self.baseline else "reduce"

    def gaps(self) -> list[str]:
        """What the aim still lacks to be SMART, in words for a prompt."""
        missing = []
        if not self.what.strip():
            missing.append("what you will improve")
        if self.baseline is None:
            missing.append("where you start from (the baseline)")
        if self.target is None:
            missing.append("how much (the target)")
        if self.by_when is None:
            missing.append("by when")
        return missing


def aim_sentence(aim: Aim, where: str = "") -> str:
    """The aim as one sentence: 'We aim to increase observations done on time from 79% to 95% on
    Ward 7 by 31 March 2026.' Parts not given yet are left out."""
    what = " ".join(aim.what.split())
    if not what:
        return "No aim yet: say what you will improve, by how much and by when."
    what = what[0].lower() + what[1:] if what[:2] != what[:2].upper() else what
    parts = [f"We aim to {aim.direction} {what}"]
    if aim.baseline is not None and aim.target is not None:
        parts.append(f"from {format_amount(aim.baseline, aim.unit)} to {format_amount(aim.target, aim.unit)}")
    elif aim.target is not None:
        parts.append(f"to {format_amount(aim.target, aim.unit)}")
    if where.strip():
        parts.append(f"on {where.strip()}")
    if aim.by_when is not None:
        parts.append(f"by {aim.by_when.day} {aim.by_when:%B %Y}")
    return " ".join(parts) + "."


# ----------------------------------------------------------------------------------------------
# the driver diagram


@dataclass(frozen=True)
class DriverNode:
    text: str
    children: tuple[DriverNode, ...] = ()
    id: str = field(default_factory=new_uuid)


def level_at(depth: int) -> str:
    """Depth 1 is a primary driver, 2 a secondary driver, 3 a change idea."""
    return LEVELS[min(max(depth, 1), len(LEVELS)) - 1]


def walk(nodes: Sequence[DriverNode], depth: int = 1) -> Iterator[tuple[DriverNode, int]]:
    for node in nodes:
        yield node, depth
        yield from walk(node.children, depth + 1)


def find_node(nodes: Sequence[DriverNode], node_id: str) -> tuple[DriverNode, int] | None:
    return next(((n, d) for n, d in walk(nodes) if n.id == node_id), None)


def parent_of(nodes: Sequence[DriverNode], node_id: str) -> DriverNode | None:
    for node, _depth in walk(nodes):
        if any(child.id == node_id for child in node.children):
            return node
    return None


def change_ideas(nodes: Sequence[DriverNode]) -> list[DriverNode]:
    """Every change idea (third level), in diagram order."""
    return [n for n, d in walk(nodes) if d == len(LEVELS)]


def _clean_text(text: str, what: str) -> str:
    clean = " ".join(text.split())
    if not clean:
        raise ValidationError(f"Type the {what}'s words.", "drivers")
    if len(clean) > MAX_NODE_TEXT:
        raise ValidationError(f"Keep each {what} under {MAX_NODE_TEXT} characters.", "drivers")
    return clean


def _map(nodes: Sequence[DriverNode], node_id: str, change) -> tuple[tuple[DriverNode, ...], bool]:
    """Apply ``change`` to the list holding ``node_id`` (it gets the list and the index)."""
    for index, node in enumerate(nodes):
        if node.id == node_id:
            return tuple(change(list(nodes), index)), True
    out = []
    done = False
    for node in nodes:
        if not done:
            children, done = _map(node.children, node_id, change)
            if done:
                node = replace(node, children=children)
        out.append(node)
    return tuple(out), done


def add_node(
    nodes: Sequence[DriverNode], parent_id: str | None, text: str, *, node_id: str | None = None
) -> tuple[tuple[DriverNode, ...], DriverNode]:
    """Add a node under ``parent_id`` (None: a new primary driver under the aim)."""
    if parent_id is None:
        new = DriverNode(_clean_text(text, LEVEL_NAMES["primary"].lower()), id=node_id or new_uuid())
        return (*nodes, new), new
    found = find_node(nodes, parent_id)
    if found is None:
        raise ValidationError("That part of the driver diagram no longer exists.", "drivers")
    parent, depth = found
    if depth >= len(LEVELS):
        raise ValidationError(
            "A change idea is the last level of the diagram: add another change idea beside it instead.", "drivers"
        )
    new = DriverNode(_clean_text(text, LEVEL_NAMES[level_at(depth + 1)].lower()), id=node_id or new_uuid())

    def append(siblings: list[DriverNode], index: int) -> list[DriverNode]:
        siblings[index] = replace(siblings[index], children=(*siblings[index].children, new))
        return siblings

    tree, _ = _map(nodes, parent.id, append)
    return tree, new


def rename_node(nodes: Sequence[DriverNode], node_id: str, text: str) -> tuple[DriverNode, ...]:
    found = find_node(nodes, node_id)
    if found is None:
        raise ValidationError("That part of the driver diagram no longer exists.", "drivers")
    clean = _clean_text(text, LEVEL_NAMES[level_at(found[1])].lower())

    def rename(siblings: list[DriverNode], index: int) -> list[DriverNode]:
        siblings[index] = replace(siblings[index], text=clean)
        return siblings

    return _map(nodes, node_id, rename)[0]


def remove_node(nodes: Sequence[DriverNode], node_id: str) -> tuple[DriverNode, ...]:
    """Remove a node and everything under it."""

    def remove(siblings: list[DriverNode], index: int) -> list[DriverNode]:
        del siblings[index]
        return siblings

    tree, done = _map(nodes, node_id, remove)
    if not done:
        raise ValidationError("That part of the driver diagram no longer exists.", "drivers")
    return tree


def move_node(nodes: Sequence[DriverNode], node_id: str, step: int) -> tuple[DriverNode, ...]:
    """Move a node up (step -1) or down (+1) among its siblings; at either end it stays put."""

    def move(siblings: list[DriverNode], index: int) -> list[DriverNode]:
        target = index + step
        if 0 <= target < len(siblings):
            siblings[index], siblings[target] = siblings[target], siblings[index]
        return siblings

    tree, done = _map(nodes, node_id, move)
    if not done:
        raise ValidationError("That part of the driver diagram no longer exists.", "drivers")
    return tree


def descendants(node: DriverNode) -> list[DriverNode]:
    return [n for n, _d in walk(node.children)]


def validate_drivers(nodes: Sequence[DriverNode]) -> tuple[DriverNode, ...]:
    seen: set[str] = set()
    count = 0

    def clean(items: Sequence[DriverNode], depth: int) -> tuple[DriverNode, ...]:
        nonlocal count
        out = []
        for node in items:
            count += 1
            if depth > len(LEVELS):
                raise ValidationError(
                    "The driver diagram has three levels under the aim: primary drivers, "
                    "secondary drivers and change ideas.",
                    "drivers",
                )
            if node.id in seen or not node.id:
                raise ValidationError("The driver diagram has two parts with the same id.", "drivers")
            seen.add(node.id)
            text = _clean_text(node.text, LEVEL_NAMES[level_at(depth)].lower())
            out.append(DriverNode(text, clean(node.children, depth + 1), node.id))
        return tuple(out)

    tree = clean(nodes, 1)
    if count > MAX_NODES:
        raise ValidationError(f"The driver diagram has {count} parts; keep it under {MAX_NODES}.", "drivers")
    return tree


# ----------------------------------------------------------------------------------------------
# the project


@dataclass(frozen=True)
class Project(Enveloped):
    ward_id: str
    title: str
    team: tuple[str, ...] = ()
    sponsor: str = ""
    problem: str = ""
    aim: Aim = field(default_factory=Aim)
    drivers: tuple[DriverNode, ...] = ()
    measure_ids: tuple[str, ...] = ()
    progress_score: float = 0.5
    status: str = "Active"
    envelope: Envelope | None = None

    def change_idea(self, node_id: str) -> DriverNode | None:
        found = find_node(self.drivers, node_id)
        return found[0] if found and found[1] == len(LEVELS) else None

    def validated(self) -> Project:
        title = " ".join(self.title.split())
        if not title:
            raise ValidationError("Give the project a short title, for example 'Fewer falls at night'.", "title")
        if len(title) > MAX_TITLE:
            raise ValidationError(f"Keep the title under {MAX_TITLE} characters.", "title")
        team: list[str] = []
        for name in self.team:
            clean = " ".join(name.split())
            if not clean or clean.lower() in (t.lower() for t in team):
                continue
            if len(clean) > 60:
                raise ValidationError("Each team member's name must be under 60 characters.", "team")
            team.append(clean)
        if len(team) > MAX_TEAM:
            raise ValidationError(f"A project team of more than {MAX_TEAM} people is too many to list.", "team")
        sponsor = " ".join(self.sponsor.split())
        if len(sponsor) > 60:
            raise ValidationError("The sponsor's name must be under 60 characters.", "sponsor")
        problem = self.problem.strip()
        if len(problem) > 4000:
            raise ValidationError("Keep the problem under 4,000 characters.", "problem")
        aim = self.aim
        what = " ".join(aim.what.split())
        if len(what) > 300:
            raise ValidationError("Keep what the aim improves under 300 characters.", "aim_what")
        unit = " ".join(aim.unit.split())
        if len(unit) > 30:
            raise ValidationError("Keep the aim's unit short, for example '%' or 'minutes'.", "aim_unit")
        for value, name, words in ((aim.baseline, "aim_baseline", "baseline"), (aim.target, "aim_target", "target")):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
            ):
                raise ValidationError(f"The aim's {words} must be a number, or blank.", name)
        if unit == "%":
            for value, name, words in (
                (aim.baseline, "aim_baseline", "baseline"),
                (aim.target, "aim_target", "target"),
            ):
                if value is not None and not 0 <= value <= 100:
                    raise ValidationError(f"A percentage {words} must be between 0 and 100.", name)
        if self.progress_score not in PROGRESS_SCORES:
            raise ValidationError("The progress score is one of 0.5, 1.0, 1.5 ... 5.0.", "progress_score")
        if self.status not in PROJECT_STATUSES:
            raise ValidationError(f"'{self.status}' is not a project status.", "status")
        measures: list[str] = []
        for measure_id in self.measure_ids:
            if measure_id and measure_id not in measures:
                measures.append(measure_id)
        return replace(
            self,
            title=title,
            team=tuple(team),
            sponsor=sponsor,
            problem=problem,
            aim=replace(
                aim,
                what=what,
                unit=unit,
                baseline=None if aim.baseline is None else float(aim.baseline),
                target=None if aim.target is None else float(aim.target),
            ),
            drivers=validate_drivers(self.drivers),
            measure_ids=tuple(measures),
            progress_score=float(self.progress_score),
        )

"""A card moved to Testing is tested in a PDSA cycle: offer to start one in an improvement
project of the ward, or to link a cycle it already has."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.domain.idea import TESTING, Idea
from app.services.changes import Changes
from app.services.records.board import BoardService


def start_cycle(
    parent: QWidget, board: BoardService, ward_id: str, idea: Idea, say: Callable[..., None]
) -> tuple[Idea, Changes] | None:
    """Ask which cycle, then start or link it and move the card to Testing; None when there is
    nothing to test it in or the user said no (``say`` told them why). A stale card or a refused
    write raises, as the move itself would."""
    from app.ui import prompts

    projects = board.project_choices(ward_id)
    cycles = board.cycle_choices(ward_id)
    if not projects and not cycles:
        say(
            "An idea in Testing is tested in a PDSA cycle. Set up an improvement project first "
            "(Improvement page), then move the card again.",
            error=True,
        )
        return None
    options = [f"Start a new PDSA cycle in: {title}" for _pid, title in projects]
    options += [f"Link an existing cycle: {label}" for _cid, label in cycles]
    answer = prompts.ask_choice(
        parent, "Testing needs a PDSA cycle", f"'{idea.text}' is tested in a PDSA cycle. Start one?", options
    )
    if not answer:
        say("Not moved: an idea in Testing needs a PDSA cycle.")
        return None
    index = options.index(answer)
    if index < len(projects):
        saved, cycle, changes = board.start_cycle_for(idea, projects[index][0])
        say(f"Started {cycle.label} for '{saved.text}': plan it on the Improvement page.")
    else:
        saved, changes = board.move(idea, TESTING, cycle_id=cycles[index - len(projects)][0])
        say(f"Moved to Testing, linked to {cycles[index - len(projects)][1]}.")
    return saved, changes

"""Use cases for the weekly improvement huddle record.

Saving is one transaction: the huddle record (who came, which ideas and cycles, the decisions,
celebrations, the measures reviewed) and, for each idea in testing, its dated block in the PDSA
cycle's Study note (what was tested and learned: written there once, never copied into the
huddle). A decision to adopt, adapt or abandon becomes the cycle's Act decision when it has none.
The measures reviewed are taken from the SPC analysis at the moment of saving. Next steps are
actions in the shared register (source "improvement"), saved as they are typed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.action import Action
from app.domain.idea import TESTING
from app.domain.improvement_huddle import (
    ImprovementHuddle,
    MeasureReview,
    TestedIdea,
    measure_verdict,
    study_block,
    with_study_block,
)
from app.errors import ValidationError
from app.services.changes import Changes
from app.services.records.board import IMPROVEMENT_SOURCE, BoardService

HUDDLE_CHANGES = Changes.PROJECTS | Changes.ACTIONS


class ImprovementHuddleService:
    def __init__(self, board: BoardService) -> None:
        self.board = board
        self.ctx = board.ctx
        self.repo = board.weekly
        self.cycles = board.projects.cycles

    def today(self) -> date:
        return self.board.today()

    def dates(self, ward_id: str) -> list[date]:
        return [h.huddle_date for h in self.repo.for_ward(ward_id)]

    def huddle_for(self, ward_id: str, day: date) -> ImprovementHuddle:
        """The saved weekly huddle of that day (what was tested and learned read from the cycles'
        Study notes), or a new unsaved one listing every idea in testing and the key measures."""
        saved = self.repo.find(ward_id, day)
        if saved is None:
            tested = tuple(
                TestedIdea(i.id or "", i.pdsa_cycle_id)
                for i in self.board.ideas.for_ward(ward_id)
                if i.status == TESTING and i.pdsa_cycle_id
            )
            saved = ImprovementHuddle(ward_id, day, tested=tested, measures=tuple(self.review_measures(ward_id)))
        return self.with_study_text(saved)

    def get(self, huddle_id: str) -> ImprovementHuddle:
        return self.with_study_text(self.repo.get(huddle_id))

    def with_study_text(self, huddle: ImprovementHuddle) -> ImprovementHuddle:
        items = []
        for item in huddle.tested:
            cycle = self.cycles.find(item.cycle_id) if item.cycle_id else None
            tested, learned = study_block(cycle.improved_detail, huddle.huddle_date) if cycle else ("", "")
            items.append(replace(item, tested=tested, learned=learned))
        return replace(huddle, tested=tuple(items))

    def review_measures(self, ward_id: str) -> list[MeasureReview]:
        """Each key measure's verdict (within limits, special cause) and words, from its chart."""
        out = []
        for key in self.board.key_measures(ward_id):
            chart = key.chart
            if chart is None:
                out.append(MeasureReview(key.measure_id, key.name, measure_verdict(None, False), key.problem))
                continue
            words = chart.variation_text
            if chart.assurance is not None:
                words += ". " + chart.assurance_text
            out.append(
                MeasureReview(key.measure_id, key.name, measure_verdict(chart.variation_icon, chart.has_limits), words)
            )
        return out

    def save(self, huddle: ImprovementHuddle) -> tuple[ImprovementHuddle, Changes]:
        """Insert or update (at the revision the screen loaded) the weekly huddle and write each
        tested idea's block into its cycle's Study note, as one action."""
        clean = huddle.validated()
        clean = replace(clean, measures=tuple(self.review_measures(clean.ward_id)))
        if clean.huddle_date > self.today():
            raise ValidationError("A weekly huddle cannot be dated in the future.", "huddle_date")
        with self.ctx.database.write():
            wctx = self.ctx.write_context()
            for item in clean.tested:
                self._write_study(item, clean.huddle_date, wctx)
            if clean.is_saved:
                assert clean.rev is not None
                saved = self.repo.update(clean, clean.rev, wctx)
            else:
                saved = self.repo.add(replace(clean, envelope=None), wctx)
        return self.with_study_text(saved), HUDDLE_CHANGES

    def _write_study(self, item: TestedIdea, day: date, wctx) -> None:
        cycle = self.cycles.find(item.cycle_id) if item.cycle_id else None
        if cycle is None:
            if item.tested or item.learned:
                raise ValidationError(
                    "The PDSA cycle of one of the ideas no longer exists, so what it tested cannot be saved there. "
                    "Copy your words, then reload the huddle."
                )
            return
        note = with_study_block(cycle.improved_detail, day, item.tested, item.learned)
        act = cycle.act or (item.decision if item.decision in ("Adopt", "Adapt", "Abandon") else "")
        if note != cycle.improved_detail or act != cycle.act:
            assert cycle.rev is not None
            self.cycles.update(replace(cycle, improved_detail=note, act=act).validated(), cycle.rev, wctx)

    def delete(self, huddle: ImprovementHuddle) -> Changes:
        """Tombstone the weekly huddle (the cycles keep what they learned)."""
        if huddle.id is None or huddle.rev is None:
            raise ValidationError("This weekly huddle has not been saved, so there is nothing to delete.")
        with self.ctx.database.write():
            self.repo.tombstone(huddle.id, huddle.rev, self.ctx.write_context())
            self.ctx.audit("weekly improvement huddle deleted", {"improvement_huddles": 1})
        return HUDDLE_CHANGES

    # -- next steps ---------------------------------------------------------------------------------
    def next_steps(self, huddle: ImprovementHuddle) -> list[Action]:
        if huddle.id is None:
            return []
        return [a for a in self.board.actions.for_source(huddle.id) if a.source_type == IMPROVEMENT_SOURCE]

    def add_next_step(
        self, huddle: ImprovementHuddle, text: str, owner: str, due: date | None
    ) -> tuple[ImprovementHuddle, Action, Changes]:
        """A next step with its owner; a new huddle is saved first (one action)."""
        with self.ctx.database.write():
            if not huddle.is_saved:
                huddle, _ = self.save(huddle)
            assert huddle.id is not None
            action, _ = self.board.actions.add(
                Action(
                    ward_id=huddle.ward_id,
                    text=text,
                    owner=owner,
                    due=due,
                    source_type=IMPROVEMENT_SOURCE,
                    source_id=huddle.id,
                    raised_on=huddle.huddle_date,
                )
            )
        return huddle, action, HUDDLE_CHANGES

"""Printing the improvement board (an A3 or A4 poster) and the weekly improvement huddle sheet,
filled or blank: the data gathered through the services, drawn by app/reports."""

from __future__ import annotations

from datetime import date

from app.errors import NotFound
from app.services.printing import printed_at, usable
from app.services.printing_improvement import chart_spec
from app.services.store import AppStore


def board_pdf(store: AppStore, ward_id: str, day: date | None = None, size: str = "A3") -> bytes:
    from app.reports.board_pdf import BoardPoster
    from app.reports.board_pdf import board_pdf as render

    with usable(store) as reader:
        ward = reader.wards.get(ward_id)
        board = reader.board.board(ward_id, today=day)
        charts, words = [], []
        for key in board.measures:
            if key.chart is not None:
                charts.append(chart_spec(key.name, key.chart))
                words.append(
                    key.chart.variation_text + (f". {key.chart.assurance_text}" if key.chart.assurance else "")
                )
        poster = BoardPoster(
            ward,
            board.today,
            board.columns,
            board.cycle_labels,
            tuple((f.idea.text, f.cycle_label) for f in board.focus),
            tuple(charts),
            tuple(words),
            tuple((h.name, h.days) for h in board.harms),
            board.celebrations,
            tuple(board.actions),
            tuple(board.you_said),
        )
    return render(poster, printed_at(store), size)


def improvement_huddle_pdf(store: AppStore | None, ward_id: str | None = None, day: date | None = None) -> bytes:
    """The weekly huddle of ``day`` (it must have been recorded), or the blank sheet when ``day``
    is None (for ``ward_id``'s key measures, if given)."""
    from app.reports.improvement_huddle_pdf import ImprovementHuddlePrint
    from app.reports.improvement_huddle_pdf import improvement_huddle_pdf as render

    if store is None or ward_id is None:
        return render(ImprovementHuddlePrint(None), printed_at(store))
    with usable(store) as reader:
        ward = reader.wards.get(ward_id)
        if day is None:
            names = tuple(k.name for k in reader.board.key_measures(ward_id))
            return render(ImprovementHuddlePrint(ward, measure_names=names), printed_at(store))
        service = reader.improvement_huddles
        saved = service.repo.find(ward_id, day)
        if saved is None:
            raise NotFound(f"{ward.name} has no weekly improvement huddle on {day:%d %b %Y}.")
        huddle = service.with_study_text(saved)
        ideas = {i.id: i.text for i in reader.board.ideas_for(ward_id)}
        labels = dict(reader.board.cycle_choices(ward_id))
        texts = tuple((ideas.get(t.idea_id, "(idea deleted)"), labels.get(t.cycle_id, "")) for t in huddle.tested)
        data = ImprovementHuddlePrint(ward, huddle, texts, tuple(service.next_steps(huddle)))
    return render(data, printed_at(store))

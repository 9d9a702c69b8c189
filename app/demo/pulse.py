"""Demo culture pulse: the last four complete quarters of the nine NQPS items, a small team's
anonymous counts drifting upwards (most on "I am able to make improvements happen"), with one
item in the oldest quarter answered by only four people, so the screen shows a hidden result.
The team check-in needs no demo data: it comes from the demo huddle sheets."""

from __future__ import annotations

from app.demo import DemoContext, demo_step
from app.domain.pulse import PulseItem, PulseSurvey, blank_items, quarter_start, shift_quarter
from app.domain.ward import Ward

NOTES = (
    "",
    "",
    "What we heard: ideas get lost between shifts. What we will do: an ideas board at the huddle, reviewed weekly.",
    "What we heard: people see their ideas tested now. What we will do: share each PDSA result at the huddle.",
)


@demo_step("pulse")
def demo_pulse(ctx: DemoContext, ward: Ward) -> dict[str, int]:
    rng = ctx.rng
    this_quarter = quarter_start(min(ctx.end, ctx.store.pulse.today()))
    quarters = [shift_quarter(this_quarter, -n) for n in (4, 3, 2, 1)]
    saved = 0
    for age, quarter in enumerate(quarters):
        items = []
        for number, item in enumerate(blank_items(), start=1):
            answers = 4 if (age == 0 and number == 3) else rng.randint(7, 14)
            lift = 0.08 * age * (2.0 if number == 6 else 1.0)
            weights = [0.06, 0.14, 0.3 - lift / 2, 0.35 + lift / 3, 0.15 + lift / 6]
            counts = [0] * 5
            for _ in range(answers):
                counts[rng.choices(range(5), weights=[max(w, 0.01) for w in weights])[0]] += 1
            items.append(PulseItem(item.question, tuple(counts)))
        ctx.store.pulse.save(PulseSurvey(ward.id, quarter, tuple(items), NOTES[age]))
        saved += 1
    return {"pulse_surveys": saved}

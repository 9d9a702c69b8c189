"""``wardhuddle demo``: a realistic, deterministic demo trust.

Each feature adds its own records through :func:`demo_step`, so the demo always shows the whole
app. Everything is generated from one seeded random generator, UUIDs included.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.envelope import seeded_uuids
from app.domain.ward import DEFAULT_FOCUS_HARMS, Ward, WardDetails
from app.errors import ValidationError
from app.services.store import AppStore

DEMO_TRUST = ("Northshire Teaching Hospitals NHS Foundation Trust", "RX9")
DEMO_WARD_NAMES = (
    ("Ward 7 (Respiratory)", "W7"),
    ("Ward 12 (Elderly care)", "W12"),
    ("Ward 3 (Surgical)", "W3"),
    ("Ward 9 (Cardiology)", "W9"),
    ("Ward 15 (Stroke)", "W15"),
    ("Ward 4 (Orthopaedics)", "W4"),
    ("Ward 21 (Acute medicine)", "W21"),
    ("Ward 18 (Gastro)", "W18"),
    ("Ward 2 (Renal)", "W2"),
    ("Ward 11 (Haematology)", "W11"),
)
FIRST_NAMES = (
    "Siân",
    "Zoë",
    "Łukasz",
    "Nguyễn Thị",
    "Amara",
    "Priya",
    "Oluwaseun",
    "Gráinne",
    "Tomasz",
    "Aisha",
    "Ben",
    "Chloe",
    "Dev",
    "Eilidh",
    "Femi",
    "Grace",
    "Harriet",
    "Imran",
    "Jess",
    "Kwame",
    "Leah",
    "Mohammed",
    "Niamh",
    "Owen",
    "Patrice",
    "Rhys",
    "Sana",
    "Tariq",
    "Uma",
    "Vikram",
    "Wen",
    "Yusuf",
)
LAST_NAMES = (
    "Evans",
    "Okafor",
    "Kowalski",
    "Lan",
    "Patel",
    "Nwosu",
    "O'Brien",
    "Nowak",
    "Hussain",
    "Taylor",
    "Singh",
    "Murray",
    "Adeyemi",
    "Clarke",
    "Mensah",
    "Campbell",
    "Ahmed",
    "Walsh",
    "Jones",
    "Chen",
)
ROLE_MIX = (
    ("Registered nurse", 9),
    ("Nursing associate", 2),
    ("HCA", 6),
    ("Doctor", 3),
    ("AHP", 2),
    ("Pharmacist", 1),
    ("Student", 2),
    ("Ward clerk", 1),
    ("Housekeeping/domestic", 1),
    ("Volunteer", 1),
)


@dataclass
class DemoPlan:
    wards: int = 1
    weeks: int = 12
    seed: int = 1
    end: date | None = None  # last day of demo history; defaults to today


@dataclass
class DemoContext:
    store: AppStore
    rng: random.Random
    plan: DemoPlan
    start: date
    end: date
    wards: list[Ward] = field(default_factory=list)


DemoStep = Callable[[DemoContext, Ward], dict[str, int]]
_DEMO_STEPS: list[tuple[str, DemoStep]] = []


def demo_step(name: str) -> Callable[[DemoStep], DemoStep]:
    """Register a feature's demo generator; it runs once per demo ward, in registration order."""

    def register(function: DemoStep) -> DemoStep:
        _DEMO_STEPS.append((name, function))
        return function

    return register


def _staff_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}")
    return sorted(names)


def build_demo(store: AppStore, plan: DemoPlan, *, force: bool = False) -> dict[str, int]:
    """Fill the database with a demo trust. Refuses when real (non-demo) wards exist, unless forced."""
    if plan.wards < 1 or plan.wards > 200:
        raise ValidationError("--wards must be between 1 and 200.")
    if plan.weeks < 1 or plan.weeks > 52 * 10:
        raise ValidationError("--weeks must be between 1 and 520.")
    store.database.require_writable()
    existing = store.wards.list_wards()
    if any(not w.details.is_demo for w in existing) and not force:
        raise ValidationError(
            "This data file already holds real ward records, so no demo data was added. "
            "Use --force to add it anyway, or point --data-dir at an empty folder."
        )
    rng = random.Random(plan.seed)
    end = plan.end or store.ctx.now().date()
    start = end - timedelta(days=7 * plan.weeks - 1)
    counts: dict[str, int] = {"wards": 0, "staff": 0}
    _import_feature_steps()

    ctx = DemoContext(store, rng, plan, start, end)
    with seeded_uuids(rng), store.database.write():
        base = len([w for w in existing if w.details.is_demo])
        for index in range(plan.wards):
            name, code = DEMO_WARD_NAMES[(base + index) % len(DEMO_WARD_NAMES)]
            if base + index >= len(DEMO_WARD_NAMES):
                name, code = f"{name} {base + index + 1}", f"{code}-{base + index + 1}"
            ward, _ = store.wards.create_ward(
                WardDetails(
                    name=name,
                    trust_name=DEMO_TRUST[0],
                    trust_code=DEMO_TRUST[1],
                    ward_code=code,
                    focus_harms=DEFAULT_FOCUS_HARMS,
                    is_demo=True,
                )
            )
            ctx.wards.append(ward)
            counts["wards"] += 1
            roles = [role for role, n in ROLE_MIX for _ in range(n)]
            for person, role in zip(_staff_names(rng, len(roles)), roles, strict=True):
                store.wards.add_staff(ward.id, person, role)
                counts["staff"] += 1
            for _name, generate in _DEMO_STEPS:
                for key, value in generate(ctx, ward).items():
                    counts[key] = counts.get(key, 0) + value
        if not store.settings.get("current_ward_id") and ctx.wards:
            store.settings.set("current_ward_id", ctx.wards[0].id)
        store.ctx.audit("demo data added", counts)
    return counts


def _import_feature_steps() -> None:
    """Import every module of this package; each registers its feature's steps with
    :func:`demo_step`, so adding a feature's demo data touches no shared file."""
    import importlib
    import pkgutil

    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}")

"""``wardhuddle --self-test``: prove that this build works, end to end, in a temporary folder.

The self-test is a list of steps. Each feature adds its own in a module of ``app/selftest/``
with :func:`self_test_step` (the modules are found automatically, as demo steps are), so adding a
feature's check touches no shared file::

    @self_test_step("huddle sheet: save and read", order=30)
    def save_and_read_a_sheet(ctx: SelfTestContext) -> str:
        ...                      # raise (or fail an assert) if anything is wrong
        return "sheet saved at rev 1 and read back"      # one short line for the report

A step that raises is a failure, and any failure makes the exit code non-zero. Steps run
in ``order`` (10s: the data file, 20s: records, 30-60: features, 70: integrity, 80: the window).

The steps share one :class:`SelfTestContext`: a temporary folder, the first database
(``ctx.store``), a ward (``ctx.ward``) and ``ctx.shared`` for handing things on (an export file to
the import step). Nothing touches the real data folder. On failure the folder is kept, with
``self-test.log`` holding the tracebacks, and its path is printed.

No Qt here: the main-window step lives in app/ui/selftest_window.py and is passed in by the
caller (``step_modules``), because services never import the UI.
"""

from __future__ import annotations

import importlib
import pkgutil
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import APP_NAME, __version__
from app.services.context import Clock, system_clock
from app.services.store import AppStore, open_store

EXIT_OK, EXIT_FAILED = 0, 1

StepFunction = Callable[["SelfTestContext"], str | None]


class SelfTestError(Exception):
    """A self-test check found something wrong (what :func:`check` raises)."""


def check(condition: object, message: str) -> None:
    """Like ``assert``, but never optimised away (frozen builds may run with -O)."""
    if not condition:
        raise SelfTestError(message)


@dataclass(frozen=True)
class SelfTestStep:
    order: int
    title: str
    run: StepFunction
    essential: bool = False  # if it fails, the steps after it cannot mean anything: stop

    @property
    def module(self) -> str:
        return str(getattr(self.run, "__module__", ""))


_STEPS: list[SelfTestStep] = []


def self_test_step(title: str, *, order: int, essential: bool = False) -> Callable[[StepFunction], StepFunction]:
    """Register a self-test step (run in ``order``; an ``essential`` one that fails stops the rest)."""

    def register(function: StepFunction) -> StepFunction:
        _STEPS.append(SelfTestStep(order, title, function, essential))
        return function

    return register


@dataclass
class SelfTestContext:
    folder: Path
    clock: Clock = system_clock
    stores: dict[str, AppStore] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)

    def database_path(self, name: str = "first") -> Path:
        return self.folder / name / "wardhuddle.sqlite3"

    def open_store(self, name: str = "first") -> AppStore:
        """Open (creating and migrating) the temporary database ``name``; reopening closes it first."""
        if name in self.stores:
            self.stores.pop(name).close()
        path = self.database_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        store = open_store(path, backups_dir=path.parent / "backups", clock=self.clock)
        self.stores[name] = store
        return store

    @property
    def store(self) -> AppStore:
        if "first" not in self.stores:
            raise SelfTestError("the first database is not open (the data file step did not pass)")
        return self.stores["first"]

    @property
    def ward(self):  # app.domain.ward.Ward
        """A ward in the first database, for steps that need one (made on first use)."""
        if "ward" not in self.shared:
            from app.domain.ward import WardDetails

            self.shared["ward"], _ = self.store.wards.create_ward(
                WardDetails(name="Self-test ward", trust_name="Self-test trust", trust_code="RX9", ward_code="ST1")
            )
        return self.shared["ward"]

    def close(self) -> None:
        for store in self.stores.values():
            store.close()
        self.stores.clear()


@dataclass(frozen=True)
class StepResult:
    title: str
    status: str  # "ok", "failed", "not run"
    detail: str
    seconds: float


@dataclass
class SelfTestReport:
    results: list[StepResult] = field(default_factory=list)
    seconds: float = 0.0
    kept_folder: Path | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.status == "ok" for r in self.results)

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ok else EXIT_FAILED


def step_module_names() -> list[str]:
    """Every module of the ``app.selftest`` package (found the same way in a frozen build)."""
    return sorted(f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__))


def collect_steps(step_modules: Sequence[str] = ()) -> tuple[list[SelfTestStep], list[StepResult]]:
    """Import this module's steps, every feature's and ``step_modules``; return the steps in
    order, plus a failed result for each module that could not be imported."""
    modules = [__name__, *step_module_names(), *step_modules]
    broken: list[StepResult] = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as error:  # a module that will not load is a failure to report
            broken.append(StepResult(f"load {name}", "failed", f"{type(error).__name__}: {error}", 0.0))
    wanted = set(modules)
    steps = sorted((s for s in _STEPS if s.module in wanted), key=lambda s: (s.order, s.title))
    return steps, broken


def run_steps(
    steps: Sequence[SelfTestStep],
    *,
    out: Callable[[str], None] = print,
    folder: Path | None = None,
    clock: Clock = system_clock,
    broken: Sequence[StepResult] = (),
) -> SelfTestReport:
    """Run ``steps`` in a temporary folder (or ``folder``, which is then left in place)."""
    started = time.perf_counter()
    work = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="wardhuddle-self-test-"))
    work.mkdir(parents=True, exist_ok=True)
    ctx = SelfTestContext(work, clock)
    report = SelfTestReport(list(broken))
    tracebacks: list[str] = []
    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    out(f"{APP_NAME} {__version__} self-test ({frozen}; Python {platform.python_version()}; {platform.platform()})")
    out(f"Working in {work}")
    for result in broken:
        out(f"FAILED  {result.title}: {result.detail}")
    total, stop = len(steps), False
    for number, step in enumerate(steps, start=1):
        prefix = f"[{number}/{total}] {step.title}"
        if stop:
            report.results.append(StepResult(step.title, "not run", "an essential step failed", 0.0))
            out(f"{prefix}: not run (an essential step failed)")
            continue
        step_start = time.perf_counter()
        try:
            detail = step.run(ctx) or ""
            result = StepResult(step.title, "ok", detail, time.perf_counter() - step_start)
        except Exception as error:  # every failure is reported, never raised
            result = StepResult(
                step.title, "failed", f"{type(error).__name__}: {error}", time.perf_counter() - step_start
            )
            tracebacks.append(f"== {step.title}\n{traceback.format_exc()}")
            stop = step.essential
        report.results.append(result)
        if result.status == "ok":
            out(f"{prefix}: ok ({result.seconds * 1000:.0f} ms){' - ' + result.detail if result.detail else ''}")
        else:
            out(f"{prefix}: FAILED: {result.detail}")
    ctx.close()
    report.seconds = time.perf_counter() - started
    if report.ok and folder is None:
        shutil.rmtree(work, ignore_errors=True)
    elif not report.ok:
        report.kept_folder = work
        try:
            (work / "self-test.log").write_text("\n".join(tracebacks) or "no tracebacks", encoding="utf-8")
        except OSError:
            pass  # the folder itself may be what failed; the lines above already say what went wrong
    counts = ", ".join(f"{report.count(s)} {s}" for s in ("ok", "failed", "not run") if report.count(s))
    verdict = "passed" if report.ok else "FAILED"
    out(f"Self-test {verdict}: {counts} in {report.seconds:.1f} s.")
    if report.kept_folder is not None:
        out(f"The temporary files were kept for IT: {report.kept_folder} (details in self-test.log).")
    return report


def run_self_test(
    *, step_modules: Sequence[str] = (), out: Callable[[str], None] | None = None, folder: Path | None = None
) -> int:
    """Collect every step (plus ``step_modules``), run them and return the exit code."""

    def say(line: str) -> None:
        print(line, flush=True)

    steps, broken = collect_steps(step_modules)
    return run_steps(steps, out=out or say, folder=folder, broken=broken).exit_code


# -- the steps every build has -------------------------------------------------------------------


@self_test_step("data file: create and migrate", order=10, essential=True)
def create_and_migrate(ctx: SelfTestContext) -> str:
    from app.storage.migrations import current_schema_version

    store = ctx.open_store("first")
    check(not store.read_only, f"the new data file opened read-only: {store.database.read_only_reason}")
    check(not store.messages, f"opening the new data file said: {'; '.join(store.messages)}")
    expected = current_schema_version()
    version = store.database.user_version()
    check(version == expected, f"the schema is at {version}, expected {expected}")
    journal = str(store.database.pragma("journal_mode")).lower()
    check(journal == "wal", f"the journal mode is {journal}, expected wal")
    check(store.database.pragma("foreign_keys") == 1, "foreign keys are off")
    sqlite = store.database.sqlite_version()
    return f"schema {version}, SQLite {sqlite}, WAL"


@self_test_step("ward and staff records: envelope, save, read back, stale save refused", order=20)
def records_round_trip(ctx: SelfTestContext) -> str:
    from app.errors import StaleRecordError

    store = ctx.store
    ward = ctx.ward
    device = store.ctx.device
    envelope = ward.envelope
    check(envelope.rev == 1 and not envelope.deleted, f"a new ward has rev {envelope.rev}")
    check(envelope.origin_device_id == device.device_id, "the new ward does not carry this device's id")
    check(envelope.ward_id == ward.id and envelope.created_at.endswith("Z"), "the ward's envelope is incomplete")
    member, _ = store.wards.add_staff(ward.id, "Siân Évans-Nguyễn", "Registered nurse")
    check(member.envelope.ward_id == ward.id and member.rev == 1, "the staff record's envelope is wrong")
    loaded_rev = member.rev
    renamed, _ = store.wards.update_staff(member.id, loaded_rev, name="Siân Evans", role="HCA")
    check(renamed.rev == loaded_rev + 1, f"a save did not bump the revision (rev {renamed.rev})")
    try:  # a second screen that loaded the old revision saves: refused, nothing overwritten
        store.wards.update_staff(member.id, loaded_rev, name="Someone else", role="Doctor")
    except StaleRecordError:
        pass
    else:
        raise SelfTestError("a save from a stale screen was not refused")
    reopened = ctx.open_store("first")  # read back through a fresh connection: it was committed
    staff = reopened.wards.staff_for(ward.id)
    check(
        [(s.name, s.role, s.rev) for s in staff] == [("Siân Evans", "HCA", 2)],
        f"the staff list read back is {[(s.name, s.role, s.rev) for s in staff]}",
    )
    check(reopened.wards.get(ward.id).name == "Self-test ward", "the ward did not read back")
    return "saved, read back after reopening, stale save refused"


@self_test_step("integrity check", order=70)
def integrity(ctx: SelfTestContext) -> str:
    from app.services.safety.checks import check_data_file

    checked = []
    for name in sorted(ctx.stores):
        report = check_data_file(ctx.database_path(name))
        check(report.ok, f"the {name} database failed: {'; '.join(report.problems)}")
        checked.append(name)
    check(checked, "there was no database to check")
    return f"integrity_check, foreign_key_check and schema ok ({', '.join(checked)} database{'s' * (len(checked) > 1)})"

"""What the crash and two-process tests run in other processes: the real services on a real
data file.

* ``python -m tests.crash.children forker``: a small fork server. It imports the app once, then
  for each ``fork DB OUT SEED`` line on stdin forks a child that saves until killed, prints the
  child's pid and, once the child is gone, ``reaped``. Children start in milliseconds instead of
  a new interpreter's ~150 ms, so 50 kills fit the time budget. (POSIX only.)
* ``python -m tests.crash.children saver DB OUT SEED``: the same saver as a plain process
  (Windows, where there is no fork; TerminateProcess stands in for SIGKILL).
* ``python -m tests.crash.children session DB``: a second app session driven by JSON lines on
  stdin (commands) and stdout (results), for the two-process test.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROLE = "Registered nurse"


def save_until_killed(db_path: str, send: Callable[[str], None], seed: int) -> None:
    """Save records in a loop through the services; after each save has returned (committed),
    report it. The parent kills this process with SIGKILL at a random moment."""
    from app.domain.ward import WardDetails
    from app.services.store import open_store

    rng = random.Random(seed)
    store = open_store(Path(db_path))
    wards = store.wards.list_wards()
    ward = wards[0] if wards else store.wards.create_ward(WardDetails(name="Crash test ward"))[0]
    send("ready")
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.55:
            member, _ = store.wards.add_staff(ward.id, f"Saved {seed}-{n}", ROLE)
            send(f"staff {member.id}")
        elif roll < 0.75:
            tag = f"Batch {seed}-{n}"
            with store.database.write():  # one transaction: all five or none
                ids = [store.wards.add_staff(ward.id, f"{tag} #{k}", ROLE)[0].id for k in range(5)]
            send(f"batch {tag} {' '.join(ids)}")
        elif roll < 0.9:
            ward = store.wards.get(ward.id)
            ward, _ = store.wards.update_ward(ward.id, ward.rev, WardDetails(name=f"Crash test ward {seed}-{n}"))
            send(f"ward {ward.rev}")
        else:
            key = f"draft-{seed}-{n}"
            store.drafts.save(key, page="Crash test", payload={"typed": "words " * 300, "n": n}, ward_id=ward.id)
            send(f"draft {key}")


def _file_sender(out_path: str) -> Callable[[str], None]:
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    return lambda line: os.write(fd, (line + "\n").encode())  # reaches the page cache: survives SIGKILL


def forker() -> None:
    import app.services.store  # noqa: F401  (preloaded once; every child inherits it)

    for line in sys.stdin:
        command, *args = line.split()
        if command != "fork":
            continue
        db_path, out_path, seed = args
        pid = os.fork()
        if pid == 0:
            try:
                save_until_killed(db_path, _file_sender(out_path), int(seed))
            finally:
                os._exit(70)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)


def session(db_path: str) -> None:
    """A second app session: runs the commands the parent sends, one per line."""
    from app.domain.ward import WardDetails
    from app.services.store import open_store

    store = open_store(Path(db_path))
    state: dict[str, Any] = {}
    print(json.dumps(["ready"]), flush=True)
    for line in sys.stdin:
        command, *args = json.loads(line)
        try:
            if command == "quit":
                store.close()
                print(json.dumps(["ok", None]), flush=True)
                return
            if command == "add_staff":
                ward = store.wards.list_wards()[0]
                result: Any = [store.wards.add_staff(ward.id, name, ROLE)[0].id for name in args[0]]
            elif command == "staff_names":
                ward = store.wards.list_wards()[0]
                result = sorted(m.name for m in store.wards.staff_for(ward.id))
            elif command == "load_ward":
                state["ward"] = store.wards.list_wards()[0]
                result = [state["ward"].name, state["ward"].rev]
            elif command == "save_ward_name":
                loaded = state["ward"]
                saved, _ = store.wards.update_ward(loaded.id, loaded.rev, WardDetails(name=args[0]))
                state["ward"] = saved
                result = saved.rev
            elif command == "pragma":
                result = store.database.pragma(args[0])
            else:
                raise ValueError(command)
            print(json.dumps(["ok", result]), flush=True)
        except Exception as error:  # the parent asserts on it
            print(json.dumps(["error", type(error).__name__, str(error), traceback.format_exc()]), flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "forker":
        forker()
    elif mode == "saver":
        save_until_killed(sys.argv[2], _file_sender(sys.argv[3]), int(sys.argv[4]))
    elif mode == "session":
        session(sys.argv[2])

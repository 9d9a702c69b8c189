"""The merge decision for one incoming record or tombstone (data-safety-and-exchange.md §3.4 step 7).

Pure functions, no storage: the importer (app/services/exchange/merge.py) reads what it holds for
a uuid, asks here what to do, and does it. The rules:

* the highest ``(epoch, rev)`` wins; timestamps never decide anything;
* an equal revision with the same content hash changes nothing;
* an equal revision with a different hash is a conflict: both versions are kept, and the one
  shown is the one with the greater hash, so every import order shows the same one;
* a tombstone hides its record; a record whose revision is not above the tombstone's stays
  hidden, so an older file never brings a deleted record back. Deletion wins a tie;
* a tombstone for a record never held here is kept (so an older file cannot bring the record
  back) but is not counted as a deletion: nothing that was shown disappeared.

Ward boundary and revision bounds (issue 17): a file may only write records of the ward its
device was linked to (:func:`boundary_problem`), and a revision or epoch far beyond anything held
for that ward is held for review instead of pinning a record for good (:func:`bound_problem`).
"""

from __future__ import annotations

from dataclasses import dataclass

Key = tuple[int, int]

# A record's rev goes up by one per save: 100,000 saves between two imports of one ward is not a
# ward at work but a file trying to make its version win for ever.
REV_HEADROOM = 100_000
# The epoch goes up by one per restore from a backup.
EPOCH_HEADROOM = 20


@dataclass(frozen=True)
class Decision:
    """What to do with one incoming line.

    ``count``: the MergeCounts field that goes up ("" for none). ``write``: store the incoming
    version (its merge state; its row too unless ``keep_shown``). ``conflict``: same revision,
    other content, both kept. ``hidden``: a tombstone at or above the incoming revision keeps the
    row hidden. ``keep_shown``: the version already shown stays shown (conflict, smaller hash).
    ``hide``: a tombstone that hides the row now (the row exists and is not newer).
    """

    count: str
    write: bool = False
    conflict: bool = False
    hidden: bool = False
    keep_shown: bool = False
    hide: bool = False


def settled(incoming: Key, digest: str, held: Key | None, held_digest: str | None) -> str | None:
    """ "older" or "unchanged" when what is held already settles this record line, else None."""
    if held is None:
        return None
    if incoming < held:
        return "older"
    if incoming == held and digest == held_digest:
        return "unchanged"
    return None


def decide_record(
    incoming: Key, digest: str, held: Key | None, held_digest: str | None, tomb: Key | None, *, row_exists: bool
) -> Decision:
    """A record line against the held content revision/hash and tombstone revision."""
    already = settled(incoming, digest, held, held_digest)
    if already:
        return Decision(already)
    hidden = tomb is not None and tomb >= incoming
    if held == incoming:  # same revision, different content
        keep = held_digest is not None and digest < held_digest
        return Decision(
            "older" if hidden else "conflicts", write=True, conflict=not hidden, hidden=hidden, keep_shown=keep
        )
    if hidden:
        return Decision("older", write=True, hidden=True)
    return Decision("updated" if row_exists else "inserted", write=True)


def decide_tombstone(incoming: Key, held: Key | None, tomb: Key | None, *, row_exists: bool) -> Decision:
    """A tombstone line against the held content and tombstone revisions."""
    if tomb is not None and incoming <= tomb:
        return Decision("unchanged" if incoming == tomb else "older")
    if held is not None and incoming < held:
        return Decision("older", write=True)
    if not row_exists:
        return Decision("unchanged", write=True)  # never held here: kept, not counted as a deletion
    return Decision("deleted", write=True, hide=True)


def boundary_problem(
    *,
    record_type: str,
    uuid: str,
    line_ward: str,
    home: str,
    held_ward: str | None,
    target: str,
    held_on_this_computer: bool,
    label: str,
) -> str | None:
    """Why a line lies outside the ward its file may write, or None.

    ``home`` is the ward the file names, ``target`` the ward its device is linked to here (the
    same, or another ward held here the records are filed under); ``held_ward`` is the ward a
    record with this uuid is held under here, if any; ``label`` names the line for people.
    """
    what = label  # "staff member", "deletion of a huddle sheet"
    if line_ward != home:
        return f"the {what} belongs to another ward than the one this file comes from"
    if record_type == "wards" and uuid != home:
        return f"the {what} is another ward than the one this file comes from"
    if held_ward is not None and held_ward != target:
        return f"a record with the same id belongs to another ward here, so the {what} was held aside"
    if held_on_this_computer:
        return f"the {what} would change a record made on this computer"
    return None


def bound_problem(incoming: Key, *, max_epoch: int, max_rev: int, label: str) -> str | None:
    """Why a revision is held for review (far beyond anything held for the ward), or None."""
    epoch, rev = incoming
    if epoch > max_epoch + EPOCH_HEADROOM:
        return f"the {label}'s epoch {epoch} is far beyond any this ward has sent (held for review)"
    if rev > max_rev + REV_HEADROOM:
        return f"the {label}'s revision {rev} is far beyond any this ward has sent (held for review)"
    return None

"""Full-text search over ``search_docs_fts`` (schema step 8): what a user typed in, ranked hits out.

The index is kept in step by triggers (see app/storage/schema/s008_search.py), so this module only
reads. Matching words come back wrapped in :data:`MARK_START` / :data:`MARK_END` for the screen
to highlight.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date

from app.storage.database import Database
from app.storage.schema.s008_search import SOURCES, type_token

MARK_START = "\x02"
MARK_END = "\x03"
MAX_TERMS = 12
COUNT_CAP = 500  # hits of one type are counted up to this; more shows as "500+"

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str, *, prefix_last: bool = True) -> str:
    """A user's words as a safe FTS5 query: every word must match (in any order, any column),
    each quoted so nothing typed is read as FTS syntax; the last word (two letters or more) also
    matches as the start of a longer word while it is still being typed. Empty when there is
    nothing to search for."""
    words = _WORD.findall(text.replace("_", " "))[:MAX_TERMS]
    if not words:
        return ""
    terms = [f'"{w}"' for w in words]
    if prefix_last and not text[-1:].isspace() and len(words[-1]) >= 2:
        terms[-1] += "*"  # one letter or digit would match nearly everything
    return " AND ".join(terms)


#: Every record type the index holds, in the order results are grouped.
SEARCH_TYPES = tuple(source.table for source in SOURCES)


def scope_token(ward_id: str) -> str:
    return "w" + ward_id.replace("-", "")


@dataclass(frozen=True)
class SearchRow:
    record_type: str
    record_id: str
    ward_id: str
    day: date | None
    title: str  # matching words marked
    snippet: str  # matching words marked
    type_total: int  # how many hits of this type in all (COUNT_CAP + 1 means "more than COUNT_CAP")


class SearchRepository:
    def __init__(self, database: Database) -> None:
        self.database = database

    def search(
        self, text: str, *, ward_id: str | None, per_type: int = 30, types: tuple[str, ...] | None = None
    ) -> list[SearchRow]:
        """The newest ``per_type`` hits of each record type (most recently saved first), for
        ``ward_id`` (or every ward when None). One narrow query per type: FTS5 walks the matches in
        rowid order and stops at the limit, so a common word costs no more than a rare one."""
        query = fts_query(text)
        if not query:
            return []
        out: list[SearchRow] = []
        ward = f'scope : "{scope_token(ward_id)}" AND ' if ward_id is not None else ""
        if query.endswith("*"):
            # A word already complete is matched as a word: a prefix query merges the lists of every
            # word it starts, for every kind of record (about 7 ms each for a word in every sheet).
            exact = query[:-1]
            try:
                if self.database.conn.execute(
                    "SELECT 1 FROM search_docs_fts WHERE search_docs_fts MATCH ? LIMIT 1",
                    [f"{ward}{{title body}} : ({exact})"],
                ).fetchone():
                    query = exact
            except sqlite3.OperationalError:
                return []
        for record_type in types or SEARCH_TYPES:
            match = f'{ward}scope : "{type_token(record_type)}" AND {{title body}} : ({query})'
            try:
                hits = self.database.conn.execute(
                    f"SELECT rowid, highlight(search_docs_fts, 0, '{MARK_START}', '{MARK_END}'), "
                    f"snippet(search_docs_fts, 1, '{MARK_START}', '{MARK_END}', '…', 14) "
                    "FROM search_docs_fts WHERE search_docs_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                    [match, per_type],
                ).fetchall()
                if not hits:
                    continue
                total = len(hits)
                if total == per_type:  # count the rest, but stop at COUNT_CAP: "500+" is all anyone reads
                    total = int(
                        self.database.conn.execute(
                            "SELECT count(*) FROM (SELECT rowid FROM search_docs_fts WHERE search_docs_fts MATCH ? "
                            "LIMIT ?)",
                            [match, COUNT_CAP + 1],
                        ).fetchone()[0]
                    )
            except sqlite3.OperationalError:
                return []  # a query FTS5 cannot parse (quoting makes this rare): no hits, never an error
            marks = {row[0]: (row[1], row[2]) for row in hits}
            docs = self.database.conn.execute(
                f"SELECT id, record_id, ward_id, day FROM search_docs WHERE id IN ({', '.join('?' for _ in hits)})",
                [row[0] for row in hits],
            ).fetchall()
            by_id = {d[0]: d for d in docs}
            for rowid, _title, _snippet in hits:
                doc = by_id.get(rowid)
                if doc is None:
                    continue
                title, snippet = marks[rowid]
                out.append(
                    SearchRow(
                        record_type,
                        doc[1],
                        doc[2],
                        date.fromisoformat(doc[3]) if doc[3] else None,
                        title,
                        snippet,
                        total,
                    )
                )
        return out

    def locate(self, record_type: str, record_id: str) -> dict[str, str] | None:
        """Where a live record is opened from: a sheet's date and slot, a note's measure, a cycle's
        project. None when the record no longer exists (or was deleted since the search)."""
        sql = {
            "huddle_sheets": "SELECT huddle_date AS day, slot, '' AS parent FROM huddle_sheets",
            "data_points": "SELECT period AS day, '' AS slot, measure_id AS parent FROM data_points",
            "pdsa_cycles": "SELECT start_date AS day, '' AS slot, project_id AS parent FROM pdsa_cycles",
        }.get(record_type)
        if sql is None:
            if record_type not in SEARCH_TYPES:
                return None
            sql = f"SELECT '' AS day, '' AS slot, '' AS parent FROM {record_type}"
        rows = self.database.rows(f"{sql} WHERE uuid = ? AND deleted = 0", [record_id])
        return {k: v or "" for k, v in rows[0].items()} if rows else None

    def indexed_count(self, ward_id: str | None = None) -> int:
        if ward_id is None:
            return int(self.database.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0])
        return int(
            self.database.conn.execute("SELECT count(*) FROM search_docs WHERE ward_id = ?", [ward_id]).fetchone()[0]
        )

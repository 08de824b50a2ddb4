"""Arabic-aware full-text search over articles and claims.

Both backends index the *normalized* text (analysis.normalize), never the
stored text.  SQLite: contentless FTS5 tables keyed by rowid.  PostgreSQL:
side tables with a GIN index over ``to_tsvector('simple', norm)``.  Queries are
normalized the same way and split into word tokens that are passed as bound
parameters, each quoted, so FTS syntax characters are always literal.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from analysis.normalize import normalize, normalize_with_map

_WORD = re.compile(r"\w+")


def create(conn: Connection) -> None:
    """Create the search structures for this backend (idempotent)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_articles USING fts5("
            "title, body, content='', tokenize='unicode61 remove_diacritics 0')")
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_claims USING fts5("
            "body, content='', tokenize='unicode61 remove_diacritics 0')")
        return
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS search_articles ("
        "article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
        "norm TEXT NOT NULL)")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_search_articles_norm ON search_articles "
        "USING gin (to_tsvector('simple', norm))")
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS search_claims ("
        "claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE, "
        "norm TEXT NOT NULL)")
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_search_claims_norm ON search_claims "
        "USING gin (to_tsvector('simple', norm))")


def drop(conn: Connection) -> None:
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_claims")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_articles")


def index_articles(conn: Connection, rows: Iterable[tuple[int, str | None, str]]) -> None:
    """Add (id, title, body) rows to the article index."""
    index_normalized(conn, [(i, normalize(t or ""), normalize(b)) for i, t, b in rows])


def index_normalized(conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add (id, normalized title, normalized body) rows to the article index."""
    if conn.dialect.name == "sqlite":
        params = [{"id": i, "t": t, "b": b} for i, t, b in rows]
        if params:
            conn.execute(text(
                "INSERT INTO search_articles(rowid, title, body) VALUES (:id, :t, :b)"), params)
        return
    params = [{"id": i, "n": f"{t}\n{b}"} for i, t, b in rows]
    if params:
        conn.execute(text(
            "INSERT INTO search_articles(article_id, norm) VALUES (:id, :n) "
            "ON CONFLICT (article_id) DO UPDATE SET norm = EXCLUDED.norm"), params)


def unindex_article(conn: Connection, article_id: int, title: str | None, body: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "INSERT INTO search_articles(search_articles, rowid, title, body) "
            "VALUES ('delete', :id, :t, :b)"),
            {"id": article_id, "t": normalize(title or ""), "b": normalize(body)})
    else:
        conn.execute(text("DELETE FROM search_articles WHERE article_id = :id"), {"id": article_id})


def index_claims(conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Add (id, text) rows to the claim index."""
    params = [{"id": i, "n": normalize(t)} for i, t in rows]
    if not params:
        return
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO search_claims(rowid, body) VALUES (:id, :n)"), params)
    else:
        conn.execute(text(
            "INSERT INTO search_claims(claim_id, norm) VALUES (:id, :n) "
            "ON CONFLICT (claim_id) DO UPDATE SET norm = EXCLUDED.norm"), params)


def unindex_claims(conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
    rows = list(rows)
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "INSERT INTO search_claims(search_claims, rowid, body) VALUES ('delete', :id, :n)"),
            [{"id": i, "n": normalize(t)} for i, t in rows])
    else:
        conn.execute(text("DELETE FROM search_claims WHERE claim_id = :id"),
                     [{"id": i} for i, _ in rows])


def query_tokens(query: str) -> list[str]:
    return _WORD.findall(normalize(query))


def _fts5_match(tokens: Sequence[str]) -> str:
    # every token quoted: FTS5 operators (AND, NEAR, *, ^, :) become literal
    return " ".join('"' + t.replace('"', '""') + '"' for t in tokens)


@dataclass(frozen=True)
class ArticleHit:
    id: int
    title: str | None
    snippet: str
    start: int  # code point span of the first match in the stored body (-1: title only)
    end: int


@dataclass(frozen=True)
class ClaimHit:
    id: int
    article_id: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SearchResults:
    articles: list[ArticleHit]
    claims: list[ClaimHit]


def search(session: Session, query: str, limit: int = 50) -> SearchResults:
    toks = query_tokens(query)
    if not toks:
        return SearchResults([], [])
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        m = _fts5_match(toks)
        art_ids = [r[0] for r in conn.execute(text(
            "SELECT rowid FROM search_articles WHERE search_articles MATCH :m "
            "ORDER BY rank LIMIT :n"), {"m": m, "n": limit})]
        claim_ids = [r[0] for r in conn.execute(text(
            "SELECT rowid FROM search_claims WHERE search_claims MATCH :m "
            "ORDER BY rank LIMIT :n"), {"m": m, "n": limit})]
    else:
        q = " ".join(toks)
        art_ids = [r[0] for r in conn.execute(text(
            "SELECT article_id FROM search_articles "
            "WHERE to_tsvector('simple', norm) @@ plainto_tsquery('simple', :q) "
            "ORDER BY ts_rank(to_tsvector('simple', norm), plainto_tsquery('simple', :q)) DESC "
            "LIMIT :n"), {"q": q, "n": limit})]
        claim_ids = [r[0] for r in conn.execute(text(
            "SELECT claim_id FROM search_claims "
            "WHERE to_tsvector('simple', norm) @@ plainto_tsquery('simple', :q) "
            "ORDER BY ts_rank(to_tsvector('simple', norm), plainto_tsquery('simple', :q)) DESC "
            "LIMIT :n"), {"q": q, "n": limit})]
    return SearchResults(_article_hits(session, art_ids, toks), _claim_hits(session, claim_ids, toks))


def _article_hits(session: Session, ids: list[int], toks: list[str]) -> list[ArticleHit]:
    from models import Article

    if not ids:
        return []
    rows = {a.id: a for a in session.query(Article).filter(Article.id.in_(ids))}
    hits = []
    for i in ids:
        a = rows.get(i)
        if a is None:
            continue
        s, e = locate(a.body, toks)
        hits.append(ArticleHit(a.id, a.title, snippet(a.body, s, e), s, e))
    return hits


def _claim_hits(session: Session, ids: list[int], toks: list[str]) -> list[ClaimHit]:
    from models import Claim

    if not ids:
        return []
    rows = {c.id: c for c in session.query(Claim).filter(Claim.id.in_(ids))}
    out = []
    for i in ids:
        c = rows.get(i)
        if c is not None:
            s, e = locate(c.text, toks)
            out.append(ClaimHit(c.id, c.article_id, c.text,
                                c.start + max(s, 0), c.start + max(e, 0)))
    return out


def locate(body: str, toks: list[str]) -> tuple[int, int]:
    """Code point span in ``body`` of the first whole-word match of a query token."""
    nt = normalize_with_map(body)
    best: tuple[int, int] | None = None
    for t in toks:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", nt.text):
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end())
            break
    if best is None:
        return -1, -1
    return nt.to_original(*best)


def snippet(body: str, start: int, end: int, width: int = 60) -> str:
    if start < 0:
        return body[: 2 * width].replace("\n", " ")
    s = max(0, start - width)
    e = min(len(body), end + width)
    return ("…" if s else "") + body[s:e].replace("\n", " ") + ("…" if e < len(body) else "")

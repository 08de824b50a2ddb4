"""The CLI commands; each takes (db, args, out) and returns an exit status."""
from __future__ import annotations

import csv
import json
import sys

from cli.main import print_json
from storage import queries, services
from storage.db import Database


class CommandError(Exception):
    """A failure reported as one line, exit status 1."""


class CommandUsageError(Exception):
    """A usage error found after parsing, exit status 2."""


def cmd_import(db: Database, args, out) -> int:
    from storage.importer import import_paths

    def progress(n: int, path: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{n} records read", end="", file=sys.stderr, flush=True)

    report = import_paths(db, args.paths, extract=not args.no_extract, progress=progress)
    if args.json:
        print_json(out, report.as_json())
    else:
        out.line(f"imported {report.imported}, duplicates {report.duplicates}, "
                 f"failed {len(report.failed)}, claims {report.claims}")
        for f in report.failed:
            out.line(f"  failed: {f.path}: {f.error}")
    return 0


def cmd_articles(db: Database, args, out) -> int:
    with db.session() as s:
        rows = queries.articles_json(s, with_text=args.text)
    if args.json:
        print_json(out, rows)
        return 0
    for r in rows:
        c = r["claims"]
        out.line(f"{r['id']:>6}  {r['outlet'] or '-'}  {r['date'] or '-'}  "
                 f"{sum(c.values()) - c['pending']}/{sum(c.values())}  {r['title'] or ''}")
    return 0


def cmd_claims(db: Database, args, out) -> int:
    with db.session() as s:
        rows = queries.claims_json(s, article_id=args.article, status=args.status)
    if args.json:
        print_json(out, rows)
        return 0
    for r in rows:
        speaker = r["speaker"] or "-"
        out.line(f"{r['id']:>6} [{r['status']}] {speaker}: {r['text']}")
    return 0


def cmd_search(db: Database, args, out) -> int:
    from storage.search import search

    with db.session() as s:
        res = search(s, args.query)
    if args.json:
        print_json(out, {
            "articles": [{"id": a.id, "title": a.title, "snippet": a.snippet}
                         for a in res.articles],
            "claims": [{"id": c.id, "article_id": c.article_id, "text": c.text}
                       for c in res.claims]})
        return 0
    for a in res.articles:
        out.line(f"article {a.id}: {a.title or ''}\n    {a.snippet}")
    for c in res.claims:
        out.line(f"claim {c.id} (article {c.article_id}): {c.text}")
    return 0


def cmd_entities(db: Database, args, out) -> int:
    with db.session() as s:
        rows = queries.entities_json(s)
    if args.json:
        print_json(out, rows)
        return 0
    for e in rows:
        titles = ", ".join(sorted({t["title"] for t in e["titles"]}))
        out.line(f"{e['id']:>5} {e['kind']:<12} {e['name']}  ({e['mentions']} mentions"
                 + (f"; {titles}" if titles else "") + ")")
    return 0


def cmd_links(db: Database, args, out) -> int:
    from storage import linking

    linking.ensure_suggestions(db)
    with db.session() as s:
        rows = queries.links_json(s)
    if args.json:
        print_json(out, rows)
        return 0
    for ln in rows:
        out.line(f"{ln['id']:>6} {ln['claim_a']} ~ {ln['claim_b']}  {ln['relation']} "
                 f"{ln['score']:.2f} [{ln['status']}]")
    return 0


def _comparison_json(c) -> dict:
    return {"relation": c.relation, "score": round(float(c.score), 4),
            "discrepancies": c.discrepancies}


def cmd_compare(db, args, out) -> int:
    from analysis.compare import compare

    if args.pairs:
        if args.texts:
            raise CommandUsageError("compare takes two texts or --pairs FILE, not both")
        try:
            fh = open(args.pairs, encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise CommandError(f"cannot read {args.pairs}: {exc.strerror}") from None
        with fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or not {"s1", "s2"} <= set(reader.fieldnames):
                raise CommandError(f"{args.pairs}: needs columns s1,s2")
            for row in reader:
                res = compare(row["s1"] or "", row["s2"] or "")
                out.raw(json.dumps(_comparison_json(res), ensure_ascii=False))
        return 0
    if len(args.texts) != 2:
        raise CommandUsageError("compare needs two texts (or --pairs FILE.csv)")
    res = compare(args.texts[0], args.texts[1])
    if args.json:
        print_json(out, _comparison_json(res))
    else:
        out.line(f"{res.relation} ({res.score:.2f})")
        for d in res.discrepancies:
            out.line(f"  {d['kind']}: {d.get('a')} ≠ {d.get('b')}")
    return 0


def cmd_review(db: Database, args, out) -> int:
    try:
        with db.session() as s:
            after = services.review_claim(
                s, args.claim_id, args.reviewer, status=args.status, text=args.text,
                speaker=args.speaker, verdict=args.verdict, note=args.note)
    except services.ServiceError as exc:
        raise CommandError(str(exc)) from None
    print_json(out, {k: after[k] for k in ("status", "verdict", "corrected_text", "note",
                                           "speaker_entity_id", "version")}
               | {"id": args.claim_id})
    return 0


def cmd_link(db: Database, args, out) -> int:
    try:
        with db.session() as s:
            link = services.link_claims(s, args.claim_a, args.claim_b, args.relation,
                                        args.reviewer)
            data = {"id": link.id, "claim_a": link.claim_a_id, "claim_b": link.claim_b_id,
                    "relation": link.relation, "status": link.status,
                    "discrepancies": link.discrepancies}
    except services.ServiceError as exc:
        raise CommandError(str(exc)) from None
    print_json(out, data)
    return 0


def cmd_stats(db: Database, args, out) -> int:
    with db.session() as s:
        data = services.stats(s)
        if args.json:
            from storage.team import agreement_report

            data["agreement"] = agreement_report(s)
    if args.json:
        print_json(out, data)
        return 0
    out.line(f"articles: {data['articles']}  outlets: {data['outlets']}  "
             f"entities: {data['entities']}  reviewers: {data['reviewers']}")
    out.line("claims:   " + "  ".join(f"{k}: {v}" for k, v in data["claims"].items()))
    out.line("links:    " + "  ".join(f"{k}: {v}" for k, v in data["links"].items()))
    return 0


def cmd_reextract(db: Database, args, out) -> int:
    from storage.extraction import reextract

    with db.session() as s:
        n = reextract(s, args.article)
    if args.json:
        print_json(out, {"claims": n})
    else:
        out.line(f"extracted {n} claims")
    return 0


def cmd_backups(db, args, out) -> int:
    from pathlib import Path

    from storage.backup import list_backups
    from storage.db import resolve_url

    url = resolve_url(args.db)
    if not url.startswith("sqlite:///"):
        raise CommandError("backups are kept for SQLite databases; use pg_dump for PostgreSQL")
    rows = [b.as_json() for b in list_backups(Path(url[len("sqlite:///"):]))]
    if args.json:
        print_json(out, rows)
    for r in [] if args.json else rows:
        out.line(f"{r['created']}  {r['reason']:<20} {r['size']:>10}  {r['path']}")
    return 0


def cmd_restore(db, args, out) -> int:
    from storage.backup import restore

    done = restore(args.backup_file, args.db)
    if args.json:
        print_json(out, done)
    else:
        out.line(f"restored {done['restored']} into {done['database']}"
                 + (f" (previous copy saved as {done['previous_saved_as']})"
                    if done["previous_saved_as"] else ""))
    return 0

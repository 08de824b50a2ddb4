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
    table(out, ["id", "status", "verdict", "outlet", "speaker", "claim"],
          [[r["id"], r["status"], r["verdict"] or "-", r["article"]["outlet"] or "-",
            (r["speaker_entity"] or {}).get("name") or r["speaker"] or "-",
            r["corrected_text"] or r["text"]] for r in rows],
          right={0}, flex=5)
    out.line(f"{len(rows)} claims")
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
    from storage import matching

    matching.compute(db)  # the missing suggestions, and the stories
    with db.session() as s:
        rows = queries.links_json(s)
    if args.json:
        print_json(out, rows)
        return 0
    with db.session() as s:
        texts = {c["id"]: c for c in queries.claims_json(s)}

    def side(cid: int) -> str:
        c = texts.get(cid)
        return f"{cid} {c['article']['outlet'] or '-'}: {c['text']}" if c else str(cid)

    table(out, ["id", "relation", "score", "status", "claim A", "claim B", "differences"],
          [[ln["id"], ln["relation"], f"{ln['score']:.2f}", ln["status"], side(ln["claim_a"]),
            side(ln["claim_b"]),
            ", ".join(sorted({d.get("kind", "?") for d in ln["discrepancies"]})) or "-"]
           for ln in rows], right={0, 2}, flex=(4, 5))
    out.line(f"{len(rows)} links")
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
    table(out, ["", "count"], [[k, data[k]] for k in
                               ("articles", "outlets", "entities", "reviewers")], right={1})
    for title, counts in (("claims", data["claims"]), ("links", data["links"])):
        total = counts["total"] or 1
        out.line()
        table(out, [title, "count", "share"],
              [[k, v, "" if k == "total" else _bar(v / total)] for k, v in counts.items()],
              right={1})
    with db.session() as s:
        by_outlet = _claims_by_outlet(s)
    if by_outlet:
        out.line()
        table(out, ["outlet", "articles", "claims", "reviewed"],
              [list(r) for r in by_outlet], right={1, 2, 3})
    return 0


def _bar(share: float, width: int = 20) -> str:
    n = round(share * width)
    return "█" * n + "·" * (width - n) + f" {share:4.0%}"


def _claims_by_outlet(s) -> list[tuple[str, int, int, int]]:
    from sqlalchemy import func, select

    from models import Article, Claim, Outlet

    q = (select(func.coalesce(Outlet.name, "-"), func.count(func.distinct(Article.id)),
                func.count(Claim.id), func.count(Claim.id).filter(Claim.status != "pending"))
         .select_from(Article).outerjoin(Outlet, Article.outlet_id == Outlet.id)
         .outerjoin(Claim, Claim.article_id == Article.id)
         .group_by(Outlet.name).order_by(func.count(Claim.id).desc(), Outlet.name))
    return [tuple(r) for r in s.execute(q)]


def cmd_export(db: Database, args, out) -> int:
    from storage import exchange

    try:
        n = exchange.export_to(db, args.format, args.out, story=args.story, org=args.org,
                               org_url=args.org_url, lang=args.lang)
    except exchange.ExchangeError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    what = "reviews" if args.format == "claimreview" else "claims"
    if args.json:
        print_json(out, {"format": args.format, "out": str(args.out), what: n})
    else:
        out.line(f"wrote {n} {what} to {args.out} ({args.format})")
    return 0


# -- aligned tables -------------------------------------------------------------------
LRM = "\u200e"  # keeps columns in order when a terminal applies bidi to the whole line


def _width(text: str, shaped: bool) -> int:
    import unicodedata

    if shaped and any("\u0600" <= ch <= "\u06ff" for ch in text):
        import arabic_reshaper

        text = arabic_reshaper.reshape(text)
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Cf")
               else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text, False) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch, False)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    rtl = any("\u0600" <= ch <= "\u06ff" for ch in text)
    return "".join(out).rstrip() + ("…\u200f" if rtl else "…")  # RLM: ellipsis ends the RTL run


def table(out, headers: list[str], rows: list[list], *, right: set[int] = frozenset(),
          flex: int | tuple[int, ...] | None = None, gap: int = 2) -> None:
    """Aligned columns; ``flex`` columns share what is left of the terminal width.

    Each line goes through ``out.line`` (reshaped for terminals without bidi);
    widths are measured on the shaped text so columns stay aligned either way."""
    import shutil

    flex = (flex,) if isinstance(flex, int) else tuple(flex or ())
    cells = [[" ".join(str(v).split()) for v in r] for r in rows]
    total = shutil.get_terminal_size((120, 24)).columns
    fixed = [max([_width(h, out.bidi)] + [_width(r[i], out.bidi) for r in cells])
             for i, h in enumerate(headers)]
    if flex:
        room = total - sum(w for i, w in enumerate(fixed) if i not in flex)
        room -= gap * (len(headers) - 1)
        each = max(12, room // len(flex))
        for i in flex:
            fixed[i] = min(fixed[i], each)
            for r in cells:
                r[i] = _clip(r[i], each)
    for n, r in enumerate([headers] + cells):
        parts = []
        for i, v in enumerate(r):
            pad = " " * max(0, fixed[i] - _width(v, out.bidi))
            parts.append(pad + v if i in right else v + pad)
        out.line(((" " * gap) + LRM).join(parts).rstrip())
        if n == 0:
            out.line((" " * gap).join("─" * w for w in fixed))


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

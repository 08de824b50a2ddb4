"""The PDF story report, laid out by QTextDocument and written by QPdfWriter.

Qt shapes and orders Arabic itself: every string goes in exactly as stored.
For one story (``Article.story_id``), a selection of articles, or all: the
outlets, two charts (claims by outlet and by status, matplotlib PNGs), the
claims grouped across outlets through their links with the differences and
verdicts, the reviewed claims that appear in one outlet only, and the
attribution chains (who said it, who relayed it, who published it).
"""
from __future__ import annotations

import datetime as dt
import html
import os
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QFont, QFontDatabase, QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter,
    QTextDocument,
)

from storage.db import Database
from storage.exchange import Bundle, collect
from ui import charts

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
GROUP_MIN_SCORE = 0.5  # suggested same/supports links at least this sure group claims

TEXT = {
    "ar": {
        "title": "تقرير القصة", "all": "كل المقالات", "story": "القصة رقم {n}",
        "selection": "{n} مقالات مختارة", "made": "أُعدّ في {date} — {org}",
        "outlets": "المصادر", "outlet": "المصدر", "articles": "المقالات",
        "claims": "الادعاءات", "reviewed": "روجع", "dates": "التاريخ",
        "by_outlet": "الادعاءات حسب المصدر", "by_status": "الادعاءات حسب الحالة",
        "groups": "ادعاءات تناقلتها عدة مصادر", "group": "المجموعة {n}",
        "speaker": "المتحدث", "claim": "الادعاء", "status": "الحالة", "verdict": "الحكم",
        "differences": "الفروق بين الروايات", "no_groups": "لا توجد ادعاءات مشتركة بين المصادر.",
        "single": "ادعاءات رُوجعت وردت في مصدر واحد", "chains": "سلاسل الإسناد",
        "chain": "السلسلة", "count": "العدد", "titles": "ألقاب المتحدثين المختلفة",
        "none": "—", "corrected_to": "صُحّح إلى: ",
        "pending": "قيد المراجعة", "confirmed": "مؤكد", "rejected": "مرفوض",
        "corrected_s": "مصحح",
        "same": "الادعاء نفسه", "supports": "يؤيد", "contradicts": "يناقض", "related": "ذو صلة",
        "number": "رقم", "place": "مكان", "title_k": "لقب", "date": "تاريخ", "name": "اسم",
        "negation": "نفي",
        "true": "صحيح", "mostly_true": "صحيح غالبا", "misleading": "مضلل", "false": "خطأ",
        "unverifiable": "لا يمكن التحقق",
    },
    "en": {
        "title": "Story report", "all": "All articles", "story": "Story {n}",
        "selection": "{n} selected articles", "made": "Made on {date} — {org}",
        "outlets": "Outlets", "outlet": "Outlet", "articles": "Articles", "claims": "Claims",
        "reviewed": "Reviewed", "dates": "Dates", "by_outlet": "Claims by outlet",
        "by_status": "Claims by status", "groups": "Claims reported by several outlets",
        "group": "Group {n}", "speaker": "Speaker", "claim": "Claim", "status": "Status",
        "verdict": "Verdict", "differences": "Differences between the versions",
        "no_groups": "No claim is shared between outlets.",
        "single": "Reviewed claims found in one outlet", "chains": "Attribution chains",
        "chain": "Chain", "count": "Count", "titles": "Speakers given different titles",
        "none": "—", "corrected_to": "Corrected to: ",
        "pending": "pending", "confirmed": "confirmed", "rejected": "rejected",
        "corrected_s": "corrected",
        "same": "same claim", "supports": "supports", "contradicts": "contradicts",
        "related": "related", "number": "number", "place": "place", "title_k": "title",
        "date": "date", "name": "name", "negation": "negation",
        "true": "true", "mostly_true": "mostly true", "misleading": "misleading",
        "false": "false", "unverifiable": "unverifiable",
    },
}
STATUS_KEYS = {"pending": "pending", "confirmed": "confirmed", "rejected": "rejected",
               "corrected": "corrected_s"}
KIND_KEYS = {"title": "title_k"}
CSS = """
body { font-size: 10pt; }
h1 { font-size: 20pt; color: #1d3557; margin-bottom: 2px; }
h2 { font-size: 14pt; color: #1d3557; margin-top: 18px; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; color: #444; margin-top: 12px; margin-bottom: 4px; }
p.sub { color: #666; font-size: 9pt; }
table { border-collapse: collapse; }
th { background-color: #e8edf3; font-weight: bold; padding: 3px 6px; }
td { padding: 3px 6px; border-bottom: 1px solid #ddd; }
td.num { text-align: center; }
span.v-false, span.v-misleading { color: #b03020; font-weight: bold; }
span.v-true, span.v-mostly_true { color: #2e7d42; font-weight: bold; }
span.v-unverifiable { color: #8a6d1a; font-weight: bold; }
li { margin-bottom: 3px; }
"""


def _iso(text: str) -> str:
    """Wrap an interpolated value in first-strong isolates (FSI … PDI)."""
    return f"\u2068{text}\u2069"


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text))


class ReportBuilder:
    def __init__(self, bundle: Bundle, *, lang: str = "ar", scope: str = "", org: str = ""):
        self.b, self.lang, self.t = bundle, lang, TEXT[lang]
        self.scope = scope or self.t["all"]
        self.org = org or os.environ.get("ISNAD_ORG") or "Isnad"
        self.arts = {a["id"]: a for a in bundle.articles}
        self.claims = {c["id"]: c for c in bundle.claims}
        self.images: dict[str, bytes] = {}

    # -- data ------------------------------------------------------------------------
    def outlet(self, c: dict) -> str:
        return self.arts[c["article_id"]].get("outlet") or self.arts[c["article_id"]].get(
            "source_file") or "?"

    def groups(self) -> list[list[int]]:
        parent = {cid: cid for cid in self.claims}

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for ln in self.b.links:
            sure = ln["status"] == "confirmed" or (
                ln["status"] == "suggested" and ln["relation"] in ("same", "supports")
                and ln["score"] >= GROUP_MIN_SCORE)
            if sure:
                parent[find(ln["claim_a"])] = find(ln["claim_b"])
        out: dict[int, list[int]] = defaultdict(list)
        for cid in self.claims:
            out[find(cid)].append(cid)
        multi = [sorted(g, key=lambda c: (self.claims[c]["article_id"], c)) for g in out.values()
                 if len({self.claims[c]["article_id"] for c in g}) > 1]
        return sorted(multi, key=lambda g: (-len(g), g[0]))

    # -- html ------------------------------------------------------------------------
    def label(self, key: str | None) -> str:
        return self.t.get(key, key) if key else self.t["none"]

    def verdict(self, v: str | None) -> str:
        return f'<span class="v-{v}">{_e(self.label(v))}</span>' if v else self.t["none"]

    def html(self) -> str:
        t = self.t
        direction = "rtl" if self.lang == "ar" else "ltr"
        parts = [f'<html><head><style>{CSS}</style></head><body dir="{direction}">',
                 f"<h1>{_e(t['title'])}: {_e(self.scope)}</h1>",
                 f'<p class="sub">{_e(t["made"].format(date=_iso(dt.date.today().isoformat()), org=_iso(self.org)))}</p>',
                 self.outlets_html(), self.charts_html(), self.groups_html(),
                 self.single_html(), self.chains_html(), "</body></html>"]
        return "\n".join(parts)

    def table(self, headers: list[str], rows: list[list[str]], widths: list[int] | None = None,
              num: set[int] = frozenset(), nowrap: set[int] = frozenset()) -> str:
        direction = "rtl" if self.lang == "ar" else "ltr"
        head = "".join(f'<th{f" width={widths[i]}%" if widths else ""}>{_e(h)}</th>'
                       for i, h in enumerate(headers))
        body = "".join("<tr>" + "".join(
            f'<td{" class=num" if i in num else ""}{" nowrap" if i in nowrap else ""}>{cell}</td>'
            for i, cell in enumerate(r))
            + "</tr>" for r in rows)
        return (f'<table dir="{direction}" width="100%" cellspacing="0" cellpadding="3">'
                f"<tr>{head}</tr>{body}</table>")

    def outlets_html(self) -> str:
        t = self.t
        per: dict[str, dict[str, Any]] = {}
        for a in self.b.articles:
            name = a.get("outlet") or a.get("source_file") or "?"
            row = per.setdefault(name, {"articles": 0, "claims": 0, "reviewed": 0, "dates": set()})
            row["articles"] += 1
            if a.get("date"):
                row["dates"].add(a["date"])
        for c in self.b.claims:
            row = per[self.outlet(c)]
            row["claims"] += 1
            row["reviewed"] += c["status"] != "pending"
        rows = []
        for name, r in sorted(per.items(), key=lambda kv: (-kv[1]["claims"], kv[0])):
            dates = sorted(r["dates"])
            span = (dates[0] if len(dates) == 1 else f"{dates[0]} – {dates[-1]}") if dates \
                else t["none"]
            rows.append([_e(name), str(r["articles"]), str(r["claims"]), str(r["reviewed"]),
                         _e(span)])
        return f"<h2>{_e(t['outlets'])}</h2>" + self.table(
            [t["outlet"], t["articles"], t["claims"], t["reviewed"], t["dates"]], rows,
            [36, 14, 14, 14, 22], num={1, 2, 3})

    def charts_html(self) -> str:
        labels = {s: self.t[k] for s, k in STATUS_KEYS.items()}
        by_outlet: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        by_status: dict[str, int] = defaultdict(int)
        for c in self.b.claims:
            by_outlet[self.outlet(c)][c["status"]] += 1
            by_status[c["status"]] += 1
        if not self.b.claims:
            return ""
        rtl = self.lang == "ar"
        self.images["chart:outlets.png"] = charts.claims_by_outlet(
            {k: dict(v) for k, v in by_outlet.items()}, labels, self.t["by_outlet"], rtl=rtl)
        self.images["chart:status.png"] = charts.claims_by_status(
            dict(by_status), labels, self.t["by_status"], rtl=rtl)
        return ('<p align="center"><img src="chart:outlets.png" width="500"></p>'
                '<p align="center"><img src="chart:status.png" width="500"></p>')

    def claim_cell(self, c: dict) -> str:
        text = _e(c["text"])
        if c.get("corrected_text"):
            text += f'<br><i>{_e(self.t["corrected_to"])}{_e(c["corrected_text"])}</i>'
        return text

    def speaker_cell(self, c: dict) -> str:
        ent = c.get("speaker_entity")
        name = (ent or {}).get("name") or c.get("speaker")
        if not name:
            return self.t["none"]
        title = c.get("speaker_title")
        return _e(f"{title} {name}" if title and title not in name else name)

    def groups_html(self) -> str:
        t = self.t
        parts = [f"<h2>{_e(t['groups'])}</h2>"]
        groups = self.groups()
        if not groups:
            return parts[0] + f"<p>{_e(t['no_groups'])}</p>"
        for n, g in enumerate(groups, 1):
            rows = [[_e(self.outlet(self.claims[c])), self.speaker_cell(self.claims[c]),
                     self.claim_cell(self.claims[c]),
                     _e(self.label(STATUS_KEYS[self.claims[c]["status"]])),
                     self.verdict(self.claims[c].get("verdict"))] for c in g]
            parts.append(f"<h3>{_e(t['group'].format(n=n))}</h3>")
            parts.append(self.table([t["outlet"], t["speaker"], t["claim"], t["status"],
                                     t["verdict"]], rows, [13, 15, 45, 11, 16], nowrap={3, 4}))
            parts.append(self.differences_html(set(g)))
        return "\n".join(parts)

    def differences_html(self, group: set[int]) -> str:
        items = []
        for ln in self.b.links:
            if ln["claim_a"] not in group or ln["claim_b"] not in group:
                continue
            if ln["status"] == "rejected":
                continue
            a, b = self.claims[ln["claim_a"]], self.claims[ln["claim_b"]]
            who = f"{self.outlet(a)} / {self.outlet(b)}"
            rel = self.label(ln["relation"])
            for d in ln.get("discrepancies") or []:
                kind = self.label(KIND_KEYS.get(d.get("kind"), d.get("kind")))
                items.append(f"<li><b>{_e(kind)}</b>: {_e(d.get('a'))} ≠ {_e(d.get('b'))} "
                             f"({_e(who)})</li>")
            if ln["relation"] == "contradicts" and not ln.get("discrepancies"):
                items.append(f"<li><b>{_e(rel)}</b> ({_e(who)})</li>")
        if not items:
            return ""
        return f"<p><b>{_e(self.t['differences'])}</b></p><ul>{''.join(items)}</ul>"

    def single_html(self) -> str:
        grouped = {c for g in self.groups() for c in g}
        rows = [[_e(self.outlet(c)), self.speaker_cell(c), self.claim_cell(c),
                 _e(self.label(STATUS_KEYS[c["status"]])), self.verdict(c.get("verdict"))]
                for c in self.b.claims if c["id"] not in grouped and c["status"] != "pending"]
        if not rows:
            return ""
        t = self.t
        return f"<h2>{_e(t['single'])}</h2>" + self.table(
            [t["outlet"], t["speaker"], t["claim"], t["status"], t["verdict"]], rows,
            [13, 15, 45, 11, 16], nowrap={3, 4})

    def chains_html(self) -> str:
        t = self.t
        counts: dict[tuple[str, ...], int] = defaultdict(int)
        for c in self.b.claims:
            names = [step.get("name") for step in c.get("chain") or [] if step.get("name")]
            chain = tuple(dict.fromkeys(names))
            if len(chain) > 1:
                counts[chain] += 1
        parts = [f"<h2>{_e(t['chains'])}</h2>"]
        arrow = " ← " if self.lang == "ar" else " → "
        rows = [[_e(arrow.join(chain)), str(n)]
                for chain, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
        if rows:
            parts.append(self.table([t["chain"], t["count"]], rows, [85, 15], num={1}))
        titles = self.title_differences()
        if titles:
            parts.append(f"<h3>{_e(t['titles'])}</h3><ul>{''.join(titles)}</ul>")
        return "\n".join(parts) if len(parts) > 1 else ""

    def title_differences(self) -> list[str]:
        seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for c in self.b.claims:
            ent = c.get("speaker_entity")
            if ent and c.get("speaker_title"):
                seen[ent["name"]][c["speaker_title"]].add(self.outlet(c))
        out = []
        for name, titles in sorted(seen.items()):
            if len(titles) > 1:
                desc = "؛ ".join(f"{title} ({'، '.join(sorted(o))})"
                                 for title, o in sorted(titles.items()))
                out.append(f"<li><b>{_e(name)}</b>: {_e(desc)}</li>")
        return out


# -- writing the PDF --------------------------------------------------------------------
def _ensure_app() -> QGuiApplication:
    """A QApplication (not only a QGuiApplication, so widgets can still follow)."""
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    return app


def _font_family() -> str:
    family = "Noto Naskh Arabic"
    for f in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
        fid = QFontDatabase.addApplicationFont(str(FONTS / f))
        if fid >= 0:
            family = QFontDatabase.applicationFontFamilies(fid)[0]
    return family


def render_pdf(builder: ReportBuilder, out: str | Path) -> None:
    _ensure_app()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(_font_family(), 10))
    markup = builder.html()  # draws the charts into builder.images
    for name, png in builder.images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                        QImage.fromData(png, "PNG"))
    doc.setHtml(markup)
    writer = QPdfWriter(str(out))
    writer.setTitle(f"{builder.t['title']}: {builder.scope}")
    writer.setCreator("Isnad")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc.print_(writer)


def write_report(db: Database, out: str | Path, *, story: int | None = None,
                 article_ids: list[int] | None = None, lang: str = "ar",
                 progress: Callable[[int, str], None] | None = None) -> int:
    """Write the PDF; returns the number of articles it covers."""
    if progress:
        progress(5, "reading")
    with db.session() as s:
        bundle = collect(s, article_ids, story=story)
    t = TEXT[lang]
    if story is not None:
        scope = t["story"].format(n=story)
    elif article_ids is not None:
        scope = t["selection"].format(n=len(bundle.articles))
    else:
        scope = t["all"]
    if progress:
        progress(40, "drawing")
    render_pdf(ReportBuilder(bundle, lang=lang, scope=scope), out)
    if progress:
        progress(100, "done")
    return len(bundle.articles)


def cmd_report(db: Database, args, out) -> int:
    """``isnad report OUT.pdf [--story ID]`` (reached from main.py)."""
    from cli.commands import CommandError

    n = write_report(db, args.out, story=args.story, lang=getattr(args, "lang", "ar"))
    if n == 0:
        Path(args.out).unlink(missing_ok=True)
        raise CommandError("no articles to report" + (
            f" in story {args.story}" if args.story is not None else ""))
    out.line(f"wrote report on {n} articles to {args.out}")
    return 0

"""Report charts drawn with matplotlib's Agg backend into PNG bytes.

matplotlib 3.11 shapes Arabic and orders it itself, so labels are passed in
logical order exactly as stored (reshaping them first would break them).
The bundled Noto Naskh Arabic is used, with DejaVu Sans as fallback for Latin.
"""
from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
STATUS_COLORS = {"pending": "#b8b8b8", "confirmed": "#3f9e5a", "rejected": "#c8503c",
                 "corrected": "#e0a030"}
_family: list[str] | None = None


def _fonts() -> list[str]:
    global _family
    if _family is None:
        names = []
        for f in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
            p = FONTS / f
            if p.exists():
                font_manager.fontManager.addfont(str(p))
                names.append(font_manager.FontProperties(fname=str(p)).get_name())
        _family = list(dict.fromkeys(names)) + ["DejaVu Sans"]
    return _family


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150)
    return buf.getvalue()


def _figure(height: float) -> Figure:
    fig = Figure(figsize=(6.4, height), layout="constrained")
    fig.set_facecolor("white")
    return fig


def claims_by_outlet(counts: dict[str, dict[str, int]], labels: dict[str, str],
                     title: str, rtl: bool = True) -> bytes:
    """Horizontal bars, one per outlet, stacked by claim status."""
    family = _fonts()
    outlets = sorted(counts, key=lambda o: sum(counts[o].values()))
    fig = _figure(max(2.2, 0.5 * len(outlets) + 1.3))
    ax = fig.add_subplot()
    left = [0] * len(outlets)
    for status, color in STATUS_COLORS.items():
        vals = [counts[o].get(status, 0) for o in outlets]
        if any(vals):
            ax.barh(outlets, vals, left=left, color=color, label=labels.get(status, status))
            left = [a + b for a, b in zip(left, vals)]
    _style(ax, family, title)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    for tick in ax.get_yticklabels():
        tick.set_fontfamily(family)
        tick.set_fontsize(11)
    if rtl:
        ax.invert_xaxis()
        ax.yaxis.tick_right()
    handles, names = ax.get_legend_handles_labels()
    if rtl:  # legend read right to left, like the labels
        handles, names = handles[::-1], names[::-1]
    fig.legend(handles, names, prop={"family": family, "size": 9}, frameon=False,
               loc="outside lower center", ncols=4)
    return _png(fig)


def claims_by_status(counts: dict[str, int], labels: dict[str, str], title: str,
                     rtl: bool = True) -> bytes:
    family = _fonts()
    statuses = [s for s in STATUS_COLORS if counts.get(s)]
    if rtl:  # first status on the right
        statuses.reverse()
    fig = _figure(2.6)
    ax = fig.add_subplot()
    names = [labels.get(s, s) for s in statuses]
    bars = ax.bar(names, [counts[s] for s in statuses],
                  color=[STATUS_COLORS[s] for s in statuses], width=0.6)
    ax.bar_label(bars, padding=2, fontsize=9)
    _style(ax, family, title)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", color="#e6e6e6")
    for tick in ax.get_xticklabels():
        tick.set_fontfamily(family)
        tick.set_fontsize(11)
    return _png(fig)


def _style(ax, family: list[str], title: str) -> None:
    ax.set_title(title, fontfamily=family, fontsize=12, loc="center")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(length=0)
    ax.grid(axis="x", color="#e6e6e6")
    ax.set_axisbelow(True)

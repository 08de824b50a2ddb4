"""Helpers shared by the benchmarks: where ../shared is, and peak memory."""
from __future__ import annotations

import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def shared_or_exit(*parts: str) -> Path:
    """The path under ../shared, or a clear message and exit 0 when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        print(f"SKIPPED: {path} is missing (benchmarks read ../shared, which a user's clone "
              "does not have)")
        sys.exit(0)
    return path


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

"""`make bench`: every benchmark and evaluation in bench/, one after another.

They read ../shared (the datasets); where it is missing each says so and is skipped."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["bench_import.py", "eval_extract.py", "bench_extract.py", "eval_links.py",
         "eval_ans.py", "bench_candidates.py", "bench_ui.py"]


def main() -> int:
    scripts = [HERE / n for n in ORDER if (HERE / n).exists()]
    scripts += sorted(p for p in HERE.glob("*.py")
                      if p.name not in ORDER and p.name not in ("run_all.py", "_common.py")
                      and not p.name.startswith(("train_", "_")))
    failed = []
    for script in scripts:
        print(f"\n== {script.name} ==", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=HERE.parent).returncode:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

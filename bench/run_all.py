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
    # only the benchmarks and evaluations: train_stance.py, golden_extract.py and
    # fuzz_atheris.py are tools that are run by hand
    scripts = [HERE / n for n in ORDER if (HERE / n).exists()]
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

"""The guide's screenshots of dialogs and the high-contrast desk (`make docs-screenshots`).

    QT_QPA_PLATFORM=offscreen python -m ui.docs_screenshots --lang ar --db X --out docs/img
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--lang", choices=["ar", "en"], default="en")
    p.add_argument("--db", required=True)
    p.add_argument("--out", default="docs/img")
    args = p.parse_args()
    from PySide6.QtWidgets import QApplication

    from ui import app as uiapp, first_run
    from ui.settings import Settings

    qapp = uiapp.application([])
    qapp._translators = uiapp.install_translations(qapp, args.lang)
    family = uiapp.register_fonts()
    settings = Settings()
    db = uiapp.open_database(args.db)
    win = uiapp.build_window(db, settings, family)
    out = Path(args.out)

    def shot(widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            qapp.processEvents()
        widget.grab().save(str(out / f"{name}.{args.lang}.png"), "PNG")

    welcome = first_run.WelcomeDialog(settings, offer_demo=True)
    welcome.resize(520, 420)
    shot(welcome, "welcome")
    uiapp.screenshot(win, str(out / f"desk.{args.lang}.png"), None)
    shot(win.station.show_shortcuts(), "shortcuts")
    win.station.set_high_contrast(True)
    uiapp.screenshot(win, str(out / f"contrast.{args.lang}.png"), None)
    win.station.set_high_contrast(False)
    win.tasks.shutdown()
    db.dispose()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

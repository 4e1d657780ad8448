"""Start the desktop app: python main.py [--db PATH] [--demo] [--lang nb|nn|en]
[--screenshot FILE.png --view NAME --size 1280x720] [--version]."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from leietileie import __version__

VIEW_NAMES = ("tenants", "assessment", "plan", "screening", "cases", "followup", "settings")
NO_DISPLAY = (
    "leietileie: ingen skjerm funnet (DISPLAY/WAYLAND_DISPLAY er ikke satt). "
    "Bruk «python main.py --screenshot FIL.png --view tenants» (kjører uten skjerm) "
    "eller kommandolinjen «leietileie --help»."
)


def window_size(text: str) -> tuple[int, int]:
    """'1280x720' → (1280, 720)."""
    found = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if not found:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en størrelse som 1280x720")
    return int(found.group(1)), int(found.group(2))


def db_location(text: str) -> Path | str:
    """A file's path, or the office database's URL (kept as text: a Path would spoil it)."""
    from leietileie.storage.dialect.choose import is_url

    return text if is_url(text) else Path(text)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from leietileie.cli import NorwegianArgumentParser  # argparse's own words in bokmål too

    parser = NorwegianArgumentParser(
        prog="main.py", description="Leie til eie – skrivebordsprogrammet."
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Leie til eie {__version__}",
        help="vis versjonsnummeret og avslutt",
    )
    parser.add_argument(
        "--db",
        type=db_location,
        metavar="FIL|URL",
        help="databasefil, eller kontorets database som postgresql://bruker@vert/database "
        "(standard: den sist brukte, ellers filen i brukerens datamappe)",
    )
    parser.add_argument("--demo", action="store_true", help="åpne et midlertidig demoregister")
    parser.add_argument(
        "--lang",
        choices=("nb", "nn", "en"),
        help="språk i brukerflaten: nb (bokmål), nn (nynorsk), en (engelsk); standard: "
        "innstillingen",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="FIL.png", help="lagre et bilde av vinduet og avslutt"
    )
    parser.add_argument(
        "--view",
        choices=VIEW_NAMES,
        default="tenants",
        help="visningen som vises (med --screenshot)",
    )
    parser.add_argument(
        "--size",
        type=window_size,
        default=(1280, 720),
        metavar="BxH",
        help="vindusstørrelse for --screenshot, f.eks. 1366x768 (standard 1280x720)",
    )
    return parser.parse_args(argv)


def has_display() -> bool:
    """False on a Linux machine without X11 or Wayland where Qt would fail with a cryptic error."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSize

        from leietileie.ui.app import screenshot

        return screenshot(
            args.screenshot, args.view, args.db, args.demo, args.lang, QSize(*args.size)
        )
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from leietileie.ui.app import run

    return run(args.db, args.demo, args.lang)


if __name__ == "__main__":
    sys.exit(main())

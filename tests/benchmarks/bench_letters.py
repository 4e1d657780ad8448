"""Letters per second, end to end and rendering alone.

    python tests/benchmarks/bench_letters.py [--count 200] [--type invitation|offer|preassessment]
                                             [--workers 2] [--render-only]

End to end (the default): a demo register in a temporary folder, then one batch through
``services.letters.produce_batch`` exactly as ``leietileie letters`` runs it: the screening's
gate, each household assessed and stored, the letters rendered in worker processes, each
file written (0600, atomically) and recorded on the case with its audit entry, and the
combined print file assembled at the end. The batch is timed once with ``--workers`` worker
processes and once in a single process.

``--render-only``: only ``render_letter`` and ``combine_pdfs`` on sample requests (the
numbers the letters README quotes for rendering).

``--vs-libreoffice``: the classic route beside ours in the same run: a mail merge (one
flat-ODT letter per household from a template, two pages with a table) converted to PDF by
LibreOffice in one ``soffice --headless --convert-to pdf`` batch, as a housing office does it
with Word and a PDF printer. Skipped with a message where ``soffice`` is not installed. Not
collected by pytest: a benchmark measures, it does not assert.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pypdf

from leietileie.letters import combine_pdfs, render_letter
from leietileie.letters.sample import (
    sample_assessment,
    sample_household,
    sample_profile,
    sample_request,
)

FIRST = [
    "Amina",
    "Ola",
    "Kari",
    "Jonas",
    "Agnieszka",
    "Mohammed",
    "Ingrid",
    "Tran",
    "Sigrid",
    "Yusuf",
]
LAST = [
    "Hansen",
    "Nguyen",
    "Berg",
    "Kowalski",
    "Ali",
    "Johansen",
    "Haugen",
    "Østby",
    "Larsen",
    "Dahl",
]


def requests(count: int, letter_type: str) -> list:
    assessments = [sample_assessment(price=2_300_000 + 50_000 * i) for i in range(8)]
    out = []
    for i in range(count):
        household = replace(
            sample_household(FIRST[i % 10], LAST[(i // 10) % 10]), external_id=f"H-{i:05d}"
        )
        out.append(
            sample_request(
                letter_type,
                "nb",
                household=household,
                assessment=assessments[i % 8],
                reference=f"2026/{1000 + i}-1",
                with_appendix=letter_type != "invitation",
            )
        )
    return out


def render_only(count: int, letter_type: str) -> None:
    batch = requests(count, letter_type)
    profile = sample_profile()
    render_letter(batch[0], profile)
    start = time.perf_counter()
    pdfs = [render_letter(r, profile) for r in batch]
    combine_pdfs(pdfs, title="Utskrift", author=profile.name)
    elapsed = time.perf_counter() - start
    pages = len(pypdf.PdfReader(io.BytesIO(pdfs[0])).pages)
    print(
        f"render only: {count} {letter_type} letters ({pages} pages) in {elapsed:.2f} s = "
        f"{count / elapsed:.1f} letters/s (one process)"
    )


def end_to_end(count: int, letter_type: str, workers: int, with_appendix: bool = True) -> None:
    """The register, the letters and the print files live in a temporary folder that is
    removed afterwards (also when the run fails)."""
    with tempfile.TemporaryDirectory(prefix="bench-letters-") as folder:
        _end_to_end(Path(folder), count, letter_type, workers, with_appendix)


def _end_to_end(
    home: Path, count: int, letter_type: str, workers: int, with_appendix: bool
) -> None:
    os.environ["LEIETILEIE_HOME"] = str(home)
    from leietileie.cli import main
    from leietileie.paths import default_db_path
    from leietileie.storage.database import Database

    main(["demo", "--households", str(count * 3), "--seed", "11"])
    database = Database.open(default_db_path())
    try:
        _timed_batches(database, home, count, letter_type, workers, with_appendix)
    finally:
        database.close()


def _timed_batches(
    database: Any, home: Path, count: int, letter_type: str, workers: int, with_appendix: bool
) -> None:
    from leietileie.services.letters import (
        confirm_rule_groups,
        gate_reasons,
        produce_batch,
        warm_up,
    )
    from leietileie.services.settings import Settings

    confirm_rule_groups(database, Settings(database).year())
    everyone = [h.id for h in database.households.page(0, count * 3)]
    gate = gate_reasons(database, everyone, date.today())
    ids = [h for h in everyone if not gate[h]]
    if letter_type == "offer":
        ids = [h for h in ids if _can_buy(database, h)]
    ids = ids[:count]
    halves = {"workers": ids[: len(ids) // 2], "single": ids[len(ids) // 2 :]}
    print(f"{len(ids)} households through the gate (of {len(everyone)}), type {letter_type}")
    warm_up()  # as in the app, where fonts and texts are loaded by the first letter
    for label, chosen, n in (
        ("worker processes", halves["workers"], workers),
        ("one process", halves["single"], 1),
    ):
        start, cpu = time.perf_counter(), _cpu()
        result = produce_batch(
            database,
            chosen,
            home / label.replace(" ", "-"),
            letter_type=letter_type,
            language="nb",
            workers=n,
            with_appendix=with_appendix,
        )
        elapsed, used = time.perf_counter() - start, _cpu() - cpu
        pages = len(pypdf.PdfReader(str(result.letters[0].path)).pages)
        print(
            f"end to end, {label} ({n}): {len(result.letters)} letters ({pages} pages) "
            f"in {elapsed:.2f} s = "
            f"{len(result.letters) / elapsed:.1f} letters/s; "
            f"CPU {1000 * used / len(result.letters):.0f} ms "
            f"per letter; problems {len(result.problems)}; "
            f"print file {result.combined.stat().st_size / 1e6:.1f} MB"
        )
    print(
        "note: the CPU per letter (this process and its workers) bounds what idle cores give: "
        "2 cores / CPU per letter. On a shared machine the kernel's autogroup scheduling gives "
        "a session's processes one share together, so worker processes add little there."
    )


_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
"""


def _merged_letter(number: int) -> str:
    """One mail-merged letter: address, body, a financing table, two pages of text."""
    name = f"{FIRST[number % len(FIRST)]} {LAST[(number // len(FIRST)) % len(LAST)]}"
    rows = [
        ("Kjøpesum", 2_650_000 + 1_000 * number),
        ("Omkostninger", 1_090),
        ("Egenkapital", 42_000),
        ("Startlån", 2_609_090 + 1_000 * number),
    ]
    cells = "".join(
        f"<table:table-row><table:table-cell><text:p>{label}</text:p></table:table-cell>"
        f"<table:table-cell><text:p>{value:,} kr</text:p></table:table-cell></table:table-row>"
        for label, value in rows
    )
    paragraph = (
        "Kommunen tilbyr deg å kjøpe boligen du leier. Vi har gått gjennom økonomien din og "
        "mener at du kan klare å betale for boligen med lånene og eventuelt tilskudd. "
    )
    body = "".join(f"<text:p>{paragraph * 4}</text:p>" for _ in range(9))
    return (
        f"{_FODT_HEAD}<text:p>{name}</text:p><text:p>Skolegata {number} B</text:p>"
        f"<text:p>9990 Eksempelby</text:p><text:h>Tilbud om å kjøpe boligen</text:h>{body}"
        f"<table:table>{cells}</table:table>{body}</office:text></office:body></office:document>"
    )


def vs_libreoffice(count: int) -> None:
    """The classic route: mail merge to documents, then LibreOffice converts them all."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed: the classic route is not measured")
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        profile = (work / "profile").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--terminate_after_init"],
            capture_output=True,
            timeout=300,
            check=False,
        )  # first start makes the profile
        start = time.perf_counter()
        sources = []
        for number in range(count):
            source = work / f"brev-{number:04d}.fodt"
            source.write_text(_merged_letter(number), encoding="utf-8")
            sources.append(str(source))
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "pdf"),
                *sources,
            ],
            capture_output=True,
            timeout=1800,
            check=True,
        )
        elapsed = time.perf_counter() - start
        made = sorted((work / "pdf").glob("*.pdf"))
        pages = len(pypdf.PdfReader(made[0]).pages) if made else 0
    print(
        f"classic route, mail merge + LibreOffice: {len(made)} letters ({pages} pages) "
        f"in {elapsed:.2f} s = "
        f"{len(made) / elapsed:.1f} letters/s"
    )


def _cpu() -> float:
    """CPU seconds of this process and its finished worker processes."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _can_buy(database, household_id: int) -> bool:
    from leietileie.services.assessment import evaluate, registered_scenario

    try:
        return evaluate(registered_scenario(database, household_id)).verdict != "not_eligible"
    except Exception:  # noqa: BLE001 - a household without a valuation is simply skipped
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument(
        "--type", default="invitation", choices=("invitation", "offer", "preassessment")
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--render-only", action="store_true")
    parser.add_argument(
        "--no-appendix", action="store_true", help="invitations without the appendix"
    )
    parser.add_argument("--vs-libreoffice", action="store_true", help="also time the classic route")
    args = parser.parse_args()
    if args.render_only:
        render_only(args.count, args.type)
    else:
        end_to_end(args.count * 2, args.type, args.workers, not args.no_appendix)
    if args.vs_libreoffice:
        vs_libreoffice(args.count)


if __name__ == "__main__":
    main()

"""Letters per second for a batch of 500 letters, and the batch's peak memory.

    python tests/benchmarks/bench_letters.py [--count 500] [--type invitation|offer|preassessment]

The default batch is 500 two-page invitations (no appendix); ``--type offer`` measures the
full offer with its calculation appendix (four pages). Each batch renders one PDF per
household (the archive copies) and then the combined print file, like the service does.
Not collected by pytest: a benchmark measures, it does not assert.
"""

from __future__ import annotations

import argparse
import io
import resource
import time
import tracemalloc
from dataclasses import replace

import pypdf

from leietileie.letters import combine_pdfs, render_letter
from leietileie.letters.sample import (
    sample_assessment,
    sample_household,
    sample_profile,
    sample_request,
)

FIRST = ["Amina", "Ola", "Kari", "Jonas", "Agnieszka", "Mohammed", "Ingrid", "Tran", "Sigrid", "Yusuf"]
LAST = ["Hansen", "Nguyen", "Berg", "Kowalski", "Ali", "Johansen", "Haugen", "Østby", "Larsen", "Dahl"]


def requests(count: int, letter_type: str) -> list:
    assessments = [sample_assessment(price=2_300_000 + 50_000 * i) for i in range(8)]
    out = []
    for i in range(count):
        household = replace(sample_household(FIRST[i % 10], LAST[(i // 10) % 10]), external_id=f"H-{i:05d}")
        out.append(sample_request(letter_type, "nb", household=household, assessment=assessments[i % 8],
                                  reference=f"2026/{1000 + i}-1",
                                  with_appendix=letter_type != "invitation"))
    return out


def run_batch(batch: list) -> tuple[list[bytes], bytes]:
    profile = sample_profile()
    pdfs = [render_letter(request, profile) for request in batch]
    return pdfs, combine_pdfs(pdfs, title="Utskrift", author=profile.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--type", default="invitation", choices=("invitation", "offer", "preassessment"))
    args = parser.parse_args()
    batch = requests(args.count, args.type)
    render_letter(batch[0], sample_profile())  # fonts, styles and texts loaded once, as in the app
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    pdfs, combined = run_batch(batch)
    elapsed = time.perf_counter() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pages = len(pypdf.PdfReader(io.BytesIO(pdfs[0])).pages)
    render_only = time.perf_counter()
    for request in batch[:100]:
        render_letter(request, sample_profile())
    render_rate = 100 / (time.perf_counter() - render_only)
    tracemalloc.start()
    run_batch(batch)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{args.count} {args.type} letters, {pages} pages each")
    print(f"batch (archive PDFs + combined print file): {elapsed:.2f} s = {args.count / elapsed:.1f} letters/s")
    print(f"rendering alone: {render_rate:.1f} letters/s")
    print(f"combined file: {len(combined) / 1e6:.1f} MB; archive files: {sum(map(len, pdfs)) / 1e6:.1f} MB")
    print(f"peak Python memory of the batch (tracemalloc): {peak / 1e6:.0f} MB")
    print(f"process peak RSS: {rss_after / 1024:.0f} MB (before the batch {rss_before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()

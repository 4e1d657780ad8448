"""A reader that stops early (``leietileie pathway | head -3``) is not an error to report."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_closed_pipe_gives_no_error_line(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "LEIETILEIE_HOME": str(tmp_path)}
    run = [sys.executable, "-m", "leietileie"]
    subprocess.run(
        [*run, "demo", "--households", "300", "--seed", "2"],
        env=env,
        check=True,
        capture_output=True,
    )
    listing = subprocess.Popen(
        [*run, "pathway"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert listing.stdout is not None
    listing.stdout.close()  # the reader is gone before the list is written (head -0)
    _, err = listing.communicate(timeout=60)
    assert b"Systemfeil" not in err and b"Traceback" not in err, err.decode()

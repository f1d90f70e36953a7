"""Time `refcheck run` on the example report against ../shared/mirror: a cold run, then a warm one.

Prints the wall time of each run, how many requests reached the mirror, and the exit codes. The mirror
adds 25-120 ms of latency per page, like the real sites' fast answers.

    python bench/mirror_run.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIRROR = ROOT.parent / "shared" / "mirror"


def main() -> int:
    if not (MIRROR / "serve.py").is_file():
        print(f"no mirror at {MIRROR}: nothing to measure")
        return 0
    server = subprocess.Popen(
        [sys.executable, str(MIRROR / "serve.py"), str(MIRROR), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stderr is not None
    base = server.stdout.readline().split()[-1]
    with tempfile.TemporaryDirectory() as cache:
        command = [
            sys.executable,
            "-m",
            "refcheck",
            "run",
            str(ROOT / "reports" / "weekly-analysis-420.md"),
            "--config",
            str(MIRROR / "references.yaml"),
            "--remap",
            rf"^https?://(.*)$ {base}/\1",
            "--allow-private",
            "--cache-dir",
            cache,
            "--format",
            "json",
            "--output",
            f"{cache}/out.json",
        ]
        for label in ("cold (empty cache)", "warm (second run)", "warm --offline"):
            extra = ["--offline"] if "offline" in label else []
            started = time.perf_counter()
            code = subprocess.run(command + extra, cwd=ROOT, check=False).returncode
            elapsed = time.perf_counter() - started
            print(f"{label:20s} {elapsed:6.2f} s   exit {code}")
    server.terminate()
    server.wait()
    requests = [line for line in server.stderr.read().splitlines() if line.startswith(("GET", "HEAD"))]
    print(f"requests that reached the mirror over all runs: {len(requests)}")
    for line in requests:
        print("   ", line[:110])
    return 0


if __name__ == "__main__":
    sys.exit(main())

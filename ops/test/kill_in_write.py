#!/usr/bin/env python3
"""Kill a driver with SIGKILL while it is inside a write to one Delta table, and prove it.

  kill_in_write.py PID TABLE_DIR [--timeout SECONDS]

Polls TABLE_DIR every few milliseconds. A write is in progress when data files exist that no
commit in _delta_log adds (Delta writes the files first and commits them last). At that moment
the driver (PID, the JVM itself) gets SIGKILL. Then it checks the fault really happened: the
process is gone, no new commit reached the log, and the written files are still uncommitted.
Prints one line saying so and exits 0; exits 1 when the process ended, or the timeout passed,
without being caught inside a write (a fault that did not happen).
"""
import json
import os
import signal
import sys
import time


def committed(table):
    """(latest version, data files added by any commit); (-1, set()) before the first commit."""
    log = os.path.join(table, "_delta_log")
    version, added = -1, set()
    try:
        names = os.listdir(log)
    except FileNotFoundError:
        return version, added
    for name in names:
        if not name.endswith(".json") or name.startswith("."):
            continue
        version = max(version, int(name.split(".")[0]))
        try:
            with open(os.path.join(log, name), encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line.startswith('{"add"'):
                        added.add(json.loads(line)["add"]["path"])
        except (OSError, ValueError):
            pass  # a commit being written right now: read again on the next poll
    return version, {p.replace("%3D", "=").replace("%20", " ") for p in added}


def data_files(table):
    out = set()
    for root, dirs, files in os.walk(table):
        dirs[:] = [d for d in dirs if not d.startswith(("_", "."))]
        for name in files:
            if name.endswith(".parquet") and not name.startswith("."):
                out.add(os.path.relpath(os.path.join(root, name), table))
    return out


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def main(argv):
    pid, table = int(argv[1]), argv[2].rstrip("/")
    timeout = float(argv[argv.index("--timeout") + 1]) if "--timeout" in argv else 600
    name = os.path.basename(table)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if not alive(pid):
            print(f"kill_in_write: the driver ended before a write to {name} could be caught", file=sys.stderr)
            return 1
        version, added = committed(table)
        pending = data_files(table) - added if version >= 0 else set()
        if pending:
            os.kill(pid, signal.SIGKILL)
            for _ in range(200):
                if not alive(pid):
                    break
                time.sleep(0.05)
            after, added_after = committed(table)
            still_pending = pending - added_after
            if alive(pid) or after != version or not still_pending:
                print(f"kill_in_write: the kill came too late: {name} reached version {after} "
                      f"(was {version}), {len(still_pending)} of {len(pending)} files uncommitted", file=sys.stderr)
                return 1
            print(f"killed driver {pid} inside the write to {name}: {len(pending)} data file(s) written, "
                  f"not committed; the log stays at version {version}")
            return 0
        time.sleep(0.005)
    print(f"kill_in_write: no write to {name} within {timeout:.0f}s", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

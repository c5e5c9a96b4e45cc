#!/usr/bin/env python3
"""Ask a standalone Master or Worker (their JSON endpoints on 127.0.0.1) what they see.

  spark_status.py free-ports N                 # N free TCP ports on 127.0.0.1, one a line
  spark_status.py worker-state MASTER_UI WORKER_UI_PORT   # the Master's state for that worker (ALIVE, DEAD…)
  spark_status.py executors WORKER_UI          # how many executors the worker runs now

Exit 1 with nothing printed when the endpoint cannot be reached.
"""
import json
import socket
import sys
import urllib.request


def fetch(url):
    with urllib.request.urlopen(url.rstrip("/") + "/json/", timeout=5) as r:
        return json.load(r)


def main(argv):
    what = argv[1]
    if what == "free-ports":
        sockets = []
        for _ in range(int(argv[2])):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        print("\n".join(str(s.getsockname()[1]) for s in sockets))
        for s in sockets:
            s.close()
        return 0
    try:
        if what == "worker-state":
            master, port = argv[2], argv[3]
            states = [w["state"] for w in fetch(master)["workers"]
                      if w.get("webuiaddress", "").rstrip("/").rsplit(":", 1)[-1] == port]
            # a worker that registers again gets a new entry: the latest one is its state now
            print(states[-1] if states else "UNKNOWN")
            return 0
        if what == "executors":
            print(len(fetch(argv[2]).get("executors", [])))
            return 0
    except OSError:
        return 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env bash
# Executes every notebook in this folder headless against a warehouse; a cell error fails the run.
# Executed copies go to a temporary folder (outputs are never written back to the committed notebooks).
#   notebooks/run_all.sh [WAREHOUSE]     default: $NEWS_ANALYTICS_WAREHOUSE, else ./warehouse
# Needs: pip install -r notebooks/requirements.txt
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
warehouse=${1:-${NEWS_ANALYTICS_WAREHOUSE:-$here/../warehouse}}
[[ -d $warehouse ]] || { echo "run_all.sh: no warehouse at $warehouse (build one: bin/news-analytics run --warehouse DIR)" >&2; exit 1; }
warehouse=$(cd "$warehouse" && pwd)
# executed outputs are never committed: a notebook saved with outputs fails here
python3 - "$here"/*.ipynb <<'PY'
import sys, nbformat
dirty = [p for p in sys.argv[1:] if any(c.get("outputs") or c.get("execution_count")
                                        for c in nbformat.read(p, 4).cells if c.cell_type == "code")]
if dirty:
    sys.exit("run_all.sh: notebooks saved with outputs (clear them before committing): " + ", ".join(dirty))
PY
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# a headless run has no display: draw into the notebook only
export MPLBACKEND=module://matplotlib_inline.backend_inline
passed=0 failed=0
for nb in "$here"/*.ipynb; do
  name=$(basename "$nb")
  if NEWS_ANALYTICS_WAREHOUSE=$warehouse python3 -m nbconvert --to notebook --execute \
      --ExecutePreprocessor.timeout=600 --output-dir "$out" "$nb" >"$out/$name.log" 2>&1; then
    echo "ok      $name"
    passed=$((passed + 1))
  else
    echo "FAILED  $name"
    tail -n 40 "$out/$name.log" | sed 's/^/        /'
    failed=$((failed + 1))
  fi
done
echo "notebooks on $warehouse:"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]

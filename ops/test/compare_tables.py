#!/usr/bin/env python3
"""Compare the Delta tables of two warehouses, or check one for duplicate rows.

  compare_tables.py same [--ignore TABLE.COLUMN]... WAREHOUSE_A WAREHOUSE_B
      # identical rows in every table (run-specific columns and --ignore'd ones left out,
      # floats equal within FLOAT_TOLERANCE)
  compare_tables.py unique WAREHOUSE              # no table holds the same row twice
  compare_tables.py readable WAREHOUSE            # every table opens at its latest version

Uses the deltalake package (no JVM). Exit 0 when the check holds, 1 with one line per problem.
"""
import os
import sys

from deltalake import DeltaTable

# Columns that record when or in which batch a row was written: they differ between two
# correct runs of the same input.
VOLATILE = {"batch_id", "ingested_at", "rejected_at", "extracted_at", "extractor_version"}
SKIP_TABLES = {"runs"}  # one row per run by design
# A NER model's confidences depend on how sentences are batched through TensorFlow, which
# differs with partitioning (local[2] vs a cluster): floats are equal within this much.
FLOAT_TOLERANCE = 1e-2


def tables(warehouse):
    return sorted(
        name for name in os.listdir(warehouse)
        if name not in SKIP_TABLES and os.path.isdir(os.path.join(warehouse, name, "_delta_log"))
    )


def frame(warehouse, name, ignore=()):
    df = DeltaTable(os.path.join(warehouse, name)).to_pandas()
    df = df[[c for c in df.columns if c not in VOLATILE and f"{name}.{c}" not in ignore]]
    floats = [c for c in df.columns if df[c].dtype.kind == "f"]
    # arrays and maps are not hashable: compare their text form
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].map(lambda v: repr(list(v)) if hasattr(v, "__len__") and not isinstance(v, (str, bytes)) else v)
    exact = [c for c in df.columns if c not in floats]
    df[exact] = df[exact].astype(str).fillna("<null>")  # null == null, as equals() had it
    return df.sort_values(exact + floats).reset_index(drop=True)


def differing_rows(fa, fb):
    """Which rows differ: exact columns by value, float columns within FLOAT_TOLERANCE."""
    floats = [c for c in fa.columns if fa[c].dtype.kind == "f"]
    exact = [c for c in fa.columns if c not in floats]
    differ = (fa[exact] != fb[exact]).any(axis=1)
    for c in floats:
        a, b = fa[c], fb[c]
        differ |= ~(((a - b).abs() <= FLOAT_TOLERANCE) | (a.isna() & b.isna()))
    return differ


def main(argv):
    problems = []
    ignore = set()
    while len(argv) > 2 and argv[1] == "--ignore":
        ignore.add(argv[2])
        argv = argv[:1] + argv[3:]
    if argv[:1] == ["same"] and len(argv) == 3:
        a, b = argv[1], argv[2]
        if tables(a) != tables(b):
            problems.append(f"different tables: {tables(a)} vs {tables(b)}")
        for name in tables(a):
            if name not in tables(b):
                continue
            fa, fb = frame(a, name, ignore), frame(b, name, ignore)
            if len(fa) != len(fb):
                problems.append(f"{name}: {len(fa)} rows vs {len(fb)} rows")
            elif list(fa.columns) != list(fb.columns):
                problems.append(f"{name}: columns {list(fa.columns)} vs {list(fb.columns)}")
            elif (differ := differing_rows(fa, fb)).any():
                problems.append(f"{name}: {int(differ.sum())} of {len(fa)} rows differ")
                for i in differ[differ].index[:3]:  # enough to see what kind of difference it is
                    cols = [c for c in fa.columns if str(fa.at[i, c]) != str(fb.at[i, c])]
                    problems.append(f"  row {i}: " + ", ".join(f"{c}: {fa.at[i, c]!r} vs {fb.at[i, c]!r}" for c in cols[:4]))
    elif argv[:1] == ["unique"] and len(argv) == 2:
        for name in tables(argv[1]):
            f = frame(argv[1], name)
            dups = int(f.duplicated().sum())
            if dups:
                problems.append(f"{name}: {dups} duplicate rows")
    elif argv[:1] == ["readable"] and len(argv) == 2:
        for name in tables(argv[1]):
            try:
                DeltaTable(os.path.join(argv[1], name)).to_pyarrow_table()
            except Exception as e:  # any failure to open is the finding
                problems.append(f"{name}: cannot read: {e}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # skip interpreter teardown: native reader threads have aborted the process there
    # ("terminate called without an active exception") after a correct comparison
    os._exit(code)

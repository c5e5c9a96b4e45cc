#!/usr/bin/env python3
"""DEV/TEST ONLY: write a small synthetic warehouse (a few rows in every table) for developing and
testing the notebooks while the extractors are being built. Not pipeline output: the trend rows
are simple pandas aggregates of the synthetic mentions.

Schemas mirror common/src/main/java/org/newsanalytics/common/table/Tables.java. With --like
WAREHOUSE (one written by the Java jobs) the script first checks every table's column names and
types against it and fails on any difference, so the copy cannot drift unnoticed.

    python3 notebooks/tools/make_demo_warehouse.py OUT_DIR [--like WAREHOUSE]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
from deltalake import DeltaTable, write_deltalake

S, D, I, L, F = pa.string(), pa.date32(), pa.int32(), pa.int64(), pa.float64()
TS = pa.timestamp("us", tz="UTC")
STRINGS = pa.list_(pa.field("element", S, nullable=False))


def f(name, typ, nullable=True):
    return pa.field(name, typ, nullable=nullable)


def period(*dims):
    return [f("trend_id", S, False), f("granularity", S, False), f("period_start", D, False)] + list(dims)


SCHEMAS = {
    "articles": [f("article_id", S, False), f("source", S), f("url", S), f("title", S), f("published_at", TS, False),
                 f("published_date", D, False), f("language", S), f("text", S, False), f("content_hash", S, False),
                 f("duplicate_of", S), f("batch_id", S, False), f("input_file", S), f("record_ref", S),
                 f("ingested_at", TS, False), f("date_source", S)],
    "rejects": [f("reject_id", S, False), f("input_file", S), f("record_ref", S), f("reason_code", S, False),
                f("reason", S, False), f("raw_excerpt", S), f("batch_id", S, False), f("rejected_at", TS, False)],
    "runs": [f("run_id", S, False), f("job", S, False), f("started_at", TS, False), f("finished_at", TS),
             f("status", S, False), f("rows_in", L), f("rows_out", L), f("rows_rejected", L),
             f("counts", pa.map_(S, L)), f("options", S), f("version", S), f("message", S)],
    "entities": [f("article_id", S, False), f("published_date", D, False), f("mention_id", S, False),
                 f("sentence_index", I, False), f("begin", I, False), f("end", I, False), f("text", S, False),
                 f("entity_type", S, False), f("coarse_type", S, False), f("canonical_name", S, False),
                 f("method", S, False), f("confidence", F)],
    "quotes": [f("article_id", S, False), f("published_date", D, False), f("quote_id", S, False),
               f("sentence_index", I, False), f("quote_text", S, False), f("begin", I, False), f("end", I, False),
               f("kind", S, False), f("speaker_text", S), f("speaker_canonical", S, False), f("speaker_begin", I),
               f("speaker_end", I), f("speaker_type", S), f("cue", S), f("confidence", F),
               f("attribution_rule", S)],
    "event_mentions": [f("article_id", S, False), f("published_date", D, False), f("mention_id", S, False),
                       f("sentence_index", I, False), f("event_type", S, False), f("event_mode", S),
                       f("trigger_text", S, False), f("sentence_text", S), f("begin", I, False), f("end", I, False),
                       f("actor", S), f("target", S), f("location", S), f("event_date", D), f("date_text", S),
                       f("date_precision", S, False), f("status", S, False), f("killed", I), f("injured", I),
                       f("talk_round", I), f("confidence", F)],
    "extracted": [f("article_id", S, False), f("content_hash", S, False), f("extractor_version", S, False),
                  f("batch_id", S, False), f("extracted_at", TS, False)],
    "events": [f("event_id", S, False), f("event_type", S, False), f("event_mode", S), f("event_date", D, False),
               f("date_precision", S), f("location", S), f("actors", STRINGS), f("status", S), f("talk_round", I),
               f("first_reported_at", TS, False), f("last_reported_at", TS, False), f("mention_count", I, False),
               f("article_count", I, False), f("source_count", I, False), f("killed", I), f("injured", I),
               f("mention_ids", STRINGS)],
    "attack_frequency": period(f("event_mode", S, False), f("location", S, False), f("distinct_attacks", L, False),
                               f("attack_mentions", L, False), f("articles", L, False), f("killed", L), f("injured", L)),
    "talk_rounds": [f("event_id", S, False), f("talk_round", I), f("event_date", D, False), f("date_precision", S),
                    f("location", S), f("parties", STRINGS), f("status", S), f("first_reported_at", TS, False),
                    f("last_reported_at", TS, False), f("mention_count", I, False), f("article_count", I, False)],
    "sanction_mentions": period(f("status", S, False), f("actor", S, False), f("mentions", L, False),
                                f("articles", L, False), f("distinct_events", L, False)),
    "entity_trends": period(f("canonical_name", S, False), f("coarse_type", S, False), f("mentions", L, False),
                            f("articles", L, False)),
    "quote_trends": period(f("speaker_canonical", S, False), f("quotes", L, False), f("direct_quotes", L, False),
                           f("articles", L, False)),
}
PARTITIONED = {"articles", "entities", "quotes", "event_mentions"}

START = dt.date(2025, 5, 5)
SPEAKERS = ["Volodymyr Zelensky", "Dmitry Peskov", "Kaja Kallas", "Donald Trump"]
ENTITIES = [("Ukraine", "LOC"), ("Russia", "LOC"), ("Kyiv", "LOC"), ("European Union", "ORG"), ("Istanbul", "LOC")]
MODES = [("drone", "Kyiv"), ("missile", "Dnipro"), ("airstrike", "Kharkiv"), ("artillery", "Odesa")]


def h(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def ts(day: dt.date, hour: int = 8) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.timezone.utc)


def start_of(day: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return day - dt.timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


def base_rows():
    articles, entities, quotes, mentions = [], [], [], []
    for i in range(14):
        day = START + dt.timedelta(days=3 * i)
        aid = f"a{i}"
        articles.append(dict(article_id=aid, source=f"source{i % 4}", url=f"https://example.org/{aid}",
                             title=f"Article {i}", published_at=ts(day), published_date=day, language="en",
                             text=f"Text of article {i}.", content_hash=h("text", i), duplicate_of=None,
                             batch_id="batch-1", input_file="demo.jsonl", record_ref=f"line {i}",
                             ingested_at=ts(day, 9), date_source="record"))
        for e, (name, coarse) in enumerate(ENTITIES[: 1 + i % len(ENTITIES)]):
            entities.append(dict(article_id=aid, published_date=day, mention_id=f"{aid}-e{e}", sentence_index=0,
                                 begin=e * 10, end=e * 10 + 6, text=name, entity_type=coarse, coarse_type=coarse,
                                 canonical_name=name, method="gazetteer", confidence=0.9))
        mode, place = MODES[i % len(MODES)]
        mentions.append(mention(f"{aid}-m0", aid, day, "ATTACK", mode, day, place, "occurred", 2 + i % 5, 5 + i, None))
        if i % 3 == 0:
            mentions.append(mention(f"{aid}-m1", aid, day, "SANCTION", None, day, None,
                                    "occurred" if i % 2 == 0 else "threatened", None, None, None))
        speaker = SPEAKERS[i % len(SPEAKERS)]
        text = "We will not accept <b>these</b> terms" if i == 5 else f"Statement number {i} on the war"
        quotes.append(dict(article_id=aid, published_date=day, quote_id=f"{aid}-q", sentence_index=1, quote_text=text,
                           begin=20, end=20 + len(text), kind="indirect" if i % 3 == 0 else "direct",
                           speaker_text=speaker, speaker_canonical=speaker, speaker_begin=0, speaker_end=10,
                           speaker_type="PERSON", cue="said", confidence=0.8,
                           attribution_rule="SaidAfterQuote" if i % 3 else "SubjectCueContent"))
    for rnd in (1, 2, 3):
        held = START + dt.timedelta(weeks=2 * rnd)
        mentions.append(mention(f"t{rnd}p", f"a{rnd * 4 - 3}", START + dt.timedelta(days=3 * (rnd * 4 - 3)), "TALKS",
                                "negotiation_round", held, "Istanbul", "planned", None, None, rnd))
        if rnd < 3:
            mentions.append(mention(f"t{rnd}o", f"a{rnd * 4}", START + dt.timedelta(days=12 * rnd), "TALKS", "negotiation_round",
                                    held, "Istanbul", "occurred", None, None, rnd))
    return articles, entities, quotes, mentions


def mention(mid, aid, published, etype, mode, event_date, location, status, killed, injured, rnd):
    return dict(article_id=aid, published_date=published, mention_id=mid, sentence_index=0, event_type=etype,
                event_mode=mode, trigger_text="trigger", sentence_text="sentence", begin=0, end=7, actor="Russia",
                target="Ukraine", location=location, event_date=event_date, date_text=None, date_precision="day",
                status=status, killed=killed, injured=injured, talk_round=rnd, confidence=0.9)


def derived(entities, quotes, mentions):
    """Events (one per mention, talks one per round) and trend rows: enough to exercise every chart."""
    events, talks = [], []
    for m in mentions:
        if m["event_type"] == "TALKS" and m["mention_id"].endswith("o"):
            continue  # the held round is the same event as its announcement; status taken from it below
        held = m["event_type"] == "TALKS" and m["talk_round"] < 3
        first = ts(m["published_date"])
        events.append(dict(event_id=h("event", m["mention_id"]), event_type=m["event_type"], event_mode=m["event_mode"],
                           event_date=m["event_date"], date_precision="day", location=m["location"],
                           actors=["Russia", "Ukraine"], status="occurred" if held else m["status"],
                           talk_round=m["talk_round"], first_reported_at=first, last_reported_at=first,
                           mention_count=2 if held else 1, article_count=2 if held else 1,
                           source_count=2 if held else 1, killed=m["killed"], injured=m["injured"],
                           mention_ids=[m["mention_id"]]))
    for e in events:
        if e["event_type"] == "TALKS":
            talks.append({k: e[k] for k in ("event_id", "talk_round", "event_date", "date_precision", "location",
                                            "status", "first_reported_at", "last_reported_at", "mention_count",
                                            "article_count")} | dict(parties=e["actors"]))
    attack_rows, sanction_rows, entity_rows, quote_rows = [], [], [], []
    for g in ("day", "week", "month"):
        attacks = pd.DataFrame([m for m in mentions if m["event_type"] == "ATTACK"])
        attacks["period_start"] = attacks["event_date"].map(lambda d: start_of(d, g))
        for mode_dim, place_dim in (("all", "all"), ("event_mode", "all"), ("all", "location")):
            keys = ["period_start"] + [c for c in (mode_dim, place_dim) if c != "all"]
            for key, grp in attacks.groupby(keys):
                key = key if isinstance(key, tuple) else (key,)
                dims = dict(zip(keys, key))
                attack_rows.append(dict(granularity=g, period_start=dims["period_start"],
                                        event_mode=dims.get("event_mode", "all"), location=dims.get("location", "all"),
                                        distinct_attacks=len(grp), attack_mentions=len(grp),
                                        articles=grp["article_id"].nunique(), killed=int(grp["killed"].sum()),
                                        injured=int(grp["injured"].sum())))
        sanctions = pd.DataFrame([m for m in mentions if m["event_type"] == "SANCTION"])
        sanctions["period_start"] = sanctions["event_date"].map(lambda d: start_of(d, g))
        sanctions["s"] = sanctions["status"].map(lambda s: "imposed" if s == "occurred" else s)
        for dim in (None, "s", "actor"):
            keys = ["period_start"] + ([dim] if dim else [])
            for key, grp in sanctions.groupby(keys):
                key = key if isinstance(key, tuple) else (key,)
                sanction_rows.append(dict(granularity=g, period_start=key[0],
                                          status=key[1] if dim == "s" else "all",
                                          actor=key[1] if dim == "actor" else "all", mentions=len(grp),
                                          articles=grp["article_id"].nunique(), distinct_events=len(grp)))
        ent = pd.DataFrame(entities)
        ent["period_start"] = ent["published_date"].map(lambda d: start_of(d, g))
        for (p, name, coarse), grp in ent.groupby(["period_start", "canonical_name", "coarse_type"]):
            entity_rows.append(dict(granularity=g, period_start=p, canonical_name=name, coarse_type=coarse,
                                    mentions=len(grp), articles=grp["article_id"].nunique()))
        q = pd.DataFrame(quotes)
        q["period_start"] = q["published_date"].map(lambda d: start_of(d, g))
        for (p, speaker), grp in q.groupby(["period_start", "speaker_canonical"]):
            quote_rows.append(dict(granularity=g, period_start=p, speaker_canonical=speaker, quotes=len(grp),
                                   direct_quotes=int((grp["kind"] == "direct").sum()),
                                   articles=grp["article_id"].nunique()))
    for name, rows in (("attack_frequency", attack_rows), ("sanction_mentions", sanction_rows),
                       ("entity_trends", entity_rows), ("quote_trends", quote_rows)):
        for r in rows:
            r["trend_id"] = h(name, *r.values())
    return events, talks, attack_rows, sanction_rows, entity_rows, quote_rows


def check_like(like: Path) -> None:
    """Fail when a table of the Java-written warehouse differs from SCHEMAS in names or types."""
    problems = []
    for name, fields in SCHEMAS.items():
        try:
            theirs = pa.schema(DeltaTable(str(like / name)).schema().to_arrow())
        except Exception:  # not written there (yet): nothing to compare
            continue
        mine = pa.schema(fields)

        # names and types; nullability is the writer's business (delta-rs and Spark spell it differently)
        def spelled(schema):
            return [(x.name, str(x.type).replace(" not null", "")) for x in schema]

        got, want = spelled(theirs), spelled(mine)
        if got != want:
            problems.append(f"{name}: warehouse has {got}\n  this script has {want}")
    if problems:
        sys.exit("make_demo_warehouse: schemas differ from " + str(like) + " (update SCHEMAS from Tables.java):\n"
                 + "\n".join(problems))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--like", type=Path, help="a warehouse written by the Java jobs, to check the schemas against")
    args = ap.parse_args()
    if args.like:
        check_like(args.like)
    articles, entities, quotes, mentions = base_rows()
    articles[12]["duplicate_of"], articles[13]["duplicate_of"] = "a0", "a1"
    events, talks, attacks, sanctions, ent_trends, quote_trends = derived(entities, quotes, mentions)
    now = dt.datetime(2025, 7, 1, 12, tzinfo=dt.timezone.utc)
    rows = {
        "articles": articles, "entities": entities, "quotes": quotes, "event_mentions": mentions,
        "rejects": [dict(reject_id="r1", input_file="bad.csv", record_ref="line 3", reason_code="missing_date",
                         reason="no date", raw_excerpt="x,y", batch_id="batch-1", rejected_at=now)],
        "runs": [dict(run_id="run-1", job="run:ingest", started_at=now, finished_at=now, status="succeeded",
                      rows_in=14, rows_out=14, rows_rejected=1, counts=[("new", 14)], options="{}", version="demo",
                      message=None)],
        "extracted": [dict(article_id=a["article_id"], content_hash=a["content_hash"], extractor_version="demo",
                           batch_id="batch-1", extracted_at=now) for a in articles],
        "events": events, "talk_rounds": talks, "attack_frequency": attacks, "sanction_mentions": sanctions,
        "entity_trends": ent_trends, "quote_trends": quote_trends,
    }
    for name, fields in SCHEMAS.items():
        schema = pa.schema(fields)
        table = pa.Table.from_pylist(rows[name], schema=schema)
        write_deltalake(str(args.out / name), table, mode="overwrite",
                        partition_by=["published_date"] if name in PARTITIONED else None)
    print(f"demo warehouse: {len(SCHEMAS)} tables under {args.out}")


if __name__ == "__main__":
    main()

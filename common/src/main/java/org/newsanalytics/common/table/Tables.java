package org.newsanalytics.common.table;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The warehouse's tables (DESIGN.md, "Table contracts"). Column names are snake_case. */
public final class Tables {
  private Tables() {}

  /** One row per article read; copies are kept and point at the earliest original. */
  public static final TableContract ARTICLES = new TableContract("articles", new StructType()
      .add("article_id", StringType, false)
      .add("source", StringType)
      .add("url", StringType)
      .add("title", StringType)
      .add("published_at", TimestampType, false)
      .add("published_date", DateType, false)
      .add("language", StringType)
      .add("text", StringType, false)
      .add("content_hash", StringType, false)
      .add("duplicate_of", StringType)
      .add("batch_id", StringType, false)
      .add("input_file", StringType)
      .add("record_ref", StringType)
      .add("ingested_at", TimestampType, false)
      // which part of the record gave the date: "record" (its own date field), or for web pages
      // json_ld, meta, time_element, url, dateline, crawl_date (WARC-Date), file_time
      .add("date_source", StringType),
      List.of("article_id"), List.of("published_date"));

  /** Every record or file ingest refused, with the reason; nothing read is lost. */
  public static final TableContract REJECTS = new TableContract("rejects", new StructType()
      .add("reject_id", StringType, false)
      .add("input_file", StringType)
      .add("record_ref", StringType)
      .add("reason_code", StringType, false)
      .add("reason", StringType, false)
      .add("raw_excerpt", StringType)
      .add("batch_id", StringType, false)
      .add("rejected_at", TimestampType, false),
      List.of("reject_id"), List.of());

  /** One row per job run: what it read, wrote and refused, how long it took, with which options. */
  public static final TableContract RUNS = new TableContract("runs", new StructType()
      .add("run_id", StringType, false)
      .add("job", StringType, false)
      .add("started_at", TimestampType, false)
      .add("finished_at", TimestampType)
      .add("status", StringType, false)
      .add("rows_in", LongType)
      .add("rows_out", LongType)
      .add("rows_rejected", LongType)
      .add("counts", DataTypes.createMapType(StringType, LongType))
      .add("options", StringType)
      .add("version", StringType)
      .add("message", StringType),
      List.of("run_id"), List.of());

  /** One row per entity mention, offsets into {@code articles.text}. */
  public static final TableContract ENTITIES = new TableContract("entities", new StructType()
      .add("article_id", StringType, false)
      .add("published_date", DateType, false)
      .add("mention_id", StringType, false)
      .add("sentence_index", IntegerType, false)
      .add("begin", IntegerType, false)
      .add("end", IntegerType, false)
      .add("text", StringType, false)
      .add("entity_type", StringType, false)
      .add("coarse_type", StringType, false)
      .add("canonical_name", StringType, false)
      .add("method", StringType, false)
      .add("confidence", DoubleType),
      List.of("mention_id"), List.of("published_date"));

  /** Quotations (direct, partial, indirect) with their speakers. */
  public static final TableContract QUOTES = new TableContract("quotes", new StructType()
      .add("article_id", StringType, false)
      .add("published_date", DateType, false)
      .add("quote_id", StringType, false)
      .add("sentence_index", IntegerType, false)
      .add("quote_text", StringType, false)
      .add("begin", IntegerType, false)
      .add("end", IntegerType, false)
      .add("kind", StringType, false)
      .add("speaker_text", StringType)
      .add("speaker_canonical", StringType, false)
      .add("speaker_begin", IntegerType)
      .add("speaker_end", IntegerType)
      .add("speaker_type", StringType)
      .add("cue", StringType)
      .add("confidence", DoubleType)
      // which rule attributed the quote (AttributionRule label: "SaidAfterQuote", "AccordingTo", "NoSpeaker", …)
      .add("attribution_rule", StringType),
      List.of("quote_id"), List.of("published_date"));

  /** One row per event mention (a trigger in a sentence), typed by the taxonomy, dated per article. */
  public static final TableContract EVENT_MENTIONS = new TableContract("event_mentions", new StructType()
      .add("article_id", StringType, false)
      .add("published_date", DateType, false)
      .add("mention_id", StringType, false)
      .add("sentence_index", IntegerType, false)
      .add("event_type", StringType, false)
      .add("event_mode", StringType)
      .add("trigger_text", StringType, false)
      .add("sentence_text", StringType)
      .add("begin", IntegerType, false)
      .add("end", IntegerType, false)
      .add("actor", StringType)
      .add("target", StringType)
      .add("location", StringType)
      .add("event_date", DateType)
      .add("date_text", StringType)
      .add("date_precision", StringType, false)
      .add("status", StringType, false)
      .add("killed", IntegerType)
      .add("injured", IntegerType)
      .add("talk_round", IntegerType)
      .add("confidence", DoubleType),
      List.of("mention_id"), List.of("published_date"));

  /** Which version of the extractors last processed which version (content hash) of an article. */
  public static final TableContract EXTRACTED = new TableContract("extracted", new StructType()
      .add("article_id", StringType, false)
      .add("content_hash", StringType, false)
      .add("extractor_version", StringType, false)
      .add("batch_id", StringType, false)
      .add("extracted_at", TimestampType, false),
      List.of("article_id"), List.of());

  /** Real events: event mentions from any number of articles clustered into one row per event. */
  public static final TableContract EVENTS = new TableContract("events", new StructType()
      .add("event_id", StringType, false)
      .add("event_type", StringType, false)
      .add("event_mode", StringType)
      .add("event_date", DateType, false)
      .add("date_precision", StringType)
      .add("location", StringType)
      .add("actors", DataTypes.createArrayType(StringType, false))
      .add("status", StringType)
      .add("talk_round", IntegerType)
      .add("first_reported_at", TimestampType, false)
      .add("last_reported_at", TimestampType, false)
      .add("mention_count", IntegerType, false)
      .add("article_count", IntegerType, false)
      .add("source_count", IntegerType, false)
      .add("killed", IntegerType)
      .add("injured", IntegerType)
      .add("mention_ids", DataTypes.createArrayType(StringType, false)),
      List.of("event_id"), List.of());

  private static StructType period() {
    return new StructType()
        .add("trend_id", StringType, false)
        .add("granularity", StringType, false)
        .add("period_start", DateType, false);
  }

  /** Attacks per period: distinct real attacks and the mentions reporting them, by mode and place ('all' = total). */
  public static final TableContract ATTACK_FREQUENCY = new TableContract("attack_frequency", period()
      .add("event_mode", StringType, false)
      .add("location", StringType, false)
      .add("distinct_attacks", LongType, false)
      .add("attack_mentions", LongType, false)
      .add("articles", LongType, false)
      .add("killed", LongType)
      .add("injured", LongType),
      List.of("trend_id"), List.of());

  /** One row per round of talks (numbered rounds, and unnumbered meetings as their own rows). */
  public static final TableContract TALK_ROUNDS = new TableContract("talk_rounds", new StructType()
      .add("event_id", StringType, false)
      .add("talk_round", IntegerType)
      .add("event_date", DateType, false)
      .add("date_precision", StringType)
      .add("location", StringType)
      .add("parties", DataTypes.createArrayType(StringType, false))
      .add("status", StringType)
      .add("first_reported_at", TimestampType, false)
      .add("last_reported_at", TimestampType, false)
      .add("mention_count", IntegerType, false)
      .add("article_count", IntegerType, false),
      List.of("event_id"), List.of());

  /** Sanction mentions per period by status (imposed, threatened, proposed, eased...) and actor ('all' = total). */
  public static final TableContract SANCTION_MENTIONS = new TableContract("sanction_mentions", period()
      .add("status", StringType, false)
      .add("actor", StringType, false)
      .add("mentions", LongType, false)
      .add("articles", LongType, false)
      .add("distinct_events", LongType, false),
      List.of("trend_id"), List.of());

  /** Mentions and articles per canonical entity per period. */
  public static final TableContract ENTITY_TRENDS = new TableContract("entity_trends", period()
      .add("canonical_name", StringType, false)
      .add("coarse_type", StringType, false)
      .add("mentions", LongType, false)
      .add("articles", LongType, false),
      List.of("trend_id"), List.of());

  /** Quotes per speaker per period. */
  public static final TableContract QUOTE_TRENDS = new TableContract("quote_trends", period()
      .add("speaker_canonical", StringType, false)
      .add("quotes", LongType, false)
      .add("direct_quotes", LongType, false)
      .add("articles", LongType, false),
      List.of("trend_id"), List.of());

  public static List<TableContract> all() {
    return List.of(ARTICLES, REJECTS, RUNS, ENTITIES, QUOTES, EVENT_MENTIONS, EXTRACTED, EVENTS, ATTACK_FREQUENCY,
        TALK_ROUNDS, SANCTION_MENTIONS, ENTITY_TRENDS, QUOTE_TRENDS);
  }
}

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
      .add("ingested_at", TimestampType, false),
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
      .add("confidence", DoubleType),
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

  public static List<TableContract> all() {
    return List.of(ARTICLES, REJECTS, RUNS, ENTITIES, QUOTES, EVENT_MENTIONS, EXTRACTED);
  }
}

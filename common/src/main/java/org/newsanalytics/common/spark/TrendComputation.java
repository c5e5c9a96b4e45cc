package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.time.PlausibleDates;
import org.newsanalytics.common.trends.EventCluster;
import org.newsanalytics.common.trends.EventClusterer;
import org.newsanalytics.common.trends.MentionRecord;
import org.newsanalytics.common.trends.TrendResult;

/**
 * Trends: event mentions → events (clusters of the same real event across articles) → daily,
 * weekly and monthly trend tables. Everything is recomputed from the mention tables (small
 * next to the articles) and written as a difference, so only the periods new articles touch
 * change, and a run with nothing new commits nothing.
 */
public final class TrendComputation {
  static final List<String> GRANULARITIES = List.of("day", "week", "month");
  // negated and hypothetical mentions report no real event ("no ceasefire breakthrough"); background
  // ones recall history or a running total ("in 1941", "since 2014"), not the news of the day
  static final List<String> NOT_EVENTS = List.of("negated", "hypothetical", "background");

  /** The TALKS kind (event_mode) that {@code talk_rounds} keeps. */
  static final String NEGOTIATION_ROUND = "negotiation_round";

  private final SparkSession spark;
  private final Warehouse warehouse;

  public TrendComputation(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** The tables trends read; when none of them (nor trends' own) changed, nothing is recomputed. */
  static final List<TableContract> INPUTS = List.of(Tables.ARTICLES, Tables.EVENT_MENTIONS, Tables.ENTITIES, Tables.QUOTES);
  static final List<TableContract> OUTPUTS = List.of(Tables.EVENTS, Tables.ATTACK_FREQUENCY, Tables.TALK_ROUNDS,
      Tables.SANCTION_MENTIONS, Tables.ENTITY_TRENDS, Tables.QUOTE_TRENDS);

  /**
   * Recomputes and writes the difference, unless the trend tables are known to be what the
   * current inputs give: same input and output table versions and same trend code as the
   * last completed run ({@link TrendState}); then nothing is read or written.
   */
  public TrendResult compute() {
    return compute(false);
  }

  /** @param full recompute and compare every table even when no input changed */
  public TrendResult compute(boolean full) {
    INPUTS.forEach(warehouse::ensure);
    OUTPUTS.forEach(warehouse::ensure);
    TrendState state = new TrendState(spark, warehouse);
    Map<String, Long> inputVersions = state.versions(INPUTS);
    var done = full ? OptionalLong.empty() : state.upToDate(inputVersions);
    if (done.isPresent()) {
      Map<String, Long> unchanged = new LinkedHashMap<>();
      OUTPUTS.forEach(t -> unchanged.put(t.name(), 0L));
      return new TrendResult(unchanged, done.getAsLong());
    }
    TrendResult result = recompute();
    state.remember(inputVersions, result.events());
    return result;
  }

  private TrendResult recompute() {
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES).select("article_id", "source", "published_at");
    // a mention whose date is history or far future is kept in event_mentions, counted nowhere
    Dataset<Row> mentions = warehouse.read(Tables.EVENT_MENTIONS)
        .where(col("status").notEqual(PlausibleDates.IMPLAUSIBLE_DATE_STATUS)).join(articles, "article_id")
        .withColumn("event_date", coalesce(col("event_date"), col("published_date")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> events = cluster(mentions.where(col("status").isin(NOT_EVENTS.toArray()).unary_$bang()))
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Map<String, Long> changed = new LinkedHashMap<>();
        changed.put(Tables.EVENTS.name(), warehouse.sync(Tables.EVENTS, events));
        Dataset<Row> reported = events.select(col("event_id"), col("event_type"), col("event_date").as("cluster_date"),
                col("event_mode").as("cluster_mode"), col("location").as("cluster_location"), explode(col("mention_ids")).as("mention_id"))
            .join(mentions.select("mention_id", "article_id"), "mention_id");
        changed.put(Tables.ATTACK_FREQUENCY.name(), warehouse.sync(Tables.ATTACK_FREQUENCY, attackFrequency(events, reported)));
        changed.put(Tables.TALK_ROUNDS.name(), warehouse.sync(Tables.TALK_ROUNDS, talkRounds(events)));
        changed.put(Tables.SANCTION_MENTIONS.name(), warehouse.sync(Tables.SANCTION_MENTIONS, sanctionMentions(mentions, reported)));
        changed.put(Tables.ENTITY_TRENDS.name(), warehouse.sync(Tables.ENTITY_TRENDS, entityTrends()));
        changed.put(Tables.QUOTE_TRENDS.name(), warehouse.sync(Tables.QUOTE_TRENDS, quoteTrends()));
        return new TrendResult(changed, events.count());
      } finally {
        events.unpersist();
      }
    } finally {
      mentions.unpersist();
    }
  }

  private Dataset<Row> cluster(Dataset<Row> mentions) {
    return mentions.groupByKey((MapFunction<Row, String>) r -> r.getAs("event_type"), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (type, rows) -> {
          List<MentionRecord> records = new ArrayList<>();
          rows.forEachRemaining(r -> records.add(record(r)));
          return new EventClusterer().cluster(records).stream().map(TrendComputation::eventRow).iterator();
        }, Encoders.row(Tables.EVENTS.schema()));
  }

  private static MentionRecord record(Row r) {
    return new MentionRecord(r.getAs("mention_id"), r.getAs("article_id"), r.getAs("source"),
        r.<Timestamp>getAs("published_at").toInstant(), r.getAs("event_type"), r.getAs("event_mode"),
        r.<Date>getAs("event_date").toLocalDate(), r.getAs("date_precision"), r.getAs("location"), r.getAs("actor"),
        r.getAs("target"), r.getAs("status"), r.getAs("killed"), r.getAs("injured"), r.getAs("talk_round"));
  }

  private static Row eventRow(EventCluster e) {
    return RowFactory.create(e.eventId(), e.eventType(), e.eventMode(), Date.valueOf(e.eventDate()), e.datePrecision(),
        e.location(), e.actors().toArray(String[]::new), e.status(), e.talkRound(), Timestamp.from(e.firstReportedAt()),
        Timestamp.from(e.lastReportedAt()), e.mentionCount(), e.articleCount(), e.sourceCount(), e.killed(), e.injured(),
        e.mentionIds().toArray(String[]::new));
  }

  /** Attacks that took place, counted by the date of the attack, not of the reports. */
  private Dataset<Row> attackFrequency(Dataset<Row> events, Dataset<Row> reported) {
    Dataset<Row> attacks = events.where(col("event_type").equalTo("ATTACK").and(col("status").equalTo("occurred")))
        .select(col("event_id"), col("event_date"), coalesce(col("event_mode"), lit("unknown")).as("m"),
            coalesce(col("location"), lit("unknown")).as("l"), col("killed"), col("injured"));
    Dataset<Row> attackMentions = reported.select("event_id", "cluster_date", "article_id")
        .join(attacks.select("event_id", "m", "l"), "event_id");
    String[] dims = {"event_mode", "location"};
    Column[][] rollups = {{lit("all"), lit("all")}, {col("m"), lit("all")}, {lit("all"), col("l")}};
    List<String> keys = List.of("granularity", "period_start", "event_mode", "location");
    Dataset<Row> perEvent = fanOut(attacks, col("event_date"), dims, rollups).groupBy(Warehouse.asColumns(keys))
        .agg(count(lit(1)).as("distinct_attacks"), sum("killed").cast("long").as("killed"), sum("injured").cast("long").as("injured"));
    Dataset<Row> perMention = fanOut(attackMentions, col("cluster_date"), dims, rollups).groupBy(Warehouse.asColumns(keys))
        .agg(count(lit(1)).as("attack_mentions"), countDistinct("article_id").as("articles"));
    return withTrendId(perEvent.join(perMention, Warehouse.asSeq(keys), "left").na().fill(0L, new String[] {"attack_mentions", "articles"}),
        Tables.ATTACK_FREQUENCY, "event_mode", "location");
  }

  /**
   * Negotiation rounds only: phone calls, summits and bilateral meetings stay in {@code events}
   * with their kind (event_mode), and so do talks merely called for or rejected.
   */
  private Dataset<Row> talkRounds(Dataset<Row> events) {
    return events.where(col("event_type").equalTo("TALKS").and(col("event_mode").equalTo(NEGOTIATION_ROUND))
            .and(col("status").isin("occurred", "planned")))
        .withColumn("parties", col("actors"));
  }

  /** Sanction mentions by what they say: imposed, threatened, proposed, eased, and who sanctions. */
  private Dataset<Row> sanctionMentions(Dataset<Row> mentions, Dataset<Row> reported) {
    Column status = when(col("event_mode").equalTo("eased"), lit("eased"))
        .when(col("status").equalTo("occurred"), lit("imposed"))
        .when(col("status").isin("planned", "called_for"), lit("proposed"))
        .otherwise(coalesce(col("status"), lit("unknown")));
    Dataset<Row> sanctions = mentions.where(col("event_type").equalTo("SANCTION").and(col("status").notEqual("background")))
        .join(reported.select("mention_id", "event_id"), Warehouse.asSeq(List.of("mention_id")), "left")
        .select(col("article_id"), col("event_id"), col("event_date"), status.as("s"), coalesce(col("actor"), lit("unknown")).as("a"));
    Column[][] rollups = {{lit("all"), lit("all")}, {col("s"), lit("all")}, {lit("all"), col("a")}, {col("s"), col("a")}};
    return withTrendId(fanOut(sanctions, col("event_date"), new String[] {"status", "actor"}, rollups)
            .groupBy(Warehouse.asColumns(List.of("granularity", "period_start", "status", "actor")))
            .agg(count(lit(1)).as("mentions"), countDistinct("article_id").as("articles"),
                countDistinct("event_id").as("distinct_events")),
        Tables.SANCTION_MENTIONS, "status", "actor");
  }

  private Dataset<Row> entityTrends() {
    Dataset<Row> entities = warehouse.read(Tables.ENTITIES).select("article_id", "published_date", "canonical_name", "coarse_type");
    return withTrendId(fanOut(entities, col("published_date"), new String[0], new Column[][] {{}})
            .groupBy(Warehouse.asColumns(List.of("granularity", "period_start", "canonical_name", "coarse_type")))
            .agg(count(lit(1)).as("mentions"), countDistinct("article_id").as("articles")),
        Tables.ENTITY_TRENDS, "canonical_name", "coarse_type");
  }

  private Dataset<Row> quoteTrends() {
    Dataset<Row> quotes = warehouse.read(Tables.QUOTES).select("article_id", "published_date", "speaker_canonical", "kind");
    return withTrendId(fanOut(quotes, col("published_date"), new String[0], new Column[][] {{}})
            .groupBy(Warehouse.asColumns(List.of("granularity", "period_start", "speaker_canonical")))
            .agg(count(lit(1)).as("quotes"), sum(when(col("kind").equalTo("direct"), 1).otherwise(0)).cast("long").as("direct_quotes"),
                countDistinct("article_id").as("articles")),
        Tables.QUOTE_TRENDS, "speaker_canonical");
  }

  /**
   * Every row once per granularity and per rollup of its dimensions, with columns
   * {@code granularity}, {@code period_start} and {@code dims}: one groupBy then computes every
   * period and rollup in one shuffle, where a union of one aggregation each took ~10 Spark jobs.
   */
  private static Dataset<Row> fanOut(Dataset<Row> rows, Column date, String[] dims, Column[][] rollups) {
    List<Column> copies = new ArrayList<>();
    for (String g : GRANULARITIES) {
      for (Column[] rollup : rollups) {
        List<Column> fields = new ArrayList<>(List.of(lit(g).as("granularity"), period(g, date).as("period_start")));
        for (int i = 0; i < dims.length; i++) {
          fields.add(rollup[i].as(dims[i]));
        }
        copies.add(struct(fields.toArray(Column[]::new)));
      }
    }
    return rows.withColumn("_copy", explode(array(copies.toArray(Column[]::new)))).select(col("*"), col("_copy.*")).drop("_copy");
  }

  private static Column period(String granularity, Column date) {
    return date_trunc(granularity, date).cast("date");
  }

  private static Dataset<Row> withTrendId(Dataset<Row> rows, TableContract table, String... dimensions) {
    List<Column> parts = new ArrayList<>(List.of(lit(table.name()), col("granularity"), col("period_start").cast("string")));
    for (String d : dimensions) {
      parts.add(col(d));
    }
    return rows.withColumn("trend_id", substring(sha2(concat_ws("\u001f", parts.toArray(Column[]::new)), 256), 1, 32));
  }
}

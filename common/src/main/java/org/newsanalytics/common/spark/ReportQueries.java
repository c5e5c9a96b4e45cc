package org.newsanalytics.common.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.report.ReportData;
import org.newsanalytics.common.report.TableData;
import org.newsanalytics.common.report.TimeSeries;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;

/**
 * Reads what the trend report shows from a warehouse: small aggregates collected to the
 * driver. Read-only: a table not written yet reads as empty and is not created.
 */
public final class ReportQueries {
  static final int TOP_EVENTS = 15;
  static final int TOP_SPEAKERS = 10;
  static final int TOP_ENTITIES = 5;
  static final int QUOTES_SHOWN = 20;
  static final int QUOTE_CHARS = 300;

  private final SparkSession spark;
  private final Warehouse warehouse;

  public ReportQueries(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  public ReportData read(String granularity, Instant now) {
    TimeSeries.checkGranularity(granularity);
    Map<String, Long> rows = new LinkedHashMap<>();
    for (TableContract t : List.of(Tables.ARTICLES, Tables.REJECTS, Tables.ENTITIES, Tables.QUOTES, Tables.EVENT_MENTIONS,
        Tables.EVENTS)) {
      rows.put(t.name(), table(t).count());
    }
    Dataset<Row> allAttacks = table(Tables.ATTACK_FREQUENCY).where(col("granularity").equalTo(granularity));
    // charts span the articles' publication range: one event dated centuries back must not squeeze the news
    Optional<LocalDate[]> range = publicationRange(granularity);
    Dataset<Row> attacks = range.map(r -> allAttacks.where(inRange(r))).orElse(allAttacks);
    Dataset<Row> attacksTotal = attacks.where(col("event_mode").equalTo("all").and(col("location").equalTo("all")))
        .orderBy("period_start");
    String outOfRange = range.map(r -> outOfRange(allAttacks, r)).orElse("");
    Dataset<Row> speakerTotals = table(Tables.QUOTE_TRENDS).where(col("granularity").equalTo(granularity))
        .groupBy("speaker_canonical")
        .agg(sum("quotes").as("quotes"), sum("direct_quotes").as("direct_quotes"), sum("articles").as("articles"))
        .orderBy(desc("quotes"), col("speaker_canonical")).limit(TOP_SPEAKERS);
    List<Row> speakers = speakerTotals.collectAsList();
    // an attack by drones and missiles is one attack of each mode: a bar per combination reads as a long tail of ones
    Dataset<Row> modes = attacks.where(col("event_mode").notEqual("all").and(col("location").equalTo("all")))
        .withColumn("event_mode", explode(split(col("event_mode"), ",")))
        .groupBy("event_mode").agg(sum("distinct_attacks").as("n")).orderBy(desc("n"), col("event_mode"));

    return new ReportData(warehouse.root(), granularity, now, rows,
        articles(granularity),
        points(attacksTotal, Map.of("distinct attacks", r -> r.getAs("distinct_attacks"), "mentions", r -> r.getAs("attack_mentions")),
            List.of("distinct attacks", "mentions"), granularity),
        points(attacksTotal, Map.of("killed", r -> r.getAs("killed"), "injured", r -> r.getAs("injured")),
            List.of("killed", "injured"), granularity),
        bars(modes, "event_mode", "n"),
        sanctions(granularity, range),
        entities(granularity),
        bars(speakerTotals, "speaker_canonical", "quotes"),
        topEvents(),
        talkRounds(),
        new TableData(List.of("speaker", "quotes", "direct", "articles"), speakers.stream()
            .map(r -> List.of(r.<String>getAs("speaker_canonical"), str(r.getAs("quotes")), str(r.getAs("direct_quotes")),
                str(r.getAs("articles")))).toList(), "No quotes yet."),
        quotes(speakers.stream().limit(TOP_ENTITIES).map(r -> r.<String>getAs("speaker_canonical")).toList()),
        rejects(),
        outOfRange);
  }

  /** The first and last period starts of the articles' publication dates; empty with no articles. */
  private Optional<LocalDate[]> publicationRange(String granularity) {
    Row r = table(Tables.ARTICLES).agg(min("published_date").as("lo"), max("published_date").as("hi")).first();
    if (r.isNullAt(0) || r.isNullAt(1)) {
      return Optional.empty();
    }
    return Optional.of(new LocalDate[] {TimeSeries.periodStart(r.<Date>getAs("lo").toLocalDate(), granularity),
        TimeSeries.periodStart(r.<Date>getAs("hi").toLocalDate(), granularity)});
  }

  private static Column inRange(LocalDate[] range) {
    return col("period_start").between(Date.valueOf(range[0]), Date.valueOf(range[1]));
  }

  /** "4 attacks (12 killed) dated outside ... not plotted", or empty. */
  private static String outOfRange(Dataset<Row> attacks, LocalDate[] range) {
    Row r = attacks.where(col("event_mode").equalTo("all").and(col("location").equalTo("all")).and(not(inRange(range))))
        .agg(sum("distinct_attacks").as("n"), sum("killed").as("k")).first();
    long n = r.isNullAt(0) ? 0 : r.getLong(0);
    if (n == 0) {
      return "";
    }
    long k = r.isNullAt(1) ? 0 : r.getLong(1);
    return n + " attack" + (n == 1 ? "" : "s") + " (" + k + " killed) dated outside the articles' publication range "
        + range[0] + " to " + range[1] + " are counted here, not plotted.";
  }

  private Dataset<Row> table(TableContract contract) {
    return warehouse.exists(contract) ? warehouse.read(contract) : spark.createDataFrame(List.of(), contract.schema());
  }

  /** Originals and copies per period, from the article dates themselves (works before any extraction). */
  private TimeSeries articles(String granularity) {
    Dataset<Row> perPeriod = table(Tables.ARTICLES)
        .groupBy(date_trunc(granularity, col("published_date")).cast("date").as("period_start"))
        .agg(sum(when(col("duplicate_of").isNull(), 1).otherwise(0)).as("originals"),
            sum(when(col("duplicate_of").isNotNull(), 1).otherwise(0)).as("copies"))
        .orderBy("period_start");
    return points(perPeriod, Map.of("originals", r -> r.getAs("originals"), "copies", r -> r.getAs("copies")),
        List.of("originals", "copies"), granularity);
  }

  private TimeSeries sanctions(String granularity, Optional<LocalDate[]> range) {
    Dataset<Row> all = table(Tables.SANCTION_MENTIONS).where(col("granularity").equalTo(granularity)
        .and(col("actor").equalTo("all")).and(col("status").notEqual("all")));
    Dataset<Row> rows = range.map(r -> all.where(inRange(r))).orElse(all).orderBy("period_start", "status");
    List<TimeSeries.Point> points = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      points.add(new TimeSeries.Point(r.<Date>getAs("period_start").toLocalDate(), r.getAs("status"), r.<Long>getAs("mentions")));
    }
    return TimeSeries.pivot(points, granularity);
  }

  private TimeSeries entities(String granularity) {
    Dataset<Row> trends = table(Tables.ENTITY_TRENDS).where(col("granularity").equalTo(granularity));
    List<String> top = trends.groupBy("canonical_name").agg(sum("mentions").as("n")).orderBy(desc("n"), col("canonical_name"))
        .limit(TOP_ENTITIES).collectAsList().stream().map(r -> r.<String>getAs("canonical_name")).toList();
    // series in rank order: the legend then reads from most to least mentioned
    List<TimeSeries.Point> points = new ArrayList<>();
    List<Row> rows = trends.where(col("canonical_name").isin(top.toArray())).groupBy("period_start", "canonical_name")
        .agg(sum("mentions").as("n")).collectAsList();
    for (String name : top) {
      for (Row r : rows) {
        if (name.equals(r.getAs("canonical_name"))) {
          points.add(new TimeSeries.Point(r.<Date>getAs("period_start").toLocalDate(), name, r.<Long>getAs("n")));
        }
      }
    }
    return TimeSeries.pivot(points, granularity);
  }

  private TableData topEvents() {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : table(Tables.EVENTS).orderBy(desc("mention_count"), col("event_date"), col("event_id")).limit(TOP_EVENTS)
        .collectAsList()) {
      rows.add(List.of(str(r.getAs("event_date")), str(r.getAs("event_type")), str(r.getAs("event_mode")),
          str(r.getAs("location")), str(r.getAs("status")), str(r.getAs("mention_count")), str(r.getAs("article_count")),
          str(r.getAs("source_count")), str(r.getAs("killed")), str(r.getAs("injured"))));
    }
    return new TableData(List.of("date", "type", "mode", "location", "status", "mentions", "articles", "sources", "killed",
        "injured"), rows, "No events yet.");
  }

  private TableData talkRounds() {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : table(Tables.TALK_ROUNDS).orderBy(col("event_date"), col("talk_round")).collectAsList()) {
      List<String> parties = r.isNullAt(r.fieldIndex("parties")) ? List.of() : r.getList(r.fieldIndex("parties"));
      rows.add(List.of(str(r.getAs("event_date")), str(r.getAs("talk_round")), str(r.getAs("status")),
          str(r.getAs("location")), String.join(", ", parties), str(r.getAs("mention_count")), str(r.getAs("article_count"))));
    }
    return new TableData(List.of("date", "round", "status", "location", "parties", "mentions", "articles"), rows,
        "No talk rounds yet.");
  }

  private TableData quotes(List<String> topSpeakers) {
    List<List<String>> rows = new ArrayList<>();
    if (!topSpeakers.isEmpty()) {
      for (Row r : table(Tables.QUOTES).where(col("speaker_canonical").isin(topSpeakers.toArray()))
          .orderBy(desc("published_date"), col("quote_id")).limit(QUOTES_SHOWN).collectAsList()) {
        String text = r.getAs("quote_text");
        rows.add(List.of(str(r.getAs("published_date")), str(r.getAs("speaker_canonical")), str(r.getAs("kind")),
            text.length() > QUOTE_CHARS ? text.substring(0, QUOTE_CHARS - 1) + "…" : text, str(r.getAs("cue"))));
      }
    }
    return new TableData(List.of("date", "speaker", "kind", "quote", "cue"), rows, "No quotes yet.");
  }

  private TableData rejects() {
    List<List<String>> rows = new ArrayList<>();
    for (Row r : table(Tables.REJECTS).groupBy("reason_code").agg(count(lit(1)).as("n"), first("reason").as("example"))
        .orderBy(desc("n"), col("reason_code")).collectAsList()) {
      rows.add(List.of(str(r.getAs("reason_code")), str(r.getAs("n")), str(r.getAs("example"))));
    }
    return new TableData(List.of("reason", "records", "example"), rows, "Nothing rejected.");
  }

  /** Wide rows (one per period) into series named as given, in the given order. */
  private static TimeSeries points(Dataset<Row> rows, Map<String, Function<Row, Number>> columns, List<String> order,
      String granularity) {
    List<TimeSeries.Point> points = new ArrayList<>();
    List<Row> collected = rows.collectAsList();
    for (String name : order) {
      for (Row r : collected) {
        Number v = columns.get(name).apply(r);
        points.add(new TimeSeries.Point(r.<Date>getAs("period_start").toLocalDate(), name, v == null ? 0 : v.doubleValue()));
      }
    }
    return TimeSeries.pivot(points, granularity);
  }

  private static ReportData.Bars bars(Dataset<Row> rows, String label, String value) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      labels.add(str(r.getAs(label)));
      values.add(((Number) r.getAs(value)).doubleValue());
    }
    return new ReportData.Bars(labels, values);
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}

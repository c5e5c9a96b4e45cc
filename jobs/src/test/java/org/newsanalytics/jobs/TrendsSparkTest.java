package org.newsanalytics.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.spark.TrendComputation;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.trends.TrendResult;

/** Trends over hand-made event mentions: distinct events vs mentions, rounds, and a rerun that commits nothing. */
class TrendsSparkTest {
  @TempDir
  java.nio.file.Path tmp;

  private final SparkSession spark = TestSpark.session();

  @Test
  void countsDistinctEventsBesideMentionsAndARerunChangesNothing() {
    Warehouse warehouse = new Warehouse(spark, tmp.resolve("warehouse").toString());
    List<Row> articles = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    Date june17 = Date.valueOf("2025-06-17");
    for (int i = 1; i <= 5; i++) {
      Date published = Date.valueOf(java.time.LocalDate.of(2025, 6, 16).plusDays(i));
      articles.add(article("a" + i, "source" + (i % 3), published));
      mentions.add(mention("m" + i, "a" + i, published, "ATTACK", "missile", june17, "day", "Dnipro", "occurred",
          8 + i, null));
    }
    mentions.add(mention("m6", "a1", Date.valueOf("2025-06-17"), "ATTACK", "drone", june17, "day", "Odesa", "occurred", 1, null));
    mentions.add(mention("m7", "a2", Date.valueOf("2025-06-18"), "CEASEFIRE", null, null, "unknown", null, "negated", null, null));
    mentions.add(mention("t1", "a1", Date.valueOf("2025-06-17"), "TALKS", "negotiation_round", Date.valueOf("2025-06-19"), "day", "Istanbul", "planned", null, 3));
    mentions.add(mention("t2", "a3", Date.valueOf("2025-06-19"), "TALKS", "negotiation_round", Date.valueOf("2025-06-19"), "day", "Istanbul", "occurred", null, 3));
    // a phone call is an event but no negotiation round; a background attack (history) is neither
    mentions.add(mention("t3", "a4", Date.valueOf("2025-06-20"), "TALKS", "phone_call", Date.valueOf("2025-06-20"), "day", null, "occurred", null, null));
    mentions.add(mention("m8", "a4", Date.valueOf("2025-06-20"), "ATTACK", null, Date.valueOf("1941-06-22"), "day", "Kyiv", "background", 9000, null));
    warehouse.merge(Tables.ARTICLES, spark.createDataFrame(articles, Tables.ARTICLES.schema()), true);
    warehouse.merge(Tables.EVENT_MENTIONS, spark.createDataFrame(mentions, Tables.EVENT_MENTIONS.schema()), true);
    warehouse.ensure(Tables.ENTITIES);
    warehouse.ensure(Tables.QUOTES);

    TrendResult first = new TrendComputation(spark, warehouse).compute();
    assertEquals(4, first.events(), "Dnipro attack, Odesa attack, round 3, a phone call; the negated ceasefire and "
        + "the background attack are no events");
    assertEquals(0, warehouse.read(Tables.ATTACK_FREQUENCY).where(col("period_start").lt(Date.valueOf("2000-01-01")))
        .count(), "history is not counted");
    Row day = warehouse.read(Tables.ATTACK_FREQUENCY).where(col("granularity").equalTo("day")
        .and(col("event_mode").equalTo("all")).and(col("location").equalTo("all"))).first();
    assertEquals(Date.valueOf("2025-06-17"), day.getAs("period_start"));
    assertEquals(2L, (long) day.getAs("distinct_attacks"));
    assertEquals(6L, (long) day.getAs("attack_mentions"));
    assertEquals(5L, (long) day.getAs("articles"));
    assertEquals(9L + 1L, (long) day.getAs("killed"), "smallest Dnipro report (9) plus Odesa (1)");
    assertEquals(1, warehouse.read(Tables.TALK_ROUNDS).count(), "the phone call is no round");
    Row round = warehouse.read(Tables.TALK_ROUNDS).first();
    assertEquals(3, (int) round.getAs("talk_round"));
    assertEquals("occurred", round.getAs("status"));
    assertEquals(2, (int) round.getAs("article_count"));

    List<Long> versions = new ArrayList<>();
    for (TableContract t : List.of(Tables.EVENTS, Tables.ATTACK_FREQUENCY, Tables.TALK_ROUNDS, Tables.SANCTION_MENTIONS)) {
      versions.add(version(warehouse, t));
    }
    TrendResult again = new TrendComputation(spark, warehouse).compute();
    assertEquals(0L, again.changedRows().values().stream().mapToLong(Long::longValue).sum());
    List<Long> after = new ArrayList<>();
    for (TableContract t : List.of(Tables.EVENTS, Tables.ATTACK_FREQUENCY, Tables.TALK_ROUNDS, Tables.SANCTION_MENTIONS)) {
      after.add(version(warehouse, t));
    }
    assertEquals(versions, after, "no new commit when nothing changed");
    TrendResult forced = new TrendComputation(spark, warehouse).compute(true);
    assertEquals(0L, forced.changedRows().values().stream().mapToLong(Long::longValue).sum(),
        "recomputed in full, the difference is still empty");
    List<Long> afterForced = new ArrayList<>();
    for (TableContract t : List.of(Tables.EVENTS, Tables.ATTACK_FREQUENCY, Tables.TALK_ROUNDS, Tables.SANCTION_MENTIONS)) {
      afterForced.add(version(warehouse, t));
    }
    assertEquals(versions, afterForced, "and commits nothing");
  }

  private static long version(Warehouse warehouse, TableContract table) {
    return DeltaTable.forPath(TestSpark.session(), warehouse.path(table)).history(1).first().getAs("version");
  }

  private static Row article(String id, String source, Date published) {
    return RowFactory.create(id, source, null, null, new Timestamp(published.getTime()), published, "en", "text " + id,
        "hash-" + id, null, "batch", "file", "ref", new Timestamp(published.getTime()), "record");
  }

  private static Row mention(String id, String article, Date published, String type, String mode, Date eventDate,
      String precision, String location, String status, Integer killed, Integer round) {
    return RowFactory.create(article, published, id, 0, type, mode, "trigger", "sentence", 0, 7, "Russia", "Ukraine",
        location, eventDate, null, precision, status, killed, null, round, 0.9);
  }
}

package org.newsanalytics.jobs;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.TrendComputation;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.Tables;

/**
 * Test fixture: a small warehouse with rows in every table, for the export and report tests
 * while the extractors are still being built. Articles, rejects, entities, quotes and event
 * mentions are hand-made over seven weeks; events and the trend tables come from the real
 * {@link TrendComputation}, so they hold what the pipeline would write.
 */
final class DemoWarehouse {
  static final int ARTICLES = 14;
  static final int QUOTES = 12;

  private static final LocalDate START = LocalDate.of(2025, 5, 5);
  private static final String[] SPEAKERS = {"Volodymyr Zelensky", "Dmitry Peskov", "Kaja Kallas", "Donald Trump"};
  private static final String[] ENTITIES = {"Ukraine", "Russia", "Kyiv", "European Union", "Istanbul", "NATO"};
  private static final String[] COARSE = {"LOC", "LOC", "LOC", "ORG", "LOC", "ORG"};
  private static final String[] MODES = {"drone", "missile", "airstrike", "artillery"};
  private static final String[] PLACES = {"Kyiv", "Dnipro", "Kharkiv", "Odesa"};

  private static Warehouse shared;

  private DemoWarehouse() {}

  /**
   * One demo warehouse per test JVM (building it runs the whole trend computation, slow on a
   * busy 2-core box); tests only read it. Deleted when the JVM exits.
   */
  static synchronized Warehouse shared(SparkSession spark) {
    if (shared == null) {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("demo-warehouse");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        shared = build(spark, dir.resolve("warehouse").toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return shared;
  }

  private static void deleteQuietly(java.nio.file.Path dir) {
    try (var paths = java.nio.file.Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a leftover temp dir is harmless
    }
  }

  static Warehouse build(SparkSession spark, String root) {
    Warehouse w = new Warehouse(spark, root);
    List<Row> articles = new ArrayList<>();
    List<Row> entities = new ArrayList<>();
    List<Row> quotes = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      LocalDate day = START.plusDays(i * 3L);
      Date published = Date.valueOf(day);
      String id = "a" + i;
      // the last two articles are syndicated copies of the first two
      String duplicateOf = i >= ARTICLES - 2 ? "a" + (i - (ARTICLES - 2)) : null;
      articles.add(RowFactory.create(id, "source" + (i % 4), "https://example.org/" + id, "Article " + i,
          new Timestamp(published.getTime() + 8 * 3600_000L), published, "en", "Text of article " + i + ".", "hash-" + id,
          duplicateOf, "batch-1", "demo.jsonl", "line " + i, new Timestamp(published.getTime() + 9 * 3600_000L), "record"));
      for (int e = 0; e <= i % ENTITIES.length; e++) {
        entities.add(RowFactory.create(id, published, id + "-e" + e, 0, e * 10, e * 10 + 6, ENTITIES[e], COARSE[e], COARSE[e],
            ENTITIES[e], "gazetteer", 0.9));
      }
      // a copy reports its original's attack: one distinct attack, two mentions
      int original = duplicateOf == null ? i : i - (ARTICLES - 2);
      int mode = original % MODES.length;
      mentions.add(mention(id + "-m0", id, published, "ATTACK", MODES[mode], START.plusDays(original * 3L), PLACES[mode],
          "occurred", 2 + original % 5, 5 + original, null));
      if (i % 3 == 0) {
        mentions.add(mention(id + "-m1", id, published, "SANCTION", null, day, null, i % 2 == 0 ? "occurred" : "threatened", null, null, null));
      }
    }
    // three rounds of talks: announced, then held
    for (int round = 1; round <= 3; round++) {
      LocalDate held = START.plusWeeks(round * 2L);
      mentions.add(mention("t" + round + "p", "a" + (round * 4 - 3), Date.valueOf(START.plusDays((round * 4 - 3) * 3L)), "TALKS",
          "negotiation_round", held, "Istanbul", "planned", null, null, round));
      if (round < 3) {
        mentions.add(mention("t" + round + "o", "a" + (round * 4), Date.valueOf(START.plusDays(round * 12L)), "TALKS", "negotiation_round", held,
            "Istanbul", "occurred", null, null, round));
      }
    }
    for (int q = 0; q < QUOTES; q++) {
      String id = "a" + q;
      String speaker = SPEAKERS[q % SPEAKERS.length];
      // markup in a quote must come out as text in the report
      String text = q == 5 ? "We will not accept <script>alert(1)</script> & \"terms\" like these" : "Statement number " + q + " on the war";
      quotes.add(RowFactory.create(id, Date.valueOf(START.plusDays(q * 3L)), id + "-q", 1, text, 20, 20 + text.length(),
          q % 3 == 0 ? "indirect" : "direct", speaker, speaker, 0, 10, "PERSON", "said", 0.8,
          q % 3 == 0 ? "SubjectCueContent" : "SaidAfterQuote"));
    }
    List<Row> rejects = List.of(
        RowFactory.create("r1", "bad.csv", "line 3", "missing_date", "no date column value", "x,y", "batch-1", now()),
        RowFactory.create("r2", "bad.csv", "line 9", "missing_date", "no date column value", "x,,", "batch-1", now()),
        RowFactory.create("r3", "empty.txt", null, "empty_file", "the file is empty", null, "batch-1", now()));
    w.merge(Tables.ARTICLES, spark.createDataFrame(articles, Tables.ARTICLES.schema()), true);
    w.merge(Tables.REJECTS, spark.createDataFrame(rejects, Tables.REJECTS.schema()), true);
    w.merge(Tables.ENTITIES, spark.createDataFrame(entities, Tables.ENTITIES.schema()), true);
    w.merge(Tables.QUOTES, spark.createDataFrame(quotes, Tables.QUOTES.schema()), true);
    w.merge(Tables.EVENT_MENTIONS, spark.createDataFrame(mentions, Tables.EVENT_MENTIONS.schema()), true);
    new TrendComputation(spark, w).compute();
    return w;
  }

  private static Timestamp now() {
    return Timestamp.valueOf("2025-07-01 12:00:00");
  }

  private static Row mention(String id, String article, Date published, String type, String mode, LocalDate eventDate,
      String location, String status, Integer killed, Integer injured, Integer round) {
    return RowFactory.create(article, published, id, 0, type, mode, "trigger", "sentence", 0, 7, "Russia", "Ukraine",
        location, Date.valueOf(eventDate), null, "day", status, killed, injured, round, 0.9);
  }
}

package org.newsanalytics.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.extract.Analysis;
import org.newsanalytics.common.extract.ArticleAnalyzer;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.ExtractResult;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.DedupSettings;
import org.newsanalytics.common.ingest.IngestLimits;
import org.newsanalytics.common.ingest.IngestOptions;
import org.newsanalytics.common.ingest.IngestResult;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.spark.ArticleExtraction;
import org.newsanalytics.common.spark.ArticleIngest;
import org.newsanalytics.common.spark.ExtractRows;
import org.newsanalytics.common.spark.TrendComputation;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.trends.TrendResult;

/** Ingest → extract → trends on real text, with the shared session; NER off (rules only) to stay fast. */
class PipelineSparkTest {
  @TempDir
  Path tmp;

  private final SparkSession spark = TestSpark.session();

  private IngestResult ingest(Warehouse w, Path input) {
    return new ArticleIngest(spark, w).ingest(new IngestOptions(List.of(input.toString()), InputFormat.AUTO, null,
        ColumnMapping.defaults(), IngestLimits.defaults(Instant.now()), DedupSettings.defaults()), "test");
  }

  private ExtractResult extract(Warehouse w) {
    return new ArticleExtraction(spark, w).extract(new ArticleExtraction.Options(Optional.empty(), "test-version", false), "test");
  }

  @Test
  void oneAttackReportedByFiveArticlesAndFiftySyndicatedCopiesIsOneEvent() throws IOException {
    Path input = tmp.resolve("input");
    Files.createDirectories(input);
    Path fixtures = Path.of("src/test/resources/same-attack");
    try (Stream<Path> s = Files.list(fixtures)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, input.resolve(p.getFileName()));
      }
    }
    String wire = Files.readString(fixtures.resolve("2025-08-05_wire.txt"));
    String body = wire.substring(wire.indexOf("\n\n") + 2);
    for (int i = 1; i <= 50; i++) {
      Files.writeString(input.resolve("syndicated-" + i + ".txt"),
          "date 2025-08-05\n\nMissile strike on Kharkiv kills four (partner feed " + i + ")\n\n" + body);
    }
    Warehouse w = new Warehouse(spark, tmp.resolve("warehouse").toString());
    IngestResult ingested = ingest(w, input);
    assertEquals(55, ingested.read());
    assertEquals(50, ingested.duplicates(), "the 50 copies are marked, not counted as news");
    ExtractResult extracted = extract(w);
    assertEquals(5, extracted.articles(), "copies are not analysed");
    new TrendComputation(spark, w).compute();

    List<Row> attacks = w.read(Tables.EVENTS).where(col("event_type").equalTo("ATTACK")
        .and(col("event_date").equalTo("2025-08-04")).and(col("event_mode").equalTo("missile"))).collectAsList();
    assertEquals(1, attacks.size(), "one Kharkiv missile attack: " + attacks);
    Row attack = attacks.get(0);
    assertEquals(5, (int) attack.getAs("article_count"));
    assertEquals(4, (int) attack.getAs("killed"), "the smallest death toll reported (4), not a sum and not the latest (6)");
    assertEquals(12, (int) attack.getAs("injured"), "'dozens were wounded' counts 12, below the 20 and 23 reported");
  }

  @Test
  void theBundledSampleGivesEventsTrendsAndARerunThatChangesNothing() throws IOException {
    Warehouse w = new Warehouse(spark, tmp.resolve("warehouse").toString());
    ingest(w, TestSpark.projectDir().resolve("data/samples"));
    ExtractResult first = extract(w);
    assertEquals(20, first.articles());
    assertTrue(first.events() > 0, "the sample reports attacks, talks and sanctions");
    TrendResult trends = new TrendComputation(spark, w).compute();
    assertTrue(trends.events() > 0);
    long rounds = w.read(Tables.TALK_ROUNDS).where(col("talk_round").isNotNull()).count();
    assertTrue(rounds >= 2, "rounds 2 and 3 are reported in the sample");
    assertEquals(rounds, w.read(Tables.TALK_ROUNDS).where(col("talk_round").isNotNull()).select("talk_round").distinct().count(),
        "each numbered round once");

    List<Long> before = versions(w);
    IngestResult none = ingest(w, Files.createDirectories(tmp.resolve("no-new-files")));
    assertEquals(0, none.read(), "a night without new files reads nothing");
    assertEquals(0, extract(w).articles(), "nothing new to analyse");
    TrendResult again = new TrendComputation(spark, w).compute();
    assertEquals(0L, again.changedRows().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(before, versions(w), "a rerun with no new articles commits nothing");
    TrendResult forced = new TrendComputation(spark, w).compute(true);
    assertEquals(0L, forced.changedRows().values().stream().mapToLong(Long::longValue).sum(),
        "a full recomputation finds the tables already right");
    assertEquals(before, versions(w), "and commits nothing either");
  }

  @Test
  void aRerunWithNothingPendingIsAnsweredFromTheExtractStateUntilATableItReadsChanges() {
    Warehouse w = new Warehouse(spark, tmp.resolve("warehouse").toString());
    ingest(w, TestSpark.projectDir().resolve("data/samples"));
    assertEquals(20, extract(w).articles());
    assertTrue(Files.exists(tmp.resolve("warehouse").resolve("_extract_state")), "a run that left nothing pending says so");
    assertEquals(0, extract(w).articles(), "nothing new to analyse");

    // a marker removed behind extract's back (a write to a table it reads): the state no longer holds
    String victim = w.read(Tables.EXTRACTED).agg(min("article_id")).first().getString(0);
    DeltaTable.forPath(spark, w.path(Tables.EXTRACTED)).delete(col("article_id").equalTo(victim));
    assertEquals(1, extract(w).articles(), "the article without a marker is analysed again");
    assertEquals(0, extract(w).articles());
    ExtractResult otherVersion = new ArticleExtraction(spark, w)
        .extract(new ArticleExtraction.Options(Optional.empty(), "another-version", false), "test");
    assertEquals(20, otherVersion.articles(), "a new extractor version re-analyses every article");
  }

  @Test
  void anArticleThatBreaksTheAnalyzerIsRejectedAndRetriedWithoutFailingTheBatch() {
    Warehouse w = new Warehouse(spark, tmp.resolve("warehouse").toString());
    ingest(w, TestSpark.projectDir().resolve("data/samples"));
    String victim = w.read(Tables.ARTICLES).where(col("duplicate_of").isNull()).agg(min("article_id")).first().getString(0);
    ExtractRows breaking = new ExtractRows(doc -> {
      if (doc.articleId().equals(victim)) {
        throw new IllegalStateException("rule bug");
      }
      return ArticleAnalyzer.shared().analyze(doc);
    });
    ArticleExtraction.Options options = new ArticleExtraction.Options(Optional.empty(), "test-version", false);

    ExtractResult first = new ArticleExtraction(spark, w, breaking).extract(options, "b1");
    assertEquals(20, first.articles());
    assertEquals(1, first.failed());
    assertTrue(first.quotes() > 0, "the other 19 articles are written");
    List<Row> rejects = w.read(Tables.REJECTS).where(col("reason_code").equalTo("extract_failed")).collectAsList();
    assertEquals(1, rejects.size());
    String reason = rejects.get(0).getAs("reason");
    assertTrue(reason.contains(victim) && reason.contains("IllegalStateException: rule bug"), reason);
    assertEquals(19, w.read(Tables.EXTRACTED).count(), "no marker for the failed article");

    ExtractResult again = new ArticleExtraction(spark, w, breaking).extract(options, "b2");
    assertEquals(1, again.articles(), "the failed article is tried again");
    assertEquals(1, again.failed());
    assertEquals(1, w.read(Tables.REJECTS).where(col("reason_code").equalTo("extract_failed")).count(),
        "the same failure is not recorded twice");

    ExtractResult fixed = extract(w);
    assertEquals(1, fixed.articles());
    assertEquals(0, fixed.failed());
    assertEquals(20, w.read(Tables.EXTRACTED).count());
  }

  /** Issue 17: one mention resolved to 1022 used to fail the Parquet write and lose the batch. */
  @Test
  void anAncientBattleAndAnOrdinaryStrikeBothLandAndTheBattleStaysOutOfTrends() throws IOException {
    Path input = tmp.resolve("input");
    Files.createDirectories(input);
    Files.writeString(input.resolve("cathedral.txt"), "date 2023-07-20\n\nOld cathedral reopens after repairs\n\n"
        + "The cathedral was built a thousand years ago on the field where the prince's army defeated the nomads "
        + "in a great battle. Its doors reopened on Thursday after three years of repairs.\n");
    Files.writeString(input.resolve("strike.txt"), "date 2023-07-20\n\nMissile strike hits port city\n\n"
        + "A Russian missile strike on the port of Odesa killed two people on Wednesday night, the regional "
        + "governor said on Thursday.\n");
    Warehouse w = new Warehouse(spark, tmp.resolve("warehouse").toString());
    assertEquals(2, ingest(w, input).added());
    ExtractResult extracted = extract(w);
    assertEquals(2, extracted.articles());
    assertEquals(0, extracted.failed());
    String cathedral = w.read(Tables.ARTICLES).where(col("title").contains("cathedral")).first().getAs("article_id");
    List<Row> battle = w.read(Tables.EVENT_MENTIONS).where(col("article_id").equalTo(cathedral)
        .and(col("date_text").contains("thousand years ago"))).collectAsList();
    assertEquals(1, battle.size(), "the battle is kept as a mention: " + battle);
    assertEquals("implausible_date", battle.get(0).getAs("status"));
    assertTrue(battle.get(0).isNullAt(battle.get(0).fieldIndex("event_date")), "no event_date");
    assertEquals(1, w.read(Tables.EVENT_MENTIONS).where(col("article_id").notEqual(cathedral)
        .and(col("event_type").equalTo("ATTACK")).and(col("event_date").equalTo("2023-07-19"))).count(), "the strike lands");

    new TrendComputation(spark, w).compute();
    List<Row> events = w.read(Tables.EVENTS).collectAsList();
    assertTrue(events.stream().noneMatch(e -> e.getList(e.fieldIndex("mention_ids")).contains(battle.get(0).getAs("mention_id"))),
        "the battle is no event");
    assertTrue(events.stream().anyMatch(e -> "ATTACK".equals(e.getAs("event_type"))), "the strike is one");
  }

  /** A row its table cannot take (here a null status) costs its article, not the batch. */
  @Test
  void anArticleBuiltToFailTheWriteIsRejectedAndTheRestLands() {
    Warehouse w = new Warehouse(spark, tmp.resolve("warehouse").toString());
    ingest(w, TestSpark.projectDir().resolve("data/samples"));
    String victim = w.read(Tables.ARTICLES).where(col("duplicate_of").isNull()).agg(min("article_id")).first().getString(0);
    ExtractRows unwritable = new ExtractRows(doc -> {
      Analysis a = ArticleAnalyzer.shared().analyze(doc);
      if (!doc.articleId().equals(victim)) {
        return a;
      }
      List<EventMention> events = new ArrayList<>(a.events());
      events.add(new EventMention(0, "ATTACK", null, "strike", 0, 1, null, null, null, null, null, null, "year", null,
          null, null, null, 0.5));
      return new Analysis(a.entities(), a.quotes(), events);
    });
    ExtractResult result = new ArticleExtraction(spark, w, unwritable)
        .extract(new ArticleExtraction.Options(Optional.empty(), "test-version", false), "b1");
    assertEquals(1, result.failed());
    List<Row> rejects = w.read(Tables.REJECTS).where(col("reason_code").equalTo("extract_failed")).collectAsList();
    assertEquals(1, rejects.size());
    String reason = rejects.get(0).getAs("reason");
    assertTrue(reason.contains(victim) && reason.contains("event_mentions.status: null in a required column"), reason);
    assertEquals(19, w.read(Tables.EXTRACTED).count());
    assertEquals(0, w.read(Tables.ENTITIES).where(col("article_id").equalTo(victim)).count(), "nothing of the victim is written");
    assertTrue(w.read(Tables.EVENT_MENTIONS).count() > 0, "the other 19 articles land");
  }

  private List<Long> versions(Warehouse w) {
    List<Long> out = new ArrayList<>();
    for (TableContract t : Tables.all()) {
      if (!t.equals(Tables.RUNS) && w.exists(t)) {
        out.add(DeltaTable.forPath(spark, w.path(t)).history(1).first().getAs("version"));
      }
    }
    return out;
  }
}

package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.DedupSettings;
import org.newsanalytics.common.ingest.IngestLimits;
import org.newsanalytics.common.ingest.IngestOptions;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.spark.ArticleExtraction;
import org.newsanalytics.common.spark.ArticleIngest;
import org.newsanalytics.common.spark.TrendComputation;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.spark.WarehouseDiff;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.trends.TrendResult;

/**
 * A warehouse built night by night equals one built in one run over the same input: the
 * bundled sample split in two by publication date (as nightly batches arrive), each part
 * ingested, extracted and trended, against the whole sample at once. NER off to stay fast.
 */
class IncrementalBuildSparkTest {
  @TempDir
  Path tmp;

  private final SparkSession spark = TestSpark.session();

  private void run(Warehouse w, Path input) {
    new ArticleIngest(spark, w).ingest(new IngestOptions(List.of(input.toString()), InputFormat.AUTO, null,
        ColumnMapping.defaults(), IngestLimits.defaults(Instant.now()), DedupSettings.defaults()), "test");
    new ArticleExtraction(spark, w).extract(new ArticleExtraction.Options(Optional.empty(), "test-version", false), "test");
    new TrendComputation(spark, w).compute();
  }

  @Test
  void twoNightlyBatchesGiveTheTablesOfOneFullBuild() throws IOException {
    // one inbox directory, as a nightly job sees it: June's files first, July's added the night
    // after; articles record the file they came from, so both builds read the same paths
    Path sample = TestSpark.projectDir().resolve("data/samples");
    Path inbox = tmp.resolve("inbox");
    Files.createDirectories(inbox);
    List<Path> files;
    try (Stream<Path> s = Files.list(sample)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    // the sample's files are named by publication date
    List<Path> june = files.stream().filter(p -> p.getFileName().toString().compareTo("2025-07") < 0).toList();
    assertTrue(june.size() > 3 && files.size() - june.size() > 3, "both nights bring articles");

    Warehouse nightly = new Warehouse(spark, tmp.resolve("nightly").toString());
    for (Path p : june) {
      Files.copy(p, inbox.resolve(p.getFileName()));
    }
    run(nightly, inbox);
    for (Path p : files) {
      if (!june.contains(p)) {
        Files.copy(p, inbox.resolve(p.getFileName()));
      }
    }
    run(nightly, inbox);
    Warehouse full = new Warehouse(spark, tmp.resolve("full").toString());
    run(full, inbox);

    Map<String, WarehouseDiff.Difference> diff = WarehouseDiff.compare(full, nightly, WarehouseDiff.comparedTables());
    List<String> differing = diff.entrySet().stream().filter(e -> !e.getValue().none())
        .map(e -> e.getKey() + " " + e.getValue()).toList();
    assertTrue(differing.isEmpty(), "tables differ: " + differing);
    assertTrue(full.read(Tables.EVENTS).count() > 0, "a comparison of empty tables proves nothing");
  }

  @Test
  void trendsWithNothingNewReadNothingButRecomputeOnceAnInputChanges() {
    Warehouse w = new Warehouse(spark, tmp.resolve("w").toString());
    run(w, TestSpark.projectDir().resolve("data/samples"));
    long eventsVersion = w.version(Tables.EVENTS);

    TrendResult skipped = new TrendComputation(spark, w).compute();
    assertEquals(0L, skipped.changedRows().values().stream().mapToLong(Long::longValue).sum());
    assertTrue(skipped.events() > 0, "the skipped run still reports the events the tables hold");

    // a trend table edited behind trends' back is noticed and put right by the next run
    spark.sql("DELETE FROM delta.`" + w.path(Tables.EVENTS) + "`");
    TrendResult repaired = new TrendComputation(spark, w).compute();
    assertEquals(skipped.events(), repaired.changedRows().get("events"), "every deleted event is written back");
    assertEquals(skipped.events(), w.read(Tables.EVENTS).count());
    assertTrue(w.version(Tables.EVENTS) > eventsVersion);
  }
}

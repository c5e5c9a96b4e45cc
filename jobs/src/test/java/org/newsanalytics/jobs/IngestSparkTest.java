package org.newsanalytics.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.DedupSettings;
import org.newsanalytics.common.ingest.IngestLimits;
import org.newsanalytics.common.ingest.IngestOptions;
import org.newsanalytics.common.ingest.IngestResult;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.spark.ArticleIngest;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;
import org.newsanalytics.common.web.WebLimits;

/** Ingest on real corpora, the bundled sample and a folder of bad input, with one shared session. */
class IngestSparkTest {
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  @TempDir
  Path tmp;

  private final SparkSession spark = TestSpark.session();

  private IngestResult ingest(Warehouse warehouse, String source, String... inputs) {
    IngestOptions options = new IngestOptions(List.of(inputs), InputFormat.AUTO, source, ColumnMapping.defaults(),
        IngestLimits.defaults(NOW), DedupSettings.defaults());
    return new ArticleIngest(spark, warehouse).ingest(options, "test-batch");
  }

  private Warehouse warehouse() {
    return new Warehouse(spark, tmp.resolve("warehouse").toString());
  }

  @Test
  @NeedsSharedData
  void everyRealWebArchiveIngestsAndItsRecordsReconcile() {
    Path samples = SharedData.path("corpora/warc-samples");
    List<String> archives = new ArrayList<>();
    for (String name : List.of("small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.arc",
        "small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.arc.gz",
        "small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.warc",
        "small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.warc.gz",
        "small-arcs-and-warcs/IAH-urls-wget.warc.gz",
        "wikipedia-sopa-blackout-2012/wikipedia-post-blackout/post-blackout.warc.gz")) {
      archives.add(samples.resolve(name).toString());
    }
    Warehouse warehouse = warehouse();
    IngestResult r = ingest(warehouse, "warc-samples", archives.toArray(String[]::new));
    assertEquals(archives.size(), r.filesRead());
    assertEquals(r.read(), r.added() + r.updated() + r.unchanged() + r.duplicates() + r.rejected() + r.skipped());
    assertTrue(r.skipped() > r.added(), "most archive records are images, requests and metadata: " + r.summary());
    // the same Internet Archive crawl as ARC, ARC.gz, WARC and WARC.gz: one page, stored once under its URL
    assertEquals(1, warehouse.read(Tables.ARTICLES).where(col("url").equalTo("http://www.archive.org/index.php")).count());
    assertEquals("crawl_date", warehouse.read(Tables.ARTICLES)
        .where(col("url").equalTo("http://wikimediafoundation.org/wiki/SOPA/Blackoutpage")).first().getAs("date_source"));
    assertEquals(0, warehouse.read(Tables.REJECTS).where(col("reason_code").isin("truncated_record", "malformed_record",
        "unreadable")).count(), "real archives read to the end");
  }

  @Test
  void bundledSampleMarksTheTwoSyndicatedCopiesAndRerunChangesNothing() throws IOException {
    Path samples = TestSpark.projectDir().resolve("data/samples");
    List<Path> files;
    try (Stream<Path> s = Files.list(samples)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    long syndicated = files.stream().filter(p -> p.getFileName().toString().contains("_syndicated")).count();
    assertTrue(files.size() >= 12, "the sample needs at least 12 articles");
    assertEquals(2, syndicated, "the sample has exactly two syndicated copies");

    Warehouse warehouse = warehouse();
    IngestResult first = ingest(warehouse, null, samples.toString());
    assertEquals(files.size(), first.read());
    assertEquals(files.size() - syndicated, first.added());
    assertEquals(syndicated, first.duplicates());
    assertEquals(0, first.rejected());

    Map<String, Row> byFile = new HashMap<>();
    Map<String, String> fileById = new HashMap<>();
    for (Row r : warehouse.read(Tables.ARTICLES).select("article_id", "input_file", "duplicate_of", "published_date")
        .collectAsList()) {
      String name = Path.of(r.getString(1).replace("file:", "")).getFileName().toString();
      byFile.put(name, r);
      fileById.put(r.getString(0), name);
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      Row row = byFile.get(name);
      assertNotNull(row, "every sample file becomes an article: " + name);
      assertEquals(name.substring(0, 10), row.getDate(3).toString(), "date header of " + name);
      if (name.contains("_syndicated")) {
        assertNotNull(row.getString(2), name + " is a copy");
        String original = fileById.get(row.getString(2));
        assertFalse(original.contains("_syndicated"), name + " points at an original, not at a copy: " + original);
      } else {
        assertNull(row.getString(2), name + " is an original");
      }
    }

    long articlesVersion = version(warehouse, Tables.ARTICLES);
    long rejectsVersion = version(warehouse, Tables.REJECTS);
    List<Row> before = sorted(warehouse.read(Tables.ARTICLES));
    IngestResult again = ingest(warehouse, null, samples.toString());
    assertEquals(files.size(), again.read());
    assertEquals(files.size(), again.unchanged());
    assertEquals(0, again.added() + again.updated() + again.duplicates() + again.rejected());
    assertEquals(articlesVersion, version(warehouse, Tables.ARTICLES), "a rerun commits nothing to articles");
    assertEquals(rejectsVersion, version(warehouse, Tables.REJECTS), "a rerun commits nothing to rejects");
    assertEquals(before, sorted(warehouse.read(Tables.ARTICLES)));
  }

  @Test

  @NeedsSharedData
  void seedArticleKeepsItsDateAndTheTextOnTheHeaderLine() {
    Warehouse warehouse = warehouse();
    IngestResult r = ingest(warehouse, null, SharedData.path("seed").toString());
    assertEquals(1, r.read());
    assertEquals(1, r.added());
    Row a = warehouse.read(Tables.ARTICLES).first();
    assertEquals("2025-07-22", a.getAs("published_date").toString());
    assertEquals("seed", a.getAs("source"));
    assertTrue(a.<String>getAs("text").startsWith("Peace talks between Ukraine and Russia"));
    assertTrue(a.<String>getAs("text").endsWith("if Putin did not agree to a ceasefire."));
    assertEquals("en", a.getAs("language"));
  }

  @Test

  @NeedsSharedData
  void statementsCsvReadsAll822ItemsWithMultiLineBodies() {
    Warehouse warehouse = warehouse();
    IngestResult r = ingest(warehouse, null,
        SharedData.path("corpora/ru-ua-statements/*.csv").toString());
    assertEquals(439 + 383, r.read(), "putin.csv has 439 rows, zelenskyy.csv 383 (data README: 822 items)");
    assertEquals(0, r.rejected());
    assertEquals(822, r.added() + r.duplicates());
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES);
    assertEquals(822 - sameRecordRepeats(r, articles), articles.count());
    assertEquals(0, articles.where(col("url").isNull().or(col("title").isNull())).count());
    Row range = articles.selectExpr("min(published_date)", "max(published_date)").first();
    assertEquals("2021-10-24", range.get(0).toString());
    assertEquals("2022-02-28", range.get(1).toString());
  }

  @Test

  @NeedsSharedData
  void wikinewsCsvReadsAll295Articles() {
    Warehouse warehouse = warehouse();
    IngestResult r = ingest(warehouse, "wikinews", SharedData.path("corpora/wikinews/data").toString());
    assertEquals(171 + 124, r.read());
    assertEquals(0, r.rejected());
    assertEquals(295, r.added() + r.duplicates());
    assertEquals(1, warehouse.read(Tables.ARTICLES).select("source").distinct().count());
  }

  @Test

  @NeedsSharedData
  void reutersReadsEveryStoryAndRefusesOnlyThoseWithoutABody() throws IOException {
    Path dir = SharedData.path("corpora/reuters21578");
    long stories = 0;
    long bodies = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).toList()) {
        String text = Files.readString(f, StandardCharsets.ISO_8859_1);
        stories += occurrences(text, "<REUTERS ");
        bodies += occurrences(text, "<BODY>");
      }
    }
    assertEquals(21_578, stories, "Reuters-21578 has 21,578 stories");
    Warehouse warehouse = warehouse();
    IngestResult r = ingest(warehouse, null, dir.resolve("reut2-*.sgm").toString());
    assertEquals(stories, r.read());
    assertEquals(stories - bodies, r.rejected(), "the stories without <BODY> are the rejects");
    List<Row> reasons = warehouse.read(Tables.REJECTS).groupBy("reason_code").count().collectAsList();
    assertEquals(1, reasons.size());
    assertEquals("no_body", reasons.get(0).getString(0));
    assertEquals(bodies, r.added() + r.duplicates());
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES);
    assertEquals(r.added() + r.updated(), articles.where(col("duplicate_of").isNull()).count());
    assertEquals(0, articles.where(col("published_date").lt("1987-01-01").or(col("published_date").gt("1987-12-31"))).count());
  }

  @Test
  void badInputIsRefusedWithOneReasonEachAndNothingIsLost() throws IOException {
    Path fixtures = tmp.resolve("bad-input");
    copyTree(Path.of("src/test/resources/bad-input"), fixtures);
    // a 20 MB single article: generated, never committed
    String huge = "date 2025-07-09\n\n" + "The shelling went on through the night. ".repeat(20 * 1024 * 1024 / 40);
    Files.writeString(fixtures.resolve("huge-article.txt"), huge);
    // a long but legitimate article: 100,000 words is handled, not refused
    Files.writeString(fixtures.resolve("long-article.txt"), "date 2025-07-10\n\n"
        + "Officials said the talks in Istanbul would resume next week after a pause. ".repeat(100_000 / 12));
    Files.createSymbolicLink(fixtures.resolve("broken-link.txt"), tmp.resolve("nowhere/article.txt"));
    // a web page over the page limit (8 MB): generated, never committed
    Files.writeString(fixtures.resolve("web-huge-page.html"), "<html><body>" + "<p>Council news, page after page.</p>"
        .repeat((int) (WebLimits.DEFAULT_MAX_PAGE_BYTES / 36) + 1000) + "</body></html>");
    Warehouse warehouse = warehouse();
    IngestResult r = ingest(warehouse, "fixture", fixtures.toString(), tmp.resolve("does-not-exist/*.txt").toString());

    List<String[]> expected = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/bad-input-expected.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expected.add(line.split("\t"));
      }
    }
    expected.add(new String[] {"huge-article.txt", "file", "article_too_large"});
    expected.add(new String[] {"*.txt", "path", "path_not_found"});
    expected.add(new String[] {"broken-link.txt", "file", "unreadable"});
    expected.add(new String[] {"web-huge-page.html", "file", "page_too_large"});
    List<Row> rejects = warehouse.read(Tables.REJECTS).select("input_file", "record_ref", "reason_code", "reason")
        .collectAsList();
    for (String[] e : expected) {
      long hits = rejects.stream().filter(row -> row.getString(0).endsWith(e[0])
          && ("*".equals(e[1]) || e[1].equals(row.getString(1))) && e[2].equals(row.getString(2))).count();
      assertEquals(1, hits, "expected one reject " + String.join(" | ", e) + " in " + describe(rejects));
    }
    assertEquals(expected.size(), rejects.size(), describe(rejects));
    for (Row row : rejects) {
      String reason = row.getString(3);
      assertTrue(reason.startsWith(row.getString(2) + ": ") && !reason.contains("\n"), "one clear line: " + reason);
    }
    List<String> accepted = warehouse.read(Tables.ARTICLES).select("input_file").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList().stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).sorted().collect(Collectors.toList());
    assertEquals(List.of("bom-crlf-ok.txt", "broken-quote.csv", "html-remnants.txt", "inside-a-directory-named-like-a-file.txt",
        "long-article.txt", "non-english.txt", "records.jsonl", "unbalanced-quotes.txt", "utf16-ok.txt",
        "web-article-ok.html", "web-mixed-records.warc.gz",
        // its first record is whole; the wrong length breaks the next header (the reject)
        "web-wrong-content-length.warc", "wrong-field-count.csv"), accepted);
    Row web = warehouse.read(Tables.ARTICLES).where(col("input_file").endsWith("web-mixed-records.warc.gz")).first();
    assertEquals("https://news.example.org/2024/03/05/budget", web.getAs("url"));
    assertEquals("meta", web.getAs("date_source"));
    assertEquals("Council approves the budget", web.getAs("title"));
    // warcinfo, request, image, 404, robots.txt (mixed records) and warcinfo (truncated archive): read, not stored
    assertEquals(6, r.skipped());
    Row html = warehouse.read(Tables.ARTICLES).where(col("input_file").endsWith("html-remnants.txt")).first();
    assertEquals("Drone strikes hit the port of Odesa overnight, the governor said & added that two people were injured."
        + "\n\nRepairs began on Saturday.", html.getAs("text"));
    assertEquals("de", warehouse.read(Tables.ARTICLES).where(col("input_file").endsWith("non-english.txt")).first()
        .getAs("language"));
    Row bom = warehouse.read(Tables.ARTICLES).where(col("input_file").endsWith("bom-crlf-ok.txt")).first();
    assertEquals("A drone attack on Odesa injured three people, the governor said.", bom.getAs("text"));
    assertEquals(r.read(), r.added() + r.updated() + r.unchanged() + r.duplicates() + r.rejected() + r.skipped());
    assertEquals(expected.size(), r.rejected());
  }

  private static long sameRecordRepeats(IngestResult r, Dataset<Row> articles) {
    return r.read() - r.rejected() - articles.count();
  }

  private static long version(Warehouse warehouse, TableContract table) {
    return DeltaTable.forPath(TestSpark.session(), warehouse.path(table)).history(1).first().getAs("version");
  }

  private static List<Row> sorted(Dataset<Row> rows) {
    return rows.orderBy("article_id").collectAsList();
  }

  private static long occurrences(String text, String needle) {
    long n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String describe(List<Row> rejects) {
    return rejects.stream().map(r -> r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1) + " | "
        + r.getString(1) + " | " + r.getString(3)).collect(Collectors.joining("\n  ", "rejects:\n  ", ""));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

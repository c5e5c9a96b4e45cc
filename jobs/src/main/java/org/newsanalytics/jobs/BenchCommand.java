package org.newsanalytics.jobs;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.extract.ExtractResult;
import org.newsanalytics.common.ingest.ColumnMapping;
import org.newsanalytics.common.ingest.DedupSettings;
import org.newsanalytics.common.ingest.IngestLimits;
import org.newsanalytics.common.ingest.IngestOptions;
import org.newsanalytics.common.ingest.IngestResult;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.spark.ArticleExtraction;
import org.newsanalytics.common.spark.ArticleIngest;
import org.newsanalytics.common.spark.BenchInput;
import org.newsanalytics.common.spark.SparkSessions;
import org.newsanalytics.common.spark.TrendComputation;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.spark.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: ingest → extract → trends on N documents in a fresh warehouse, K times; wall
 * time per stage, articles/s and tokens/s, peak heap and RSS, each also as a ratio to a floor
 * (Spark reading the same input and counting whitespace tokens).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput and memory of the pipeline on N documents of a corpus, against a floor.")
public final class BenchCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Mixin
  ExtractArgs extractArgs;

  @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "PATH", description = "Corpus files, directories or globs.")
  List<String> corpus;

  @Option(names = "--docs", paramLabel = "N", description = "Documents per run (sampled, or replicated with perturbation). Default: the corpus size.")
  Long docs;

  @Option(names = "--repeat", paramLabel = "K", defaultValue = "3", description = "Repetitions. Default: ${DEFAULT-VALUE}")
  int repeat;

  @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/bench", description = "Scratch space. Default: ${DEFAULT-VALUE}")
  Path workDir;

  @Option(names = "--incremental", paramLabel = "PCT",
      description = "Also time a nightly run that adds the latest PCT percent of the documents (by publication time) "
          + "to a warehouse built, untimed, on the rest: ingest, extract and trends of the new part only, "
          + "reported as the 'incremental' line beside the full run.")
  Double incremental;

  @Option(names = "--json", description = "Print one JSON object with all figures last.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SparkSession session = SparkSessions.create("news-analytics bench", spark.master(), spark.conf());
    try {
      Files.createDirectories(workDir);
      Warehouse staged = new Warehouse(session, workDir.resolve("staged").toString());
      // the corpus as given (WARC, HTML, text…) is ingested once: for web input this is the page-reading figure
      IngestResult corpusIngest;
      double corpusSeconds;
      double corpusHeapMb;
      try (HeapWatch heap = new HeapWatch()) {
        heap.reset();
        long start = System.nanoTime();
        corpusIngest = new ArticleIngest(session, staged).ingest(options(corpus, InputFormat.AUTO), "bench-stage");
        corpusSeconds = (System.nanoTime() - start) / 1e9;
        corpusHeapMb = heap.peakUsedMb();
      }
      long pages = corpusIngest.read() - corpusIngest.skipped();
      System.out.printf(Locale.ROOT, "corpus ingest: %s in %.1f s: %.1f records/s (read minus skipped), peak driver heap %.0f MB%n",
          corpusIngest.summary(), corpusSeconds, pages / corpusSeconds, corpusHeapMb);
      long n = docs != null ? docs : staged.read(org.newsanalytics.common.table.Tables.ARTICLES)
          .where("duplicate_of IS NULL").count();
      BenchInput.Built input = BenchInput.build(session, staged, n, workDir.resolve("input.parquet").toString());
      System.out.println("bench input: " + input.how() + "; " + input.tokens() + " whitespace tokens");

      String basePath = workDir.resolve("input-base.parquet").toString();
      String newPath = workDir.resolve("input-new.parquet").toString();
      if (incremental != null) {
        long fresh = BenchInput.splitLatest(session, input.path(), incremental, basePath, newPath);
        System.out.printf(Locale.ROOT, "bench incremental: %d of %d documents are new (%.1f%%)%n", fresh, input.documents(),
            incremental);
      }
      Map<String, List<Double>> seconds = new LinkedHashMap<>();
      List<Double> heaps = new ArrayList<>();
      Map<String, Long> extracted = new LinkedHashMap<>();
      // the NER step alone, on the same input: loaded once, so its line is warm tagging
      // (sentence splitting, tokenising and tagging), which extract's time includes
      Optional<NerModel> ner = extractArgs.modelPath().map(path -> NerModel.load(session, path));
      try (HeapWatch heap = new HeapWatch()) {
        for (int k = 0; k < repeat; k++) {
          heap.reset();
          Warehouse w = new Warehouse(session, workDir.resolve("run-" + k + "-" + System.nanoTime()).toString());
          time(seconds, "floor", () -> BenchInput.floorTokens(session, input.path()));
          time(seconds, "ingest", () -> new ArticleIngest(session, w).ingest(options(List.of(input.path()), InputFormat.PARQUET), "bench"));
          time(seconds, "extract", () -> {
            ExtractResult r = new ArticleExtraction(session, w).extract(extractArgs.toOptions(session), "bench");
            extracted.putAll(r.counts()); // the same input every run: the last run's counts stand for all
          });
          time(seconds, "trends", () -> new TrendComputation(session, w).compute());
          if (ner.isPresent()) {
            time(seconds, NER_STAGE, () -> nerOnly(session, ner.get(), input.path()));
          }
          if (incremental != null) {
            Warehouse nightly = new Warehouse(session, workDir.resolve("inc-" + k + "-" + System.nanoTime()).toString());
            pipeline(session, nightly, basePath); // yesterday's warehouse: not timed
            time(seconds, INCREMENTAL_STAGE, () -> pipeline(session, nightly, newPath));
          }
          heaps.add(heap.peakUsedMb());
        }
      }
      System.out.println("extract: " + extracted);
      Map<String, Object> report = report(input, seconds, heaps);
      report.put("extract_counts", extracted);
      report.put("corpus_ingest", Map.of("counts", corpusIngest.counts(), "seconds", corpusSeconds,
          "records_per_second", pages / corpusSeconds, "peak_heap_mb", corpusHeapMb));
      if (json) {
        System.out.println(new ObjectMapper().writeValueAsString(report));
      }
      return 0;
    } finally {
      session.stop();
    }
  }

  /** Not a stage of the pipeline but a part of extract, timed apart: left out of the end-to-end sum. */
  static final String NER_STAGE = "ner";

  /** Like {@link #NER_STAGE}, outside the end-to-end sum: the time of a nightly run that adds the new part. */
  static final String INCREMENTAL_STAGE = "incremental";

  private void pipeline(SparkSession session, Warehouse w, String inputPath) {
    new ArticleIngest(session, w).ingest(options(List.of(inputPath), InputFormat.PARQUET), "bench");
    new ArticleExtraction(session, w).extract(extractArgs.toOptions(session), "bench");
    new TrendComputation(session, w).compute();
  }

  private static void nerOnly(SparkSession session, NerModel model, String inputPath) {
    Dataset<Row> articles = session.read().parquet(inputPath).select(col("url").as("article_id"), col("text"));
    model.annotate(articles).write().format("noop").mode("overwrite").save();
  }

  private static IngestOptions options(List<String> inputs, InputFormat format) {
    return new IngestOptions(inputs, format, null, ColumnMapping.defaults(), IngestLimits.defaults(Instant.now()),
        DedupSettings.defaults());
  }

  private interface Stage {
    void run() throws Exception;
  }

  private static void time(Map<String, List<Double>> seconds, String stage, Stage body) throws Exception {
    long start = System.nanoTime();
    body.run();
    seconds.computeIfAbsent(stage, s -> new ArrayList<>()).add((System.nanoTime() - start) / 1e9);
  }

  private static final Set<String> OUTSIDE_TOTAL = Set.of("floor", NER_STAGE, INCREMENTAL_STAGE);

  private Map<String, Object> report(BenchInput.Built input, Map<String, List<Double>> seconds, List<Double> heaps) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("documents", input.documents());
    out.put("tokens", input.tokens());
    out.put("input", input.how());
    out.put("repeat", repeat);
    double floor = median(seconds.get("floor"));
    // each run's own total, so the end-to-end median and spread are over runs, like the stages'
    List<Double> totals = new ArrayList<>();
    for (int k = 0; k < repeat; k++) {
      double total = 0;
      for (var e : seconds.entrySet()) {
        total += OUTSIDE_TOTAL.contains(e.getKey()) ? 0 : e.getValue().get(k);
      }
      totals.add(total);
    }
    Map<String, List<Double>> rows = new LinkedHashMap<>(seconds);
    rows.put("end_to_end", totals);
    System.out.printf(Locale.ROOT, "%-10s %10s %10s %12s %14s %9s%n", "stage", "median s", "spread s", "articles/s", "tokens/s", "x floor");
    Map<String, Object> stages = new LinkedHashMap<>();
    for (var e : rows.entrySet()) {
      double spread = e.getValue().stream().mapToDouble(d -> d).max().orElse(0) - e.getValue().stream().mapToDouble(d -> d).min().orElse(0);
      stages.put(e.getKey(), line(e.getKey().replace('_', '-'), median(e.getValue()), spread, input, floor));
    }
    out.put("stages", stages);
    if (seconds.containsKey(INCREMENTAL_STAGE)) {
      double share = median(seconds.get(INCREMENTAL_STAGE)) / median(totals);
      out.put("incremental_share_of_full", share);
      System.out.printf(Locale.ROOT, "incremental: adding the latest %.1f%% costs %.1f%% of the full run%n", incremental, 100 * share);
    }
    out.put("peak_heap_mb_median", median(heaps));
    out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    out.put("peak_rss_mb", peakRssMb());
    System.out.printf(Locale.ROOT, "driver heap: peak in use %.0f MB (median over runs) of -Xmx %.0f MB; peak RSS %.0f MB%n",
        median(heaps), Runtime.getRuntime().maxMemory() / 1048576.0, peakRssMb());
    return out;
  }

  private static Map<String, Object> line(String name, double med, double spread, BenchInput.Built input, double floor) {
    double aps = input.documents() / med;
    double tps = input.tokens() / med;
    System.out.printf(Locale.ROOT, "%-10s %10.2f %10.2f %12.1f %14.0f %9.1f%n", name, med, spread, aps, tps, med / floor);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("median_s", med);
    m.put("spread_s", spread);
    m.put("articles_per_s", aps);
    m.put("tokens_per_s", tps);
    m.put("ratio_to_floor", med / floor);
    return m;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** VmHWM: the process's resident-set high-water mark (Linux); -1 elsewhere. */
  private static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}

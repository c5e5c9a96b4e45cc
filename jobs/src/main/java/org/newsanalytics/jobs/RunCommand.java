package org.newsanalytics.jobs;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsanalytics.common.extract.ExtractResult;
import org.newsanalytics.common.ingest.IngestResult;
import org.newsanalytics.common.spark.ArticleExtraction;
import org.newsanalytics.common.spark.ArticleIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code run}: the nightly pipeline, ingest → extract → trends, each stage committed on its
 * own and recorded in {@code runs}. Every stage works only on what is new, so a rerun after a
 * crash picks up where the last committed stage ended.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "The whole pipeline over new input: ingest, extract, trends. "
        + "With no --input it runs on the bundled sample, data/samples.")
public final class RunCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Mixin
  IngestArgs ingestArgs;

  @Mixin
  ExtractArgs extractArgs;

  @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
      defaultValue = "${env:NEWS_ANALYTICS_HOME:-.}/data/samples",
      description = "Files, directories or globs. Default: the bundled sample (${DEFAULT-VALUE}).")
  List<String> inputs;

  @Option(names = "--since", paramLabel = "WHEN", defaultValue = "auto",
      description = "Read only files modified since WHEN: 'auto' (the start of the last successful run, kept in "
          + "the runs table; everything on the first run), 'all', or a date/instant (2025-07-01, 2025-07-01T00:00:00Z). "
          + "Default: ${DEFAULT-VALUE}")
  String since;

  static final String INGEST_STAGE = "run:ingest";

  Instant modifiedSince(org.newsanalytics.common.spark.RunLog log) {
    return switch (since) {
      case "all" -> null;
      case "auto" -> log.lastSuccessStart(INGEST_STAGE).orElse(null);
      default -> since.contains("T") ? Instant.parse(since)
          : java.time.LocalDate.parse(since).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    };
  }

  @Override
  public Integer call() throws Exception {
    JobRunner.withSession("run", spark, runner -> {
      IngestResult[] ingested = new IngestResult[1];
      java.util.Map<String, Object> described = new java.util.LinkedHashMap<>(ingestArgs.describe(inputs));
      described.put("since", since);
      runner.stage(INGEST_STAGE, described, (runId, session, warehouse) -> {
        Instant watermark = modifiedSince(new org.newsanalytics.common.spark.RunLog(session, warehouse));
        if (watermark != null) {
          System.out.println("ingest:  reading files modified since " + watermark + " (--since " + since + ")");
        }
        IngestResult r = new ArticleIngest(session, warehouse)
            .ingest(ingestArgs.toOptions(inputs, Instant.now(), watermark), runId);
        ingested[0] = r;
        return JobRunner.Outcome.of(r);
      });
      System.out.println("ingest:  " + ingested[0].summary());
      ExtractResult[] extracted = new ExtractResult[1];
      runner.stage("run:extract", extractArgs.describe(), (runId, session, warehouse) -> {
        ExtractResult r = new ArticleExtraction(session, warehouse).extract(extractArgs.toOptions(session), runId);
        extracted[0] = r;
        return JobRunner.Outcome.of(r);
      });
      System.out.println("extract: " + extracted[0].summary());
      org.newsanalytics.common.trends.TrendResult[] trends = new org.newsanalytics.common.trends.TrendResult[1];
      runner.stage("run:trends", java.util.Map.of(), (runId, session, warehouse) -> TrendsCommand.stage(session, warehouse, extractArgs.full, trends));
      System.out.println("trends:  " + trends[0].summary());
    });
    System.out.println("tables under " + spark.warehouse());
    return 0;
  }
}

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

  @Override
  public Integer call() throws Exception {
    JobRunner.withSession("run", spark, runner -> {
      IngestResult[] ingested = new IngestResult[1];
      runner.stage("run:ingest", ingestArgs.describe(inputs), (runId, session, warehouse) -> {
        IngestResult r = new ArticleIngest(session, warehouse).ingest(ingestArgs.toOptions(inputs, Instant.now()), runId);
        ingested[0] = r;
        return new JobRunner.Outcome(r.read(), r.added() + r.updated() + r.duplicates(), r.rejected(), r.counts());
      });
      System.out.println("ingest:  " + ingested[0].summary());
      ExtractResult[] extracted = new ExtractResult[1];
      runner.stage("run:extract", extractArgs.describe(), (runId, session, warehouse) -> {
        ExtractResult r = new ArticleExtraction(session, warehouse).extract(extractArgs.toOptions(session), runId);
        extracted[0] = r;
        return new JobRunner.Outcome(r.articles(), r.entities() + r.quotes() + r.events(), 0, r.counts());
      });
      System.out.println("extract: " + extracted[0].summary());
      org.newsanalytics.common.trends.TrendResult[] trends = new org.newsanalytics.common.trends.TrendResult[1];
      runner.stage("run:trends", java.util.Map.of(), (runId, session, warehouse) -> TrendsCommand.stage(session, warehouse, trends));
      System.out.println("trends:  " + trends[0].summary());
    });
    System.out.println("tables under " + spark.warehouse());
    return 0;
  }
}

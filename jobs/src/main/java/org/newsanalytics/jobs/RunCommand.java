package org.newsanalytics.jobs;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsanalytics.common.ingest.IngestResult;
import org.newsanalytics.common.spark.ArticleIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the nightly pipeline. Today it ingests; extract and trends join as they land. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "The whole pipeline (ingest, then extract and trends once built) over new input. "
        + "With no --input it runs on the bundled sample, data/samples.")
public final class RunCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Mixin
  IngestArgs args;

  @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
      defaultValue = "${env:NEWS_ANALYTICS_HOME:-.}/data/samples",
      description = "Files, directories or globs. Default: the bundled sample (${DEFAULT-VALUE}).")
  List<String> inputs;

  @Override
  public Integer call() throws Exception {
    IngestResult[] result = new IngestResult[1];
    JobRunner.run("run", spark, args.describe(inputs), (runId, session, warehouse) -> {
      IngestResult r = new ArticleIngest(session, warehouse).ingest(args.toOptions(inputs, Instant.now()), runId);
      result[0] = r;
      return new JobRunner.Outcome(r.read(), r.added() + r.updated() + r.duplicates(), r.rejected(), r.counts());
    });
    System.out.println("ingest: " + result[0].summary());
    System.out.println("extract, trends: not built yet; tables so far are under " + spark.warehouse());
    return 0;
  }
}

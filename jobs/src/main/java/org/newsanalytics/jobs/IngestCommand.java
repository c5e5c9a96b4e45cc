package org.newsanalytics.jobs;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsanalytics.common.ingest.IngestResult;
import org.newsanalytics.common.spark.ArticleIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ingest}: files → articles and rejects, then one summary line. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read article files (text with a 'date YYYY-MM-DD' first line, JSON Lines, CSV, Parquet, "
        + "Reuters-21578 SGML) into the articles table; refused records go to rejects with a reason.")
public final class IngestCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Mixin
  IngestArgs args;

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
      description = "Files, directories (walked) or globs; any Hadoop path.")
  List<String> inputs;

  @Override
  public Integer call() throws Exception {
    IngestResult[] result = new IngestResult[1];
    JobRunner.run("ingest", spark, args.describe(inputs), (runId, session, warehouse) -> {
      IngestResult r = new ArticleIngest(session, warehouse).ingest(args.toOptions(inputs, Instant.now()), runId);
      result[0] = r;
      return JobRunner.Outcome.of(r);
    });
    System.out.println(result[0].summary());
    return 0;
  }
}

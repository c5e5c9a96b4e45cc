package org.newsanalytics.jobs;

import java.util.concurrent.Callable;
import org.newsanalytics.common.extract.ExtractResult;
import org.newsanalytics.common.spark.ArticleExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code extract}: articles → entities, quotes, event mentions. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract entities, quotes with speakers and event mentions from the articles not yet analysed.")
public final class ExtractCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Mixin
  ExtractArgs args;

  @Override
  public Integer call() throws Exception {
    ExtractResult[] result = new ExtractResult[1];
    JobRunner.run("extract", spark, args.describe(), (runId, session, warehouse) -> {
      ExtractResult r = new ArticleExtraction(session, warehouse).extract(args.toOptions(session), runId);
      result[0] = r;
      return JobRunner.Outcome.of(r);
    });
    System.out.println(result[0].summary());
    return 0;
  }
}

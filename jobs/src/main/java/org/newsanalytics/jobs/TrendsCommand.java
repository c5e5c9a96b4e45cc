package org.newsanalytics.jobs;

import java.util.Map;
import java.util.concurrent.Callable;
import org.newsanalytics.common.spark.TrendComputation;
import org.newsanalytics.common.trends.TrendResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trends}: event mentions → events → daily/weekly/monthly trend tables. */
@Command(name = "trends", mixinStandardHelpOptions = true,
    description = "Cluster event mentions into real events and compute the trend tables (attack_frequency, "
        + "talk_rounds, sanction_mentions, entity_trends, quote_trends). Writes only what changed; skips the work when no input changed since the last trends run.")
public final class TrendsCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Option(names = "--full", description = "Recompute and compare every trend table even when no input table changed "
      + "since the last trends run (by default such a run reads and writes nothing).")
  boolean full;

  @Override
  public Integer call() throws Exception {
    TrendResult[] result = new TrendResult[1];
    JobRunner.run("trends", spark, Map.of(), (runId, session, warehouse) -> stage(session, warehouse, full, result));
    System.out.println(result[0].summary());
    return 0;
  }

  static JobRunner.Outcome stage(org.apache.spark.sql.SparkSession session, org.newsanalytics.common.spark.Warehouse warehouse,
      boolean full, TrendResult[] result) {
    TrendResult r = new TrendComputation(session, warehouse).compute(full);
    result[0] = r;
    long changed = r.changedRows().values().stream().mapToLong(Long::longValue).sum();
    return new JobRunner.Outcome(r.events(), changed, 0, r.changedRows());
  }
}

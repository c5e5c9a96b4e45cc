package org.newsanalytics.jobs;

import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsanalytics.common.spark.SparkSessions;
import org.newsanalytics.common.spark.Warehouse;
import org.newsanalytics.common.spark.WarehouseDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code compare}: are two warehouses' tables equal, batch ids and write times aside? Checks
 * that a faster or incremental build writes what a full build of the same input writes.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare the tables of two warehouses row by row (batch ids, write times and runs left out). "
        + "Exit 0 when equal, 3 when any table differs.")
public final class CompareCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Parameters(index = "0", paramLabel = "LEFT", description = "One warehouse directory.")
  String left;

  @Parameters(index = "1", paramLabel = "RIGHT", description = "The other warehouse directory.")
  String right;

  @Override
  public Integer call() {
    SparkSession session = SparkSessions.create("news-analytics compare", spark.master(), spark.conf());
    try {
      Map<String, WarehouseDiff.Difference> diff = WarehouseDiff.compare(new Warehouse(session, left),
          new Warehouse(session, right), WarehouseDiff.comparedTables());
      boolean equal = true;
      for (var e : diff.entrySet()) {
        WarehouseDiff.Difference d = e.getValue();
        System.out.printf("%-18s %s%n", e.getKey(), d.none() ? "equal"
            : "differs: " + d.onlyLeft() + " rows only in LEFT, " + d.onlyRight() + " only in RIGHT");
        equal &= d.none();
      }
      System.out.println(equal ? "warehouses equal" : "warehouses differ");
      return equal ? 0 : 3;
    } finally {
      session.stop();
    }
  }
}

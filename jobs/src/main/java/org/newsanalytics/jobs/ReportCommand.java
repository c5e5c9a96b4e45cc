package org.newsanalytics.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.newsanalytics.common.report.ReportData;
import org.newsanalytics.common.report.TimeSeries;
import org.newsanalytics.common.report.TrendReport;
import org.newsanalytics.common.spark.ReportQueries;
import org.newsanalytics.common.spark.SparkSessions;
import org.newsanalytics.common.spark.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report --out DIR}: one self-contained HTML page of trends, events and quotes. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Render a static HTML trend report (inline SVG charts, tables of top events, talk rounds, "
        + "quotes and rejects) into DIR/index.html; it opens offline in any browser.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Local directory for index.html.")
  Path out;

  @Option(names = "--granularity", defaultValue = "week", paramLabel = "day|week|month",
      description = "Period of the trend charts. Default: ${DEFAULT-VALUE}")
  String granularity;

  @Override
  public Integer call() throws Exception {
    TimeSeries.checkGranularity(granularity);
    var session = SparkSessions.create("news-analytics report", spark.master(), spark.conf());
    ReportData data;
    try {
      data = new ReportQueries(session, new Warehouse(session, spark.warehouse())).read(granularity, Instant.now());
    } finally {
      session.stop();
    }
    Path page = write(out, data);
    System.out.println("report: " + page + " (" + TrendReport.CHART_COUNT + " charts, per " + granularity + ")");
    return 0;
  }

  static Path write(Path dir, ReportData data) throws java.io.IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve("index.html"), TrendReport.render(data), StandardCharsets.UTF_8);
  }
}

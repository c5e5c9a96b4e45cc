package org.newsanalytics.jobs;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Subcommands whose issues have not landed: they say so and exit with status 2. */
abstract class NotBuiltYet implements Callable<Integer> {
  @Mixin
  SparkOptions spark;

  private final String what;

  NotBuiltYet(String what) {
    this.what = what;
  }

  @Override
  public Integer call() {
    System.err.println("news-analytics: " + what + " is not built yet (see the project's open issues)");
    return 2;
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Export a table as CSV, JSON Lines or Parquet (not built yet).")
  static final class Export extends NotBuiltYet {
    Export() {
      super("export");
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Render a static HTML trend report (not built yet).")
  static final class Report extends NotBuiltYet {
    Report() {
      super("report");
    }
  }
}

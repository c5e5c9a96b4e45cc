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

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Score quote attribution on PolNeAR brat gold data (not built yet).")
  static final class EvaluateQuotes extends NotBuiltYet {
    EvaluateQuotes() {
      super("evaluate quotes");
    }
  }

  @Command(name = "time", mixinStandardHelpOptions = true,
      description = "Score time expressions on TempEval-3 TimeML gold data (not built yet).")
  static final class EvaluateTime extends NotBuiltYet {
    EvaluateTime() {
      super("evaluate time");
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "Score event types on the PLOVER gold-standard records (not built yet).")
  static final class EvaluateEvents extends NotBuiltYet {
    EvaluateEvents() {
      super("evaluate events");
    }
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Extract entities, quotes and event mentions from articles (not built yet).")
  static final class Extract extends NotBuiltYet {
    Extract() {
      super("extract");
    }
  }

  @Command(name = "trends", mixinStandardHelpOptions = true,
      description = "Cluster event mentions into events and compute trend tables (not built yet).")
  static final class Trends extends NotBuiltYet {
    Trends() {
      super("trends");
    }
  }



  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = "Measure throughput and memory (not built yet).")
  static final class Bench extends NotBuiltYet {
    Bench() {
      super("bench");
    }
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

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

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Train the NER model from CoNLL files (not built yet).")
  static final class TrainNer extends NotBuiltYet {
    TrainNer() {
      super("train ner");
    }
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Score entity recognition on CoNLL gold data (not built yet).")
  static final class EvaluateNer extends NotBuiltYet {
    EvaluateNer() {
      super("evaluate ner");
    }
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

  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = "Measure throughput and memory (not built yet).")
  static final class Bench extends NotBuiltYet {
    Bench() {
      super("bench");
    }
  }
}

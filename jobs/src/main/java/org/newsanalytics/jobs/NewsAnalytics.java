package org.newsanalytics.jobs;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code news-analytics <subcommand> [options]}, locally or under spark-submit. */
@Command(name = "news-analytics", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Batch analytics for news corpora: articles in; entities, quotes, events and trends out.",
    subcommands = {
        IngestCommand.class,
        ExtractCommand.class,
        TrendsCommand.class,
        RunCommand.class,
        TrainCommand.class,
        EvaluateCommand.class,
        BenchCommand.class,
        ExportCommand.class,
        ReportCommand.class,
        CompareCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsAnalytics implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: try 'news-analytics --help'");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it without exiting the JVM. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new NewsAnalytics());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("news-analytics " + commandLine.getCommandName() + ": error: " + Errors.oneLine(e));
      if (System.getenv("NEWS_ANALYTICS_DEBUG") != null) {
        e.printStackTrace(err);
      } else {
        err.println("(set NEWS_ANALYTICS_DEBUG=1 for the stack trace)");
      }
      err.flush();
      return 1;
    });
    return cli;
  }
}

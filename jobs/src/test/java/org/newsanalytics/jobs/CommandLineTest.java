package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line itself: every subcommand has help, bad options fail with exit 2, no Spark started. */
class CommandLineTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = NewsAnalytics.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "extract", "trends", "run", "train ner", "evaluate ner", "bench", "export", "report"})
  void everySubcommandHasHelpWithTheCommonOptions(String subcommand) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(subcommand.split(" ")));
    args.add("--help");
    Run r = run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("--warehouse=DIR"), r.out());
    assertTrue(r.out().contains("--master=URL"), r.out());
    assertTrue(r.out().contains("--conf=KEY=VALUE"), r.out());
  }

  @Test
  void rootHelpListsTheSubcommands() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    for (String s : new String[] {"ingest", "extract", "trends", "run", "train", "evaluate", "bench", "export", "report"}) {
      assertTrue(r.out().contains("  " + s + " "), s + " in " + r.out());
    }
  }

  @Test
  void ingestWithoutInputIsAUsageError() {
    Run r = run("ingest");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing required option: '--input=PATH'"), r.err());
  }

  @Test
  void unknownFormatNamesTheValidOnes() {
    Run r = run("ingest", "--input", "x", "--format", "pdf");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Cannot use format 'pdf': expected one of auto, text, jsonl, csv, parquet, reuters-sgml, warc, html"), r.err());
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    assertEquals(2, run("frobnicate").exit());
  }

  @Test
  void benchWithoutACorpusIsAUsageError() {
    Run r = run("bench");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Missing required option: '--corpus=PATH'"), r.err());
  }
}

package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors of train/evaluate ner: caught by picocli before any Spark session starts. */
class NerCommandLineTest {
  private static String[] run(String... args) {
    CommandLine cli = NewsAnalytics.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new String[] {String.valueOf(cli.execute(args)), out.toString(), err.toString()};
  }

  @Test
  void trainNerNeedsTrainingFilesAndAnOutput() {
    String[] r = run("train", "ner", "--out", "x");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("Missing required option: '--train=FILE'"), r[2]);
    r = run("train", "ner", "--train", "a.txt");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("Missing required option: '--out=DIR'"), r[2]);
  }

  @Test
  void evaluateNerNeedsGoldAndNamesTheUnits() {
    String[] r = run("evaluate", "ner");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("Missing required option: '--gold=FILE'"), r[2]);
    r = run("evaluate", "ner", "--gold", "g.txt", "--unit", "paragraph");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("expected one of [SENTENCE, DOCUMENT, GOLD_TOKENS]"), r[2]);
  }

  @Test
  void evaluateNerHelpShowsTheDefaultModelAndTheAlias() {
    String[] r = run("evaluate", "ner", "--help");
    assertEquals("0", r[0]);
    assertTrue(r[1].contains("--model, --ner-model=DIR"), r[1]);
    assertTrue(r[1].contains("data/models/ner"), r[1]);
  }
}

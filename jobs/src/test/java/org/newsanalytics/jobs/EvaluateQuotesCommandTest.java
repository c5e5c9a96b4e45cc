package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code evaluate quotes} on a hand-made split: pure Java, no Spark session. */
class EvaluateQuotesCommandTest {
  private static final String TEXT = "\"We will win the vote,\" Smith said.\n";
  private static final String ANN = """
      T1\tContent 0 23\t"We will win the vote,"
      T2\tSource 24 29\tSmith
      T3\tCue 30 34\tsaid
      T4\tAttribution 30 34\tsaid
      E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2
      """;

  private static String[] run(String... args) {
    CommandLine cli = NewsAnalytics.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new String[] {Integer.toString(exit), out.toString(), err.toString()};
  }

  private static Path split(Path root) throws Exception {
    Path dev = root.resolve("dev");
    Files.createDirectories(dev.resolve("text"));
    Files.createDirectories(dev.resolve("attributions"));
    Files.writeString(dev.resolve("text/a.txt"), TEXT);
    Files.writeString(dev.resolve("attributions/a_4b22.ann"), ANN);
    return dev;
  }

  @Test
  void scoresASplitAndEndsWithOneJsonLine(@TempDir Path root) throws Exception {
    split(root);
    String[] r = run("evaluate", "quotes", "--gold", root.toString(), "--split", "dev", "--json");
    assertEquals("0", r[0], r[2]);
    List<String> lines = r[1].lines().toList();
    String last = lines.get(lines.size() - 1);
    assertTrue(last.startsWith("{\"task\":\"quotes\",\"articles\":1,\"all\":{\"precision\":1.0000,\"recall\":1.0000"), last);
    assertTrue(r[1].contains("direct  attributed P 1.000 R 1.000 F1 1.000"), r[1]);
  }

  @Test
  void acceptsTheSplitDirectoryItself(@TempDir Path root) throws Exception {
    Path dev = split(root);
    String[] r = run("evaluate", "quotes", "--gold", dev.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("articles 1"), r[1]);
  }

  @Test
  void aMissingSplitIsAClearError(@TempDir Path root) {
    String[] r = run("evaluate", "quotes", "--gold", root.toString(), "--split", "test");
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("Cannot read PolNeAR split " + root.resolve("test") + ": expected directories text/ and attributions/"),
        r[2]);
  }

  @Test
  void goldIsRequired() {
    String[] r = run("evaluate", "quotes");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("Missing required option: '--gold=DIR'"), r[2]);
  }

  @Test
  void perSievePrintsEachRuleAndWritesThePrecisionFile(@TempDir Path root) throws Exception {
    split(root);
    Path file = root.resolve("precision.tsv");
    String[] r = run("evaluate", "quotes", "--gold", root.toString(), "--per-sieve", "--write-precision", file.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("SaidAfterQuote                         1        1     1.000"), r[1]);
    List<String> lines = Files.readAllLines(file);
    assertTrue(lines.get(0).endsWith("measured on PolNeAR dev"), lines.get(0));
    assertEquals("SaidAfterQuote\t1\t1.000", lines.get(2));
  }

  @Test
  void aNerModelThatIsNotALinearModelIsAClearError(@TempDir Path root) throws Exception {
    split(root);
    Path notAModel = Files.createDirectories(root.resolve("pipeline"));
    String[] r = run("evaluate", "quotes", "--gold", root.toString(), "--ner-model", notAModel.toString());
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("Cannot evaluate quotes with the NER model in " + notAModel + ": it is not a linear NER model"),
        r[2]);
  }

  @Test
  void saysWhichNerModelTheSpeakersWereResolvedAgainst(@TempDir Path root) throws Exception {
    split(root);
    String[] r = run("evaluate", "quotes", "--gold", root.toString(), "--no-ner");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("(NER: none)"), r[1]);
  }
}

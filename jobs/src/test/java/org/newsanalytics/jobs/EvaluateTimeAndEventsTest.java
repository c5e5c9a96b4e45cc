package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;
import picocli.CommandLine;

/** {@code evaluate time} and {@code evaluate events}: pure Java, no Spark options, scores on the shared gold. */
class EvaluateTimeAndEventsTest {
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

  private static String shared(String relative) {
    return SharedData.path(relative).toString();
  }

  @Test
  void helpStatesTheMatchingRuleAndTakesNoSparkOptions() {
    Run time = run("evaluate", "time", "--help");
    assertEquals(0, time.exit(), time.err());
    assertTrue(time.out().contains("Matching rule"), time.out());
    assertFalse(time.out().contains("--warehouse"), time.out());
    Run events = run("evaluate", "events", "--help");
    assertEquals(0, events.exit(), events.err());
    assertTrue(events.out().contains("mapped"), events.out());
    assertFalse(events.out().contains("--master"), events.out());
  }

  @Test

  @NeedsSharedData
  void timexIsAnAliasAndJsonCarriesTheScores() {
    Run r = run("evaluate", "timex", "--gold", shared("gold/timex-tempeval3/Training"), "--json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("{\"task\":\"time\""), r.out());
    assertTrue(r.out().contains("\"date_value\":{\"precision\":"), r.out());
  }

  @Test

  @NeedsSharedData
  void eventsOnPloverReportsPerTypeAndScope(@TempDir Path dir) throws Exception {
    Path errors = dir.resolve("errors.tsv");
    Run r = run("evaluate", "events", "--gold",
        shared("gold/events-plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"), "--errors", errors.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("PLOVER records: 322 (97 mapped to the taxonomy, 225 not)"), r.out());
    assertTrue(r.out().contains("ATTACK"), r.out());
    assertTrue(r.out().contains("out of scope (no taxonomy type or status): AID, COERCE"), r.out());
    assertFalse(Files.readAllLines(errors).isEmpty());
  }

  @Test
  @NeedsSharedData
  void eventsOnCase2021IsDetectedAndSplitIntoHalves(@TempDir Path dir) throws Exception {
    Path errors = dir.resolve("errors.tsv");
    Run r = run("evaluate", "events", "--gold", shared("gold/events-case2021-dev/case2021_task2_dev.tsv"), "--json",
        "--errors", errors.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("{\"task\":\"events\",\"format\":\"case2021\",\"snippets\":503,\"all\":"
        + "{\"attack_accuracy\":{\"rate\":"), r.out());
    assertTrue(r.out().contains("\"odd_ids\":{") && r.out().contains("\"even_ids\":{"), r.out());
    assertTrue(r.out().contains("\"disr_weap_occurred_attack_rate\":"), r.out());
    assertFalse(Files.readAllLines(errors).isEmpty());
    Run text = run("evaluate", "events", "--gold", shared("gold/events-case2021-dev/case2021_task2_dev.tsv"),
        "--format", "case2021");
    assertTrue(text.out().contains("false rate, unrelated kinds"), text.out());
  }

  @Test
  void aMissingGoldDirectoryIsAnErrorNamingIt() {
    Run r = run("evaluate", "time", "--gold", "no/such/dir");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("Cannot read TimeML gold: no/such/dir is not a directory"), r.err());
  }

  @Test

  @NeedsSharedData
  void aBrokenTaxonomyIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "types: []\n");
    Run r = run("evaluate", "events", "--gold", shared("gold/events-plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"),
        "--taxonomy", bad.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("Cannot load event taxonomy " + bad + ": 'types' must be a non-empty list"), r.err());
  }
}

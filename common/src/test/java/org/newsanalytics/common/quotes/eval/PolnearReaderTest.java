package org.newsanalytics.common.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

class PolnearReaderTest {
  static final String TEXT = "“We will win,” Smith said. “Then we rest.” Jones said the plan failed.\n";
  // offsets: “We will win,” = [0,14); Smith [15,20); said [21,25); “Then we rest.” [27,42);
  // Jones [43,48); said [49,53); the plan failed [54,69)
  static final String ANN = """
      E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2
      T1\tContent 27 42;0 14\t“Then we rest.” “We will win,”
      T2\tSource 15 20\tSmith
      T3\tCue 21 25\tsaid
      T4\tAttribution 21 25\tsaid
      T5\tSource 43 48\tJones
      T6\tCue 49 53\tsaid
      T7\tContent 54 69\tthe plan
      failed
      T8\tAttribution 49 53\tsaid
      E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5
      T9\tCue 0 1\t“
      T10\tContent 2 4\tWe
      E3\tAttribution-no-source:T9 Content:T10 Cue:T9
      T11\tDiscard 43 48\tJones
      """;

  @Test
  void readsFragmentsInTextOrderEventsBeforeTheirSpansAndSourcelessAttributions() {
    GoldArticle a = PolnearReader.parse("tiny", TEXT, ANN);
    assertEquals(3, a.attributions().size());
    GoldAttribution first = a.attributions().get(0);
    assertEquals("E1", first.id());
    assertEquals(List.of(new Span(0, 14), new Span(27, 42)), first.content());
    assertEquals(List.of(new Span(15, 20)), first.source());
    assertEquals(List.of(new Span(21, 25)), first.cue());
    GoldAttribution second = a.attributions().get(1);
    assertEquals("the plan failed", TEXT.substring(second.content().get(0).begin(), second.content().get(0).end()));
    assertTrue(a.attributions().get(2).source().isEmpty());
  }

  @Test
  void aSpanBeyondTheTextIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolnearReader.parse("tiny", "short", "T1\tContent 0 99\tx\n"));
    assertEquals("Cannot read tiny.ann line 1: span 0 99 lies beyond the text's 5 characters", e.getMessage());
  }

  @Test
  void anEventNamingNoSpanIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PolnearReader.parse("tiny", TEXT, "E1\tAttribution:T4 Content:T9\n"));
    assertEquals("Cannot read tiny.ann line 1: argument 'Content:T9' names no text-bound annotation", e.getMessage());
  }

  @Test
  void aSplitDirectoryPairsTextsWithTheFirstAnnotatorsFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/nyt_2016-01-01_x.txt"), TEXT);
    Files.writeString(dir.resolve("attributions/nyt_2016-01-01_x_4b22.ann"), ANN);
    Files.writeString(dir.resolve("attributions/nyt_2016-01-01_x_ef2d.ann"), "");
    List<GoldArticle> split = PolnearReader.readSplit(dir);
    assertEquals(1, split.size());
    assertEquals("nyt_2016-01-01_x", split.get(0).name());
    assertEquals(3, split.get(0).attributions().size());
  }

  @Test
  void aTextWithoutAnnotationsIsAnError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), TEXT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolnearReader.readSplit(dir));
    assertEquals("Cannot read PolNeAR article a: no attributions/a_*.ann", e.getMessage());
  }

  @Test

  @NeedsSharedData
  void theDevSplitHasItsEightyFourArticles() {
    List<GoldArticle> dev = PolnearReader.readSplit(SharedData.path("gold/quotes-polnear/data/dev"));
    assertEquals(84, dev.size());
    // a fifth of PolNeAR's attributions are direct quotes (issue 4)
    long direct = dev.stream().flatMap(a -> a.attributions().stream().filter(x -> AttributionScorer.isDirect(a.text(), x)))
        .count();
    long all = dev.stream().mapToLong(a -> a.attributions().size()).sum();
    assertTrue(direct * 10 > all && direct * 10 < all * 3, direct + " of " + all);
  }
}

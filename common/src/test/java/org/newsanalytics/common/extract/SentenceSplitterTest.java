package org.newsanalytics.common.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
  }

  @Test
  void splitsAtFullStopsBeforeACapital() {
    assertEquals(List.of("Talks ended.", "Both sides left.", "\"We will return,\" he said."),
        sentences("Talks ended. Both sides left. \"We will return,\" he said."));
  }

  @Test
  void paragraphBreaksAlwaysEndASentence() {
    assertEquals(List.of("Kyiv under fire", "Drones struck overnight."), sentences("Kyiv under fire\n\nDrones struck overnight."));
  }

  @Test
  void keepsNamesWithAbbreviationsTogether() {
    assertEquals(List.of("Results from the U.S. Open at Flushing Meadows."),
        sentences("Results from the U.S. Open at Flushing Meadows."));
    assertEquals(List.of("Analyst at A.G. Edwards & Sons in St. Louis said so."),
        sentences("Analyst at A.G. Edwards & Sons in St. Louis said so."));
    assertEquals(List.of("Mr. Smith met Dr. Jones and John F. Kennedy Jr. Today."),
        sentences("Mr. Smith met Dr. Jones and John F. Kennedy Jr. Today."));
  }

  @Test
  void stateAbbreviationsOnlyWhenCapitalised() {
    assertEquals(List.of("It was based in Tampa, Fla. Nobody else was."),
        sentences("It was based in Tampa, Fla. Nobody else was."));
    // "ill" is a word here, so the sentence ends
    assertEquals(List.of("He fell ill.", "Doctors came."), sentences("He fell ill. Doctors came."));
  }

  @Test
  void numbersAndHyphenatedAbbreviationsDoNotEndSentences() {
    assertEquals(List.of("Growth was 3.5 percent in the U.S.-led bloc."),
        sentences("Growth was 3.5 percent in the U.S.-led bloc."));
  }

  @Test
  void sentenceIndicesFollowTextOrder() {
    List<SentenceSpan> spans = SentenceSplitter.split("One. Two. Three.");
    assertEquals(List.of(0, 1, 2), spans.stream().map(SentenceSpan::index).toList());
  }
}

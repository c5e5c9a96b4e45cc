package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Who sanctions whom, and whether it happened: passive agents, "yet to" and "has not", generic
 * plurals and questions. Sentences written for this test ('-' for none).
 */
class SanctionShapesTest {
  private static final EventFinder FINDER = EventFinder.withBundledRules();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Moscow will answer every sanction imposed by Tokyo, the ministry said.           | Tokyo          | Russia  | occurred",
      "Hungary is among the few EU members that has yet to impose sanctions on the bank. | Hungary        | -       | negated",
      "Norway has not imposed sanctions on the airline.                                  | Norway         | -       | negated",
      "Sanctions rarely change a government's behaviour, economists argue.               | -              | -       | hypothetical",
      "Sanctions have a patchy record against large economies.                           | -              | -       | hypothetical",
      "Lifting the embargo on fertiliser now?                                            | -              | -       | hypothetical",
      "The EU imposed sanctions on three Iranian generals on Monday.                     | European Union | Iran    | occurred",
      "Canada announced it would freeze the assets of four banks.                        | Canada         | -       | planned",
      "Kyiv was hit by Russian missiles overnight.                                       | Russia         | Ukraine | occurred"})
  void actorTargetStatus(String sentence, String actor, String target, String status) {
    List<EventMention> ms = FINDER.find(new ArticleDoc("a", LocalDate.of(2024, 4, 1), sentence,
        SentenceSplitter.split(sentence), List.of())).stream()
        .filter(m -> m.eventType().equals("SANCTION") || m.eventType().equals("ATTACK")).toList();
    EventMention m = ms.get(0);
    assertEquals(status, m.status(), sentence);
    assertEquals(actor, m.actor() == null ? "-" : m.actor(), sentence);
    assertEquals(target, m.target() == null ? "-" : m.target(), sentence);
  }

  /** Boycotts by voters, parties or shoppers and rallies "not sanctioned" by a city are no sanctions. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Two opposition parties boycotted the regional election.",
      "Students boycotted classes for a week over the fee rise.",
      "The march was not sanctioned by the city authorities, organisers admitted."})
  void notSanctions(String sentence) {
    List<EventMention> ms = FINDER.find(new ArticleDoc("a", LocalDate.of(2024, 4, 1), sentence,
        SentenceSplitter.split(sentence), List.of())).stream().filter(m -> m.eventType().equals("SANCTION")).toList();
    assertTrue(ms.isEmpty(), sentence + " -> " + ms);
  }
}

package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

/** TALKS mentions carry their kind as event_mode. Sentences written for this test. */
class TalkKindsTest {
  private static final EventFinder FINDER = EventFinder.withBundledRules();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The two presidents spoke by phone on Tuesday about grain exports.                    | phone_call",
      "The chancellor held a telephone conversation with the prime minister.               | phone_call",
      "Leaders will discuss energy at the summit in Lisbon next month.                       | summit",
      "Delegations of the two warring sides met for a fourth round of talks near the border. | negotiation_round",
      "Peace talks mediated by the Swiss resumed in Geneva.                                  | negotiation_round",
      "The foreign minister met with his Hungarian counterpart in Budapest.                  | bilateral_meeting",
      "Envoys will open strategic stability talks in Vienna on Monday.                       | negotiation_round",
      "The ambassadors held talks at a session of the NATO-Russia Council in Brussels.       | negotiation_round",
      "During the conversation they reviewed last week's talks on security guarantees.      | negotiation_round",
      "In a long phone call the leaders reviewed trade and energy prices.                    | phone_call"})
  void kindOfTalks(String sentence, String kind) {
    List<EventMention> talks = FINDER.find(new ArticleDoc("a", LocalDate.of(2024, 2, 1), sentence,
        SentenceSplitter.split(sentence), List.of())).stream().filter(m -> m.eventType().equals("TALKS")).toList();
    assertEquals(kind, talks.get(0).eventMode(), sentence);
  }
}

package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * A negotiation round is one meeting the text places: by a venue, a date or a round number.
 * Negotiations in general ("the progress of peace talks") are kind {@code negotiations}; a
 * sentence can report several rounds; a "recent" round without a date is marked for the
 * clusterer to join the round it recalls. Sentences written for this test.
 */
class NegotiationRoundsTest {
  private static final EventFinder FINDER = EventFinder.withBundledRules();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 1);

  private static List<EventMention> talks(String text) {
    return FINDER.find(new ArticleDoc("a", PUBLISHED, text, SentenceSplitter.split(text), List.of())).stream()
        .filter(m -> m.eventType().equals("TALKS")).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The minister spoke about the progress of peace talks with the rebels.               | negotiations",
      "There are talks between the security advisers of both countries.                    | negotiations",
      "Two rounds of talks were held between the envoys in Oslo and Rome.                  | negotiations",
      "Peace talks between the government and the rebels resumed in Oslo.                  | negotiation_round",
      "Peace talks between the government and the rebels will resume on February 12.       | negotiation_round",
      "The delegations of the two sides held a third round of talks.                       | negotiation_round"})
  void aRoundNeedsAVenueADateOrANumber(String sentence, String kind) {
    assertEquals(kind, talks(sentence).get(0).eventMode(), sentence);
  }

  @Test
  void twoVenuesWithTheirDatesAreTwoRounds() {
    List<EventMention> t = talks("Officials said the security talks would be held first in Oslo on February 6 and then "
        + "at a session of the alliance council in Rome on February 8.");
    assertEquals(2, t.size(), t.toString());
    assertEquals("Oslo", t.get(0).location());
    assertEquals(LocalDate.of(2024, 2, 6), t.get(0).eventDate());
    assertEquals("Rome", t.get(1).location());
    assertEquals(LocalDate.of(2024, 2, 8), t.get(1).eventDate());
    assertEquals("Rome", "Officials said the security talks would be held first in Oslo on February 6 and then at a "
        .concat("session of the alliance council in Rome on February 8.").substring(t.get(1).begin(), t.get(1).end()),
        "a further round is placed at its venue: its own span, its own mention_id");
  }

  @Test
  void aSecondTriggerWithItsOwnVenueIsAnotherRound() {
    List<EventMention> t = talks("The ministers reviewed the recent security talks in Oslo and the advisers' meeting "
        + "in Rome.");
    assertEquals(List.of("Oslo", "Rome"), t.stream().map(EventMention::location).toList(), t.toString());
  }

  @Test
  void aRecentRoundWithoutADateIsMarkedRecent() {
    EventMention m = talks("The presidents discussed the recent peace talks in Oslo.").get(0);
    assertEquals("negotiation_round", m.eventMode());
    assertEquals(EventFinder.RECENT_PRECISION, m.datePrecision());
    EventMention lastWeek = talks("The envoy was appointed last week and headed the peace talks in Oslo.").get(0);
    assertEquals("unknown", lastWeek.datePrecision(), "'last week' dates the clause, it is no recent cue");
  }

  @Test
  void aSpanStartDoesNotDateTheRound() {
    EventMention m = talks("He flew to Oslo for the second meeting of the negotiators since the beginning of 2024.")
        .get(0);
    assertEquals("unknown", m.datePrecision(), m.toString());
  }

  @Test
  void aPossessiveDateAfterFromDatesTheEvent() {
    String text = "The toll from Friday's shelling of the depot rose to nine, the governor said on Sunday.";
    EventMention m = FINDER.find(new ArticleDoc("a", PUBLISHED, text, SentenceSplitter.split(text), List.of())).stream()
        .filter(e -> e.eventType().equals("ATTACK")).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2024, 1, 26), m.eventDate(), m.toString());
  }
}

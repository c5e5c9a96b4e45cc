package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

class EventFinderTest {
  private static final EventFinder FINDER = EventFinder.withBundledRules();
  /** Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 28);

  private static List<EventMention> find(String text, List<EntityMention> entities) {
    return FINDER.find(new ArticleDoc("a", PUBLISHED, text, SentenceSplitter.split(text), entities));
  }

  @Test
  void entitiesGiveActorAndTargetWithTheirCanonicalNames() {
    String text = "Kremlin forces attacked Kharkiv overnight.";
    List<EntityMention> entities = List.of(
        new EntityMention(0, 0, 7, "Kremlin", "GOVERNMENT", "Russian Government", "gazetteer", 1.0),
        new EntityMention(0, 24, 31, "Kharkiv", "CITY", "Kharkiv", "gazetteer", 1.0));
    EventMention m = find(text, entities).get(0);
    assertEquals("ATTACK", m.eventType());
    assertEquals("Russian Government", m.actor());
    assertEquals("Kharkiv", m.target());
  }

  @Test
  void aProposedMeetingOnABareWeekdayIsTheComingOne() {
    EventMention m = find("Russia proposes a second round of talks with Ukraine on Monday.", List.of()).get(0);
    assertEquals("called_for", m.status());
    assertEquals(LocalDate.of(2025, 6, 2), m.eventDate());
    assertEquals(2, m.talkRound());
  }

  @Test
  void excludedPhrasesAreNotEvents() {
    assertEquals(List.of(), find("Dock workers went on strike and a hunger strike began.", List.of()));
  }

  @Test
  void aDateInAnotherClauseDoesNotDateTheEvent() {
    EventMention m = find("He was appointed last week and headed the delegation at the talks.", List.of()).get(0);
    assertEquals("unknown", m.datePrecision());
    assertEquals(PUBLISHED, m.eventDate());
    assertNull(m.dateText());
  }

  @Test
  void followUpSentencesContinueATalksMention() {
    List<EventMention> ms = find("The talks would take place on Friday. They would take place in Istanbul.", List.of());
    assertEquals(2, ms.size(), ms.toString());
    assertEquals("take place", ms.get(1).triggerText());
    assertEquals(0.5, ms.get(1).confidence());
  }
}

package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.testing.NeedsSharedData;
import org.newsanalytics.common.testing.SharedData;

/** The acceptance cases of issue 5 on the seed article (published Tuesday 2025-07-22), without entities. */
@NeedsSharedData
class SeedArticleTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 22);
  private static List<EventMention> mentions;

  @BeforeAll
  static void findEvents() throws Exception {
    Path seed = SharedData.path("seed/000_d2f89d4ea617fe1b.txt");
    String raw = Files.readString(seed, StandardCharsets.UTF_8);
    // the seed's header shares its line with the first sentence: " date 2025-07-22 Peace talks..."
    Matcher header = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+").matcher(raw);
    assertTrue(header.find(), "seed header");
    assertEquals(PUBLISHED, LocalDate.parse(header.group(1)));
    String text = raw.substring(header.end());
    mentions = EventFinder.withBundledRules().find(new ArticleDoc("seed", PUBLISHED, text, SentenceSplitter.split(text),
        List.of()));
  }

  private static List<EventMention> where(String type, Predicate<EventMention> p) {
    return mentions.stream().filter(m -> m.eventType().equals(type)).filter(p).toList();
  }

  private static void exactlyOne(String what, List<EventMention> found) {
    assertEquals(1, found.size(), what + ": " + found);
  }

  @Test
  void russianMissileAndDroneAttackOnMondayNight() {
    List<EventMention> found = where("ATTACK", m -> m.eventDate().equals(LocalDate.of(2025, 7, 21)));
    exactlyOne("ATTACK on 2025-07-21", found);
    EventMention a = found.get(0);
    assertEquals("missile,drone", a.eventMode());
    assertEquals(2, a.killed());
    assertEquals(15, a.injured());
    assertEquals("Russia", a.actor());
    assertEquals("Ukraine", a.target());
    assertEquals("occurred", a.status());
    assertEquals("day", a.datePrecision());
    assertEquals("Monday night", a.dateText());
  }

  @Test
  void ukrainianLongRangeDroneAttack() {
    exactlyOne("Ukrainian drone ATTACK", where("ATTACK", m -> "Ukraine".equals(m.actor()) && "drone".equals(m.eventMode())
        && m.sentenceText().contains("long-range")));
  }

  @Test
  void theFirstTwoRoundsInIstanbul() {
    List<EventMention> rounds = where("TALKS", m -> "Istanbul".equals(m.location()));
    assertEquals(List.of(LocalDate.of(2025, 5, 16), LocalDate.of(2025, 6, 2)),
        rounds.stream().map(EventMention::eventDate).toList());
    assertEquals(List.of(1, 2), rounds.stream().map(EventMention::talkRound).toList());
    assertTrue(rounds.stream().allMatch(m -> m.status().equals("occurred")), rounds.toString());
  }

  @Test
  void talksPlannedForWednesdayAndTheLaterReportOfThursday() {
    List<EventMention> wednesday = where("TALKS", m -> m.eventDate().equals(LocalDate.of(2025, 7, 23)));
    assertTrue(wednesday.size() >= 2, wednesday.toString());
    assertTrue(wednesday.stream().allMatch(m -> m.status().equals("planned")), wednesday.toString());
    assertEquals("Turkey", wednesday.get(0).location());
    exactlyOne("TALKS on Thursday", where("TALKS", m -> m.eventDate().equals(LocalDate.of(2025, 7, 24))
        && m.status().equals("planned")));
  }

  @Test
  void sanctionThreatenedByTrumpAndProposedByBarrot() {
    exactlyOne("Trump's threat", where("SANCTION", m -> "Trump".equals(m.actor()) && m.status().equals("threatened")
        && "Russia".equals(m.target())));
    exactlyOne("Barrot's proposal", where("SANCTION", m -> "Barrot".equals(m.actor())
        && m.status().equals("called_for")));
  }

  @Test
  void ceasefireCalledForRejectedAndNegated() {
    exactlyOne("called for", where("CEASEFIRE", m -> m.status().equals("called_for")));
    exactlyOne("rejected", where("CEASEFIRE", m -> m.status().equals("rejected")));
    assertEquals(2, where("CEASEFIRE", m -> m.status().equals("negated")).size());
  }

  @Test
  void prisonerExchangePlannedAndOccurred() {
    assertTrue(!where("PRISONER_EXCHANGE", m -> m.status().equals("planned")).isEmpty(), mentions.toString());
    exactlyOne("exchange that followed the rounds", where("PRISONER_EXCHANGE", m -> m.status().equals("occurred")));
  }

  @Test
  void putinTurnedDownAMeeting() {
    exactlyOne("rejected meeting", where("TALKS", m -> m.status().equals("rejected")));
  }

  @Test
  void undatedMentionsTakeThePublicationDateWithUnknownPrecision() {
    List<EventMention> firstTwo = where("TALKS", m -> m.sentenceText().contains("first two rounds"));
    assertEquals(List.of(1, 2), firstTwo.stream().map(EventMention::talkRound).toList());
    assertTrue(firstTwo.stream().allMatch(m -> m.eventDate().equals(PUBLISHED) && m.datePrecision().equals("unknown")
        && m.dateText() == null), firstTwo.toString());
  }
}

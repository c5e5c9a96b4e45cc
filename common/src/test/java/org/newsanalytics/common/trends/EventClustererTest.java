package org.newsanalytics.common.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventClustererTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 6, 16);

  private static MentionRecord attack(String id, String article, String source, int daysAfter, LocalDate date,
      String precision, String location, Integer killed, Integer injured) {
    return new MentionRecord(id, article, source, Instant.parse("2025-06-16T12:00:00Z").plusSeconds(86_400L * daysAfter),
        "ATTACK", "missile", date, precision, location, "Russia", "Ukraine", "occurred", killed, injured, null);
  }

  @Test
  void oneAttackReportedByFiveArticlesIsOneEventWithTheSmallestCasualtyFigure() {
    List<MentionRecord> mentions = List.of(
        attack("m1", "a1", "wire", 0, MONDAY, "day", "Dnipro", 9, 40),
        attack("m2", "a2", "paper", 1, MONDAY, "day", "Dnipro", 14, 50),
        attack("m3", "a3", "tv", 3, MONDAY, "day", null, 15, null),
        attack("m4", "a4", "blog", 1, MONDAY.plusDays(1), "unknown", "Dnipro", null, null),
        attack("m5", "a5", "wire", 2, MONDAY, "day", "Dnipro", 12, 45));
    List<EventCluster> events = new EventClusterer().cluster(mentions);
    assertEquals(1, events.size());
    EventCluster e = events.get(0);
    assertEquals(5, e.mentionCount());
    assertEquals(5, e.articleCount());
    assertEquals(4, e.sourceCount());
    assertEquals(9, e.killed());
    assertEquals(40, e.injured());
    assertEquals(MONDAY, e.eventDate());
    assertEquals("Dnipro", e.location());
    assertEquals(Instant.parse("2025-06-16T12:00:00Z"), e.firstReportedAt());
  }

  @Test
  void twoAttacksOnTheSameDayInDifferentCitiesStayTwo() {
    List<EventCluster> events = new EventClusterer().cluster(List.of(
        attack("m1", "a1", "wire", 0, MONDAY, "day", "Odesa", 1, 3),
        attack("m2", "a1", "wire", 0, MONDAY, "day", "Kyiv", 1, 14)));
    assertEquals(2, events.size());
  }

  @Test
  void attacksFarApartInTimeStaySeparateEvenInOneCity() {
    List<EventCluster> events = new EventClusterer().cluster(List.of(
        attack("m1", "a1", "wire", 0, MONDAY, "day", "Kharkiv", 3, 21),
        attack("m2", "a2", "wire", 9, MONDAY.plusDays(9), "day", "Kharkiv", 2, 5)));
    assertEquals(2, events.size());
  }

  @Test
  void aPlannedRoundThatLaterOccursIsOneRound() {
    MentionRecord planned = new MentionRecord("t1", "a1", "wire", Instant.parse("2025-07-22T08:00:00Z"), "TALKS", null,
        LocalDate.of(2025, 7, 23), "day", "Istanbul", "Ukraine", "Russia", "planned", null, null, 3);
    MentionRecord held = new MentionRecord("t2", "a2", "wire", Instant.parse("2025-07-23T20:00:00Z"), "TALKS", null,
        LocalDate.of(2025, 7, 23), "day", "Istanbul", "Russia", "Ukraine", "occurred", null, null, 3);
    MentionRecord recalled = new MentionRecord("t3", "a3", "paper", Instant.parse("2025-08-10T08:00:00Z"), "TALKS", null,
        LocalDate.of(2025, 8, 10), "unknown", null, null, null, "occurred", null, null, 3);
    MentionRecord second = new MentionRecord("t4", "a3", "paper", Instant.parse("2025-08-10T08:00:00Z"), "TALKS", null,
        LocalDate.of(2025, 6, 2), "day", "Istanbul", null, null, "occurred", null, null, 2);
    List<EventCluster> rounds = new EventClusterer().cluster(List.of(planned, held, recalled, second));
    assertEquals(2, rounds.size());
    EventCluster third = rounds.stream().filter(r -> r.talkRound() == 3).findFirst().orElseThrow();
    assertEquals("occurred", third.status());
    assertEquals(3, third.mentionCount());
    assertEquals(LocalDate.of(2025, 7, 23), third.eventDate());
    assertNull(third.killed());
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<MentionRecord> mentions = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      mentions.add(attack("m" + i, "a" + (i % 7), "s" + (i % 3), i % 4, MONDAY.plusDays(i % 10), i % 2 == 0 ? "day" : "week",
          i % 3 == 0 ? null : "City" + (i % 2), i, i + 1));
    }
    List<EventCluster> expected = new EventClusterer().cluster(mentions);
    Random random = new Random(7);
    for (int k = 0; k < 5; k++) {
      Collections.shuffle(mentions, random);
      assertEquals(expected, new EventClusterer().cluster(mentions));
    }
  }

  private static MentionRecord round(String id, LocalDate date, String precision, String location, String actor) {
    return new MentionRecord(id, "a-" + id, "wire", Instant.parse("2025-06-16T12:00:00Z"), "TALKS", "negotiation_round",
        date, precision, location, actor, null, "occurred", null, null, null);
  }

  @Test
  void aRecentReportJoinsTheRoundOfTheMonthBeforeAtItsVenue() {
    List<EventCluster> events = new EventClusterer().cluster(List.of(
        round("r1", MONDAY, "day", "Oslo", "Norway"),
        round("r2", MONDAY.plusDays(12), "recent", "Oslo", "Sweden"),
        round("r3", MONDAY.plusDays(20), "recent", "Oslo", null)));
    assertEquals(1, events.size(), events.toString());
    assertEquals(MONDAY, events.get(0).eventDate());
    assertEquals("day", events.get(0).datePrecision());
  }

  @Test
  void aRecentReportDoesNotReachBackMoreThanAMonthNorJoinAnotherVenue() {
    assertEquals(2, new EventClusterer().cluster(List.of(
        round("r1", MONDAY, "day", "Oslo", null),
        round("r2", MONDAY.plusDays(40), "recent", "Oslo", null))).size());
    assertEquals(2, new EventClusterer().cluster(List.of(
        round("r1", MONDAY, "day", "Oslo", null),
        round("r2", MONDAY.plusDays(5), "recent", "Rome", null))).size());
  }

  @Test
  void anUnknownDateReportNeedsTheUsualTwoDays() {
    assertEquals(2, new EventClusterer().cluster(List.of(
        round("r1", MONDAY, "day", "Oslo", null),
        round("r2", MONDAY.plusDays(12), "unknown", "Oslo", null))).size());
  }
}

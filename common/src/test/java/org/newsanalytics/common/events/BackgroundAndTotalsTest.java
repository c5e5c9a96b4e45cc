package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Running totals are no attack's casualties, and history recalled is background, not news.
 * Sentences written for this test in the shapes of the issue, none taken from a corpus.
 */
class BackgroundAndTotalsTest {
  private static final EventFinder FINDER = EventFinder.withBundledRules();
  private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 10);

  private static List<EventMention> attacks(String text) {
    return FINDER.find(new ArticleDoc("a", PUBLISHED, text, SentenceSplitter.split(text), List.of())).stream()
        .filter(m -> m.eventType().equals("ATTACK")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Months of heavy shelling have killed at least 17,000 residents by the city council's estimates.",
      "More than 6,000 troops have been killed since the offensive began, the ministry said.",
      "Over 3,500 civilians killed since the army invaded the region were buried in mass graves.",
      "The militia pressed on with an insurgency that has killed thousands.",
      "Air raids have killed 2,400 people in the province over the past two years.",
      "Bombing in the valley has killed a total of 830 villagers, an aid group said.",
      "Over 9,000 soldiers and volunteers killed in this long war were remembered at the memorial.",
      "Some 2,300 officers and civilians killed in the war are buried on the hill above the town.",
      "Rebels attacked the town again; the war has killed 40,000 people to date."})
  void runningTotalsGiveNoCasualties(String sentence) {
    List<EventMention> ms = attacks(sentence);
    assertTrue(ms.stream().allMatch(m -> m.killed() == null), sentence + " -> " + ms);
  }

  @Test
  void aSingleStrikeKeepsItsToll() {
    EventMention m = attacks("A missile strike on the station killed 59 people.").get(0);
    assertEquals(59, m.killed());
    EventMention d = attacks("A drone hit a minibus near the border on Tuesday, killing seven passengers and "
        + "wounding four.").get(0);
    assertEquals(7, d.killed());
    assertEquals(4, d.injured());
    assertEquals("occurred", d.status());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The city was bombed in 1943 and rebuilt afterwards.",
      "The shelling has gone on since 2014, the mayor recalled.",
      "Over the past eight years the front has seen constant fighting.",
      "Veterans marked the anniversary of the massacre with a march.",
      "The fortress was stormed centuries ago by a northern army."})
  void historyIsBackground(String sentence) {
    List<EventMention> ms = attacks(sentence);
    assertTrue(!ms.isEmpty() && ms.stream().allMatch(m -> m.status().equals("background")), sentence + " -> " + ms);
    ms.forEach(m -> assertNull(m.killed()));
  }
}

package org.newsanalytics.common.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsanalytics.common.ingest.DuplicateGroups.Link;

class DuplicateGroupsTest {
  private static final long T0 = 1_753_142_400_000L; // 2025-07-22T00:00:00Z
  private static final long HOUR = 3_600_000L;

  static Stream<Arguments> chains() {
    // a (earliest) - b - c, linked only through b; the links name the pair in either order
    return Stream.of(
        Arguments.of("a-b, b-c", List.of(new Link("a", T0, "b", T0 + HOUR), new Link("b", T0 + HOUR, "c", T0 + 2 * HOUR))),
        Arguments.of("b-c, a-b", List.of(new Link("b", T0 + HOUR, "c", T0 + 2 * HOUR), new Link("a", T0, "b", T0 + HOUR))),
        Arguments.of("c-b, b-a", List.of(new Link("c", T0 + 2 * HOUR, "b", T0 + HOUR), new Link("b", T0 + HOUR, "a", T0))),
        Arguments.of("a-b, b-c, c-a", List.of(new Link("a", T0, "b", T0 + HOUR), new Link("b", T0 + HOUR, "c", T0 + 2 * HOUR),
            new Link("c", T0 + 2 * HOUR, "a", T0))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("chains")
  void aChainPointsAtItsEarliestArticle(String what, List<Link> links) {
    DuplicateGroups groups = new DuplicateGroups(links);

    assertEquals("a", groups.originalOf("a"));
    assertEquals("a", groups.originalOf("b"));
    assertEquals("a", groups.originalOf("c"));
    assertEquals(Map.of("b", "a", "c", "a"), groups.copies());
  }

  @Test
  void theEarliestWinsEvenWhenItIsInTheMiddleOfTheChain() {
    // x - m - y where m is the earliest: both ends are copies of m
    DuplicateGroups groups = new DuplicateGroups(List.of(
        new Link("x", T0 + HOUR, "m", T0), new Link("m", T0, "y", T0 + 2 * HOUR)));

    assertEquals(Map.of("x", "m", "y", "m"), groups.copies());
  }

  @Test
  void tiesOnTimeGoToTheSmallerId() {
    DuplicateGroups groups = new DuplicateGroups(List.of(
        new Link("id-9", T0, "id-3", T0), new Link("id-3", T0, "id-5", T0)));

    assertEquals(Map.of("id-9", "id-3", "id-5", "id-3"), groups.copies());
  }

  @Test
  void timeBeatsId() {
    DuplicateGroups groups = new DuplicateGroups(List.of(new Link("aaa", T0 + 1, "zzz", T0)));

    assertEquals(Map.of("aaa", "zzz"), groups.copies());
  }

  @Test
  void independentGroupsStaySeparate() {
    DuplicateGroups groups = new DuplicateGroups(List.of(
        new Link("a1", T0, "a2", T0 + HOUR),
        new Link("b2", T0 - HOUR, "b1", T0 - 2 * HOUR),
        new Link("a2", T0 + HOUR, "a3", T0 + 3 * HOUR)));

    assertEquals(Map.of("a2", "a1", "a3", "a1", "b2", "b1"), groups.copies());
  }

  @Test
  void anArticleWithoutCopiesIsItsOwnOriginal() {
    DuplicateGroups groups = new DuplicateGroups(List.of(new Link("a", T0, "b", T0 + 1)));

    assertEquals("lonely", groups.originalOf("lonely"));
    assertEquals(Map.of(), new DuplicateGroups(List.of()).copies());
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<Link> links = new ArrayList<>();
    // three groups of five, times descending with the id so the original is the last id of each group,
    // plus two same-time articles in group g2
    for (String g : List.of("g0", "g1", "g2")) {
      for (int i = 0; i < 4; i++) {
        links.add(new Link(g + "-" + i, T0 + (10 - i) * HOUR, g + "-" + (i + 1), T0 + (10 - i - 1) * HOUR));
      }
    }
    links.add(new Link("g2-4", T0 + 6 * HOUR, "g2-0b", T0 + 6 * HOUR));
    Map<String, String> expected = Map.ofEntries(
        Map.entry("g0-0", "g0-4"), Map.entry("g0-1", "g0-4"), Map.entry("g0-2", "g0-4"), Map.entry("g0-3", "g0-4"),
        Map.entry("g1-0", "g1-4"), Map.entry("g1-1", "g1-4"), Map.entry("g1-2", "g1-4"), Map.entry("g1-3", "g1-4"),
        Map.entry("g2-0", "g2-0b"), Map.entry("g2-1", "g2-0b"), Map.entry("g2-2", "g2-0b"), Map.entry("g2-3", "g2-0b"),
        Map.entry("g2-4", "g2-0b"));

    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      List<Link> shuffled = new ArrayList<>(links);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, new DuplicateGroups(shuffled).copies(), "order " + shuffled);
    }
  }
}

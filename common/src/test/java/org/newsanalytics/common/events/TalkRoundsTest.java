package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TalkRoundsTest {
  @Test
  void firstTwoRoundsAreRoundsOneAndTwo() {
    assertEquals(List.of(1, 2), TalkRounds.parse("Umerov headed the first two rounds of talks with Russia."));
  }

  @Test
  void ordinalRound() {
    assertEquals(List.of(3), TalkRounds.parse("Putin said he was open to a third round of talks."));
    assertEquals(List.of(2), TalkRounds.parse("a second round is planned for Monday"));
    assertEquals(List.of(3), TalkRounds.parse("the 3rd round ended in under an hour"));
  }

  @Test
  void roundsHeldSoFarAreNumberedFromOne() {
    assertEquals(List.of(1, 2), TalkRounds.parse("Ukraine and Russia have held two rounds of talks in Istanbul"));
  }

  @Test
  void roundNumberAfterTheWord() {
    assertEquals(List.of(4), TalkRounds.parse("Round 4 of the talks opened in Geneva"));
  }

  @Test
  void aNewRoundWithoutItsNumberHasNone() {
    assertEquals(List.of(), TalkRounds.parse("Peace talks - the first in seven weeks - are planned for Wednesday"));
    assertEquals(List.of(), TalkRounds.parse("another round of talks is expected"));
  }
}

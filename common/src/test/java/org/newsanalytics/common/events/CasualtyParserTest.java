package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtyParserTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      including missiles and hundreds of drones on Monday night that killed two people and injured 15 | 2  | 15
      the strike killed at least nine people and wounded dozens                                        | 9  | 12
      at least 12 dead and dozens wounded in Kyiv                                                      | 12 | 12
      dozens of people were wounded                                                                    | -  | 12
      a guided bomb hit the city, killing three people and injuring 21                                 | 3  | 21
      the death toll has risen to 14, with more than 50 wounded                                        | 14 | 50
      shelling killed one person and wounded 24                                                        | 1  | 24
      two civilians died and five were injured                                                         | 2  | 5
      tens of people were hurt                                                                         | -  | 10
      hundreds of civilians were killed                                                                | 100| -
      the strike killed 1,200 soldiers                                                                 | 1200| -
      more than 470 drones were launched                                                               | -  | -
      killed in 2022 during the siege                                                                  | -  | -
      prices rose 15 percent                                                                           | -  | -
      twelve civilians killed in the war zone on Sunday were named by the mayor                         | 12 | -
      Death toll from Dnipro missile strike rises to 14                                                | 14 | -
      The number of people killed in Tuesday's strike on Dnipro has risen to 15                        | 15 | -
      """)
  void readsKilledAndInjured(String sentence, Integer killed, Integer injured) {
    Casualties c = CasualtyParser.parse(sentence);
    assertEquals(Optional.ofNullable(killed), c.killed(), "killed");
    assertEquals(Optional.ofNullable(injured), c.injured(), "injured");
  }
}

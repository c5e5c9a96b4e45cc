package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusClassifierTest {
  /** The trigger is the bracketed word; the brackets are removed before classifying. */
  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Peace [talks] between Ukraine and Russia are planned for Wednesday in Turkey              | false | PLANNED
      Trump said he would impose new [sanctions] in 50 days on Russia if there is no deal        | true  | THREATENED
      No [ceasefire] breakthrough                                                                | false | NEGATED
      the two sides have made no breakthrough towards a [ceasefire]                              | false | NEGATED
      Putin turned down a previous challenge from Zelenskiyy to [meet] him in person             | false | REJECTED
      Ukraine has backed U.S. calls for an immediate [ceasefire]                                 | false | CALLED_FOR
      Barrot noted Russia's refusal to implement an immediate [ceasefire]                        | false | REJECTED
      Barrot said he favoured devising an even tougher [sanctions] package                       | true  | CALLED_FOR
      Moscow says arrangements must be in place before a [ceasefire] can be introduced           | false | HYPOTHETICAL
      if Putin did not agree to a [ceasefire]                                                    | false | HYPOTHETICAL
      Russia threatened new [strikes] on Kyiv                                                    | true  | THREATENED
      Russian forces have launched sustained [attacks] on Ukrainian cities                       | true  | OCCURRED
      talks in Istanbul on May 16 and June 2, that led to the [exchange] of prisoners            | false | OCCURRED
      in preparation for a prisoner [exchange] and another meeting                               | false | PLANNED
      the EU adopted its 18th [sanctions] package on Friday                                      | true  | OCCURRED
      Russia says it doesn't want to [attack]                                                    | true  | NEGATED
      """)
  void classifiesTheIssueCases(String marked, boolean coercive, EventStatus expected) {
    int b = marked.indexOf('[');
    int e = marked.indexOf(']') - 1;
    String sentence = marked.replace("[", "").replace("]", "");
    assertEquals(expected, StatusClassifier.classify(sentence, b, e, coercive));
  }
}

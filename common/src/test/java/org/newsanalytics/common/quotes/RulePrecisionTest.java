package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulePrecisionTest {
  @Test
  void aRuleMeasuredOnTooFewQuotesKeepsTheEstimate() throws Exception {
    Map<String, Double> m = RulePrecision.parse(new BufferedReader(new StringReader(
        "# header\nSaidAfterQuote\t3120\t0.938\nDashSignature\t7\t1.000\n")));
    assertEquals(Map.of("SaidAfterQuote", 0.938), m);
  }

  @Test
  void aMalformedLineIsAClearError() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> RulePrecision.parse(new BufferedReader(new StringReader("SaidAfterQuote\t0.9\n"))));
    assertTrue(e.getMessage().contains("line 1: expected rule, predictions and precision"), e.getMessage());
  }

  @Test
  void theShippedFileWasMeasuredOnTrainAndNamesOnlyKnownRules() throws Exception {
    Set<String> labels = Arrays.stream(AttributionRule.values()).map(AttributionRule::label).collect(Collectors.toSet());
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getClassLoader().getResourceAsStream(RulePrecision.RESOURCE), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      assertTrue(header.endsWith("measured on PolNeAR train"), header);
      in.lines().filter(l -> !l.startsWith("#")).forEach(l -> assertTrue(labels.contains(l.split("\t")[0]), l));
    }
  }

  @Test
  void aQuoteWithASpeakerCarriesItsRulesMeasuredPrecision() {
    var quotes = QuoteFinderTest.find("\"The dam will hold,\" Rosa Delgado said.");
    double measured = RulePrecision.confidence(AttributionRule.SAID_AFTER_QUOTE, -1);
    assertTrue(measured > 0 && measured <= 1, "SaidAfterQuote is measured on enough train quotes");
    assertEquals(measured, quotes.get(0).confidence());
  }
}

package org.newsanalytics.common.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.newsanalytics.common.text.BundledRules;

/**
 * The confidence of a quote is the strict precision its attribution rule measured on PolNeAR train
 * ({@code rules/quote-rule-precision.tsv}, written by {@code evaluate quotes --split train --per-sieve
 * --write-precision FILE}, never typed by hand). A rule measured on fewer than {@link #MIN_PREDICTIONS}
 * quotes, or missing from the file, keeps the finder's own estimate.
 */
final class RulePrecision {
  static final String RESOURCE = BundledRules.QUOTE_RULE_PRECISION.resource();
  static final int MIN_PREDICTIONS = 20;
  private static final Map<String, Double> MEASURED = load();

  private RulePrecision() {}

  /** The measured precision of the rule, else {@code estimate}. */
  static double confidence(AttributionRule rule, double estimate) {
    return MEASURED.getOrDefault(rule.label(), estimate);
  }

  static Map<String, Double> parse(BufferedReader in) throws IOException {
    Map<String, Double> out = new HashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new QuoteRulesException(RESOURCE + " line " + n + ": expected rule, predictions and precision, got: " + line);
      }
      try {
        if (Integer.parseInt(f[1].strip()) >= MIN_PREDICTIONS) {
          out.put(f[0].strip(), Double.parseDouble(f[2].strip()));
        }
      } catch (NumberFormatException e) {
        throw new QuoteRulesException(RESOURCE + " line " + n + ": not a number in: " + line);
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Double> load() {
    InputStream stream = RulePrecision.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (stream == null) {
      return Map.of();
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}

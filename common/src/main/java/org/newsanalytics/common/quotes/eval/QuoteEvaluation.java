package org.newsanalytics.common.quotes.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Function;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.quotes.QuoteFinder;

/**
 * Runs the quote finder over a PolNeAR split and scores it. The gold articles carry no entity
 * mentions, so speakers come from the finder's own name rules, as they would for an article the
 * NER model misses.
 */
public final class QuoteEvaluation {
  private QuoteEvaluation() {}

  public static QuoteScores evaluate(Path splitDir, QuoteFinder finder) {
    return run(splitDir, finder::find).scores();
  }

  /** Count and strict precision per attribution rule over all attributions of the split. */
  public static SortedMap<String, Counts> perRule(Path splitDir, QuoteFinder finder) {
    return run(splitDir, finder::find).perRule();
  }

  /** The gold articles of a split and the quotes {@code quotesOf} finds in each, scored on demand. */
  public record Run(List<GoldArticle> gold, List<List<Quote>> predicted) {
    public QuoteScores scores() {
      return AttributionScorer.score(gold, predicted);
    }

    /** Count and strict precision per attribution rule over all attributions. */
    public SortedMap<String, Counts> perRule() {
      return AttributionScorer.perRule(gold, predicted);
    }
  }

  /**
   * Runs {@code quotesOf} over every article of the split (given as text and sentences, with no
   * entity mentions: {@code quotesOf} adds its own when it runs the NER model).
   */
  public static Run run(Path splitDir, Function<ArticleDoc, List<Quote>> quotesOf) {
    List<GoldArticle> gold = PolnearReader.readSplit(splitDir);
    return new Run(gold, gold.stream().map(g -> quotesOf.apply(toDoc(g))).toList());
  }

  /** The per-rule table: rule, predictions, correct, precision. */
  public static String perRuleTable(SortedMap<String, Counts> perRule) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-30s %9s %8s %9s%n", "rule", "predicted", "correct",
        "precision"));
    perRule.forEach((rule, c) -> out.append(String.format(Locale.ROOT, "%-30s %9d %8d %9.3f%n", rule, c.predicted(),
        c.attributed(), c.precision())));
    return out.toString();
  }

  /**
   * The precision file the finder reads its confidences from: one line per rule, tab-separated
   * rule, predictions and strict precision, under a header saying where it was measured.
   */
  public static String precisionFile(SortedMap<String, Counts> perRule, String measuredOn) {
    StringBuilder out = new StringBuilder("# attribution rule precision, strict, all attributions, measured on " + measuredOn
        + "\n# written by: evaluate quotes --per-sieve --write-precision FILE; do not edit by hand\n");
    perRule.forEach((rule, c) -> out.append(String.format(Locale.ROOT, "%s\t%d\t%.3f%n", rule, c.predicted(), c.precision())));
    return out.toString();
  }

  static ArticleDoc toDoc(GoldArticle g) {
    return new ArticleDoc(g.name(), null, g.text(), SentenceSplitter.split(g.text()), List.of());
  }
}

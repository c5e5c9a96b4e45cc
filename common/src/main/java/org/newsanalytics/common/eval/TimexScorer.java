package org.newsanalytics.common.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsanalytics.common.time.DateExpression;
import org.newsanalytics.common.time.DateFinder;

/**
 * Scores {@link DateFinder} on TimeML gold, DATE expressions only.
 *
 * <p>Matching rule: gold is every TIMEX3 of type DATE in the text (the DCT is not in the text).
 * A prediction is dropped from scoring when it overlaps a gold TIMEX3 of another type (TIME,
 * DURATION, SET): that is a type disagreement, not a DATE found or missed. Each remaining
 * prediction is paired with at most one gold DATE it overlaps (first come, first paired).
 * Span: a pair is a true positive. Value: a pair is a true positive when the normalised values
 * are equal (case-insensitive; week numbers zero-padded, so {@code 2000-W8} equals
 * {@code 2000-W08}). Precision divides by the predictions scored, recall by the gold DATEs.
 */
public final class TimexScorer {
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d)(?!\\d)");

  /**
   * DATE span and value scores; the same over every TIMEX3 type ({@code allSpan}, {@code allValue}:
   * every prediction counts, paired with any gold TIMEX3 it overlaps, so durations, times and
   * sets the finder does not look for count as misses); and the DATE misses for inspection.
   */
  public record Result(int documents, Prf span, Prf value, Prf allSpan, Prf allValue, List<String> misses) {}

  private TimexScorer() {}

  public static Result score(List<TimeMlDocument> docs) {
    int spanTp = 0;
    int valueTp = 0;
    int predicted = 0;
    int gold = 0;
    List<String> misses = new ArrayList<>();
    int allGold = 0;
    int allPredicted = 0;
    int allSpanTp = 0;
    int allValueTp = 0;
    for (TimeMlDocument doc : docs) {
      List<DateExpression> predictions = DateFinder.find(doc.text(), doc.creationDate());
      allGold += doc.timexes().size();
      allPredicted += predictions.size();
      boolean[] anyPaired = new boolean[doc.timexes().size()];
      for (DateExpression p : predictions) {
        for (int i = 0; i < anyPaired.length; i++) {
          TimeMlDocument.Timex g = doc.timexes().get(i);
          if (!anyPaired[i] && overlaps(g, p)) {
            anyPaired[i] = true;
            allSpanTp++;
            allValueTp += normalise(g.value()).equals(normalise(p.timemlValue())) ? 1 : 0;
            break;
          }
        }
      }
      List<TimeMlDocument.Timex> dates = doc.timexes().stream().filter(t -> t.type().equals("DATE")).toList();
      List<TimeMlDocument.Timex> others = doc.timexes().stream().filter(t -> !t.type().equals("DATE")).toList();
      gold += dates.size();
      boolean[] paired = new boolean[dates.size()];
      for (DateExpression p : predictions) {
        if (others.stream().anyMatch(o -> overlaps(o, p))) {
          continue;
        }
        predicted++;
        int match = -1;
        for (int i = 0; i < dates.size() && match < 0; i++) {
          if (!paired[i] && overlaps(dates.get(i), p)) {
            match = i;
          }
        }
        if (match < 0) {
          misses.add(doc.name() + "\tFP\t" + p.text() + "\t" + p.timemlValue() + "\tdct " + doc.creationDate());
          continue;
        }
        paired[match] = true;
        spanTp++;
        TimeMlDocument.Timex g = dates.get(match);
        if (normalise(g.value()).equals(normalise(p.timemlValue()))) {
          valueTp++;
        } else {
          misses.add(doc.name() + "\tVALUE\t" + p.text() + "\t" + p.timemlValue() + "\tgold "
              + doc.text().substring(g.begin(), g.end()) + " = " + g.value() + "\tdct " + doc.creationDate() + "\t"
              + context(doc.text(), p.begin(), p.end()));
        }
      }
      for (int i = 0; i < dates.size(); i++) {
        if (!paired[i]) {
          TimeMlDocument.Timex g = dates.get(i);
          misses.add(doc.name() + "\tFN\t" + doc.text().substring(g.begin(), g.end()) + "\t" + g.value() + "\tdct "
              + doc.creationDate());
        }
      }
    }
    return new Result(docs.size(), new Prf(spanTp, predicted, gold), new Prf(valueTp, predicted, gold),
        new Prf(allSpanTp, allPredicted, allGold), new Prf(allValueTp, allPredicted, allGold), misses);
  }

  private static boolean overlaps(TimeMlDocument.Timex g, DateExpression p) {
    return p.begin() < g.end() && g.begin() < p.end();
  }

  private static String context(String text, int begin, int end) {
    return text.substring(Math.max(0, begin - 80), Math.min(text.length(), end + 60)).replaceAll("\\s+", " ");
  }

  static String normalise(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    Matcher m = WEEK.matcher(v);
    return m.find() ? m.replaceFirst(m.group(1) + "-W0" + m.group(2)) : v;
  }
}

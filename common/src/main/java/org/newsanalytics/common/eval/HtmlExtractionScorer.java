package org.newsanalytics.common.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Scores extracted pages against {@link HtmlGold}, the usual way for this set: per snippet,
 * after collapsing whitespace, a {@code with} snippet found is a true positive (missing: a
 * false negative), a {@code without} snippet found is a false positive. A page is all right
 * when every snippet is right. Titles match after collapsing whitespace; dates match on the day.
 */
public final class HtmlExtractionScorer {
  /** What an extractor produced for one page; any field may be null. */
  public record Extraction(String text, String title, String date) {}

  /** One page's outcome, kept for error analysis. */
  public record PageScore(HtmlGold.Page page, Extraction got, List<String> missed, List<String> leaked) {
    public boolean allRight() {
      return missed.isEmpty() && leaked.isEmpty();
    }
  }

  /** Totals over a set of pages. */
  public record Result(int pages, Prf text, int allRight, int titled, int titleRight, int dated, int dateRight) {
    public double allRightShare() {
      return pages == 0 ? 0 : (double) allRight / pages;
    }

    public double titleAccuracy() {
      return titled == 0 ? 0 : (double) titleRight / titled;
    }

    public double dateAccuracy() {
      return dated == 0 ? 0 : (double) dateRight / dated;
    }

    public String format() {
      return String.format(Locale.ROOT, "%d pages: main text %s; all right %.3f; title %.3f (%d/%d); date %.3f (%d/%d)",
          pages, text.format(), allRightShare(), titleAccuracy(), titleRight, titled, dateAccuracy(), dateRight, dated);
    }

    public String json() {
      return String.format(Locale.ROOT, "{\"pages\":%d,\"text\":%s,\"all_right\":%.4f,\"title_accuracy\":%.4f,"
          + "\"titled\":%d,\"date_accuracy\":%.4f,\"dated\":%d}", pages, text.json(), allRightShare(), titleAccuracy(),
          titled, dateAccuracy(), dated);
    }
  }

  private HtmlExtractionScorer() {}

  public static PageScore score(HtmlGold.Page page, Extraction got) {
    String text = collapse(got.text() == null ? "" : got.text());
    List<String> missed = new ArrayList<>();
    for (String w : page.with()) {
      if (!text.contains(collapse(w))) {
        missed.add(w);
      }
    }
    List<String> leaked = new ArrayList<>();
    for (String w : page.without()) {
      if (text.contains(collapse(w))) {
        leaked.add(w);
      }
    }
    return new PageScore(page, got, missed, leaked);
  }

  public static Result total(List<PageScore> scores, Predicate<PageScore> which) {
    int pages = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int allRight = 0;
    int titled = 0;
    int titleRight = 0;
    int dated = 0;
    int dateRight = 0;
    for (PageScore s : scores) {
      if (!which.test(s)) {
        continue;
      }
      pages++;
      fn += s.missed().size();
      tp += s.page().with().size() - s.missed().size();
      fp += s.leaked().size();
      allRight += s.allRight() ? 1 : 0;
      if (s.page().title() != null) {
        titled++;
        titleRight += titleMatches(s.page().title(), s.got().title()) ? 1 : 0;
      }
      if (s.page().date() != null) {
        dated++;
        dateRight += s.got().date() != null && s.page().date().startsWith(s.got().date()) ? 1 : 0;
      }
    }
    return new Result(pages, new Prf(tp, tp + fp, tp + fn), allRight, titled, titleRight, dated, dateRight);
  }

  static boolean titleMatches(String gold, String got) {
    return got != null && collapse(gold).equals(collapse(got));
  }

  static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}

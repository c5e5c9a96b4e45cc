package org.newsanalytics.common.entities;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 with conlleval's rules: a predicted entity counts only
 * when its span and type both match a gold entity exactly. Overall figures are micro averages.
 * Mutable while counting ({@link #add}); read the figures when done.
 */
public final class NerScore {
  /** Counts for one type (or for all). */
  public record Counts(long truePositives, long falsePositives, long falseNegatives) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(long tp, long fp, long fn) {
      return new Counts(truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private final Map<String, Counts> perType = new TreeMap<>();

  /** Scores one unit (a sentence or a document): gold and predicted spans in the same offsets. */
  public void add(Collection<Span> gold, Collection<Span> predicted) {
    Set<Span> goldSet = new HashSet<>(gold);
    Set<Span> predSet = new HashSet<>(predicted);
    for (Span p : predSet) {
      boolean hit = goldSet.contains(p);
      perType.merge(p.type(), new Counts(hit ? 1 : 0, hit ? 0 : 1, 0), NerScore::sum);
    }
    for (Span g : goldSet) {
      if (!predSet.contains(g)) {
        perType.merge(g.type(), new Counts(0, 0, 1), NerScore::sum);
      }
    }
  }

  public Counts overall() {
    Counts all = new Counts(0, 0, 0);
    for (Counts c : perType.values()) {
      all = all.plus(c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
    return all;
  }

  /** Per type, sorted by type name. */
  public Map<String, Counts> perType() {
    return new LinkedHashMap<>(perType);
  }

  /** A fixed-width table for people: one row per type, then the overall row. */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format("%-8s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall",
        "f1", "tp", "fp", "fn"));
    perType.forEach((type, c) -> sb.append(row(type, c)));
    sb.append(row("overall", overall()));
    return sb.toString();
  }

  /** One JSON object: precision, recall, f1, per_type (each with precision, recall, f1, support). */
  public Map<String, Object> toJsonMap() {
    Map<String, Object> out = new LinkedHashMap<>(figures(overall()));
    Map<String, Object> types = new LinkedHashMap<>();
    perType.forEach((type, c) -> types.put(type, figures(c)));
    out.put("per_type", types);
    return out;
  }

  private static Map<String, Object> figures(Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(c.precision()));
    m.put("recall", round(c.recall()));
    m.put("f1", round(c.f1()));
    m.put("support", c.truePositives() + c.falseNegatives());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static String row(String type, Counts c) {
    return String.format("%-8s %9.4f %9.4f %9.4f %7d %7d %7d%n", type, c.precision(), c.recall(), c.f1(),
        c.truePositives(), c.falsePositives(), c.falseNegatives());
  }

  private static Counts sum(Counts a, Counts b) {
    return a.plus(b.truePositives(), b.falsePositives(), b.falseNegatives());
  }
}

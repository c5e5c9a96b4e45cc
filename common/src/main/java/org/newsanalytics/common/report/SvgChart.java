package org.newsanalytics.common.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts with no script and no external file, so a report opens offline and prints.
 * Each chart is one {@code <svg>} element; an empty chart still is one, saying there is no data,
 * so a page always has the same charts whatever the warehouse holds.
 */
public final class SvgChart {
  /** Colour-blind-safe palette (Okabe–Ito), in series order. */
  static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000");

  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  private static final int LEFT = 56;
  private static final int RIGHT = 36; // room for the last date label
  private static final int TOP = 40;
  private static final int BOTTOM = 64;
  /** x-axis labels shown at most, so dates never overlap. */
  private static final int MAX_X_LABELS = 8;

  private SvgChart() {}

  /** A line per series over time, with a legend; markers when the points are few enough to see. */
  public static String line(String title, TimeSeries data, String emptyMessage) {
    if (data.isEmpty()) {
      return empty(title, emptyMessage);
    }
    StringBuilder b = open(title);
    int n = data.periods().size();
    double max = axisMax(data.series());
    axes(b, max);
    double plotW = WIDTH - LEFT - RIGHT;
    int step = Math.max(1, (int) Math.ceil(n / (double) MAX_X_LABELS));
    for (int i = 0; i < n; i += step) {
      double x = xAt(i, n, plotW);
      b.append(String.format(Locale.ROOT, "<text class=\"x\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
          x, HEIGHT - BOTTOM + 16, Html.escape(label(data.periods().get(i)))));
    }
    for (int s = 0; s < data.series().size(); s++) {
      Series series = data.series().get(s);
      String colour = PALETTE.get(s % PALETTE.size());
      StringBuilder pts = new StringBuilder();
      for (int i = 0; i < n; i++) {
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", xAt(i, n, plotW), yAt(series.values().get(i), max)));
      }
      b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
          .append(pts.toString().strip()).append("\"/>\n");
      if (n <= 60) {
        for (int i = 0; i < n; i++) {
          double v = series.values().get(i);
          b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %s</title></circle>%n",
              xAt(i, n, plotW), yAt(v, max), colour, Html.escape(series.name()), label(data.periods().get(i)), number(v)));
        }
      }
    }
    legend(b, data.series().stream().map(Series::name).toList());
    return b.append("</svg>\n").toString();
  }

  /** Horizontal bars, one per label, longest first as given; values printed at the bar ends. */
  public static String bars(String title, List<String> labels, List<Double> values, String emptyMessage) {
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("Cannot draw bars: " + labels.size() + " labels for " + values.size() + " values");
    }
    if (labels.isEmpty()) {
      return empty(title, emptyMessage);
    }
    StringBuilder b = open(title);
    int labelW = 170;
    double plotW = WIDTH - labelW - RIGHT - 40;
    double max = Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
    double rowH = Math.min(28, (HEIGHT - TOP - 12) / (double) labels.size());
    for (int i = 0; i < labels.size(); i++) {
      double y = TOP + i * rowH;
      double w = values.get(i) / max * plotW;
      b.append(String.format(Locale.ROOT, "<text class=\"y\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          labelW - 6, y + rowH * 0.65, Html.escape(shorten(labels.get(i), 26))));
      b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>%n",
          labelW, y + rowH * 0.15, Math.max(1, w), rowH * 0.7, PALETTE.get(0), Html.escape(labels.get(i)), number(values.get(i))));
      b.append(String.format(Locale.ROOT, "<text class=\"v\" x=\"%.1f\" y=\"%.1f\">%s</text>%n",
          labelW + Math.max(1, w) + 4, y + rowH * 0.65, number(values.get(i))));
    }
    return b.append("</svg>\n").toString();
  }

  /** A chart frame holding only its title and a message: there is nothing to plot yet. */
  public static String empty(String title, String message) {
    return open(title)
        .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f6f6f6\" stroke=\"#ddd\"/>%n",
            LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM))
        .append(String.format(Locale.ROOT, "<text class=\"empty\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
            (WIDTH + LEFT - RIGHT) / 2, (HEIGHT + TOP - BOTTOM) / 2, Html.escape(message)))
        .append("</svg>\n").toString();
  }

  /**
   * The top of the y axis: four gridline steps of a round size; counts (all values whole)
   * get whole steps, so an axis never reads 1.3 attacks.
   */
  static double axisMax(List<Series> series) {
    double max = series.stream().mapToDouble(Series::max).max().orElse(0);
    boolean whole = series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == Math.rint(v)));
    double step = niceStep(max / 4);
    return 4 * (whole ? Math.max(1, step) : step);
  }

  /** The smallest 1, 2, 3 or 5 × 10^k at or above {@code v}: 3 lets 9 sit on a 12 axis, not a 20. */
  static double niceStep(double v) {
    if (v <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 3, 5, 10}) {
      if (m * magnitude >= v - 1e-9) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static StringBuilder open(String title) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" "
        + "width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
    b.append("<title>").append(Html.escape(title)).append("</title>\n");
    b.append(String.format(Locale.ROOT, "<text class=\"title\" x=\"%d\" y=\"22\">%s</text>%n", LEFT, Html.escape(title)));
    return b;
  }

  private static void axes(StringBuilder b, double max) {
    int bottom = HEIGHT - BOTTOM;
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      double y = yAt(v, max);
      b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
          LEFT, WIDTH - RIGHT, y, y, i == 0 ? "#888" : "#e4e4e4"));
      b.append(String.format(Locale.ROOT, "<text class=\"y\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          LEFT - 6, y + 4, number(v)));
    }
    b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", LEFT, LEFT, TOP, bottom));
  }

  private static void legend(StringBuilder b, List<String> names) {
    double x = LEFT;
    int y = HEIGHT - 18;
    for (int s = 0; s < names.size(); s++) {
      String name = shorten(names.get(s), 28);
      b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
          x, y - 10, PALETTE.get(s % PALETTE.size())));
      b.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%.1f\" y=\"%d\">%s</text>%n", x + 16, y, Html.escape(name)));
      // approximate text width: legends are short and the font is fixed by the page's CSS
      x += 16 + name.length() * 6.8 + 18;
    }
  }

  private static double xAt(int i, int n, double plotW) {
    return n == 1 ? LEFT + plotW / 2 : LEFT + 8 + i * (plotW - 16) / (n - 1);
  }

  private static double yAt(double v, double max) {
    double plotH = HEIGHT - TOP - BOTTOM;
    return HEIGHT - BOTTOM - v / max * plotH;
  }

  private static String label(LocalDate d) {
    return d.toString();
  }

  /** Integers without a fraction, others with one decimal. */
  static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

package org.newsanalytics.common.report;

import java.util.List;

/** One named line (or set of bars): one value per x position. */
public record Series(String name, List<Double> values) {
  public Series {
    values = List.copyOf(values);
  }

  public double max() {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  public double total() {
    return values.stream().mapToDouble(Double::doubleValue).sum();
  }
}

package org.newsanalytics.common.trends;

import java.util.Map;

/** Rows written (upserted or deleted) per table by one trends run; all zero when nothing changed. */
public record TrendResult(Map<String, Long> changedRows, long events) {
  public TrendResult {
    changedRows = Map.copyOf(changedRows);
  }

  public String summary() {
    long changed = changedRows.values().stream().mapToLong(Long::longValue).sum();
    return "events " + events + ", rows changed " + changed
        + (changed == 0 ? " (nothing new)" : " " + new java.util.TreeMap<>(changedRows));
  }
}

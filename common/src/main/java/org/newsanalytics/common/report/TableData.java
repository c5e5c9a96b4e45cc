package org.newsanalytics.common.report;

import java.util.ArrayList;
import java.util.List;

/** Rows of text cells under headers; what to say when there are none. */
public record TableData(List<String> headers, List<List<String>> rows, String emptyMessage) {
  public TableData {
    headers = List.copyOf(headers);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("Cannot make table: row has " + row.size() + " cells, headers " + headers.size()
            + " " + headers);
      }
      // List.copyOf rejects nulls; an absent value is an empty cell
      copy.add(List.copyOf(row.stream().map(c -> c == null ? "" : c).toList()));
    }
    rows = List.copyOf(copy);
  }
}

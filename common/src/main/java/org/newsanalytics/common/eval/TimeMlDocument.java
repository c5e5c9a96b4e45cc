package org.newsanalytics.common.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document: its creation time (the anchor), its text with all tags removed, and its
 * gold TIMEX3 annotations with offsets into that text.
 */
public record TimeMlDocument(String name, LocalDate creationDate, String text, List<Timex> timexes) {
  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }

  /** A gold TIMEX3: [begin, end) in the document text, its type (DATE, TIME, DURATION, SET) and value. */
  public record Timex(int begin, int end, String type, String value) {}
}

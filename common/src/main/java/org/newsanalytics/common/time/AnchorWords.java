package org.newsanalytics.common.time;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One pass over a text that records where the words date patterns hinge on occur: month and
 * weekday names, "yesterday", unit words ("days", "week"), "quarter", "now", four-digit
 * numbers. {@link DateFinder} then runs each pattern only near its kind of word.
 */
final class AnchorWords {
  enum Kind { FOUR_DIGITS, MONTH, WEEKDAY, DEICTIC, UNIT, QUARTER, REFERENCE }

  private static final Map<String, Kind[]> WORDS = new HashMap<>();

  static {
    for (String m : new String[] {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec"}) {
      WORDS.put(m, new Kind[] {Kind.MONTH});
    }
    for (String d : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
      WORDS.put(d, new Kind[] {Kind.WEEKDAY});
    }
    for (String d : new String[] {"today", "tonight", "yesterday", "tomorrow"}) {
      WORDS.put(d, new Kind[] {Kind.DEICTIC});
    }
    for (String u : new String[] {"day", "week", "month", "decade", "weekend", "summer", "winter", "spring", "fall",
        "autumn", "weeks", "months", "decades"}) {
      WORDS.put(u, new Kind[] {Kind.UNIT});
    }
    WORDS.put("days", new Kind[] {Kind.UNIT, Kind.REFERENCE});
    WORDS.put("year", new Kind[] {Kind.UNIT});
    WORDS.put("years", new Kind[] {Kind.UNIT, Kind.REFERENCE});
    WORDS.put("quarter", new Kind[] {Kind.UNIT, Kind.QUARTER});
    WORDS.put("period", new Kind[] {Kind.QUARTER});
    for (String r : new String[] {"now", "currently", "current", "nowadays", "present", "moment", "recently", "past",
        "future"}) {
      WORDS.put(r, new Kind[] {Kind.REFERENCE});
    }
  }

  private final Map<Kind, int[]> offsets;

  private AnchorWords(Map<Kind, int[]> offsets) {
    this.offsets = offsets;
  }

  static AnchorWords index(String text) {
    Map<Kind, IntList> found = new EnumMap<>(Kind.class);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        if (i - start <= 9) {
          Kind[] kinds = WORDS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
          if (kinds != null) {
            for (Kind k : kinds) {
              found.computeIfAbsent(k, x -> new IntList()).add(start);
            }
          }
        }
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        if (i - start == 4) {
          found.computeIfAbsent(Kind.FOUR_DIGITS, x -> new IntList()).add(start);
        }
      } else {
        i++;
      }
    }
    Map<Kind, int[]> out = new EnumMap<>(Kind.class);
    found.forEach((k, v) -> out.put(k, v.toArray()));
    return new AnchorWords(out);
  }

  int[] offsets(Kind kind) {
    return offsets.getOrDefault(kind, new int[0]);
  }

  /** A growable int array: anchors are many and boxing them would cost more than the scan. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}

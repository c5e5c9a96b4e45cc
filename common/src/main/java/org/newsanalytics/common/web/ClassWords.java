package org.newsanalytics.common.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of words looked for in an element's class and id. Written as in a regular expression
 * ({@code side-?bar}: with or without the hyphen; {@code comments?}: with or without the final s)
 * but matched by set look-up, because one big regex alternation tried at every character of
 * every element's class names was a quarter of the time spent reading a page.
 */
final class ClassWords {
  private final Set<String> words;
  private final List<String> literals;
  private final boolean whole;
  private final int longest;

  private ClassWords(List<String> literals, boolean whole) {
    this.literals = List.copyOf(literals);
    this.words = Set.copyOf(new HashSet<>(literals));
    this.whole = whole;
    this.longest = literals.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Words that match only between separators (start, end, whitespace, '_' or '-'), ignoring case. */
  static ClassWords wholeWords(String... forms) {
    return new ClassWords(expand(forms), true);
  }

  /** Words that match anywhere in the names, ignoring case. */
  static ClassWords anywhere(String... forms) {
    return new ClassWords(expand(forms), false);
  }

  boolean matches(String marks) {
    if (marks == null || marks.isBlank()) {
      return false;
    }
    String s = marks.toLowerCase(Locale.ROOT);
    if (!whole) {
      for (String w : literals) {
        if (s.contains(w)) {
          return true;
        }
      }
      return false;
    }
    int n = s.length();
    for (int start = 0; start < n; start++) {
      if (start > 0 && !separator(s.charAt(start - 1))) {
        continue;
      }
      int limit = Math.min(n, start + longest);
      for (int end = start + 1; end <= limit; end++) {
        if ((end == n || separator(s.charAt(end))) && words.contains(s.substring(start, end))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean separator(char c) {
    // the regex class [\s_\-]: ASCII whitespace only
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '_' || c == '-';
  }

  /** "side-?bar" → sidebar, side-bar; "ads?" → ad, ads. */
  static List<String> expand(String... forms) {
    List<String> out = new ArrayList<>();
    for (String form : forms) {
      List<String> variants = new ArrayList<>(List.of(""));
      for (int i = 0; i < form.length(); i++) {
        char c = form.charAt(i);
        boolean optional = i + 1 < form.length() && form.charAt(i + 1) == '?';
        List<String> next = new ArrayList<>();
        for (String v : variants) {
          next.add(v + c);
          if (optional) {
            next.add(v);
          }
        }
        variants = next;
        if (optional) {
          i++;
        }
      }
      for (String v : variants) {
        out.add(v.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}

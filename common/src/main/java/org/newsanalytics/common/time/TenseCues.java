package org.newsanalytics.common.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the clause around a position in a text speaks of the past or the future,
 * from the tense cue nearest to that position: "killed two people on Monday night" is past,
 * "talks are planned for Wednesday" is future. Explicit auxiliaries and planning words beat
 * a bare "-ed" ending, which is only a weak past cue ("planned" is future, not past).
 */
public final class TenseCues {
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "would", "planned", "plans", "plan",
      "scheduled", "due", "expected", "upcoming", "next", "going", "slated", "tomorrow", "intends", "aims",
      "later", "coming", "won't", "planning", "soon", "hopes", "seeks", "tonight");
  private static final Set<String> PAST = Set.of("said", "was", "were", "had", "did", "ago", "last", "told", "spoke",
      "met", "held", "took", "made", "began", "came", "went", "gave", "saw", "led", "hit", "fell", "rose", "won",
      "lost", "fought", "struck", "left", "sent", "brought", "found", "became", "shot", "earlier", "yesterday",
      "ran", "paid", "sold", "bought", "wrote", "spent", "died", "been", "since", "overnight", "killed", "wounded",
      "injured", "launched", "attacked", "announced", "reported", "signed", "agreed", "released", "previous");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");
  /** How far a cue may be from the position, in characters, before the clause is cut. */
  private static final int REACH = 220;

  /** A bare "-ed" counts as if it stood this many characters further away than it does. */
  private static final int WEAK_PENALTY = 20;

  private TenseCues() {}

  /** The tense of the clause holding {@code position} in {@code text}. */
  public static Tense at(String text, int position) {
    int from = clauseStart(text, position);
    int to = clauseEnd(text, position);
    Matcher m = WORD.matcher(text).region(from, to);
    int bestStrong = Integer.MAX_VALUE;
    Tense strong = Tense.NONE;
    int bestWeak = Integer.MAX_VALUE;
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      int distance = m.start() >= position ? m.start() - position : position - m.end();
      if (FUTURE.contains(w) && distance < bestStrong) {
        bestStrong = distance;
        strong = Tense.FUTURE;
      } else if (PAST.contains(w) && distance < bestStrong) {
        bestStrong = distance;
        strong = Tense.PAST;
      } else if (w.length() > 4 && w.endsWith("ed") && distance + WEAK_PENALTY < bestWeak) {
        bestWeak = distance + WEAK_PENALTY;
      }
    }
    if (strong != Tense.NONE && bestStrong <= bestWeak) {
      return strong;
    }
    return bestWeak == Integer.MAX_VALUE ? Tense.NONE : Tense.PAST;
  }

  private static int clauseStart(String text, int position) {
    int limit = Math.max(0, position - REACH);
    for (int i = position - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == '\n' || c == ';' || c == '.' && endsSentence(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /** A full stop ends a sentence when a space follows and it does not close "N.J." or "Jan.". */
  private static boolean endsSentence(String text, int dot) {
    if (dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1))) {
      return false;
    }
    int w = dot;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    int len = dot - w;
    boolean initialOrAbbreviation = len == 1 || len > 0 && len < 4 && Character.isUpperCase(text.charAt(w));
    return !initialOrAbbreviation;
  }

  private static int clauseEnd(String text, int position) {
    int limit = Math.min(text.length(), position + REACH);
    for (int i = position; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '.' && endsSentence(text, i) || c == '!' || c == '?' || c == '\n' || c == ';') {
        return i;
      }
    }
    return limit;
  }
}

package org.newsanalytics.common.events;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsanalytics.common.text.NumberWords;

/**
 * Reads casualty counts from a sentence: "killed two people and injured 15", "at least 12
 * dead", "dozens of people were wounded" (12: vague counts follow ACLED, see {@link NumberWords}),
 * "the death toll has risen to 14". Qualifiers ("at least", "more than") keep the number they
 * qualify, as ACLED does: the smallest credible figure.
 */
public final class CasualtyParser {
  private static final String QUAL = "(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as"
      + "|an estimated)\\s+)?";
  private static final String N = "(?<n>" + NumberWords.REGEX + ")";
  private static final String WHO = "(?:(?:[\\w-]+\\s+){0,2}?(?:people|persons?|civilians|soldiers|servicemen|children"
      + "|residents|troops|others|men|women|police(?:men)?|officers|fighters|militants|workers|passengers|refugees"
      + "|villagers|pedestrians)\\s+)?";
  private static final int CI = Pattern.CASE_INSENSITIVE;
  /** A verb of killing, then the count: "killed two people", "killing at least nine". */
  private static final Pattern KILL_THEN_COUNT = Pattern.compile("\\b(?:killed|killing|kills|kill|claimed the lives of)"
      + "\\s+" + QUAL + N + "\\b(?!\\s*(?:%|percent)|-)", CI);
  /** The count, then the outcome: "12 people were killed", "at least 12 dead", "two civilians died". */
  private static final Pattern COUNT_THEN_DEATH = Pattern.compile("\\b" + QUAL + N + "\\s+(?:of\\s+)?" + WHO
      + "(?:(?:were|was|have been|had been|are|is|being|reportedly|also)\\s+){0,2}(?:killed|dead|died|perished"
      + "|lost their lives)\\b", CI);
  /** "the death toll ... has risen to 14", "the number of people killed ... rose to 15". */
  private static final Pattern TOLL = Pattern.compile("\\b(?:death toll|number of (?:people |those |civilians )?"
      + "(?:killed|dead))\\b(?:[\\s\\w’'-]{0,60}?)\\b(?:to|at|of|reached|hit)\\s+" + QUAL + N + "\\b", CI);
  private static final Pattern INJURE_THEN_COUNT = Pattern.compile("\\b(?:injured|injuring|injures|wounded|wounding"
      + "|wounds|hurt|hurting)\\s+" + QUAL + N + "\\b(?!\\s*(?:%|percent))", CI);
  private static final Pattern COUNT_THEN_INJURY = Pattern.compile("\\b" + QUAL + N + "\\s+(?:of\\s+)?" + WHO
      + "(?:(?:were|was|have been|had been|are|is|being|reportedly|also|seriously|badly|critically)\\s+){0,2}"
      + "(?:injured|wounded|hurt)\\b", CI);

  private CasualtyParser() {}

  /** Every casualty pattern needs one of these stems; most sentences have none. */
  private static final Pattern CUES = Pattern.compile("kill|dead|die|injur|wound|hurt|toll|lives|perish", CI);

  public static Casualties parse(String sentence) {
    if (!CUES.matcher(sentence).find()) {
      return Casualties.NONE;
    }
    Optional<Integer> killed = first(sentence, TOLL, KILL_THEN_COUNT, COUNT_THEN_DEATH);
    Optional<Integer> injured = first(sentence, INJURE_THEN_COUNT, COUNT_THEN_INJURY);
    return new Casualties(killed, injured);
  }

  /** The count of the earliest match of any of the patterns. */
  private static Optional<Integer> first(String sentence, Pattern... patterns) {
    int bestAt = Integer.MAX_VALUE;
    Optional<Integer> best = Optional.empty();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        OptionalInt n = NumberWords.parse(m.group("n"));
        if (n.isPresent() && !looksLikeYear(m.group("n"))) {
          if (m.start() < bestAt) {
            bestAt = m.start();
            best = Optional.of(n.getAsInt());
          }
          break;
        }
      }
    }
    return best;
  }

  private static boolean looksLikeYear(String n) {
    return n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
  }
}

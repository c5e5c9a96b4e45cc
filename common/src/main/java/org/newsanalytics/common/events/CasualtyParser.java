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
 *
 * <p>A running total is no attack's toll: a count with "since", "so far", "to date", "in total",
 * "by ... estimates" or "over the past ..." after it, "a total of" before it, the subject "a
 * war / an invasion that has killed", or a perfect-tense count in the thousands ("have been
 * killed") is skipped.
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

  private static final int WINDOW = 60;
  private static final Pattern TOTAL_AFTER = Pattern.compile("^[^.;]{0," + WINDOW + "}?\\b(?:since|so far|to date"
      + "|in total|altogether|overall|cumulative|(?:killed|died|dead|lost)\\s+(?:in|during)\\s+(?:this|the|that|a|an|our)"
      + "\\s+(?:\\w+\\s+)?(?:war|conflict|invasion|insurgency|occupation|hostilities)|(?:over|in|during|throughout) the (?:past|last|course of)"
      + "|throughout|by [\\w\\s’'-]{0,40}?estimates?|according to [\\w\\s’'-]{0,40}?estimates?)\\b", CI);
  private static final Pattern TOTAL_BEFORE = Pattern.compile("\\b(?:a total of|in total|total|totals?|overall"
      + "|cumulative|so far|to date|(?:war|invasion|conflict|insurgency|campaign|occupation|siege|bombardment"
      + "|shelling|violence|fighting|offensive|hostilities)\\s+(?:that|which)\\s+(?:has|have|had))\\b[^.;]*$", CI);
  /** "2,300 civilians killed in the war": the match took "killed", and the war follows right after it. */
  private static final Pattern WAR_RIGHT_AFTER = Pattern.compile("^\\s*(?:in|during)\\s+(?:this|the|that|a|an|our)\\s+"
      + "(?:\\w+\\s+)?(?:war|conflict|invasion|insurgency|occupation|hostilities)(?![\\w-]|\\s+zones?\\b)", CI);
  private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have|had)\\b", CI);
  /** A count this large told in the perfect tense is a running total, not one attack's toll. */
  private static final int PERFECT_TOTAL = 1000;

  private CasualtyParser() {}

  /** True when the count at [start, end) reads as a running total rather than one event's toll. */
  static boolean runningTotal(String sentence, int start, int end, int n) {
    String before = sentence.substring(Math.max(0, start - WINDOW), start);
    String after = sentence.substring(end);
    if (TOTAL_AFTER.matcher(after).find() || WAR_RIGHT_AFTER.matcher(after).find()
        || TOTAL_BEFORE.matcher(before).find()) {
      return true;
    }
    String near = sentence.substring(Math.max(0, start - 25), Math.min(sentence.length(), end + 25));
    return n >= PERFECT_TOTAL && PERFECT.matcher(near).find();
  }

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
        if (n.isPresent() && !looksLikeYear(m.group("n"))
            && !runningTotal(sentence, m.start(), m.end(), n.getAsInt())) {
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

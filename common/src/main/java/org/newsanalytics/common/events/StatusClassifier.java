package org.newsanalytics.common.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an event mention's status from cues around its trigger in the sentence. Cues before
 * the trigger govern it ("turned down a challenge to meet", "calls for a ceasefire", "no
 * ceasefire"); a few after it do too ("talks are planned for", "a ceasefire can be introduced").
 * Checked in a fixed order, strongest modality first: rejected, a modal right after the
 * trigger (hypothetical), a conditional (threatened for coercive types, else hypothetical),
 * negated, called_for (including "must", "should"), threatened (threat words, or a coercive
 * type under "would"/"will": announcing sanctions or strikes is threatening them),
 * hypothetical, planned, background (a time span or anniversary that makes the mention history
 * or a running total: "since 2014", "over the past eight years", "decades ago"); nothing
 * found means occurred. A question, or a bare plural opening its clause with a generic
 * predicate ("sanctions rarely work"), is hypothetical; a passive participle with its agent
 * right after the trigger ("sanctions imposed by London") is occurred unless negated.
 */
public final class StatusClassifier {
  private static final int CI = Pattern.CASE_INSENSITIVE;
  /** How far before the trigger (characters) a cue still governs it. */
  private static final int BEFORE = 70;
  /** Negation binds tighter: "no ceasefire", "made no breakthrough towards a ceasefire". */
  private static final int NEGATION_BEFORE = 40;
  private static final int AFTER = 45;

  private static final Pattern REJECTED = Pattern.compile("\\b(?:turn(?:s|ed)? down|turning down|reject(?:s|ed|ing)?"
      + "|refus(?:e|es|ed|ing|al)|ruled out|rules out|rule out|dismiss(?:es|ed)?|declin(?:e|es|ed)|spurn(?:s|ed)?"
      + "|brushed aside|walked out of|pulled out of|withdr[ae]w from|opposed to|oppos(?:e|es))\\b", CI);
  private static final Pattern CALLED_FOR = Pattern.compile("\\b(?:calls? for|called for|calling for|urg(?:e|es|ed|ing)"
      + "|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?(?: \\w+){0,4} for|push(?:es|ed|ing)? for|press(?:es|ed|ing)? for"
      + "|favou?r(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|advocat\\w*|insist(?:s|ed)? on|want(?:s|ed)?|seek(?:s|ing)?"
      + "|sought|asked for|asks for|backed calls|support(?:s|ed)? calls|must|should)\\b", CI);
  private static final Pattern CONDITIONAL = Pattern.compile("\\b(?:if|unless|whether|in case)\\b", CI);
  private static final Pattern NEGATION = Pattern.compile("\\b(?:no|not|never|without|nor|neither|failed to|yet to"
      + "|fail to|no sign of|lack of|cancell?ed|called off|suspended|collapsed)\\b|n't\\b", CI);
  private static final Pattern THREAT = Pattern.compile("(?<!-)\\b(?:threat(?:s|en|ens|ened|ening)?|warn(?:s|ed|ing)?"
      + "|vow(?:s|ed)?|ultimatum|or else)\\b", CI);
  /** Modal verbs are matched in lower case only, so that the month "May" is not one. */
  private static final Pattern WOULD = Pattern.compile("\\b(?:would|will|could|might|may|'ll)\\b");
  private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:could|might|may|can|possible|possibly|potential"
      + "|hypothetical|would consider)\\b");
  /** A cue in an earlier clause does not govern the trigger: "talks on May 16, that led to the exchange". */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?:that|which|who|while|but)\\b|;|\\bbut\\b"
      + "|[“”\"]");
  private static final Pattern PLANNED_BEFORE = Pattern.compile("\\b(?:will|'ll|would|shall|plan(?:s|ned|ning)?(?: to)?"
      + "|scheduled|due to|set to|expected to|is to|are to|to be held|there is to be|prepar(?:e|es|ed|ing|ation)"
      + "|upcoming|next|another|agenda|ready to|agreed to hold|waiting for|awaiting|to hold|intend(?:s|ed)? to"
      + "|aim(?:s|ed)? to)\\b", CI);
  private static final Pattern PLANNED_AFTER = Pattern.compile("^[^.;]{0," + AFTER + "}?\\b(?:(?:is|are|was|were)"
      + " (?:planned|scheduled|expected|due|set)|will|would take place|would be held|to take place|to be held"
      + "|planned for|scheduled for)\\b", CI);
  private static final Pattern HYPOTHETICAL_AFTER = Pattern.compile("^[^.;,]{0,25}?\\b(?:can|could|might|may) be\\b",
      CI);

  /**
   * A span reaching back from now, or a past long gone, in the trigger's clause: the mention is
   * background, not this article's news. Checked before and just after the trigger.
   */
  private static final Pattern BACKGROUND = Pattern.compile("\\b(?:since\\s+(?:(?:early|late|mid-?)\\s*)?(?:1[0-9]|20)\\d\\d"
      + "|since\\s+(?:the\\s+)?(?:start|beginning|outbreak|end)\\s+of|(?:over|in|during|throughout)\\s+the\\s+(?:past|last)"
      + "\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\\s+(?:years|decades|centuries)"
      + "|(?:years|decades|centuries)\\s+ago|anniversary|to date|in total|a total of)\\b", CI);
  private static final int BACKGROUND_AFTER = 40;

  /** "sanctions imposed by London": a passive participle with its agent says the event happened. */
  private static final Pattern REALISED_AFTER = Pattern.compile("^\\s*(?:(?:already|previously|recently|earlier"
      + "|since|so far)\\s+)?(?:imposed|introduced|adopted|slapped|levied|carried out|launched)\\s+(?:by|on|against)\\b",
      CI);
  /**
   * A bare plural opening its clause and followed by a generic predicate speaks of the kind, not
   * of an event: "sanctions rarely work", "strikes have a mixed record".
   */
  private static final Pattern GENERIC_AFTER = Pattern.compile("^\\s+(?:rarely|seldom|often|usually|generally|always"
      + "|never|tend to|can|cannot|can't|could|do not|don't|do|work|works|are (?:a|an|not|rarely|often|seldom|never"
      + "|no|usually|generally)|have (?:a|an|never|rarely|long|always|often|usually))\\b", CI);
  private static final Pattern CLAUSE_OPENING = Pattern.compile("^[\\s,(“”\"']*$");

  /** "announced it would prohibit aid": a decision made known, planned rather than threatened. */
  private static final Pattern DECIDED = Pattern.compile("\\b(?:announced|decided|agreed|confirmed)(?:\\s+\\w+){0,3}?"
      + "\\s+(?:that\\s+)?(?:it|they|he|she|we)\\s+(?:would|will)\\b", CI);

  private StatusClassifier() {}

  /**
   * The status of the event whose trigger spans [triggerBegin, triggerEnd) of {@code sentence}.
   *
   * @param coercive true for types where "would ... if" is a threat (sanctions, attacks)
   */
  public static EventStatus classify(String sentence, int triggerBegin, int triggerEnd, boolean coercive) {
    int clauseStart = 0;
    Matcher breaks = CLAUSE_BREAK.matcher(sentence).region(0, triggerBegin);
    while (breaks.find()) {
      clauseStart = breaks.end();
    }
    String before = sentence.substring(Math.max(clauseStart, triggerBegin - BEFORE), triggerBegin);
    String negationWindow = sentence.substring(Math.max(clauseStart, triggerBegin - NEGATION_BEFORE), triggerBegin);
    String after = sentence.substring(triggerEnd);
    if (REJECTED.matcher(before).find()) {
      return EventStatus.REJECTED;
    }
    if (sentence.strip().endsWith("?")) {
      return EventStatus.HYPOTHETICAL; // a question asks, it does not report: "Switch the sanctions off?"
    }
    String trigger = sentence.substring(triggerBegin, triggerEnd);
    if (trigger.toLowerCase(java.util.Locale.ROOT).endsWith("s")
        && CLAUSE_OPENING.matcher(sentence.substring(clauseStart, triggerBegin)).matches()
        && GENERIC_AFTER.matcher(after).find()) {
      return EventStatus.HYPOTHETICAL; // generic talk about a kind of event, not an event
    }
    if (HYPOTHETICAL_AFTER.matcher(after).find()) {
      return EventStatus.HYPOTHETICAL; // "before a ceasefire can be introduced"
    }
    if (CONDITIONAL.matcher(before).find()) {
      return coercive && WOULD.matcher(before).find() ? EventStatus.THREATENED : EventStatus.HYPOTHETICAL;
    }
    if (NEGATION.matcher(negationWindow).find()) {
      return EventStatus.NEGATED; // also "doesn't want to attack": a negated wish is no call
    }
    if (REALISED_AFTER.matcher(after).find()) {
      return EventStatus.OCCURRED; // "would react to sanctions imposed by London": the sanctions are real
    }
    if (CALLED_FOR.matcher(before).find()) {
      return EventStatus.CALLED_FOR;
    }
    if (THREAT.matcher(before).find()) {
      return EventStatus.THREATENED;
    }
    if (coercive && DECIDED.matcher(before).find()) {
      return EventStatus.PLANNED;
    }
    if (coercive && WOULD.matcher(before).find()) {
      // "would impose new sanctions ... if there is no deal": announcing coercion is threatening it
      return EventStatus.THREATENED;
    }
    if (HYPOTHETICAL.matcher(before).find() || HYPOTHETICAL_AFTER.matcher(after).find()) {
      return EventStatus.HYPOTHETICAL;
    }
    if (PLANNED_BEFORE.matcher(before).find() || PLANNED_AFTER.matcher(after).find()) {
      return EventStatus.PLANNED;
    }
    String afterWindow = after.substring(0, Math.min(after.length(), BACKGROUND_AFTER));
    int clauseEnd = firstBreak(afterWindow);
    if (BACKGROUND.matcher(before).find() || BACKGROUND.matcher(afterWindow.substring(0, clauseEnd)).find()) {
      return EventStatus.BACKGROUND;
    }
    return EventStatus.OCCURRED;
  }

  private static int firstBreak(String s) {
    Matcher m = CLAUSE_BREAK.matcher(s);
    return m.find() ? m.start() : s.length();
  }
}

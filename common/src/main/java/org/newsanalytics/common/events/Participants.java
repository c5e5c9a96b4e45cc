package org.newsanalytics.common.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsanalytics.common.extract.EntityMention;

/**
 * Who did it, to whom, and where, for one trigger in one sentence. Candidates are the NER
 * entities of the sentence, then alias words ("Russian" → Russia) the entities do not cover,
 * then, only where the grammar makes it safe, capitalised names: a sentence-opening name
 * followed by a reporting or auxiliary verb ("Trump said"), a name right after "with",
 * "against" or "on", and a place right after "in", "near" or "at".
 *
 * <p>Actor: "between A and B" gives A (and B as target); else the first candidate of the
 * sentence before the trigger that is not a place. Target: the first candidate after the
 * trigger introduced by on, against, with, at, to or towards, or standing right after it as its
 * object ("attacked Kharkiv"). Location: the first place after
 * "in", "near", "at" or "outside", after the trigger if there is one, else before it.
 */
final class Participants {
  /** Who, whom and where; each empty when the sentence does not tell. */
  record Roles(Optional<String> actor, Optional<String> target, Optional<String> location) {}

  private record Candidate(int begin, int end, String name, boolean place) {}

  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:of|de|al)(?=\\s+\\p{Lu}))?"
      + "(?:\\s+\\p{Lu}[\\p{L}’'-]+)*");
  private static final Pattern OPENING_NAME = Pattern.compile("^(?:[\"“‘']\\s*)?(?<name>\\p{Lu}[\\p{L}’'-]+"
      + "(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,3})\\s+(?:said|says|has|have|had|is|was|will|would|told|added|warned|launched"
      + "|noted|called|urged|rejected|turned|announced|accused|proposed|threatened|imposed|agreed|signed|met|held)\\b");
  private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?:\\b(?:in|near|at|outside|across)\\s+(?:the\\s+)?)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TARGET_PREPOSITION = Pattern.compile("\\b(?:on|against|with|at|to|towards?|targeting"
      + "|into|over)\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,1}$", Pattern.CASE_INSENSITIVE);
  /** "attacked Kharkiv", "struck the city of Dnipro": the object right after a verb trigger. */
  private static final Pattern DIRECT_OBJECT = Pattern.compile("\\s+(?:the\\s+(?:\\w+\\s+)?(?:city|town|port|region)"
      + "\\s+of\\s+|the\\s+)?");
  /** "sanctions imposed by London", "hit by Russian missiles": the agent after the trigger is the actor. */
  private static final Pattern PASSIVE_AGENT = Pattern.compile("^\\s*(?:(?:already|previously|recently|earlier)\\s+)?"
      + "(?:(?:imposed|introduced|adopted|slapped|levied|announced|carried out|launched|ordered|approved)\\s+)?by\\s+"
      + "(?:the\\s+)?$|^$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENDS_WITH_BY = Pattern.compile("\\bby$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN = Pattern.compile("^[^.;]{0,12}?\\bbetween\\s+(?:the\\s+)?");
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "But", "And", "In", "On", "At", "It", "He",
      "She", "They", "We", "This", "That", "There", "No", "If", "As", "After", "Before", "While", "When", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December", "President", "Minister",
      "Foreign", "Prime", "Peace", "Talks", "His", "Her", "Their", "Its", "Our", "Some", "Many", "More", "Telegram",
      "Facebook", "Twitter", "X", "Instagram", "TV", "Today", "Tonight", "Yesterday", "Tomorrow");

  private final ActorAliases aliases;

  Participants(ActorAliases aliases) {
    this.aliases = aliases;
  }

  /**
   * Roles for the trigger at [triggerBegin, triggerEnd) of {@code sentence}, which starts at
   * {@code sentenceBegin} in the article; {@code entities} carry article offsets.
   */
  Roles find(String sentence, int sentenceBegin, int triggerBegin, int triggerEnd, List<EntityMention> entities) {
    List<Candidate> candidates = candidates(sentence, sentenceBegin, entities);
    Optional<String> actor = Optional.empty();
    Optional<String> target = Optional.empty();
    Matcher between = BETWEEN.matcher(sentence).region(triggerEnd, sentence.length());
    if (between.find()) {
      int at = between.end();
      List<Candidate> pair = candidates.stream().filter(c -> c.begin() >= at && c.begin() < at + 60).limit(2).toList();
      if (pair.size() == 2) {
        return new Roles(Optional.of(pair.get(0).name()), Optional.of(pair.get(1).name()),
            location(sentence, candidates, triggerBegin));
      }
    }
    for (Candidate c : candidates) {
      if (c.end() <= triggerBegin && !c.place()) {
        actor = Optional.of(c.name());
        break;
      }
    }
    Optional<Candidate> agent = passiveAgent(sentence, candidates, triggerBegin, triggerEnd);
    if (agent.isPresent()) {
      // the name before the trigger is then the one acted on: "Russia would react to sanctions imposed by London"
      Optional<String> acted = actor.filter(a -> !a.equals(agent.get().name()));
      return new Roles(Optional.of(agent.get().name()), acted, location(sentence, candidates, triggerBegin));
    }
    for (Candidate c : candidates) {
      if (c.begin() >= triggerEnd && !c.place()
          && (DIRECT_OBJECT.matcher(sentence.substring(triggerEnd, c.begin())).matches()
              || TARGET_PREPOSITION.matcher(sentence.substring(Math.max(triggerEnd, c.begin() - 30), c.begin())).find())
          && !actor.equals(Optional.of(c.name()))) {
        target = Optional.of(c.name());
        break;
      }
    }
    return new Roles(actor, target, location(sentence, candidates, triggerBegin));
  }

  private static Optional<Candidate> passiveAgent(String sentence, List<Candidate> candidates, int triggerBegin,
      int triggerEnd) {
    boolean triggerEndsInBy = ENDS_WITH_BY.matcher(sentence.substring(triggerBegin, triggerEnd)).find();
    for (Candidate c : candidates) {
      if (c.begin() < triggerEnd || c.place()) {
        continue;
      }
      String gap = sentence.substring(triggerEnd, c.begin());
      if (gap.length() > 40) {
        return Optional.empty();
      }
      boolean byHere = PASSIVE_AGENT.matcher(gap).find() && (triggerEndsInBy || gap.toLowerCase(java.util.Locale.ROOT)
          .contains("by"));
      boolean adjectiveAfterBy = triggerEndsInBy && gap.strip().matches("(?:the\\s+)?");
      return byHere || adjectiveAfterBy ? Optional.of(c) : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> location(String sentence, List<Candidate> candidates, int triggerBegin) {
    Optional<Candidate> after = candidates.stream().filter(c -> c.place() && c.begin() >= triggerBegin).findFirst();
    if (after.isPresent()) {
      return Optional.of(after.get().name());
    }
    return candidates.stream().filter(c -> c.place() && c.begin() < triggerBegin).reduce((a, b) -> b)
        .map(Candidate::name);
  }

  private List<Candidate> candidates(String sentence, int sentenceBegin, List<EntityMention> entities) {
    List<Candidate> out = new ArrayList<>();
    boolean[] covered = new boolean[sentence.length() + 1];
    for (EntityMention e : entities) {
      int b = e.begin() - sentenceBegin;
      int en = Math.min(sentence.length(), e.end() - sentenceBegin);
      if (b < 0 || b >= sentence.length()) {
        continue;
      }
      String name = e.canonicalName() != null && !e.canonicalName().isBlank() ? e.canonicalName() : e.text();
      out.add(new Candidate(b, en, name, e.coarseType().equals("LOC") && placeBefore(sentence, b)));
      mark(covered, b, en);
    }
    Matcher a = aliases.pattern().matcher(sentence);
    while (a.find()) {
      if (!covered[a.start()]) {
        boolean place = placeBefore(sentence, a.start());
        // a capital after "in" is where it happened ("in Kyiv"), not the country acting
        out.add(new Candidate(a.start(), a.end(), place ? a.group() : aliases.canonical(a.group()), place));
        mark(covered, a.start(), a.end());
      }
    }
    Matcher opening = OPENING_NAME.matcher(sentence);
    if (opening.find() && !covered[opening.start("name")] && !NOT_NAMES.contains(firstWord(opening.group("name")))) {
      out.add(new Candidate(opening.start("name"), opening.end("name"), opening.group("name"), false));
      mark(covered, opening.start("name"), opening.end("name"));
    }
    Matcher n = NAME.matcher(sentence);
    while (n.find()) {
      if (n.start() == 0 || covered[n.start()] || NOT_NAMES.contains(firstWord(n.group()))) {
        continue;
      }
      String before = sentence.substring(Math.max(0, n.start() - 30), n.start());
      boolean place = PLACE_PREPOSITION.matcher(before).find();
      boolean role = before.matches("(?s).*\\b(?:with|against|on|from|by)\\s+$");
      if (place || role) {
        out.add(new Candidate(n.start(), n.end(), n.group(), place));
      }
    }
    out.sort(Comparator.comparingInt(Candidate::begin));
    return out;
  }

  private static boolean placeBefore(String sentence, int at) {
    return PLACE_PREPOSITION.matcher(sentence.substring(Math.max(0, at - 20), at)).find();
  }

  /** The first word without a possessive ending: "Tuesday’s Russian strike" → "Tuesday". */
  private static String firstWord(String s) {
    int sp = s.indexOf(' ');
    String w = sp < 0 ? s : s.substring(0, sp);
    return w.endsWith("’s") || w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  private static void mark(boolean[] covered, int b, int e) {
    for (int i = b; i < e && i < covered.length; i++) {
      covered[i] = true;
    }
  }
}

package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsanalytics.common.quotes.PersonGenders.Gender;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.Quote;

/**
 * Turns the words in a speaker position into a {@link Speaker}, for one article: the NER mention
 * with its canonical name when the entities cover the phrase, otherwise the project's own rules
 * (organisation names, capitalised names without their titles, unnamed descriptions). Bare
 * surnames resolve to the nearest full name mentioned earlier; pronouns to the nearest compatible
 * speaker of the last few sentences, else to the nearest compatible person named before them. "He"
 * and "she" are compatible with a person whose gender is unknown or their own ({@link PersonGenders}:
 * a gendered title right before the name, else the first name).
 */
final class SpeakerResolver {
  /** Capitalised words that start sentences rather than names. */
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "or", "if",
      "as", "after", "before", "when", "while", "this", "that", "these", "those", "it", "he", "she", "they", "we",
      "i", "his", "her", "their", "our", "its", "for", "from", "with", "by", "to", "of", "so", "yet", "still",
      "also", "asked", "according", "meanwhile", "however", "there", "here", "what", "who", "why", "how", "where",
      "some", "many", "all", "no", "not", "both", "either", "neither", "each", "every", "my", "your", "than",
      "then", "now", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "speaking", "since", "until", "though", "although", "because", "during", "under", "over", "about",
      "one", "two", "mr", "instead", "later", "earlier", "last", "next", "former", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept", "jan",
      "feb", "aug", "oct", "nov", "yes", "well", "like", "even", "just", "only", "more", "most", "other",
      "another", "any", "such", "nearly", "having", "almost", "roughly", "among", "despite", "perhaps", "given", "across", "amid",
      "facing", "without", "within", "toward", "towards", "through", "throughout", "unlike", "thursday's", "monday's", "tuesday's", "wednesday's", "friday's");
  /** Words after which a noun phrase is a modifier of what follows, not the speaker. */
  static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "from", "for", "with", "on", "who", "which", "that",
      "whose", "to", "by", "about", "after", "during", "near", "under", "over", "into", "speaking", "whom");
  private static final int PRONOUN_REACH_SENTENCES = 3;
  /** How far before a pronoun a person named but not quoted can be its antecedent. */
  private static final int PRONOUN_REACH_CHARS = 600;
  /** How far back from a name a gendered title is looked for, over titles and names ("Mrs. Ann Romney"). */
  private static final int MAX_TITLE_TOKENS = 4;
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "miss", "mx");
  static final String AUTHOR = "(author)";
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");
  private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.\\s");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private final String text;
  private final QuoteCues cues;
  private final PersonGenders genders;
  private final List<Token> tokens;
  private final Map<String, List<String[]>> organisationPhrases;
  private final List<EntityMention> entities;
  /** lower-case surname → full names with the offset they were seen at, in text order */
  private final Map<String, List<Named>> fullNames = new HashMap<>();
  /** person names in text order, for pronouns with no recent speaker */
  private final List<Named> personMentions = new ArrayList<>();
  private final List<Remembered> recent = new ArrayList<>();

  private record Named(int offset, String name, Gender gender) {}

  private record Remembered(Speaker speaker, int sentenceIndex, Gender gender) {}

  /**
   * @param quoted per token, whether it lies inside quotation marks: a name someone mentions in a
   *     quote is no antecedent for "he" or "she" outside it
   */
  SpeakerResolver(String text, List<Token> tokens, boolean[] quoted, List<EntityMention> entities, QuoteCues cues,
      Map<String, List<String[]>> organisationPhrases, PersonGenders genders) {
    this.text = text;
    this.cues = cues;
    this.genders = genders;
    this.tokens = tokens;
    this.organisationPhrases = organisationPhrases;
    this.entities = entities.stream()
        .filter(e -> e.coarseType().equals("PERSON") || e.coarseType().equals("ORG")).map(this::withFirstName)
        .sorted(Comparator.comparingInt(EntityMention::begin)).toList();
    indexNames(tokens, quoted);
  }

  /**
   * "Benjamin J. Rhodes": a model's person mention may start at the middle initial ("J. Rhodes");
   * the capitalised word right before it, when no title, is the first name. Unresolved names only.
   */
  private EntityMention withFirstName(EntityMention e) {
    if (!e.coarseType().equals("PERSON") || !MIDDLE_INITIAL.matcher(e.text()).lookingAt()
        || e.canonicalName() != null && !e.canonicalName().equals(e.text()) || e.begin() < 2 || text.charAt(e.begin() - 1) != ' ') {
      return e;
    }
    int space = e.begin() - 1;
    int first = space;
    while (first > 0 && (Character.isLetter(text.charAt(first - 1)) || text.charAt(first - 1) == '-')) {
      first--;
    }
    if (space - first < 2 || !Character.isUpperCase(text.charAt(first))
        || cues.titles().contains(text.substring(first, space).toLowerCase(Locale.ROOT))) {
      return e;
    }
    String name = text.substring(first, e.end());
    return new EntityMention(e.sentenceIndex(), first, e.end(), name, e.entityType(), name, e.method(), e.confidence());
  }

  /** Records every multi-word person name so that later surnames and pronouns can find it. */
  private void indexNames(List<Token> tokens, boolean[] quoted) {
    for (EntityMention e : entities) {
      if (e.coarseType().equals("PERSON") && e.canonicalName() != null) {
        addFullName(e.begin(), e.canonicalName());
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      if (!isNameToken(tokens.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && isNameToken(tokens.get(j))
          && (j == i || !tokens.get(j - 1).isPossessive() && sameLine(tokens.get(j - 1), tokens.get(j)))) {
        j++;
      }
      int a = stripLeading(tokens, i, j);
      if (a < j && !isOrganisationName(tokens, a, j)) {
        String name = join(tokens, a, j);
        if (j - a >= 2) {
          addFullName(tokens.get(a).begin(), name);
        }
        if (!quoted[a]) {
          String canonical = canonicalPerson(name, tokens.get(a).begin());
          personMentions.add(new Named(tokens.get(a).begin(), canonical, personGender(a, canonical)));
        }
      }
      i = j;
    }
  }

  private void addFullName(int offset, String name) {
    String[] parts = WHITESPACE.split(name);
    String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    if (parts.length >= 2) {
      fullNames.computeIfAbsent(last, k -> new ArrayList<>()).add(new Named(offset, name, Gender.UNKNOWN));
    }
  }

  /**
   * The speaker named by tokens[a, b), or null when the phrase names nobody. Pronouns come back
   * with type PRONOUN, to be passed through {@link #resolvePronoun}.
   */
  Speaker fromPhrase(List<Token> tokens, int a, int b) {
    while (a < b && !tokens.get(b - 1).isWord()) {
      b--;
    }
    while (a < b && !tokens.get(a).isWord()) {
      a++;
    }
    if (a >= b) {
      return null;
    }
    if (b - a == 1 && tokens.get(a).text().equals("I")) {
      // outside quotation marks, "I" is the writer of the article
      Token t = tokens.get(a);
      return new Speaker(t.text(), t.begin(), t.end(), AUTHOR, "AUTHOR", "PERSON");
    }
    if (b - a == 1 && cues.isPronoun(tokens.get(a).text())) {
      Token t = tokens.get(a);
      return new Speaker(t.text(), t.begin(), t.end(), Quote.UNKNOWN_SPEAKER, "PRONOUN",
          cues.personPronouns().contains(t.lower()) ? "PERSON" : "ORG");
    }
    Speaker entity = fromEntities(tokens.get(a).begin(), tokens.get(b - 1).end());
    if (entity != null) {
      return entity;
    }
    int c = a;
    while (c < b && !PREPOSITIONS.contains(tokens.get(c).lower())
        && !tokens.get(c).text().equals(",")) {
      c++;
    }
    // the phrase's head decides: "Kremlin spokesman Dmitry Peskov" is Peskov, "the Kremlin" the Kremlin
    Speaker s = organisation(tokens, a, c);
    Speaker named = name(tokens, a, c, false);
    if (s == null || named != null && named.end() > s.end()) {
      s = named;
    }
    if (s == null && c > a && cues.speakerNouns().contains(tokens.get(c - 1).lower())) {
      int d = a;
      while (d < c && (tokens.get(d).is("the") || tokens.get(d).is("a") || tokens.get(d).is("an"))) {
        d++;
      }
      String phrase = text.substring(tokens.get(d).begin(), tokens.get(b - 1).end());
      s = new Speaker(text.substring(tokens.get(a).begin(), tokens.get(b - 1).end()), tokens.get(a).begin(),
          tokens.get(b - 1).end(), phrase, "NOMINAL", "NOMINAL");
    }
    if (s == null && c < b) {
      s = name(tokens, c, b, true);
    }
    return s;
  }

  private Speaker fromEntities(int begin, int end) {
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (e.begin() >= end) {
        break;
      }
      if (e.begin() >= begin && e.end() <= end
          && (best == null || e.coarseType().equals("PERSON") || !best.coarseType().equals("PERSON"))) {
        best = e;
      }
    }
    if (best == null) {
      return null;
    }
    String canonical = best.canonicalName() == null || best.canonicalName().isBlank() ? best.text() : best.canonicalName();
    if (best.coarseType().equals("PERSON")) {
      canonical = canonicalPerson(canonical, best.begin());
    }
    return new Speaker(best.text(), best.begin(), best.end(), canonical, best.coarseType(), best.coarseType());
  }

  private Speaker organisation(List<Token> tokens, int a, int b) {
    for (int i = a; i < b; i++) {
      String[] best = null;
      for (String[] phrase : organisationPhrases.getOrDefault(tokens.get(i).bare(), List.of())) {
        if (i + phrase.length <= b && (best == null || phrase.length > best.length)) {
          boolean match = true;
          for (int k = 0; k < phrase.length && match; k++) {
            match = tokens.get(i + k).bare().equals(phrase[k]);
          }
          if (match) {
            best = phrase;
          }
        }
      }
      if (best != null) {
        int end = i + best.length;
        // "the state TASS news agency" -> TASS; "the Russian foreign ministry" -> Russian foreign ministry
        int from = tokens.get(i).isCapitalised() ? i : a;
        while (from < i && (tokens.get(from).is("the") || tokens.get(from).is("a") || tokens.get(from).isPossessive())) {
          from++;
        }
        if (tokens.get(end - 1).isPossessive() && end < b) {
          continue; // "TASS's report": the organisation modifies another head
        }
        String name = POSSESSIVE.matcher(join(tokens, from, end)).replaceFirst("");
        return new Speaker(name, tokens.get(from).begin(), tokens.get(end - 1).end(), name, "ORG", "ORG");
      }
    }
    return null;
  }

  /** The last capitalised name in tokens[a, b), titles dropped; null if there is none. */
  private Speaker name(List<Token> tokens, int a, int b, boolean needsTwoWords) {
    int j = b;
    while (j > a) {
      while (j > a && !isNameToken(tokens.get(j - 1))) {
        j--;
      }
      if (j == a) {
        return null;
      }
      int i = j;
      while (i > a && isNameToken(tokens.get(i - 1)) && !(i < j && tokens.get(i - 1).isPossessive())
          && (i == j || sameLine(tokens.get(i - 1), tokens.get(i)))) {
        i--;
      }
      boolean possessiveModifier = tokens.get(j - 1).isPossessive() && j < b;
      int s = stripLeading(tokens, i, j);
      boolean capitalisedNoun = j - s == 1 && cues.speakerNouns().contains(tokens.get(s).lower());
      if (s < j && !possessiveModifier && !capitalisedNoun && !(needsTwoWords && j - s < 2) && !isShouted(tokens, s, j)) {
        String name = POSSESSIVE.matcher(join(tokens, s, j)).replaceFirst("");
        int begin = tokens.get(s).begin();
        int end = tokens.get(j - 1).end();
        if (isOrganisationName(tokens, s, j)) {
          return new Speaker(name, begin, end, name, "ORG", "ORG");
        }
        return new Speaker(name, begin, end, canonicalPerson(name, begin), "PERSON", "PERSON");
      }
      j = i;
    }
    return null;
  }

  /** A bare surname (or "Mr. Okafor") becomes the nearest full name with that surname seen before. */
  private String canonicalPerson(String name, int offset) {
    String[] parts = WHITESPACE.split(name);
    if (parts.length > 1) {
      return name;
    }
    List<Named> candidates = fullNames.get(parts[0].toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return name;
    }
    Named best = null;
    for (Named n : candidates) {
      if (n.offset() < offset) {
        best = n;
      }
    }
    if (best == null) {
      best = candidates.get(0); // named in full only later, as in a headline before the story
    }
    return best.name();
  }

  /** Skips function words and titles at the front of a capitalised run. */
  private int stripLeading(List<Token> tokens, int i, int j) {
    while (i < j) {
      String w = tokens.get(i).lower();
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (HONORIFICS.contains(bare) && i + 1 < j) {
        return i + 1; // "Mr. Bishop": after an honorific comes the name, whatever it looks like
      }
      if (NOT_NAMES.contains(bare) || cues.titles().contains(w) || cues.titles().contains(bare)
          || (tokens.get(i).isPossessive() && i + 1 < j)) {
        i++;
      } else {
        break;
      }
    }
    // "U.N. Ambassador John Bolton", "Vermont Sen. Bernie Sanders": the name follows the last title
    for (int k = j - 2; k > i; k--) {
      String w = tokens.get(k).lower();
      if (cues.titles().contains(w) || w.endsWith(".") && cues.titles().contains(w.substring(0, w.length() - 1))) {
        return k + 1;
      }
    }
    return i;
  }

  private boolean isOrganisationName(List<Token> tokens, int a, int b) {
    for (int i = a; i < b; i++) {
      if (cues.organisationWords().contains(tokens.get(i).bare())) {
        return true;
      }
    }
    String joined = join(tokens, a, b).toLowerCase(Locale.ROOT);
    return cues.organisations().contains(joined);
  }

  private boolean sameLine(Token a, Token b) {
    for (int k = a.end(); k < b.begin(); k++) {
      if (text.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  /** Two or more words in capitals ("RED STATES OUTNUMBER BLUE STATES"): a headline, not a name. */
  private static boolean isShouted(List<Token> tokens, int a, int b) {
    int shouted = 0;
    for (int i = a; i < b; i++) {
      String w = tokens.get(i).text();
      if (w.length() >= 3 && w.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c))) {
        shouted++;
      }
    }
    return shouted >= 2;
  }

  static boolean isNameToken(Token t) {
    String s = t.text();
    return s.length() > 1 && Character.isUpperCase(s.charAt(0));
  }

  private String join(List<Token> tokens, int a, int b) {
    return text.substring(tokens.get(a).begin(), tokens.get(b - 1).end());
  }

  /** A pronoun → the nearest compatible speaker of the last sentences, else the nearest person named. */
  Speaker resolvePronoun(Speaker pronoun, int sentenceIndex) {
    boolean person = "PERSON".equals(pronoun.referentType());
    Gender gender = genders.ofPronoun(pronoun.text());
    for (int k = recent.size() - 1; k >= 0; k--) {
      Remembered r = recent.get(k);
      if (sentenceIndex - r.sentenceIndex() > PRONOUN_REACH_SENTENCES) {
        break;
      }
      if (r.speaker().begin() < pronoun.begin() && compatible(person, r.speaker().referentType())
          && gender.compatibleWith(r.gender())) {
        return resolved(pronoun, r.speaker());
      }
    }
    if (person) {
      Named best = nearestMention(pronoun.begin(), gender);
      if (best != null) {
        return new Speaker(pronoun.text(), pronoun.begin(), pronoun.end(), best.name(), "PRONOUN_RESOLVED", "PERSON");
      }
    }
    return new Speaker(pronoun.text(), pronoun.begin(), pronoun.end(), Quote.UNKNOWN_SPEAKER, "UNKNOWN", "UNKNOWN");
  }

  /**
   * The person named nearest before offset, within reach, that "he" or "she" can stand for: one
   * known to have the pronoun's gender, else one of unknown gender named in full (a capitalised
   * run is not always a person: "Berlin", "Facebook"), else any of unknown gender.
   */
  private Named nearestMention(int offset, Gender gender) {
    Named sameGender = null;
    Named fullName = null;
    Named any = null;
    for (Named n : personMentions) {
      if (n.offset() >= offset) {
        break;
      }
      if (offset - n.offset() >= PRONOUN_REACH_CHARS || !gender.compatibleWith(n.gender())) {
        continue;
      }
      any = n;
      if (gender != Gender.UNKNOWN && n.gender() == gender) {
        sameGender = n;
      } else if (WHITESPACE.split(n.name()).length >= 2) {
        fullName = n;
      }
    }
    return sameGender != null ? sameGender : fullName != null ? fullName : any;
  }

  private static boolean compatible(boolean person, String type) {
    return person ? type.equals("PERSON") : type.equals("ORG") || type.equals("NOMINAL");
  }

  private static Speaker resolved(Speaker pronoun, Speaker antecedent) {
    return new Speaker(pronoun.text(), pronoun.begin(), pronoun.end(), antecedent.canonical(), "PRONOUN_RESOLVED",
        antecedent.referentType());
  }

  /** Resolves a pronoun speaker in place; other speakers pass through. */
  Speaker settle(Speaker s, int sentenceIndex) {
    if (s != null && s.isPronoun()) {
      return resolvePronoun(s, sentenceIndex);
    }
    return s;
  }

  void remember(Speaker s, int sentenceIndex) {
    if (s != null && s.known() && !"AUTHOR".equals(s.type())) { // "he" never means the writer
      recent.add(new Remembered(s, sentenceIndex, speakerGender(s)));
    }
  }

  /** A speaker's gender: a pronoun's own, else a person's by title or first name; unknown for the rest. */
  private Gender speakerGender(Speaker s) {
    if (!"PERSON".equals(s.referentType()) || !s.hasMention()) {
      return Gender.UNKNOWN;
    }
    Gender g = genders.ofPronoun(s.text());
    return g != Gender.UNKNOWN ? g : personGender(tokenAt(s.begin()), s.canonical());
  }

  /**
   * The gender of the person named from token {@code first} on: a gendered title among the titles
   * and names right before it ("Mrs. Clinton", "spokeswoman Dana Reyes"), else the first name of the
   * canonical name ("Hillary Clinton").
   */
  private Gender personGender(int first, String canonical) {
    for (int k = first - 1; k >= 0 && k >= first - MAX_TITLE_TOKENS; k--) {
      Token t = tokens.get(k);
      Gender g = genders.ofTitle(t.lower());
      if (g != Gender.UNKNOWN) {
        return g;
      }
      String bare = t.lower().endsWith(".") ? t.lower().substring(0, t.lower().length() - 1) : t.lower();
      if (!(cues.titles().contains(t.lower()) || cues.titles().contains(bare) || isNameToken(t))) {
        break;
      }
    }
    return genders.ofName(canonical);
  }

  /** The index of the token covering or first after offset (the size when none). */
  private int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}

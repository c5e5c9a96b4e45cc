package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSpan;

/**
 * Gives quotes whose speaker is an office ("the President said", "the Head of State noted") or a
 * document ("the message reads") the name of the person behind it, the way a reader does: the person
 * the article titles with that office ("President of Ukraine Volodymyr Zelenskyy", "Sergey Lavrov,
 * the foreign minister,"), nearest before the quote; for a document, the person or organisation of
 * the nearest earlier sentence that names such a document ("Vladimir Putin sent a message"). When
 * the article names nobody so, the speaker is unknown: an office alone tells an analyst counting
 * speakers nothing, and "President" would otherwise top every list of speakers of a presidency's news.
 * The mention's text and offsets stay as found.
 */
public final class RoleSpeakerLinker {
  /** The speaker type of a quote whose office or document was linked to a name. */
  public static final String LINKED = "NOMINAL_RESOLVED";
  /** The speaker type of a group ("the leaders agreed"): its speaker is unknown. */
  public static final String GROUP = "GROUP";
  private static final Pattern OF_AFTER = Pattern.compile("^\\s+(of\\s+(?:State|Government|state|government))\\b");
  private static final Pattern INDEFINITE = Pattern.compile("^(?:a|an|one|some|two|three|several|many)\\s",
      Pattern.CASE_INSENSITIVE);

  private final SpeakerRoles roles;
  private final Pattern titleBefore;
  private final Pattern titleAfter;

  public RoleSpeakerLinker() {
    this(SpeakerRoles.loadDefault());
  }

  RoleSpeakerLinker(SpeakerRoles roles) {
    this.roles = roles;
    String alternatives = roles.titles().stream().map(Pattern::quote).collect(Collectors.joining("|"));
    this.titleBefore = Pattern.compile("(?:^|[^\\w-])((?:[\\w'’.-]+\\s+)?(?:" + alternatives + ")(?:\\s+of\\s+(?:the\\s+)?"
        + "[\\w'’.-]+(?:\\s+[\\w'’.-]+){0,3}?)?)\\s*$", Pattern.CASE_INSENSITIVE);
    this.titleAfter = Pattern.compile("^\\s*,\\s*(?:the\\s+)?((?:[\\w'’-]+\\s+){0,3}?(?:" + alternatives + ")"
        + "(?:\\s+of\\s+(?:the\\s+)?[\\w'’.-]+)?)\\b",
        Pattern.CASE_INSENSITIVE);
  }

  public List<Quote> link(ArticleDoc doc, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    List<TitledMention> people = null; // read on the first office, once per article
    for (Quote q : quotes) {
      if (people == null && needsPeople(q)) {
        people = people(doc);
      }
      out.add(link(doc, q, people));
    }
    return out;
  }

  /** A PERSON mention of the article with its name and the title the text gives it there, if any. */
  private record TitledMention(String name, int begin, Optional<String> title) {}

  /** The article's PERSON mentions with their titles: the title patterns run once per mention. */
  private List<TitledMention> people(ArticleDoc doc) {
    List<TitledMention> out = new ArrayList<>();
    for (EntityMention e : doc.entities()) {
      if ("PERSON".equals(e.entityType())) {
        out.add(new TitledMention(name(e), e.begin(), title(doc, e)));
      }
    }
    return out;
  }

  private static boolean needsPeople(Quote q) {
    return q.speakerCanonical() != null && ("NOMINAL".equals(q.speakerType()) || "PRONOUN_RESOLVED".equals(q.speakerType()));
  }

  private Quote link(ArticleDoc doc, Quote q, List<TitledMention> people) {
    boolean nominal = "NOMINAL".equals(q.speakerType());
    if (!nominal && !"PRONOUN_RESOLVED".equals(q.speakerType()) || q.speakerCanonical() == null
        || nominal && q.speakerText() != null && INDEFINITE.matcher(q.speakerText().strip()).find()) {
      return q;
    }
    int at = q.speakerBegin() != null && q.speakerBegin() >= 0 ? q.speakerBegin() : q.begin();
    String phrase = q.speakerCanonical() + officeOf(doc, q);
    if (nominal && roles.isGroup(phrase)) {
      return new Quote(q.sentenceIndex(), q.kind(), q.quoteText(), q.begin(), q.end(), q.speakerText(),
          Quote.UNKNOWN_SPEAKER, q.speakerBegin(), q.speakerEnd(), GROUP, q.cue(), q.confidence(), q.attributionRule());
    }
    Optional<String> office = roles.office(phrase);
    if (office.isPresent()) {
      return withSpeaker(q, titledPerson(doc, people, office.get(), SpeakerRoles.place(phrase), at));
    }
    if (nominal && roles.isDocument(q.speakerCanonical())) {
      return withSpeaker(q, sender(doc, SpeakerRoles.normalise(q.speakerCanonical()), at));
    }
    return q;
  }

  /** " of State" when the mention stopped before it ("according to the Head" of "the Head of State"). */
  private static String officeOf(ArticleDoc doc, Quote q) {
    if (q.speakerEnd() == null || q.speakerEnd() < 0 || q.speakerEnd() > doc.text().length()) {
      return "";
    }
    Matcher m = OF_AFTER.matcher(doc.text().substring(q.speakerEnd(), Math.min(doc.text().length(), q.speakerEnd() + 40)));
    return m.find() ? " " + m.group(1) : "";
  }

  /**
   * Among the people the article titles with the office (and with the place the phrase names, as in
   * "President of Ukraine"), the one it mentions most: "the President" of a statement about a phone
   * call with another country's president is the statement's own. Ties go to the nearest before.
   */
  private Optional<String> titledPerson(ArticleDoc doc, List<TitledMention> people, String office, String qualifier,
      int at) {
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Integer> nearest = new HashMap<>();
    Set<String> titled = new HashSet<>();
    for (TitledMention p : people) {
      mentions.merge(p.name(), 1, Integer::sum);
      nearest.merge(p.name(), Math.abs(p.begin() - at) + (p.begin() < at ? 0 : doc.text().length()), Math::min);
      Optional<String> title = p.title();
      if (title.isPresent() && roles.holds(title.get(), office) && (qualifier == null || sharesStem(title.get(), qualifier))) {
        titled.add(p.name());
      }
    }
    return titled.stream().max(Comparator.<String>comparingInt(mentions::get)
        .thenComparing(Comparator.<String>comparingInt(nearest::get).reversed()));
  }

  /** "Ukrainian" and "Ukraine", "Russian" and "Russia": a word of the title shares the place's first letters. */
  private static boolean sharesStem(String title, String place) {
    String p = place.toLowerCase(Locale.ROOT);
    String stem = p.substring(0, Math.min(5, p.length()));
    for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= stem.length() && w.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The title right before a name ("Foreign Minister Sergey Lavrov") or in apposition after it. */
  private Optional<String> title(ArticleDoc doc, EntityMention e) {
    SentenceSpan s = doc.sentenceAt(e.begin());
    String text = doc.text();
    Matcher m = titleBefore.matcher(text.substring(Math.max(s.begin(), e.begin() - 80), e.begin()));
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    m = titleAfter.matcher(text.substring(e.end(), Math.min(text.length(), Math.max(e.end(), s.end()))));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Who sent, signed or issued the document: the first person (else organisation) of the nearest earlier sentence naming it. */
  private static Optional<String> sender(ArticleDoc doc, String document, int at) {
    Pattern word = Pattern.compile("\\b" + Pattern.quote(document) + "s?\\b");
    List<SentenceSpan> sentences = doc.sentences();
    for (int i = sentences.size() - 1; i >= 0; i--) {
      SentenceSpan s = sentences.get(i);
      if (s.begin() >= at) {
        continue;
      }
      int end = Math.min(s.end(), at);
      Matcher m = word.matcher(doc.text().substring(s.begin(), end).toLowerCase(Locale.ROOT));
      if (!m.find()) {
        continue;
      }
      int noun = s.begin() + m.start();
      Optional<EntityMention> person = firstBefore(doc, s, noun, "PERSON");
      Optional<EntityMention> found = person.isPresent() ? person : firstBefore(doc, s, noun, "ORG");
      if (found.isPresent()) {
        return found.map(RoleSpeakerLinker::name);
      }
    }
    return Optional.empty();
  }

  private static Optional<EntityMention> firstBefore(ArticleDoc doc, SentenceSpan s, int limit, String type) {
    return doc.entities().stream()
        .filter(e -> e.begin() >= s.begin() && e.end() <= limit && type.equals(e.entityType())).findFirst();
  }

  private static String name(EntityMention e) {
    return e.canonicalName() != null && !e.canonicalName().isBlank() ? e.canonicalName() : e.text();
  }

  private static Quote withSpeaker(Quote q, Optional<String> name) {
    return new Quote(q.sentenceIndex(), q.kind(), q.quoteText(), q.begin(), q.end(), q.speakerText(),
        name.orElse(Quote.UNKNOWN_SPEAKER), q.speakerBegin(), q.speakerEnd(), name.isPresent() ? LINKED : "UNKNOWN",
        q.cue(), q.confidence(), q.attributionRule());
  }
}

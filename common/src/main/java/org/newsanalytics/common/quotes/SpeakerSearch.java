package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteWords.BETWEEN_SUBJECT_AND_VERB;
import static org.newsanalytics.common.quotes.QuoteWords.CLAUSE_WORDS;
import static org.newsanalytics.common.quotes.QuoteWords.DETERMINERS;
import static org.newsanalytics.common.quotes.QuoteWords.MAX_SUBJECT_TOKENS;
import static org.newsanalytics.common.quotes.QuoteWords.PASSIVE_OR_INFINITIVE;
import static org.newsanalytics.common.quotes.QuoteWords.TIME_WORDS;
import static org.newsanalytics.common.quotes.QuoteWords.WEEKDAYS;

import java.util.List;
import java.util.Set;

/**
 * Locates the speaker around a cue, for one article: the subject before a verb of saying ("X said",
 * "X, a senior official, said", "Paul Ryan (R-WI) said"), the name after it ("said X", "according
 * to X"), unnamed descriptions ("the businessman"), and the attribution before or after a quotation.
 */
final class SpeakerSearch {
  /** A speaker found around a cue, the cue's words, and the cue's token (-1 when no token is the cue). */
  record Attribution(Speaker speaker, String cue, int cueToken) {}

  private static final Set<String> DESCRIPTION_DETERMINERS = Set.of("the", "a", "an", "another", "one", "my", "his", "her",
      "their", "its", "our", "this");
  private static final int MAX_APPOSITIVE_TOKENS = 30;
  /** Quantities that open a speaker's description ("one of the advisers", "two senior officials"). */
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "some", "several",
      "many", "most", "few", "both", "all");
  /** The most tokens of a party tag between commas ("R-S.C."). */
  private static final int MAX_TAG_TOKENS = 6;
  private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-[A-Za-z. ]{2,12}");
  /** Capitalised words that open a clause as adverbs, never as a speaker's name. */
  private static final Set<String> OPENING_ADVERBS = Set.of("likewise", "meanwhile", "however", "still", "instead",
      "now", "then", "later", "also", "yet", "indeed", "here", "there", "today", "yesterday", "earlier", "back",
      "wait", "see", "again", "thus", "so", "and", "but", "or", "moreover", "furthermore", "nevertheless", "afterward",
      "afterwards", "soon", "once", "first", "finally", "next", "recently", "currently", "previously", "similarly",
      "additionally", "ultimately", "separately", "clearly", "obviously", "apparently", "basically", "certainly",
      "eventually", "initially", "originally", "subsequently", "unfortunately", "fortunately", "interestingly",
      "notably", "specifically", "importantly", "publicly", "privately", "reportedly", "repeatedly");
  /** The longest source phrase taken after "according to" when it names nobody. */
  private static final int MAX_SOURCE_DESCRIPTION_TOKENS = 20;
  /** The longest subject taken before a cue when no name or speaker noun heads it. */
  private static final int MAX_DESCRIBED_SUBJECT_TOKENS = 12;

  private final ArticleTokens article;
  private final String text;
  private final List<Token> tokens;
  private final int[] quoteOf;
  private final SpeakerResolver speakers;
  private final QuoteCues cues;

  SpeakerSearch(ArticleTokens article) {
    this.article = article;
    this.text = article.text();
    this.tokens = article.tokens();
    this.quoteOf = article.quoteOf();
    this.speakers = article.speakers();
    this.cues = article.cues();
  }

  /**
   * The subject that opens a clause introducing a quote ("Hillary Clinton posted a comment of her
   * own:"), when no cue verb names the speaker.
   */
  Attribution clauseSubject(int from, int to) {
    Attribution a = subjectAt(from, to);
    if (a == null) {
      // "Here in Columbia, Sanders stepped up ...": the subject follows a fronted adverbial
      // "With donors nervous about the polls, the governor is putting out a message:"
      for (int c = from + 1; c < to; c++) {
        if (tokens.get(c).text().equals(",") && quoteOf[c] < 0) {
          Attribution after = subjectAt(c + 1, to);
          if (after != null || c >= from + MAX_SUBJECT_TOKENS) {
            return after;
          }
        }
      }
    }
    return a;
  }

  private Attribution subjectAt(int from, int to) {
    if (from < to && isOpeningAdverb(tokens.get(from))) {
      // "Recently she announced …:", "Likewise, a paper …": the adverb is no name
      int next = from + 1 < to && tokens.get(from + 1).text().equals(",") ? from + 2 : from + 1;
      return next < to ? subjectAt(next, to) : null;
    }
    int e = from;
    while (e < to && e < from + MAX_SUBJECT_TOKENS) {
      Token t = tokens.get(e);
      String w = t.lower();
      boolean ofInName = w.equals("of") && e > from && e + 1 < to && SpeakerResolver.isNameToken(tokens.get(e + 1));
      boolean writer = e == from && t.text().equals("I"); // "…, I laughed and said, “…”"
      if (writer) {
        e++;
        break;
      }
      if (!t.isWord() || !(SpeakerResolver.isNameToken(t) || DETERMINERS.contains(w) || cues.isPronoun(w)
          || cues.speakerNouns().contains(w) || cues.titles().contains(w) || ofInName)) {
        break; // "Former Secretary of State Madeleine Albright urged ...": "of" inside a title
      }
      e++;
      if (cues.isPronoun(w)) {
        break; // a pronoun is the whole subject: "She then addressed …" ("then" is also a title word)
      }
    }
    if (e == from || e >= to) {
      return null;
    }
    Speaker s = speakers.fromPhrase(tokens, from, e);
    return s == null || !s.hasMention() ? null : new Attribution(s, null, -1);
  }

  /** A capitalised adverb that opens a clause ("Recently", "Likewise", "Meanwhile", "Back"): no name. */
  private static boolean isOpeningAdverb(Token t) {
    String w = t.lower();
    return t.isCapitalised() && OPENING_ADVERBS.contains(w);
  }

  /** A cue after the closing mark: {@code ," X said}, {@code ," said X}, {@code " – X}, {@code ," according to X}. */
  Attribution attributionAfter(int from, int to) {
    int i = from;
    // a comma, or the stray apostrophe of a quote closed inside a quote ("'old-school,''' said X")
    while (i < to && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals("'")
        || tokens.get(i).text().equals("’"))) {
      i++;
    }
    if (i >= to) {
      return null;
    }
    if (tokens.get(i).isDash()) {
      return dashSignature(i, to);
    }
    int phrase = article.sourcePhraseAt(i);
    if (phrase > 0) {
      int e = forwardPhraseEnd(i + phrase, to);
      Speaker s = speakers.fromPhrase(tokens, i + phrase, e);
      if (s == null) {
        s = description(i + phrase, e); // "…" according to a court document
      }
      return s == null ? null : new Attribution(s, article.joinLower(i, i + phrase), -1);
    }
    for (int v = i; v < to && v < i + MAX_APPOSITIVE_TOKENS; v++) {
      int len = article.cueLength(v);
      if (len == 0) {
        continue;
      }
      Speaker s = v == i ? speakerAfterCue(v + len, to) : subjectOfCue(i, v, len, to);
      return s == null ? null : new Attribution(s, article.joinLower(v, v + len), v);
    }
    return null;
  }

  /** "''…'' -- Nora Blake, adviser": a quote signed after a dash, up to the next comma. */
  private Attribution dashSignature(int dash, int to) {
    if (dash + 1 < to && CLAUSE_WORDS.contains(tokens.get(dash + 1).lower())) {
      return null; // "''…'' -- and Nora Blake, …": the sentence goes on, nobody signs the quote
    }
    int e = dash + 1;
    while (e < to && !tokens.get(e).text().equals(",")) {
      e++;
    }
    Speaker s = speakers.fromPhrase(tokens, dash + 1, e);
    return s == null || e - dash > 8 ? null : new Attribution(s, tokens.get(dash).text(), -1);
  }

  /** "…," said X: the speaker after a cue that comes right after the quote ({@code from} is after the cue). */
  private Speaker speakerAfterCue(int from, int to) {
    int e = forwardPhraseEnd(from, to);
    Speaker s = speakers.fromPhrase(tokens, from, e);
    if (s == null) {
      s = description(from, e); // "…," said the 46-year-old.
    }
    if (s == null) {
      s = personUpToComma(from, to); // "…," said master of ceremonies Asab Al-Tabchi, a ...
    }
    if (s == null || "NOMINAL".equals(s.type())) {
      Speaker role = roleAfterCue(from, to);
      s = role != null ? role : s;
    }
    return s;
  }

  /** "…," X said: the subject between the quote ({@code i}) and the cue at {@code v}, {@code len} tokens long. */
  private Speaker subjectOfCue(int i, int v, int len, int to) {
    int e = i;
    while (e < v && !tokens.get(e).text().equals(",") && !tokens.get(e).text().equals("(")) {
      e++; // "…," Rep. Alan J. Morrow (D-Md.) said: the name ends before the party tag
    }
    e = trimAdverbs(i, e);
    Speaker s = e - i <= MAX_SUBJECT_TOKENS ? speakers.fromPhrase(tokens, i, e) : null;
    if (s != null && "NOMINAL".equals(s.type()) && e < v && tokens.get(e).text().equals(",")) {
      Speaker apposition = personUpToComma(e + 1, v); // "Smith's campaign manager, Jeff Wade, said"
      s = apposition != null ? apposition : s;
    }
    if (s == null) {
      s = description(i, e); // "…," the businessman replied.
    }
    if (s == null && e < v) {
      s = subjectBefore(v, i); // "…" to push the rents higher, she said.
    }
    if (s == null && tokens.get(v - 1).text().equals(",")) {
      s = speakers.fromPhrase(tokens, v + len, forwardPhraseEnd(v + len, to)); // "…" for Clinton, said Kunin.
    }
    return s;
  }

  /** A person named within the few words from {@code from} to the next comma, after a lower-case role. */
  Speaker personUpToComma(int from, int to) {
    int c = from;
    while (c < to && c < from + MAX_SUBJECT_TOKENS && !tokens.get(c).text().equals(",") && quoteOf[c] < 0
        && !tokens.get(c).isStop()) {
      c++;
    }
    Speaker named = c > from ? speakers.fromPhrase(tokens, from, c) : null;
    return named != null && "PERSON".equals(named.type()) ? named : null;
  }

  /**
   * The speaker named by a role after "said" that the phrase rules leave out: the name set off
   * after it ("said Rubio's deputy campaign manager, Rich Beeson, who …"), else the role itself
   * when it ends in a speaker noun ("said one of those advisers, who …", "said another leading
   * Supreme Court advocate"). The role runs to the first comma or clause word.
   */
  Speaker roleAfterCue(int from, int to) {
    int c = from;
    while (c < to && c < from + MAX_SUBJECT_TOKENS && tokens.get(c).isWord() && quoteOf[c] < 0
        && !CLAUSE_WORDS.contains(tokens.get(c).lower())) {
      c++;
    }
    int noun = c - 1;
    while (noun > from && !cues.speakerNouns().contains(tokens.get(noun).lower())) {
      noun--; // "one Republican involved in the planning": the noun, then what qualifies it
    }
    if (c == from || !cues.speakerNouns().contains(tokens.get(noun).lower())) {
      return null;
    }
    if (c < to && tokens.get(c).text().equals(",")) {
      Speaker apposition = personUpToComma(c + 1, to);
      if (apposition != null) {
        return apposition;
      }
    }
    Token first = tokens.get(from);
    if (!(DESCRIPTION_DETERMINERS.contains(first.lower()) || first.isPossessive() || NUMBER_WORDS.contains(first.lower()))) {
      return null;
    }
    int begin = first.begin();
    int end = tokens.get(c - 1).end();
    return new Speaker(text.substring(begin, end), begin, end, text.substring(begin, end), "NOMINAL", "NOMINAL");
  }

  /**
   * An unnamed speaker described by a determiner and a few words ("the businessman", "another
   * friend"), accepted only right next to a cue of a direct quote, where nothing else can be the speaker.
   */
  Speaker description(int from, int to) {
    if (to - from < 2 || to - from > 5 || !DESCRIPTION_DETERMINERS.contains(tokens.get(from).lower())) {
      return null;
    }
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).lower();
      if (!tokens.get(i).isWord() || QuoteWords.FINITE_AUXILIARIES.contains(w) || CLAUSE_WORDS.contains(w) && i > from) {
        return null; // "that Sanders can catch Clinton" is a clause, not a description
      }
    }
    String head = tokens.get(to - 1).lower();
    if (SpeakerResolver.PREPOSITIONS.contains(head) || head.equals("upon") || head.endsWith("ed")) {
      return null; // "a wave of boos upon", "a court document filed": no head noun
    }
    int begin = tokens.get(from).begin();
    int end = tokens.get(to - 1).end();
    String canonical = text.substring(tokens.get(from + 1).begin(), end);
    return new Speaker(text.substring(begin, end), begin, end, canonical, "NOMINAL", "NOMINAL");
  }

  /** A cue before the opening mark: {@code X said: "}, {@code X told a news conference: "}, {@code said X: "}. */
  Attribution attributionBefore(int from, int to, boolean requireIntro) {
    int phrase = from < to ? article.sourcePhraseAt(from) : 0;
    if (phrase > 0) {
      int e = forwardPhraseEnd(from + phrase, to);
      Speaker s = speakers.fromPhrase(tokens, from + phrase, e);
      if (s != null) {
        return new Attribution(s, article.joinLower(from, from + phrase), -1);
      }
    }
    for (int v = to - 1; v >= from; v--) {
      if (quoteOf[v] >= 0) {
        continue;
      }
      int len = article.cueLength(v);
      if (len == 0 || article.isPassiveOrInfinitive(v)) {
        continue;
      }
      Speaker s = subjectBefore(v, from);
      boolean addressee = cues.addresseeLemmas().contains(article.cueLemma(v, len));
      if (s == null && !addressee) {
        // "said X: “…”"; after "told", the phrase is the addressee ("told Fox News: “…”")
        s = speakers.fromPhrase(tokens, v + len, forwardPhraseEnd(v + len, to));
      }
      if (s == null && v > from && tokens.get(v - 1).text().equals(",")) {
        // "Albright urged women to vote for Clinton, saying, “…”": the clause's subject speaks
        Attribution subject = clauseSubject(from, v - 1);
        s = subject == null ? null : subject.speaker();
      }
      if (s == null && requireIntro) {
        int k = v;
        while (k > from && v - k < 5 && tokens.get(k - 1).isWord() && !CLAUSE_WORDS.contains(tokens.get(k - 1).lower())) {
          k--;
        }
        s = description(k, trimAdverbs(k, v)); // the businessman said: "…", a reader could then ask: "…"
      }
      if (s == null && v > from && (tokens.get(v - 1).is("and") || tokens.get(v - 1).is("but"))) {
        // "The Kremlin said ... but said ...": the subject of the earlier cue
        Attribution earlier = attributionBefore(from, v - 1, requireIntro);
        s = earlier == null ? null : earlier.speaker();
        if (s == null) {
          s = coordinatedSubject(from, v - 1); // "…, he laughed and said, “…”"
        }
      }
      if (s == null && v > from && tokens.get(v - 1).is("by")) {
        s = coordinatedSubject(from, v - 1); // "When he returned he began by saying, “…”"
      }
      if (s == null) {
        return null;
      }
      return new Attribution(s, article.joinLower(v, v + len), v);
    }
    return null;
  }

  /**
   * The subject of the clause whose verb the cue is coordinated with ("When Mook was asked …, he
   * laughed and said"): the nearest clause start before {@code and} whose first words name a
   * speaker (a name, a pronoun or a speaker noun).
   */
  Speaker coordinatedSubject(int from, int and) {
    for (int k = and - 1; k >= from && and - k <= MAX_APPOSITIVE_TOKENS; k--) {
      if (quoteOf[k] >= 0) {
        return null;
      }
      if (k == from || tokens.get(k - 1).text().equals(",") || CLAUSE_WORDS.contains(tokens.get(k - 1).lower())) {
        Attribution a = subjectAt(k, and);
        if (a != null) {
          return a.speaker();
        }
      }
    }
    return null;
  }

  /**
   * The subject of a finite cue that no name or speaker noun vouches for: the words from the
   * clause's start to the cue ("nearly two-thirds of Democratic primary voters said", "Some of
   * Clinton's longtime allies said", "Many speakers at the service said"). A verb in the present
   * or past, not after a comma (that is "…, said X"), right after a noun phrase of a few words
   * that begins the clause, reports speech whoever the phrase names.
   */
  Speaker describedSubject(int cue, int from) {
    if (!cues.openSubjectLemmas().contains(article.cueLemma(cue, article.cueLength(cue)))) {
      return null;
    }
    int head = trimAdverbs(from, cue); // "Some of his allies have also said"
    if (head == from || tokens.get(head - 1).text().equals(",") || !tokens.get(head - 1).isWord()
        || !couldHeadSubject(tokens.get(head - 1))) {
      return null;
    }
    int start = head;
    while (start > from && head - start < MAX_DESCRIBED_SUBJECT_TOKENS && quoteOf[start - 1] < 0) {
      Token t = tokens.get(start - 1);
      if (t.text().equals(",") || t.isDash() || t.text().equals(":") || t.text().equals("(")
          || t.text().equals(")") || CLAUSE_WORDS.contains(t.lower()) || article.cueLength(start - 1) > 0) {
        break;
      }
      if (PASSIVE_OR_INFINITIVE.contains(t.lower()) || BETWEEN_SUBJECT_AND_VERB.contains(t.lower())) {
        return null; // "Sanders is conceding the race in a phone call": a verb, so no noun phrase
      }
      start--;
    }
    if (start == head || head - start >= MAX_DESCRIBED_SUBJECT_TOKENS
        || SpeakerResolver.PREPOSITIONS.contains(tokens.get(start).lower())) {
      return null;
    }
    int begin = tokens.get(start).begin();
    int end = tokens.get(head - 1).end();
    return new Speaker(text.substring(begin, end), begin, end, text.substring(begin, end), "NOMINAL", "NOMINAL");
  }

  /** A determiner or a possessive ("the", "his", "Trump's") cannot end a subject. */
  private boolean couldHeadSubject(Token t) {
    String w = t.lower();
    return !(DETERMINERS.contains(w) || DESCRIPTION_DETERMINERS.contains(w) || t.isPossessive());
  }

  /**
   * After "according to", the phrase up to the next comma or sentence end is the source whatever
   * its head ("a count by The Associated Press", "state law", "the 2009 paper"): the cue itself
   * says a source follows, so no list of speaker nouns has to vouch for it.
   */
  Speaker sourceDescription(int from, int to) {
    int e = from;
    while (e < to && e - from < MAX_SOURCE_DESCRIPTION_TOKENS && quoteOf[e] < 0 && !tokens.get(e).isStop()
        && !tokens.get(e).text().equals(",") && !tokens.get(e).isDash() && !tokens.get(e).text().equals("(")) {
      e++;
    }
    if (e == from || e - from >= MAX_SOURCE_DESCRIPTION_TOKENS || article.countWords(from, e) == 0) {
      return null;
    }
    int begin = tokens.get(from).begin();
    int end = tokens.get(e - 1).end();
    int head = from;
    while (head + 1 < e && DESCRIPTION_DETERMINERS.contains(tokens.get(head).lower())) {
      head++;
    }
    String canonical = text.substring(tokens.get(head).begin(), end);
    return new Speaker(text.substring(begin, end), begin, end, canonical, "NOMINAL", "NOMINAL");
  }

  /** The subject of the cue at v: "X said", "X, a senior official, said", "X has also said". */
  Speaker subjectBefore(int v, int limit) {
    int j = v - 1;
    while (j >= limit && (BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(j).lower())
        || WEEKDAYS.contains(tokens.get(j).lower()) || TIME_WORDS.contains(tokens.get(j).lower()))) {
      j--; // "Priebus later Thursday told ..."
    }
    if (j < limit) {
      return null;
    }
    if (tokens.get(j).text().equals(")")) {
      // "Paul Ryan (R-WI) said": step over the parenthesis
      int k = j - 1;
      while (k > limit && !tokens.get(k).text().equals("(") && j - k < 8) {
        k--;
      }
      if (k > limit && tokens.get(k).text().equals("(")) {
        return nounPhraseEndingAt(k, limit);
      }
      return null;
    }
    if (tokens.get(j).is("who") && j > limit) {
      // "voters who said ...": the relative pronoun is the mention, its antecedent the speaker
      Speaker antecedent = nounPhraseEndingAt(tokens.get(j - 1).text().equals(",") ? j - 1 : j, limit);
      Token who = tokens.get(j);
      return antecedent == null ? null : new Speaker(who.text(), who.begin(), who.end(), antecedent.canonical(),
          "PRONOUN_RESOLVED", antecedent.referentType());
    }
    if (tokens.get(j).text().equals(",")) {
      int k = j - 1;
      while (k >= limit && !tokens.get(k).text().equals(",") && quoteOf[k] < 0 && j - k < MAX_APPOSITIVE_TOKENS) {
        k--;
      }
      if (k < limit || !tokens.get(k).text().equals(",") || k == j - 1) {
        return null;
      }
      Speaker head = nounPhraseEndingAt(k, limit);
      if ((head == null || "NOMINAL".equals(head.type())) && j - k <= 5) {
        // "Sanders's campaign manager, Jeff Weaver, said": the role names nobody, the apposition does
        Speaker apposition = speakers.fromPhrase(tokens, k + 1, j);
        if (apposition != null && "PERSON".equals(apposition.type())) {
          return apposition;
        }
      }
      if (head == null && k - 1 > limit) {
        // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": a party tag set off by commas too
        int m = k - 1;
        while (m >= limit && !tokens.get(m).text().equals(",") && quoteOf[m] < 0 && k - m <= MAX_TAG_TOKENS) {
          m--;
        }
        if (m > limit && tokens.get(m).text().equals(",") && k - m <= MAX_TAG_TOKENS && isPartyTag(m + 1, k)) {
          head = nounPhraseEndingAt(m, limit);
        }
      }
      return head;
    }
    return nounPhraseEndingAt(j + 1, limit);
  }

  /** "R-S.C.", "D-Md.": a party and state abbreviation. */
  private boolean isPartyTag(int from, int to) {
    String tag = text.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    return PARTY_TAG.matcher(tag).matches();
  }

  /** The speaker named by the noun phrase ending just before token {@code end}, if its head names one. */
  Speaker nounPhraseEndingAt(int end, int limit) {
    int start = end;
    while (start - 1 >= limit && end - start < MAX_SUBJECT_TOKENS && quoteOf[start - 1] < 0) {
      Token t = tokens.get(start - 1);
      if (!t.isWord() || CLAUSE_WORDS.contains(t.lower()) || article.cueLength(start - 1) > 0) {
        break;
      }
      start--;
    }
    if (start >= end) {
      return null;
    }
    Speaker s = speakers.fromPhrase(tokens, start, end);
    Token head = tokens.get(end - 1);
    boolean describedHead = cues.speakerNouns().contains(head.lower());
    if (s == null || !s.hasMention() || s.end() < head.end() && !describedHead) {
      return null; // "Ukraine must abandon four regions": the phrase's head is no speaker
    }
    return s;
  }

  /**
   * A speaker and a verb no cue list names, right after a quote that leaves its sentence open
   * ("“…,” Toomey fumed.", "“…!” beamed Donald Hartley", "“…,” the statement read."): in that slot
   * news style only ever puts the attribution. The verb is a past form ending in "-ed" or one of the
   * cue file's {@code after_quote_verbs}; the phrase must name a speaker.
   */
  Attribution verbAfterQuote(int from, int to) {
    if (from >= to) {
      return null;
    }
    if (isAttributingVerb(from)) {
      // "… ,” beamed Donald Hartley of Madison"
      int e = forwardPhraseEnd(from + 1, to);
      Speaker s = speakers.fromPhrase(tokens, from + 1, e);
      if (s == null) {
        s = description(from + 1, e);
      }
      return s == null || s.isPronoun() ? null : new Attribution(s, tokens.get(from).lower(), from);
    }
    for (int v = from + 1; v < to && v <= from + MAX_SUBJECT_TOKENS; v++) {
      Token t = tokens.get(v);
      if (!t.isWord() || quoteOf[v] >= 0) {
        return null;
      }
      if (!isAttributingVerb(v)) {
        continue;
      }
      if (v + 1 < to && tokens.get(v + 1).isWord() && !SpeakerResolver.PREPOSITIONS.contains(tokens.get(v + 1).lower())
          && !CLAUSE_WORDS.contains(tokens.get(v + 1).lower()) && !WEEKDAYS.contains(tokens.get(v + 1).lower())
          && !TIME_WORDS.contains(tokens.get(v + 1).lower())) {
        return null; // "“…,” Trump questioned the plan": the verb takes an object, it attributes nothing
      }
      int e = trimAdverbs(from, v);
      Speaker s = speakers.fromPhrase(tokens, from, e);
      if (s == null) {
        s = description(from, e);
      }
      return s == null ? null : new Attribution(s, t.lower(), v);
    }
    return null;
  }

  private boolean isAttributingVerb(int i) {
    Token t = tokens.get(i);
    String w = t.lower();
    String lemma = cues.lemmaOf(w);
    if (lemma != null && cues.indirectOnlyLemmas().contains(lemma)) {
      return false; // "“…” the aide declined to say more": an indirect-only cue never attributes a quote
    }
    return t.isWord() && !t.isCapitalised() && (w.length() > 4 && w.endsWith("ed") || cues.afterQuoteVerbs().contains(w));
  }

  int forwardPhraseEnd(int from, int to) {
    int e = from;
    while (e < to && e < from + MAX_SUBJECT_TOKENS) {
      Token t = tokens.get(e);
      String w = t.lower();
      if (!t.isWord() || CLAUSE_WORDS.contains(w) || SpeakerResolver.PREPOSITIONS.contains(w) || quoteOf[e] >= 0
          || article.cueLength(e) > 0 || w.endsWith("ing") && !t.isCapitalised()) {
        break;
      }
      e++;
    }
    return e;
  }

  int trimAdverbs(int from, int end) {
    while (end > from && BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(end - 1).lower())) {
      end--;
    }
    return end;
  }
}

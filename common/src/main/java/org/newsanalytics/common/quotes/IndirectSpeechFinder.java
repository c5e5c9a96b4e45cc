package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteFinder.INDIRECT;
import static org.newsanalytics.common.quotes.QuoteWords.CLAUSE_WORDS;
import static org.newsanalytics.common.quotes.QuoteWords.DETERMINERS;
import static org.newsanalytics.common.quotes.QuoteWords.MAX_SUBJECT_TOKENS;
import static org.newsanalytics.common.quotes.QuoteWords.TIME_WORDS;
import static org.newsanalytics.common.quotes.QuoteWords.WEEKDAYS;

import java.util.List;
import java.util.Set;
import org.newsanalytics.common.extract.Quote;

/**
 * Indirect speech of one article, a sentence at a time: a reporting verb with its subject and content
 * ("X said (that) ...", "X told reporters ...", "X quoted a source as saying ..."), verbs whose object
 * is the content ("praised her effort"), "according to X", and open subjects ("most voters said").
 */
final class IndirectSpeechFinder {

  /** Words that may open a sentence before a participle that reports ("After saying ...", "While denying ..."). */
  private static final Set<String> FRONTING_WORDS = Set.of("after", "while", "before", "since", "by", "when",
      "despite", "besides");

  /** Words that answer a question on their own ("most said yes"). */
  private static final Set<String> ONE_WORD_ANSWERS = Set.of("yes", "no", "so");

  private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were");
  /** Adverbs between "is" and a passive participle ("is widely expected"). */
  private static final Set<String> PASSIVE_ADVERBS = Set.of("widely", "not", "also", "still", "generally", "largely",
      "now", "already");

  /** The most words of a phrase fronted before "according to X," that the sentence goes on after. */
  private static final int MAX_FRONTED_WORDS = 8;

  /** The most tokens of a relative clause between its noun and the cue ("voters who ... said"). */
  private static final int MAX_RELATIVE_TOKENS = 12;

  /** The most tokens of an apposition between a sentence's opening name and its cue. */
  private static final int MAX_APPOSITIVE_TOKENS = 20;

  /** The most words between a question participle and its question word ("Asked on Monday by a reporter whether"). */
  private static final int MAX_QUESTION_LEAD_TOKENS = 8;

  private final ArticleTokens article;
  private final SpeakerSearch search;
  private final List<Token> tokens;
  private final int[] quoteOf;
  private final int[] sentenceOf;
  private final boolean[] consumed;
  private final boolean[] spanIsDirect;
  private final SpeakerResolver speakers;
  private final QuoteCues cues;
  private final ReportedContent content;
  /** the end of the content last reported in the current sentence */
  private int reportedUntil;

  IndirectSpeechFinder(ArticleTokens article, SpeakerSearch search) {
    this.article = article;
    this.search = search;
    this.tokens = article.tokens();
    this.quoteOf = article.quoteOf();
    this.sentenceOf = article.sentenceOf();
    this.consumed = article.consumed();
    this.spanIsDirect = article.spanIsDirect();
    this.speakers = article.speakers();
    this.cues = article.cues();
    this.content = new ReportedContent(article, search);
  }

  /** The reported speech of the sentence of tokens [from, to). */
  void find(int from, int to) {
    Speaker sentenceSpeaker = null;
    reportedUntil = from;
    for (int t = from; t < to; t++) {
      if (quoteOf[t] >= 0 || consumed[t] || t < reportedUntil) {
        continue; // a cue inside reported content ("... and tell him ...") belongs to that report
      }
      int phrase = article.sourcePhraseAt(t);
      if (phrase > 0) {
        accordingTo(t, phrase, from, to);
        continue;
      }
      int len = article.reportCueLength(t);
      if (len > 0 && passiveWithoutAgent(t, len, from, to)) {
        continue;
      }
      if (len > 0 && cues.impressionLemmas().contains(article.cueLemma(t, len))) {
        impression(t, len, from, to);
        continue;
      }
      if (len == 0 || article.isPassiveOrInfinitive(t)) {
        continue;
      }
      String form = tokens.get(t).lower();
      String lemma = article.cueLemma(t, len);
      Speaker subject;
      if (form.endsWith("ing")) {
        subject = participleSubject(t, len, from, to, sentenceSpeaker, lemma);
        if (subject == null) {
          continue;
        }
      } else {
        subject = finiteSubject(t, from, sentenceSpeaker, lemma);
      }
      if (subject == null && cues.questionLemmas().contains(lemma) && question(t, len, to)) {
        continue; // "Asked whether ..., Ryan said": the question is its own attribution
      }
      if (subject == null && commaBefore(t, from)) {
        Speaker said = contentThenSaidX(t, len, from, to);
        if (said != null) {
          sentenceSpeaker = said;
          continue;
        }
        subject = appositiveSubject(t - 1, from);
      }
      if (subject == null) {
        continue;
      }
      if (reportContent(t, len, subject, from, to)) {
        sentenceSpeaker = subject;
      }
    }
  }

  /** A comma right before the cue; it may sit inside a partial quote's marks. */
  private boolean commaBefore(int t, int from) {
    return t > from && (tokens.get(t - 1).text().equals(",") || commaInsidePartialQuote(t - 1));
  }

  /** "..., said X." with the content before it: emits the report and returns X; null when no name follows. */
  private Speaker contentThenSaidX(int t, int len, int from, int to) {
    int e = search.forwardPhraseEnd(t + len, to);
    Speaker s = speakers.fromPhrase(tokens, t + len, e);
    if (s != null && s.hasMention() && !namesWholePhrase(s, t + len, e)) {
      return null; // "..., said Ann Holt should resign": the name opens the content, it does not follow the cue
    }
    if (s == null || !content.endsSoon(e, to)) {
      return null;
    }
    emitIndirect(from, t - 1, s, tokens.get(t).lower(), t, 0.6, 2, AttributionRule.CONTENT_THEN_SAID_X);
    return s;
  }

  /**
   * The speaker of an -ing cue: "..., adding that ..." reports more of the same speaker; other -ing
   * forms are not clauses. Null when the participle reports nothing here (a fronted participle is
   * reported on its own).
   */
  private Speaker participleSubject(int t, int len, int from, int to, Speaker sentenceSpeaker, String lemma) {
    Speaker subject;
    if (t > from && tokens.get(t - 1).is("and") && t - 1 > from && quoteOf[t - 2] < 0) {
      // "... pointing to his record and saying that ...": coordinated with a participle or clause before
      subject = sentenceSpeaker != null ? sentenceSpeaker : search.coordinatedSubject(from, t - 1);
      if (subject == null) {
        return null;
      }
    } else if (t == from || t - 1 == from && FRONTING_WORDS.contains(tokens.get(from).lower())) {
      frontedParticiple(t, len, from, to); // "After saying that ..., the mayor left"
      return null;
    } else if (!tokens.get(t - 1).text().equals(",")) {
      return null;
    } else {
      subject = sentenceSpeaker != null ? sentenceSpeaker : quotedSpeakerBefore(t, from);
    }
    if (subject != null && sentenceSpeaker == null && cues.objectLemmas().contains(lemma) && quoteFollows(t + len)) {
      return null; // "“A,” X said, referring to Y. “B”": a gloss between two quotes of one report
    }
    return subject != null ? subject : search.coordinatedSubject(from, t - 1); // "X went after Y, calling him ..."
  }

  /** The subject of a finite cue ("X said", "X and Y said", "people who ... say"); null when none is found. */
  private Speaker finiteSubject(int t, int from, Speaker sentenceSpeaker, String lemma) {
    Speaker subject = search.subjectBefore(t, from);
    if (subject == null && t > from && (tokens.get(t - 1).is("and") || tokens.get(t - 1).is("but"))) {
      subject = sentenceSpeaker != null ? sentenceSpeaker : search.coordinatedSubject(from, t - 1);
    }
    if (subject == null) {
      subject = search.describedSubject(t, from); // "nearly two-thirds of Democratic primary voters said ..."
    }
    if (subject == null && cues.openSubjectLemmas().contains(lemma)) {
      subject = relativeSubject(t, from); // "people who have fought such threats say ..."
    }
    return subject;
  }

  /**
   * The content of the cue at {@code t} ({@code len} tokens) whose speaker is {@code subject}: the
   * object of an object cue, the clause after a report or "that", or the clause before "..., X said".
   * True when a report was emitted.
   */
  private boolean reportContent(int t, int len, Speaker subject, int from, int to) {
    String lemma = article.cueLemma(t, len);
    int contentStart = t + len;
    int afterCue = t + len;
    if (cues.reportLemmas().contains(lemma)) {
      int as = content.findAsSaying(contentStart, to);
      if (as < 0) {
        return false;
      }
      contentStart = as;
      afterCue = as;
    } else if (cues.objectLemmas().contains(lemma)) {
      // "praised her effort", "called for a ban", "accused Obama of bungling it": the object is the content
      int objectEnd = content.objectEnd(contentStart, to);
      if (objectEnd > contentStart && !(quoteOf[contentStart] >= 0 && spanIsDirect[quoteOf[contentStart]])) {
        emitIndirect(contentStart, objectEnd, subject, article.joinLower(t, t + len), t, 0.6, 1, AttributionRule.OBJECT_OF_CUE);
        return true;
      }
      return false;
    } else {
      int that = content.findThat(contentStart, to);
      if (that >= 0) {
        contentStart = that;
      } else if (cues.addresseeLemmas().contains(lemma)) {
        contentStart = content.skipAddressee(contentStart, to);
      }
    }
    return reportFrom(t, len, subject, from, to, contentStart, afterCue);
  }

  /** Emits the report whose content starts at {@code contentStart}, in the form its length and shape say. */
  private boolean reportFrom(int t, int len, Speaker subject, int from, int to, int contentStart, int afterCue) {
    String cue = article.joinLower(t, t + len);
    int resumes = parentheticalCueEnd(t, len, subject, from, to);
    if (resumes > 0) {
      // "Many of the plans, he said, were never funded": one report around the cue
      emitIndirect(Math.max(from, reportedUntil), content.contentEnd(resumes, to), subject, cue, t, 0.7, 3,
          AttributionRule.PARENTHETICAL_CUE);
      return true;
    }
    int contentEnd = content.contentEnd(contentStart, to);
    if (contentStart < to && (tokens.get(contentStart).text().equals(":") || quoteOf[contentStart] >= 0
        && spanIsDirect[quoteOf[contentStart]])) {
      return false; // the cue of a direct quote
    }
    if (contentStart + 1 < to && ONE_WORD_ANSWERS.contains(tokens.get(contentStart).lower()) && quoteOf[contentStart] < 0
        && (!tokens.get(contentStart + 1).isWord() || SpeakerResolver.PREPOSITIONS.contains(tokens.get(contentStart + 1).lower())
        || content.startsTimeAdverbial(contentStart + 1))) {
      // "half said so in the earlier poll", "72 percent said yes, while ...": the answer is the whole content
      emitIndirect(contentStart, contentStart + 1, subject, cue, t, 0.6, 1, AttributionRule.ONE_WORD_ANSWER);
      return true;
    }
    if (contentStart < to && tokens.get(contentStart).is("to") && article.countWords(contentStart, contentEnd) == 2) {
      // "declined to comment": an infinitive is whole content however short
      emitIndirect(contentStart, contentEnd, subject, cue, t, 0.6, 2, AttributionRule.INFINITIVE_REPORT);
      return true;
    }
    if (article.countWords(contentStart, contentEnd) < 3) {
      // "..., X said." with the content before the speaker
      int comma = t - 1;
      while (comma > from && !tokens.get(comma).text().equals(",") && t - comma <= MAX_SUBJECT_TOKENS + 2) {
        comma--;
      }
      if (comma > from && tokens.get(comma).text().equals(",") && content.endsSoon(afterCue, to)) {
        emitIndirect(from, comma, subject, tokens.get(t).lower(), t, 0.6, 2, AttributionRule.CONTENT_THEN_X_SAID);
        return true;
      }
      return false;
    }
    emitIndirect(contentStart, contentEnd, subject, cue, t, 0.7, 2, AttributionRule.SUBJECT_CUE_CONTENT);
    return true;
  }

  /**
   * A participle with no subject that reports a question ("Asked whether ..., Ryan said", "when asked
   * by a reporter if ..."): the question runs from its question word to the next comma or sentence end;
   * its speaker is the asker named after "by", else unknown. True when a question was reported.
   */
  private boolean question(int cue, int len, int to) {
    int limit = Math.min(to, cue + len + MAX_QUESTION_LEAD_TOKENS);
    int by = -1;
    int q = cue + len;
    while (q < limit && !cues.questionWords().contains(tokens.get(q).lower())) {
      Token t = tokens.get(q);
      if (quoteOf[q] >= 0 || t.isStop() || t.text().equals(",") || !t.isWord() || article.cueLength(q) > 0) {
        return false;
      }
      if (t.is("by") && by < 0) {
        by = q;
      }
      q++;
    }
    if (q >= limit) {
      return false;
    }
    Speaker asker = Speaker.NONE;
    if (by >= 0 && by + 1 < q) {
      int e = search.forwardPhraseEnd(by + 1, q); // "by a reporter on Monday": the asker ends at "on"
      Speaker s = speakers.fromPhrase(tokens, by + 1, e);
      asker = s != null ? s : search.description(by + 1, e); // "by Stephanopoulos", "by a reporter"
      if (asker == null) {
        asker = Speaker.NONE;
      }
    }
    int end = q + 1;
    while (end < to && !tokens.get(end).isStop() && !tokens.get(end).text().equals(",")
        && !(quoteOf[end] >= 0 && spanIsDirect[quoteOf[end]])) {
      end++;
    }
    if (article.countWords(q, end) < 3) {
      return false;
    }
    emitIndirect(q, end, asker, article.joinLower(cue, cue + len), cue, 0.5, 3, AttributionRule.QUESTION_ASKED);
    return true;
  }

  /**
   * The token after ", X said," when the subject and cue stand between commas inside the sentence, the
   * report going on around them; 0 otherwise.
   */
  private int parentheticalCueEnd(int cue, int len, Speaker subject, int from, int to) {
    if (!subject.hasMention()) {
      return 0;
    }
    int s = article.tokenAt(subject.begin());
    if (s < 0) {
      return 0;
    }
    int comma = s - 1;
    while (comma > from && s - comma <= 3 && !tokens.get(comma).text().equals(",") && tokens.get(comma).isWord()) {
      comma--; // "officials", "Mr. Arad", "the campaign": the words the mention leaves out
    }
    if (comma <= from || !tokens.get(comma).text().equals(",") || quoteOf[comma] >= 0
        || article.countWords(from, comma) < 2) {
      return 0;
    }
    int after = cue + len;
    while (after < to && (WEEKDAYS.contains(tokens.get(after).lower()) || TIME_WORDS.contains(tokens.get(after).lower()))) {
      after++; // "officials said Friday,"
    }
    if (after + 1 >= to || !tokens.get(after).text().equals(",") || article.countWords(after + 1, to) < 3) {
      return 0;
    }
    return after + 1;
  }

  /**
   * The name that opens the sentence when an apposition set off by commas stands between it and the
   * cue ("Rep. Ann Holt of Ohio, a member of the panel, said ..."), else null.
   */
  private Speaker appositiveSubject(int comma, int from) {
    int first = from;
    while (first < comma && !tokens.get(first).text().equals(",")) {
      first++;
    }
    if (first >= comma || comma - first > MAX_APPOSITIVE_TOKENS) {
      return null;
    }
    for (int i = first + 1; i < comma; i++) {
      if (quoteOf[i] >= 0 || tokens.get(i).isStop() || article.cueLength(i) > 0) {
        return null;
      }
    }
    SpeakerSearch.Attribution a = search.clauseSubject(from, comma);
    if (a == null || !a.speaker().hasMention()) {
      return null;
    }
    int mentionEnd = article.tokenAt(a.speaker().end() - 1);
    return mentionEnd >= 0 && first - mentionEnd <= 3 ? a.speaker() : null; // "Ann Holt of Ohio,"
  }

  /** The speaker of the last quote in this sentence before token i ("“…,” she said, adding that …"), else null. */
  private Speaker quotedSpeakerBefore(int i, int from) {
    List<Quote> quotes = article.quotes();
    for (int k = quotes.size() - 1; k >= 0; k--) {
      Quote q = quotes.get(k);
      if (q.sentenceIndex() != sentenceOf[i] || q.begin() >= tokens.get(i).begin()) {
        continue;
      }
      if (q.speakerBegin() == null || q.speakerBegin() < tokens.get(from).begin()) {
        return null;
      }
      return new Speaker(q.speakerText(), q.speakerBegin(), q.speakerEnd(), q.speakerCanonical(), q.speakerType(),
          q.speakerType());
    }
    return null;
  }

  /** The sentence from token i on ends, and a quotation opens right after it. */
  private boolean quoteFollows(int i) {
    while (i < tokens.size() && quoteOf[i] < 0 && !tokens.get(i).isStop()) {
      i++;
    }
    while (i < tokens.size() && quoteOf[i] < 0 && tokens.get(i).isStop()) {
      i++;
    }
    return i < tokens.size() && quoteOf[i] >= 0;
  }

  /** The speaker's mention is the phrase [from, to) but for titles and determiners before it ("the Rev. Ann Holt"). */
  private boolean namesWholePhrase(Speaker s, int from, int to) {
    int first = article.tokenAt(s.begin());
    if (first < from || article.tokenAt(s.end() - 1) + 1 != to) {
      return false;
    }
    for (int i = from; i < first; i++) {
      Token t = tokens.get(i);
      if (!(t.isCapitalised() || DETERMINERS.contains(t.lower()) || cues.titles().contains(t.lower()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A participle that opens the sentence ("After saying that the plan had failed, the mayor left"): its
   * content runs to the first comma, its speaker is the subject of the clause after it.
   */
  private void frontedParticiple(int cue, int len, int from, int to) {
    int comma = cue + len;
    while (comma < to && !tokens.get(comma).text().equals(",") && quoteOf[comma] < 0 && !tokens.get(comma).isStop()) {
      comma++;
    }
    if (comma >= to || !tokens.get(comma).text().equals(",")) {
      return;
    }
    SpeakerSearch.Attribution a = search.clauseSubject(comma + 1, to);
    if (a == null) {
      return;
    }
    int that = content.findThat(cue + len, comma);
    emitIndirect(that >= 0 ? that : cue + len, comma, a.speaker(), article.joinLower(cue, cue + len), cue, 0.6, 2, AttributionRule.FRONTED_PARTICIPLE);
  }

  /**
   * A subject whose noun carries a relative clause ("people who have fought such threats say", "friends of
   * the senator who saw him recently said"): the noun phrase and its clause, else null.
   */
  private Speaker relativeSubject(int cue, int from) {
    int who = cue - 1;
    while (who > from && cue - who <= MAX_RELATIVE_TOKENS && !tokens.get(who).is("who")) {
      Token t = tokens.get(who);
      if (!t.isWord() || quoteOf[who] >= 0 || article.reportCueLength(who) > 0) {
        return null;
      }
      who--;
    }
    if (who <= from || !tokens.get(who).is("who") || who + 1 >= cue - 1) {
      return null;
    }
    int start = who;
    while (start > from && who - start < MAX_SUBJECT_TOKENS && quoteOf[start - 1] < 0) {
      Token t = tokens.get(start - 1);
      if (!t.isWord() || CLAUSE_WORDS.contains(t.lower()) || article.reportCueLength(start - 1) > 0) {
        break;
      }
      start--;
    }
    if (start == who || start - 1 >= from && start > from && !tokens.get(start - 1).text().equals(",")
        && !CLAUSE_WORDS.contains(tokens.get(start - 1).lower()) && quoteOf[start - 1] < 0
        || SpeakerResolver.PREPOSITIONS.contains(tokens.get(start).lower())) {
      return null;
    }
    int begin = tokens.get(start).begin();
    int end = tokens.get(cue - 1).end();
    String phrase = article.text().substring(begin, end);
    return new Speaker(phrase, begin, end, phrase, "NOMINAL", "NOMINAL");
  }

  /**
   * "The bill is expected to pass", "Both men are widely believed to favour it": a belief in the passive with
   * no one holding it, reported with the clause it governs and an unknown speaker. True when reported.
   */
  private boolean passiveWithoutAgent(int cue, int len, int from, int to) {
    int be = cue - 1;
    while (be > from && PASSIVE_ADVERBS.contains(tokens.get(be).lower())) {
      be--;
    }
    if (be <= from || !BE_FORMS.contains(tokens.get(be).lower()) || cue + len >= to
        || tokens.get(cue).lower().endsWith("ing")) { // "is seeking to": progressive, not passive
      return false;
    }
    if (tokens.get(cue + len).is("that") && tokens.get(be - 1).is("it")) {
      // "It is widely believed that the plan will fail": the that-clause, no one's
      emitIndirect(cue + len + 1, content.contentEnd(cue + len + 1, to), Speaker.NONE, article.joinLower(be, cue + len), cue,
          0.3, 3, AttributionRule.PASSIVE_BELIEF);
      return true;
    }
    if (!tokens.get(cue + len).is("to")) {
      return false;
    }
    int start = clauseStart(be, from);
    if (start == be) {
      return false;
    }
    emitIndirect(start, content.objectEnd(cue + len, to), Speaker.NONE, article.joinLower(be, cue + len), cue, 0.3, 3, AttributionRule.PASSIVE_BELIEF);
    return true;
  }

  /**
   * "Her rivals seemed unmoved by the speech": the clause is the writer's impression, an attribution with no
   * source. "Appeared on television" is no impression, and "appeared to admit" is the subject's own report.
   */
  private void impression(int cue, int len, int from, int to) {
    int next = cue + len;
    if (next + 1 >= to || SpeakerResolver.PREPOSITIONS.contains(tokens.get(next).lower())
        && !tokens.get(next).is("to") && !tokens.get(next).is("that")
        || tokens.get(next).is("to") && article.reportCueLength(next + 1) > 0) {
      return;
    }
    int start = clauseStart(cue, from);
    if (start < cue) {
      emitIndirect(start, content.objectEnd(next, to), Speaker.NONE, article.joinLower(cue, cue + len), cue, 0.3, 3, AttributionRule.WRITERS_IMPRESSION);
    }
  }

  /** The start of the clause that ends at token {@code end}: after punctuation, or at its clause word ("which"). */
  private int clauseStart(int end, int from) {
    int start = end;
    while (start > Math.max(from, reportedUntil) && quoteOf[start - 1] < 0) {
      Token t = tokens.get(start - 1);
      if (t.text().equals(",") || t.text().equals(";") || t.text().equals(":") || t.text().equals("(") || t.isDash()) {
        break;
      }
      start--;
      if (CLAUSE_WORDS.contains(t.lower())) {
        break; // "a race that is expected to ...": the relative clause is the report
      }
    }
    return start;
  }

  /** A closing mark right after a comma, of a quote that is not a whole one ("… parties “saw Burma …,” said X"). */
  private boolean commaInsidePartialQuote(int mark) {
    return mark > 0 && quoteOf[mark] >= 0 && !spanIsDirect[quoteOf[mark]] && !tokens.get(mark).isWord()
        && tokens.get(mark - 1).text().equals(",") && quoteOf[mark - 1] == quoteOf[mark];
  }

  private void accordingTo(int t, int phrase, int from, int to) {
    int e = search.forwardPhraseEnd(t + phrase, to);
    Speaker s = speakers.fromPhrase(tokens, t + phrase, e);
    if (s == null) {
      s = search.sourceDescription(t + phrase, to); // "according to a new poll by the Harvard Institute of Politics"
    }
    if (s == null) {
      return;
    }
    String cue = article.joinLower(t, t + phrase);
    if (t == from) {
      // "According to a member of the delegation, the drafts ...": the content follows the first comma
      int c = e;
      while (c < to && !tokens.get(c).text().equals(",") && quoteOf[c] < 0) {
        c++;
      }
      c = c < to && tokens.get(c).text().equals(",") ? c + 1 : e;
      emitIndirect(c, content.contentEnd(c, to), s, cue, t, 0.7, 2, AttributionRule.ACCORDING_TO);
    } else {
      int c = t > from && tokens.get(t - 1).text().equals(",") ? t - 1 : t;
      int after = s.hasMention() ? article.tokenAt(s.end() - 1) + 1 : -1;
      if (c < t && article.countWords(from, c) <= MAX_FRONTED_WORDS && after > 0 && after + 1 < to
          && tokens.get(after).text().equals(",") && article.countWords(after + 1, to) >= 3) {
        // "Over the long term, according to the budget office, the deficit will grow": one report around the source
        emitIndirect(from, content.contentEnd(after + 1, to), s, cue, t, 0.7, 2, AttributionRule.ACCORDING_TO);
      } else {
        emitIndirect(from, c, s, cue, t, 0.7, 2, AttributionRule.ACCORDING_TO);
      }
    }
  }

  private void emitIndirect(int from, int to, Speaker subject, String cue, int cueToken, double confidence,
      int minWords, AttributionRule rule) {
    while (from < to && !tokens.get(from).isWord() && quoteOf[from] < 0) {
      from++;
    }
    while (to > from && (tokens.get(to - 1).text().equals(",") || tokens.get(to - 1).isStop())) {
      to--;
    }
    if (article.countWords(from, to) < minWords) {
      return;
    }
    // a direct quote in the same stretch is already reported on its own
    for (int i = from; i < to; i++) {
      if (quoteOf[i] >= 0 && spanIsDirect[quoteOf[i]]) {
        return;
      }
    }
    Speaker speaker = speakers.settle(subject, sentenceOf[cueToken]);
    consumed[cueToken] = true;
    reportedUntil = Math.max(reportedUntil, to);
    article.emit(sentenceOf[cueToken], INDIRECT, tokens.get(from).begin(), tokens.get(to - 1).end(), speaker, cue,
        speaker.known() ? confidence : 0.3, rule);
    speakers.remember(speaker, sentenceOf[cueToken]);
  }
}

package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteFinder.DIRECT;
import static org.newsanalytics.common.quotes.QuoteFinder.INDIRECT;
import static org.newsanalytics.common.quotes.QuoteFinder.PARTIAL;
import static org.newsanalytics.common.quotes.QuoteWords.MAX_SUBJECT_TOKENS;

import java.util.List;
import java.util.Set;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/**
 * Direct and partial quotes of one article, one quotation-mark span at a time in text order: a
 * whole quotation attributed by a cue after or before it, or continuing the previous speaker's
 * quote; a few quoted words inside a reported sentence are a partial quote of that sentence's speaker.
 */
final class DirectQuoteFinder {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  /** Words of an opening adverbial that leave a quote whole ("In other words, he said, “…”"). */
  private static final int MAX_FRONTED_WORDS = 3;
  /** Words that open a subordinate clause: a report inside one is not the sentence's own. */
  private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "if", "while", "before",
      "because", "since", "although", "though", "once", "until", "unless");
  /** The most words of a quoted title ("Crippled America: How to Make America Great Again" is longer). */
  private static final int MAX_TITLE_WORDS = 6;
  /** Short words a title leaves in lower case. */
  private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "for", "and", "or",
      "in", "on", "at", "by", "with", "from", "as");
  /** Words between a cue and its "that" ("told reporters on Monday that"). */
  private static final int MAX_THAT_DISTANCE = 6;

  private final ArticleTokens article;
  private final SpeakerSearch search;
  private final String text;
  private final List<Token> tokens;
  private final int[] quoteOf;
  private final int[] paragraphOf;
  private final int[] sentenceOf;
  private final boolean[] consumed;
  private final List<QuotedSpan> spans;
  private final boolean[] spanIsDirect;
  private final SpeakerResolver speakers;
  private final List<Quote> out;
  private final QuoteCues cues;
  /** the last direct or partial quote, for continuations */
  private final PreviousQuote previous = new PreviousQuote();

  DirectQuoteFinder(ArticleTokens article, SpeakerSearch search) {
    this.article = article;
    this.search = search;
    this.text = article.text();
    this.tokens = article.tokens();
    this.quoteOf = article.quoteOf();
    this.paragraphOf = article.paragraphOf();
    this.sentenceOf = article.sentenceOf();
    this.consumed = article.consumed();
    this.spans = article.spans();
    this.spanIsDirect = article.spanIsDirect();
    this.speakers = article.speakers();
    this.out = article.quotes();
    this.cues = article.cues();
  }

  /**
   * A quoted paragraph with no cue, followed by a quoted paragraph that names its speaker
   * ("“A.”⏎⏎“B,” X said."), is X's too: news style attributes a run of quotes once.
   */
  void attributeBackwards() {
    Quote next = null;
    for (int k = out.size() - 1; k >= 0; k--) {
      Quote q = out.get(k);
      if (!DIRECT.equals(q.kind())) {
        continue;
      }
      if (next != null && q.speakerBegin() == null && next.speakerBegin() != null
          && paragraphOf[article.tokenAt(next.begin())] - paragraphOf[article.tokenAt(q.end() - 1)] == 1
          && opensParagraph(q.begin())) {
        q = new Quote(q.sentenceIndex(), q.kind(), q.quoteText(), q.begin(), q.end(), next.speakerText(),
            next.speakerCanonical(), next.speakerBegin(), next.speakerEnd(), next.speakerType(), next.cue(),
            RulePrecision.confidence(AttributionRule.PARAGRAPH_BEFORE_SPEAKER, 0.5),
            AttributionRule.PARAGRAPH_BEFORE_SPEAKER.label());
        out.set(k, q);
      }
      next = q;
    }
  }

  private boolean opensParagraph(int quoteBegin) {
    int t = article.tokenAt(quoteBegin);
    return t > 0 && (paragraphOf[t - 1] != paragraphOf[t] || t - 1 == 0 || paragraphOf[t - 2] != paragraphOf[t - 1]);
  }

  void quoted(int k) {
    QuoteSite site = QuoteSite.locate(article, search, previous, k);
    if (site == null) {
      return;
    }
    QuotedSpan q = site.quote;
    if (!isWhole(site)) {
      partial(k, q, site.open, site.close, site.tailEnd);
      return;
    }
    spanIsDirect[k] = true;
    if (site.interrupts() && previous.partial()) {
      // "The ''animosity …,'' he told CNN, ''and I hope …''": the rest of one mixed report
      continuePartial(k, q, site.open);
      return;
    }
    DirectQuoteSieve winner = null;
    Attribution a = null;
    for (DirectQuoteSieve sieve : Sieves.DIRECT) {
      a = sieve.attribute(site);
      if (a != null) {
        winner = sieve;
        break;
      }
    }
    if (winner != null && winner.quotesWordsOfReport(site, a)) {
      spanIsDirect[k] = false;
      partial(k, q, site.open, site.close, site.tailEnd);
      return;
    }
    if (isSubjectOfVerb(site) || a == null && q.unclosed()) {
      // a mark that opens a paragraph and never closes, with no cue or speaker: an excerpt set off the
      // way some sites set off block quotes, or a stray mark, not a quotation that could be attributed
      return;
    }
    if (winner != null && winner.rule() == AttributionRule.CONTINUES_SPEAKER && previous.partial()
        && goesOnWithReport(k, q, site.open, site.opensClause())) {
      continuePartial(k, q, site.open);
      return;
    }
    if (a == null && (looksLikeTitle(q) || site.words() < 3) || isTitleCased(q) || a != null && a.cue() == null
        && site.words() < 3) {
      return; // "Orange Is the New Black", "Related:", "Tough Choices.", "the documentary, “13th,”": names, not speech
    }
    record(site, winner, a);
  }

  /** "Reed's essay, “Home at last,” is a fine read": a title, the subject of "is". */
  private boolean isSubjectOfVerb(QuoteSite site) {
    int close = site.close;
    return close < tokens.size() && paragraphOf[close] == paragraphOf[site.open]
        && QuoteWords.AUXILIARIES.contains(tokens.get(close).text());
  }

  /** Reports the whole quotation at {@code site} as the winning sieve attributed it (none: no speaker). */
  private void record(QuoteSite site, DirectQuoteSieve winner, Attribution a) {
    int sentence = sentenceOf[site.open];
    Speaker speaker = a == null ? Speaker.NONE : speakers.settle(a.speaker(), sentence);
    double confidence = a == null ? 0.3 : a.speaker().isPronoun() ? (speaker.known() ? 0.75 : 0.4) : winner.estimate();
    if (a != null && a.cueToken() >= 0) {
      consumed[a.cueToken()] = true;
    }
    article.emit(sentence, DIRECT, site.quote.innerBegin(), site.quote.innerEnd(), speaker, a == null ? null : a.cue(),
        confidence, a == null ? AttributionRule.NO_SPEAKER : winner.rule());
    speakers.remember(speaker, sentence);
    previous.set(site.span, a == null ? null : speaker, a == null ? null : a.cue(), false);
  }


  /**
   * The quotation is a whole one, not words inside a reported sentence: it opens its clause (nothing
   * but punctuation or a verb of saying before the mark) or runs on past its paragraph, and does not
   * finish a clause the reporter began.
   */
  private boolean isWhole(QuoteSite site) {
    QuotedSpan q = site.quote;
    int open = site.open;
    if (q.unclosed()) {
      return true;
    }
    if (!site.opensClause() && !(open > 0 && site.isIntro(tokens.get(open - 1)))) {
      return false; // words before the mark that are no cue ("that", "its", "were") make it part of a report
    }
    boolean interrupts = site.interrupts();
    if (startsLowerCase(q) && !interrupts && completesReportedClause(open)) {
      return false; // "These sources, the lawyers said, “all command the same conclusion”": one mixed report
    }
    if (startsLowerCase(q) && open > 0 && tokens.get(open - 1).isDash()) {
      return false; // "thanked the mayor - “our oldest ally.”": an apposition
    }
    if (!interrupts && afterFrontedClauseWithoutCue(open)) {
      return false; // "If the bill passes, “I think it will fill a void,” Ross said": one mixed report
    }
    // "He said that, in 2009, “…”": the quote ends a reported clause that began before it
    return interrupts || !insideThatClause(open);
  }

  /**
   * The partial quote is words of a reported sentence, not a title or a phrase in the attribution
   * of a whole quote before it ("“…,” he said on “Meet the Press.”"). A quoted paragraph after such
   * a report, with no cue of its own, goes on with the report: PolNeAR counts it as its content.
   */
  private boolean reportedPartial(int span) {
    QuotedSpan p = spans.get(span);
    if (isTitleCased(p)) {
      return false;
    }
    int first = article.tokenAt(p.open());
    for (int t = first - 1; t >= 0 && sentenceOf[t] == sentenceOf[first]; t--) {
      if (quoteOf[t] >= 0 && spanIsDirect[quoteOf[t]]) {
        return false;
      }
    }
    return true;
  }

  /**
   * After a partial quote, a quote with no cue of its own goes on with that mixed report, as PolNeAR
   * annotates it: the next part of the sentence ("Teachers are “looking …,” García said. “…”"), more
   * quoted words of the same sentence ("Trump called him a “nasty guy” and “unstable”"), or a quoted
   * paragraph right after the report.
   */
  private boolean goesOnWithReport(int k, QuotedSpan q, int open, boolean opensClause) {
    // extendsReport first: it also stretches the indirect report over this quote
    return previous.span() == k - 1 && (extendsReport(q, open) || continuesMixedReport(open))
        || opensClause && opensParagraph(q.open()) && reportedPartial(previous.span())
        || sentenceOf[article.tokenAt(spans.get(previous.span()).open())] == sentenceOf[open];
  }

  /** The rest of a mixed report whose first quoted words were a partial quote: partial too, same speaker. */
  private void continuePartial(int k, QuotedSpan q, int open) {
    spanIsDirect[k] = false;
    Speaker speaker = speakers.settle(previous.speaker(), sentenceOf[open]);
    article.emit(sentenceOf[open], PARTIAL, q.innerBegin(), q.innerEnd(), speaker, previous.cue(), 0.6,
        AttributionRule.PARTIAL_CONTINUED);
    previous.extendTo(k);
  }

  /**
   * The last (partial) quote is in this paragraph and its attribution follows it ("Like most campaigns,
   * “the process …,” Strother said. “…”"): PolNeAR counts the sentences as one report. A partial quote
   * after its speaker ("Sanders said on “Meet the Press.” “…”") leaves the next quote whole.
   */
  private boolean continuesMixedReport(int open) {
    QuotedSpan prev = spans.get(previous.span());
    int prevClose = article.tokenAt(prev.close() - 1);
    return prevClose >= 0 && paragraphOf[prevClose] == paragraphOf[open]
        && previous.speaker().hasMention() && previous.speaker().begin() >= prev.close();
  }

  /**
   * Extends the indirect report that ends with the previous (partial) quote, in the same paragraph and
   * by the same speaker, to the end of this quote: PolNeAR counts "X is “…,” Y said. “…”" as one
   * report of Y with two pieces of content. False when there is no such report.
   */
  private boolean extendsReport(QuotedSpan q, int open) {
    QuotedSpan prev = spans.get(previous.span());
    for (int i = out.size() - 1; i >= 0; i--) {
      Quote r = out.get(i);
      if (!INDIRECT.equals(r.kind()) || r.end() > q.open()) {
        continue;
      }
      int rFirst = article.tokenAt(r.begin());
      if (rFirst < 0 || paragraphOf[rFirst] != paragraphOf[open] || r.begin() > prev.open() || r.end() <= prev.innerBegin()
          || r.end() > prev.close() + 1
          || r.speakerCanonical() == null || !r.speakerCanonical().equals(previous.speaker().canonical())) {
        return false;
      }
      out.set(i, new Quote(r.sentenceIndex(), r.kind(), text.substring(r.begin(), q.close()), r.begin(), q.close(),
          r.speakerText(), r.speakerCanonical(), r.speakerBegin(), r.speakerEnd(), r.speakerType(), r.cue(),
          r.confidence(), r.attributionRule()));
      return true;
    }
    return false;
  }

  private boolean startsLowerCase(QuotedSpan q) {
    for (int i = q.innerBegin(); i < q.innerEnd(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A quote that opens in lower case finishes a sentence the reporter began: it is a whole
   * quotation only when the words before it are just the speaker and the cue ("Still, Mr. Devine
   * acknowledged, “we're …”", "He says “it's …”"). After a fronted clause of its own ("In
   * cases of abortion, it said, “the woman is …”") or with no cue right before the mark
   * ("Ryan says no matter what …, “his word …”"), the quoted words complete a reported clause.
   * With no cue before the mark, the attribution follows the quote and the quote stays whole.
   */
  private boolean completesReportedClause(int open) {
    int sentenceStart = unquotedSentenceStart(open);
    int end = open;
    while (end > sentenceStart && (tokens.get(end - 1).text().equals(",") || tokens.get(end - 1).text().equals(":"))) {
      end--;
    }
    int cue = -1;
    for (int v = end - 1; v >= sentenceStart && v >= end - MAX_SUBJECT_TOKENS; v--) {
      int len = article.cueLength(v);
      if (len > 0 && (v + len == end || cues.addresseeLemmas().contains(article.cueLemma(v, len)))) {
        cue = v;
        break;
      }
      if (tokens.get(v).text().equals(",")) {
        break;
      }
    }
    if (cue < 0) {
      // a cue earlier in the sentence reports the clause the quote completes; with none, the
      // attribution follows the quote ("Because of the polls, “we need them,” Ross said.")
      for (int v = sentenceStart; v < end; v++) {
        if (article.cueLength(v) > 0 && !article.isPassiveOrInfinitive(v)) {
          return true;
        }
      }
      return false;
    }
    Speaker subject = search.subjectBefore(cue, sentenceStart);
    int subjectStart = subject != null && subject.hasMention() ? article.tokenAt(subject.begin()) : cue;
    if (article.countWords(sentenceStart, subjectStart) > MAX_FRONTED_WORDS) {
      return true;
    }
    for (int i = sentenceStart; i < subjectStart; i++) {
      if (QuoteWords.AUXILIARIES.contains(tokens.get(i).lower())) {
        return true; // "It was, the mayor said, “a bridge built by …”": the quote completes "It was"
      }
    }
    return false;
  }

  /**
   * More than a few words and a comma before the mark, with no cue among them ("In past campaigns,
   * “we felt …,” she said"): the quote finishes a sentence the reporter began, and PolNeAR counts
   * the whole sentence as the content of the report that follows.
   */
  private boolean afterFrontedClauseWithoutCue(int open) {
    if (open == 0 || !tokens.get(open - 1).text().equals(",")) {
      return false;
    }
    int sentenceStart = unquotedSentenceStart(open);
    if (sentenceStart > 0 && quoteOf[sentenceStart - 1] >= 0 && sentenceOf[sentenceStart - 1] == sentenceOf[open]) {
      return false; // words between two quotes of one sentence
    }
    if (article.countWords(sentenceStart, open) <= MAX_FRONTED_WORDS) {
      return false; // "Instead, “he …”", "Then, “I …”"
    }
    for (int v = sentenceStart; v < open; v++) {
      if (article.cueLength(v) > 0 && !article.isPassiveOrInfinitive(v) || article.sourcePhraseAt(v) > 0) {
        return false; // "To believe …, “you have …,” he said": an infinitive reports nothing
      }
    }
    return true;
  }

  /**
   * The quote's sentence reports a clause with "that" before the mark ("X said that, in 2009, “…”",
   * "X argued that American Muslims have two choices: “…”"): the reported clause holds the quote,
   * so the quote is a partial one of that report, not a whole quotation.
   */
  private boolean insideThatClause(int open) {
    if (open == 0 || !(tokens.get(open - 1).text().equals(",") || tokens.get(open - 1).text().equals(":"))) {
      return false; // "X suggested that … unserious - “…”": a dash sets the quote apart
    }
    int sentenceStart = unquotedSentenceStart(open);
    for (int v = sentenceStart; v < open; v++) {
      int len = article.cueLength(v);
      if (len == 0 || article.isPassiveOrInfinitive(v)) {
        continue;
      }
      for (int th = v + len; th < open && th <= v + len + MAX_THAT_DISTANCE; th++) {
        Token t = tokens.get(th);
        if (t.isStop() || t.text().equals(",") && th > v + len) {
          break;
        }
        if (t.is("with")) {
          break; // "responded with a phrase that …": a relative clause, not the report
        }
        if (t.is("that")) {
          for (int w = th + 1; w < open; w++) {
            if (article.cueLength(w) > 0 && !article.isPassiveOrInfinitive(w) || tokens.get(w).isStop()) {
              return false; // "X noted that …, and added: “…”": the last cue introduces the quote
            }
          }
          Speaker subject = search.subjectBefore(v, sentenceStart);
          int subjectStart = subject != null && subject.hasMention() ? article.tokenAt(subject.begin()) : v;
          if (subjectStart > sentenceStart && SUBORDINATORS.contains(tokens.get(subjectStart - 1).lower())) {
            break; // "When Trump suggested that …, Rubio fired back: “…”": the report is a subordinate clause
          }
          return subject != null || v > sentenceStart && tokens.get(v - 1).text().equals(",");
        }
      }
    }
    return false;
  }

  /** The first token of the words before the mark in its sentence and paragraph, back to any earlier quote. */
  private int unquotedSentenceStart(int open) {
    int start = open;
    while (start > 0 && sentenceOf[start - 1] == sentenceOf[open] && paragraphOf[start - 1] == paragraphOf[open]
        && quoteOf[start - 1] < 0) {
      start--;
    }
    return start;
  }

  /**
   * A few words, every one capitalised but the short function words ("Tough Choices.", "Doomed to
   * Succeed,", "The Apprentice,"): the title of a book or show, whatever cue stands near it.
   */
  private boolean isTitleCased(QuotedSpan q) {
    String inner = text.substring(q.innerBegin(), q.innerEnd()).strip();
    if (inner.endsWith("!") || inner.endsWith("?") || inner.contains(". ") || inner.equals(inner.toUpperCase(java.util.Locale.ROOT))) {
      return false; // "Like Oakland. Or Ferguson,", "GROWING PARTY,": speech
    }
    String[] words = WHITESPACE.split(inner);
    if (words.length < 2 || words.length > MAX_TITLE_WORDS) {
      return false;
    }
    for (String w : words) {
      String word = w.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
      if (word.isEmpty() || TITLE_FUNCTION_WORDS.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
        return false;
      }
    }
    return !TITLE_FUNCTION_WORDS.contains(words[0].toLowerCase(java.util.Locale.ROOT)) || words.length > 2;
  }

  private boolean looksLikeTitle(QuotedSpan q) {
    String inner = text.substring(q.innerBegin(), q.innerEnd()).strip();
    if (!inner.isEmpty() && ".?!…".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false;
    }
    String[] words = WHITESPACE.split(inner);
    int capitalised = 0;
    for (String w : words) {
      capitalised += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
    }
    return words.length < 4 || words.length <= 8 && capitalised * 5 >= words.length * 3;
  }

  private void partial(int k, QuotedSpan q, int open, int close, int tailEnd) {
    // a partial quote belongs to a speaker only when its sentence reports speech; scare quotes do not
    int sentenceStart = open;
    while (sentenceStart > 0 && sentenceOf[sentenceStart - 1] == sentenceOf[open]
        && paragraphOf[sentenceStart - 1] == paragraphOf[open]) {
      sentenceStart--;
    }
    Attribution a = search.attributionBefore(sentenceStart, open, false);
    if (a == null) {
      a = search.attributionAfter(close, tailEnd);
    }
    if (a == null) {
      return;
    }
    Speaker speaker = speakers.settle(a.speaker(), sentenceOf[open]);
    article.emit(sentenceOf[open], PARTIAL, q.innerBegin(), q.innerEnd(), speaker, a.cue(), speaker.known() ? 0.7 : 0.4,
        AttributionRule.PARTIAL_IN_REPORT);
    speakers.remember(speaker, sentenceOf[open]);
    previous.set(k, speaker, a.cue(), true);
  }
}

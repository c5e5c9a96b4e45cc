package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteFinder.DIRECT;
import static org.newsanalytics.common.quotes.QuoteFinder.INDIRECT;
import static org.newsanalytics.common.quotes.QuoteFinder.PARTIAL;

import java.util.List;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/**
 * Direct and partial quotes of one article, one quotation-mark span at a time in text order: a
 * whole quotation attributed by a cue after or before it, or continuing the previous speaker's
 * quote; a few quoted words inside a reported sentence are a partial quote of that sentence's speaker.
 */
final class DirectQuoteFinder {

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
  private final WholeQuotation wholeQuotation;

  DirectQuoteFinder(ArticleTokens article, SpeakerSearch search) {
    this.article = article;
    this.search = search;
    this.wholeQuotation = new WholeQuotation(article, search);
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
    if (!wholeQuotation.test(site)) {
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
    if (a == null && (QuotedTitles.looksLikeTitle(text, q) || site.words() < 3) || QuotedTitles.isTitleCased(text, q)
        || a != null && a.cue() == null && site.words() < 3) {
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
   * The partial quote is words of a reported sentence, not a title or a phrase in the attribution
   * of a whole quote before it ("“…,” he said on “Meet the Press.”"). A quoted paragraph after such
   * a report, with no cue of its own, goes on with the report: PolNeAR counts it as its content.
   */
  private boolean reportedPartial(int span) {
    QuotedSpan p = spans.get(span);
    if (QuotedTitles.isTitleCased(text, p)) {
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
    if (!QuotedTitles.namesSomething(text, q)) {
      // "star of “Scandal,” thanked …", "said on “Meet the Press”": a name inside the report, not its words
      article.emit(sentenceOf[open], PARTIAL, q.innerBegin(), q.innerEnd(), speaker, a.cue(), speaker.known() ? 0.7 : 0.4,
          AttributionRule.PARTIAL_IN_REPORT);
    }
    speakers.remember(speaker, sentenceOf[open]);
    previous.set(k, speaker, a.cue(), true);
  }
}

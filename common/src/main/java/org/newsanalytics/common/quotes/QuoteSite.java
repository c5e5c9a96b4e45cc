package org.newsanalytics.common.quotes;

import java.util.List;
import java.util.Set;

/**
 * One quotation as the direct-quote sieves see it: its span and tokens ([open, close)), the words
 * before it in its sentence and paragraph ([preStart, open)) and after it up to the sentence end
 * ([close, tailEnd)), the article, the speaker search and the quote before it; with the questions
 * about its shape that several sieves ask. Sieves only read it.
 */
final class QuoteSite {
  /** The most tokens walked back over inside a parenthesis before a quote ("(D-N.Y.)"). */
  private static final int MAX_TAG_TOKENS = 40;
  /** Capitalised words that open a new sentence and never a speaker's name or description. */
  private static final Set<String> SENTENCE_OPENERS = Set.of("and", "but", "so", "yet", "it", "this", "there", "in",
      "on", "at", "for", "if", "when", "while", "as", "after", "before", "however", "still", "meanwhile", "since",
      "although", "though", "because", "what", "why", "how", "instead", "now", "then", "that", "these", "those");

  final ArticleTokens article;
  final SpeakerSearch search;
  final PreviousQuote previous;
  final int span;
  final QuotedSpan quote;
  final int open;
  final int close;
  final int preStart;
  final int tailEnd;
  private final List<Token> tokens;

  private QuoteSite(ArticleTokens article, SpeakerSearch search, PreviousQuote previous, int span, int open, int close,
      int preStart, int tailEnd) {
    this.article = article;
    this.search = search;
    this.previous = previous;
    this.span = span;
    this.quote = article.spans().get(span);
    this.open = open;
    this.close = close;
    this.preStart = preStart;
    this.tailEnd = tailEnd;
    this.tokens = article.tokens();
  }

  /** The site of span {@code k}, or null when no token lies at its opening mark. */
  static QuoteSite locate(ArticleTokens article, SpeakerSearch search, PreviousQuote previous, int k) {
    QuotedSpan q = article.spans().get(k);
    int open = article.tokenAt(q.open());
    if (open < 0) {
      return null;
    }
    List<Token> tokens = article.tokens();
    int[] quoteOf = article.quoteOf();
    int[] paragraphOf = article.paragraphOf();
    int close = open;
    while (close < tokens.size() && quoteOf[close] == k) {
      close++;
    }
    int preStart = open;
    boolean inTag = false;
    while (preStart > 0 && paragraphOf[preStart - 1] == paragraphOf[open] && quoteOf[preStart - 1] < 0
        && (inTag || !tokens.get(preStart - 1).isStop())) {
      // "Rep. Hakeem Jeffries (D-N.Y.) said": a dot inside a party tag ends no sentence
      String w = tokens.get(preStart - 1).text();
      inTag = w.equals(")") || inTag && !w.equals("(") && open - preStart < MAX_TAG_TOKENS;
      preStart--;
    }
    int tailEnd = close;
    boolean inParentheses = false;
    while (tailEnd < tokens.size() && paragraphOf[tailEnd] == paragraphOf[close - 1] && quoteOf[tailEnd] < 0
        && (inParentheses || !tokens.get(tailEnd).isStop())) {
      // "(D-Md.)": a dot inside a party tag ends no sentence
      inParentheses = tokens.get(tailEnd).text().equals("(") || inParentheses && !tokens.get(tailEnd).text().equals(")");
      tailEnd++;
    }
    if (q.unclosed()) {
      tailEnd = close; // the quote goes on in the next paragraph; any cue is there
    }
    return new QuoteSite(article, search, previous, k, open, close, preStart, tailEnd);
  }

  /** No words of its sentence stand before the mark in its paragraph. */
  boolean opensClause() {
    return preStart == open;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  int paragraph(int i) {
    return article.paragraphOf()[i];
  }

  /** The words between the marks. */
  int words() {
    return article.countWords(open + 1, close - 1);
  }

  /** The quote picks up where the previous one broke off for its attribution, in the same sentence. */
  boolean interrupts() {
    int lastSpan = previous.span();
    Speaker lastSpeaker = previous.speaker();
    if (lastSpan < 0 || lastSpeaker == null || lastSpan != span - 1) {
      return false;
    }
    int prevClose = article.tokenAt(article.spans().get(lastSpan).close());
    if (prevClose < 0 || article.spans().get(lastSpan).unclosed() || paragraph(prevClose) != paragraph(open)) {
      return false;
    }
    for (int t = prevClose; t < open; t++) {
      if (tokens.get(t).isStop()) {
        return false;
      }
    }
    // the words between the two parts are the attribution: they hold the speaker's mention
    boolean attributionBetween = lastSpeaker.hasMention() && lastSpeaker.begin() >= tokens.get(prevClose).begin()
        && lastSpeaker.end() <= tokens.get(open).begin();
    return attributionBetween && open > 0 && tokens.get(open - 1).text().equals(",");
  }

  /**
   * A quote with no cue of its own continues the previous speaker's quote: in the same paragraph,
   * or as the next paragraph when it opens that paragraph (news style attributes a run of quoted
   * paragraphs once).
   */
  boolean continuesPrevious() {
    if (previous.span() < 0) {
      return false;
    }
    QuotedSpan prev = article.spans().get(previous.span());
    int prevPara = paragraph(article.tokenAt(prev.close() > prev.innerEnd() ? prev.close() - 1 : prev.innerEnd() - 1));
    int thisPara = paragraph(article.tokenAt(quote.open()));
    return thisPara == prevPara || (thisPara == prevPara + 1 && (prev.unclosed() || opensClause()));
  }

  /**
   * A cue and a comma or colon right before the mark ("Farmers like to say, ''…''"): the quote is
   * attributed already. After it comes the next sentence, or who reported the words ("Canova said,
   * “No comment,” the Herald reported"), not their speaker.
   */
  boolean introducedByCue() {
    if (open < 2 || !(tokens.get(open - 1).text().equals(",") || tokens.get(open - 1).text().equals(":"))) {
      return false;
    }
    int v = open - 2;
    return article.quoteOf()[v] < 0 && article.cueLength(v) > 0 && !article.isPassiveOrInfinitive(v);
  }

  boolean endsWithFullStop() {
    String inner = article.text().substring(quote.innerBegin(), quote.innerEnd()).strip();
    return inner.endsWith(".") && !inner.endsWith("..");
  }

  /**
   * A quote that ends with a full stop, followed by a capitalised word ("“… publicly.” And, he
   * acknowledged, …"), closed its sentence: what follows is the next sentence, not its attribution.
   */
  boolean endsSentence() {
    return endsWithFullStop() && close < tokens.size()
        && tokens.get(close).isCapitalised() && SENTENCE_OPENERS.contains(tokens.get(close).lower());
  }

  /**
   * The words after the closing mark run into the next quote through a colon or comma ("“… terrorists.”
   * Mr. Zahed said: “…”"): they attribute that quote, not the one that closed its sentence.
   */
  boolean introducesNextQuote() {
    if (tailEnd <= close || tailEnd >= tokens.size() || article.quoteOf()[tailEnd] < 0) {
      return false;
    }
    String last = tokens.get(tailEnd - 1).text();
    return last.equals(":") || last.equals(",");
  }

  /** Punctuation, or a verb of saying right before the mark ("said “…”"); "called “…”" quotes words, not speech. */
  boolean isIntro(Token t) {
    if (t.text().equals(":") || t.text().equals(",") || t.isDash()) {
      return true;
    }
    String lemma = article.cues().lemmaOf(t.lower());
    return lemma != null && article.cues().introLemmas().contains(lemma);
  }
}

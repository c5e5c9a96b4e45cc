package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteWords.MAX_SUBJECT_TOKENS;

import java.util.List;
import java.util.Set;

/**
 * Tells a whole quotation from quoted words that finish a sentence the reporter began (a partial
 * quote of a report): the first phase of direct-quote attribution, before the sieves of
 * {@link Sieves#DIRECT} look for a speaker. Reads the article only.
 */
final class WholeQuotation {
  /** Words of an opening adverbial that leave a quote whole ("In other words, he said, “…”"). */
  private static final int MAX_FRONTED_WORDS = 3;
  /** Words that open a subordinate clause: a report inside one is not the sentence's own. */
  private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "if", "while", "before",
      "because", "since", "although", "though", "once", "until", "unless");
  /** Words between a cue and its "that" ("told reporters on Monday that"). */
  private static final int MAX_THAT_DISTANCE = 6;

  private final ArticleTokens article;
  private final SpeakerSearch search;
  private final String text;
  private final List<Token> tokens;
  private final int[] quoteOf;
  private final int[] paragraphOf;
  private final int[] sentenceOf;
  private final QuoteCues cues;

  WholeQuotation(ArticleTokens article, SpeakerSearch search) {
    this.article = article;
    this.search = search;
    this.text = article.text();
    this.tokens = article.tokens();
    this.quoteOf = article.quoteOf();
    this.paragraphOf = article.paragraphOf();
    this.sentenceOf = article.sentenceOf();
    this.cues = article.cues();
  }

  /**
   * The quotation is a whole one, not words inside a reported sentence: it opens its clause (nothing
   * but punctuation or a verb of saying before the mark) or runs on past its paragraph, and does not
   * finish a clause the reporter began.
   */
  boolean test(QuoteSite site) {
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
}

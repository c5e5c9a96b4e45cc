package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteWords.BETWEEN_SUBJECT_AND_VERB;
import static org.newsanalytics.common.quotes.QuoteWords.CLAUSE_WORDS;
import static org.newsanalytics.common.quotes.QuoteWords.DETERMINERS;
import static org.newsanalytics.common.quotes.QuoteWords.TIME_WORDS;
import static org.newsanalytics.common.quotes.QuoteWords.WEEKDAYS;

import java.util.List;
import java.util.Set;

/**
 * Where the content of a reported sentence starts and ends, read over the article's tokens: after
 * "that" or "as saying", past an addressee ("told reporters on Monday"), to the sentence end or the
 * start of another speaker's report; the object of a cue like "praised". Read-only: it finds
 * boundaries, the {@link IndirectSpeechFinder} emits the reports.
 */
final class ReportedContent {
  private static final Set<String> ADDRESSEES = Set.of("reporters", "journalists", "him", "her", "them", "us", "me",
      "supporters", "lawmakers", "voters", "listeners", "viewers", "audiences", "parliament", "congress");
  private static final Set<String> ADDRESSEE_HEADS = Set.of("conference", "briefing", "audience", "crowd",
      "newspaper", "interviewer", "reporters", "rally", "meeting", "radio", "television", "station", "channel",
      "network", "agency", "committee", "host", "reporter", "journalists", "supporters", "gathering", "summit",
      "forum", "lawmakers", "parliament", "daily", "times", "post", "news", "magazine", "interview", "outlet");
  private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "that", "earlier", "on", "in",
      "during");
  private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "morning",
      "afternoon", "evening", "fall", "spring", "summer", "winter", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  private final ArticleTokens article;
  private final SpeakerSearch search;
  private final List<Token> tokens;
  private final int[] quoteOf;
  private final boolean[] spanIsDirect;
  private final QuoteCues cues;

  ReportedContent(ArticleTokens article, SpeakerSearch search) {
    this.article = article;
    this.search = search;
    this.tokens = article.tokens();
    this.quoteOf = article.quoteOf();
    this.spanIsDirect = article.spanIsDirect();
    this.cues = article.cues();
  }

  /**
   * The end of the object of a cue like "praised" or "called for": the clause goes on to the next
   * comma, colon, dash, parenthesis or sentence end, or to "but" and another cue.
   */
  int objectEnd(int from, int to) {
    int e = from;
    while (e < to) {
      Token t = tokens.get(e);
      if (quoteOf[e] < 0 && (t.isStop() || t.isDash() || t.text().equals(",") || t.text().equals(";")
          || t.text().equals(":") || t.text().equals("(") || t.is("but"))) {
        break;
      }
      if (e > from && quoteOf[e] < 0 && (startsTimeAdverbial(e) || t.is("and") && e + 1 < to
          && (BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(e + 1).lower()) || article.cueLength(e + 1) > 0))) {
        break; // "endorsed Cruz last week and has appeared ...": the object is Cruz
      }
      if (quoteOf[e] >= 0 && spanIsDirect[quoteOf[e]]) {
        break;
      }
      e++;
    }
    return e;
  }

  /** "last week", "on Monday", "this year", "yesterday": when, not what. */
  boolean startsTimeAdverbial(int i) {
    String w = tokens.get(i).lower();
    if (TIME_WORDS.contains(w)) {
      return true;
    }
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).lower();
    return (TIME_DETERMINERS.contains(w) && TIME_NOUNS.contains(next)) || w.equals("on") && WEEKDAYS.contains(next);
  }

  boolean endsSoon(int i, int to) {
    int words = 0;
    for (int k = i; k < to && !tokens.get(k).isStop(); k++) {
      if (tokens.get(k).is("that") || quoteOf[k] >= 0) {
        return false;
      }
      words++;
    }
    return words <= 5;
  }

  int findThat(int from, int to) {
    for (int i = from; i < to && i < from + 10; i++) {
      Token t = tokens.get(i);
      if (t.is("that")) {
        return i + 1;
      }
      if (t.isStop() || quoteOf[i] >= 0 || article.cueLength(i) > 0 || QuoteWords.FINITE_AUXILIARIES.contains(t.lower())) {
        return -1; // "said Obama is overselling the successes that …": the clause began before "that"
      }
    }
    return -1;
  }

  int findAsSaying(int from, int to) {
    for (int i = from; i + 1 < to && i < from + 12; i++) {
      if (tokens.get(i).is("as") && article.cueLength(i + 1) > 0) {
        int c = i + 1 + article.cueLength(i + 1);
        return c < to && tokens.get(c).is("that") ? c + 1 : c;
      }
    }
    return -1;
  }

  int skipAddressee(int i, int to) {
    return skipAddresseeTail(skipAddresseeHead(i, to), to);
  }

  private int skipAddresseeHead(int i, int to) {
    if (i >= to) {
      return i;
    }
    String w = tokens.get(i).lower();
    if (ADDRESSEES.contains(w)) {
      return i + 1;
    }
    if (DETERMINERS.contains(w)) {
      for (int k = i + 1; k < to && k <= i + 4; k++) {
        if (ADDRESSEE_HEADS.contains(tokens.get(k).lower())) {
          int e = k + 1;
          while (tokens.get(k).isCapitalised() && e < to && SpeakerResolver.isNameToken(tokens.get(e)) && e < i + 6) {
            e++; // "the Daily Courier": a capitalised head goes on as a name
          }
          return e;
        }
      }
      int k = i + 1;
      while (k < to && SpeakerResolver.isNameToken(tokens.get(k)) && k < i + 5) {
        k++; // "the Detroit Free Press"
      }
      return k > i + 1 ? k : i;
    }
    int k = i;
    while (k < to && SpeakerResolver.isNameToken(tokens.get(k)) && k < i + 4) {
      k++;
    }
    return k;
  }

  /** After the addressee: "on Sunday", "in Ohio", "of supporters" before the content begins. */
  private int skipAddresseeTail(int i, int to) {
    for (int round = 0; round < 3 && i < to && quoteOf[i] < 0; round++) {
      Token t = tokens.get(i);
      if (startsTimeAdverbial(i)) {
        i += TIME_WORDS.contains(t.lower()) ? 1 : 2;
      } else if ((t.is("in") || t.is("at") || t.is("from")) && i + 1 < to && tokens.get(i + 1).isCapitalised()) {
        i++;
        while (i < to && SpeakerResolver.isNameToken(tokens.get(i))) {
          i++; // "in Des Moines"
        }
      } else {
        break;
      }
    }
    return Math.min(i, to);
  }

  private boolean isAddresseeCue(int e) {
    return cues.addresseeLemmas().contains(article.cueLemma(e, article.cueLength(e)));
  }

  int contentEnd(int from, int to) {
    int e = from;
    while (e < to) {
      if (article.sourcePhraseAt(e) > 0 && e > from && tokens.get(e - 1).text().equals(",")) {
        return e - 1;
      }
      if (e > from + 1 && (tokens.get(e - 1).is("and") || tokens.get(e - 1).is("but")) && article.cueLength(e) > 0
          && quoteOf[e] < 0 && !isAddresseeCue(e)) {
        return e - 1; // "... but said ...": the next cue starts its own content ("and tell him ..." does not)
      }
      if (quoteOf[e] < 0 && (tokens.get(e).is(".") || tokens.get(e).is("?") || tokens.get(e).is("!"))) {
        return e; // the sentence splitter missed a sentence end ("in the U.S. He says ...")
      }
      if (e > from + 2 && quoteOf[e] < 0 && article.cueLength(e) > 0) {
        // another speaker's report starts: "..., but 55 percent of all voters say ...", "— asserting that ..."
        if (tokens.get(e).lower().endsWith("ing") && (tokens.get(e - 1).text().equals(",") || tokens.get(e - 1).isDash())) {
          return e - 1;
        }
        Speaker other = search.subjectBefore(e, from);
        if (other != null && other.hasMention()) {
          int k = article.tokenAt(other.begin());
          while (k - 1 > from && (!tokens.get(k - 1).isWord() || CLAUSE_WORDS.contains(tokens.get(k - 1).lower())
              || tokens.get(k - 1).is("compared") || tokens.get(k - 1).is("with") || tokens.get(k - 1).is("however"))) {
            k--;
          }
          boolean punctuated = false;
          for (int i = k; i < article.tokenAt(other.begin()); i++) {
            punctuated |= !tokens.get(i).isWord();
          }
          if (k > from + 1 && k < e && punctuated) {
            return k; // "X said the plan is sound and he feels it will pass": without a comma, still X's report
          }
        }
      }
      e++;
    }
    return to;
  }
}

package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteFinder.INDIRECT;

import java.util.List;

/**
 * Headline attributions of one article: a one-line paragraph with a name after or before a colon
 * ("Ukraine 'shouldn't target' Moscow: Trump", "Maria Lenz: Voters Tired ..."), when the name
 * also occurs elsewhere in the article.
 */
final class HeadlineAttributionFinder {
  private final ArticleTokens article;
  private final String text;
  private final List<Token> tokens;
  private final int[] paragraphOf;
  private final int[] sentenceOf;
  private final boolean[] consumed;
  private final SpeakerResolver speakers;

  HeadlineAttributionFinder(ArticleTokens article) {
    this.article = article;
    this.text = article.text();
    this.tokens = article.tokens();
    this.paragraphOf = article.paragraphOf();
    this.sentenceOf = article.sentenceOf();
    this.consumed = article.consumed();
    this.speakers = article.speakers();
  }

  /** "Ukraine 'shouldn't target' Moscow: Trump" and "Maria Lenz: Voters Tired ...". */
  void find() {
    int n = tokens.size();
    int t = 0;
    while (t < n) {
      int p = paragraphOf[t];
      int e = t;
      while (e < n && paragraphOf[e] == p) {
        e++;
      }
      headline(t, e);
      t = e;
    }
  }

  private void headline(int from, int to) {
    int begin = tokens.get(from).begin();
    // the article's first line is its title, which may end with a full stop ("Lynch: No outside influence.")
    boolean title = paragraphOf[from] == 0;
    int last = title && to - from > 1 && tokens.get(to - 1).isStop() ? to - 1 : to;
    int end = tokens.get(last - 1).end();
    if (end - begin > 160 || text.substring(begin, end).indexOf('\n') >= 0 || tokens.get(last - 1).isStop()
        || tokens.get(last - 1).text().equals("”") || tokens.get(last - 1).text().equals("\"")) {
      return;
    }
    int colon = -1;
    for (int i = from; i < last; i++) {
      if (tokens.get(i).text().equals(":")) {
        colon = colon < 0 ? i : colon;
      }
    }
    if (colon < 0) {
      return;
    }
    if (last - colon - 1 >= 1 && last - colon - 1 <= 4 && allNames(colon + 1, last)
        && mentionedElsewhere(colon + 1, last, from, to)) {
      Speaker s = speakers.fromPhrase(tokens, colon + 1, last);
      if (s != null) {
        article.emit(sentenceOf[from], INDIRECT, begin, tokens.get(colon - 1).end(), s, ":", 0.6,
            AttributionRule.HEADLINE_COLON);
        consumed[colon] = true;
      }
    } else if (colon - from >= 1 && colon - from <= 4 && allNames(from, colon) && last - colon > 3) {
      Speaker s = speakers.fromPhrase(tokens, from, colon);
      // a name must recur in the story ("EXCLUSIVE:" does not); a title may also credit a described source ("Poll:")
      boolean named = s != null && ("PERSON".equals(s.type()) || "ORG".equals(s.type()))
          && mentionedElsewhere(from, colon, from, to);
      boolean described = s != null && title && "NOMINAL".equals(s.type());
      if (named || described) {
        article.emit(sentenceOf[from], INDIRECT, tokens.get(colon + 1).begin(), end, s, ":", 0.6,
            AttributionRule.HEADLINE_COLON);
        consumed[colon] = true;
        if (title) {
          // the title reports one claim: verbs inside it ("If the Mayor Says It, It's True") are its words
          java.util.Arrays.fill(consumed, colon + 1, last, true);
        }
      }
    }
  }


  private boolean allNames(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!SpeakerResolver.isNameToken(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The name's last word occurs outside the headline, so it is somebody the story is about. */
  private boolean mentionedElsewhere(int from, int to, int paraFrom, int paraTo) {
    String last = tokens.get(to - 1).text();
    int before = tokens.get(paraFrom).begin();
    int after = tokens.get(paraTo - 1).end();
    int i = text.indexOf(last);
    while (i >= 0) {
      if (i < before || i >= after) {
        return true;
      }
      i = text.indexOf(last, i + 1);
    }
    return false;
  }
}

package org.newsanalytics.common.quotes;

import static org.newsanalytics.common.quotes.QuoteWords.NOUN_DETERMINERS;
import static org.newsanalytics.common.quotes.QuoteWords.PASSIVE_OR_INFINITIVE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * One article as the quote finders see it: its tokens, tokenised once, with per token the
 * quotation-mark span, paragraph and sentence it lies in and whether a finder has used it as a cue;
 * the spans and which of them are direct quotes; the article's speaker resolver; and the quotes
 * found so far. The finders of one article share this state, so it lives for one article only.
 */
final class ArticleTokens {
  /** The closing and reopening marks between the paragraphs of one quote. */
  private static final java.util.regex.Pattern PARAGRAPH_OPENING =
      java.util.regex.Pattern.compile("[\"”'’]*\\s*\\n\\s*\\n\\s*(?:“|\"|''|``)");

  private final CueIndex index;
  private final String text;
  private final List<Token> tokens;
  /** per token, the index of the quotation-mark span it lies in, or -1 */
  private final int[] quoteOf;
  private final int[] paragraphOf;
  private final int[] sentenceOf;
  /** per token, whether a finder has taken it as the cue of a quote already reported */
  private final boolean[] consumed;
  private final List<QuotedSpan> spans;
  /** per span, whether it was reported as a direct quote */
  private final boolean[] spanIsDirect;
  private final SpeakerResolver speakers;
  private final List<Quote> out = new ArrayList<>();

  ArticleTokens(ArticleDoc doc, CueIndex index) {
    this.index = index;
    this.text = doc.text();
    this.tokens = Token.tokenize(text, 0, text.length());
    int n = tokens.size();
    this.spans = QuotationMarks.find(text);
    this.spanIsDirect = new boolean[spans.size()];
    this.quoteOf = new int[n];
    this.paragraphOf = new int[n];
    this.sentenceOf = new int[n];
    this.consumed = new boolean[n];
    Arrays.fill(quoteOf, -1);
    int s = 0;
    for (int t = 0; t < n; t++) {
      int b = tokens.get(t).begin();
      while (s < spans.size() && spans.get(s).close() <= b) {
        s++;
      }
      if (s < spans.size() && b >= spans.get(s).open() && b < Math.max(spans.get(s).close(), spans.get(s).innerEnd())) {
        quoteOf[t] = s;
      }
    }
    // a paragraph break is a blank line in the white space between two tokens
    int paragraph = 0;
    for (int t = 0; t < n; t++) {
      if (t > 0 && (hasBlankLine(tokens.get(t - 1).end(), tokens.get(t).begin())
          || (endsLine(tokens.get(t - 1)) || opensQuote(tokens.get(t)))
          && hasNewline(tokens.get(t - 1).end(), tokens.get(t).begin()))) {
        paragraph++;
      }
      paragraphOf[t] = paragraph;
    }
    List<SentenceSpan> sentences = doc.sentences().isEmpty() ? SentenceSplitter.split(text) : doc.sentences();
    int si = 0;
    for (int k = 0; k < n; k++) {
      while (si + 1 < sentences.size() && sentences.get(si + 1).begin() <= tokens.get(k).begin()) {
        si++;
      }
      sentenceOf[k] = sentences.isEmpty() ? 0 : sentences.get(si).index();
    }
    boolean[] quoted = new boolean[n];
    for (int t = 0; t < n; t++) {
      quoted[t] = quoteOf[t] >= 0;
    }
    this.speakers = new SpeakerResolver(text, tokens, quoted, doc.entities(), index.cues(), index.organisationPhrases(),
        index.genders());
  }

  String text() {
    return text;
  }

  List<Token> tokens() {
    return tokens;
  }

  int[] quoteOf() {
    return quoteOf;
  }

  int[] paragraphOf() {
    return paragraphOf;
  }

  int[] sentenceOf() {
    return sentenceOf;
  }

  boolean[] consumed() {
    return consumed;
  }

  List<QuotedSpan> spans() {
    return spans;
  }

  boolean[] spanIsDirect() {
    return spanIsDirect;
  }

  SpeakerResolver speakers() {
    return speakers;
  }

  /** The quotes found so far, in the order they were found; the finders add and replace entries. */
  List<Quote> quotes() {
    return out;
  }

  QuoteCues cues() {
    return index.cues();
  }

  /** The number of tokens of the cue form starting at i (0 if none), leaving out indirect-only cues. */
  int cueLength(int i) {
    return cueLength(i, false);
  }

  /** The number of tokens of the cue form starting at i (0 if none), indirect-only cues included. */
  int reportCueLength(int i) {
    return cueLength(i, true);
  }

  private int cueLength(int i, boolean withIndirectOnly) {
    if (i > 0 && NOUN_DETERMINERS.contains(tokens.get(i - 1).lower())) {
      return 0; // "the report said", "a statement", "his remarks": after a determiner a cue form is a noun
    }
    return index.cueLength(tokens, i, withIndirectOnly);
  }

  /**
   * The lemma of the cue of {@code len} tokens at i ("told reporters" → "tell reporters"), from
   * the tokens' words, so line breaks or double spaces inside the cue do not hide it; "" if none.
   */
  String cueLemma(int i, int len) {
    if (len <= 0) {
      return "";
    }
    StringBuilder words = new StringBuilder(tokens.get(i).lower());
    for (int k = i + 1; k < i + len; k++) {
      words.append(' ').append(tokens.get(k).lower());
    }
    String lemma = index.cues().lemmaOf(words.toString());
    return lemma == null ? "" : lemma;
  }

  /** The number of tokens of the source phrase ("according to") starting at i (0 if none). */
  int sourcePhraseAt(int i) {
    return index.sourcePhraseAt(tokens, i);
  }

  /**
   * A line break after a sentence end or a closing mark, or before an opening mark, also breaks the
   * paragraph: some texts separate paragraphs by one newline ("…,” he said.⏎Later, Rubio claimed …").
   */
  private boolean endsLine(Token t) {
    String w = t.text();
    return !w.isEmpty() && ".?!:”\"’'".indexOf(w.charAt(w.length() - 1)) >= 0;
  }

  /** A line that starts with an opening mark starts a paragraph ("… ― Dana Whitfield⏎“At the hearing …”"). */
  private boolean opensQuote(Token t) {
    char c = t.text().charAt(0);
    return c == '“' || c == '"' || c == '`';
  }

  private boolean hasNewline(int from, int to) {
    int newline = text.indexOf('\n', from);
    return newline >= 0 && newline < to;
  }

  private boolean hasBlankLine(int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (++newlines == 2) {
          return true;
        }
      } else if (!Token.isSpace(c)) {
        newlines = 0;
      }
    }
    return false;
  }

  /** Speaker names that are pronouns (object or second person) or a first-person aside, never a name. */
  private static final java.util.regex.Pattern NO_NAME = java.util.regex.Pattern.compile(
      "(?i)(you|him|her|me|us|them|yourself|himself|herself|themselves|i \\w+|let me|let us)");

  void emit(int sentence, String kind, int begin, int end, Speaker s, String cue, double confidence,
      AttributionRule rule) {
    Speaker speaker = s == null ? Speaker.NONE : s;
    if (speaker.known() && NO_NAME.matcher(speaker.canonical()).matches()) {
      // "told you", "him", "I can", "Let me": a pronoun or the writer's aside is no name; keep the mention
      speaker = new Speaker(speaker.text(), speaker.begin(), speaker.end(), Quote.UNKNOWN_SPEAKER, "UNKNOWN", "UNKNOWN");
    }
    String quoted = text.substring(begin, end);
    if (quoted.indexOf('\n') >= 0) {
      quoted = PARAGRAPH_OPENING.matcher(quoted).replaceAll("\n\n");
    }
    out.add(new Quote(sentence, kind, quoted, begin, end, speaker.text(), speaker.canonical(),
        speaker.hasMention() ? speaker.begin() : null, speaker.hasMention() ? speaker.end() : null,
        speaker.known() ? speaker.type() : "UNKNOWN", cue,
        speaker.known() ? RulePrecision.confidence(rule, confidence) : confidence, rule.label()));
  }

  boolean isPassiveOrInfinitive(int v) {
    return v > 0 && PASSIVE_OR_INFINITIVE.contains(tokens.get(v - 1).lower());
  }

  String joinLower(int from, int to) {
    return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end()).toLowerCase(Locale.ROOT);
  }

  int countWords(int from, int to) {
    int c = 0;
    for (int i = Math.max(from, 0); i < to && i < tokens.size(); i++) {
      if (tokens.get(i).isWord()) {
        c++;
      }
    }
    return c;
  }

  /** The index of the token starting at or covering offset, or -1. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.begin() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }
}

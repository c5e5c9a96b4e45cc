package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Finds the quotations of an article with their speakers: direct quotes (between quotation marks,
 * attributed by a cue after or before them, or continuing the previous speaker's quote), partial
 * quotes (a few quoted words inside a reported sentence), indirect speech (a reporting verb and
 * its content), "according to" and headline forms ("X 'did Y': Trump"). Pure Java, one tokenisation
 * per article and linear scans, so it is cheap enough to run per row in Spark.
 *
 * <p>Thread-safe: all per-article state lives in a {@link Run}.
 */
public final class QuoteFinder {
  static final String DIRECT = "direct";
  static final String PARTIAL = "partial";
  static final String INDIRECT = "indirect";

  /** Adverbs and auxiliaries that may stand between a speaker and the cue ("has also said"). */
  private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("also", "has", "have", "had", "later", "again",
      "then", "once", "earlier", "previously", "repeatedly", "recently", "publicly", "privately", "reportedly",
      "already", "would", "will", "could", "did", "does", "do", "never", "often", "first", "further", "simply",
      "flatly", "quickly", "finally", "just", "always", "still", "separately", "subsequently", "since");
  /** Words that end a noun phrase when walking back from a cue. */
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "or", "which", "who", "whom", "because",
      "when", "while", "if", "as", "after", "before", "since", "although", "though", "where", "whether", "so", "than",
      "what", "how", "why", "nor", "until", "unless", "once");
  private static final Set<String> PASSIVE_OR_INFINITIVE = Set.of("to", "was", "were", "is", "are", "be", "been",
      "being", "am");
  private static final Set<String> ADDRESSEES = Set.of("reporters", "journalists", "him", "her", "them", "us", "me",
      "supporters", "lawmakers", "voters", "listeners", "viewers", "audiences", "parliament", "congress");
  private static final Set<String> ADDRESSEE_HEADS = Set.of("conference", "briefing", "audience", "crowd",
      "newspaper", "interviewer", "reporters", "rally", "meeting", "radio", "television", "station", "channel",
      "network", "agency", "committee", "host", "reporter", "journalists", "supporters", "gathering", "summit",
      "forum", "lawmakers", "parliament", "daily", "times", "post", "news", "magazine", "interview", "outlet");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our", "my");
  private static final int MAX_SUBJECT_TOKENS = 8;
  private static final Set<String> DESCRIPTION_DETERMINERS = Set.of("the", "a", "an", "another", "one", "his", "her",
      "their", "its", "our", "this", "that");
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  /** The closing and reopening marks between the paragraphs of one quote. */
  private static final java.util.regex.Pattern PARAGRAPH_OPENING =
      java.util.regex.Pattern.compile("[\"”'’]*\\s*\\n\\s*\\n\\s*(?:“|\"|''|``)");
  private static final int MAX_APPOSITIVE_TOKENS = 30;
  /** Words of an opening adverbial that leave a quote whole ("In other words, he said, “…”"). */
  private static final int MAX_FRONTED_WORDS = 3;
  /** The longest source phrase taken after "according to" when it names nobody. */
  private static final int MAX_SOURCE_DESCRIPTION_TOKENS = 20;
  /** The longest subject taken before a cue when no name or speaker noun heads it. */
  private static final int MAX_DESCRIBED_SUBJECT_TOKENS = 12;
  /** Capitalised words that open a new sentence and never a speaker's name or description. */
  private static final Set<String> SENTENCE_OPENERS = Set.of("and", "but", "so", "yet", "it", "this", "there", "in",
      "on", "at", "for", "if", "when", "while", "as", "after", "before", "however", "still", "meanwhile", "since",
      "although", "though", "because", "what", "why", "how", "instead", "now", "then", "that", "these", "those");
  private static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "tomorrow", "recently",
      "earlier", "later");
  private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "that", "earlier", "on", "in",
      "during");
  private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "morning",
      "afternoon", "evening", "fall", "spring", "summer", "winter", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's");

  private final QuoteCues cues;
  /** organisation names as words, by their first word */
  private final Map<String, List<String[]>> organisationPhrases = new HashMap<>();
  /** first word of a multi-word cue form → the remaining words */
  private final Map<String, List<String[]>> multiWordForms = new HashMap<>();
  private final List<String[]> sourcePhrases;

  public QuoteFinder() {
    this(QuoteCues.defaults());
  }

  public QuoteFinder(QuoteCues cues) {
    this.cues = cues;
    for (String o : cues.organisations()) {
      String[] words = o.split("\\s+");
      organisationPhrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    for (String form : cues.verbForms().keySet()) {
      String[] words = form.split("\\s+");
      if (words.length > 1) {
        multiWordForms.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      }
    }
    this.sourcePhrases = cues.sourcePhrases().stream().map(p -> p.split("\\s+")).toList();
  }

  public List<Quote> find(ArticleDoc doc) {
    return new Run(doc).find();
  }

  /** The state of finding the quotes of one article. */
  private final class Run {
    private final String text;
    private final List<Token> tokens;
    private final int[] quoteOf;
    private final int[] paragraphOf;
    private final int[] sentenceOf;
    private final boolean[] consumed;
    private final List<QuotedSpan> spans;
    private final boolean[] spanIsDirect;
    private final SpeakerResolver speakers;
    private final List<Quote> out = new ArrayList<>();
    /** the last direct quote: its span index, speaker and cue, for continuations */
    private int lastSpan = -1;
    private Speaker lastSpeaker;
    private String lastCue;
    /** the end of the content last reported in the current sentence */
    private int reportedUntil;

    Run(ArticleDoc doc) {
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
        if (t > 0 && hasBlankLine(tokens.get(t - 1).end(), tokens.get(t).begin())) {
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
      this.speakers = new SpeakerResolver(text, tokens, quoted, doc.entities(), cues, organisationPhrases);
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

    List<Quote> find() {
      headlines();
      int n = tokens.size();
      int nextSpan = 0;
      int t = 0;
      while (t < n) {
        int sentence = sentenceOf[t];
        int end = t;
        while (end < n && sentenceOf[end] == sentence) {
          end++;
        }
        // quotes that open in this sentence, then the reporting verbs outside quotes
        while (nextSpan < spans.size() && spans.get(nextSpan).open() < tokens.get(end - 1).end()) {
          quoted(nextSpan++);
        }
        indirect(t, end);
        t = end;
      }
      out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
      attributeBackwards();
      return out;
    }

    /**
     * A quoted paragraph with no cue, followed by a quoted paragraph that names its speaker
     * ("“A.”⏎⏎“B,” X said."), is X's too: news style attributes a run of quotes once.
     */
    private void attributeBackwards() {
      Quote next = null;
      for (int k = out.size() - 1; k >= 0; k--) {
        Quote q = out.get(k);
        if (!DIRECT.equals(q.kind())) {
          continue;
        }
        if (next != null && q.speakerBegin() == null && next.speakerBegin() != null
            && paragraphOf[tokenAt(next.begin())] - paragraphOf[tokenAt(q.end() - 1)] == 1
            && opensParagraph(q.begin())) {
          q = new Quote(q.sentenceIndex(), q.kind(), q.quoteText(), q.begin(), q.end(), next.speakerText(),
              next.speakerCanonical(), next.speakerBegin(), next.speakerEnd(), next.speakerType(), next.cue(), 0.5);
          out.set(k, q);
        }
        next = q;
      }
    }

    private boolean opensParagraph(int quoteBegin) {
      int t = tokenAt(quoteBegin);
      return t > 0 && (paragraphOf[t - 1] != paragraphOf[t] || t - 1 == 0 || paragraphOf[t - 2] != paragraphOf[t - 1]);
    }

    // ---------------------------------------------------------------- direct and partial quotes

    private void quoted(int k) {
      QuotedSpan q = spans.get(k);
      int open = tokenAt(q.open());
      if (open < 0) {
        return;
      }
      int close = open;
      while (close < tokens.size() && quoteOf[close] == k) {
        close++;
      }
      int preStart = open;
      while (preStart > 0 && paragraphOf[preStart - 1] == paragraphOf[open] && !tokens.get(preStart - 1).isStop()
          && quoteOf[preStart - 1] < 0) {
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
      boolean startsClause = preStart == open || (open > 0 && isIntro(tokens.get(open - 1)));
      // words before the mark that are no cue ("that", "its", "were") make it part of a reported sentence
      boolean direct = startsClause || q.unclosed();
      if (direct && !q.unclosed() && startsLowerCase(q) && !interrupts(k, open) && completesReportedClause(open)) {
        direct = false; // "These sources, the lawyers said, “all command the same conclusion”": one mixed report
      }
      if (!direct) {
        partial(k, q, open, close, tailEnd);
        return;
      }
      spanIsDirect[k] = true;
      Attribution a = null;
      if (interrupts(k, open)) {
        a = new Attribution(lastSpeaker, lastCue, -1); // "…," X said, "…"
      }
      if (a == null && !endsSentence(q, close)) {
        a = tail(close, tailEnd);
      }
      if (a == null) {
        a = before(preStart, open, true);
      }
      if (a == null && preStart < open && isIntro(tokens.get(open - 1))) {
        a = clauseSubject(preStart, open - 1);
      }
      if (a == null && open - 1 > preStart && tokens.get(open - 1).text().equals(":")) {
        // "… doesn't surprise Republican pollster Daron Shaw: “…”": the name right before the colon
        Speaker s = nounPhraseEndingAt(open - 1, preStart);
        a = s != null && ("PERSON".equals(s.type()) || "ORG".equals(s.type())) ? new Attribution(s, ":", -1) : null;
      }
      if (a == null && preStart == open && open > 0 && paragraphOf[open - 1] != paragraphOf[open]
          && tokens.get(open - 1).text().equals(":")) {
        // "Caddell continued:" closing the paragraph before the quote
        int s = open - 1;
        while (s > 0 && !tokens.get(s - 1).isStop() && quoteOf[s - 1] < 0 && paragraphOf[s - 1] == paragraphOf[open - 1]) {
          s--;
        }
        a = before(s, open - 1, true);
        if (a == null) {
          a = clauseSubject(s, open - 1);
        }
      }
      double confidence = 0.9;
      if (a == null && lastSpeaker != null && continues(k, preStart == open)) {
        a = new Attribution(lastSpeaker, lastCue, -1);
        confidence = 0.6;
      }
      if (a == null && (looksLikeTitle(q) || countWords(open + 1, close - 1) < 3)) {
        return; // "Orange Is the New Black", "Related:": quoted names, not speech
      }
      Speaker speaker = a == null ? Speaker.NONE : speakers.settle(a.speaker, sentenceOf[open]);
      if (a != null && a.speaker.isPronoun()) {
        confidence = speaker.known() ? 0.75 : 0.4;
      }
      if (a == null) {
        confidence = 0.3;
      }
      if (a != null && a.cueToken >= 0) {
        consumed[a.cueToken] = true;
      }
      emit(sentenceOf[open], DIRECT, q.innerBegin(), q.innerEnd(), speaker, a == null ? null : a.cue, confidence);
      speakers.remember(speaker, sentenceOf[open]);
      lastSpan = k;
      lastSpeaker = a == null ? null : speaker;
      lastCue = a == null ? null : a.cue;
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
      int sentenceStart = open;
      while (sentenceStart > 0 && sentenceOf[sentenceStart - 1] == sentenceOf[open]
          && paragraphOf[sentenceStart - 1] == paragraphOf[open] && quoteOf[sentenceStart - 1] < 0) {
        sentenceStart--;
      }
      int end = open;
      while (end > sentenceStart && (tokens.get(end - 1).text().equals(",") || tokens.get(end - 1).text().equals(":"))) {
        end--;
      }
      int cue = -1;
      for (int v = end - 1; v >= sentenceStart && v >= end - MAX_SUBJECT_TOKENS; v--) {
        int len = cueLength(v);
        if (len > 0 && (v + len == end || cues.addresseeLemmas().contains(cues.lemmaOf(joinLower(v, v + len))))) {
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
          if (cueLength(v) > 0 && !isPassiveOrInfinitive(v)) {
            return true;
          }
        }
        return false;
      }
      Speaker subject = subjectBefore(cue, sentenceStart);
      int subjectStart = subject != null && subject.hasMention() ? tokenAt(subject.begin()) : cue;
      return countWords(sentenceStart, subjectStart) > MAX_FRONTED_WORDS;
    }

    /**
     * A quote that ends with a full stop, followed by a capitalised word ("“… publicly.” And, he
     * acknowledged, …"), closed its sentence: what follows is the next sentence, not its attribution.
     */
    private boolean endsSentence(QuotedSpan q, int close) {
      String inner = text.substring(q.innerBegin(), q.innerEnd()).strip();
      return inner.endsWith(".") && !inner.endsWith("..") && close < tokens.size()
          && tokens.get(close).isCapitalised() && SENTENCE_OPENERS.contains(tokens.get(close).lower());
    }

    /** The quote picks up where the previous one broke off for its attribution, in the same sentence. */
    private boolean interrupts(int k, int open) {
      if (lastSpan < 0 || lastSpeaker == null || lastSpan != k - 1) {
        return false;
      }
      int prevClose = tokenAt(spans.get(lastSpan).close());
      if (prevClose < 0 || spans.get(lastSpan).unclosed() || paragraphOf[prevClose] != paragraphOf[open]) {
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
     * The subject that opens a clause introducing a quote ("Hillary Clinton posted a comment of her
     * own:"), when no cue verb names the speaker.
     */
    private Attribution clauseSubject(int from, int to) {
      Attribution a = subjectAt(from, to);
      if (a == null) {
        // "Here in Columbia, Sanders stepped up ...": the subject follows a fronted adverbial
        for (int c = from + 1; c < to && c < from + MAX_SUBJECT_TOKENS; c++) {
          if (tokens.get(c).text().equals(",")) {
            return subjectAt(c + 1, to);
          }
        }
      }
      return a;
    }

    private Attribution subjectAt(int from, int to) {
      int e = from;
      while (e < to && e < from + MAX_SUBJECT_TOKENS) {
        Token t = tokens.get(e);
        String w = t.lower();
        boolean ofInName = w.equals("of") && e > from && e + 1 < to && SpeakerResolver.isNameToken(tokens.get(e + 1));
        if (!t.isWord() || !(SpeakerResolver.isNameToken(t) || DETERMINERS.contains(w) || cues.isPronoun(w)
            || cues.speakerNouns().contains(w) || cues.titles().contains(w) || ofInName)) {
          break; // "Former Secretary of State Madeleine Albright urged ...": "of" inside a title
        }
        e++;
      }
      if (e == from || e >= to) {
        return null;
      }
      Speaker s = speakers.fromPhrase(tokens, from, e);
      return s == null || !s.hasMention() ? null : new Attribution(s, null, -1);
    }

    /**
     * A quote with no cue of its own continues the previous speaker's quote: in the same paragraph,
     * or as the next paragraph when it opens that paragraph (news style attributes a run of quoted
     * paragraphs once).
     */
    private boolean continues(int k, boolean opensParagraph) {
      if (lastSpan < 0) {
        return false;
      }
      QuotedSpan prev = spans.get(lastSpan);
      int prevPara = paragraphOf[tokenAt(prev.close() > prev.innerEnd() ? prev.close() - 1 : prev.innerEnd() - 1)];
      int thisPara = paragraphOf[tokenAt(spans.get(k).open())];
      return thisPara == prevPara || (thisPara == prevPara + 1 && (prev.unclosed() || opensParagraph));
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
      Attribution a = before(sentenceStart, open, false);
      if (a == null) {
        a = tail(close, tailEnd);
      }
      if (a == null) {
        return;
      }
      Speaker speaker = speakers.settle(a.speaker, sentenceOf[open]);
      emit(sentenceOf[open], PARTIAL, q.innerBegin(), q.innerEnd(), speaker, a.cue, speaker.known() ? 0.7 : 0.4);
      speakers.remember(speaker, sentenceOf[open]);
      lastSpan = k;
      lastSpeaker = speaker;
      lastCue = a.cue;
    }

    /** Punctuation, or a verb of saying right before the mark ("said “…”"); "called “…”" quotes words, not speech. */
    private boolean isIntro(Token t) {
      if (t.text().equals(":") || t.text().equals(",") || t.isDash()) {
        return true;
      }
      String lemma = cues.lemmaOf(t.lower());
      return lemma != null && cues.introLemmas().contains(lemma);
    }

    private record Attribution(Speaker speaker, String cue, int cueToken) {}

    /** A cue after the closing mark: {@code ," X said}, {@code ," said X}, {@code " – X}, {@code ," according to X}. */
    private Attribution tail(int from, int to) {
      int i = from;
      while (i < to && tokens.get(i).text().equals(",")) {
        i++;
      }
      if (i >= to) {
        return null;
      }
      if (tokens.get(i).isDash()) {
        int e = i + 1;
        while (e < to && !tokens.get(e).text().equals(",")) {
          e++;
        }
        Speaker s = speakers.fromPhrase(tokens, i + 1, e);
        return s == null || e - i > 8 ? null : new Attribution(s, tokens.get(i).text(), -1);
      }
      int phrase = sourcePhraseAt(i);
      if (phrase > 0) {
        int e = forwardPhraseEnd(i + phrase, to);
        Speaker s = speakers.fromPhrase(tokens, i + phrase, e);
        if (s == null) {
          s = description(i + phrase, e); // "…" according to a court document
        }
        return s == null ? null : new Attribution(s, joinLower(i, i + phrase), -1);
      }
      for (int v = i; v < to && v < i + MAX_APPOSITIVE_TOKENS; v++) {
        int len = cueLength(v);
        if (len == 0) {
          continue;
        }
        Speaker s;
        if (v == i) {
          int e = forwardPhraseEnd(v + len, to);
          s = speakers.fromPhrase(tokens, v + len, e);
          if (s == null) {
            s = description(v + len, e); // "…," said the 46-year-old.
          }
          if (s == null) {
            s = personUpToComma(v + len, to); // "…," said master of ceremonies Asab Al-Tabchi, a ...
          }
        } else {
          int e = i;
          while (e < v && !tokens.get(e).text().equals(",") && !tokens.get(e).text().equals("(")) {
            e++; // "…," Rep. Elijah E. Cummings (D-Md.) said: the name ends before the party tag
          }
          e = trimAdverbs(i, e);
          s = e - i <= MAX_SUBJECT_TOKENS ? speakers.fromPhrase(tokens, i, e) : null;
          if (s == null) {
            s = description(i, e); // "…," the businessman replied.
          }
          if (s == null && e < v) {
            s = subjectBefore(v, i); // "…" to drive up the stock price, she said.
          }
          if (s == null && tokens.get(v - 1).text().equals(",")) {
            s = speakers.fromPhrase(tokens, v + len, forwardPhraseEnd(v + len, to)); // "…" for Clinton, said Kunin.
          }
        }
        return s == null ? null : new Attribution(s, joinLower(v, v + len), v);
      }
      return null;
    }

    /** A person named within the few words from {@code from} to the next comma, after a lower-case role. */
    private Speaker personUpToComma(int from, int to) {
      int c = from;
      while (c < to && c < from + MAX_SUBJECT_TOKENS && !tokens.get(c).text().equals(",") && quoteOf[c] < 0
          && !tokens.get(c).isStop()) {
        c++;
      }
      Speaker named = c > from ? speakers.fromPhrase(tokens, from, c) : null;
      return named != null && "PERSON".equals(named.type()) ? named : null;
    }

    /**
     * An unnamed speaker described by a determiner and a few words ("the businessman", "another
     * friend"), accepted only right next to a cue of a direct quote, where nothing else can be the speaker.
     */
    private Speaker description(int from, int to) {
      if (to - from < 2 || to - from > 5 || !DESCRIPTION_DETERMINERS.contains(tokens.get(from).lower())) {
        return null;
      }
      for (int i = from; i < to; i++) {
        if (!tokens.get(i).isWord()) {
          return null;
        }
      }
      int begin = tokens.get(from).begin();
      int end = tokens.get(to - 1).end();
      String canonical = text.substring(tokens.get(from + 1).begin(), end);
      return new Speaker(text.substring(begin, end), begin, end, canonical, "NOMINAL", "NOMINAL");
    }

    /** A cue before the opening mark: {@code X said: "}, {@code X told a news conference: "}, {@code said X: "}. */
    private Attribution before(int from, int to, boolean requireIntro) {
      int phrase = from < to ? sourcePhraseAt(from) : 0;
      if (phrase > 0) {
        int e = forwardPhraseEnd(from + phrase, to);
        Speaker s = speakers.fromPhrase(tokens, from + phrase, e);
        if (s != null) {
          return new Attribution(s, joinLower(from, from + phrase), -1);
        }
      }
      for (int v = to - 1; v >= from; v--) {
        if (quoteOf[v] >= 0) {
          continue;
        }
        int len = cueLength(v);
        if (len == 0 || isPassiveOrInfinitive(v)) {
          continue;
        }
        Speaker s = subjectBefore(v, from);
        boolean addressee = cues.addresseeLemmas().contains(cues.lemmaOf(joinLower(v, v + len)));
        if (s == null && !addressee) {
          // "said X: “…”"; after "told", the phrase is the addressee ("told Fox News: “…”")
          s = speakers.fromPhrase(tokens, v + len, forwardPhraseEnd(v + len, to));
        }
        if (s == null && v > from && tokens.get(v - 1).text().equals(",")) {
          // "Albright urged women to vote for Clinton, saying, “…”": the clause's subject speaks
          Attribution subject = clauseSubject(from, v - 1);
          s = subject == null ? null : subject.speaker;
        }
        if (s == null && requireIntro) {
          int k = v;
          while (k > from && v - k < 5 && tokens.get(k - 1).isWord() && !CLAUSE_WORDS.contains(tokens.get(k - 1).lower())) {
            k--;
          }
          s = description(k, v); // the businessman said: "…"
        }
        if (s == null && v > from && (tokens.get(v - 1).is("and") || tokens.get(v - 1).is("but"))) {
          // "The Kremlin said ... but said ...": the subject of the earlier cue
          Attribution earlier = before(from, v - 1, requireIntro);
          s = earlier == null ? null : earlier.speaker;
        }
        if (s == null) {
          return null;
        }
        return new Attribution(s, joinLower(v, v + len), v);
      }
      return null;
    }

    // ---------------------------------------------------------------- indirect speech

    private void indirect(int from, int to) {
      Speaker sentenceSpeaker = null;
      reportedUntil = from;
      for (int t = from; t < to; t++) {
        if (quoteOf[t] >= 0 || consumed[t] || t < reportedUntil) {
          continue; // a cue inside reported content ("... and tell him ...") belongs to that report
        }
        int phrase = sourcePhraseAt(t);
        if (phrase > 0) {
          accordingTo(t, phrase, from, to);
          continue;
        }
        int len = cueLength(t);
        if (len == 0 || isPassiveOrInfinitive(t)) {
          continue;
        }
        String form = tokens.get(t).lower();
        String lemma = cues.lemmaOf(joinLower(t, t + len));
        Speaker subject;
        if (form.endsWith("ing")) {
          // "..., adding that ..." reports more of the same speaker; other -ing forms are not clauses
          if (t == from || !tokens.get(t - 1).text().equals(",") || sentenceSpeaker == null) {
            continue;
          }
          subject = sentenceSpeaker;
        } else {
          subject = subjectBefore(t, from);
          if (subject == null && t > from && (tokens.get(t - 1).is("and") || tokens.get(t - 1).is("but"))) {
            subject = sentenceSpeaker;
          }
          if (subject == null) {
            subject = describedSubject(t, from); // "nearly two-thirds of Democratic primary voters said ..."
          }
        }
        int contentStart = t + len;
        int afterCue = t + len;
        if (subject == null) {
          // "..., said X." with the content before it
          if (t > from && tokens.get(t - 1).text().equals(",")) {
            int e = forwardPhraseEnd(t + len, to);
            Speaker s = speakers.fromPhrase(tokens, t + len, e);
            if (s != null && endsSoon(e, to)) {
              emitIndirect(from, t - 1, s, form, t, 0.6, 2);
              sentenceSpeaker = s;
            }
          }
          continue;
        }
        boolean objectCue = cues.objectLemmas().contains(lemma);
        if (cues.reportLemmas().contains(lemma)) {
          int as = findAsSaying(contentStart, to);
          if (as < 0) {
            continue;
          }
          contentStart = as;
          afterCue = as;
        } else if (objectCue) {
          // "praised her effort", "called for a ban", "accused Obama of bungling it": the object is the content
          int objectEnd = objectEnd(contentStart, to);
          if (objectEnd > contentStart && !(quoteOf[contentStart] >= 0 && spanIsDirect[quoteOf[contentStart]])) {
            emitIndirect(contentStart, objectEnd, subject, joinLower(t, t + len), t, 0.6, 1);
            sentenceSpeaker = subject;
          }
          continue;
        } else {
          int that = findThat(contentStart, to);
          if (that >= 0) {
            contentStart = that;
          } else if (cues.addresseeLemmas().contains(lemma)) {
            contentStart = skipAddressee(contentStart, to);
          }
        }
        int contentEnd = contentEnd(contentStart, to);
        if (contentStart < to && (tokens.get(contentStart).text().equals(":") || quoteOf[contentStart] >= 0
            && spanIsDirect[quoteOf[contentStart]])) {
          continue; // the cue of a direct quote
        }
        if (countWords(contentStart, contentEnd) < 3) {
          // "..., X said." with the content before the speaker
          int comma = t - 1;
          while (comma > from && !tokens.get(comma).text().equals(",") && t - comma <= MAX_SUBJECT_TOKENS + 2) {
            comma--;
          }
          if (comma > from && tokens.get(comma).text().equals(",") && endsSoon(afterCue, to)) {
            emitIndirect(from, comma, subject, form, t, 0.6, 2);
            sentenceSpeaker = subject;
          }
          continue;
        }
        emitIndirect(contentStart, contentEnd, subject, joinLower(t, t + len), t, 0.7, 2);
        sentenceSpeaker = subject;
      }
    }

    private void accordingTo(int t, int phrase, int from, int to) {
      int e = forwardPhraseEnd(t + phrase, to);
      Speaker s = speakers.fromPhrase(tokens, t + phrase, e);
      if (s == null) {
        s = sourceDescription(t + phrase, to); // "according to a new poll by the Harvard Institute of Politics"
      }
      if (s == null) {
        return;
      }
      String cue = joinLower(t, t + phrase);
      if (t == from) {
        // "According to a member of the delegation, the drafts ...": the content follows the first comma
        int c = e;
        while (c < to && !tokens.get(c).text().equals(",") && quoteOf[c] < 0) {
          c++;
        }
        c = c < to && tokens.get(c).text().equals(",") ? c + 1 : e;
        emitIndirect(c, contentEnd(c, to), s, cue, t, 0.7, 2);
      } else {
        int c = t > from && tokens.get(t - 1).text().equals(",") ? t - 1 : t;
        emitIndirect(from, c, s, cue, t, 0.7, 2);
      }
    }

    /**
     * The subject of a finite cue that no name or speaker noun vouches for: the words from the
     * clause's start to the cue ("nearly two-thirds of Democratic primary voters said", "Some of
     * Clinton's longtime allies said", "Many speakers at the service said"). A verb in the present
     * or past, not after a comma (that is "…, said X"), right after a noun phrase of a few words
     * that begins the clause, reports speech whoever the phrase names.
     */
    private Speaker describedSubject(int cue, int from) {
      if (!cues.openSubjectLemmas().contains(cues.lemmaOf(joinLower(cue, cue + cueLength(cue))))) {
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
            || t.text().equals(")") || CLAUSE_WORDS.contains(t.lower()) || cueLength(start - 1) > 0) {
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
    private Speaker sourceDescription(int from, int to) {
      int e = from;
      while (e < to && e - from < MAX_SOURCE_DESCRIPTION_TOKENS && quoteOf[e] < 0 && !tokens.get(e).isStop()
          && !tokens.get(e).text().equals(",") && !tokens.get(e).isDash() && !tokens.get(e).text().equals("(")) {
        e++;
      }
      if (e == from || e - from >= MAX_SOURCE_DESCRIPTION_TOKENS || countWords(from, e) == 0) {
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

    private void emitIndirect(int from, int to, Speaker subject, String cue, int cueToken, double confidence,
        int minWords) {
      while (from < to && !tokens.get(from).isWord() && quoteOf[from] < 0) {
        from++;
      }
      while (to > from && (tokens.get(to - 1).text().equals(",") || tokens.get(to - 1).isStop())) {
        to--;
      }
      if (countWords(from, to) < minWords) {
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
      emit(sentenceOf[cueToken], INDIRECT, tokens.get(from).begin(), tokens.get(to - 1).end(), speaker, cue,
          speaker.known() ? confidence : 0.3);
      speakers.remember(speaker, sentenceOf[cueToken]);
    }

    /**
     * The end of the object of a cue like "praised" or "called for": the clause goes on to the next
     * comma, colon, dash, parenthesis or sentence end, or to "but" and another cue.
     */
    private int objectEnd(int from, int to) {
      int e = from;
      while (e < to) {
        Token t = tokens.get(e);
        if (quoteOf[e] < 0 && (t.isStop() || t.isDash() || t.text().equals(",") || t.text().equals(";")
            || t.text().equals(":") || t.text().equals("(") || t.is("but"))) {
          break;
        }
        if (e > from && quoteOf[e] < 0 && (startsTimeAdverbial(e) || t.is("and") && e + 1 < to
            && (BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(e + 1).lower()) || cueLength(e + 1) > 0))) {
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
    private boolean startsTimeAdverbial(int i) {
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

    private boolean endsSoon(int i, int to) {
      int words = 0;
      for (int k = i; k < to && !tokens.get(k).isStop(); k++) {
        if (tokens.get(k).is("that") || quoteOf[k] >= 0) {
          return false;
        }
        words++;
      }
      return words <= 5;
    }

    private int findThat(int from, int to) {
      for (int i = from; i < to && i < from + 10; i++) {
        Token t = tokens.get(i);
        if (t.is("that")) {
          return i + 1;
        }
        if (t.isStop() || quoteOf[i] >= 0 || cueLength(i) > 0) {
          return -1;
        }
      }
      return -1;
    }

    private int findAsSaying(int from, int to) {
      for (int i = from; i + 1 < to && i < from + 12; i++) {
        if (tokens.get(i).is("as") && cueLength(i + 1) > 0) {
          int c = i + 1 + cueLength(i + 1);
          return c < to && tokens.get(c).is("that") ? c + 1 : c;
        }
      }
      return -1;
    }

    private int skipAddressee(int i, int to) {
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
            return k + 1;
          }
        }
        return i;
      }
      int k = i;
      while (k < to && SpeakerResolver.isNameToken(tokens.get(k)) && k < i + 4) {
        k++;
      }
      return k;
    }

    private int contentEnd(int from, int to) {
      int e = from;
      while (e < to) {
        if (sourcePhraseAt(e) > 0 && e > from && tokens.get(e - 1).text().equals(",")) {
          return e - 1;
        }
        if (e > from + 1 && (tokens.get(e - 1).is("and") || tokens.get(e - 1).is("but")) && cueLength(e) > 0
            && quoteOf[e] < 0 && !cues.addresseeLemmas().contains(cues.lemmaOf(joinLower(e, e + cueLength(e))))) {
          return e - 1; // "... but said ...": the next cue starts its own content ("and tell him ..." does not)
        }
        if (quoteOf[e] < 0 && (tokens.get(e).is(".") || tokens.get(e).is("?") || tokens.get(e).is("!"))) {
          return e; // the sentence splitter missed a sentence end ("in the U.S. He says ...")
        }
        if (e > from + 2 && quoteOf[e] < 0 && cueLength(e) > 0) {
          // another speaker's report starts: "..., but 55 percent of all voters say ...", "— asserting that ..."
          if (tokens.get(e).lower().endsWith("ing") && (tokens.get(e - 1).text().equals(",") || tokens.get(e - 1).isDash())) {
            return e - 1;
          }
          Speaker other = subjectBefore(e, from);
          if (other != null && other.hasMention()) {
            int k = tokenAt(other.begin());
            while (k - 1 > from && (!tokens.get(k - 1).isWord() || CLAUSE_WORDS.contains(tokens.get(k - 1).lower())
                || tokens.get(k - 1).is("compared") || tokens.get(k - 1).is("with") || tokens.get(k - 1).is("however"))) {
              k--;
            }
            if (k > from + 1 && k < e) {
              return k;
            }
          }
        }
        e++;
      }
      return to;
    }

    // ---------------------------------------------------------------- speakers

    /** The subject of the cue at v: "X said", "X, a senior official, said", "X has also said". */
    private Speaker subjectBefore(int v, int limit) {
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
        if (head == null && j - k <= 5) {
          // "Sanders's campaign manager, Jeff Weaver, said": the role names nobody, the apposition does
          Speaker apposition = speakers.fromPhrase(tokens, k + 1, j);
          return apposition != null && "PERSON".equals(apposition.type()) ? apposition : null;
        }
        return head;
      }
      return nounPhraseEndingAt(j + 1, limit);
    }

    /** The speaker named by the noun phrase ending just before token {@code end}, if its head names one. */
    private Speaker nounPhraseEndingAt(int end, int limit) {
      int start = end;
      while (start - 1 >= limit && end - start < MAX_SUBJECT_TOKENS && quoteOf[start - 1] < 0) {
        Token t = tokens.get(start - 1);
        if (!t.isWord() || CLAUSE_WORDS.contains(t.lower()) || cueLength(start - 1) > 0) {
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

    private int forwardPhraseEnd(int from, int to) {
      int e = from;
      while (e < to && e < from + MAX_SUBJECT_TOKENS) {
        Token t = tokens.get(e);
        String w = t.lower();
        if (!t.isWord() || CLAUSE_WORDS.contains(w) || SpeakerResolver.PREPOSITIONS.contains(w) || quoteOf[e] >= 0
            || cueLength(e) > 0 || w.endsWith("ing") && !t.isCapitalised()) {
          break;
        }
        e++;
      }
      return e;
    }

    private int trimAdverbs(int from, int end) {
      while (end > from && BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(end - 1).lower())) {
        end--;
      }
      return end;
    }

    // ---------------------------------------------------------------- headlines

    /** "Ukraine 'shouldn't target' Moscow: Trump" and "Pat Caddell: Voters Worried ...". */
    private void headlines() {
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
      int end = tokens.get(to - 1).end();
      if (end - begin > 160 || text.substring(begin, end).indexOf('\n') >= 0 || tokens.get(to - 1).isStop()
          || tokens.get(to - 1).text().equals("”") || tokens.get(to - 1).text().equals("\"")) {
        return;
      }
      int colon = -1;
      for (int i = from; i < to; i++) {
        if (tokens.get(i).text().equals(":")) {
          colon = colon < 0 ? i : colon;
        }
      }
      if (colon < 0) {
        return;
      }
      if (to - colon - 1 >= 1 && to - colon - 1 <= 4 && allNames(colon + 1, to) && mentionedElsewhere(colon + 1, to, from, to)) {
        Speaker s = speakers.fromPhrase(tokens, colon + 1, to);
        if (s != null) {
          emit(sentenceOf[from], INDIRECT, begin, tokens.get(colon - 1).end(), s, ":", 0.6);
          consumed[colon] = true;
        }
      } else if (colon - from >= 1 && colon - from <= 4 && allNames(from, colon) && mentionedElsewhere(from, colon, from, to)
          && to - colon > 3) {
        Speaker s = speakers.fromPhrase(tokens, from, colon);
        if (s != null && "PERSON".equals(s.type())) {
          emit(sentenceOf[from], INDIRECT, tokens.get(colon + 1).begin(), end, s, ":", 0.6);
          consumed[colon] = true;
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

    // ---------------------------------------------------------------- small helpers

    private void emit(int sentence, String kind, int begin, int end, Speaker s, String cue, double confidence) {
      Speaker speaker = s == null ? Speaker.NONE : s;
      String quoted = text.substring(begin, end);
      if (quoted.indexOf('\n') >= 0) {
        quoted = PARAGRAPH_OPENING.matcher(quoted).replaceAll("\n\n");
      }
      out.add(new Quote(sentence, kind, quoted, begin, end, speaker.text(), speaker.canonical(),
          speaker.hasMention() ? speaker.begin() : null, speaker.hasMention() ? speaker.end() : null,
          speaker.known() ? speaker.type() : "UNKNOWN", cue, confidence));
    }

    private boolean isPassiveOrInfinitive(int v) {
      return v > 0 && PASSIVE_OR_INFINITIVE.contains(tokens.get(v - 1).lower());
    }

    /** The number of tokens of the cue form starting at i (0 if none). */
    private int cueLength(int i) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        return 0;
      }
      String w = t.lower();
      List<String[]> longer = multiWordForms.get(w);
      if (longer != null) {
        for (String[] words : longer) {
          boolean match = i + words.length <= tokens.size();
          for (int k = 1; k < words.length && match; k++) {
            match = tokens.get(i + k).text().equalsIgnoreCase(words[k]);
          }
          if (match) {
            return words.length;
          }
        }
      }
      String lemma = cues.verbForms().get(w);
      return lemma == null || w.contains(" ") ? 0 : 1;
    }

    private int sourcePhraseAt(int i) {
      for (String[] p : sourcePhrases) {
        boolean match = i + p.length <= tokens.size();
        for (int k = 0; k < p.length && match; k++) {
          match = tokens.get(i + k).text().equalsIgnoreCase(p[k]);
        }
        if (match) {
          return p.length;
        }
      }
      return 0;
    }

    private String joinLower(int from, int to) {
      return text.substring(tokens.get(from).begin(), tokens.get(to - 1).end()).toLowerCase(Locale.ROOT);
    }

    private int countWords(int from, int to) {
      int c = 0;
      for (int i = Math.max(from, 0); i < to && i < tokens.size(); i++) {
        if (tokens.get(i).isWord()) {
          c++;
        }
      }
      return c;
    }

    /** The index of the token starting at or covering offset, or -1. */
    private int tokenAt(int offset) {
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
}

package org.newsanalytics.common.quotes;

import java.util.Set;

/** Quoted words that name a book, show or heading rather than report speech. */
final class QuotedTitles {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  /** The most words of a quoted title ("Crippled America: How to Make America Great Again" is longer). */
  private static final int MAX_TITLE_WORDS = 6;
  /** Short words a title leaves in lower case. */
  private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "for", "and", "or",
      "in", "on", "at", "by", "with", "from", "as");

  private QuotedTitles() {}

  /**
   * A few words, every one capitalised but the short function words ("Tough Choices.", "Doomed to
   * Succeed,", "The Apprentice,"): the title of a book or show, whatever cue stands near it.
   */
  static boolean isTitleCased(String text, QuotedSpan q) {
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

  /**
   * Quoted words that name something rather than quote anyone, whatever report stands around them:
   * a title ("Meet the Press,"), one capitalised word ("Scandal,", a show, a nickname) or no words at
   * all (a date, a number).
   */
  static boolean namesSomething(String text, QuotedSpan q) {
    if (isTitleCased(text, q)) {
      return true;
    }
    String inner = text.substring(q.innerBegin(), q.innerEnd()).strip();
    if (inner.codePoints().noneMatch(Character::isLetter)) {
      return true;
    }
    String[] words = WHITESPACE.split(inner);
    return words.length == 1 && Character.isUpperCase(words[0].codePointAt(0));
  }

  static boolean looksLikeTitle(String text, QuotedSpan q) {
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
}

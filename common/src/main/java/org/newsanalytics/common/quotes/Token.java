package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word or punctuation mark with its offsets [begin, end) into the article text. */
record Token(String text, int begin, int end) {
  // Abbreviations and initials keep their dot so "Mr. Kamin" and "Leonard E. Burman" stay one name;
  // any other dot is its own token and ends a clause.
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|Adm|Capt|Prof|Rev|Gov|Pres)\\.(?=\\s)"
          + "|\\p{Lu}\\.(?=\\s+\\p{Lu})|[\\p{L}\\p{M}\\d]+(?:['’\\-.][\\p{L}\\p{M}\\d]+)*(?:['’]s)?|''|``|--|\\S");

  /** Tokens of text[begin, end). */
  static List<Token> tokenize(String text, int begin, int end) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(begin, end);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }

  /** "Russia's" / "Russia’s": a possessive modifier, not the head of a name. */
  boolean isPossessive() {
    return text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"));
  }

  /** Sentence-ending or clause-ending punctuation. */
  boolean isStop() {
    return text.equals(".") || text.equals("?") || text.equals("!") || text.equals(";");
  }

  boolean isDash() {
    return text.equals("–") || text.equals("—") || text.equals("--") || text.equals("-");
  }
}

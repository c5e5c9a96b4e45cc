package org.newsanalytics.common.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {
  private static List<String> words(String text) {
    List<NerTokenizer.Token> tokens = NerTokenizer.tokenize(text);
    for (NerTokenizer.Token t : tokens) {
      assertEquals(text.substring(t.begin(), t.end()), t.text(), "offsets of " + t);
    }
    return tokens.stream().map(NerTokenizer.Token::text).toList();
  }

  @Test
  void punctuationApartWordsAndNumbersWhole() {
    assertEquals(List.of("Shares", "rose", "3.5", "percent", "to", "1,250", ",", "the", "Anglo-Dutch", "group", "said",
        "."), words("Shares rose 3.5 percent to 1,250, the Anglo-Dutch group said."));
    assertEquals(List.of("(", "Reuters", ")", "-", "\"", "No", "\"", "!"), words("(Reuters) - \"No\"!"));
  }

  @Test
  void possessiveApartNamesWithApostropheWhole() {
    assertEquals(List.of("Germany", "'s", "O'Neill", "and", "Paris", "’s"), words("Germany's O'Neill and Paris’s"));
  }

  @Test
  void initialsAndAbbreviationsKeepTheirDots() {
    assertEquals(List.of("the", "U.S.", "Open", "in", "Tampa", ",", "Fla.", ",", "with", "J.", "Smith", "of", "Acme",
        "Corp."), words("the U.S. Open in Tampa, Fla., with J. Smith of Acme Corp."));
    assertEquals(List.of("ST.", "LOUIS", "1996-08-22"), words("ST. LOUIS 1996-08-22"));
    // a word ending a sentence loses its dot
    assertEquals(List.of("in", "Paris", "."), words("in Paris."));
  }

  @Test
  void cliticsCurrenciesSignedNumbersAndRunsOfOneMark() {
    assertEquals(List.of("they", "'re", "paid", "C$", "5", "--", "call", "+44", "or", "hit", ".500", "..."),
        words("they're paid C$ 5 -- call +44 or hit .500..."));
  }

  @Test
  void offsetsIntoARangeOfTheText() {
    String text = "One. Two words here.";
    List<NerTokenizer.Token> tokens = NerTokenizer.tokenize(text, 5, text.length());
    assertEquals(5, tokens.get(0).begin());
    assertEquals(List.of("Two", "words", "here", "."), tokens.stream().map(NerTokenizer.Token::text).toList());
  }
}

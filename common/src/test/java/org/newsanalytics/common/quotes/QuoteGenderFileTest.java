package org.newsanalytics.common.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.newsanalytics.common.quotes.PersonGenders.Gender;

/** The gender file behind pronoun resolution: what the shipped file says, and how a broken one is refused. */
class QuoteGenderFileTest {
  private static final String VALID = """
      pronouns:
        male: [he]
        female: [she]
      titles:
        male: [Mr.]
        female: [mrs, spokeswoman]
      first_names:
        male: [Bernie]
        female: [hillary]
      """;

  @Test
  void theShippedFileKnowsCommonNamesTitlesAndPronouns() {
    PersonGenders g = PersonGenders.loadDefault();
    assertEquals(Gender.FEMALE, g.ofName("Hillary Clinton"));
    assertEquals(Gender.MALE, g.ofName("Bernie Sanders"));
    assertEquals(Gender.MALE, g.ofName("Donald J. Trump"));
    assertEquals(Gender.FEMALE, g.ofTitle("Mrs."));
    assertEquals(Gender.FEMALE, g.ofTitle("spokeswoman"));
    assertEquals(Gender.MALE, g.ofTitle("Mr."));
    assertEquals(Gender.MALE, g.ofPronoun("He"));
    assertEquals(Gender.FEMALE, g.ofPronoun("she"));
  }

  @Test
  void namesGivenToBothTitlesForBothAndSingleWordsAreUnknown() {
    PersonGenders g = PersonGenders.loadDefault();
    assertEquals(Gender.UNKNOWN, g.ofName("Chris Christie"));
    assertEquals(Gender.UNKNOWN, g.ofName("Lindsey Graham"));
    assertEquals(Gender.UNKNOWN, g.ofTitle("Sen."));
    assertEquals(Gender.UNKNOWN, g.ofPronoun("they"));
    // a bare surname may be a first name too ("Warren"): only a full name says anything
    assertEquals(Gender.UNKNOWN, g.ofName("Warren"));
    assertEquals(Gender.UNKNOWN, g.ofName("Hillary"));
  }

  @Test
  void unknownIsCompatibleWithBothAndTheGendersOnlyWithThemselves() {
    assertEquals(true, Gender.UNKNOWN.compatibleWith(Gender.MALE));
    assertEquals(true, Gender.FEMALE.compatibleWith(Gender.UNKNOWN));
    assertEquals(true, Gender.MALE.compatibleWith(Gender.MALE));
    assertEquals(false, Gender.MALE.compatibleWith(Gender.FEMALE));
  }

  @Test
  void aValidFileMatchesCaseAndDotInsensitively() {
    PersonGenders g = PersonGenders.parse("mine.yaml", VALID);
    assertEquals(Gender.MALE, g.ofTitle("mr"));
    assertEquals(Gender.FEMALE, g.ofTitle("Mrs."));
    assertEquals(Gender.FEMALE, g.ofName("HILLARY Rodham"));
  }

  @Test
  void aWordUnderBothGendersIsRefused() {
    QuoteRulesException e = assertThrows(QuoteRulesException.class,
        () -> PersonGenders.parse("x.yaml", VALID.replace("female: [hillary]", "female: [hillary, bernie]")));
    assertEquals("Cannot load gender file x.yaml: 'bernie' is listed under both 'first_names.male' and "
        + "'first_names.female'; leave out words that fit both", e.getMessage());
  }

  @Test
  void unknownKeysAndMissingListsAreRefused() {
    QuoteRulesException unknown = assertThrows(QuoteRulesException.class,
        () -> PersonGenders.parse("x.yaml", VALID + "nicknames: [bob]\n"));
    assertEquals("Cannot load gender file x.yaml: unknown key 'nicknames', expected one of [pronouns, titles, "
        + "first_names]", unknown.getMessage());
    QuoteRulesException missing = assertThrows(QuoteRulesException.class,
        () -> PersonGenders.parse("x.yaml", VALID.replace("  female: [mrs, spokeswoman]\n", "")));
    assertEquals("Cannot load gender file x.yaml: 'titles' must have exactly the lists 'male' and 'female'",
        missing.getMessage());
    QuoteRulesException empty = assertThrows(QuoteRulesException.class,
        () -> PersonGenders.parse("x.yaml", VALID.replace("male: [he]", "male: []")));
    assertEquals("Cannot load gender file x.yaml: 'pronouns.male' must be a non-empty list", empty.getMessage());
  }
}

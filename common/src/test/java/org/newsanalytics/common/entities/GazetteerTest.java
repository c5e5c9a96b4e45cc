package org.newsanalytics.common.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Gazetteer DEFAULT = Gazetteer.loadDefault();

  private static Gazetteer parse(String yaml) {
    return Gazetteer.parse(yaml, "test.yaml");
  }

  @ParameterizedTest
  @CsvSource({
      "Zelenskiyy, Volodymyr Zelenskyy, PERSON",
      "Zelensky, Volodymyr Zelenskyy, PERSON",
      "Zelenskyy, Volodymyr Zelenskyy, PERSON",
      "Zelenskiy, Volodymyr Zelenskyy, PERSON",
      "Türkiye, Turkey, COUNTRY",
      "Turkiye, Turkey, COUNTRY",
      "Turkey, Turkey, COUNTRY",
      "Kiev, Kyiv, CITY",
      "Kyiv, Kyiv, CITY",
      "Kremlin, Kremlin, GOVERNMENT",
      "TASS, TASS, NEWS_AGENCY",
      "RIA, RIA Novosti, NEWS_AGENCY",
      "Peskov, Dmitry Peskov, PERSON",
      "Umerov, Rustem Umerov, PERSON",
      "Putin, Vladimir Putin, PERSON",
      "Trump, Donald Trump, PERSON",
      "Erdogan, Recep Tayyip Erdogan, PERSON",
      "Erdoğan, Recep Tayyip Erdogan, PERSON",
      "NATO, NATO, INTERNATIONAL_ORG",
      "EU, European Union, INTERNATIONAL_ORG",
      "UN, United Nations, INTERNATIONAL_ORG",
      "Ukrainian, Ukrainian, NATIONALITY",
  })
  void shippedAliasesResolveToOneCanonicalName(String alias, String canonical, String type) {
    Gazetteer.Entry e = DEFAULT.lookup(alias).orElseThrow(() -> new AssertionError(alias + " not in the gazetteer"));
    assertEquals(canonical, e.canonical());
    assertEquals(type, e.type());
  }

  @Test
  void lookupIgnoresCaseAndAccentsButFindDoesNot() {
    assertEquals("Recep Tayyip Erdogan", DEFAULT.lookup("ERDOGAN").orElseThrow().canonical());
    assertEquals("Turkey", DEFAULT.lookup("TURKIYE").orElseThrow().canonical());
    assertEquals(List.of(), DEFAULT.find("roast turkey and kiev cutlets"));
  }

  @Test
  void findTakesTheLongestAliasOnWordBoundaries() {
    String text = "Ukraine's National Security and Defence Council met in Kyiv; Kyivstar did not comment.";
    List<Gazetteer.Match> found = DEFAULT.find(text);
    assertEquals(List.of("Ukraine", "National Security and Defence Council", "Kyiv"),
        found.stream().map(m -> text.substring(m.begin(), m.end())).toList());
    assertEquals("National Security and Defence Council", found.get(1).entry().canonical());
  }

  @Test
  void titlesAreKnownCaseInsensitively() {
    assertTrue(DEFAULT.isTitle("Spokesman"));
    assertTrue(DEFAULT.isTitle("president"));
    assertFalse(DEFAULT.isTitle("Dmitry"));
  }

  @Test
  void aUserFileAddsEntriesAndDemonyms() throws Exception {
    Gazetteer g = parse("""
        titles: [hetman]
        entities:
          COUNTRY:
            - name: Freedonia
              aliases: [Fredonia]
              demonyms: [Freedonian, Freedonians]
          PERSON:
            - {name: Rufus T. Firefly, aliases: [Firefly]}
        """);
    assertEquals("Freedonia", g.lookup("Fredonia").orElseThrow().canonical());
    assertEquals("NATIONALITY", g.lookup("Freedonians").orElseThrow().type());
    assertEquals("Freedonian", g.lookup("Freedonians").orElseThrow().canonical());
    assertEquals("Rufus T. Firefly", g.lookup("Firefly").orElseThrow().canonical());
    assertTrue(g.isTitle("Hetman"));
  }

  @Test
  void unknownTypeIsRefusedNamingTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("entities:\n  PLANET:\n    - {name: Mars}\n"));
    assertTrue(e.getMessage().startsWith("Cannot load the gazetteer test.yaml: unknown type 'PLANET', expected one of ["
        + "ARMED_FORCES, CITY, COMPANY, COUNTRY,"), e.getMessage());
  }

  @Test
  void anEntryWithoutANameIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("entities:\n  CITY:\n    - {name: Kyiv}\n    - {aliases: [Lemberg]}\n"));
    assertEquals("Cannot load the gazetteer test.yaml: entry 1 of CITY has no name", e.getMessage());
  }

  @Test
  void anAliasSharedByTwoEntriesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("""
        entities:
          CITY:
            - {name: Washington}
          PERSON:
            - {name: George Washington, aliases: [Washington]}
        """));
    assertEquals("Cannot load the gazetteer test.yaml: alias 'Washington' belongs to both 'Washington' (CITY) and "
        + "'George Washington' (PERSON)", e.getMessage());
  }

  @Test
  void aFileWithoutEntitiesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("titles: [mr]\n"));
    assertEquals("Cannot load the gazetteer test.yaml: it needs an 'entities' map of type → list of entries",
        e.getMessage());
  }

  @Test
  void brokenYamlIsRefusedWithTheParserMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("entities: [unclosed\n"));
    assertTrue(e.getMessage().startsWith("Cannot load the gazetteer test.yaml: not valid YAML at line "), e.getMessage());
  }
}

package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTaxonomyTest {
  @Test
  void bundledTaxonomyHasTheDesignTypesWithCodes() {
    EventTaxonomy t = EventTaxonomy.bundled();
    assertEquals(List.of("ATTACK", "TALKS", "SANCTION", "CEASEFIRE", "PRISONER_EXCHANGE", "AGREEMENT"),
        t.types().stream().map(EventType::name).toList());
    EventType attack = t.type("ATTACK").orElseThrow();
    assertEquals(List.of("ASSAULT", "FIGHT"), attack.plover());
    assertTrue(attack.cameo().contains("195"));
    assertTrue(attack.modes().keySet().containsAll(List.of("drone", "missile", "artillery", "airstrike", "ground_assault")));
    assertTrue(t.type("SANCTION").orElseThrow().modes().keySet()
        .containsAll(List.of("imposed", "package", "tariffs", "embargo", "price_cap")));
  }

  @Test
  void inflectionsAndGapsMatch() {
    EventType attack = EventTaxonomy.bundled().type("ATTACK").orElseThrow();
    for (String s : List.of("they attacked", "attacking the port", "an attack", "shelling continued")) {
      assertTrue(attack.triggers().matcher(s).find(), s);
    }
    EventType swap = EventTaxonomy.bundled().type("PRISONER_EXCHANGE").orElseThrow();
    assertTrue(swap.triggers().matcher("the exchange of thousands of prisoners").find());
    assertTrue(attack.exclude().orElseThrow().matcher("a hunger strike").find());
  }

  @Test
  void statusesMapToPloverModalities() {
    EventTaxonomy t = EventTaxonomy.bundled();
    EventType sanction = t.type("SANCTION").orElseThrow();
    assertEquals(Optional.of("THREATEN"), t.ploverCode(sanction, "threatened"));
    assertEquals(Optional.of("SANCTION"), t.ploverCode(sanction, "occurred"));
    assertEquals(Optional.empty(), t.ploverCode(sanction, "negated"));
  }

  @Test
  void aUserAddsATypeWithoutJava(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, """
        types:
          - type: PROTEST
            plover: [PROTEST]
            cameo: ["14"]
            triggers: ["protest[s|ed|ers]", "rall[y|ied|ies]"]
        """);
    EventTaxonomy t = EventTaxonomy.load(file);
    assertTrue(t.type("PROTEST").orElseThrow().triggers().matcher("thousands rallied in Kyiv").find());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      'types: [ {type: A, triggers: [x]'                                            | not valid YAML at line 1
      'foo: 1'                                                                      | the top level has unknown key 'foo' (known: status_plover, types)
      'types: []'                                                                   | 'types' must be a non-empty list
      'types: [ {type: attack, triggers: [x]} ]'                                    | type #1 needs a 'type' name in UPPER_SNAKE_CASE, got 'attack'
      'types: [ {type: ATTACK} ]'                                                   | type ATTACK needs at least one trigger in 'triggers'
      'types: [ {type: ATTACK, trigers: [x]} ]'                                     | type ATTACK has unknown key 'trigers' (known: cameo, casualties, coercive, contextual, default_kind, exclude, followups, kinds, modes, not_after, plover, plover_covers, rounds, status_plover, triggers, type, unless)
      'types: [ {type: A, triggers: [x]}, {type: A, triggers: [y]} ]'               | type A is defined twice
      'types: [ {type: A, triggers: ["att[s"]} ]'                                   | type A triggers phrase 'att[s' has a malformed ending list in 'att[s': expected word[ending|ending]
      'types: [ {type: A, triggers: ["... x"]} ]'                                   | type A triggers phrase '... x' cannot start or end with '...'
      'types: [ {type: A, triggers: [x], modes: {drone: []}} ]'                     | type A mode 'drone' has no words
      'types: [ {type: A, triggers: [x], coercive: maybe} ]'                        | type A 'coercive' must be true or false, got "maybe"
      'types: [ {type: A, triggers: x} ]'                                           | type A 'triggers' must be a list
      'status_plover: {fled: X}
types: [ {type: A, triggers: [x]} ]'                                             | 'status_plover' has unknown status 'fled' (known: occurred, planned, threatened, called_for, rejected, negated, hypothetical, background)
      """)
  void brokenFilesFailWithTheFileAndTheProblem(String yaml, String problem) {
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> EventTaxonomy.parse(yaml, "my.yaml"));
    assertTrue(e.getMessage().startsWith("Cannot load event taxonomy my.yaml: " + problem), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> EventTaxonomy.load(Path.of("no/such.yaml")));
    assertTrue(e.getMessage().startsWith("Cannot load event taxonomy no/such.yaml: cannot be read"), e.getMessage());
  }
}

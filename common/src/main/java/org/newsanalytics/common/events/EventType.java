package org.newsanalytics.common.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One type of the event taxonomy, compiled: its trigger, exclusion and follow-up patterns and
 * its modes (in file order), with the PLOVER and CAMEO codes it corresponds to.
 *
 * @param ploverCovers true when the type stands for the whole of its PLOVER categories
 * @param coercive true when a conditional "would ..." of this type is a threat
 * @param statusPlover the type's own status → PLOVER overrides (planned TALKS are CAMEO 036,
 *     "express intent to meet", which PLOVER codes as AGREE)
 * @param contextual triggers that signal the event only in sentences without their group's
 *     "unless" phrases: an explosion at a factory, bombs found and defused, a police raid
 * @param kinds kind name → words, in priority order: the first found is the mention's mode
 *     (TALKS: phone_call, summit, negotiation_round); empty for types that write every mode
 * @param defaultKind the kind of a mention with none of the kinds' words
 * @param notAfter phrases that, a few words before a trigger, make it what someone is accused of,
 *     arrested for or plotting rather than an event the sentence reports ("arrested for the bombing")
 * @param unless phrases that void every trigger of the type in their sentence and the next: a
 *     drill's "mock enemy" airstrike or a war game's shelling is no attack
 * @param stems the triggers' first-word stems (contextual ones too), to skip sentences that cannot match
 */
public record EventType(String name, List<String> plover, boolean ploverCovers, List<String> cameo,
    boolean coercive, boolean casualties, boolean rounds, Pattern triggers, Optional<Pattern> exclude,
    Optional<Pattern> followups, List<Contextual> contextual, Optional<Pattern> notAfter, Optional<Pattern> unless,
    Map<String, Pattern> modes, Map<String, Pattern> kinds, Optional<String> defaultKind,
    Map<String, Optional<String>> statusPlover, TriggerStems stems) {
  /** A group of triggers and the phrases that, anywhere in the sentence, void them. */
  public record Contextual(Pattern triggers, Pattern unless) {}

  public EventType {
    plover = List.copyOf(plover);
    cameo = List.copyOf(cameo);
    contextual = List.copyOf(contextual);
    modes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(modes));
    kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
    statusPlover = Map.copyOf(statusPlover);
  }
}

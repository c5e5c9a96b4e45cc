package org.newsanalytics.common.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.SentenceSplitter;

/**
 * Attacks written without the word "attack", and what is not an attack (accidents, disasters,
 * weapons found or defused, police raids, protests). Sentences written for this test, none taken
 * from a gold file.
 */
class AttackShapesTest {
  private static final EventFinder FINDER = EventFinder.withBundledRules();

  private static List<EventMention> attacks(String text) {
    return FINDER.find(new ArticleDoc("a", LocalDate.of(2024, 3, 1), text, SentenceSplitter.split(text), List.of()))
        .stream().filter(m -> m.eventType().equals("ATTACK")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Masked gunmen opened fire on a wedding party in the hill town late on Sunday.",
      "A car bomb went off outside the ministry, wounding nine guards.",
      "Government jets pounded rebel positions along the northern ridge for a third day.",
      "A man blew himself up at the gate of the police academy.",
      "Two rockets landed near the airport fence overnight, residents said.",
      "Insurgents fired mortars at the garrison before dawn.",
      "Someone hurled a grenade into the crowded market, injuring six.",
      "The militia detonated explosives under the railway bridge.",
      "Troops fired upon a column of trucks crossing the ford.",
      "Shells fell on the eastern district for most of the afternoon.",
      "A homemade explosive device went off beside a bus stop in the old quarter.",
      "Warplanes struck a fuel depot held by the insurgents.",
      "Militiamen at a checkpoint shot and killed a shopkeeper on Sunday.",
      // more phrasings: kinds of shells, air power destroying targets, fire with an adjective
      "Two mortar shells exploded in the courtyard of the clinic.",
      "The air force destroyed three supply depots near the pass, the ministry said.",
      "Insurgents opened heavy fire on the convoy at the bridge.",
      "Projectiles landed in a residential block overnight.",
      "A patrol came under heavy fire near the frontier post.",
      "Militants abducted and killed two engineers working on the dam."})
  void attacksWithoutTheWordAttack(String sentence) {
    assertTrue(!attacks(sentence).isEmpty(), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "A gas cylinder exploded in a restaurant kitchen, and firefighters put out the blaze.",
      "An explosion at the fertiliser factory shook the suburb. The blast shattered windows two miles away.",
      "The earthquake struck shortly after midnight, flattening old houses.",
      "Four miners were killed in an accident at the coal pit.",
      "Soldiers found two bombs under a culvert and defused them.",
      "Police seized grenades and ammunition from a farmhouse.",
      "Police raided three flats and arrested eleven suspects in the drug inquiry.",
      "Protesters clashed with police outside parliament.",
      // crime, custody and arrests
      "Robbers shot dead a cashier during a hold-up at a petrol station.",
      "Police arrested two brothers in connection with last month's bombing of the bus depot.",
      "He was convicted of assaults on three neighbours.",
      "Detectives say the cell was plotting attacks on shopping centres.",
      // disasters and accidents
      "Dozens were killed by floods that swept through the valley.",
      "Five people were killed when a fire broke out in a crowded hostel and the roof collapsed.",
      // metaphors and campaigns
      "The new mayor has spent years fighting corruption in the port authority.",
      "The charity is fighting for the rights of tenants.",
      "The board was tasked with fighting inflation.",
      // police and protests
      "Riot police fired tear gas at students marching on the ministry.",
      "Officers fired rubber bullets at the crowd.",
      "Demonstrators stormed the town hall and occupied the council chamber.",
      // a capture without a fight, a capture on camera
      "Rebels recaptured the hill town after the army pulled out overnight.",
      "The security camera captured the suspects leaving the shop, and police arrested them the next day.",
      // labour strikes, markets, companies, drills and criticism
      "Dock workers began a strike over pay on Monday, and the union warned it could last weeks.",
      "Exporters were badly hit by the strong currency and falling prices.",
      "Shell raised its crude postings by 50 cents a barrel.",
      "The frigates rehearsed an air strike on a mock enemy during the naval exercise.",
      "The minister came under fire in parliament for the rising cost of bread.",
      "The takeover battle for the brewer ended when the rival bidder withdrew.",
      "Officers found two assault rifles in the boot of the car.",
      "He apologised for offensive remarks about the referee.",
      "The council counted the cost of the night's attacks on shop windows and other property."})
  void notAttacks(String sentence) {
    assertTrue(attacks(sentence).isEmpty(), sentence + " -> " + attacks(sentence));
  }
}

package org.newsanalytics.common.text;

import java.util.Set;

/**
 * Abbreviations whose dot ends no sentence, shared by the sentence splitter, the quote
 * tokenizer and the NER tokenizer, so the three cut text the same way.
 */
public final class Abbreviations {
  /** Titles and name parts, as written before or after a name ("Mr. Kamin", "Kennedy Jr."). */
  public static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
      "Sgt", "Jr", "Sr", "St", "Adm", "Capt", "Prof", "Rev", "Pres");

  /**
   * US state abbreviations as news datelines write them ("St. Petersburg, Fla., said"). Several
   * are also words that end sentences ("ill", "wash", "miss"), so match them capitalised only.
   */
  public static final Set<String> US_STATES = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
      "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
      "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

  private Abbreviations() {}
}

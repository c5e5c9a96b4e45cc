package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuesserTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The minister said on Monday that the government would present a plan to the parliament in the spring.
      en | Peace talks between Ukraine and Russia are planned for Wednesday in Turkey, a senior official said.
      de | Die Regierung hat am Montag angekündigt, dass sie die Steuern nicht erhöhen wird, und der Kanzler ist mit dem Plan zufrieden.
      fr | Le président de la République a annoncé une réforme des retraites et les syndicats sont dans la rue pour le deuxième jour.
      es | El gobierno anunció que los precios de la energía bajarán en las próximas semanas para las familias con menos ingresos.
      ru | Президент России заявил, что переговоры продолжатся на следующей неделе в Стамбуле.
      uk | Президент України заявив, що переговори відбудуться в середу у Туреччині.
      uk | Зеленський провів нараду з командувачами щодо ситуації на фронті та їхніх потреб.
      zh | 乌克兰和俄罗斯的和平谈判计划于星期三在土耳其举行。
      ar | قال الرئيس إن المحادثات ستستأنف الأسبوع المقبل في إسطنبول.
      """)
  void guessesTheLanguage(String expected, String text) {
    assertEquals(expected, LanguageGuesser.guess(text));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @NullSource
  @ValueSource(strings = {"", "   \n ", "12345 67.8 %", "Reuters", "GDP 2.1 pct",
      "Xqzt blorp frungle wibbet zanthor quilp mexor davvle"})
  void saysUndeterminedWhenThereIsNothingToGoOn(String text) {
    assertEquals("und", LanguageGuesser.guess(text));
  }
}

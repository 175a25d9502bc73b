package dev.srdi.jurisdictions.guilin;

import static dev.srdi.jurisdictions.guilin.GuilinFixtures.GUILIN;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.citySrdiWith;
import static dev.srdi.jurisdictions.guilin.GuilinFixtures.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.srdi.core.engine.NearMiss;
import dev.srdi.core.engine.NearMisses;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.TestKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 二、（四）: the growth awards an enterprise misses by a little, and what each would pay. */
final class NearMissTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static List<NearMiss> within(String percent, Enterprise... enterprises) {
    return NearMisses.find(TestKit.engine(), GUILIN, Portfolio.of(List.of(enterprises)), AS_OF,
        TestKit.settings(GUILIN, Overrides.none()), new BigDecimal(percent));
  }

  @Test
  void tax_growth_just_under_10_percent_is_a_near_miss_worth_3_permille_of_the_output_increase() {
    // Output +40% (30,000,000 → 42,000,000), tax +9.5% (1,000,000 → 1,095,000): 0.5 points short of 10% (以上),
    // a share of 5% of what the clause requires; met, it pays 3‰ × 12,000,000 = 36,000.
    Enterprise e = citySrdiWith(figures(2022, "30000000", "1000000"), figures(2023, "42000000", "1095000"));

    List<NearMiss> misses = within("5", e);

    assertEquals(1, misses.size());
    NearMiss m = misses.get(0);
    assertEquals("tax growth 2023", m.condition().fact());
    assertEquals(Optional.of("0.50"), m.condition().shortfall());
    assertEquals(0, new BigDecimal("0.05").compareTo(m.share()));
    assertEquals(Optional.of(Money.yuan("36000.00")), m.award());
    assertEquals(List.of(), within("4.99", e), "5% short is not within 4.99%");
  }

  @Test
  void an_output_over_the_bracket_is_not_a_near_miss_and_two_unmet_conditions_are_not_one() {
    // 1亿元以上 is referred to other industrial policies: a ceiling passed is nothing to help towards.
    Enterprise over = citySrdiWith(figures(2022, "70000000", "1000000"), figures(2023, "100000000", "1200000"));
    // Output +30% and tax +5%: two conditions unmet.
    Enterprise both = citySrdiWith(figures(2022, "30000000", "1000000"), figures(2023, "39000000", "1050000"));

    assertEquals(List.of(), within("50", over, both));
  }
}

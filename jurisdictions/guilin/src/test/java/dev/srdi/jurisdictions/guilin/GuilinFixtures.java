package dev.srdi.jurisdictions.guilin;

import dev.srdi.core.engine.EnterpriseResult;
import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.parameter.Overrides;
import dev.srdi.testkit.TestKit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Enterprises and shortcuts for Guilin's example tests. */
final class GuilinFixtures {
  static final Guilin GUILIN = new Guilin();

  private GuilinFixtures() {}

  static Enterprise.Builder anyEnterprise(String id) {
    return Enterprise.builder().id(EnterpriseId.of(id));
  }

  static Recognition citySrdi(String date) {
    return Recognition.of(Title.SRDI_SME, Level.CITY, LocalDate.parse(date));
  }

  static Recognition regionSrdi(String date) {
    return Recognition.of(Title.SRDI_SME, Level.PROVINCIAL, LocalDate.parse(date));
  }

  static Recognition littleGiant(String date) {
    return Recognition.of(Title.LITTLE_GIANT, Level.NATIONAL, LocalDate.parse(date));
  }

  static Financials figures(int year, String output, String tax) {
    return new Financials(year, Optional.empty(), Optional.of(Money.yuan(output)), Optional.of(Money.yuan(tax)),
        Optional.empty());
  }

  /** A city-level SRDI SME recognised on 2022-03-01 (valid to 2025-02-28) with the given figures. */
  static Enterprise citySrdiWith(Financials... years) {
    return anyEnterprise("E1").addRecognitions(citySrdi("2022-03-01")).addFinancials(years).build();
  }

  static Achievement achievement(String type, String date) {
    return Achievement.of(type, LocalDate.parse(date));
  }

  static EnterpriseResult evaluate(Enterprise e, String asOf) {
    return TestKit.evaluate(GUILIN, e, LocalDate.parse(asOf));
  }

  static EnterpriseResult evaluate(Enterprise e, String asOf, Overrides overrides) {
    return TestKit.evaluate(GUILIN, e, LocalDate.parse(asOf), overrides);
  }

  static List<String> reasons(EnterpriseResult result, String measure) {
    return TestKit.rejections(result, measure).stream().map(n -> n.reason()).toList();
  }

  /** Fails unless some text contains every one of the parts. */
  static void assertAnyContains(List<String> texts, String... parts) {
    boolean found = texts.stream().anyMatch(t -> java.util.Arrays.stream(parts).allMatch(t::contains));
    org.junit.jupiter.api.Assertions.assertTrue(found,
        () -> "no text contains " + java.util.Arrays.toString(parts) + " in " + texts);
  }
}

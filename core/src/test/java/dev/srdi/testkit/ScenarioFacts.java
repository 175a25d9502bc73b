package dev.srdi.testkit;

import static dev.srdi.testkit.CaseTree.list;
import static dev.srdi.testkit.CaseTree.map;

import dev.srdi.core.facts.Achievement;
import dev.srdi.core.facts.AchievementType;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.EnterpriseId;
import dev.srdi.core.facts.Financials;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.ParkId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.ladder.Level;
import dev.srdi.core.ladder.Recognition;
import dev.srdi.core.ladder.RecognitionKind;
import dev.srdi.core.ladder.Title;
import dev.srdi.core.money.Money;
import dev.srdi.core.policy.JurisdictionId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprises and parks of a scenario file ({@code srdi-scenario/1}), read the way the CLI reads them,
 * so that an example case, a plugin's example tests and the CLI's golden output start from the same facts
 * (the CLI's reader validates the file; this one trusts it).
 */
public record ScenarioFacts(LocalDate asOf, Portfolio portfolio) {
  /** From a plugin module ({@code jurisdictions/<city>}), the repository's example folder. */
  private static final Path EXAMPLES = Path.of("..", "..", "seeds", "examples");

  /** The example scenario {@code seeds/examples/<name>.json}, as a plugin's tests read it. */
  public static ScenarioFacts example(String name) {
    return read(EXAMPLES.resolve(name + ".json"));
  }

  static ScenarioFacts read(Path file) {
    Map<String, Object> root = map(CaseTree.read(file));
    var enterprises = list(root.get("enterprises")).stream().map(e -> enterprise(map(e))).toList();
    var parks = list(root.get("parks")).stream().map(p -> park(map(p))).toList();
    return new ScenarioFacts(LocalDate.parse((String) root.get("asOf")), new Portfolio(enterprises, parks));
  }

  private static Enterprise enterprise(Map<String, Object> e) {
    return Enterprise.builder()
        .id(EnterpriseId.of(text(e, "id").orElseThrow()))
        .name(text(e, "name"))
        .jurisdiction(text(e, "jurisdiction").map(JurisdictionId::of))
        .park(text(e, "park").map(ParkId::of))
        .inDevelopmentZone(text(e, "inDevelopmentZone").map(Boolean::parseBoolean))
        .industry(text(e, "industry").map(Industry::valueOf))
        .aboveDesignatedSize(text(e, "aboveDesignatedSize").map(Boolean::parseBoolean))
        .relocatedFromOutside(text(e, "relocatedFromOutside").map(LocalDate::parse))
        .addAllFinancials(list(e.get("financials")).stream().map(f -> financials(map(f))).toList())
        .addAllRecognitions(list(e.get("recognitions")).stream().map(r -> recognition(map(r))).toList())
        .addAllAchievements(list(e.get("achievements")).stream().map(a -> achievement(map(a))).toList())
        .build();
  }

  private static Financials financials(Map<String, Object> f) {
    return new Financials(Integer.parseInt(text(f, "year").orElseThrow()), money(f, "revenue"),
        money(f, "outputValue"), money(f, "taxPaid"), text(f, "employees").map(Integer::valueOf));
  }

  private static Recognition recognition(Map<String, Object> r) {
    return new Recognition(Title.valueOf(text(r, "title").orElseThrow()), Level.valueOf(text(r, "level").orElseThrow()),
        LocalDate.parse(text(r, "date").orElseThrow()),
        text(r, "kind").map(RecognitionKind::valueOf).orElse(RecognitionKind.NEW), text(r, "project"));
  }

  private static Achievement achievement(Map<String, Object> a) {
    return Achievement.builder()
        .type(AchievementType.of(text(a, "type").orElseThrow()))
        .date(LocalDate.parse(text(a, "date").orElseThrow()))
        .level(text(a, "level").map(Level::valueOf))
        .count(text(a, "count").map(Integer::valueOf))
        .investment(money(a, "investment"))
        .amount(money(a, "amount"))
        .partners(text(a, "partners").map(Integer::valueOf))
        .significantGain(text(a, "significantGain").map(Boolean::parseBoolean))
        .program(text(a, "program"))
        .build();
  }

  private static Park park(Map<String, Object> p) {
    return new Park(ParkId.of(text(p, "id").orElseThrow()), text(p, "name"),
        text(p, "jurisdiction").map(JurisdictionId::of), text(p, "level").map(Level::valueOf));
  }

  private static Optional<Money> money(Map<String, Object> m, String key) {
    return text(m, key).map(Money::yuan);
  }

  private static Optional<String> text(Map<String, Object> m, String key) {
    return Optional.ofNullable((String) m.get(key));
  }
}

package dev.srdi.jurisdictions.zhanjiang.park;


import static dev.srdi.jurisdictions.zhanjiang.ZhanjiangTables.TABLES;
import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Park;
import dev.srdi.core.facts.ParkId;
import dev.srdi.core.facts.Portfolio;
import dev.srdi.core.measure.AmountKind;
import dev.srdi.core.measure.EvaluationContext;
import dev.srdi.core.measure.MeasureDescriptor;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.PortfolioFinding;
import dev.srdi.core.measure.PortfolioMeasure;
import dev.srdi.core.measure.Threshold;
import dev.srdi.core.policy.Window;
import dev.srdi.jurisdictions.zhanjiang.Standing;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangDocuments;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangParameters;
import dev.srdi.jurisdictions.zhanjiang.ZhanjiangScope;
import java.util.List;
import java.util.TreeSet;

/**
 * 三、（二） second sentence: an industrial park gathering ten or more provincial SRDI firms receives the
 * plaque "专精特新园区" and is recommended first for the national and provincial SME industrial-cluster and
 * small-and-micro entrepreneurship demonstration-base programmes. The firms are counted on the as-of day
 * (a recognition valid that day), little giants included; the park's own level does not matter here.
 */
public final class SrdiParkPlaque implements PortfolioMeasure {
  public static final MeasureId ID = MeasureId.of("zhanjiang.park-plaque");

  private static final Threshold<Integer> FIRMS = Threshold.atLeast(ZhanjiangParameters.PARK_PLAQUE_MIN_FIRMS);

  private static final MeasureDescriptor DESCRIPTOR = TABLES.measure(ID).descriptor()
      .description("A park gathering at least " + ZhanjiangParameters.PARK_PLAQUE_MIN_FIRMS.formatDefault()
          + " provincial-or-above SRDI SMEs gets the plaque 专精特新园区 and is recommended first for the national and "
          + "provincial SME characteristic industrial clusters and small and micro enterprise entrepreneurship and "
          + "innovation demonstration bases.")
      .amountKind(AmountKind.NONE)
      .addThresholds(ZhanjiangParameters.PARK_PLAQUE_MIN_FIRMS)
      .build();

  @Override public MeasureDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override public List<PortfolioFinding> assess(Portfolio portfolio, EvaluationContext context) {
    var parks = new TreeSet<ParkId>();
    portfolio.parks().stream().filter(ZhanjiangScope::inCity).map(Park::id).forEach(parks::add);
    portfolio.enterprises().stream().filter(ZhanjiangScope::inCity).flatMap(e -> e.park().stream())
        .filter(id -> portfolio.park(id).map(ZhanjiangScope::inCity).orElse(true))
        .forEach(parks::add);
    Window inForce = ZhanjiangDocuments.PLAN_DOCUMENT.inForce();
    return parks.stream().map(id -> finding(id, portfolio, context, inForce)).toList();
  }

  private static PortfolioFinding finding(ParkId park, Portfolio portfolio, EvaluationContext context, Window inForce) {
    String subject = "park " + park;
    if (inForce.place(context.asOf()) != Window.Placement.INSIDE) {
      return new PortfolioFinding(ID, subject, false, "the plan is not in force on " + context.asOf() + " ("
          + inForce.describe() + ")");
    }
    List<Enterprise> firms = portfolio.enterprises().stream()
        .filter(ZhanjiangScope::inCity)
        .filter(e -> e.park().map(park::equals).orElse(false))
        .filter(e -> Standing.SRDI_FIRM.heldOn(e, context.asOf()).isPresent())
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
    int count = firms.size();
    String counted = count + " provincial-or-above SRDI SME(s) on " + context.asOf()
        + (firms.isEmpty() ? "" : " " + firms.stream().map(e -> e.id().value()).toList());
    // Counted on the as-of date: the threshold in force then.
    var onTheDay = context.on(context.asOf());
    boolean granted = FIRMS.admits(onTheDay, count);
    String required = FIRMS.bound(onTheDay).describe();
    return new PortfolioFinding(ID, subject, granted, granted
        ? "gathers " + counted + ", " + required + ": plaque 专精特新园区 and priority recommendation for the SME "
            + "industrial-cluster and entrepreneurship demonstration-base programmes"
        : "gathers " + counted + ", not " + required);
  }
}

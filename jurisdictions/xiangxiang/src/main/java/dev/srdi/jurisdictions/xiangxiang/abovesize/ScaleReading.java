package dev.srdi.jurisdictions.xiangxiang.abovesize;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Industry;
import dev.srdi.core.measure.MeasureId;
import dev.srdi.core.measure.NotEligible;
import dev.srdi.core.parameter.Settings;
import dev.srdi.jurisdictions.xiangxiang.XiangxiangInterpretations;
import java.util.Optional;

/**
 * Whether revenue may decide that an enterprise has reached the above-size scale, under
 * {@link XiangxiangInterpretations#SCALE_BY_SECTOR}: under the default every sector is judged by the one
 * threshold; under "industrial-only" only an industrial enterprise is, and for any other the answer is
 * a reason (or the missing sector), never a guess.
 */
public final class ScaleReading {
  /** The fact the pool's band and the scale threshold both read, named alike so the policy check compares them. */
  static final String REVENUE_OFF_THE_LIST = "revenue of the year of an enterprise not on the above-size list";

  private ScaleReading() {}

  /** Empty when the enterprise's revenue may be compared with the scale threshold; otherwise why not. */
  static Optional<NotEligible> whyRevenueCannotDecide(MeasureId measure, int year, Enterprise e, Settings settings) {
    if (!industrialOnly(settings)) {
      return Optional.empty();
    }
    if (e.industry().isEmpty()) {
      return Optional.of(NotEligible.missing(measure, year, "industry"));
    }
    Industry industry = e.industry().get();
    if (industry == Industry.INDUSTRIAL) {
      return Optional.empty();
    }
    return Optional.of(NotEligible.because(measure, year, "reading “" + XiangxiangInterpretations.INDUSTRIAL_ONLY
        + "” of " + XiangxiangInterpretations.SCALE_BY_SECTOR.id().value() + ": the revenue threshold is the national standard "
        + "for industrial enterprises, and this is a " + industry.name() + " (" + industry.nameZh() + ") enterprise, "
        + "whose scale it does not decide"));
  }

  /** Whether the enterprise's revenue may be compared with the scale threshold at all. */
  public static boolean revenueDecides(Enterprise e, Settings settings) {
    return !industrialOnly(settings) || e.industry().filter(i -> i == Industry.INDUSTRIAL).isPresent();
  }

  private static boolean industrialOnly(Settings settings) {
    return settings.chose(XiangxiangInterpretations.SCALE_BY_SECTOR, XiangxiangInterpretations.INDUSTRIAL_ONLY);
  }
}

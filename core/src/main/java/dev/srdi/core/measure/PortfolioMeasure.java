package dev.srdi.core.measure;

import dev.srdi.core.facts.Portfolio;
import java.util.List;

/**
 * A measure whose subject is not one enterprise but something the portfolio shows, such as a park
 * that gathers ten provincial SRDI firms.
 */
public interface PortfolioMeasure {

  /** {@return what the measure is, without running it} */
  MeasureDescriptor descriptor();

  /**
   * What the measure grants over the portfolio, and what it does not.
   *
   * @param portfolio the enterprises and parks
   * @param context the as-of date and the settings
   * @return one finding per subject (park) it concerns
   */
  List<PortfolioFinding> assess(Portfolio portfolio, EvaluationContext context);
}

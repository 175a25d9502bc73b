package dev.srdi.core.measure;

import dev.srdi.core.facts.Portfolio;
import java.util.List;

/**
 * A measure whose subject is not one enterprise but something the portfolio shows, such as a park
 * that gathers ten provincial SRDI firms.
 */
public interface PortfolioMeasure {

  MeasureDescriptor descriptor();

  List<PortfolioFinding> assess(Portfolio portfolio, EvaluationContext context);
}

package dev.srdi.jurisdictions.zhanjiang;

import dev.srdi.core.facts.Enterprise;
import dev.srdi.core.facts.Park;

/**
 * What "在全市范围内" covers when the plan counts over a portfolio (targets, parks): enterprises and parks
 * of Zhanjiang, or of no declared jurisdiction. Measures for one enterprise do not filter: a comparison
 * asks what a firm would get in each city.
 */
public final class ZhanjiangScope {
  private ZhanjiangScope() {}

  public static boolean inCity(Enterprise e) {
    return e.jurisdiction().map(ZhanjiangDocuments.JURISDICTION::equals).orElse(true);
  }

  public static boolean inCity(Park p) {
    return p.jurisdiction().map(ZhanjiangDocuments.JURISDICTION::equals).orElse(true);
  }
}

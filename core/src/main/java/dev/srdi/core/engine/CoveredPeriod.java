package dev.srdi.core.engine;

import dev.srdi.core.policy.Window;

/**
 * A measure's covered period with the words the settlement writes about it, written once per settings value
 * instead of for every claim that falls outside it or inside a period whose edges are unknown.
 *
 * @param window the covered period
 * @param described the period in words ({@link Window#describe()})
 * @param unknownNote the note on a claim inside a period with an unknown edge, up to the claim's date
 */
record CoveredPeriod(Window window, String described, String unknownNote) {
  static CoveredPeriod of(Window window) {
    String described = window.describe();
    return new CoveredPeriod(window, described,
        "in-force window unknown (" + described + "): the result assumes the measure applied on ");
  }
}

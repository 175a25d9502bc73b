package dev.srdi.core.measure;

/** How the text states an amount. */
public enum AmountKind {
  /** 给予 X 万元: exactly that amount. */
  EXACT,
  /** 不超过 X 万元 / X%以内: a cap; the amount actually paid is discretionary. */
  UP_TO,
  /** 给予一定奖励 / 参照…执行: another document sets it; never a made-up number. */
  UNSPECIFIED,
  /** A non-monetary benefit (priority, a plaque, a service). */
  NONE
}

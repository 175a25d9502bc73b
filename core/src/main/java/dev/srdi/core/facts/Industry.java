package dev.srdi.core.facts;

/** The statistics sector of an enterprise, as above-size targets count them. */
public enum Industry {
  /** 工业: industry (manufacturing, mining, utilities). */
  INDUSTRIAL("工业"),
  /** 商贸物流: trade and logistics. */
  TRADE_LOGISTICS("商贸物流"),
  /** 建筑业: construction. */
  CONSTRUCTION("建筑业"),
  /** 服务业: services. */
  SERVICE("服务业");

  private final String nameZh;

  Industry(String nameZh) {
    this.nameZh = nameZh;
  }

  /** {@return the sector's name as the statistics bureau writes it, e.g. 工业} */
  public String nameZh() {
    return nameZh;
  }
}

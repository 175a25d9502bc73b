package dev.srdi.core.facts;

/** The statistics sector of an enterprise, as above-size targets count them. */
public enum Industry {
  INDUSTRIAL("工业"),
  TRADE_LOGISTICS("商贸物流"),
  CONSTRUCTION("建筑业"),
  SERVICE("服务业");

  private final String nameZh;

  Industry(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }
}

package dev.srdi.jurisdictions.xiangxiang;

import dev.srdi.core.spi.Jurisdiction;
import dev.srdi.jurisdictions.xiangxiang.digital.DemonstrationProgram;
import dev.srdi.testkit.JurisdictionContract;
import java.util.ArrayList;
import java.util.List;

/** The test kit's properties for Xiangxiang, with the programme ids 三、9 names and one it does not. */
final class XiangxiangContractProperties implements JurisdictionContract {
  @Override public Jurisdiction jurisdiction() {
    return new Xiangxiang();
  }

  @Override public List<String> programs() {
    var programs = new ArrayList<>(DemonstrationProgram.ids());
    programs.add("UNLISTED_PROGRAM");
    return programs;
  }
}

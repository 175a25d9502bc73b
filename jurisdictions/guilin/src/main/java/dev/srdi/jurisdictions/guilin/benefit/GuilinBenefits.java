package dev.srdi.jurisdictions.guilin.benefit;

import static dev.srdi.jurisdictions.guilin.GuilinDepartments.BANKING_INSURANCE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.COMMERCE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.COUNTIES;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.DEVELOPMENT_REFORM;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.EDUCATION;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.FINANCE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.FINANCIAL_AFFAIRS;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.HUMAN_RESOURCES;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.INVESTMENT_PROMOTION;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.MARKET_REGULATION;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.MIIT;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.PBOC;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.POWER_SUPPLY;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.SCIENCE;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.TRANSPORT;
import static dev.srdi.jurisdictions.guilin.GuilinDepartments.URBAN_MANAGEMENT;
import static dev.srdi.jurisdictions.guilin.GuilinDocuments.cite;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.DIFFICULTIES_A_YEAR;
import static dev.srdi.jurisdictions.guilin.GuilinParameters.LIAISONS_PER_FIRM;

import dev.srdi.core.measure.Measure;
import java.util.List;

/**
 * The non-monetary benefits the document gives SRDI SMEs of any level, one per clause that gives
 * one. What each clause asks of the government besides (build a platform, set up a mechanism) is in
 * {@code GuilinTasks}.
 */
public final class GuilinBenefits {
  private GuilinBenefits() {}

  public static List<Measure> all() {
    return List.of(whiteList(), priorityEnergy(), logisticsCost(), servicePackage(), liaison(), creditPriority(),
        listingService(), supplyChain(), productRecommendation(), industryAcademia(), technicalUpgrade(),
        qualityBrand(), training(), new HighLevelTalentTreatment(), marketDevelopment());
  }

  /** 一、（一）. */
  static Measure whiteList() {
    return SrdiBenefit.builder("guilin.white-list", "列入工业企业“白名单”重点培育支持", "industrial white list")
        .grants("on the industrial enterprise white list (工业企业“白名单”) for priority cultivation and support")
        .citation(cite("一、（一）", "各级“专精特新”中小企业列入工业企业“白名单”予以重点培育支持"))
        .responsible(MIIT)
        .build();
  }

  /** 三、（五）; the clause says 责任部门. */
  static Measure priorityEnergy() {
    return SrdiBenefit.builder("guilin.priority-energy", "优先保障用电用气", "priority power and gas supply")
        .grants("power supply kept first when the orderly power-use plan starts (after residents' supply), and gas"
            + " supply kept first when gas supply and demand are out of balance")
        .citation(cite("三、（五）", "优先保障“专精特新”中小企业用电；燃气供需失衡时，优先保障“专精特新”中小企业用气"))
        .responsible(DEVELOPMENT_REFORM, MIIT, URBAN_MANAGEMENT, POWER_SUPPLY)
        .build();
  }

  /** 三、（六）. */
  static Measure logisticsCost() {
    return SrdiBenefit.builder("guilin.logistics-cost-support", "支持外向型企业降低物流成本",
            "logistics cost support for export-oriented firms")
        .grants("priority support to lower logistics costs (logistics outsourcing, efficient delivery, whole-process"
            + " supply-chain management)")
        .onlyIf("only for an export-oriented (外向型) SRDI SME: the facts do not show whether this enterprise is one")
        .citation(cite("三、（六）", "优先保障和扶持外向型“专精特新”中小企业降低物流成本"))
        .responsible(DEVELOPMENT_REFORM, MIIT, TRANSPORT, COMMERCE)
        .build();
  }

  /** 四、（七）. */
  static Measure servicePackage() {
    return SrdiBenefit.builder("guilin.service-package", "“专精特新”中小企业专属服务包", "exclusive service package")
        .grants("an exclusive service package: policy advice, entrepreneurship and innovation, intellectual property,"
            + " investment and financing, training, market development, IT and financial guidance")
        .citation(cite("四、（七）", "定制“专精特新”中小企业专属服务包"))
        .responsible(MIIT, SCIENCE)
        .build();
  }

  /** 四、（八）: the liaison's yearly duty is also a recurring duty ({@code GuilinDuties}). */
  static Measure liaison() {
    return SrdiBenefit.builder("guilin.liaison", "联络员与“一户一档”“一企一策”", "liaison, firm file and firm policy")
        .grants(s -> s.value(LIAISONS_PER_FIRM) + " liaison(s) of its own (联络员) who resolve at least "
                + s.value(DIFFICULTIES_A_YEAR) + " of its difficulties a year, a file for the firm (一户一档) kept by the"
                + " county IT department, a policy for the firm (一企一策) and point-to-point services",
            LIAISONS_PER_FIRM, DIFFICULTIES_A_YEAR)
        .citation(cite("四、（八）", "建立各级“专精特新”中小企业联络员机制"))
        .responsible(MIIT, COUNTIES)
        .build();
  }

  /** 五、（九）: the subsidies themselves are set by the loan programmes, not by this clause. */
  static Measure creditPriority() {
    return SrdiBenefit.builder("guilin.credit-priority", "优先推荐享受贷款贴息等金融优惠政策",
            "priority recommendation for loan interest subsidies")
        .grants("recommended first for loan interest subsidies (贷款贴息) such as 桂惠贷 and 惠企贷, whose terms those"
            + " programmes set; covered by the re-lending and re-discount plan for SRDI SMEs, the name-list sharing"
            + " with financial institutions, better insurance of its assets and intellectual property, and"
            + " supply-chain finance")
        .citation(cite("五、（九）", "优先推荐“专精特新”中小企业享受“桂惠贷”“惠企贷”等贷款贴息优惠政策"))
        .responsible(FINANCIAL_AFFAIRS, FINANCE, MIIT, PBOC, BANKING_INSURANCE)
        .build();
  }

  /** 五、（十）. */
  static Measure listingService() {
    return SrdiBenefit.builder("guilin.listing-service", "上市筹备总协调服务", "listing coordination service")
        .grants("overall coordination by the listing office (上市办) while it prepares a listing, with a focus on the"
            + " Beijing Stock Exchange, STAR Market, ChiNext and NEEQ")
        .onlyIf("only for an enterprise preparing a listing (拟上市企业): the facts do not show whether this one is")
        .citation(cite("五、（十）", "为“专精特新”中小企业等拟上市企业提供上市筹备期间的总协调服务"))
        .responsible(FINANCIAL_AFFAIRS, MIIT, BANKING_INSURANCE)
        .build();
  }

  /** 六、（十一）. */
  static Measure supplyChain() {
    return SrdiBenefit.builder("guilin.supply-chain-support", "“专精特新”中小企业产业链保障", "supply-chain support")
        .grants("its industry chain on the SRDI chain list, whose weak links and key gaps the city fills by"
            + " attracting upstream and downstream firms")
        .citation(cite("六、（十一）", "梳理“专精特新”中小企业产业链清单"))
        .responsible(MIIT, INVESTMENT_PROMOTION)
        .build();
  }

  /** 六、（十二）. */
  static Measure productRecommendation() {
    return SrdiBenefit.builder("guilin.product-recommendation", "向龙头骨干企业推荐产品和服务",
            "products recommended to leading firms")
        .grants("its products and services recommended to leading enterprises of key industries")
        .citation(cite("六、（十二）", "面向重点行业龙头骨干企业推荐“专精特新”中小企业产品和服务"))
        .responsible(MIIT, SCIENCE, COMMERCE)
        .build();
  }

  /** 七、（十三）. */
  static Measure industryAcademia() {
    return SrdiBenefit.builder("guilin.industry-academia", "产学研协同创新", "industry-academia innovation")
        .grants("its R&D needs collected into the demand catalogue for two-way open calls (揭榜), and long-term"
            + " cooperation with universities and research institutes promoted")
        .citation(cite("七、（十三）", "面向“专精特新”中小企业征集一批技术研发需求目录"))
        .responsible(SCIENCE, DEVELOPMENT_REFORM, EDUCATION, MIIT)
        .build();
  }

  /** 七、（十四）: the support itself is set by the technical-upgrade policies. */
  static Measure technicalUpgrade() {
    return SrdiBenefit.builder("guilin.technical-upgrade-priority", "优先推荐享受技术改造政策、资金支持",
            "priority recommendation for technical-upgrade support")
        .grants("recommended first for technical-upgrade policies and funds, whose terms those policies set")
        .citation(cite("七、（十四）", "优先推荐“专精特新”中小企业享受技术改造方面的政策、资金支持"))
        .responsible(MIIT, DEVELOPMENT_REFORM, SCIENCE)
        .build();
  }

  /** 八、（十五）. */
  static Measure qualityBrand() {
    return SrdiBenefit.builder("guilin.quality-brand-support", "质量品牌提升支持", "quality and brand support")
        .grants("support to benchmark its equipment, quality management and brand against international standards,"
            + " to compete for quality awards and brand titles, to register trademarks abroad and to lead or join"
            + " national and industry standards")
        .citation(cite("八、（十五）", "支持“专精特新”中小企业在工艺装备、质量管理、品牌建设方面与国际先进标准对标"))
        .responsible(MARKET_REGULATION, COMMERCE)
        .build();
  }

  /** 九、（十六）. */
  static Measure training() {
    return SrdiBenefit.builder("guilin.training-coverage", "培训服务全覆盖", "training service")
        .grants("training services for its managers (培训服务全覆盖), and courses and training bases geared to its"
            + " shortage skills")
        .citation(cite("九、（十六）", "对“专精特新”中小企业实现培训服务全覆盖"))
        .responsible(EDUCATION, MIIT, HUMAN_RESOURCES)
        .build();
  }

  /** 十、（十八）. */
  static Measure marketDevelopment() {
    return SrdiBenefit.builder("guilin.market-development", "鼓励企业拓展市场", "market development support")
        .grants("support to sell through third-party e-commerce and cross-border e-commerce platforms and to show its"
            + " products and technology at trade fairs and expositions")
        .citation(cite("十、（十八）", "鼓励“专精特新”中小企业参加交易会、博览会等展会"))
        .responsible(COMMERCE, MIIT)
        .build();
  }
}

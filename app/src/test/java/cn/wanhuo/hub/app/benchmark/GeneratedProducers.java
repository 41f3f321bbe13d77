package cn.wanhuo.hub.app.benchmark;

import cn.wanhuo.hub.marketplace.producers.Contact;
import cn.wanhuo.hub.marketplace.producers.Producer;
import cn.wanhuo.hub.marketplace.producers.ProducerProfile;
import cn.wanhuo.hub.marketplace.producers.ProducerType;
import cn.wanhuo.hub.marketplace.producers.UnifiedSocialCreditCode;
import cn.wanhuo.hub.marketplace.producers.Verification;
import cn.wanhuo.hub.marketplace.regions.Region;
import cn.wanhuo.hub.marketplace.regions.RegionLevel;
import cn.wanhuo.hub.shared.audit.AuditEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verified producers for the benchmark catalog: a handful in every county and prefecture of the region table, of the
 * legal forms Anhui's sellers have, named like real ones ("祁门云雾特产专业合作社") and marked as generated.
 */
final class GeneratedProducers {

  static final String OWNER = "benchmark-producer";
  private static final Instant REGISTERED = Instant.parse("2024-01-15T00:00:00Z");
  private static final String[][] WORDS = {{"绿源", "Lüyuan"}, {"山泉", "Shanquan"}, {"云雾", "Yunwu"}, {"徽韵", "Huiyun"},
      {"丰禾", "Fenghe"}, {"皖山", "Wanshan"}, {"青峰", "Qingfeng"}, {"溪谷", "Xigu"}, {"春晓", "Chunxiao"}, {"新安", "Xin'an"}};
  private static final ProducerType[] TYPES = {ProducerType.COOPERATIVE, ProducerType.FAMILY_FARM, ProducerType.ENTERPRISE,
      ProducerType.COOPERATIVE, ProducerType.CRAFTSPERSON, ProducerType.ENTERPRISE, ProducerType.FAMILY_FARM, ProducerType.COOPERATIVE};
  private static final Map<ProducerType, String[]> SUFFIXES = Map.of(
      ProducerType.COOPERATIVE, new String[] {"特产专业合作社", "Specialty Cooperative", "93"},
      ProducerType.FAMILY_FARM, new String[] {"家庭农场", "Family Farm", "92"},
      ProducerType.ENTERPRISE, new String[] {"农业发展有限公司", "Agriculture Co., Ltd.", "91"},
      ProducerType.CRAFTSPERSON, new String[] {"手作工坊", "Craft Workshop", "92"});

  private GeneratedProducers() {}

  /** {@code perCounty} producers in every county, half as many registered at prefecture level. */
  static List<Producer> of(List<Region> regions, int perCounty) {
    var producers = new ArrayList<Producer>();
    for (Region region : regions) {
      int count = region.level() == RegionLevel.COUNTY ? perCounty : Math.max(1, perCounty / 2);
      for (int k = 0; k < count; k++) {
        producers.add(producer(region, k, producers.size()));
      }
    }
    return producers;
  }

  private static Producer producer(Region region, int k, int serial) {
    ProducerType type = TYPES[k % TYPES.length];
    String[] word = WORDS[k % WORDS.length];
    String[] suffix = SUFFIXES.get(type);
    boolean county = region.level() == RegionLevel.COUNTY;
    String first17 = suffix[2] + region.code() + "BN" + String.format("%07d", serial);
    var profile = new ProducerProfile(type, shortName(region) + word[0] + suffix[0], region.nameEn() + " " + word[1] + " " + suffix[1],
        first17 + UnifiedSocialCreditCode.checkCharacter(first17), county ? region.parentCode() : region.code(),
        county ? region.code() : null, "安徽省" + region.nameZh(), List.of(new Contact("联系人", "0551-00000000", null)),
        List.of(word[0]), "基准测试生成的生产者，非真实企业。", "Generated for the search benchmark, not a real company.");
    return new Producer("benchmark-producer-" + region.code() + "-" + k, OWNER, profile, profile.creditCode(), Verification.VERIFIED,
        null, null, null, "benchmark", REGISTERED, profile, REGISTERED, List.of(AuditEntry.of(REGISTERED, "benchmark", "generated")), null);
  }

  /** 祁门县 → 祁门, 黄山市 → 黄山; two-character names (歙县) stay whole. */
  private static String shortName(Region region) {
    String name = region.nameZh();
    return name.length() > 2 && (name.endsWith("市") || name.endsWith("县") || name.endsWith("区")) ? name.substring(0, name.length() - 1) : name;
  }
}

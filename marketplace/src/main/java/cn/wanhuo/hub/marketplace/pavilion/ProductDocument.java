package cn.wanhuo.hub.marketplace.pavilion;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A published product as the search index holds it: the public content, names of its producer and regions in both
 * languages, pinyin runs computed in Java, facet fields and the completion input for suggestions.
 *
 * @param categoryText the category's names in Chinese and English, so "茶" or "tea" finds every tea
 * @param campaign the campaign shown with the product (badge, price, countdown); stored, not searched
 * @param sourceVersion the product document's version in MongoDB; also the external version of the index entry,
 *     so an older snapshot can never overwrite a newer one
 */
public record ProductDocument(
    String id,
    String producerId,
    String producerNameZh,
    @Nullable String producerNameEn,
    String producerType,
    String nameZh,
    @Nullable String nameEn,
    String descriptionZh,
    @Nullable String descriptionEn,
    String category,
    String categoryText,
    String prefectureCode,
    @Nullable String countyCode,
    @Nullable String prefectureNameZh,
    @Nullable String prefectureNameEn,
    @Nullable String countyNameZh,
    @Nullable String countyNameEn,
    List<String> namePinyin,
    List<String> nameInitials,
    List<String> otherPinyin,
    boolean geographicalIndication,
    List<String> certificateTypes,
    boolean timeHonoured,
    long minPriceFen,
    long maxPriceFen,
    long stock,
    boolean inStock,
    List<String> campaignIds,
    @Nullable CampaignOffer campaign,
    long salesCount,
    String publishedAt,
    @Nullable String coverImageId,
    Suggest suggest,
    long sourceVersion) {

  /** Completion input: names, pinyin and initials, with the category as context. */
  public record Suggest(List<String> input, Map<String, List<String>> contexts) {}
}

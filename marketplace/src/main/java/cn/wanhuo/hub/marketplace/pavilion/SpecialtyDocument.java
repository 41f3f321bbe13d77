package cn.wanhuo.hub.marketplace.pavilion;

import org.jspecify.annotations.Nullable;

/** What the pavilion index holds per specialty: names, category and region names ready to display. */
public record SpecialtyDocument(
    String id,
    String nameZh,
    String nameEn,
    String category,
    String prefectureCode,
    @Nullable String prefectureNameZh,
    @Nullable String prefectureNameEn,
    boolean geographicalIndication) {}

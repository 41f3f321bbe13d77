package cn.wanhuo.hub.promotions.campaigns;

import java.util.List;

/** One page of an enrolment list. */
public record EnrolmentPage(List<EnrolmentView> items, long total, int page, int size) {}

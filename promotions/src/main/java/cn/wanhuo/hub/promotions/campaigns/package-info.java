/**
 * Campaigns: organizers plan special sales, producers enrol SKUs with a campaign price and a quota, organizers or
 * regional reviewers decide, and the scheduler starts and ends each campaign at its times exactly once.
 */
@NullMarked
package cn.wanhuo.hub.promotions.campaigns;

import org.jspecify.annotations.NullMarked;

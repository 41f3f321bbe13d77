/** HTTP API of campaigns, enrolments and the pavilion's campaign pages. */
@NullMarked
package cn.wanhuo.hub.promotions.campaigns.web;

import org.jspecify.annotations.NullMarked;

/** The Anhui pavilion (安徽馆): what consumers search and browse, backed by an Elasticsearch index rebuilt from MongoDB. */
@NullMarked
package cn.wanhuo.hub.marketplace.pavilion;

import org.jspecify.annotations.NullMarked;

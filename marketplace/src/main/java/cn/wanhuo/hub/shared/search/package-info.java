/** Elasticsearch plumbing shared by the search features: the non-blocking client and failure mapping. */
@NullMarked
package cn.wanhuo.hub.shared.search;

import org.jspecify.annotations.NullMarked;

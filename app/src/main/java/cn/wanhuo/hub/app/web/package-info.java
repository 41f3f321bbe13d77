/** Cross-cutting HTTP behaviour: RFC 9457 problem answers, correlation ids and the single-page-app fallback. */
@NullMarked
package cn.wanhuo.hub.app.web;

import org.jspecify.annotations.NullMarked;

/** Audit trail entries: who did what to a record, when, and which fields changed. */
@NullMarked
package cn.wanhuo.hub.shared.audit;

import org.jspecify.annotations.NullMarked;

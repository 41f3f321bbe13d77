/** MongoDB plumbing shared by every feature: the embedded wire-protocol server for local runs and tests, and its health. */
@NullMarked
package cn.wanhuo.hub.shared.mongo;

import org.jspecify.annotations.NullMarked;

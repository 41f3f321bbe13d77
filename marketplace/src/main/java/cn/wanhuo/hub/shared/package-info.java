/** The shared kernel every module may use: domain failure families, typed settings and local-service plumbing. */
@NullMarked
package cn.wanhuo.hub.shared;

import org.jspecify.annotations.NullMarked;

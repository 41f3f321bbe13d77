/** Text helpers shared by features: pinyin for search. */
@NullMarked
package cn.wanhuo.hub.shared.text;

import org.jspecify.annotations.NullMarked;

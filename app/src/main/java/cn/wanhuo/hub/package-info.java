/** Wanhuo Hub's base package; each Maven module adds its features below it. */
@NullMarked
package cn.wanhuo.hub;

import org.jspecify.annotations.NullMarked;

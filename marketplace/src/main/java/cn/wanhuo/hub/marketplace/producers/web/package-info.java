/** HTTP API for producers (their own profile and licence) and for reviewers (the verification queue). */
@NullMarked
package cn.wanhuo.hub.marketplace.producers.web;

import org.jspecify.annotations.NullMarked;

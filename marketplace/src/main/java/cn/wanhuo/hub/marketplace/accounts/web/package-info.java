/** Administrators' HTTP API for accounts. */
@NullMarked
package cn.wanhuo.hub.marketplace.accounts.web;

import org.jspecify.annotations.NullMarked;

package cn.wanhuo.hub.marketplace.catalog.web;

import cn.wanhuo.hub.marketplace.catalog.ProductContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A new product for one of the caller's producers. */
record NewProduct(@NotBlank String producerId, @NotNull @Valid ProductContent content) {}

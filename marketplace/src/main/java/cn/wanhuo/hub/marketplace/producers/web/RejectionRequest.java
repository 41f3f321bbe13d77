package cn.wanhuo.hub.marketplace.producers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a reviewer rejects; shown to the producer. */
record RejectionRequest(@NotBlank @Size(max = 500) String reason) {}

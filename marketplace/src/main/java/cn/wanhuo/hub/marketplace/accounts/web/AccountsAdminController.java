package cn.wanhuo.hub.marketplace.accounts.web;

import cn.wanhuo.hub.marketplace.accounts.AccountManagement;
import cn.wanhuo.hub.marketplace.accounts.AccountPage;
import cn.wanhuo.hub.marketplace.accounts.AccountView;
import cn.wanhuo.hub.marketplace.accounts.NewAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Under /api/admin, which only ADMIN accounts reach (see the security configuration). */
@RestController
@RequestMapping("/api/admin/accounts")
@Tag(name = "Accounts (admin)", description = "Open accounts with any role; reviewers get a region scope")
class AccountsAdminController {

  private final AccountManagement accounts;

  AccountsAdminController(AccountManagement accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "Lists accounts newest first, optionally by username prefix")
  Mono<AccountPage> list(@RequestParam(defaultValue = "") @Size(max = 32) String q,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return accounts.list(q, page, size);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Opens an account; 409 if the username is taken, 422 if a reviewer lacks a known region scope")
  Mono<AccountView> open(@Valid @RequestBody NewAccount account) {
    return accounts.open(account);
  }
}

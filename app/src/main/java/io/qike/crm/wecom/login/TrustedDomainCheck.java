package io.qike.crm.wecom.login;

import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 可信域名 (网页授权及JS-SDK): WeCom tells no API caller which domains an app trusts, so this check says which host to
 * enter and reads what members' sign-ins met: the last one refused with 50001 (redirect not a trusted domain) fails
 * until a member signs in again, a later success passes, and before any sign-in it asks the administrator to verify.
 */
@Component
class TrustedDomainCheck implements WecomCheck {
    private final LoginStatusRepository status;
    private final EnterpriseTime times;

    TrustedDomainCheck(LoginStatusRepository status, EnterpriseTime times) {
        this.status = status;
        this.times = times;
    }

    @Override
    public String id() {
        return "50-trusted-domain";
    }

    @Override
    public String labelKey() {
        return "wecom.check.trustedDomain";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<LoginStatusRepository.Status> s = status.find();
        String host = WecomLogin.host(WecomLoginController.publicBaseUrl());
        boolean refused = s.map(x -> x.lastError() != null && x.lastError() == 50001
                && (x.lastSuccessAt() == null || x.lastSuccessAt().isBefore(x.lastErrorAt()))).orElse(false);
        if (refused) {
            return WecomCheckResult.fail("wecom.check.trustedDomain.refused", "wecom.check.trustedDomain.action",
                    s.get().lastErrorHost(), times.format(s.get().lastErrorAt(), EnterpriseTime.SECOND));
        }
        return s.map(LoginStatusRepository.Status::lastSuccessAt)
                .map(at -> WecomCheckResult.ok("wecom.check.trustedDomain.ok", times.format(at, EnterpriseTime.SECOND)))
                .orElseGet(() -> WecomCheckResult.warn("wecom.check.trustedDomain.unverified", "wecom.check.trustedDomain.action", host));
    }
}

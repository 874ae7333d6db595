package io.qike.crm.wecom.login;

import java.util.List;

/**
 * Why a member could not be signed in through WeCom, as the page shows it: {@code code} picks the page's text
 * ({@code wecom.login.<code>.*} in the bundles), {@code args} fill it, {@code status} is the HTTP status.
 */
public record LoginProblem(String code, int status, List<Object> args) {
    /** The link was made elsewhere, used already or too old (state), or WeCom's code was used already (40029). */
    static LoginProblem expired() {
        return new LoginProblem("expired", 400, List.of());
    }

    /** {@code next} leads out of this site: refused, never followed. */
    static LoginProblem badLink() {
        return new LoginProblem("badLink", 400, List.of());
    }

    /** Opened outside 企业微信's workbench: which enterprise is meant cannot be known. */
    static LoginProblem noCorp() {
        return new LoginProblem("noCorp", 400, List.of());
    }

    /** The corp is connected to no enterprise of this Qike (any more). */
    static LoginProblem notConnected() {
        return new LoginProblem("notConnected", 404, List.of());
    }

    /** 企业初始化: the member's WeCom account is bound to no Qike user; {@code step} 1 尚未绑定, 2 可见范围调整后未绑定. */
    static LoginProblem notBound(String userid, int step) {
        return new LoginProblem("notBound", 403, List.of(userid, step));
    }

    /** 使用人数超限. */
    static LoginProblem noSeat(String userid) {
        return new LoginProblem("noSeat", 403, List.of(userid == null ? "" : userid));
    }

    /** 50001: this Qike's host is not among the app's 可信域名. */
    static LoginProblem untrustedDomain(String host) {
        return new LoginProblem("untrustedDomain", 403, List.of(host));
    }

    /** Any other errcode, or WeCom not answering. */
    static LoginProblem wecom(int errcode) {
        return new LoginProblem("wecom", 502, List.of(errcode));
    }
}

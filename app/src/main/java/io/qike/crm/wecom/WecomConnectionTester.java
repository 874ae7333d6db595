package io.qike.crm.wecom;

import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import org.springframework.stereotype.Component;

/**
 * "Test connection": each secret on its own, a fresh token (gettoken) and then one call that secret must be able
 * to make, so a failure names the secret and WeCom's errcode: the app its agent ticket (agent/ticket), 通讯录同步 the
 * whole department tree, 客户联系 the members with customer-contact rights.
 */
@Component
public class WecomConnectionTester {
    private final WecomClients clients;
    private final WecomConnections connections;

    WecomConnectionTester(WecomClients clients, WecomConnections connections) {
        this.clients = clients;
        this.connections = connections;
    }

    public List<SecretTest> test(long tenantId) {
        String baseUrl = connections.forTenant(tenantId).map(WecomConnection::baseUrl).orElse("");
        List<SecretTest> out = new ArrayList<>();
        for (WecomSecret s : WecomSecret.values()) {
            out.add(clients.fresh(tenantId, s).map(svc -> test(s, svc, baseUrl)).orElseGet(() -> SecretTest.notConfigured(s)));
        }
        return out;
    }

    public SecretTest test(long tenantId, WecomSecret secret) {
        String baseUrl = connections.forTenant(tenantId).map(WecomConnection::baseUrl).orElse("");
        return clients.fresh(tenantId, secret).map(svc -> test(secret, svc, baseUrl)).orElseGet(() -> SecretTest.notConfigured(secret));
    }

    /**
     * Another secret of the enterprise's corp (会话留存's 自建应用 Secret) tried as {@code kind}: a fresh token, then the
     * call a {@code reach} secret must be able to make (CUSTOMER: the external contacts, refused 48002 to an app that is
     * not among 客户联系 → 可调用应用).
     */
    public SecretTest test(long tenantId, WecomSecret kind, String secret, WecomSecret reach) {
        String baseUrl = connections.forTenant(tenantId).map(WecomConnection::baseUrl).orElse("");
        if (secret == null || secret.isBlank()) return SecretTest.notConfigured(kind);
        return clients.fresh(tenantId, kind, secret).map(svc -> test(kind, reach, svc, baseUrl)).orElseGet(() -> SecretTest.notConfigured(kind));
    }

    private static SecretTest test(WecomSecret s, WxCpService svc, String baseUrl) {
        return test(s, s, svc, baseUrl);
    }

    private static SecretTest test(WecomSecret s, WecomSecret reach, WxCpService svc, String baseUrl) {
        try {
            ((WxCpServiceImpl) svc).getAccessToken(true);
            switch (reach) {
                case APP -> svc.getAgentJsapiTicket(true);
                case CONTACTS -> svc.getDepartmentService().list(null);
                case CUSTOMER -> svc.getExternalContactService().listFollowers();
            }
            return SecretTest.passed(s);
        } catch (WxErrorException e) {
            // WxJava replaces errmsg by its own Chinese text for known codes; WeCom's own text (with "from ip") is errmsg_en.
            var error = e.getError();
            String raw = error.getErrorMsgEn() != null ? error.getErrorMsgEn() : error.getErrorMsg();
            return SecretTest.failed(s, WecomErrors.of(error.getErrorCode(), raw));
        } catch (RuntimeException e) {
            // No errcode at all: WeCom (or whatever answers at the base URL) could not be reached or did not speak WeCom.
            return SecretTest.failed(s, WecomErrors.unreachable(baseUrl));
        }
    }
}

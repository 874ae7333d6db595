package io.qike.crm.wecom.directory;

import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomErrors;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.stereotype.Component;

/**
 * 常见问题 3 "已开启 openapi 同步，不允许安装通讯录套件": the 通讯录同步 secret cannot read the directory (48002 or 60011
 * on department/list), so 安装企业微信通讯录 cannot work until the OpenAPI sync is switched off.
 */
@Component
class ContactsSyncCheck implements WecomCheck {
    private final WecomClients clients;

    ContactsSyncCheck(WecomClients clients) {
        this.clients = clients;
    }

    @Override
    public String id() {
        return "50-contacts-sync";
    }

    @Override
    public String labelKey() {
        return "wecom.check.contactsSync";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<WxCpService> contacts = clients.forTenant(c.tenantId()).contacts();
        if (contacts.isEmpty()) return WecomCheckResult.warn("wecom.check.contactsSync.noSecret", "wecom.test.notConfigured.action");
        try {
            int departments = contacts.get().getDepartmentService().list(null).size();
            return WecomCheckResult.ok("wecom.check.contactsSync.ok", departments);
        } catch (WxErrorException e) {
            int code = e.getError().getErrorCode();
            if (code == 48002 || code == 60011) {
                return WecomCheckResult.fail("wecom.check.contactsSync.openapi", "wecom.check.contactsSync.openapi.action", code);
            }
            WecomErrors.Advice a = WecomErrors.of(code, e.getError().getErrorMsg());
            return WecomCheckResult.fail(a.messageKey(), a.actionKey(), a.args());
        }
    }
}

package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.contact.WxCpExternalContactBatchInfo;
import me.chanjar.weixin.cp.bean.external.contact.WxCpExternalContactInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static io.qike.sandbox.wecom.WeComSandbox.api;
import static org.assertj.core.api.Assertions.assertThat;

class WeComExternalContactTest {
    private WxCpService wx;

    @BeforeEach
    void reset() {
        WeComSandbox.reset();
        wx = WeComSandbox.wx("customer");
    }

    private static int errcode(ThrowingCall call) {
        try {
            call.run();
        } catch (WxErrorException e) {
            return e.getError().getErrorCode();
        }
        throw new AssertionError("expected a WeCom error");
    }

    interface ThrowingCall {
        void run() throws WxErrorException;
    }

    @Test
    void followersTheirCustomersAndDetails() throws WxErrorException {
        List<String> followers = wx.getExternalContactService().listFollowers();
        assertThat(followers).hasSizeGreaterThan(50);
        List<String> mine = wx.getExternalContactService().listExternalContacts(followers.get(0));
        assertThat(mine).isNotEmpty().allMatch(id -> id.startsWith("wm") && id.length() == 32);
        int enterprises = 0;
        for (String id : mine) {
            WxCpExternalContactInfo info = wx.getExternalContactService().getContactDetail(id, null);
            assertThat(info.getFollowedUsers()).extracting("userId").contains(followers.get(0));
            if (info.getExternalContact().getType() == 2) {
                enterprises++;
                assertThat(info.getExternalContact().getCorpFullName()).matches(".*(公司|集团)$");
                assertThat(info.getExternalContact().getCorpName()).isNotBlank();
            }
        }
        assertThat(enterprises).isLessThanOrEqualTo(mine.size());
        assertThat(errcode(() -> wx.getExternalContactService().getContactDetail("wmNoSuchContact00000000000000000", null))).isEqualTo(40096);
    }

    @Test
    void batchGetByUserPagesWithTheCursorAndRespectsTheLimit() throws WxErrorException {
        List<String> followers = wx.getExternalContactService().listFollowers().subList(0, 12);
        int expected = 0;
        for (String u : followers) {
            try {
                expected += wx.getExternalContactService().listExternalContacts(u).size();
            } catch (WxErrorException e) {
                assertThat(e.getError().getErrorCode()).isEqualTo(84061);
            }
        }
        Set<String> relations = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            WxCpExternalContactBatchInfo page = wx.getExternalContactService()
                    .getContactDetailBatch(followers.toArray(new String[0]), cursor, 100);
            sizes.add(page.getExternalContactList().size());
            page.getExternalContactList().forEach(c -> assertThat(relations.add(c.getFollowInfo().getUserId() + "/"
                    + c.getExternalContact().getExternalUserId())).isTrue());
            cursor = page.getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        assertThat(expected).isGreaterThan(100);
        assertThat(relations).hasSize(expected);
        assertThat(sizes.subList(0, sizes.size() - 1)).allMatch(s -> s == 100);
        String token = WeComSandbox.token("customer");
        String body = "{\"userid_list\":[\"" + followers.get(0) + "\"],\"limit\":101}";
        assertThat(api("POST", "/cgi-bin/externalcontact/batch/get_by_user?access_token=" + token, body).path("errcode").asInt()).isEqualTo(40058);
    }

    @Test
    void selfBuiltAppNeedsToBeACallableApp() throws WxErrorException {
        WxCpService app = WeComSandbox.wx("app");
        assertThat(app.getExternalContactService().listFollowers()).isNotEmpty();
        admin("PUT", "/apps/app/external-contact-access", Map.of("enabled", false));
        assertThat(errcode(() -> app.getExternalContactService().listFollowers())).isEqualTo(48002);
    }

    @Test
    void enterpriseContactsCarryCompanyNames() {
        String token = WeComSandbox.token("customer");
        String follower = api("GET", "/cgi-bin/externalcontact/get_follow_user_list?access_token=" + token, null)
                .path("follow_user").get(0).asString();
        JsonNode list = api("POST", "/cgi-bin/externalcontact/batch/get_by_user?access_token=" + token,
                "{\"userid_list\":[\"" + follower + "\"],\"limit\":100}").path("external_contact_list");
        assertThat(list).isNotEmpty();
        list.forEach(item -> {
            JsonNode c = item.path("external_contact");
            assertThat(c.has("corp_name")).isEqualTo(c.path("type").asInt() == 2);
            assertThat(item.path("follow_info").path("tag_id").isArray()).isTrue();
        });
    }
}

package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpDepart;
import me.chanjar.weixin.cp.bean.WxCpUser;
import me.chanjar.weixin.cp.bean.user.WxCpDeptUserResult;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComDirectoryTest {
    @BeforeEach
    void reset() {
        WeComSandbox.reset();
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
    void contactsSecretSeesTheWholeTreeAndFullMemberRecords() throws WxErrorException {
        WxCpService wx = WeComSandbox.wx("contacts");
        List<WxCpDepart> depts = wx.getDepartmentService().list(null);
        assertThat(depts).hasSize(28);
        assertThat(depts.get(0).getId()).isEqualTo(1L);
        assertThat(depts.get(0).getParentId()).isZero();
        assertThat(depts).allSatisfy(d -> assertThat(d.getId() == 1 || depts.stream().anyMatch(p -> p.getId().equals(d.getParentId()))).isTrue());
        assertThat(wx.getDepartmentService().simpleList(2L)).extracting(WxCpDepart::getId).contains(2L, 3L, 4L, 14L).doesNotContain(15L);
        List<WxCpUser> all = wx.getUserService().listByDepartment(1L, true, null);
        assertThat(all).hasSize(300);
        assertThat(all.stream().map(WxCpUser::getUserId).distinct()).hasSize(300);
        WxCpUser someone = wx.getUserService().getById(all.get(5).getUserId());
        assertThat(someone.getName()).matches("\\p{IsHan}{2,4}");
        assertThat(someone.getMobile()).matches("1\\d{10}");
        assertThat(someone.getEmail()).endsWith("@qikedemo.com");
        assertThat(wx.getUserService().getUserId(someone.getMobile())).isEqualTo(someone.getUserId());
        assertThat(errcode(() -> wx.getUserService().getUserId("13000000000"))).isEqualTo(46004);
        assertThat(errcode(() -> wx.getUserService().getById("NoSuchPerson"))).isEqualTo(60111);
        assertThat(errcode(() -> wx.getDepartmentService().list(999L))).isEqualTo(60123);
    }

    @Test
    void selfBuiltAppSeesOnlyItsVisibleRangeWithoutSensitiveFields() throws WxErrorException {
        WxCpService wx = WeComSandbox.wx("app");
        List<WxCpDepart> depts = wx.getDepartmentService().list(null);
        assertThat(depts).extracting(WxCpDepart::getId).contains(2L, 18L, 28L).doesNotContain(1L, 21L);
        WxCpUser seller = wx.getUserService().listByDepartment(4L, false, null).get(0);
        WxCpUser detail = wx.getUserService().getById(seller.getUserId());
        assertThat(detail.getMobile()).isNull();
        assertThat(detail.getEmail()).isNull();
        assertThat(detail.getAvatar()).isNull();
        assertThat(detail.getPosition()).isNotBlank();
        String engineer = WeComSandbox.wx("contacts").getUserService().listByDepartment(24L, false, null).get(0).getUserId();
        assertThat(errcode(() -> wx.getUserService().getById(engineer))).isEqualTo(60011);
        assertThat(errcode(() -> wx.getUserService().listByDepartment(24L, false, null))).isEqualTo(60011);
    }

    @Test
    void membersBeyondThePurchasedSeatsAreNotServed() throws WxErrorException {
        JsonNode app = admin("PUT", "/apps/app/seats", Map.of("seats", 20));
        int visible = app.path("visible_member_count").asInt();
        assertThat(app.path("unseated_members")).hasSize(visible - 20);
        String unseated = app.path("unseated_members").get(0).asString();
        WxCpService wx = WeComSandbox.wx("app");
        assertThat(errcode(() -> wx.getUserService().getById(unseated))).isEqualTo(60011);
        // Listing still shows the whole visible range, so the product can see that it exceeds the seats.
        assertThat(wx.getUserService().listByDepartment(2L, true, null)).extracting(WxCpUser::getUserId).contains(unseated);
    }

    @Test
    void listIdPagesThroughEveryMemberOnceWithItsCursor() throws WxErrorException {
        WxCpService wx = WeComSandbox.wx("contacts");
        Set<String> seen = new HashSet<>();
        List<Integer> pages = new ArrayList<>();
        String cursor = null;
        do {
            WxCpDeptUserResult page = wx.getUserService().getUserListId(cursor, 70);
            pages.add(page.getDeptUser().size());
            page.getDeptUser().forEach(du -> assertThat(seen.add(du.getUserId())).isTrue());
            cursor = page.getNextCursor();
        } while (cursor != null && !cursor.isEmpty());
        assertThat(seen).hasSize(300);
        assertThat(pages).containsExactly(70, 70, 70, 70, 20);
        String token = WeComSandbox.token("contacts");
        JsonNode forged = api("POST", "/cgi-bin/user/list_id?access_token=" + token, "{\"cursor\":\"bm9wZTpub3Bl\",\"limit\":10}");
        assertThat(forged.path("errcode").asInt()).isEqualTo(40058);
        JsonNode tooMany = api("POST", "/cgi-bin/user/list_id?access_token=" + token, "{\"limit\":10001}");
        assertThat(tooMany.path("errcode").asInt()).isEqualTo(40058);
        assertThat(api("POST", "/cgi-bin/user/list_id?access_token=" + token, "{not json").path("errcode").asInt()).isEqualTo(47001);
    }

    @Test
    void aJsonBodyCountsWhateverItsContentType() throws Exception {
        WxCpUser someone = WeComSandbox.wx("contacts").getUserService().listByDepartment(4L, false, null).get(0);
        java.net.http.HttpRequest form = java.net.http.HttpRequest.newBuilder(java.net.URI.create(WeComSandbox.base()
                        + "/sandbox/wecom/cgi-bin/user/getuserid?access_token=" + WeComSandbox.token("contacts")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"mobile\":\"" + someone.getMobile() + "\"}")).build();
        String body = java.net.http.HttpClient.newHttpClient().send(form, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(WeComSandbox.JSON.readTree(body).path("userid").asString()).isEqualTo(someone.getUserId());
    }

    @Test
    void sameSeedGivesTheSameDirectory() {
        JsonNode before = api("GET", "/cgi-bin/user/list?department_id=1&fetch_child=1&access_token=" + WeComSandbox.token("contacts"), null);
        WeComSandbox.reset();
        JsonNode after = api("GET", "/cgi-bin/user/list?department_id=1&fetch_child=1&access_token=" + WeComSandbox.token("contacts"), null);
        assertThat(after.path("userlist")).isEqualTo(before.path("userlist"));
        assertThatThrownBy(() -> admin("PUT", "/apps/app/visible-range", Map.of("departments", List.of(999))))
                .hasMessageContaining("400");
    }
}

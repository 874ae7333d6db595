package io.qike.crm.wecom.external;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.contact.FollowedUser;
import me.chanjar.weixin.cp.bean.external.contact.WxCpExternalContactBatchInfo;
import me.chanjar.weixin.cp.bean.external.contact.WxCpExternalContactInfo;
import org.springframework.stereotype.Component;

/**
 * The external-contact calls of WeCom for the current enterprise. They go with the 客户联系 secret; without it, with
 * the self-built app's, which WeCom allows only while the app is among 客户联系 → 可调用应用 (else 48002).
 */
@Component
class WecomExternalApi {
    /** WeCom's limits for batch/get_by_user: at most 100 members and 100 contacts a call. */
    static final int MEMBERS_PER_CALL = 100;
    static final int LIMIT = 100;

    /** One page of batch/get_by_user: each external contact with the follow info of the listed members. */
    record Page(List<ExternalContact> contacts, String nextCursor) {
    }

    private final WecomClients clients;

    WecomExternalApi(WecomClients clients) {
        this.clients = clients;
    }

    Page page(List<String> members, String cursor) {
        try {
            WxCpExternalContactBatchInfo batch = service().getExternalContactService()
                    .getContactDetailBatch(members.toArray(String[]::new), cursor == null ? "" : cursor, LIMIT);
            List<ExternalContact> found = new ArrayList<>();
            if (batch.getExternalContactList() != null) {
                for (WxCpExternalContactBatchInfo.ExternalContactInfo i : batch.getExternalContactList()) {
                    found.add(contact(i.getExternalContact(), List.of(follow(i.getFollowInfo()))));
                }
            }
            return new Page(found, batch.getNextCursor() == null ? "" : batch.getNextCursor());
        } catch (WxErrorException e) {
            // A cursor WeCom did not hand out (or of another member list) is the caller's mistake.
            if (e.getError().getErrorCode() == 40058 && cursor != null && !cursor.isEmpty()) {
                throw new InvalidInputException(FieldProblem.of("cursor", "invalid"));
            }
            throw failed(e);
        }
    }

    /** The external contact with all its followers (externalcontact/get, following its cursor); empty when WeCom does not know it. */
    Optional<ExternalContact> get(String externalUserId) {
        try {
            List<FollowedUser> followers = new ArrayList<>();
            String cursor = null;
            WxCpExternalContactInfo info;
            do {
                info = service().getExternalContactService().getContactDetail(externalUserId, cursor);
                if (info.getFollowedUsers() != null) followers.addAll(info.getFollowedUsers());
                cursor = info.getNextCursor();
            } while (cursor != null && !cursor.isEmpty());
            return Optional.of(contact(info.getExternalContact(), followers.stream().map(WecomExternalApi::follow).toList()));
        } catch (WxErrorException e) {
            int code = e.getError().getErrorCode();
            if (code == 40096 || code == 84061 || code == 40097) return Optional.empty();
            throw failed(e);
        }
    }

    private WxCpService service() {
        return clients.customer().or(clients::app)
                .orElseThrow(() -> new ConflictException("wecom_not_connected", "error.wecom_not_connected", Map.of()));
    }

    static ConflictException failed(WxErrorException e) {
        int code = e.getError().getErrorCode();
        WecomErrors.Advice advice = WecomErrors.of(code, e.getError().getErrorMsg());
        return new ConflictException("wecom_error", "error.wecom_error", Map.of("errcode", code, "reason", advice.messageKey()));
    }

    private static ExternalContact contact(me.chanjar.weixin.cp.bean.external.contact.ExternalContact c, List<ExternalContact.Follow> follows) {
        return new ExternalContact(c.getExternalUserId(), c.getName() == null ? c.getExternalUserId() : c.getName(),
                c.getType() == null ? 1 : c.getType(), c.getCorpName(), c.getCorpFullName(), c.getPosition(), follows);
    }

    private static ExternalContact.Follow follow(FollowedUser f) {
        List<String> tags = f.getTagIds() != null ? Arrays.asList(f.getTagIds())
                : f.getTags() == null ? List.of() : Arrays.stream(f.getTags()).map(FollowedUser.Tag::getTagId).toList();
        Integer addWay = f.getAddWay() == null || !f.getAddWay().matches("\\d{1,9}") ? null : Integer.valueOf(f.getAddWay());
        return new ExternalContact.Follow(f.getUserId(), f.getRemark(), f.getDescription(), tags, addWay,
                f.getCreateTime() == null ? null : Instant.ofEpochSecond(f.getCreateTime()));
    }
}

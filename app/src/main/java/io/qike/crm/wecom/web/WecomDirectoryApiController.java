package io.qike.crm.wecom.web;

import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.wecom.binding.BindingService;
import io.qike.crm.wecom.binding.BindingSuggestions;
import io.qike.crm.wecom.binding.BulkBinding;
import io.qike.crm.wecom.binding.MemberLine;
import io.qike.crm.wecom.binding.MemberPage;
import io.qike.crm.wecom.binding.Seats;
import io.qike.crm.wecom.binding.Suggestion;
import io.qike.crm.wecom.directory.DirectoryService;
import io.qike.crm.wecom.directory.SyncLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/wecom")
@Tag(name = "WeCom directory and binding", description = "企业微信通讯录 sync, 账号绑定 and seats (admin:wecom)")
class WecomDirectoryApiController {
    /** The Qike user to bind the member to. */
    record BindingBody(Long userId) {
    }

    /** 可用人数 as bought; null forgets it. */
    record SeatsBody(Integer purchased) {
    }

    /** Members to create Qike users for, and the role they get. */
    record CreateUsersBody(List<String> userids, Long roleId) {
    }

    private final DirectoryService directory;
    private final BindingService bindings;
    private final BindingSuggestions suggestions;
    private final BulkBinding bulk;

    WecomDirectoryApiController(DirectoryService directory, BindingService bindings, BindingSuggestions suggestions, BulkBinding bulk) {
        this.directory = directory;
        this.bindings = bindings;
        this.suggestions = suggestions;
        this.bulk = bulk;
    }

    @GetMapping("/members")
    @Operation(summary = "WeCom members as last synced, bound or not (未绑定), searchable by name, userid or department, 20 a page")
    MemberPage members(@RequestParam(required = false) Boolean bound, @RequestParam(required = false) String q,
                       @RequestParam(required = false) Integer page) {
        return bindings.members(bound, q, page);
    }

    @PutMapping("/members/{userid}/binding")
    @Operation(summary = "Bind the member to a Qike user (a member bound to someone else is rebound)")
    MemberLine bind(@PathVariable String userid, @RequestBody BindingBody body) {
        return bindings.bind(userid, body == null ? null : body.userId());
    }

    @DeleteMapping("/members/{userid}/binding")
    @Operation(summary = "Unbind the member")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unbind(@PathVariable String userid) {
        bindings.unbind(userid);
    }

    @GetMapping("/members/{userid}/suggestions")
    @Operation(summary = "Qike users who may be this member, each with why (MOBILE, EMAIL, NAME, DEPARTMENT)")
    List<Suggestion> suggestions(@PathVariable String userid) {
        return suggestions.forMember(userid);
    }

    @PostMapping(path = "/members/bindings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bulk bind from an xlsx (part 'file'; columns 企业微信账号 and Qike 登录名): what happened to each row")
    List<BulkBinding.RowOutcome> bulkBind(@RequestPart(required = false) MultipartFile file) throws IOException {
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            return bulk.fromXlsx(in);
        }
    }

    @PostMapping("/members/users")
    @Operation(summary = "Create a Qike user (login = the WeCom userid, the given role) for each unbound member and bind it")
    List<BulkBinding.RowOutcome> createUsers(@RequestBody CreateUsersBody body) {
        return bulk.createUsers(body == null ? List.of() : body.userids(), body == null ? null : body.roleId());
    }

    @PostMapping("/directory/syncs")
    @Operation(summary = "Start a full directory sync (a background job; one already running is returned)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BackgroundJob sync() {
        return directory.startSync();
    }

    @GetMapping("/directory/syncs")
    @Operation(summary = "The directory sync log, newest first: counts, how the directory was read, WeCom's errcode if it failed")
    List<SyncLine> syncs() {
        return directory.syncs();
    }

    @GetMapping("/seats")
    @Operation(summary = "Seats: purchased (entered), members in the app's visible range, bound, and who WeCom refuses (使用人数超限)")
    Seats seats() {
        return bindings.seats();
    }

    @PutMapping("/seats")
    @Operation(summary = "Enter the seats bought for the app (WeCom's API does not report them)")
    Seats purchased(@RequestBody SeatsBody body) {
        return bindings.purchasedSeats(body == null ? null : body.purchased());
    }
}

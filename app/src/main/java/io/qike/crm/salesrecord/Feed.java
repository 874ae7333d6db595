package io.qike.crm.salesrecord;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerMergeParticipant;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作圈 (seed 1.4.2 ②): the team's sales records, field visits (外勤) and shares, newest first, within the member's data
 * scope, on the H5 pages and the web. It lives in salesrecord because nearly all it shows are sales records and their
 * visibility rule is this module's; the shares are a small table beside them.
 */
@Service
public class Feed implements CustomerMergeParticipant {
    public static final int PAGE_SIZE = 20;
    private final FeedRepository repository;
    private final DataScopes scopes;
    private final CustomerDirectory customers;
    private final RecordOwners owners;

    Feed(FeedRepository repository, DataScopes scopes, CustomerDirectory customers, RecordOwners owners) {
        this.repository = repository;
        this.scopes = scopes;
        this.customers = customers;
        this.owners = owners;
    }

    /** Page {@code page} (from 0) of the feed, with the authors' and customers' names. */
    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public List<FeedItem> page(int page) {
        List<FeedItem> items = repository.page(scopes.current(), customers.visibleIds(), Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE);
        if (items.isEmpty()) return items;
        Map<Long, String> ownerNames = owners.names(items.stream().map(FeedItem::ownerId).toList());
        Map<Long, String> customerNames = customers.names(items.stream().map(FeedItem::customerId).filter(Objects::nonNull).toList());
        return items.stream().map(i -> i.named(ownerNames.get(i.ownerId()), i.customerId() == null ? null : customerNames.get(i.customerId()))).toList();
    }

    /** 分享: a short post to the feed, optionally about a customer the member sees; everyone whose scope covers the member reads it. */
    @Transactional
    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public long share(String content, Long customerId) {
        Checks c = new Checks();
        String text = c.text("content", content, MaxLength.FEED_SHARE, true);
        if (customerId != null && !customers.visible(customerId)) c.add("customerId", "customer_not_found");
        c.throwIfAny();
        return repository.insertShare(CurrentUser.require().userId(), customerId, text);
    }

    @Override
    public void moveTo(long from, long into) {
        repository.moveShares(from, into);
    }
}

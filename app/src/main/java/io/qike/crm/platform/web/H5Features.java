package io.qike.crm.platform.web;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.QikeUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The feature table of the H5 pages: every module's {@link H5Entry} beans, in their order, as the member may use them. */
@Component
public class H5Features {
    private final List<H5Entry> entries;

    H5Features(List<H5Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(H5Entry::order).thenComparing(H5Entry::key)).toList();
    }

    /** The functions the member can use on the phone (the H5 home). */
    public List<H5Entry> mobile() {
        QikeUser me = CurrentUser.require();
        return entries.stream().filter(H5Entry::supportedOnH5).filter(e -> e.allowedTo(me)).toList();
    }

    /** The member's functions that stay on the computer. */
    public List<H5Entry> webOnly() {
        QikeUser me = CurrentUser.require();
        return entries.stream().filter(e -> !e.supportedOnH5()).filter(e -> e.allowedTo(me)).toList();
    }

    /** An entry by its key, whatever it supports; unknown keys are not found. */
    public H5Entry get(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("h5_entry", key));
    }
}

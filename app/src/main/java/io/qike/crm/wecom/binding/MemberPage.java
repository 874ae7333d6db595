package io.qike.crm.wecom.binding;

import java.util.List;

/** One page of members: page numbers start at 1. */
public record MemberPage(List<MemberLine> members, int page, int size, int total) {
    public boolean hasNext() {
        return page * size < total;
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}

package io.qike.crm.contact;

import java.util.List;

public record ContactPage(List<Contact> items, long total, int page, int size) {
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}

package io.qike.crm.platform.org;

public record Department(long id, Long parentId, String name, int sort) {
}

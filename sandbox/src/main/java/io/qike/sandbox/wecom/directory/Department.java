package io.qike.sandbox.wecom.directory;

import java.util.List;

/** One department as department/list returns it; the root has id 1 and parentid 0. */
public record Department(long id, String name, String nameEn, long parentId, long order, List<String> leaders) {
}

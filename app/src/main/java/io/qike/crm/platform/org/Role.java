package io.qike.crm.platform.org;

import io.qike.crm.platform.DataScope;
import java.util.Set;

public record Role(long id, String name, DataScope dataScope, boolean builtin, Set<String> permissions) {
}

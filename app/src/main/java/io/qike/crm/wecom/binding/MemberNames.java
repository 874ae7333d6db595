package io.qike.crm.wecom.binding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "张伟 (ZhangWei)、李娜 (LiNa) …": the first members of a set by name, for a diagnosis line. */
@Component
class MemberNames {
    static final int SHOWN = 10;
    private final BindingRepository store;

    MemberNames(BindingRepository store) {
        this.store = store;
    }

    String of(Collection<String> userids) {
        List<String> sorted = userids.stream().sorted().toList();
        Map<String, String> names = store.names(sorted.subList(0, Math.min(SHOWN, sorted.size())));
        String shown = String.join("、", sorted.stream().limit(SHOWN)
                .map(u -> names.containsKey(u) ? names.get(u) + " (" + u + ")" : u).toList());
        return sorted.size() > SHOWN ? shown + " …" : shown;
    }
}

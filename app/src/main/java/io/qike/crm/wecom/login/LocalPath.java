package io.qike.crm.wecom.login;

import java.util.Optional;

/** Where a sign-in may send the member afterwards: a path of this site only, so a link can never lead out of it. */
final class LocalPath {
    static final String H5_HOME = "/h5";

    private LocalPath() {
    }

    static Optional<String> of(String next) {
        if (next == null || next.isBlank()) return Optional.of(H5_HOME);
        boolean local = next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && next.length() <= 2000
                && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        return local ? Optional.of(next) : Optional.empty();
    }
}

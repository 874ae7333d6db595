package io.qike.crm.archive.media;

import io.qike.crm.platform.files.FileStore;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The fetched media of the current enterprise's archived messages, for the conversation view. No permission check:
 * the caller decides who may see the conversation.
 */
@Service
public class ArchiveMedia {
    private final ArchiveMediaRepository media;
    private final FileStore files;

    ArchiveMedia(ArchiveMediaRepository media, FileStore files) {
        this.media = media;
        this.files = files;
    }

    /** Where the media of these messages stand; a message not known here yet is absent (still to be fetched). */
    public Map<String, StoredMedia> states(Collection<String> msgids) {
        return media.findAll(msgids);
    }

    public Optional<StoredMedia> state(String msgid) {
        return media.find(msgid);
    }

    /** The stored file of a fetched media. */
    public Optional<Path> file(String msgid) {
        return media.find(msgid).filter(StoredMedia::fetched).map(m -> files.pathOf(m.fileHash()));
    }
}

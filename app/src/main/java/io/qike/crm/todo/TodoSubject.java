package io.qike.crm.todo;

import java.util.Optional;

/**
 * A kind of record a to-do can be on (客户, 联系人, 线索, 商机). One bean per type, inside this module, asking the
 * owning module's public API: adding a type is one small class. The to-do module never reads the record's table.
 */
public interface TodoSubject {
    /** One of {@link Todo#SUBJECT_TYPES}. */
    String type();

    /** The record's name when the signed-in user may see it; empty when it is not there or outside their scope. */
    Optional<String> visibleLabel(long id);

    /** The record's web page. */
    String webPath(long id);

    /** The record's H5 page; null when it has none (the to-do list then shows the name without a link). */
    String h5Path(long id);
}

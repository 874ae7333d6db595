package io.qike.crm.customfield;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Custom field definitions (table {@code custom_field}); the values live in their records' own tables. */
@Repository
class CustomFieldRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    CustomFieldRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<CustomFieldDefinition> definitions(CustomObject object) {
        return jdbc.sql("""
                select id, object_type, code, label, type, options::text, required, is_unique, show_in_list, sort
                from custom_field where object_type = ? order by sort, id""").param(object.name())
                .query((rs, i) -> new CustomFieldDefinition(rs.getLong(1), CustomObject.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), FieldType.valueOf(rs.getString(5)),
                        json.readValue(rs.getString(6), new TypeReference<List<String>>() { }),
                        rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getInt(10))).list();
    }

    long insert(CustomObject object, String code, String label, FieldType type, List<String> options, boolean required,
                boolean unique, boolean showInList, int sort) {
        return jdbc.sql("""
                insert into custom_field(object_type, code, label, type, options, required, is_unique, show_in_list, sort)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(object.name(), code, label, type.name(), json.writeValueAsString(options), required, unique,
                        showInList, sort).query(Long.class).single();
    }

    void update(long id, String label, List<String> options, boolean required, boolean unique, boolean showInList) {
        jdbc.sql("update custom_field set label = ?, options = cast(? as jsonb), required = ?, is_unique = ?, show_in_list = ? where id = ?")
                .params(label, json.writeValueAsString(options), required, unique, showInList, id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from custom_field where id = ?").param(id).update();
    }
}

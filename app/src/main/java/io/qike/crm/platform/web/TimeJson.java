package io.qike.crm.platform.web;

import io.qike.crm.platform.org.EnterpriseTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API's times: ISO-8601 with the enterprise's offset ({@code 2026-12-03T15:04:05+08:00}), the same clock
 * the pages show, whatever offset the database handed back. Input takes any offset (Jackson's default).
 */
@Configuration(proxyBeanMethods = false)
class TimeJson {

    @Bean
    JsonMapperBuilderCustomizer enterpriseOffsets(ObjectProvider<EnterpriseTime> time) {
        SimpleModule module = new SimpleModule("enterprise-offsets");
        module.addSerializer(OffsetDateTime.class, new Local<>(time));
        module.addSerializer(Instant.class, new Local<>(time));
        module.addSerializer(ZonedDateTime.class, new Local<>(time));
        return builder -> builder.addModule(module);
    }

    private static final class Local<T> extends ValueSerializer<T> {
        private final ObjectProvider<EnterpriseTime> time;

        Local(ObjectProvider<EnterpriseTime> time) {
            this.time = time;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.getObject().local(value).toOffsetDateTime()));
        }
    }
}

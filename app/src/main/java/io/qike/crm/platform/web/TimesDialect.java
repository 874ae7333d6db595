package io.qike.crm.platform.web;

import io.qike.crm.platform.org.EnterpriseTime;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #times} in templates: times in the enterprise's zone ({@link EnterpriseTime}). Thymeleaf's own
 * {@code #temporals} prints an instant in UTC, eight hours before what a user in China reads on the clock.
 * <pre>#times.minute(c.updatedAt)   2026-12-03 15:04
 * #times.second(run.startedAt)  2026-12-03 15:04:05
 * #times.date(x)                2026-12-03
 * #times.format(x, 'MM-dd HH:mm')</pre>
 */
@Component
class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {
    private final EnterpriseTime time;

    TimesDialect(EnterpriseTime time) {
        super("qike-times");
        this.time = time;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("times");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return time;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}

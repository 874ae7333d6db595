package io.qike.crm.wecom;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.wecom.callback.EventXml;
import io.qike.crm.wecom.store.WecomCallbackRepository;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands each stored callback event to the handlers of its type, after the storing transaction committed. The
 * event publication registry keeps {@link WecomEventReceived} until this ran, so an acknowledged event is handled
 * even if the node stops right after answering WeCom. A failing handler rolls back all handlers of the event and
 * leaves it for the registry to hand over again.
 */
@Component
class WecomInbox {
    private static final Logger log = LoggerFactory.getLogger(WecomInbox.class);
    private final WecomCallbackRepository inbox;
    private final List<WecomEventHandler> handlers;
    private final TransactionTemplate tx;
    /**
     * Listeners run on virtual threads without a bound: at 200 events a second as many handlers asked WeCom and wrote
     * at once, and the callback endpoint, which must answer within milliseconds, waited for the CPU and the pool.
     * Events wait here instead (each stays in the inbox and the publication registry until handled).
     */
    private final Semaphore running;
    private final CallbackPressure pressure;
    /** The longest an event waits for a lull in a burst of callbacks before it is handled anyway. */
    private final Duration deferLimit;

    WecomInbox(WecomCallbackRepository inbox, List<WecomEventHandler> handlers, TransactionTemplate tx, CallbackPressure pressure,
               @Value("${qike.wecom.inbox.concurrency:2}") int concurrency,
               @Value("${qike.wecom.inbox.defer-limit:PT60S}") Duration deferLimit) {
        this.inbox = inbox;
        this.handlers = handlers;
        this.tx = tx;
        this.pressure = pressure;
        this.deferLimit = deferLimit;
        this.running = new Semaphore(concurrency, true);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WecomEventReceived received) {
        running.acquireUninterruptibly();
        try {
            // Waiting with a permit: only the running handlers watch for a lull, not every event waiting behind them.
            pressure.awaitLull(deferLimit);
            handle(received);
        } finally {
            running.release();
        }
    }

    private void handle(WecomEventReceived received) {
        TenantContext.runAs(received.tenantId(), () -> {
            try {
                // Handlers ask WeCom before they write (user/get, externalcontact/get): no connection is held meanwhile,
                // or at 200 events a second the handlers took the pool and the callback endpoint waited seconds for one.
                // Each handler writes in a transaction of its own; the event is marked processed only after all of them,
                // so one that dies half-way is handed over again (their writes replace, they do not add).
                inbox.find(received.eventId()).filter(e -> e.processedAt() == null).ifPresent(e -> {
                    WecomEvent event = new WecomEvent(e.id(), e.tenantId(), e.corpId(), e.event(), e.changeType(),
                            EventXml.fields(e.payload()), e.payload(), e.receivedAt());
                    handlers.stream().filter(h -> h.event().equals(e.event())).forEach(h -> h.handle(event));
                    tx.executeWithoutResult(s -> inbox.processed(e.id()));
                });
            } catch (RuntimeException ex) {
                log.warn("WeCom event {} of tenant {} failed: {}", received.eventId(), received.tenantId(), ex.toString());
                tx.executeWithoutResult(s -> inbox.failed(received.eventId(), ex.getClass().getSimpleName()));
                throw ex;
            }
        });
    }
}
